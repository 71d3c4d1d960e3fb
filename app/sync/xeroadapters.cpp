#include "xeroadapters.h"

#include "storage/apiusagestore.h"
#include "storage/settingsstore.h"
#include "storage/xeroconnectionstore.h"

#include <QDir>
#include <QFileInfo>

namespace billhook {

QString StoredApiUsage::scope() const
{
    return m_db.path();
}

int StoredApiUsage::callsOn(const QString &tenantId, const QString &day)
{
    return ApiUsageStore(m_db).callsOn(tenantId, day);
}

QDateTime StoredApiUsage::blockedUntil(const QString &tenantId)
{
    return ApiUsageStore(m_db).blockedUntil(tenantId);
}

Status StoredApiUsage::recordCalls(const QString &tenantId, const QString &day, int calls)
{
    return ApiUsageStore(m_db).recordCalls(tenantId, day, calls);
}

Status StoredApiUsage::recordBlock(const QString &tenantId, const QString &day, const QDateTime &until)
{
    return ApiUsageStore(m_db).recordBlock(tenantId, day, until);
}

Status StoredApiUsage::uncountCall(const QString &tenantId, const QString &day)
{
    return ApiUsageStore(m_db).uncountCall(tenantId, day);
}

XeroLinkState::State StoredLinkState::linkState(const QString &tenantId)
{
    const auto link = XeroConnectionStore(m_db).find(tenantId);
    if (!link)
        return State::Missing;
    return link->state == QLatin1String(XeroConnectionStore::ReconnectNeeded) ? State::ReconnectNeeded
                                                                              : State::Linked;
}

Status StoredLinkState::markReconnectNeeded(const QString &tenantId)
{
    return XeroConnectionStore(m_db).setState(tenantId,
                                              QString::fromLatin1(XeroConnectionStore::ReconnectNeeded));
}

QString StoredLinkState::refreshLockPath(const QString &tenantId) const
{
    return QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("xero-%1.lock").arg(tenantId));
}

XeroConfig loadXeroConfig(Database &db)
{
    const SettingsStore settings(db);
    return XeroConfig::resolve(settings.value(QStringLiteral("xero.endpoint")),
                               settings.value(QStringLiteral("xero.client_id")),
                               settings.value(QStringLiteral("xero.legacy_scopes")) == QLatin1String("1"));
}

QString xeroClientIdWithoutSettings()
{
    return configuredXeroClientId(QString());
}

} // namespace billhook
