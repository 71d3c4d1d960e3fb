#pragma once

#include "core/entities.h"
#include "database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace billhook {

enum class SyncEntity
{
    Customer,
    Invoice,
    Payment
};
QString syncEntityKey(SyncEntity e); // customer | invoice | payment

struct OutboxEntry
{
    Id id = 0;
    SyncEntity entity = SyncEntity::Customer;
    Id localId = 0;
    QString op; // upsert | void | delete | archive
    int localVersion = 0;
    QString idempotencyKey;
    QString payloadHash;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
};

struct XeroLink
{
    SyncEntity entity = SyncEntity::Customer;
    Id localId = 0;
    QString tenantId;
    QString xeroId;
    QString xeroUpdatedUtc;
    QJsonObject base;
};

struct SyncIssue
{
    Id id = 0;
    Id runId = 0;
    SyncEntity entity = SyncEntity::Customer;
    Id localId = 0;
    QString kind; // error | conflict
    QString xeroMessage;
    QString explanation;
    QString remedy;
    QJsonObject detail;
    QDateTime createdAt;
    QDateTime resolvedAt;
};

struct SyncRun
{
    Id id = 0;
    QString tenantId;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString result; // running | clean | issues | failed | cancelled
    int pulled = 0;
    int pushed = 0;
    int failed = 0;
    int callsUsed = 0;
    QString detail;
};

// The sync's own tables: the outbox of local edits waiting to go to Xero, the links between local records
// and Xero's (with the merge base), the pull watermarks, the runs and the issues.
class SyncStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncStore)
public:
    explicit SyncStore(Database &db)
        : m_db(db)
    {}

    // Called by the other stores inside the transaction of the edit itself, so an edit can never exist
    // without its outbox row. Repeated edits to one record coalesce into one pending row.
    Status enqueue(SyncEntity entity, Id localId, const QString &op, int localVersion);
    QList<OutboxEntry> outbox(std::optional<SyncEntity> entity = std::nullopt) const;
    Status removeFromOutbox(Id outboxId);
    Status recordAttempt(Id outboxId, const QString &idempotencyKey, const QString &payloadHash,
                         const QString &error, const QDateTime &nextAttemptAt);

    std::optional<XeroLink> link(SyncEntity entity, Id localId, const QString &tenantId) const;
    std::optional<XeroLink> linkByXeroId(SyncEntity entity, const QString &xeroId,
                                         const QString &tenantId) const;
    Status saveLink(const XeroLink &link);

    QString watermark(const QString &tenantId, SyncEntity entity) const;
    Status setWatermark(const QString &tenantId, SyncEntity entity, const QString &watermark);

    Result<Id> startRun(const QString &tenantId);
    Status finishRun(const SyncRun &run);
    QList<SyncRun> runs(int limit = 50) const;

    Result<Id> raiseIssue(const SyncIssue &issue);
    Status resolveIssuesFor(SyncEntity entity, Id localId);
    Status resolveIssue(Id issueId);
    QList<SyncIssue> openIssues() const;

private:
    Database &m_db;
};

} // namespace billhook
