#pragma once

#include "storage/syncstore.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <atomic>

namespace billhook {

class Database;

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
    bool dryRun = false;
    int pageSize = 1000; // the largest page Xero allows
    std::atomic<bool> cancelled{false};
    SyncSummary summary;
    bool failed = false;

    // Reference data (ReferenceSync), for the invoices.
    QString baseCurrency;
    QSet<QString> currencies;
    QHash<QString, Percent> revenueTaxTypes; // TaxType -> effective rate
    QHash<QString, QString> localTaxCodeFor; // TaxType -> Billhook tax code (from the user's mapping)
    // Dry run: customers this run would have created in Xero, so their invoices plan to follow them.
    QSet<Id> plannedCustomers;
    // Entities whose watermark must not move this run (a record could not be applied).
    QSet<SyncEntity> holdWatermark;

    // One request to Xero, counted; none once the run is cancelled.
    QCoro::Task<XeroResponse> call(XeroRequest request);
    void report(SyncProgress::Phase phase, const QString &text, int done = 0, int total = 0);
    // The run stops; the first error is the one reported.
    void fail(const Error &error);
    // A problem with one record, for the user (a dry run plans it instead).
    Status raise(SyncEntity entity, Id localId, const QString &kind, const QString &xeroMessage,
                 const QString &explanation, const QString &remedy, const QJsonObject &detail = {});
    // Dry run: one line of the text plan; `shownAsMatch` when a PlannedMatch in the summary says the same.
    void plan(const QString &line, bool shownAsMatch = false);
};

// Helpers the record kinds share.
namespace syncutil {

// The records of one collection ("Contacts", "Invoices"...) in a successful answer, read with exact decimals;
// none when the call failed.
QList<QJsonObject> recordsIn(const XeroResponse &r, const QString &collection);
QString hashOf(const QByteArray &bytes);
QJsonArray conflictsJson(const QList<FieldConflict> &conflicts);
// The merge base after a merge: fields equal on both sides and fields taken from Xero are agreed now.
QJsonObject newBase(const QJsonObject &oldBase, const MergeResult &m, const QJsonObject &local,
                    const QJsonObject &remote);
QString fieldNames(const QList<FieldConflict> &conflicts);
QStringList changedFields(const QJsonObject &base, const QJsonObject &local, const QSet<QString> &excluded);
// The user's default for conflicts (ask, keep mine, keep Xero's) applied to a merge.
void applyConflictDefault(MergeResult &m, SyncOptions::ConflictDefault conflictDefault);

} // namespace syncutil

} // namespace billhook
