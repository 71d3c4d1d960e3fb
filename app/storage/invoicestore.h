#pragma once

#include "core/entities.h"
#include "database.h"

#include <QList>

namespace billhook {

struct InvoiceFilter
{
    // The lists a tradesperson asks for; "Awaiting payment" is approved or part-paid.
    enum class Show
    {
        All,
        Draft,
        AwaitingPayment,
        Overdue,
        Paid,
        Voided,
        Unpaid,
        Open // not yet settled: drafts and invoices awaiting payment
    };
    Show show = Show::All;
    Id customerId = 0; // 0: every customer
    QString search;    // invoice number, reference or customer name
    QDate from;        // issue date range, inclusive; invalid = open
    QDate to;
    QDate today = QDate::currentDate();
    bool includeDeleted = false;
    int limit = 200;
    int offset = 0;
};

struct DashboardFigures
{
    QString currency;
    Money outstanding; // due on approved and part-paid invoices
    Money overdue;
    int overdueCount = 0;
    Money invoicedThisMonth;
    QList<Invoice> oldestOverdue; // up to ten, oldest due date first, without lines
};

// An invoice as the sync writes it from Xero: header and lines as merged, and (when `takeFigures`) Xero's
// amounts for the totals and each line, and Xero's line ids.
struct InvoiceFromXero
{
    struct Figures
    {
        Money subtotal, totalTax, total;
        QList<Money> lineAmounts, lineTaxes;
        QStringList lineItemIds;
    };
    Invoice invoice;
    Figures figures;
    bool takeFigures = true;
};

class InvoiceStore
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceStore)
public:
    explicit InvoiceStore(Database &db)
        : m_db(db)
    {}

    // A new draft. Numbers it from the numbering template when `number` is empty; totals are computed here,
    // never taken from the caller.
    Result<Id> add(Invoice invoice);
    // Edits an invoice that is still editable (draft, or approved with nothing paid); the number can change
    // only while it is a draft. `invoice.version` must match the stored version.
    Status update(Invoice invoice);
    // The next number of the numbering template that neither Billhook nor the connected Xero organisation
    // holds (takes it from the counter: call inside the transaction that uses it).
    Result<QString> nextFreeNumber(QDate issueDate);
    // Gives an invoice that never reached Xero the next free number (its number collides with one of
    // Xero's), whatever its status; queues it. Answers the new number.
    Result<QString> renumberUnsent(Id id);
    Status approve(Id id);
    Status voidInvoice(Id id);
    Status deleteDraft(Id id);
    Result<Id> duplicate(Id id, QDate issueDate = QDate::currentDate());
    // Records a payment (full or part) against an approved invoice; never more than the amount due.
    Result<Id> recordPayment(Id invoiceId, Payment payment);
    enum class PaymentRemoval
    {
        Removed,       // it never reached Xero: gone
        WaitingForXero // Xero has it (or may have it): the next sync deletes it there
    };
    // Removes a payment recorded by mistake, with the invoice's amount paid and status, in one transaction.
    // One that may be in Xero is queued for deletion there (outbox "delete"); if Xero refuses, the sync
    // brings it back (restorePayment) with a problem saying why.
    Result<PaymentRemoval> removePayment(Id paymentId);
    // A payment of the invoice was removed here and its deletion in Xero is still queued: the invoice stays
    // locked (Xero would refuse a change) until the sync has deleted it.
    bool paymentRemovalWaiting(Id invoiceId) const;

    Result<Invoice> get(Id id) const;
    Result<Invoice> findByNumber(const QString &number) const;
    // Invoices without their lines, newest first.
    QList<Invoice> list(const InvoiceFilter &filter = {}) const;
    int count(const InvoiceFilter &filter = {}) const;
    DashboardFigures dashboard(QDate today, const QString &currency) const;
    QList<Payment> payments(Id invoiceId) const;
    // One payment by its own id (deleted ones too), e.g. to open its invoice from a sync problem.
    Result<Payment> payment(Id paymentId) const;

    // The sync's writes of what Xero says, never queued back to Xero. A write checks the version, so an edit
    // the user saved meanwhile is never overwritten: it answers false, and the invoice is merged again on
    // the next run.
    Result<bool> writeFromXero(const InvoiceFromXero &in, int expectedVersion);
    // An invoice created in Xero (no outbox row).
    Result<Id> addFromXero(const InvoiceFromXero &in);
    // Xero's ids of the invoice's lines, in order (empty for a line Xero has not seen).
    QStringList xeroLineIds(Id invoiceId) const;
    // What Xero says is paid, plus local payments it does not have yet.
    Status setAmountPaidFromXero(Id invoiceId, Money amountPaid);
    // A payment recorded in Xero (source "xero", no outbox row).
    Result<Id> addPaymentFromXero(const Payment &payment);
    // A payment deleted in Xero.
    Status markPaymentDeletedFromXero(Id paymentId);
    // A removal Xero refused: the payment counts again, and the invoice's amount paid and status with it.
    Status restorePayment(Id paymentId);
    // One payment that is not deleted; NotFound otherwise.
    Result<Payment> livePayment(Id paymentId) const;

private:
    Status checkNoRemovalWaiting(const Invoice &invoice) const;
    Status checkCustomer(Id customerId, bool allowArchived = false) const;
    // Taken here, or (with `refuseXeroNumbers`) held in Xero by an invoice not linked here. An invoice
    // from Xero is checked without it: its number is its own.
    Status checkNumberFree(const QString &number, Id exceptId, bool refuseXeroNumbers = true) const;
    Status writeLines(Invoice &invoice, bool replace);
    Status transition(Id id, InvoiceAction action);
    // The lines as Xero has them, with its figures; `replace` removes the invoice's lines first.
    Status writeLinesFromXero(const InvoiceFromXero &in, Id invoiceId, bool replace);

    Database &m_db;
};

} // namespace billhook
