#include "invoicestatus.h"

namespace billhook {

using S = InvoiceStatus;
using A = InvoiceAction;

const QList<InvoiceStatusRules::Transition> &InvoiceStatusRules::table()
{
    static const QList<Transition> transitions = {
        {S::Draft, A::Approve, S::Approved},
        {S::Draft, A::Delete, S::Deleted},
        {S::Approved, A::Void, S::Voided},
        {S::Approved, A::PayPart, S::PartPaid},
        {S::Approved, A::PayInFull, S::Paid},
        {S::PartPaid, A::PayPart, S::PartPaid},
        {S::PartPaid, A::PayInFull, S::Paid},
        // A payment removed in Xero reopens the invoice (the only way out of Paid, and never the user's).
        {S::PartPaid, A::RemovePayment, S::PartPaid},
        {S::PartPaid, A::RemoveLastPayment, S::Approved},
        {S::Paid, A::RemovePayment, S::PartPaid},
        {S::Paid, A::RemoveLastPayment, S::Approved},
    };
    return transitions;
}

Result<InvoiceStatus> InvoiceStatusRules::apply(InvoiceStatus from, InvoiceAction action)
{
    for (const auto &t : table()) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    QString why;
    switch (action) {
    case A::Approve:
        why = tr("Only a draft can be approved.");
        break;
    case A::Delete:
        why = from == S::Approved || from == S::PartPaid
                  ? tr("Only a draft can be deleted; void an approved invoice instead.")
                  : tr("Only a draft can be deleted.");
        break;
    case A::Void:
        why = from == S::PartPaid || from == S::Paid
                  ? tr("An invoice with payments cannot be voided; remove the payments first, or raise a "
                       "credit note.")
                  : tr("Only an approved invoice can be voided.");
        break;
    case A::PayPart:
    case A::PayInFull:
        why = from == S::Draft ? tr("Approve the invoice before recording a payment.")
                               : tr("A payment can only be recorded against an approved invoice with an "
                                    "amount due.");
        break;
    case A::RemovePayment:
    case A::RemoveLastPayment:
        why = tr("This invoice has no payment to remove.");
        break;
    }
    return Error::make(Error::Code::Transition, tr("Cannot %1 an invoice that is %2. %3")
                                                    .arg(invoiceActionDisplayName(action),
                                                         invoiceStatusDisplayName(from).toLower(), why));
}

QString InvoiceStatusRules::lockedReason(InvoiceStatus s)
{
    switch (s) {
    case S::Draft:
    case S::Approved:
        return {};
    case S::PartPaid:
        return tr("This invoice has a payment recorded, so it can no longer be changed (Xero locks it too). "
                  "To correct it, raise a credit note or create a new invoice.");
    case S::Paid:
        return tr("This invoice is paid, so it can no longer be changed (Xero locks it too). To correct it, "
                  "raise a credit note or create a new invoice.");
    case S::Voided:
        return tr("This invoice is voided and cannot be changed. Duplicate it to bill the work again.");
    case S::Deleted:
        return tr("This invoice was deleted and cannot be changed.");
    }
    return {};
}

QString invoiceStatusKey(InvoiceStatus s)
{
    switch (s) {
    case S::Draft:
        return QStringLiteral("draft");
    case S::Approved:
        return QStringLiteral("approved");
    case S::PartPaid:
        return QStringLiteral("part_paid");
    case S::Paid:
        return QStringLiteral("paid");
    case S::Voided:
        return QStringLiteral("voided");
    case S::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromKey(const QString &key)
{
    for (auto s : {S::Draft, S::Approved, S::PartPaid, S::Paid, S::Voided, S::Deleted}) {
        if (invoiceStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString invoiceStatusDisplayName(InvoiceStatus s)
{
    switch (s) {
    case S::Draft:
        return InvoiceStatusRules::tr("Draft");
    case S::Approved:
        return InvoiceStatusRules::tr("Awaiting payment");
    case S::PartPaid:
        return InvoiceStatusRules::tr("Part paid");
    case S::Paid:
        return InvoiceStatusRules::tr("Paid");
    case S::Voided:
        return InvoiceStatusRules::tr("Voided");
    case S::Deleted:
        return InvoiceStatusRules::tr("Deleted");
    }
    return {};
}

QString invoiceStatusInSentence(InvoiceStatus s)
{
    switch (s) {
    case S::Draft:
        return InvoiceStatusRules::tr("draft", "invoice status inside a sentence");
    case S::Approved:
        return InvoiceStatusRules::tr("approved", "invoice status inside a sentence");
    case S::PartPaid:
        return InvoiceStatusRules::tr("part-paid", "invoice status inside a sentence");
    case S::Paid:
        return InvoiceStatusRules::tr("paid", "invoice status inside a sentence");
    case S::Voided:
        return InvoiceStatusRules::tr("voided", "invoice status inside a sentence");
    case S::Deleted:
        return InvoiceStatusRules::tr("deleted", "invoice status inside a sentence");
    }
    return {};
}

QString invoiceActionDisplayName(InvoiceAction a)
{
    switch (a) {
    case A::Approve:
        return InvoiceStatusRules::tr("approve");
    case A::Delete:
        return InvoiceStatusRules::tr("delete");
    case A::Void:
        return InvoiceStatusRules::tr("void");
    case A::PayPart:
    case A::PayInFull:
        return InvoiceStatusRules::tr("record a payment on");
    case A::RemovePayment:
    case A::RemoveLastPayment:
        return InvoiceStatusRules::tr("remove a payment from");
    }
    return {};
}

} // namespace billhook
