#pragma once

#include <QString>

namespace fakexero {

// Every validation message the fake produces, in one table so that docs/fake-xero.md can list them and
// tests can refer to them. Wording is Xero's where a source confirmed it (see "source"); the others are
// marked unverified and kept close to what Xero is reported to say.
enum class Msg
{
    ContactNameNotUnique,
    ContactNumberNotUnique,
    ContactIdentifierMissing,
    ContactNotFound,
    ContactArchived,
    ContactGdpr,
    ContactNameRequired,
    ContactStatusInvalid,
    InvoiceStatusInvalid,
    InvoiceHasPayments,
    InvoiceNumberNotUnique,
    InvoiceNotFound,
    InvoiceTypeUnsupported,
    InvoiceLineItemsRequired,
    AccountCodeArchived,
    AccountCodeInvalid,
    AccountCodeRequired,
    TaxTypeInvalid,
    ItemCodeInvalid,
    CurrencyNotEnabled,
    PeriodLocked,
    ApprovalLimit,
    PaymentExceedsOutstanding,
    PaymentInvoiceNotAuthorised,
    PaymentAccountInvalid,
    PaymentAmountInvalid,
    PaymentNotFound,
    PaymentCannotBeEdited,
    DocumentNotFound,
    ItemCodeRequired,
    ItemCodeNotUnique,
    AccountCodeNotUnique,
    DateInvalid,
};

struct MessageInfo
{
    Msg id;
    const char *text;   // %1, %2 are filled in with arg()
    const char *source; // where the wording comes from, or "unverified"
};

QString message(Msg id);
const MessageInfo *messageTable(int *count);

} // namespace fakexero
