#include "xeroconnectionstore.h"

#include "sqlutil.h"

#include <QSqlQuery>

namespace billhook {

std::optional<XeroConnectionRecord> XeroConnectionStore::one(const QString &where,
                                                             const QVariantList &values) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT tenant_id, tenant_name, connection_id, state, "
                                               "connected_at, last_sync_at FROM xero_connections ") +
                                where);
    for (const auto &v : values)
        q.addBindValue(v);
    std::optional<XeroConnectionRecord> out;
    if (q.exec() && q.next()) {
        XeroConnectionRecord r;
        r.tenantId = q.value(0).toString();
        r.tenantName = q.value(1).toString();
        r.connectionId = q.value(2).toString();
        r.state = q.value(3).toString();
        r.connectedAt = sql::fromTimestamp(q.value(4));
        if (!q.value(5).isNull())
            r.lastSyncAt = sql::fromTimestamp(q.value(5));
        out = r;
    }
    q.finish();
    return out;
}

std::optional<XeroConnectionRecord> XeroConnectionStore::current() const
{
    return one(QStringLiteral("ORDER BY connected_at DESC LIMIT 1"), {});
}

std::optional<XeroConnectionRecord> XeroConnectionStore::find(const QString &tenantId) const
{
    return one(QStringLiteral("WHERE tenant_id = ?"), {tenantId});
}

Status XeroConnectionStore::saveLink(const XeroConnectionRecord &r)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery &others = m_db.prepare(QStringLiteral("DELETE FROM xero_connections WHERE tenant_id <> ?"));
    if (auto s = m_db.exec(others, {r.tenantId}, tr("replace the Xero link")); !s)
        return s;
    others.finish();
    // The invoice numbers another organisation holds no longer reserve anything here, and its contacts
    // waiting for a decision are no longer proposed.
    for (const QString &table :
         {QStringLiteral("xero_invoice_numbers"), QStringLiteral("xero_contact_candidates")}) {
        QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE tenant_id <> ?").arg(table));
        auto s = m_db.exec(q, {r.tenantId}, tr("replace the Xero link"));
        q.finish();
        if (!s)
            return s;
    }
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO xero_connections (tenant_id, tenant_name, connection_id, state, "
                       "connected_at, last_sync_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (tenant_id) DO UPDATE SET tenant_name = excluded.tenant_name, "
                       "connection_id = excluded.connection_id, state = excluded.state, "
                       "connected_at = excluded.connected_at"));
    const QVariant lastSync = r.lastSyncAt.isValid() ? QVariant(sql::timestamp(r.lastSyncAt)) : QVariant();
    if (auto s = m_db.exec(
            q,
            {r.tenantId, sql::text(r.tenantName), sql::text(r.connectionId),
             r.state.isEmpty() ? QString::fromLatin1(Linked) : r.state,
             sql::timestamp(r.connectedAt.isValid() ? r.connectedAt : QDateTime::currentDateTimeUtc()),
             lastSync},
            tr("save the Xero link"));
        !s)
        return s;
    q.finish();
    return tx.commit();
}

Status XeroConnectionStore::setState(const QString &tenantId, const QString &state)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE xero_connections SET state = ? WHERE tenant_id = ?"));
    auto s = m_db.exec(q, {state, tenantId}, tr("save the Xero link's state"));
    q.finish();
    return s;
}

Status XeroConnectionStore::setLastSyncAt(const QString &tenantId, const QDateTime &when)
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("UPDATE xero_connections SET last_sync_at = ? WHERE tenant_id = ?"));
    auto s = m_db.exec(q, {sql::timestamp(when), tenantId}, tr("save the time of the last sync"));
    q.finish();
    return s;
}

Status XeroConnectionStore::remove(const QString &tenantId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    for (const QString &table : {QStringLiteral("xero_connections"), QStringLiteral("xero_invoice_numbers"),
                                 QStringLiteral("xero_contact_candidates")}) {
        QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE tenant_id = ?").arg(table));
        auto s = m_db.exec(q, {tenantId}, tr("remove the Xero link"));
        q.finish();
        if (!s)
            return s;
    }
    return tx.commit();
}

QStringList XeroConnectionStore::keychainKeys(const QString &tenantId) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT key FROM xero_keychain_keys WHERE tenant_id = ? ORDER BY key"));
    q.addBindValue(tenantId);
    return sql::strings(q);
}

Status XeroConnectionStore::recordKeychainKeys(const QString &tenantId, const QStringList &keys)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT OR IGNORE INTO xero_keychain_keys (tenant_id, key) VALUES (?, ?)"));
    for (const auto &key : keys) {
        if (auto s = m_db.exec(q, {tenantId, key}, tr("record a keychain entry's name")); !s)
            return s;
        q.finish();
    }
    return tx.commit();
}

Status XeroConnectionStore::forgetKeychainKeys(const QString &tenantId)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("DELETE FROM xero_keychain_keys WHERE tenant_id = ?"));
    auto s = m_db.exec(q, {tenantId}, tr("forget the keychain entries' names"));
    q.finish();
    return s;
}

} // namespace billhook
