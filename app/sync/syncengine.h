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

class ContactSync;
class InvoiceSync;
class PaymentSync;
class ReferenceSync;
class SyncContext;

// One sync run between a local database and one Xero organisation. run() is the recipe:
//   1. reference data (organisation, currencies, accounts, tax rates, items), refreshed once a day
//      (kinds/referencesync);
//   2. pull contacts, invoices, payments changed since the watermark (page by page, one transaction each;
//      the watermark moves with the last page: pager), merging each record three ways against the stored base
//      (kinds/contactsync, invoicesync, paymentsync);
//   3. push the outbox: contacts, invoices, payments, in batches of up to 50 with one Idempotency-Key per
//      batch stored before sending; results matched by ContactNumber / InvoiceNumber, never by position
//      (batchsender);
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
    void setProgressHandler(std::function<void(const SyncProgress &)> handler);

    void setDryRun(bool dryRun);
    // A run the automatic sync started (periodic, or after local edits), not the user's Sync now: kinds that
    // rarely change are read only when due (kSlowKindsEveryMs since they were last read) or needed
    // (contacts: a customer change waits to be sent, which is merged with Xero's first; payments: an invoice
    // read this run shows its payments changed, or a payment change waits). Invoices are read every run.
    // Nothing is missed: a kind not read keeps its watermark, and its next read takes everything since.
    void setAutomatic(bool automatic);
    static constexpr qint64 kSlowKindsEveryMs = 60 * 60 * 1000;
    // Largest page Xero allows (1000); tests use smaller pages to exercise paging.
    void setPageSize(int size);
    // Requests stop between calls; the run ends "cancelled" with everything done so far kept.
    void cancel();

    QCoro::Task<SyncSummary> run();

    // Settles an open conflict issue: "mine" re-queues the local values for Xero, "xero" writes Xero's
    // values locally (both take effect on the next run, which re-reads the record from Xero).
    static Status resolveConflict(Database &db, Id issueId, bool keepMine);
    // Settles an open number collision (an invoice whose number Xero holds for an invoice Billhook has not
    // linked). Renumber: the local invoice takes the next free number and goes to Xero as its own record
    // on the next sync. Link: the user says the two are the same invoice; the next sync reads Xero's and
    // shows any difference as a conflict. Answers a sentence saying what happened.
    // The same for a Xero contact that a customer might be (contact-candidate) or that several might be
    // (ambiguous-match): Link says this customer is that contact (the next sync reads it and shows any
    // difference as a conflict); Different says it is not (it is never proposed again, and the next sync
    // sends the customer to Xero and brings the contact here as a customer of its own).
    enum class CollisionChoice
    {
        Renumber,
        Link,
        Different
    };
    static Result<QString> resolveCollision(Database &db, Id issueId, CollisionChoice choice);
    // The user's "Try again" on a record Xero refused: it is sent on the next sync even though nothing
    // Billhook can see has changed (e.g. the accountant moved a lock date). Answers what happens next.
    static Result<QString> tryAgain(Database &db, Id issueId);
    // The one-line summary of a run (stored as the run's detail): each count with its own plural form.
    static QString runSummary(int pulled, int sent, int problems, int calls);
    // What a run (or the Xero page) says of the records that differ only by the user's options.
    static QString heldBackText(int records);

private:
    // The contacts of pulled invoices that Billhook does not know, fetched; the invoices that waited for
    // theirs, imported once it is linked.
    QCoro::Task<bool> completeInvoices();
    // Whether an automatic run reads this kind now (always true for other runs).
    bool due(SyncEntity entity) const;
    // Records that this kind was read in full now (for due()).
    void markRead(SyncEntity entity);
    static Result<QString> resolveContactCandidate(Database &db, const SyncIssue &issue,
                                                   CollisionChoice choice);

    std::unique_ptr<SyncContext> m_ctx;
    std::unique_ptr<ReferenceSync> m_reference;
    std::unique_ptr<ContactSync> m_contacts;
    std::unique_ptr<InvoiceSync> m_invoices;
    std::unique_ptr<PaymentSync> m_payments;
};

} // namespace billhook
