#pragma once

#include "xero/xeroendpoints.h"
#include "xero/xeroports.h"

namespace billhook {

class Database;

// The sync layer's side of the Xero adapter's ports (xero/xeroports.h), over the stores of one Database.
// Each belongs to the thread of its Database.

// The rate gate's day count and day block, in api_usage (ApiUsageStore).
class StoredApiUsage final : public ApiUsageLedger
{
public:
    explicit StoredApiUsage(Database &db)
        : m_db(db)
    {}
    QString scope() const override;
    int callsOn(const QString &tenantId, const QString &day) override;
    QDateTime blockedUntil(const QString &tenantId) override;
    Status recordCalls(const QString &tenantId, const QString &day, int calls) override;
    Status recordBlock(const QString &tenantId, const QString &day, const QDateTime &until) override;
    Status uncountCall(const QString &tenantId, const QString &day) override;

private:
    Database &m_db;
};

// The link's state in xero_connections (XeroConnectionStore); the refresh lock beside the database file.
class StoredLinkState final : public XeroLinkState
{
public:
    explicit StoredLinkState(Database &db)
        : m_db(db)
    {}
    State linkState(const QString &tenantId) override;
    Status markReconnectNeeded(const QString &tenantId) override;
    QString refreshLockPath(const QString &tenantId) const override;

private:
    Database &m_db;
};

// The Xero configuration of these books: the environment, then the database's settings ("xero.endpoint",
// "xero.client_id", "xero.legacy_scopes"), then the build's client id. Loaded once per use, as a value.
XeroConfig loadXeroConfig(Database &db);
// The client id the environment or the build supplies, whatever the settings say (empty when neither does).
QString xeroClientIdWithoutSettings();

} // namespace billhook
