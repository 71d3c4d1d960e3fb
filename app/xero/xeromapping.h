#pragma once

#include "core/entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace billhook {

// JSON as Xero writes and reads it, without a double ever holding an amount.
//
// Reading: Xero's amounts are JSON numbers, and QJsonValue would turn them into doubles. parseExact()
// rewrites every bare number in the raw body as a string before parsing, so "123.45" reaches us as text
// and decimalUnits() turns it into integer units exactly.
// Writing: decimal() puts an exact decimal into a QJsonObject as a marked string; rawBody() writes the
// document with those as bare JSON numbers ("UnitAmount": 12.3456), stringBody() with them as strings.
namespace xerojson {

QJsonDocument parseExact(const QByteArray &raw);
// The numbers of `raw` (outside strings) as strings; everything else unchanged.
QByteArray quoteNumbers(const QByteArray &raw);
// A JSON number or numeric string to units of 10^-dp, exactly; nullopt when it is neither, has more
// decimals than dp (other than trailing zeros) or is too large.
std::optional<qint64> decimalUnits(const QJsonValue &value, int dp);

QJsonValue decimal(qint64 units, int dp);
QByteArray rawBody(const QJsonObject &object);
QJsonDocument stringBody(const QJsonObject &object);

// /Date(1551399321043+0000)/ (offsets applied) to UTC; invalid when it is not one.
QDateTime parseMsDate(const QString &text);
// The same to the exact text we keep: ISO 8601 UTC with milliseconds ("2019-02-28T23:55:21.043Z").
QString updatedUtc(const QJsonObject &record);
// A calendar date from /Date(ms+zzzz)/ or yyyy-MM-dd[T...].
QDate parseDate(const QJsonValue &value);

} // namespace xerojson

// The fields the sync merges, in one canonical form for both sides: strings only, as they would be after a
// round trip through Xero. Comparing a local record's fields with a Xero record's fields, and each with
// the stored base, is the whole of the three-way merge.
namespace xeromap {

// ---- Customers <-> Contacts ----
// name, email, phone, mobile, address, contactPerson, archived ("1"/"0")
QJsonObject customerFields(const Customer &c);
QJsonObject contactFields(const QJsonObject &contact);
// Writes merged fields back into a customer.
void applyCustomerFields(Customer &c, const QJsonObject &fields);
// The Contact to send: ContactID (when known) or ContactNumber, and only the fields named in `changed`
// (all of them for a new contact).
QJsonObject contactPayload(const Customer &c, const QString &contactId, const QStringList &changed);

// ---- Invoices <-> ACCREC Invoices ----
struct InvoiceContext
{
    QString contactId;         // the invoice customer's Xero ContactID
    QString contactUpdatedUtc; // that contact's UpdatedDateUTC as Xero last sent it
    bool sendApprovedAsDraft = false;
    QString defaultAccountCode; // for lines without their own
    // Billhook tax code (or "" + rate) -> Xero TaxType; empty when unmapped.
    std::function<QString(const InvoiceLine &)> taxTypeFor;
};
QString xeroInvoiceStatus(InvoiceStatus s, bool sendApprovedAsDraft);
// contact, number, reference, date, dueDate, currency, taxMode, status, lines (compact JSON text)
QJsonObject invoiceFields(const Invoice &inv, const InvoiceContext &ctx);
QJsonObject remoteInvoiceFields(const QJsonObject &invoice);

// What Xero computed, read exactly.
struct XeroInvoiceFigures
{
    Money subtotal, totalTax, total, amountDue, amountPaid;
    QList<Money> lineAmounts, lineTaxes;
    QStringList lineItemIds;
    bool ok = false;
};
XeroInvoiceFigures invoiceFigures(const QJsonObject &invoice);
// The local status for a Xero invoice (part-paid when something is paid but not all).
InvoiceStatus localInvoiceStatus(const QString &xeroStatus, Money amountPaid, InvoiceStatus current);
// The lines of a fields object, as local lines (tax code and rate through `taxFor`).
struct LocalTax
{
    QString code;
    Percent rate;
};
QList<InvoiceLine> linesFromFields(const QJsonObject &fields,
                                   const std::function<LocalTax(const QString &taxType)> &taxFor);

// The Invoice to send: InvoiceID (when known) and InvoiceNumber, Type, and the fields named in `changed`
// (all for a new invoice). LineItems carry Quantity and UnitAmount at 4 dp (send with unitdp=4).
QJsonObject invoicePayload(const Invoice &inv, const QJsonObject &fields, const QString &invoiceId,
                           const QStringList &changed, const QStringList &lineItemIds);

// ---- Payments ----
QJsonObject paymentPayload(const Payment &p, const QString &invoiceId, const QString &bankAccountCode,
                           const QString &bankAccountId);
struct XeroPayment
{
    QString paymentId;
    QString invoiceId;
    QDate date;
    Money amount;
    QString reference;
    QString status;
    QString updatedUtc;
    bool ok = false;
};
XeroPayment readPayment(const QJsonObject &payment);

} // namespace xeromap

} // namespace billhook
