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

struct TaxRate
{
    Id id = 0;
    QString code; // e.g. "VAT20"; unique
    QString name;
    Percent rate;        // effective rate
    QString xeroTaxType; // filled from Xero (e.g. "OUTPUT2"), or by the user's mapping
    bool active = true;
};

struct Account
{
    Id id = 0;
    QString code;
    QString name;
    QString type; // Xero's Type: REVENUE, BANK, SALES, ...
    QString xeroId;
    bool active = true;
    bool paymentsEnabled = false;
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
