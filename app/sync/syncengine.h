#pragma once

#include "core/entities.h"
#include "merge.h"
#include "storage/syncstore.h"
#include "syncoptions.h"
#include "syncreport.h"
#include "xero/xeroclient.h"
#include "xero/xeromapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrlQuery>
#include <qcoro/qcorotask.h>

#include <atomic>
#include <functional>

namespace billhook {

class Database;

// One sync run between a local database and one Xero organisation (see docs/sync.md for the algorithm):
//   1. reference data (organisation, currencies, accounts, tax rates, items), refreshed once a day;
//   2. pull contacts, invoices, payments changed since the watermark (page by page, one transaction each;
//      the watermark moves with the last page), merging each record three ways against the stored base;
//   3. push the outbox: contacts, invoices, payments, in batches of up to 50 with one Idempotency-Key per
//      batch stored before sending; results matched by ContactNumber / InvoiceNumber, never by position;
//   4. record the run.
// A dry run reads from Xero, computes the same plan and writes nothing anywhere.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    // How the engine talks to Xero: XeroClient::send in the app, anything with the same contract in tests.
    using Send = std::function<QCoro::Task<XeroResponse>(XeroRequest)>;

    SyncEngine(Database &db, Send send, QString tenantId, SyncOptions options,
               Clock &clock = Clock::system());
    ~SyncEngine();
    SyncEngine(const SyncEngine &) = delete;
    SyncEngine &operator=(const SyncEngine &) = delete;

    // Called as the run moves on (from the thread running it).
    void setProgressHandler(std::function<void(const SyncProgress &)> handler)
    {
        m_progress = std::move(handler);
    }

    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // Largest page Xero allows (1000); tests use smaller pages to exercise paging.
    void setPageSize(int size) { m_pageSize = size; }
    // Requests stop between calls; the run ends "cancelled" with everything done so far kept.
    void cancel() { m_cancelled = true; }

    QCoro::Task<SyncSummary> run();

    // Settles an open conflict issue: "mine" re-queues the local values for Xero, "xero" writes Xero's
    // values locally (both take effect on the next run, which re-reads the record from Xero).
    static Status resolveConflict(Database &db, Id issueId, bool keepMine);
    // The one-line summary of a run (stored as the run's detail): each count with its own plural form.
    static QString runSummary(int pulled, int sent, int problems, int calls);

private:
    struct Batch;
    struct Context;

    QCoro::Task<bool> pullReference();
    QCoro::Task<bool> pull(SyncEntity entity);
    QCoro::Task<bool> pushCustomers();
    QCoro::Task<bool> pushInvoices();
    QCoro::Task<bool> pushPayments();
    QCoro::Task<XeroResponse> call(XeroRequest request);

    struct BatchSpec
    {
        SyncEntity entity;
        SyncProgress::Phase phase;
        QByteArray method;
        QString path;
        QString collection;
        QUrlQuery query;
        QString what; // "contacts", translated
        std::function<QString(const QJsonObject &result)> matchOf;
        std::function<Status(const Batch &batch, int index, const QJsonObject &result)> onOk;
        // Looks elements of a batch whose answer was lost up in Xero (by number); answers what it found.
        std::function<QCoro::Task<QList<QJsonObject>>(const Batch &batch)> lookup;
    };
    QCoro::Task<bool> sendBatches(const BatchSpec &spec, QList<Batch> batches);
    Status recordError(const BatchSpec &spec, const Batch &batch, int index, const QStringList &messages);

    Status applyContact(const QJsonObject &contact);
    Status applyInvoice(const QJsonObject &invoice);
    Status applyPayment(const QJsonObject &payment);

    QString taxTypeFor(const InvoiceLine &line);
    xeromap::LocalTax localTaxFor(const QString &taxType);
    xeromap::InvoiceContext invoiceContext(const Invoice &invoice);
    std::optional<Id> customerForContact(const QString &contactId);
    // Reads the links of a page of pulled invoices and of their contacts at once; an empty page forgets them.
    void prefetchInvoiceLinks(const QJsonArray &records);

    void report(SyncProgress::Phase phase, const QString &text, int done = 0, int total = 0);
    void fail(const Error &error);
    Status raise(SyncEntity entity, Id localId, const QString &kind, const QString &xeroMessage,
                 const QString &explanation, const QString &remedy, const QJsonObject &detail = {});
    // Dry run: one line of the text plan; `shownAsMatch` when a PlannedMatch in the summary says the same.
    void plan(const QString &line, bool shownAsMatch = false);

    Database &m_db;
    Send m_send;
    std::function<void(const SyncProgress &)> m_progress;
    QString m_tenant;
    SyncOptions m_options;
    Clock &m_clock;
    std::unique_ptr<Context> m_ctx;
    bool m_dryRun = false;
    int m_pageSize = 1000;
    std::atomic<bool> m_cancelled{false};
    SyncSummary m_summary;
    bool m_failed = false;
};

} // namespace billhook
