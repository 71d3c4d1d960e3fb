#include "xerotokenvault.h"

#include "storage/settingsstore.h"
#include "storage/xeroconnectionstore.h"
#include "xero/credentialstore.h"

#include <QUuid>

namespace billhook {

namespace {

const QString ScopeSetting = QStringLiteral("xero.keychain_scope");

} // namespace

QString XeroTokenVault::refreshTokenKey(const QString &tenantId)
{
    SettingsStore settings(m_db);
    QString scope = settings.value(ScopeSetting);
    if (scope.isEmpty()) {
        scope = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Failing to keep the id only means the next call makes another; nothing is stored under it before
        // it is kept (storeRefreshToken records the key in the same database first).
        (void)settings.setValue(ScopeSetting, scope);
        scope = settings.value(ScopeSetting, scope);
    }
    return QStringLiteral("xero/%1/%2/refresh_token").arg(scope, tenantId);
}

QString XeroTokenVault::legacyRefreshTokenKey(const QString &tenantId)
{
    return QStringLiteral("xero/%1/refresh_token").arg(tenantId);
}

QCoro::Task<Result<QString>> XeroTokenVault::refreshToken(QString tenantId)
{
    QString key = refreshTokenKey(tenantId);
    auto value = co_await m_credentials.read(std::move(key));
    if (!value)
        co_return value.error();
    if (value->has_value())
        co_return QString::fromUtf8(**value);

    // Not under this database's key: an entry from before the key was scoped, if this database wrote it.
    QString legacy = legacyRefreshTokenKey(tenantId);
    if (!XeroConnectionStore(m_db).keychainKeys(tenantId).contains(legacy))
        co_return QString();
    auto old = co_await m_credentials.read(legacy);
    if (!old)
        co_return old.error();
    if (!old->has_value())
        co_return QString();
    QString token = QString::fromUtf8(**old);
    if (auto s = co_await storeRefreshToken(tenantId, token); !s)
        co_return s.error();
    // The token is safe under the new key; the old entry goes (another book could otherwise use it).
    if (auto s = co_await m_credentials.remove(std::move(legacy)); !s)
        co_return s.error();
    co_return token;
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
    // This database's own key, even if recording it failed; an old unscoped key only when this database
    // recorded it (it may be another book's).
    if (const QString main = refreshTokenKey(tenantId); !keys.contains(main))
        keys.prepend(main);
    for (const auto &key : std::as_const(keys)) {
        if (auto s = co_await m_credentials.remove(key); !s)
            co_return s;
    }
    co_return store.forgetKeychainKeys(tenantId);
}

} // namespace billhook
