#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace billhook {

// An invoice's life, mirroring Xero's: Draft -> Approved (AUTHORISED; number fixed) -> Part-paid -> Paid;
// Draft -> Deleted; Approved with no payments -> Voided. Paid, Voided and Deleted are final for the user.
enum class InvoiceStatus
{
    Draft,
    Approved,
    PartPaid,
    Paid,
    Voided,
    Deleted
};

// What moves an invoice from one status to another.
enum class InvoiceAction
{
    Approve,       // the user approves a draft
    Delete,        // the user deletes a draft
    Void,          // the user voids an approved invoice that has no payments
    PayPart,       // a payment that leaves an amount due
    PayInFull,     // a payment that settles the invoice
    RemovePayment, // a payment was removed (in Xero): back to part-paid or approved
    RemoveLastPayment,
};

class InvoiceStatusRules
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceStatusRules)
public:
    struct Transition
    {
        InvoiceStatus from;
        InvoiceAction action;
        InvoiceStatus to;
    };
    // The whole table of allowed transitions; anything not in it is refused.
    static const QList<Transition> &table();

    // The status after `action`, or an Error saying why it is not allowed and what to do instead.
    static Result<InvoiceStatus> apply(InvoiceStatus from, InvoiceAction action);

    static bool isFinal(InvoiceStatus s)
    {
        return s == InvoiceStatus::Paid || s == InvoiceStatus::Voided || s == InvoiceStatus::Deleted;
    }
    // Lines, dates, customer and amounts can change only while nothing is allocated to the invoice:
    // Xero refuses edits to invoices with payments, and to paid, voided or deleted ones.
    static bool isEditable(InvoiceStatus s)
    {
        return s == InvoiceStatus::Draft || s == InvoiceStatus::Approved;
    }
    // The invoice number is fixed once the invoice is approved.
    static bool isNumberEditable(InvoiceStatus s) { return s == InvoiceStatus::Draft; }
    // Why an invoice cannot be edited, and what to do instead (empty when it can).
    static QString lockedReason(InvoiceStatus s);
};

QString invoiceStatusKey(InvoiceStatus s); // draft|approved|part_paid|paid|voided|deleted
std::optional<InvoiceStatus> invoiceStatusFromKey(const QString &key);
QString invoiceStatusDisplayName(InvoiceStatus s); // translated
// The status as a word inside a sentence ("Invoice INV-7 is paid in Xero"): translated, lower case.
QString invoiceStatusInSentence(InvoiceStatus s);
QString invoiceActionDisplayName(InvoiceAction a); // translated

} // namespace billhook
