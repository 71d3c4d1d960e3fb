#include "messages.h"

#include <iterator>

namespace fakexero {

static const MessageInfo Table[] = {
    {Msg::ContactNameNotUnique,
     "The contact name %1 is already assigned to another contact. The contact name must be unique across all "
     "active contacts.",
     "xero_accounting.yaml L3963"},
    {Msg::ContactNumberNotUnique,
     "The contact number %1 is already assigned to another contact. The contact number must be unique across "
     "all contacts.",
     "support.databuzz.com.au/article/36 (xero-api-notes.md)"},
    {Msg::ContactIdentifierMissing,
     "The Contact must contain at least 1 of the following elements to identify the contact: Name, "
     "ContactID, "
     "ContactNumber",
     "xero_accounting.yaml L1602"},
    {Msg::ContactNotFound, "The contact with the supplied ContactID was not found.", "unverified"},
    {Msg::ContactArchived,
     "The contact %1 has been archived. Archived contacts cannot be used on new transactions.", "unverified"},
    {Msg::ContactGdpr, "The contact %1 has been redacted following a GDPR request and cannot be used.",
     "unverified"},
    {Msg::ContactNameRequired, "The contact name is required.", "unverified"},
    {Msg::ContactStatusInvalid, "The status %1 is not valid for contacts", "unverified (xero-api-notes.md)"},
    {Msg::InvoiceStatusInvalid, "Invoice not of valid status for modification", "xero-api-notes.md §3"},
    {Msg::InvoiceHasPayments,
     "This document cannot be edited as it has a payment or credit note allocated to it.", "unverified"},
    {Msg::InvoiceNumberNotUnique, "Invoice # must be unique.", "xero_accounting.yaml L8387"},
    {Msg::InvoiceNotFound, "Invoice could not be found", "unverified"},
    {Msg::InvoiceTypeUnsupported, "The fake supports ACCREC invoices only (got %1)", "fake-xero limitation"},
    {Msg::InvoiceLineItemsRequired, "Invoices must have at least one line item to be approved", "unverified"},
    {Msg::AccountCodeArchived,
     "Account code '%1' has been archived, or has been deleted. Each line item must reference a valid "
     "account.",
     "help.yourtradebase.com/article/158 (xero-api-notes.md)"},
    {Msg::AccountCodeInvalid, "Account code '%1' is not a valid code for this document.", "unverified"},
    {Msg::AccountCodeRequired, "Each line item must have an account code.", "unverified"},
    {Msg::TaxTypeInvalid,
     "The TaxType code %1 does not exist or cannot be used with this type of transaction.", "unverified"},
    {Msg::ItemCodeInvalid, "Item code '%1' is not valid", "unverified"},
    {Msg::CurrencyNotEnabled, "The currency %1 is not enabled for this organisation.",
     "unverified (xero-api-notes.md: wording unknown)"},
    {Msg::PeriodLocked, "The document date cannot be before the period lock date", "unverified"},
    {Msg::ApprovalLimit, "You have reached the limit of invoices you can approve",
     "GH XeroAPI/xero-node#548"},
    {Msg::PaymentExceedsOutstanding, "Payment amount exceeds the amount outstanding on this document",
     "xero_accounting.yaml L11897"},
    {Msg::PaymentInvoiceNotAuthorised, "Payments can only be made against Authorised documents",
     "unverified"},
    {Msg::PaymentAccountInvalid,
     "Payments can only be made to accounts of type BANK or accounts with payments enabled", "unverified"},
    {Msg::PaymentAmountInvalid, "Payment amount must be greater than zero", "unverified"},
    {Msg::PaymentNotFound, "Payment could not be found", "unverified"},
    {Msg::PaymentCannotBeEdited, "Payments can only be deleted, not edited", "unverified"},
    {Msg::DocumentNotFound, "The document with the supplied id was not found for this endpoint.",
     "xero_accounting.yaml L11586"},
    {Msg::ItemCodeRequired, "Item code is required", "unverified"},
    {Msg::ItemCodeNotUnique, "Item code '%1' already exists", "unverified (cf. L9037)"},
    {Msg::AccountCodeNotUnique, "Please enter a unique Code.",
     "unverified (cf. L157 'Please enter a unique Name.')"},
    {Msg::DateInvalid, "The date %1 is not valid", "unverified"},
};

QString message(Msg id)
{
    for (const auto &entry : Table) {
        if (entry.id == id)
            return QString::fromUtf8(entry.text);
    }
    return {};
}

const MessageInfo *messageTable(int *count)
{
    *count = int(std::size(Table));
    return Table;
}

} // namespace fakexero
