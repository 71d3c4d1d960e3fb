#pragma once

#include "storage/syncstore.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

namespace billhook {

class Database;

// One change a run would make, as a dry run's plan shows it.
struct PlannedChange
{
    PlannedChange(QString planLine, bool asMatch = false, std::optional<PlannedMatch> planned = std::nullopt)
        : line(std::move(planLine))
        , shownAsMatch(asMatch)
        , match(std::move(planned))
    {}

    QString line;              // translated: one line of the text plan (empty: none)
    bool shownAsMatch = false; // `match`, or a PlannedMatch recorded with it, says the same in the preview
    std::optional<PlannedMatch> match;
};

using Plan = QList<PlannedChange>;
// The plan of a change, built only when a dry run records it (a real run never pays for its text).
using PlanOf = std::function<Plan()>;

// Where the steps' decisions go. The steps decide the same way in a real run and in a dry run, and hand each
// change to the writer: ApplyingWriter makes it (in the database or in Xero), PlanRecorder records what it
// would be in the summary's plan and makes nothing.
class SyncWriter
{
public:
    virtual ~SyncWriter() = default;
    // Makes the change (`apply`, which may be empty) or records `plan` (which may be empty); answers what
    // `apply` answered.
    virtual Status write(const PlanOf &plan, const std::function<Status()> &apply) = 0;
    // Whether changes are made: the batch sender sends a batch, or plans each of its records.
    virtual bool applies() const = 0;
};

class ApplyingWriter final : public SyncWriter
{
public:
    Status write(const PlanOf &, const std::function<Status()> &apply) override
    {
        return apply ? apply() : Status();
    }
    bool applies() const override { return true; }
};

class PlanRecorder final : public SyncWriter
{
public:
    explicit PlanRecorder(SyncSummary &summary)
        : m_summary(summary)
    {}
    Status write(const PlanOf &plan, const std::function<Status()> &apply) override;
    bool applies() const override { return false; }

private:
    SyncSummary &m_summary;
};

// What every step of one sync run shares: where it writes, how it calls Xero, what the run has done so far
// (the summary) and what it learnt on the way that later steps need. Internal to the sync engine: the
// record kinds (sync/kinds/*), the pager and the batch sender work on it.
class SyncContext
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine) // the engine's messages, under the engine's name for translators
public:
    SyncContext(Database &db, SyncEngine::Send send, QString tenantId, SyncOptions options, Clock &clock);

    Database &db;
    SyncEngine::Send send;
    QString tenant;
    SyncOptions options;
    Clock &clock;
    std::function<void(const SyncProgress &)> progress;
    bool dryRun = false;    // read by SyncEngine::run() only, to choose the writer
    bool automatic = false; // SyncEngine::setAutomatic
    // Applies or plans every change of the run (chosen once, by SyncEngine::run()).
    std::unique_ptr<SyncWriter> writer;
    int pageSize = 1000; // the largest page Xero allows
    std::atomic<bool> cancelled{false};
    SyncSummary summary;
    bool failed = false;

    // Reference data (ReferenceSync), for the invoices.
    QString baseCurrency;
    QSet<QString> currencies;
    QHash<QString, Percent> revenueTaxTypes; // TaxType -> effective rate
    QHash<QString, QString> localTaxCodeFor; // TaxType -> Billhook tax code (from the user's mapping)
    // A hash of the organisation's settings as last read (organisation, lock dates, currencies, accounts,
    // tax rates, items): a record Xero refused is sent again when they change (BatchSender).
    QString referenceStamp;
    // Dry run: customers this run would have created in Xero, so their invoices plan to follow them.
    QSet<Id> plannedCustomers;
    // Entities whose watermark must not move this run (a record could not be applied).
    QSet<SyncEntity> holdWatermark;
    // The problems raised this run (entity, record, kind, reason): one that is raised again (a contact
    // weighed on the pull, then read again by id) is counted once.
    QSet<QString> raised;

    // One request to Xero, counted; none once the run is cancelled.
    QCoro::Task<XeroResponse> call(XeroRequest request);
    void report(SyncProgress::Phase phase, const QString &text, int done = 0, int total = 0);
    // The run stops; the first error is the one reported.
    void fail(const Error &error);
    // A problem with one record, for the user (a dry run plans it instead).
    // `planned`: how a dry run's preview groups it (default: a line of its own).
    Status raise(SyncEntity entity, Id localId, SyncIssueKind kind, const QString &xeroMessage,
                 const QString &explanation, const QString &remedy, const QJsonObject &detail = {},
                 const std::optional<PlannedMatch> &planned = std::nullopt);
    // Makes the change or plans it (the run's writer).
    Status write(const PlanOf &plan, const std::function<Status()> &apply)
    {
        return writer->write(plan, apply);
    }
};

// Helpers the record kinds share.
namespace syncutil {

// The records of one collection ("Contacts", "Invoices"...) in a successful answer, read with exact decimals;
// none when the call failed.
QList<QJsonObject> recordsIn(const XeroResponse &r, const QString &collection);
QString hashOf(const QByteArray &bytes);
// What identifies an invoice Billhook created in Xero by content: its contact, number, dates, currency, tax
// mode and lines, from its fields (xeromap::invoiceFields of the local invoice as sent, or
// xeromap::remoteInvoiceFields of Xero's record). Equal only when Xero holds what was sent.
QString invoiceFingerprint(const QJsonObject &fields);
// The same for a contact: its name and email address (ignoring case and outer spaces) and contact number,
// from the local customer as sent or from Xero's record (contactFingerprintOf).
QString contactFingerprint(const QString &name, const QString &email, const QString &number);
QString contactFingerprintOf(const QJsonObject &xeroContact);
QJsonArray conflictsJson(const QList<FieldConflict> &conflicts);
// In a link's base: the fields whose Xero change the user's options hold back (comma-separated).
inline constexpr char kHeldBackKey[] = "_heldBack";
// The merge base after a merge: fields equal on both sides and fields taken from Xero are agreed now; the
// fields held back are marked (kHeldBackKey).
QJsonObject newBase(const QJsonObject &oldBase, const MergeResult &m, const QJsonObject &local,
                    const QJsonObject &remote);
QString fieldNames(const QList<FieldConflict> &conflicts);
QStringList changedFields(const QJsonObject &base, const QJsonObject &local, const QSet<QString> &excluded);
// The user's options applied to a merge: Xero's changes are taken only while Xero edits are accepted, and
// the default for conflicts (ask, keep mine, keep Xero's) never takes Xero's value while they are not (the
// conflict stays for the user to settle).
void settleMerge(MergeResult &m, const SyncOptions &options);

} // namespace syncutil

} // namespace billhook
