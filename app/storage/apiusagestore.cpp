#include "apiusagestore.h"

#include <QSqlQuery>
#include <QVariant>

namespace billhook {

int ApiUsageStore::callsOn(const QString &tenantId, const QString &day) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT calls FROM api_usage WHERE tenant_id = ? AND day = ?"));
    int calls = 0;
    if (m_db.exec(q, {tenantId, day}, tr("read the API calls used today")).ok() && q.next())
        calls = q.value(0).toInt();
    q.finish();
    return calls;
}

int ApiUsageStore::callsToday(const QString &tenantId, const QDateTime &now) const
{
    return callsOn(tenantId, now.toUTC().date().toString(Qt::ISODate));
}

QDateTime ApiUsageStore::blockedUntil(const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT max(next_allowed_at) FROM api_usage WHERE tenant_id = ? AND next_allowed_at IS NOT NULL"));
    QDateTime until;
    if (m_db.exec(q, {tenantId}, tr("read when Xero allows calls again")).ok() && q.next() &&
        !q.value(0).isNull())
        until = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    q.finish();
    return until;
}

Status ApiUsageStore::recordCalls(const QString &tenantId, const QString &day, int calls)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO api_usage (tenant_id, day, calls) VALUES (?, ?, ?) "
                       "ON CONFLICT (tenant_id, day) DO UPDATE SET calls = max(calls, excluded.calls)"));
    const Status s = m_db.exec(q, {tenantId, day, calls}, tr("record the API calls used today"));
    q.finish();
    return s;
}

Status ApiUsageStore::recordBlock(const QString &tenantId, const QString &day, const QDateTime &until)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO api_usage (tenant_id, day, calls, next_allowed_at) VALUES (?, ?, 0, ?) "
        "ON CONFLICT (tenant_id, day) DO UPDATE SET next_allowed_at = excluded.next_allowed_at"));
    const Status s = m_db.exec(q, {tenantId, day, until.toUTC().toString(Qt::ISODateWithMs)},
                               tr("record when Xero allows calls again"));
    q.finish();
    return s;
}

Status ApiUsageStore::uncountCall(const QString &tenantId, const QString &day)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("UPDATE api_usage SET calls = max(calls - 1, 0) WHERE tenant_id = ? AND day = ?"));
    const Status s = m_db.exec(q, {tenantId, day}, tr("record the API calls used today"));
    q.finish();
    return s;
}

} // namespace billhook
