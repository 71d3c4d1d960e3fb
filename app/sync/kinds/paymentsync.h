#pragma once

#include "sync/pager.h"
#include "sync/synccontext.h"

namespace billhook {

// Payments on the invoices Billhook holds: pulled (a deleted one is marked deleted; one Billhook sent whose
// answer was lost is linked, never added twice), and local payments pushed, one per invoice per batch.
// Payments removed here are deleted in Xero first (pushRemovals, before any invoice is sent, so an invoice
// Xero unlocks can then change); a deletion Xero refuses brings the payment back with a problem.
class PaymentSync
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    explicit PaymentSync(SyncContext &ctx)
        : m_ctx(ctx)
    {}

    QCoro::Task<bool> pull();
    // Every payment of these Xero invoices, whatever its time of change (e.g. invoices imported once their
    // contact was linked, whose payments the pull had passed over).
    QCoro::Task<bool> pullFor(const QStringList &invoiceXeroIds);
    // The sales invoices of pulled payments that Billhook does not hold (with Xero's invoices wanted): the
    // sync fetches them (taken once).
    QStringList takeInvoicesToFetch();
    QCoro::Task<bool> push();
    QCoro::Task<bool> pushRemovals();
    // The Xero invoices whose payments Xero deleted at Billhook's request in this run (settled by the push or
    // seen by the pull): read again, so their amount paid and status are Xero's.
    QStringList invoicesToReread() const { return QStringList(m_removedOn.begin(), m_removedOn.end()); }

private:
    PullSpec pullSpec();
    Status apply(const QJsonObject &payment);
    // Settles a removal Xero has done: the link records the deletion, the outbox row goes, problems close.
    Status removalDone(const OutboxEntry &row, const QString &updatedUtc);
    Status removalRefused(const OutboxEntry &row, const Payment &payment, const QStringList &messages);
    // Xero's own view of a payment (GET Payments/{id}): its status, empty when the answer did not come.
    QCoro::Task<QString> xeroStatusOf(const QString &paymentId, QString *updatedUtc);

    SyncContext &m_ctx;
    QSet<QString> m_removedOn;
    QSet<QString> m_invoicesToFetch;
};

} // namespace billhook
