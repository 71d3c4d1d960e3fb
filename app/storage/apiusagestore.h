#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace billhook {

// Xero API calls per tenant and UTC day, and the time before which Xero refuses calls after a day-limit 429
// (table api_usage). The rate gate writes it through the sync layer's ledger; the Xero page reads today's
// count from it.
class ApiUsageStore
{
    Q_DECLARE_TR_FUNCTIONS(ApiUsageStore)
public:
    explicit ApiUsageStore(Database &db)
        : m_db(db)
    {}

    int callsOn(const QString &tenantId, const QString &day) const;
    // Calls recorded today (UTC) for the tenant.
    int callsToday(const QString &tenantId, const QDateTime &now) const;
    // The latest "no call before" recorded for the tenant; invalid when none.
    QDateTime blockedUntil(const QString &tenantId) const;

    // Raises the day's count to `calls` (never lowers it: another process may have counted more).
    Status recordCalls(const QString &tenantId, const QString &day, int calls);
    Status recordBlock(const QString &tenantId, const QString &day, const QDateTime &until);
    Status uncountCall(const QString &tenantId, const QString &day);

private:
    Database &m_db;
};

} // namespace billhook
