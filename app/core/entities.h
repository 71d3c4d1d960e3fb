#pragma once

#include "fixed.h"
#include "invoicestatus.h"
#include "tax.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace billhook {

// Local ids are SQLite row ids: small, fast to join and easy to type in the CLI. `uuid` is the record's
// identity that never changes, even across an export and re-import; the sync uses it for idempotency.
using Id = qint64;

struct Customer
{
    Id id = 0;
    QString uuid;
    QString name;
    QString contactPerson;
    QString email;
    QString phone;
    QString mobile;
    QString address;           // billing address, lines separated by '\n'
    QString contactNumber;     // stable and unique; matched against Xero's ContactNumber
    int paymentTermsDays = -1; // -1: use the business default
    QString notes;
    bool archived = false;
    int version = 0;
    QDateTime updatedAt;
};

struct InvoiceLine
{
    Id id = 0;
    int position = 0;
    QString description;
    Quantity quantity = Quantity::fromWhole(1);
    UnitPrice unitPrice;
    Percent discount;
    QString taxCode; // a local tax rate's code; empty when given as a bare percentage
    Percent
        taxRate; // the effective rate charged on this line (a snapshot: editing a rate later changes nothing)
    QString accountCode;
    QString itemCode;
    // Computed by TaxCalculator; after a sync, what Xero computed.
    Money lineAmount;
    Money taxAmount;
};

struct Payment
{
    Id id = 0;
    QString uuid;
    Id invoiceId = 0;
    QDate date;
    Money amount;
    QString reference;
    QString source = QStringLiteral("local"); // "local" or "xero"
    bool deleted = false;                     // removed (InvoiceStore::payment only)
    int version = 1;
};

struct Invoice
{
    Id id = 0;
    QString uuid;
    Id customerId = 0;
    QString customerName; // filled on read, for lists
    QString number;
    QString reference;
    QDate issueDate;
    QDate dueDate;
    QString currency = QStringLiteral("GBP");
    TaxMode taxMode = TaxMode::Exclusive;
    InvoiceStatus status = InvoiceStatus::Draft;
    QList<InvoiceLine> lines;
    QList<Payment> payments;
    Money subtotal;
    Money totalTax;
    Money total;
    Money amountPaid;
    int version = 0;
    QDateTime updatedAt;

    Money amountDue() const { return total - amountPaid; }
    bool isOverdue(QDate today) const
    {
        return (status == InvoiceStatus::Approved || status == InvoiceStatus::PartPaid) && dueDate < today;
    }
    // Recomputes every line's amount and tax and the totals, exactly as Xero does.
    void recalculate();
};

// A tax rate is either the user's own (added in Settings, the first-run assistant or the CLI) or one of the
// linked Xero organisation's (fromXero, read by the sync's reference pull: its code is Xero's TaxType). A
// user's rate is never changed in place once an invoice uses it: it is archived (active = false) and a new
// one added; its name may change.
struct TaxRate
{
    Id id = 0;
    QString code; // e.g. "VAT20"; unique
    QString name;
    Percent rate;        // the VAT rate; what a line is charged unless reverseCharge
    QString xeroTaxType; // filled from Xero (e.g. "OUTPUT2"), or by the user's mapping
    bool active = true;  // false: archived (or, from Xero, no longer ACTIVE there); offered for no new line
    // The UK domestic reverse charge (construction services): the customer accounts to HMRC for the VAT at
    // `rate`, so the line is charged no VAT and the invoice must carry HMRC's wording.
    bool reverseCharge = false;
    bool fromXero = false;

    // The rate a line with this tax rate is charged: 0 under the reverse charge.
    Percent chargedRate() const { return reverseCharge ? Percent() : rate; }
};

// A sales account invoice lines are coded to: the user's own (xeroId empty) or the linked organisation's.
// An account keeps one row per code: the sync's pull updates the user's account of the same code.
struct Account
{
    Id id = 0;
    QString code;
    QString name;
    QString type; // Xero's Type: REVENUE, BANK, SALES, ...
    QString xeroId;
    bool active = true; // false: archived
    bool paymentsEnabled = false;

    bool fromXero() const { return !xeroId.isEmpty(); }
};

struct Item
{
    Id id = 0;
    QString code;
    QString name;
    UnitPrice unitPrice;
    QString accountCode;
    QString taxCode;
    QString xeroId;
};

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static bool isValidEmail(const QString &email);
    static bool isValidCurrency(const QString &code);
    // Each returns the first problem found, naming the field, or success.
    static Status validate(const Customer &c);
    static Status validate(const Invoice &invoice);
    static Status validate(const Payment &payment);
};

} // namespace billhook
