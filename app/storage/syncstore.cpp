#include "syncstore.h"

#include "sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace billhook {

QString syncEntityKey(SyncEntity e)
{
    switch (e) {
    case SyncEntity::Customer:
        return QStringLiteral("customer");
    case SyncEntity::Invoice:
        return QStringLiteral("invoice");
    case SyncEntity::Payment:
        return QStringLiteral("payment");
    }
    return {};
}

QString syncEntityNoun(SyncEntity e)
{
    switch (e) {
    case SyncEntity::Customer:
        return SyncStore::tr("customer", "a record in a message: customer 12");
    case SyncEntity::Invoice:
        return SyncStore::tr("invoice", "a record in a message: invoice 12");
    case SyncEntity::Payment:
        return SyncStore::tr("payment", "a record in a message: payment 12");
    }
    return {};
}

QString outboxOpKey(OutboxOp op)
{
    switch (op) {
    case OutboxOp::Upsert:
        return QStringLiteral("upsert");
    case OutboxOp::Void:
        return QStringLiteral("void");
    case OutboxOp::Delete:
        return QStringLiteral("delete");
    case OutboxOp::Archive:
        return QStringLiteral("archive");
    }
    return {};
}

std::optional<OutboxOp> outboxOpFromKey(const QString &key)
{
    for (OutboxOp op : {OutboxOp::Upsert, OutboxOp::Void, OutboxOp::Delete, OutboxOp::Archive}) {
        if (key == outboxOpKey(op))
            return op;
    }
    return std::nullopt;
}

QString syncIssueKindKey(SyncIssueKind kind)
{
    return kind == SyncIssueKind::Conflict ? QStringLiteral("conflict") : QStringLiteral("error");
}

std::optional<SyncIssueKind> syncIssueKindFromKey(const QString &key)
{
    if (key == u"conflict")
        return SyncIssueKind::Conflict;
    if (key == u"error")
        return SyncIssueKind::Error;
    return std::nullopt;
}

QString syncResultKey(SyncResult result)
{
    switch (result) {
    case SyncResult::Running:
        return QStringLiteral("running");
    case SyncResult::Clean:
        return QStringLiteral("clean");
    case SyncResult::Issues:
        return QStringLiteral("issues");
    case SyncResult::HeldBack:
        return QStringLiteral("held_back");
    case SyncResult::Failed:
        return QStringLiteral("failed");
    case SyncResult::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<SyncResult> syncResultFromKey(const QString &key)
{
    for (SyncResult r : {SyncResult::Running, SyncResult::Clean, SyncResult::Issues, SyncResult::HeldBack,
                         SyncResult::Failed, SyncResult::Cancelled}) {
        if (key == syncResultKey(r))
            return r;
    }
    return std::nullopt;
}

namespace {

SyncEntity entityFromKey(const QString &key)
{
    if (key == u"invoice")
        return SyncEntity::Invoice;
    if (key == u"payment")
        return SyncEntity::Payment;
    return SyncEntity::Customer;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

Status SyncStore::enqueue(SyncEntity entity, Id localId, OutboxOp op, int localVersion)
{
    // An upsert after a pending upsert stays one upsert of the newest version; a void or archive replaces
    // a pending upsert (the engine sends the record's current state with it). A new local edit also
    // clears the back-off, so the user's fix goes out on the next run.
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO outbox (entity, local_id, op, local_version, created_at) "
        "VALUES (:entity, :local_id, :op, :version, :now) "
        "ON CONFLICT (entity, local_id) DO UPDATE SET "
        "op = CASE WHEN excluded.op = 'upsert' THEN outbox.op ELSE excluded.op END, "
        "local_version = excluded.local_version, attempts = 0, next_attempt_at = NULL, last_error = ''"));
    q.bindValue(QStringLiteral(":entity"), syncEntityKey(entity));
    q.bindValue(QStringLiteral(":local_id"), localId);
    q.bindValue(QStringLiteral(":op"), outboxOpKey(op));
    q.bindValue(QStringLiteral(":version"), localVersion);
    q.bindValue(QStringLiteral(":now"), sql::timestamp());
    auto s = m_db.exec(q, tr("queue the change for Xero"));
    q.finish();
    return s;
}

QList<OutboxEntry> SyncStore::outbox(std::optional<SyncEntity> entity) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, entity, local_id, op, local_version, idempotency_key, payload_hash, attempts, "
        "next_attempt_at, last_error, created_at, refused_key FROM outbox WHERE :entity = '' OR entity = "
        ":entity "
        "ORDER BY CASE entity WHEN 'customer' THEN 0 WHEN 'invoice' THEN 1 ELSE 2 END, id"));
    q.bindValue(QStringLiteral(":entity"), entity ? syncEntityKey(*entity) : QStringLiteral(""));
    QList<OutboxEntry> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.entity = entityFromKey(q.value(1).toString());
        e.localId = q.value(2).toLongLong();
        e.op = outboxOpFromKey(q.value(3).toString()).value_or(OutboxOp::Upsert);
        e.localVersion = q.value(4).toInt();
        e.idempotencyKey = q.value(5).toString();
        e.payloadHash = q.value(6).toString();
        e.attempts = q.value(7).toInt();
        if (!q.value(8).isNull())
            e.nextAttemptAt = sql::fromTimestamp(q.value(8));
        e.lastError = q.value(9).toString();
        e.createdAt = sql::fromTimestamp(q.value(10));
        e.refusedKey = q.value(11).toString();
        out.append(e);
    }
    q.finish();
    return out;
}

Status SyncStore::removeFromOutbox(Id outboxId)
{
    return m_db.exec(QStringLiteral("DELETE FROM outbox WHERE id = :id"), {{QStringLiteral("id"), outboxId}},
                     tr("update the outbox"));
}

Status SyncStore::markRefused(Id outboxId, const QString &key)
{
    return m_db.exec(QStringLiteral("UPDATE outbox SET refused_key = :key WHERE id = :id"),
                     {{QStringLiteral("id"), outboxId}, {QStringLiteral("key"), key}},
                     tr("update the outbox"));
}

Status SyncStore::forgetRefusal(SyncEntity entity, Id localId)
{
    return m_db.exec(
        QStringLiteral("UPDATE outbox SET refused_key = '' WHERE entity = :e AND local_id = :id"),
        {{QStringLiteral("e"), syncEntityKey(entity)}, {QStringLiteral("id"), localId}},
        tr("update the outbox"));
}

bool SyncStore::refusedAndWaiting(SyncEntity entity, Id localId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND local_id = ? AND refused_key <> ''"));
    q.addBindValue(syncEntityKey(entity));
    q.addBindValue(localId);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Status SyncStore::recordAttempt(Id outboxId, const QString &idempotencyKey, const QString &payloadHash,
                                const QString &error, const QDateTime &nextAttemptAt)
{
    return m_db.exec(
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, idempotency_key = :key, "
                       "payload_hash = :hash, last_error = :error, next_attempt_at = :next "
                       "WHERE id = :id"),
        {{QStringLiteral("id"), outboxId},
         {QStringLiteral("key"), idempotencyKey},
         {QStringLiteral("hash"), payloadHash},
         {QStringLiteral("error"), error},
         {QStringLiteral("next"), nextAttemptAt.isValid() ? QVariant(sql::timestamp(nextAttemptAt))
                                                          : QVariant(QMetaType::fromType<QString>())}},
        tr("update the outbox"));
}

std::optional<XeroLink> SyncStore::link(SyncEntity entity, Id localId, const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT xero_id, xero_updated_utc, base FROM xero_links "
                                               "WHERE entity = ? AND local_id = ? AND tenant_id = ?"));
    q.addBindValue(syncEntityKey(entity));
    q.addBindValue(localId);
    q.addBindValue(tenantId);
    std::optional<XeroLink> out;
    if (q.exec() && q.next())
        out = XeroLink{
            entity, localId, tenantId, q.value(0).toString(), q.value(1).toString(), jsonObject(q.value(2))};
    q.finish();
    return out;
}

std::optional<XeroLink> SyncStore::linkByXeroId(SyncEntity entity, const QString &xeroId,
                                                const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT local_id, xero_updated_utc, base FROM xero_links "
                                               "WHERE entity = ? AND xero_id = ? AND tenant_id = ?"));
    q.addBindValue(syncEntityKey(entity));
    q.addBindValue(xeroId);
    q.addBindValue(tenantId);
    std::optional<XeroLink> out;
    if (q.exec() && q.next())
        out = XeroLink{entity, q.value(0).toLongLong(), tenantId,
                       xeroId, q.value(1).toString(),   jsonObject(q.value(2))};
    q.finish();
    return out;
}

QHash<QString, XeroLink> SyncStore::linksByXeroIds(SyncEntity entity, const QStringList &xeroIds,
                                                   const QString &tenantId) const
{
    constexpr qsizetype chunk = 500; // well under SQLite's limit on bound parameters
    QHash<QString, XeroLink> out;
    for (qsizetype from = 0; from < xeroIds.size(); from += chunk) {
        const qsizetype n = std::min(chunk, xeroIds.size() - from);
        QString placeholders = QStringLiteral("?");
        for (qsizetype i = 1; i < n; ++i)
            placeholders += QStringLiteral(", ?");
        QSqlQuery &q =
            m_db.prepare(QStringLiteral("SELECT xero_id, local_id, xero_updated_utc, base FROM "
                                        "xero_links WHERE entity = ? AND tenant_id = ? AND xero_id "
                                        "IN (") +
                         placeholders + u')');
        q.addBindValue(syncEntityKey(entity));
        q.addBindValue(tenantId);
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(xeroIds[from + i]);
        if (q.exec()) {
            while (q.next()) {
                const QString xeroId = q.value(0).toString();
                out.insert(xeroId, XeroLink{entity, q.value(1).toLongLong(), tenantId, xeroId,
                                            q.value(2).toString(), jsonObject(q.value(3))});
            }
        }
        q.finish();
    }
    return out;
}

Status SyncStore::saveLink(const XeroLink &l)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO xero_links (entity, local_id, tenant_id, xero_id, "
                       "xero_updated_utc, base) VALUES (:entity, :local_id, :tenant, :xero_id, "
                       ":updated, :base) ON CONFLICT (entity, local_id, tenant_id) DO UPDATE SET "
                       "xero_id = excluded.xero_id, xero_updated_utc = excluded.xero_updated_utc, "
                       "base = excluded.base"),
        {{QStringLiteral("entity"), syncEntityKey(l.entity)},
         {QStringLiteral("local_id"), l.localId},
         {QStringLiteral("tenant"), l.tenantId},
         {QStringLiteral("xero_id"), l.xeroId},
         {QStringLiteral("updated"), l.xeroUpdatedUtc},
         {QStringLiteral("base"), json(l.base)}},
        tr("save the link to Xero"));
}

QString SyncStore::watermark(const QString &tenantId, SyncEntity entity) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT watermark FROM sync_state WHERE tenant_id = ? AND entity = ?"));
    q.addBindValue(tenantId);
    q.addBindValue(syncEntityKey(entity));
    QString out;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

Status SyncStore::setWatermark(const QString &tenantId, SyncEntity entity, const QString &watermark)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO sync_state (tenant_id, entity, watermark) VALUES (:t, :e, :w) "
                       "ON CONFLICT (tenant_id, entity) DO UPDATE SET watermark = excluded.watermark"),
        {{QStringLiteral("t"), tenantId},
         {QStringLiteral("e"), syncEntityKey(entity)},
         {QStringLiteral("w"), watermark}},
        tr("save the sync position"));
}

Status SyncStore::forgetWatermarks(SyncEntity entity)
{
    return m_db.exec(QStringLiteral("DELETE FROM sync_state WHERE entity = :e"),
                     {{QStringLiteral("e"), syncEntityKey(entity)}}, tr("save the sync position"));
}

// "_heldBack": syncutil::kHeldBackKey, which the sync writes into a link's base.
int SyncStore::heldBackCount(const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM xero_links WHERE tenant_id = ? AND "
                                               "json_extract(base, '$._heldBack') IS NOT NULL"));
    q.addBindValue(tenantId);
    const int n = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Status SyncStore::rereadHeldBack()
{
    return m_db.exec(QStringLiteral("UPDATE xero_links SET xero_updated_utc = '' WHERE "
                                    "json_extract(base, '$._heldBack') IS NOT NULL"),
                     {}, tr("save the sync position"));
}

Result<Id> SyncStore::startRun(const QString &tenantId)
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("INSERT INTO sync_runs (tenant_id, started_at) VALUES (?, ?)"));
    q.addBindValue(tenantId);
    q.addBindValue(sql::timestamp());
    if (auto s = m_db.exec(q, tr("record the sync run")); !s)
        return s.error();
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status SyncStore::finishRun(const SyncRun &r)
{
    return m_db.exec(
        QStringLiteral("UPDATE sync_runs SET finished_at = :finished, result = :result, pulled = "
                       ":pulled, pushed = :pushed, failed = :failed, open_issues = :open, held_back = :held, "
                       "calls_used = :calls, "
                       "detail = :detail WHERE id = :id"),
        {{QStringLiteral("id"), r.id},
         {QStringLiteral("finished"),
          sql::timestamp(r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc())},
         {QStringLiteral("result"), syncResultKey(r.result)},
         {QStringLiteral("pulled"), r.pulled},
         {QStringLiteral("pushed"), r.pushed},
         {QStringLiteral("failed"), r.failed},
         {QStringLiteral("open"), r.openIssues},
         {QStringLiteral("held"), r.heldBack},
         {QStringLiteral("calls"), r.callsUsed},
         {QStringLiteral("detail"), r.detail}},
        tr("record the sync run"));
}

QList<SyncRun> SyncStore::runs(int limit) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, tenant_id, started_at, finished_at, result, pulled, "
        "pushed, failed, calls_used, detail, open_issues, held_back FROM sync_runs ORDER BY id DESC "
        "LIMIT ?"));
    q.addBindValue(limit);
    QList<SyncRun> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        SyncRun r;
        r.id = q.value(0).toLongLong();
        r.tenantId = q.value(1).toString();
        r.startedAt = sql::fromTimestamp(q.value(2));
        if (!q.value(3).isNull())
            r.finishedAt = sql::fromTimestamp(q.value(3));
        r.result = syncResultFromKey(q.value(4).toString()).value_or(SyncResult::Failed);
        r.pulled = q.value(5).toInt();
        r.pushed = q.value(6).toInt();
        r.failed = q.value(7).toInt();
        r.callsUsed = q.value(8).toInt();
        r.detail = q.value(9).toString();
        r.openIssues = q.value(10).toInt();
        r.heldBack = q.value(11).toInt();
        out.append(r);
    }
    q.finish();
    return out;
}

Result<Id> SyncStore::raiseIssue(const SyncIssue &issue)
{
    // One open issue per record and kind: a record that fails again updates its issue in place (same id,
    // so a problem the user is looking at, or names in a script, stays the same problem) instead of piling
    // up. It is first seen when it was created; the run is the latest that raised it.
    const QString kind = syncIssueKindKey(issue.kind);
    const QVariant run = issue.runId > 0 ? QVariant(issue.runId) : QVariant(QMetaType::fromType<qint64>());
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QSqlQuery &open =
        m_db.prepare(QStringLiteral("SELECT id FROM sync_issues WHERE entity = ? AND local_id = ? "
                                    "AND kind = ? AND resolved_at IS NULL ORDER BY id"));
    open.addBindValue(syncEntityKey(issue.entity));
    open.addBindValue(issue.localId);
    open.addBindValue(kind);
    Id existing = 0;
    if (open.exec() && open.next())
        existing = open.value(0).toLongLong();
    open.finish();
    Id id = existing;
    if (existing) {
        QSqlQuery &q = m_db.prepare(QStringLiteral("UPDATE sync_issues SET run_id = ?, xero_message = ?, "
                                                   "explanation = ?, remedy = ?, detail = ? WHERE id = ?"));
        if (auto s = m_db.exec(q,
                               {run, sql::text(issue.xeroMessage), sql::text(issue.explanation),
                                sql::text(issue.remedy), json(issue.detail), existing},
                               tr("record the sync problem"));
            !s)
            return s.error();
        q.finish();
    } else {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT INTO sync_issues (run_id, entity, local_id, kind, xero_message, explanation, remedy, "
            "detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (auto s = m_db.exec(q,
                               {run, syncEntityKey(issue.entity), issue.localId, kind,
                                sql::text(issue.xeroMessage), sql::text(issue.explanation),
                                sql::text(issue.remedy), json(issue.detail), sql::timestamp()},
                               tr("record the sync problem"));
            !s)
            return s.error();
        id = q.lastInsertId().toLongLong();
        q.finish();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status SyncStore::resolveIssuesFor(SyncEntity entity, Id localId)
{
    return resolveOpen(entity, localId, false);
}

Status SyncStore::resolveErrorsFor(SyncEntity entity, Id localId)
{
    return resolveOpen(entity, localId, true);
}

Status SyncStore::resolveOpen(SyncEntity entity, Id localId, bool errorsOnly)
{
    return m_db.exec(
        QStringLiteral("UPDATE sync_issues SET resolved_at = :now WHERE entity = :e AND local_id = "
                       ":id AND (:all OR kind = 'error') AND resolved_at IS NULL"),
        {{QStringLiteral("now"), sql::timestamp()},
         {QStringLiteral("e"), syncEntityKey(entity)},
         {QStringLiteral("id"), localId},
         {QStringLiteral("all"), errorsOnly ? 0 : 1}},
        tr("clear the sync problem"));
}

Status SyncStore::resolveIssue(Id issueId)
{
    return m_db.exec(
        QStringLiteral("UPDATE sync_issues SET resolved_at = :now WHERE id = :id AND resolved_at IS NULL"),
        {{QStringLiteral("now"), sql::timestamp()}, {QStringLiteral("id"), issueId}},
        tr("clear the sync problem"));
}

namespace {

QList<SyncIssue> readIssues(QSqlQuery &q)
{
    QList<SyncIssue> out;
    while (q.next()) {
        SyncIssue i;
        i.id = q.value(0).toLongLong();
        i.runId = q.value(1).toLongLong();
        i.entity = entityFromKey(q.value(2).toString());
        i.localId = q.value(3).toLongLong();
        i.kind = syncIssueKindFromKey(q.value(4).toString()).value_or(SyncIssueKind::Error);
        i.xeroMessage = q.value(5).toString();
        i.explanation = q.value(6).toString();
        i.remedy = q.value(7).toString();
        i.detail = jsonObject(q.value(8));
        i.createdAt = sql::fromTimestamp(q.value(9));
        if (!q.value(10).isNull())
            i.resolvedAt = sql::fromTimestamp(q.value(10));
        out.append(i);
    }
    q.finish();
    return out;
}

const QString kIssueColumns = QStringLiteral("SELECT id, run_id, entity, local_id, kind, xero_message, "
                                             "explanation, remedy, detail, created_at, resolved_at "
                                             "FROM sync_issues ");

} // namespace

QList<SyncIssue> SyncStore::openIssues() const
{
    QSqlQuery &q = m_db.prepare(kIssueColumns + QStringLiteral("WHERE resolved_at IS NULL ORDER BY id"));
    if (!q.exec())
        return {};
    return readIssues(q);
}

QList<SyncIssue> SyncStore::openIssuesFor(SyncEntity entity, Id localId) const
{
    QSqlQuery &q = m_db.prepare(kIssueColumns + QStringLiteral("WHERE resolved_at IS NULL AND entity = ? AND "
                                                               "local_id = ? ORDER BY id"));
    q.addBindValue(syncEntityKey(entity));
    q.addBindValue(localId);
    if (!q.exec())
        return {};
    return readIssues(q);
}

std::optional<SyncIssue> SyncStore::openIssue(Id issueId) const
{
    QSqlQuery &q = m_db.prepare(kIssueColumns + QStringLiteral("WHERE resolved_at IS NULL AND id = ?"));
    q.addBindValue(issueId);
    if (!q.exec())
        return std::nullopt;
    const QList<SyncIssue> found = readIssues(q);
    return found.isEmpty() ? std::nullopt : std::optional<SyncIssue>(found.first());
}

QList<SyncIssue> SyncStore::issuesOfRun(Id runId) const
{
    QSqlQuery &q = m_db.prepare(kIssueColumns + QStringLiteral("WHERE run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return {};
    return readIssues(q);
}

QHash<Id, RecordSyncState> SyncStore::recordStates(SyncEntity entity, const QList<Id> &localIds) const
{
    QHash<Id, RecordSyncState> out;
    if (localIds.isEmpty())
        return out;
    // The ids travel as one JSON array, so the statement text (and its cached preparation) is the same for
    // every page; each lookup below is an index seek.
    QJsonArray ids;
    for (Id id : localIds)
        ids.append(id);
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT j.value, "
                       "(SELECT MAX(CASE i.kind WHEN 'conflict' THEN 2 ELSE 1 END) FROM sync_issues i "
                       " WHERE i.resolved_at IS NULL AND i.entity = :e AND i.local_id = j.value), "
                       "EXISTS (SELECT 1 FROM outbox o WHERE o.entity = :e AND o.local_id = j.value), "
                       "EXISTS (SELECT 1 FROM xero_links l WHERE l.entity = :e AND l.local_id = j.value) "
                       "FROM json_each(:ids) j"));
    q.bindValue(QStringLiteral(":e"), syncEntityKey(entity));
    q.bindValue(QStringLiteral(":ids"), QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return out;
    while (q.next()) {
        const Id id = q.value(0).toLongLong();
        const int issue = q.value(1).toInt();
        RecordSyncState state = RecordSyncState::NotInXero;
        if (issue == 2)
            state = RecordSyncState::Conflict;
        else if (issue == 1)
            state = RecordSyncState::Problem;
        else if (q.value(2).toBool())
            state = RecordSyncState::Pending;
        else if (q.value(3).toBool())
            state = RecordSyncState::Synced;
        out.insert(id, state);
    }
    q.finish();
    return out;
}

RecordSyncState SyncStore::recordState(SyncEntity entity, Id localId) const
{
    return recordStates(entity, {localId}).value(localId, RecordSyncState::NotInXero);
}

std::optional<XeroLink> SyncStore::anyLink(SyncEntity entity, Id localId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT tenant_id, xero_id, xero_updated_utc, base FROM "
                                               "xero_links WHERE entity = ? AND local_id = ? LIMIT 1"));
    q.addBindValue(syncEntityKey(entity));
    q.addBindValue(localId);
    std::optional<XeroLink> out;
    if (q.exec() && q.next())
        out = XeroLink{entity,
                       localId,
                       q.value(0).toString(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       jsonObject(q.value(3))};
    q.finish();
    return out;
}

Result<bool> SyncStore::removeFromOutboxIfVersion(Id outboxId, int version)
{
    if (auto s = m_db.exec(QStringLiteral("DELETE FROM outbox WHERE id = :id AND local_version = :v"),
                           {{QStringLiteral("id"), outboxId}, {QStringLiteral("v"), version}},
                           QCoreApplication::translate("SyncEngine", "update the outbox"));
        !s)
        return s.error();
    return sql::changedRows(m_db) == 1;
}

Status SyncStore::removeFromOutboxFor(SyncEntity entity, Id localId)
{
    return m_db.exec(QStringLiteral("DELETE FROM outbox WHERE entity = :e AND local_id = :id"),
                     {{QStringLiteral("e"), syncEntityKey(entity)}, {QStringLiteral("id"), localId}},
                     QCoreApplication::translate("SyncEngine", "update the outbox"));
}

bool SyncStore::sentBefore(SyncEntity e, Id localId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND local_id = ? AND idempotency_key <> ''"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    const bool sent = q.exec() && q.next();
    q.finish();
    return sent;
}

bool SyncStore::removalPending(Id paymentId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE entity = 'payment' AND local_id = ? AND op = 'delete'"));
    q.addBindValue(paymentId);
    const bool pending = q.exec() && q.next();
    q.finish();
    return pending;
}

std::pair<QString, QString> SyncStore::pendingAttempt(SyncEntity e, Id localId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT idempotency_key, payload_hash FROM outbox WHERE entity = ? AND local_id = ?"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    std::pair<QString, QString> out;
    if (q.exec() && q.next())
        out = {q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return out;
}

QSet<QString> SyncStore::openConflictFields(SyncEntity e, Id localId) const
{
    QSet<QString> out;
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT detail FROM sync_issues WHERE entity = ? AND local_id = ? AND "
                                    "kind = 'conflict' AND resolved_at IS NULL"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject d = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            for (const auto &f : d.value(QStringLiteral("fields")).toArray())
                out.insert(f.toObject().value(QStringLiteral("field")).toString());
        }
    }
    q.finish();
    return out;
}

bool SyncStore::heldBackAsAmbiguous(SyncEntity e, Id localId) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT detail FROM sync_issues WHERE entity = ? AND local_id = ? AND "
                                    "resolved_at IS NULL"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    bool out = false;
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject d = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            const QString reason = d.value(QStringLiteral("reason")).toString();
            out = out || reason == u"ambiguous-match" || reason == u"contact-candidate";
        }
    }
    q.finish();
    if (out || e != SyncEntity::Customer)
        return out;
    QSqlQuery &pending = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM xero_contact_candidates WHERE customer_id = ? AND state = 'pending' LIMIT 1"));
    pending.addBindValue(localId);
    out = pending.exec() && pending.next();
    pending.finish();
    return out;
}

QList<SyncStore::CustomerKeys> SyncStore::customerKeys(const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.contact_number, lower(c.email), lower(c.name), c.archived, l.local_id IS NOT NULL, "
        "c.phone, c.mobile "
        "FROM customers c LEFT JOIN xero_links l ON l.entity = 'customer' AND l.local_id = c.id AND "
        "l.tenant_id = ?"));
    q.addBindValue(tenantId);
    QList<CustomerKeys> out;
    if (q.exec()) {
        while (q.next())
            out.append(CustomerKeys{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(), q.value(6).toString(), q.value(7).toString(),
                                    q.value(4).toBool(), q.value(5).toBool()});
    }
    q.finish();
    return out;
}

Money SyncStore::paymentsNotInXeroYet(Id invoiceId, const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN l.local_id IS NULL AND p.deleted = 0 THEN p.amount "
        "WHEN l.local_id IS NOT NULL AND p.deleted = 1 AND o.id IS NOT NULL THEN -p.amount ELSE 0 END), 0) "
        "FROM payments p LEFT JOIN xero_links l ON l.entity = 'payment' AND l.local_id = p.id AND "
        "l.tenant_id = ? LEFT JOIN outbox o ON o.entity = 'payment' AND o.local_id = p.id AND o.op = "
        "'delete' "
        "WHERE p.invoice_id = ?"));
    q.addBindValue(tenantId);
    q.addBindValue(invoiceId);
    Money out;
    if (q.exec() && q.next())
        out = Money::fromUnits(q.value(0).toLongLong());
    q.finish();
    return out;
}

std::optional<Id> SyncStore::unlinkedPayment(Id invoiceId, Money amount, QDate date,
                                             const QString &tenantId) const
{
    // A payment removed here while its create's answer was still unsettled counts too: Xero has it, to
    // delete.
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT p.id FROM payments p WHERE p.invoice_id = ? AND "
                                               "p.amount = ? AND p.date = ? AND (p.deleted = 0 OR EXISTS "
                                               "(SELECT 1 FROM outbox o WHERE o.entity = 'payment' AND "
                                               "o.local_id = p.id AND o.op = 'delete')) AND "
                                               "NOT EXISTS (SELECT 1 FROM xero_links l WHERE l.entity = "
                                               "'payment' AND l.local_id = p.id AND l.tenant_id = ?) "
                                               "ORDER BY p.id LIMIT 1"));
    q.addBindValue(invoiceId);
    q.addBindValue(qint64(amount.units()));
    q.addBindValue(sql::date(date));
    q.addBindValue(tenantId);
    std::optional<Id> out;
    if (q.exec() && q.next())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

Status SyncStore::addSentFingerprint(Id outboxId, const QString &fingerprint)
{
    return m_db.exec(QStringLiteral("UPDATE outbox SET sent_fingerprints = CASE WHEN sent_fingerprints = '' "
                                    "THEN :fp WHEN instr(sent_fingerprints, :fp) > 0 THEN sent_fingerprints "
                                    "ELSE sent_fingerprints || ' ' || :fp END WHERE id = :id"),
                     {{QStringLiteral("fp"), fingerprint}, {QStringLiteral("id"), outboxId}},
                     tr("update the outbox"));
}

QStringList SyncStore::sentFingerprints(SyncEntity e, Id localId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT sent_fingerprints FROM outbox WHERE entity = ? AND local_id = ?"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    QStringList out;
    if (q.exec() && q.next())
        out = q.value(0).toString().split(u' ', Qt::SkipEmptyParts);
    q.finish();
    return out;
}

QHash<QString, Id> SyncStore::sentFingerprintIndex(SyncEntity e) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT local_id, sent_fingerprints FROM outbox WHERE entity = ? AND sent_fingerprints <> ''"));
    q.addBindValue(syncEntityKey(e));
    QHash<QString, Id> out;
    if (q.exec()) {
        while (q.next()) {
            for (const QString &fp : q.value(1).toString().split(u' ', Qt::SkipEmptyParts))
                out.insert(fp, q.value(0).toLongLong());
        }
    }
    q.finish();
    return out;
}

Status SyncStore::rememberXeroInvoice(const QString &tenantId, const XeroInvoiceNumber &inv)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO xero_invoice_numbers (tenant_id, xero_id, number, contact_name, currency, total, "
        "amount_paid, status, contact_id, awaiting_contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tenant_id, xero_id) DO UPDATE SET number = excluded.number, contact_name = "
        "excluded.contact_name, currency = excluded.currency, total = excluded.total, amount_paid = "
        "excluded.amount_paid, status = excluded.status, contact_id = excluded.contact_id, awaiting_contact "
        "= "
        "excluded.awaiting_contact"));
    q.addBindValue(tenantId);
    q.addBindValue(inv.xeroId);
    q.addBindValue(inv.number);
    q.addBindValue(sql::text(inv.contactName));
    q.addBindValue(sql::text(inv.currency));
    q.addBindValue(qint64(inv.total.units()));
    q.addBindValue(qint64(inv.amountPaid.units()));
    q.addBindValue(sql::text(inv.status));
    q.addBindValue(sql::text(inv.contactId));
    q.addBindValue(inv.awaitingContact ? 1 : 0);
    auto s = m_db.exec(q, tr("remember the organisation's invoice numbers"));
    q.finish();
    return s;
}

QStringList SyncStore::invoicesNoLongerAwaitingContact(const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT n.xero_id FROM xero_invoice_numbers n WHERE n.tenant_id = ? AND n.awaiting_contact = 1 AND "
        "EXISTS (SELECT 1 FROM xero_links c WHERE c.entity = 'customer' AND c.tenant_id = n.tenant_id AND "
        "c.xero_id = n.contact_id) AND NOT EXISTS (SELECT 1 FROM xero_links l WHERE l.entity = 'invoice' AND "
        "l.tenant_id = n.tenant_id AND l.xero_id = n.xero_id) ORDER BY n.number"));
    q.addBindValue(tenantId);
    return sql::strings(q);
}

std::optional<XeroInvoiceNumber> SyncStore::unlinkedXeroInvoiceNumbered(const QString &tenantId,
                                                                        const QString &number) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT n.xero_id, n.contact_name, n.currency, n.total, n.amount_paid, n.status, n.contact_id, "
        "n.awaiting_contact FROM xero_invoice_numbers n WHERE n.tenant_id = ? AND n.number = ? AND NOT "
        "EXISTS (SELECT 1 FROM "
        "xero_links l WHERE l.entity = 'invoice' AND l.tenant_id = n.tenant_id AND l.xero_id = n.xero_id) "
        "LIMIT 1"));
    q.addBindValue(tenantId);
    q.addBindValue(number);
    std::optional<XeroInvoiceNumber> out;
    if (q.exec() && q.next())
        out = XeroInvoiceNumber{q.value(0).toString(),
                                number,
                                q.value(1).toString(),
                                q.value(2).toString(),
                                Money::fromUnits(q.value(3).toLongLong()),
                                Money::fromUnits(q.value(4).toLongLong()),
                                q.value(5).toString(),
                                q.value(6).toString(),
                                q.value(7).toBool()};
    q.finish();
    return out;
}

QStringList SyncStore::unreadLinks(SyncEntity e, const QString &tenantId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT xero_id FROM xero_links WHERE entity = ? AND "
                                               "tenant_id = ? AND xero_updated_utc = '' ORDER BY xero_id"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(tenantId);
    return sql::strings(q);
}

QString SyncStore::tenantOfXeroInvoice(const QString &xeroId) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT tenant_id FROM xero_invoice_numbers WHERE xero_id = ? LIMIT 1"));
    q.addBindValue(xeroId);
    QString out;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

Result<QList<Id>> SyncStore::setContactCandidates(const QString &tenantId, const QString &xeroId,
                                                  const QList<Id> &customers)
{
    const QList<Id> before = contactCandidates(tenantId, xeroId);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QSqlQuery &del = m_db.prepare(QStringLiteral(
        "DELETE FROM xero_contact_candidates WHERE tenant_id = ? AND xero_id = ? AND state = 'pending'"));
    if (auto s = m_db.exec(del, {tenantId, xeroId}, tr("record the contacts waiting for a decision")); !s)
        return s.error();
    del.finish();
    for (Id id : customers) {
        QSqlQuery &q = m_db.prepare(QStringLiteral(
            "INSERT INTO xero_contact_candidates (tenant_id, xero_id, customer_id, state) "
            "VALUES (?, ?, ?, 'pending') ON CONFLICT (tenant_id, xero_id, customer_id) DO NOTHING"));
        auto s = m_db.exec(q, {tenantId, xeroId, id}, tr("record the contacts waiting for a decision"));
        q.finish();
        if (!s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    QList<Id> gone;
    for (Id id : before) {
        if (!customers.contains(id))
            gone.append(id);
    }
    return gone;
}

QList<Id> SyncStore::candidatesIn(const QString &tenantId, const QString &xeroId, const QString &state) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT customer_id FROM xero_contact_candidates WHERE tenant_id = ? AND xero_id = ? "
                       "AND state = ? ORDER BY customer_id"));
    q.addBindValue(tenantId);
    q.addBindValue(xeroId);
    q.addBindValue(state);
    QList<Id> out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

QList<Id> SyncStore::contactCandidates(const QString &tenantId, const QString &xeroId) const
{
    return candidatesIn(tenantId, xeroId, QStringLiteral("pending"));
}

Status SyncStore::declareDifferent(const QString &tenantId, const QString &xeroId, Id customerId)
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO xero_contact_candidates (tenant_id, xero_id, customer_id, state) VALUES "
                       "(?, ?, ?, 'different') ON CONFLICT (tenant_id, xero_id, customer_id) DO UPDATE SET "
                       "state = 'different'"));
    auto s = m_db.exec(q, {tenantId, xeroId, customerId}, tr("record that the customers are different"));
    q.finish();
    return s;
}

QSet<Id> SyncStore::declaredDifferent(const QString &tenantId, const QString &xeroId) const
{
    const QList<Id> ids = candidatesIn(tenantId, xeroId, QStringLiteral("different"));
    return QSet<Id>(ids.begin(), ids.end());
}

QStringList SyncStore::contactsToReread(const QString &tenantId) const
{
    QStringList out = unreadLinks(SyncEntity::Customer, tenantId);
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT k.xero_id FROM xero_contact_candidates k WHERE k.tenant_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM xero_links l WHERE l.entity = 'customer' AND l.tenant_id = k.tenant_id AND "
        "l.xero_id = k.xero_id) ORDER BY k.xero_id"));
    q.addBindValue(tenantId);
    if (q.exec()) {
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!out.contains(id))
                out.append(id);
        }
    }
    q.finish();
    return out;
}

Status SyncStore::resolveCandidateIssues(Id customerId, const QString &xeroId)
{
    for (const SyncIssue &i : openIssuesFor(SyncEntity::Customer, customerId)) {
        const QString reason = i.detail.value(QStringLiteral("reason")).toString();
        if ((reason == u"ambiguous-match" || reason == u"contact-candidate") &&
            i.detail.value(QStringLiteral("xeroContactId")).toString() == xeroId) {
            if (auto s = resolveIssue(i.id); !s)
                return s;
        }
    }
    return {};
}

} // namespace billhook
