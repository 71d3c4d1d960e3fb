#pragma once

#include "core/entities.h"
#include "database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace billhook {

enum class SyncEntity
{
    Customer,
    Invoice,
    Payment
};
QString syncEntityKey(SyncEntity e);  // customer | invoice | payment
QString syncEntityNoun(SyncEntity e); // the same, translated, for messages ("invoice 12")

// What a local edit asks of Xero (stored in outbox.op by its key).
enum class OutboxOp
{
    Upsert,
    Void,
    Delete,
    Archive
};
QString outboxOpKey(OutboxOp op); // upsert | void | delete | archive
std::optional<OutboxOp> outboxOpFromKey(const QString &key);

// What a sync problem is (stored in sync_issues.kind by its key).
enum class SyncIssueKind
{
    Error,   // Xero refused the record, or the record cannot go as it is
    Conflict // changed on both sides, differently: the user decides
};
QString syncIssueKindKey(SyncIssueKind kind); // error | conflict
std::optional<SyncIssueKind> syncIssueKindFromKey(const QString &key);

// How a run ended (stored in sync_runs.result by its key, and so shown by `sync --json` and `sync log`).
enum class SyncResult
{
    Running,  // started, not finished (or the process stopped)
    Clean,    // both sides equal
    Issues,   // finished; some records need the user
    HeldBack, // finished; equal but for differences the user's own options hold back (SyncRun::heldBack)
    Failed,   // the run stopped: auth, network, limits, database
    Cancelled // stopped by the user; what it finished is kept
};
QString syncResultKey(SyncResult result); // running | clean | issues | held_back | failed | cancelled
std::optional<SyncResult> syncResultFromKey(const QString &key);

struct OutboxEntry
{
    Id id = 0;
    SyncEntity entity = SyncEntity::Customer;
    Id localId = 0;
    OutboxOp op = OutboxOp::Upsert;
    int localVersion = 0;
    QString idempotencyKey;
    QString payloadHash;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    // Set when Xero refused the record: what it was sent with and depended on (see BatchSender). Equal
    // again means nothing that could change Xero's answer has changed, so it is not sent.
    QString refusedKey;
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
    SyncIssueKind kind = SyncIssueKind::Error;
    QString xeroMessage;
    QString explanation;
    QString remedy;
    QJsonObject detail;
    QDateTime createdAt;
    QDateTime resolvedAt;
};

// Where one record stands with Xero, for the lists and editors. Listed from least to most urgent.
enum class RecordSyncState
{
    NotInXero, // never sent and nothing waiting (e.g. created before the outbox existed)
    Synced,    // linked to a Xero record, nothing waiting
    Pending,   // a local change waits in the outbox
    Problem,   // Xero refused the last attempt; an open issue says why
    Conflict,  // changed on both sides; the user decides
};

// An invoice the Xero organisation holds, as far as its number goes: what a collision tells the user.
struct XeroInvoiceNumber
{
    QString xeroId;
    QString number;
    QString contactName;
    QString currency;
    Money total;
    Money amountPaid;
    QString status;    // Xero's: DRAFT, AUTHORISED, PAID, VOIDED...
    QString contactId; // Xero's ContactID
    // Wanted here (Xero's invoices are imported) but its contact is not linked yet: it is read again by id
    // once the contact is (imported, or linked by the user's decision), whatever its time of change.
    bool awaitingContact = false;
};

struct SyncRun
{
    Id id = 0;
    QString tenantId;
    QDateTime startedAt;
    QDateTime finishedAt;
    SyncResult result = SyncResult::Running;
    int pulled = 0;
    int pushed = 0;
    int failed = 0;     // what this run met itself
    int openIssues = 0; // every problem open when it finished, this run's and older ones
    int heldBack = 0;   // records that differ only by what the user's options hold back, when it finished
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
    Status enqueue(SyncEntity entity, Id localId, OutboxOp op, int localVersion);
    QList<OutboxEntry> outbox(std::optional<SyncEntity> entity = std::nullopt) const;
    Status removeFromOutbox(Id outboxId);
    // Removes an outbox row only if no newer local edit arrived since `version` was read.
    Result<bool> removeFromOutboxIfVersion(Id outboxId, int version);
    // Removes the record's pending row, whatever its version (Xero will not take it, or already has it).
    Status removeFromOutboxFor(SyncEntity entity, Id localId);
    // Xero refused this row's record; `key` says what with (empty: forget it, so it is sent again).
    Status markRefused(Id outboxId, const QString &key);
    // The user's "Try again" on a refused record's problem: it is sent on the next sync.
    Status forgetRefusal(SyncEntity entity, Id localId);
    // The record has a change waiting that Xero refused, held until something changes or the user asks.
    bool refusedAndWaiting(SyncEntity entity, Id localId) const;
    Status recordAttempt(Id outboxId, const QString &idempotencyKey, const QString &payloadHash,
                         const QString &error, const QDateTime &nextAttemptAt);

    std::optional<XeroLink> link(SyncEntity entity, Id localId, const QString &tenantId) const;
    std::optional<XeroLink> linkByXeroId(SyncEntity entity, const QString &xeroId,
                                         const QString &tenantId) const;
    // The links of many Xero ids at once (one query per 500 ids), keyed by Xero id; ids without a link are
    // absent. For a page of pulled records, instead of one linkByXeroId() per record.
    QHash<QString, XeroLink> linksByXeroIds(SyncEntity entity, const QStringList &xeroIds,
                                            const QString &tenantId) const;
    Status saveLink(const XeroLink &link);

    QString watermark(const QString &tenantId, SyncEntity entity) const;
    Status setWatermark(const QString &tenantId, SyncEntity entity, const QString &watermark);
    // The next pull of `entity` reads everything Xero has, in every organisation (records already applied
    // are skipped by their time of change).
    Status forgetWatermarks(SyncEntity entity);
    // Linked records with Xero changes the user's options hold back (marked "_heldBack" in their base).
    int heldBackCount(const QString &tenantId) const;
    // Xero edits are accepted again: the held-back records are read again by id on the next sync (as links
    // not read yet), whatever their time of change, and their changes go through.
    Status rereadHeldBack();

    Result<Id> startRun(const QString &tenantId);
    Status finishRun(const SyncRun &run);
    QList<SyncRun> runs(int limit = 50) const;

    Result<Id> raiseIssue(const SyncIssue &issue);
    Status resolveIssuesFor(SyncEntity entity, Id localId);
    // The record's open errors only (its conflicts wait for the user).
    Status resolveErrorsFor(SyncEntity entity, Id localId);
    Status resolveIssue(Id issueId);
    QList<SyncIssue> openIssues() const;
    QList<SyncIssue> openIssuesFor(SyncEntity entity, Id localId) const;
    std::optional<SyncIssue> openIssue(Id issueId) const;
    // Every issue raised during one run, resolved or not: the run's detail in the history.
    QList<SyncIssue> issuesOfRun(Id runId) const;

    // The sync state of each record in `localIds`, in one query (a list asks once per page, not per row).
    // A record with an open conflict is Conflict, else with an open error Problem, else with an outbox row
    // Pending, else Synced when linked to Xero, else NotInXero.
    QHash<Id, RecordSyncState> recordStates(SyncEntity entity, const QList<Id> &localIds) const;
    RecordSyncState recordState(SyncEntity entity, Id localId) const;
    // The link of a record to any organisation (the app links one at a time).
    std::optional<XeroLink> anyLink(SyncEntity entity, Id localId) const;

    // For the sync engine.
    // The record was sent to Xero once without its answer being stored (its row holds that Idempotency-Key).
    bool sentBefore(SyncEntity entity, Id localId) const;
    // The payment was removed here and its deletion in Xero is queued.
    bool removalPending(Id paymentId) const;
    // The Idempotency-Key and payload hash of the record's pending row (empty when there is none).
    std::pair<QString, QString> pendingAttempt(SyncEntity entity, Id localId) const;
    // The fields of the record's open conflicts: their values wait for the user.
    QSet<QString> openConflictFields(SyncEntity entity, Id localId) const;
    // A customer that a Xero contact might be (waiting for the user's decision) is held back from being
    // created in Xero: an open ambiguous-match or contact-candidate issue, or a pending candidate row.
    bool heldBackAsAmbiguous(SyncEntity entity, Id localId) const;
    // The local customers as the first sync matches them to Xero's contacts: keys in lower case, and
    // whether each is linked to a contact of `tenantId` already.
    struct CustomerKeys
    {
        Id id = 0;
        QString contactNumber;
        QString emailLower;
        QString nameLower;
        QString phone;
        QString mobile;
        bool archived = false;
        bool linked = false;
    };
    QList<CustomerKeys> customerKeys(const QString &tenantId) const;
    // What the invoice's local payments change in what Xero says is paid: plus the live ones not linked to a
    // payment of `tenantId` (not sent yet), minus the linked ones removed here whose deletion waits for Xero.
    Money paymentsNotInXeroYet(Id invoiceId, const QString &tenantId) const;
    // The first live local payment of the invoice with this amount and date not linked to `tenantId`.
    std::optional<Id> unlinkedPayment(Id invoiceId, Money amount, QDate date, const QString &tenantId) const;

    // Organisations with history.
    // What an outbox row sent when it created a record in Xero: one fingerprint per attempt, kept until the
    // row goes, so a record whose answer was lost is recognised by content (never by number alone).
    Status addSentFingerprint(Id outboxId, const QString &fingerprint);
    QStringList sentFingerprints(SyncEntity entity, Id localId) const;
    // Every fingerprint of every pending row of `entity` -> its local record.
    QHash<QString, Id> sentFingerprintIndex(SyncEntity entity) const;
    // The invoice numbers the organisation holds, learnt on every pull.
    Status rememberXeroInvoice(const QString &tenantId, const XeroInvoiceNumber &invoice);
    // The unlinked Xero invoices that wait for their contact (awaitingContact) whose contact is now linked.
    QStringList invoicesNoLongerAwaitingContact(const QString &tenantId) const;
    // The Xero invoice holding `number` in `tenantId` that no local invoice is linked to.
    std::optional<XeroInvoiceNumber> unlinkedXeroInvoiceNumbered(const QString &tenantId,
                                                                 const QString &number) const;
    // The organisation that holds the Xero invoice (from the numbers learnt); empty when unknown.
    QString tenantOfXeroInvoice(const QString &xeroId) const;
    // The Xero ids of links whose Xero record was never read here (linked by the user's choice).
    QStringList unreadLinks(SyncEntity entity, const QString &tenantId) const;

    // Xero contacts waiting for the user's decision (xero_contact_candidates).
    // Replaces the contact's pending candidates with `customers` (none: it is settled); answers the
    // customers that were pending before and no longer are.
    Result<QList<Id>> setContactCandidates(const QString &tenantId, const QString &xeroId,
                                           const QList<Id> &customers);
    QList<Id> contactCandidates(const QString &tenantId, const QString &xeroId) const;
    // The user said the customer is not this Xero contact: it is never proposed for it again.
    Status declareDifferent(const QString &tenantId, const QString &xeroId, Id customerId);
    QSet<Id> declaredDifferent(const QString &tenantId, const QString &xeroId) const;
    // The Xero contacts to read again by id: linked by the user's choice but never read, or not yet
    // linked and with a candidate row (pending, or a "different" that may now let it be imported).
    QStringList contactsToReread(const QString &tenantId) const;
    // Resolves the customer's open ambiguous-match and contact-candidate issues about this Xero contact.
    Status resolveCandidateIssues(Id customerId, const QString &xeroId);

private:
    Status resolveOpen(SyncEntity entity, Id localId, bool errorsOnly);
    // The customers in xero_contact_candidates for one Xero contact in `state` (pending | different).
    QList<Id> candidatesIn(const QString &tenantId, const QString &xeroId, const QString &state) const;

    Database &m_db;
};

} // namespace billhook
