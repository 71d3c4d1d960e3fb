#include "xerotokenvault.h"

#include "credentialstore.h"
#include "storage/xeroconnectionstore.h"

namespace billhook {

QString XeroTokenVault::refreshTokenKey(const QString &tenantId)
{
    return QStringLiteral("xero/%1/refresh_token").arg(tenantId);
}

QCoro::Task<Result<QString>> XeroTokenVault::refreshToken(QString tenantId)
{
    QString key = refreshTokenKey(tenantId);
    auto value = co_await m_credentials.read(std::move(key));
    if (!value)
        co_return value.error();
    co_return value->has_value() ? QString::fromUtf8(**value) : QString();
}

QCoro::Task<Status> XeroTokenVault::storeRefreshToken(QString tenantId, QString refreshToken)
{
    QByteArray value = refreshToken.toUtf8();
    QString key = refreshTokenKey(tenantId);
    if (auto s = XeroConnectionStore(m_db).recordKeychainKeys(tenantId,
                                                              CredentialStore::entryKeys(key, value.size()));
        !s)
        co_return s;
    co_return co_await m_credentials.write(std::move(key), std::move(value));
}

QCoro::Task<Status> XeroTokenVault::forget(QString tenantId)
{
    XeroConnectionStore store(m_db);
    QStringList keys = store.keychainKeys(tenantId);
    const QString main = refreshTokenKey(tenantId);
    if (!keys.contains(main))
        keys.prepend(main);
    for (const auto &key : std::as_const(keys)) {
        if (auto s = co_await m_credentials.remove(key); !s)
            co_return s;
    }
    co_return store.forgetKeychainKeys(tenantId);
}

} // namespace billhook
