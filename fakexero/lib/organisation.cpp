#include "organisation.h"

#include "messages.h"
#include "xerojson.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fakexero {

namespace {

QString accountClass(const QString &type)
{
    static const QHash<QString, QString> classes = {
        {u"BANK"_s, u"ASSET"_s},          {u"CURRENT"_s, u"ASSET"_s},       {u"FIXED"_s, u"ASSET"_s},
        {u"INVENTORY"_s, u"ASSET"_s},     {u"NONCURRENT"_s, u"ASSET"_s},    {u"PREPAYMENT"_s, u"ASSET"_s},
        {u"CURRLIAB"_s, u"LIABILITY"_s},  {u"LIABILITY"_s, u"LIABILITY"_s}, {u"TERMLIAB"_s, u"LIABILITY"_s},
        {u"EQUITY"_s, u"EQUITY"_s},       {u"REVENUE"_s, u"REVENUE"_s},     {u"SALES"_s, u"REVENUE"_s},
        {u"OTHERINCOME"_s, u"REVENUE"_s}, {u"DIRECTCOSTS"_s, u"EXPENSE"_s}, {u"EXPENSE"_s, u"EXPENSE"_s},
        {u"OVERHEADS"_s, u"EXPENSE"_s},   {u"DEPRECIATN"_s, u"EXPENSE"_s},
    };
    return classes.value(type, u"EXPENSE"_s);
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

// Xero's invoice status machine for ACCREC (xero-api-notes.md §2; PAID only through payments).
bool transitionAllowed(const QString &from, const QString &to)
{
    if (from == to)
        return from == u"DRAFT"_s || from == u"SUBMITTED"_s || from == u"AUTHORISED"_s;
    if (from == u"DRAFT"_s || from == u"SUBMITTED"_s)
        return to == u"DRAFT"_s || to == u"SUBMITTED"_s || to == u"AUTHORISED"_s || to == u"DELETED"_s;
    if (from == u"AUTHORISED"_s)
        return to == u"VOIDED"_s;
    return false; // PAID, VOIDED and DELETED are final
}

} // namespace

Organisation::Organisation(const QString &orgName, Region r, std::function<qint64()> clockMs)
    : id(json::newGuid())
    , name(orgName)
    , region(r)
    , m_clock(std::move(clockMs))
{
    shortCode = u"!"_s + id.left(5);
    addReferenceData();
}

QDate Organisation::today() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()).date();
}

void Organisation::addReferenceData()
{
    const qint64 now = nowMs();
    auto account = [&](const QString &code, const QString &accName, const QString &type, const QString &tax,
                       const QString &system = {}) {
        Account a;
        a.id = json::newGuid();
        a.code = code;
        a.name = accName;
        a.type = type;
        a.taxType = tax;
        a.systemAccount = system;
        a.updatedMs = now;
        accounts.append(a);
    };
    if (region == Region::UK) {
        countryCode = u"GB"_s;
        baseCurrency = u"GBP"_s;
        timezone = u"GMTSTANDARDTIME"_s;
        currencies = {{u"GBP"_s, u"British Pound"_s}, {u"EUR"_s, u"Euro"_s}};
        taxRates = {
            {u"20% (VAT on Income)"_s, u"OUTPUT2"_s, u"OUTPUT"_s, u"ACTIVE"_s, 200000, true, false},
            {u"5% (VAT on Income)"_s, u"RROUTPUT"_s, u"OUTPUT"_s, u"ACTIVE"_s, 50000, true, false},
            {u"Zero Rated Income"_s, u"ZERORATEDOUTPUT"_s, u"ZERORATEDOUTPUT"_s, u"ACTIVE"_s, 0, true, false},
            {u"Exempt Income"_s, u"EXEMPTOUTPUT"_s, u"EXEMPTOUTPUT"_s, u"ACTIVE"_s, 0, true, false},
            {u"No VAT"_s, u"NONE"_s, u"NONE"_s, u"ACTIVE"_s, 0, true, true},
            {u"20% (VAT on Expenses)"_s, u"INPUT2"_s, u"INPUT"_s, u"ACTIVE"_s, 200000, false, true},
        };
        account(u"090"_s, u"Business Bank Account"_s, u"BANK"_s, u"NONE"_s);
        account(u"200"_s, u"Sales"_s, u"REVENUE"_s, u"OUTPUT2"_s);
        account(u"260"_s, u"Other Revenue"_s, u"REVENUE"_s, u"OUTPUT2"_s);
        account(u"270"_s, u"Interest Income"_s, u"REVENUE"_s, u"EXEMPTOUTPUT"_s);
        account(u"210"_s, u"Service Revenue (old)"_s, u"REVENUE"_s, u"OUTPUT2"_s);
        account(u"310"_s, u"Cost of Goods Sold"_s, u"DIRECTCOSTS"_s, u"INPUT2"_s);
        account(u"400"_s, u"Advertising"_s, u"OVERHEADS"_s, u"INPUT2"_s);
        account(u"610"_s, u"Accounts Receivable"_s, u"CURRENT"_s, u"NONE"_s, u"DEBTORS"_s);
        account(u"820"_s, u"VAT"_s, u"CURRLIAB"_s, u"NONE"_s, u"GST"_s);
        account(u"860"_s, u"Rounding"_s, u"CURRLIAB"_s, u"NONE"_s, u"ROUNDING"_s);
    } else {
        countryCode = u"NZ"_s;
        baseCurrency = u"NZD"_s;
        timezone = u"NEWZEALANDSTANDARDTIME"_s;
        currencies = {{u"NZD"_s, u"New Zealand Dollar"_s}, {u"AUD"_s, u"Australian Dollar"_s}};
        taxRates = {
            {u"15% GST on Income"_s, u"OUTPUT2"_s, u"OUTPUT"_s, u"ACTIVE"_s, 150000, true, false},
            {u"Zero Rated"_s, u"ZERORATED"_s, u"ZERORATEDOUTPUT"_s, u"ACTIVE"_s, 0, true, true},
            {u"No GST"_s, u"NONE"_s, u"NONE"_s, u"ACTIVE"_s, 0, true, true},
            {u"15% GST on Expenses"_s, u"INPUT2"_s, u"INPUT"_s, u"ACTIVE"_s, 150000, false, true},
        };
        account(u"090"_s, u"Business Bank Account"_s, u"BANK"_s, u"NONE"_s);
        account(u"200"_s, u"Sales"_s, u"REVENUE"_s, u"OUTPUT2"_s);
        account(u"260"_s, u"Other Revenue"_s, u"REVENUE"_s, u"OUTPUT2"_s);
        account(u"270"_s, u"Interest Income"_s, u"REVENUE"_s, u"NONE"_s);
        account(u"210"_s, u"Service Revenue (old)"_s, u"REVENUE"_s, u"OUTPUT2"_s);
        account(u"310"_s, u"Cost of Goods Sold"_s, u"DIRECTCOSTS"_s, u"INPUT2"_s);
        account(u"400"_s, u"Advertising"_s, u"OVERHEADS"_s, u"INPUT2"_s);
        account(u"610"_s, u"Accounts Receivable"_s, u"CURRENT"_s, u"NONE"_s, u"DEBTORS"_s);
        account(u"820"_s, u"GST"_s, u"CURRLIAB"_s, u"NONE"_s, u"GST"_s);
        account(u"860"_s, u"Rounding"_s, u"CURRLIAB"_s, u"NONE"_s, u"ROUNDING"_s);
    }
    Account &bank = accounts.first();
    bank.bankAccountNumber = region == Region::UK ? u"20-32-06 12345678"_s : u"12-3456-7890123-00"_s;
    bank.enablePaymentsToAccount = true;
    bank.currencyCode = baseCurrency;
    accountByCode(u"210"_s)->status = u"ARCHIVED"_s;
}

// ---------------------------------------------------------------------------------------------------------
// Lookups

Contact *Organisation::contact(const QString &idOrNumber)
{
    for (auto &c : contacts) {
        if (sameText(c.id, idOrNumber))
            return &c;
    }
    for (auto &c : contacts) {
        if (!c.number.isEmpty() && c.number == idOrNumber)
            return &c;
    }
    return nullptr;
}

Invoice *Organisation::invoice(const QString &idOrNumber)
{
    for (auto &i : invoices) {
        if (sameText(i.id, idOrNumber))
            return &i;
    }
    for (auto &i : invoices) {
        if (i.number == idOrNumber)
            return &i;
    }
    return nullptr;
}

Payment *Organisation::payment(const QString &paymentId)
{
    for (auto &p : payments) {
        if (sameText(p.id, paymentId))
            return &p;
    }
    return nullptr;
}

Account *Organisation::accountByCode(const QString &code)
{
    for (auto &a : accounts) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

Account *Organisation::accountById(const QString &accountId)
{
    for (auto &a : accounts) {
        if (sameText(a.id, accountId))
            return &a;
    }
    return nullptr;
}

Item *Organisation::item(const QString &idOrCode)
{
    for (auto &i : items) {
        if (sameText(i.id, idOrCode) || i.code == idOrCode)
            return &i;
    }
    return nullptr;
}

const TaxRate *Organisation::taxRate(const QString &taxType) const
{
    for (const auto &t : taxRates) {
        if (t.taxType == taxType)
            return &t;
    }
    return nullptr;
}

bool Organisation::currencyEnabled(const QString &code) const
{
    for (const auto &c : currencies) {
        if (c.code == code)
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------------
// Contacts

SaveResult Organisation::saveContact(const QJsonObject &in, const WriteOptions &options)
{
    SaveResult result;
    QString contactId = options.pathId.isEmpty() ? str(in, u"ContactID"_s) : options.pathId;
    Contact *existing = contactId.isEmpty() ? nullptr : contact(contactId);
    if (!contactId.isEmpty() && !existing) {
        result.errors << message(Msg::ContactNotFound);
        result.record = in;
        return result;
    }
    if (existing && existing->status == u"GDPRREQUEST"_s) {
        result.errors << message(Msg::ContactGdpr).arg(existing->name);
        result.record = in;
        return result;
    }
    Contact c = existing ? *existing : Contact{};
    if (in.contains(u"Name"_s))
        c.name = str(in, u"Name"_s).trimmed();
    if (in.contains(u"ContactNumber"_s))
        c.number = str(in, u"ContactNumber"_s).trimmed();
    if (in.contains(u"EmailAddress"_s))
        c.email = str(in, u"EmailAddress"_s);
    if (in.contains(u"DefaultCurrency"_s))
        c.defaultCurrency = str(in, u"DefaultCurrency"_s);
    if (in.contains(u"ContactStatus"_s)) {
        const QString status = str(in, u"ContactStatus"_s);
        if (status != u"ACTIVE"_s && status != u"ARCHIVED"_s)
            result.errors << message(Msg::ContactStatusInvalid).arg(status);
        else
            c.status = status;
    }
    if (c.name.isEmpty())
        result.errors << message(Msg::ContactNameRequired);
    if (c.name.size() > 255 || c.number.size() > 50)
        result.errors << u"The contact name or number is too long."_s;
    if (!c.defaultCurrency.isEmpty() && !currencyEnabled(c.defaultCurrency))
        result.errors << message(Msg::CurrencyNotEnabled).arg(c.defaultCurrency);
    for (const auto &other : std::as_const(contacts)) {
        if (existing && other.id == existing->id)
            continue;
        // Names are unique among active contacts only; an archived "Acme Ltd" does not block a new one.
        if (c.status == u"ACTIVE"_s && other.status == u"ACTIVE"_s && sameText(other.name, c.name) &&
            !c.name.isEmpty())
            result.errors << message(Msg::ContactNameNotUnique).arg(c.name);
        // Numbers are unique among all contacts, archived ones included.
        if (!c.number.isEmpty() && other.number == c.number)
            result.errors << message(Msg::ContactNumberNotUnique).arg(c.number);
    }
    if (!result.ok()) {
        result.record = in;
        return result;
    }
    static const QStringList core = {u"ContactID"_s,          u"Name"_s,
                                     u"ContactNumber"_s,      u"EmailAddress"_s,
                                     u"ContactStatus"_s,      u"UpdatedDateUTC"_s,
                                     u"DefaultCurrency"_s,    u"MergedToContactID"_s,
                                     u"ValidationErrors"_s,   u"StatusAttributeString"_s,
                                     u"HasValidationErrors"_s};
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!core.contains(it.key()))
            c.extra.insert(it.key(), it.value());
    }
    c.updatedMs = nowMs();
    if (existing) {
        *existing = c;
    } else {
        c.id = json::newGuid();
        contacts.append(c);
    }
    result.record = contactJson(c);
    return result;
}

bool Organisation::archiveContact(const QString &contactId)
{
    Contact *c = contact(contactId);
    if (!c)
        return false;
    c->status = u"ARCHIVED"_s;
    c->updatedMs = nowMs();
    return true;
}

bool Organisation::mergeContacts(const QString &fromId, const QString &intoId)
{
    Contact *from = contact(fromId);
    Contact *into = contact(intoId);
    if (!from || !into || from == into)
        return false;
    // Xero moves the merged contact's transactions to the surviving one and archives the merged one.
    const qint64 now = nowMs();
    for (auto &inv : invoices) {
        if (inv.contactId == from->id) {
            inv.contactId = into->id;
            inv.updatedMs = now;
        }
    }
    from->status = u"ARCHIVED"_s;
    from->mergedToContactId = into->id;
    from->updatedMs = now;
    into->updatedMs = now;
    return true;
}

bool Organisation::gdprRedactContact(const QString &contactId)
{
    Contact *c = contact(contactId);
    if (!c)
        return false;
    c->status = u"GDPRREQUEST"_s;
    c->name = u"Redacted "_s + c->id.left(8);
    c->email.clear();
    c->extra = {};
    c->updatedMs = nowMs();
    return true;
}

void Organisation::touchContact(const QString &contactId)
{
    if (Contact *c = contact(contactId))
        c->updatedMs = nowMs();
}

bool Organisation::archiveAccount(const QString &code)
{
    return setAccountStatus(code, u"ARCHIVED"_s);
}

bool Organisation::setAccountStatus(const QString &code, const QString &status)
{
    Account *a = accountByCode(code);
    if (!a)
        return false;
    a->status = status;
    a->updatedMs = nowMs();
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Invoices

std::optional<QString> Organisation::resolveContact(const QJsonObject &ref, QStringList &errors,
                                                    bool &created)
{
    created = false;
    const QString contactId = str(ref, u"ContactID"_s);
    const QString number = str(ref, u"ContactNumber"_s);
    const QString contactName = str(ref, u"Name"_s).trimmed();
    Contact *c = nullptr;
    if (!contactId.isEmpty()) {
        c = contact(contactId);
        if (!c) {
            errors << message(Msg::ContactNotFound);
            return std::nullopt;
        }
    } else if (!number.isEmpty()) {
        for (auto &candidate : contacts) {
            if (candidate.number == number)
                c = &candidate;
        }
    }
    if (!c && !contactName.isEmpty()) {
        for (auto &candidate : contacts) {
            if (candidate.status == u"ACTIVE"_s && sameText(candidate.name, contactName))
                c = &candidate;
        }
        if (!c) {
            // An unknown name makes Xero create the contact on the fly.
            Contact fresh;
            fresh.id = json::newGuid();
            fresh.name = contactName;
            fresh.number = number;
            fresh.updatedMs = nowMs();
            contacts.append(fresh);
            created = true;
            return fresh.id;
        }
    }
    if (!c) {
        errors << message(Msg::ContactIdentifierMissing);
        return std::nullopt;
    }
    if (c->status == u"ARCHIVED"_s) {
        errors << message(Msg::ContactArchived).arg(c->name);
        return std::nullopt;
    }
    if (c->status == u"GDPRREQUEST"_s) {
        errors << message(Msg::ContactGdpr).arg(c->name);
        return std::nullopt;
    }
    return c->id;
}

void Organisation::recompute(Invoice &inv) const
{
    inv.subTotal = inv.totalTax = inv.total = 0;
    for (const auto &line : std::as_const(inv.lines)) {
        if (inv.lineAmountTypes == u"Inclusive"_s) {
            inv.subTotal += line.lineAmount - line.taxAmount;
            inv.total += line.lineAmount;
        } else {
            inv.subTotal += line.lineAmount;
            inv.total += line.lineAmount + line.taxAmount;
        }
        inv.totalTax += line.taxAmount;
    }
}

int Organisation::approvalsThisMonth() const
{
    return m_approvals.value(today().toString(u"yyyy-MM"_s));
}

SaveResult Organisation::saveInvoice(const QJsonObject &in, const WriteOptions &options)
{
    SaveResult result;
    result.record = in;
    QStringList &errors = result.errors;

    Invoice *existing = nullptr;
    const QString givenId = options.pathId.isEmpty() ? str(in, u"InvoiceID"_s) : options.pathId;
    if (!givenId.isEmpty()) {
        existing = invoice(givenId);
        if (!existing) {
            errors << message(Msg::InvoiceNotFound);
            return result;
        }
    } else if (!options.createOnly && in.contains(u"InvoiceNumber"_s)) {
        // POST identifies an existing invoice by its number when no ID is given.
        existing = invoice(str(in, u"InvoiceNumber"_s));
    }

    Invoice inv = existing ? *existing : Invoice{};
    const QString oldStatus = existing ? existing->status : QString();
    const QString newStatus = in.contains(u"Status"_s) ? str(in, u"Status"_s) : inv.status;

    if (in.contains(u"Type"_s))
        inv.type = str(in, u"Type"_s);
    if (inv.type != u"ACCREC"_s) {
        errors << message(Msg::InvoiceTypeUnsupported).arg(inv.type);
        return result;
    }

    // Status machine and locks on approved documents.
    static const QStringList contentKeys = {u"Contact"_s,       u"LineItems"_s,       u"Date"_s,
                                            u"DueDate"_s,       u"LineAmountTypes"_s, u"CurrencyCode"_s,
                                            u"InvoiceNumber"_s, u"Reference"_s};
    bool editsContent = false;
    for (const auto &key : contentKeys) {
        if (!in.contains(key))
            continue;
        if (existing && key == u"InvoiceNumber"_s && str(in, key) == existing->number)
            continue;
        editsContent = true;
    }
    if (existing) {
        if (!transitionAllowed(oldStatus, newStatus)) {
            errors << message(Msg::InvoiceStatusInvalid);
            return result;
        }
        const bool hasPayments = existing->amountPaid != 0;
        if (hasPayments && (editsContent || newStatus != oldStatus)) {
            errors << (newStatus == u"VOIDED"_s ? message(Msg::InvoiceStatusInvalid)
                                                : message(Msg::InvoiceHasPayments));
            return result;
        }
        if (newStatus == u"VOIDED"_s && editsContent) {
            errors << message(Msg::InvoiceStatusInvalid);
            return result;
        }
    } else {
        static const QStringList creatable = {u"DRAFT"_s, u"SUBMITTED"_s, u"AUTHORISED"_s};
        if (!creatable.contains(newStatus)) {
            errors << message(Msg::InvoiceStatusInvalid);
            return result;
        }
    }
    inv.status = newStatus;

    // Contact.
    bool createdContact = false;
    if (in.contains(u"Contact"_s) || !existing) {
        if (const auto contactId = resolveContact(in.value(u"Contact"_s).toObject(), errors, createdContact))
            inv.contactId = *contactId;
    }

    // Dates.
    if (in.contains(u"Date"_s)) {
        if (const auto d = json::parseDate(in.value(u"Date"_s)))
            inv.date = *d;
        else
            errors << message(Msg::DateInvalid).arg(in.value(u"Date"_s).toString());
    }
    if (!inv.date.isValid())
        inv.date = today();
    if (in.contains(u"DueDate"_s)) {
        if (const auto d = json::parseDate(in.value(u"DueDate"_s)))
            inv.dueDate = *d;
        else
            errors << message(Msg::DateInvalid).arg(in.value(u"DueDate"_s).toString());
    }
    if (in.contains(u"Reference"_s))
        inv.reference = str(in, u"Reference"_s);
    if (in.contains(u"SentToContact"_s))
        inv.sentToContact = in.value(u"SentToContact"_s).toBool();

    // Currency.
    if (in.contains(u"CurrencyCode"_s))
        inv.currencyCode = str(in, u"CurrencyCode"_s);
    if (inv.currencyCode.isEmpty())
        inv.currencyCode = baseCurrency;
    if (!currencyEnabled(inv.currencyCode))
        errors << message(Msg::CurrencyNotEnabled).arg(inv.currencyCode);

    if (in.contains(u"LineAmountTypes"_s)) {
        const QString lat = str(in, u"LineAmountTypes"_s);
        if (lat != u"Exclusive"_s && lat != u"Inclusive"_s && lat != u"NoTax"_s)
            errors << u"LineAmountTypes must be Exclusive, Inclusive or NoTax"_s;
        else
            inv.lineAmountTypes = lat;
    }

    // Lines: Xero recomputes LineAmount and TaxAmount itself, rounding tax per line.
    if (in.contains(u"LineItems"_s)) {
        QList<LineItem> lines;
        const QJsonArray rawLines = in.value(u"LineItems"_s).toArray();
        for (const auto &rawValue : rawLines) {
            const QJsonObject raw = rawValue.toObject();
            LineItem line;
            line.id = str(raw, u"LineItemID"_s);
            if (line.id.isEmpty())
                line.id = json::newGuid();
            line.description = str(raw, u"Description"_s);
            line.itemCode = str(raw, u"ItemCode"_s);
            line.accountCode = str(raw, u"AccountCode"_s);
            line.taxType = str(raw, u"TaxType"_s);
            if (!line.itemCode.isEmpty()) {
                const Item *it = item(line.itemCode);
                if (!it) {
                    errors << message(Msg::ItemCodeInvalid).arg(line.itemCode);
                } else {
                    if (line.description.isEmpty())
                        line.description = it->description.isEmpty() ? it->name : it->description;
                    if (line.accountCode.isEmpty())
                        line.accountCode = it->salesAccountCode;
                    if (line.taxType.isEmpty())
                        line.taxType = it->salesTaxType;
                    if (!raw.contains(u"UnitAmount"_s) && it->salesUnitPrice4)
                        line.unitAmount4 = *it->salesUnitPrice4;
                }
            }
            const auto qty = money::fromJson(raw.value(u"Quantity"_s), 4);
            const auto unit = money::fromJson(raw.value(u"UnitAmount"_s), 4);
            const auto discount = money::fromJson(raw.value(u"DiscountRate"_s), 4);
            const auto givenLineAmount = money::fromJson(raw.value(u"LineAmount"_s), 2);
            if (qty)
                line.quantity4 = *qty;
            if (unit)
                line.unitAmount4 = options.unitdp4 ? *unit : money::round4to2(*unit) * 100;
            if (discount)
                line.discountRate4 = *discount;
            if (!qty && !unit && givenLineAmount) {
                line.quantity4 = 10000;
                line.unitAmount4 = *givenLineAmount * 100;
            }
            line.lineAmount = money::lineAmount(line.quantity4, line.unitAmount4, line.discountRate4);

            if (!line.accountCode.isEmpty()) {
                const Account *account = accountByCode(line.accountCode);
                if (!account)
                    errors << message(Msg::AccountCodeInvalid).arg(line.accountCode);
                else if (account->status != u"ACTIVE"_s)
                    errors << message(Msg::AccountCodeArchived).arg(line.accountCode);
                else if (line.taxType.isEmpty())
                    line.taxType = account->taxType;
            }
            if (inv.lineAmountTypes == u"NoTax"_s) {
                line.taxType = u"NONE"_s;
                line.taxAmount = 0;
            } else {
                if (line.taxType.isEmpty())
                    line.taxType = u"OUTPUT2"_s;
                const TaxRate *rate = taxRate(line.taxType);
                if (!rate || rate->status != u"ACTIVE"_s || !rate->canApplyToRevenue) {
                    errors << message(Msg::TaxTypeInvalid).arg(line.taxType);
                } else if (const auto givenTax = money::fromJson(raw.value(u"TaxAmount"_s), 2)) {
                    line.taxAmount = *givenTax; // Xero lets a line override its tax (discouraged)
                } else if (inv.lineAmountTypes == u"Inclusive"_s) {
                    line.taxAmount = money::inclusiveTax(line.lineAmount, rate->ratePercent4);
                } else {
                    line.taxAmount = money::exclusiveTax(line.lineAmount, rate->ratePercent4);
                }
            }
            lines.append(line);
        }
        inv.lines = lines;
    }
    recompute(inv);

    // Approval rules.
    const bool approved = inv.status == u"AUTHORISED"_s || inv.status == u"SUBMITTED"_s;
    const bool newlyAuthorised = inv.status == u"AUTHORISED"_s && oldStatus != u"AUTHORISED"_s;
    if (approved) {
        if (inv.lines.isEmpty())
            errors << message(Msg::InvoiceLineItemsRequired);
        for (const auto &line : std::as_const(inv.lines)) {
            if (line.accountCode.isEmpty()) {
                errors << message(Msg::AccountCodeRequired);
                break;
            }
        }
        if (periodLockDate.isValid() && inv.date <= periodLockDate)
            errors << message(Msg::PeriodLocked);
    }
    if (newlyAuthorised && approvalCapPerMonth >= 0 && approvalsThisMonth() >= approvalCapPerMonth)
        errors << message(Msg::ApprovalLimit);

    // Numbers.
    if (in.contains(u"InvoiceNumber"_s))
        inv.number = str(in, u"InvoiceNumber"_s).trimmed();
    if (inv.number.size() > 255)
        errors << u"InvoiceNumber must be 255 characters or fewer"_s;
    if (!inv.number.isEmpty()) {
        for (const auto &other : std::as_const(invoices)) {
            if ((!existing || other.id != existing->id) && other.number == inv.number &&
                other.status != u"DELETED"_s) {
                errors << message(Msg::InvoiceNumberNotUnique);
                break;
            }
        }
    }

    if (!errors.isEmpty()) {
        if (createdContact)
            contacts.removeLast(); // nothing of a refused element may stick
        return result;
    }
    if (inv.number.isEmpty()) {
        // Xero's default numbering: INV-0001, skipping numbers a client already used.
        do {
            inv.number = u"INV-"_s + QString::number(m_nextInvoiceNumber++).rightJustified(4, u'0');
        } while (invoice(inv.number));
    }
    if (newlyAuthorised)
        m_approvals[today().toString(u"yyyy-MM"_s)] += 1;
    inv.updatedMs = nowMs();
    if (existing) {
        *existing = inv;
    } else {
        inv.id = json::newGuid();
        invoices.append(inv);
    }
    result.record = invoiceJson(inv, true, options.unitdp4);
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// Payments

SaveResult Organisation::savePayment(const QJsonObject &in, const WriteOptions &options)
{
    SaveResult result;
    result.record = in;
    const QString paymentId = options.pathId.isEmpty() ? str(in, u"PaymentID"_s) : options.pathId;
    if (!paymentId.isEmpty()) {
        // An existing payment can only be deleted (Status DELETED); Xero has no other payment edits.
        Payment *p = payment(paymentId);
        if (!p) {
            result.errors << message(Msg::PaymentNotFound);
            return result;
        }
        if (str(in, u"Status"_s) != u"DELETED"_s || p->status == u"DELETED"_s) {
            result.errors << message(Msg::PaymentCannotBeEdited);
            return result;
        }
        // A payment in a locked period stays, as Xero keeps the books the accountant closed.
        if (periodLockDate.isValid() && p->date <= periodLockDate) {
            result.errors << message(Msg::PeriodLocked);
            return result;
        }
        Invoice *inv = invoice(p->invoiceId);
        p->status = u"DELETED"_s;
        p->updatedMs = nowMs();
        if (inv) {
            inv->amountPaid -= p->amount;
            if (inv->status == u"PAID"_s && inv->amountDue() > 0) {
                inv->status = u"AUTHORISED"_s;
                inv->fullyPaidOnDate = {};
            }
            inv->updatedMs = nowMs();
        }
        result.record = paymentJson(*p);
        return result;
    }

    const QJsonObject invoiceRef = in.value(u"Invoice"_s).toObject();
    Invoice *inv = nullptr;
    if (invoiceRef.contains(u"InvoiceID"_s))
        inv = invoice(str(invoiceRef, u"InvoiceID"_s));
    else if (invoiceRef.contains(u"InvoiceNumber"_s))
        inv = invoice(str(invoiceRef, u"InvoiceNumber"_s));
    else if (in.contains(u"InvoiceNumber"_s))
        inv = invoice(str(in, u"InvoiceNumber"_s));
    if (!inv) {
        result.errors << message(Msg::InvoiceNotFound);
        return result;
    }
    const QJsonObject accountRef = in.value(u"Account"_s).toObject();
    Account *account = accountRef.contains(u"AccountID"_s) ? accountById(str(accountRef, u"AccountID"_s))
                                                           : accountByCode(str(accountRef, u"Code"_s));
    if (!account || account->status != u"ACTIVE"_s ||
        !(account->type == u"BANK"_s || account->enablePaymentsToAccount))
        result.errors << message(Msg::PaymentAccountInvalid);

    if (inv->status != u"AUTHORISED"_s)
        result.errors << (inv->status == u"PAID"_s ? message(Msg::PaymentExceedsOutstanding)
                                                   : message(Msg::PaymentInvoiceNotAuthorised));
    const auto amount = money::fromJson(in.value(u"Amount"_s), 2);
    if (!amount || *amount <= 0)
        result.errors << message(Msg::PaymentAmountInvalid);
    else if (inv->status == u"AUTHORISED"_s && *amount > inv->amountDue())
        result.errors << message(Msg::PaymentExceedsOutstanding);
    QDate date = today();
    if (in.contains(u"Date"_s)) {
        if (const auto d = json::parseDate(in.value(u"Date"_s)))
            date = *d;
        else
            result.errors << message(Msg::DateInvalid).arg(in.value(u"Date"_s).toString());
    }
    if (periodLockDate.isValid() && date <= periodLockDate)
        result.errors << message(Msg::PeriodLocked);
    if (!result.ok())
        return result;

    Payment p;
    p.id = json::newGuid();
    p.invoiceId = inv->id;
    p.accountId = account->id;
    p.reference = str(in, u"Reference"_s);
    p.date = date;
    p.amount = *amount;
    p.updatedMs = nowMs();
    payments.append(p);
    inv->amountPaid += p.amount;
    if (inv->amountDue() == 0) {
        inv->status = u"PAID"_s;
        inv->fullyPaidOnDate = date;
    }
    inv->updatedMs = nowMs();
    result.record = paymentJson(p);
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// Reference data

SaveResult Organisation::saveAccount(const QJsonObject &in, const WriteOptions &options)
{
    SaveResult result;
    result.record = in;
    const QString accountId = options.pathId.isEmpty() ? str(in, u"AccountID"_s) : options.pathId;
    Account *existing = accountId.isEmpty() ? nullptr : accountById(accountId);
    if (!accountId.isEmpty() && !existing) {
        result.errors << message(Msg::DocumentNotFound);
        return result;
    }
    Account a = existing ? *existing : Account{};
    if (in.contains(u"Code"_s))
        a.code = str(in, u"Code"_s);
    if (in.contains(u"Name"_s))
        a.name = str(in, u"Name"_s);
    if (in.contains(u"Type"_s))
        a.type = str(in, u"Type"_s);
    if (in.contains(u"Status"_s))
        a.status = str(in, u"Status"_s);
    if (in.contains(u"TaxType"_s))
        a.taxType = str(in, u"TaxType"_s);
    if (in.contains(u"Description"_s))
        a.description = str(in, u"Description"_s);
    if (in.contains(u"BankAccountNumber"_s))
        a.bankAccountNumber = str(in, u"BankAccountNumber"_s);
    if (in.contains(u"EnablePaymentsToAccount"_s))
        a.enablePaymentsToAccount = in.value(u"EnablePaymentsToAccount"_s).toBool();
    if (a.code.isEmpty() && a.type != u"BANK"_s)
        result.errors << u"Please enter a Code."_s;
    if (a.name.isEmpty())
        result.errors << u"Please enter a Name."_s;
    if (a.type.isEmpty())
        result.errors << u"Please select an account Type."_s;
    for (const auto &other : std::as_const(accounts)) {
        if (existing && other.id == existing->id)
            continue;
        if (!a.code.isEmpty() && other.code == a.code)
            result.errors << message(Msg::AccountCodeNotUnique);
        if (sameText(other.name, a.name))
            result.errors << u"Please enter a unique Name."_s; // xero_accounting.yaml L157
    }
    if (!result.ok())
        return result;
    a.updatedMs = nowMs();
    if (existing) {
        *existing = a;
    } else {
        a.id = json::newGuid();
        accounts.append(a);
    }
    result.record = accountJson(a);
    return result;
}

SaveResult Organisation::saveItem(const QJsonObject &in, const WriteOptions &options)
{
    SaveResult result;
    result.record = in;
    const QString itemId = options.pathId.isEmpty() ? str(in, u"ItemID"_s) : options.pathId;
    Item *existing = itemId.isEmpty() ? nullptr : item(itemId);
    if (!existing && !options.createOnly && in.contains(u"Code"_s))
        existing = item(str(in, u"Code"_s)); // POST matches items by Code
    Item i = existing ? *existing : Item{};
    if (in.contains(u"Code"_s))
        i.code = str(in, u"Code"_s);
    if (in.contains(u"Name"_s))
        i.name = str(in, u"Name"_s);
    if (in.contains(u"Description"_s))
        i.description = str(in, u"Description"_s);
    if (in.contains(u"IsSold"_s))
        i.isSold = in.value(u"IsSold"_s).toBool();
    if (in.contains(u"IsPurchased"_s))
        i.isPurchased = in.value(u"IsPurchased"_s).toBool();
    const QJsonObject sales = in.value(u"SalesDetails"_s).toObject();
    if (const auto price = money::fromJson(sales.value(u"UnitPrice"_s), 4))
        i.salesUnitPrice4 = *price;
    if (sales.contains(u"AccountCode"_s))
        i.salesAccountCode = str(sales, u"AccountCode"_s);
    if (sales.contains(u"TaxType"_s))
        i.salesTaxType = str(sales, u"TaxType"_s);
    if (i.code.isEmpty())
        result.errors << message(Msg::ItemCodeRequired);
    if (i.code.size() > 30 || i.name.size() > 50)
        result.errors << u"Item Code must be 30 characters or fewer and Name 50 or fewer."_s;
    for (const auto &other : std::as_const(items)) {
        if ((!existing || other.id != existing->id) && other.code == i.code)
            result.errors << message(Msg::ItemCodeNotUnique).arg(i.code);
    }
    if (!i.salesAccountCode.isEmpty()) {
        const Account *a = accountByCode(i.salesAccountCode);
        if (!a)
            result.errors << message(Msg::AccountCodeInvalid).arg(i.salesAccountCode);
        else if (a->status != u"ACTIVE"_s)
            result.errors << message(Msg::AccountCodeArchived).arg(i.salesAccountCode);
    }
    if (!result.ok())
        return result;
    i.updatedMs = nowMs();
    if (existing) {
        *existing = i;
    } else {
        i.id = json::newGuid();
        items.append(i);
    }
    result.record = itemJson(i);
    return result;
}

SaveResult Organisation::enableCurrency(const QJsonObject &in)
{
    SaveResult result;
    result.record = in;
    const QString code = str(in, u"Code"_s);
    if (code.size() != 3) {
        result.errors << u"Please enter a valid currency code."_s;
        return result;
    }
    if (!currencyEnabled(code))
        currencies.append({code, str(in, u"Description"_s).isEmpty() ? code : str(in, u"Description"_s)});
    result.record = currencyJson(currencies.last());
    for (const auto &c : std::as_const(currencies)) {
        if (c.code == code)
            result.record = currencyJson(c);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

Organisation::RenderIndex Organisation::renderIndex() const
{
    RenderIndex index;
    for (const auto &c : contacts)
        index.contacts.insert(c.id, &c);
    for (const auto &inv : invoices) {
        index.invoices.insert(inv.id, &inv);
        index.customers.insert(inv.contactId);
    }
    for (const auto &p : payments)
        index.paymentsOfInvoice[p.invoiceId].append(&p);
    for (const auto &a : accounts)
        index.accounts.insert(a.id, &a);
    return index;
}

QJsonObject Organisation::contactJson(const Contact &c, const RenderIndex *index) const
{
    QJsonObject o = c.extra;
    o.insert(u"ContactID"_s, c.id);
    if (!c.number.isEmpty())
        o.insert(u"ContactNumber"_s, c.number);
    o.insert(u"ContactStatus"_s, c.status);
    o.insert(u"Name"_s, c.name);
    if (!c.email.isEmpty())
        o.insert(u"EmailAddress"_s, c.email);
    if (!c.defaultCurrency.isEmpty())
        o.insert(u"DefaultCurrency"_s, c.defaultCurrency);
    if (!c.mergedToContactId.isEmpty())
        o.insert(u"MergedToContactID"_s, c.mergedToContactId);
    if (!o.contains(u"Addresses"_s))
        o.insert(u"Addresses"_s, QJsonArray());
    if (!o.contains(u"Phones"_s))
        o.insert(u"Phones"_s, QJsonArray());
    o.insert(u"UpdatedDateUTC"_s, json::msDate(c.updatedMs));
    o.insert(u"ContactGroups"_s, QJsonArray());
    bool isCustomer = false;
    if (index) {
        isCustomer = index->customers.contains(c.id);
    } else {
        for (const auto &inv : invoices)
            isCustomer = isCustomer || inv.contactId == c.id;
    }
    o.insert(u"IsSupplier"_s, false);
    o.insert(u"IsCustomer"_s, isCustomer);
    if (!o.contains(u"ContactPersons"_s))
        o.insert(u"ContactPersons"_s, QJsonArray());
    o.insert(u"HasAttachments"_s, false);
    o.insert(u"HasValidationErrors"_s, false);
    return o;
}

QJsonObject Organisation::invoiceJson(const Invoice &inv, bool withLines, bool unitdp4,
                                      const RenderIndex *index) const
{
    QJsonObject o;
    o.insert(u"Type"_s, inv.type);
    o.insert(u"InvoiceID"_s, inv.id);
    o.insert(u"InvoiceNumber"_s, inv.number);
    o.insert(u"Reference"_s, inv.reference);
    QJsonObject contactRef;
    const auto refer = [&contactRef](const Contact &c) {
        contactRef.insert(u"ContactID"_s, c.id);
        if (!c.number.isEmpty())
            contactRef.insert(u"ContactNumber"_s, c.number);
        contactRef.insert(u"Name"_s, c.name);
        contactRef.insert(u"ContactStatus"_s, c.status);
        contactRef.insert(u"HasValidationErrors"_s, false);
    };
    if (index) {
        if (const Contact *c = index->contacts.value(inv.contactId))
            refer(*c);
    } else {
        for (const auto &c : contacts) {
            if (c.id == inv.contactId)
                refer(c);
        }
    }
    o.insert(u"Contact"_s, contactRef);
    o.insert(u"DateString"_s, json::dateString(inv.date));
    o.insert(u"Date"_s, json::dateOnly(inv.date));
    if (inv.dueDate.isValid()) {
        o.insert(u"DueDateString"_s, json::dateString(inv.dueDate));
        o.insert(u"DueDate"_s, json::dateOnly(inv.dueDate));
    }
    o.insert(u"Status"_s, inv.status);
    o.insert(u"LineAmountTypes"_s, inv.lineAmountTypes);
    if (withLines) {
        QJsonArray lines;
        for (const auto &line : inv.lines) {
            QJsonObject l;
            l.insert(u"LineItemID"_s, line.id);
            l.insert(u"Description"_s, line.description);
            l.insert(u"Quantity"_s, json::number(line.quantity4, 4));
            l.insert(u"UnitAmount"_s, unitdp4 ? json::number(line.unitAmount4, 4)
                                              : json::amount(money::round4to2(line.unitAmount4)));
            if (!line.itemCode.isEmpty())
                l.insert(u"ItemCode"_s, line.itemCode);
            if (!line.accountCode.isEmpty())
                l.insert(u"AccountCode"_s, line.accountCode);
            l.insert(u"TaxType"_s, line.taxType);
            l.insert(u"TaxAmount"_s, json::amount(line.taxAmount));
            l.insert(u"LineAmount"_s, json::amount(line.lineAmount));
            if (line.discountRate4 != 0)
                l.insert(u"DiscountRate"_s, json::amount(money::round4to2(line.discountRate4)));
            l.insert(u"Tracking"_s, QJsonArray());
            lines.append(l);
        }
        o.insert(u"LineItems"_s, lines);
    }
    o.insert(u"SubTotal"_s, json::amount(inv.subTotal));
    o.insert(u"TotalTax"_s, json::amount(inv.totalTax));
    o.insert(u"Total"_s, json::amount(inv.total));
    o.insert(u"AmountDue"_s,
             json::amount(inv.status == u"VOIDED"_s || inv.status == u"DELETED"_s ? 0 : inv.amountDue()));
    o.insert(u"AmountPaid"_s, json::amount(inv.amountPaid));
    o.insert(u"AmountCredited"_s, json::amount(0));
    o.insert(u"CurrencyCode"_s, inv.currencyCode);
    o.insert(u"CurrencyRate"_s, json::number(1000000, 6));
    if (inv.fullyPaidOnDate.isValid())
        o.insert(u"FullyPaidOnDate"_s, json::dateOnly(inv.fullyPaidOnDate));
    QJsonArray paymentRefs;
    QList<const Payment *> ofInvoice;
    if (index) {
        ofInvoice = index->paymentsOfInvoice.value(inv.id);
    } else {
        for (const auto &p : payments) {
            if (p.invoiceId == inv.id)
                ofInvoice.append(&p);
        }
    }
    for (const Payment *pp : std::as_const(ofInvoice)) {
        const Payment &p = *pp;
        if (p.status != u"AUTHORISED"_s)
            continue;
        QJsonObject ref;
        ref.insert(u"PaymentID"_s, p.id);
        ref.insert(u"Date"_s, json::dateOnly(p.date));
        ref.insert(u"Amount"_s, json::amount(p.amount));
        ref.insert(u"Reference"_s, p.reference);
        ref.insert(u"CurrencyRate"_s, json::number(1000000, 6));
        ref.insert(u"HasAccount"_s, false);
        ref.insert(u"HasValidationErrors"_s, false);
        paymentRefs.append(ref);
    }
    o.insert(u"Payments"_s, paymentRefs);
    o.insert(u"IsDiscounted"_s, std::any_of(inv.lines.begin(), inv.lines.end(),
                                            [](const LineItem &l) { return l.discountRate4 != 0; }));
    o.insert(u"SentToContact"_s, inv.sentToContact);
    o.insert(u"HasAttachments"_s, false);
    o.insert(u"HasErrors"_s, false);
    o.insert(u"UpdatedDateUTC"_s, json::msDate(inv.updatedMs));
    o.insert(u"UpdatedDateUTCString"_s, json::utcString(inv.updatedMs));
    return o;
}

QJsonObject Organisation::paymentJson(const Payment &p, const RenderIndex *index) const
{
    QJsonObject o;
    o.insert(u"PaymentID"_s, p.id);
    o.insert(u"Date"_s, json::dateOnly(p.date));
    o.insert(u"Amount"_s, json::amount(p.amount));
    o.insert(u"BankAmount"_s, json::amount(p.amount));
    o.insert(u"CurrencyRate"_s, json::number(1000000, 6));
    o.insert(u"Reference"_s, p.reference);
    o.insert(u"IsReconciled"_s, false);
    o.insert(u"Status"_s, p.status);
    o.insert(u"PaymentType"_s, u"ACCRECPAYMENT"_s);
    o.insert(u"UpdatedDateUTC"_s, json::msDate(p.updatedMs));
    o.insert(u"UpdatedDateUTCString"_s, json::utcString(p.updatedMs));
    o.insert(u"HasAccount"_s, true);
    o.insert(u"HasValidationErrors"_s, false);
    const auto referToAccount = [&o](const Account &a) {
        o.insert(u"Account"_s, QJsonObject{{u"AccountID"_s, a.id}, {u"Code"_s, a.code}});
    };
    const auto referToInvoice = [&](const Invoice &inv) {
        QJsonObject ref;
        ref.insert(u"Type"_s, inv.type);
        ref.insert(u"InvoiceID"_s, inv.id);
        ref.insert(u"InvoiceNumber"_s, inv.number);
        ref.insert(u"CurrencyCode"_s, inv.currencyCode);
        const auto referToContact = [&ref](const Contact &c) {
            ref.insert(u"Contact"_s, QJsonObject{{u"ContactID"_s, c.id}, {u"Name"_s, c.name}});
        };
        if (index) {
            if (const Contact *c = index->contacts.value(inv.contactId))
                referToContact(*c);
        } else {
            for (const auto &c : contacts) {
                if (c.id == inv.contactId)
                    referToContact(c);
            }
        }
        o.insert(u"Invoice"_s, ref);
        o.insert(u"InvoiceNumber"_s, inv.number);
    };
    if (index) {
        if (const Account *a = index->accounts.value(p.accountId))
            referToAccount(*a);
        if (const Invoice *inv = index->invoices.value(p.invoiceId))
            referToInvoice(*inv);
    } else {
        for (const auto &a : accounts) {
            if (a.id == p.accountId)
                referToAccount(a);
        }
        for (const auto &inv : invoices) {
            if (inv.id == p.invoiceId)
                referToInvoice(inv);
        }
    }
    return o;
}

QJsonObject Organisation::accountJson(const Account &a) const
{
    QJsonObject o;
    o.insert(u"AccountID"_s, a.id);
    o.insert(u"Code"_s, a.code);
    o.insert(u"Name"_s, a.name);
    o.insert(u"Status"_s, a.status);
    o.insert(u"Type"_s, a.type);
    o.insert(u"TaxType"_s, a.taxType);
    o.insert(u"Description"_s, a.description);
    o.insert(u"Class"_s, accountClass(a.type));
    o.insert(u"SystemAccount"_s, a.systemAccount);
    o.insert(u"EnablePaymentsToAccount"_s, a.enablePaymentsToAccount);
    o.insert(u"ShowInExpenseClaims"_s, false);
    if (a.type == u"BANK"_s) {
        o.insert(u"BankAccountNumber"_s, a.bankAccountNumber);
        o.insert(u"BankAccountType"_s, u"BANK"_s);
        o.insert(u"CurrencyCode"_s, a.currencyCode.isEmpty() ? baseCurrency : a.currencyCode);
    } else {
        o.insert(u"BankAccountType"_s, QString());
    }
    o.insert(u"ReportingCode"_s, accountClass(a.type).left(3));
    o.insert(u"HasAttachments"_s, false);
    o.insert(u"UpdatedDateUTC"_s, json::msDate(a.updatedMs));
    o.insert(u"AddToWatchlist"_s, false);
    return o;
}

QJsonObject Organisation::taxRateJson(const TaxRate &t) const
{
    QJsonObject o;
    o.insert(u"Name"_s, t.name);
    o.insert(u"TaxType"_s, t.taxType);
    o.insert(u"ReportTaxType"_s, t.reportTaxType);
    o.insert(u"CanApplyToAssets"_s, t.canApplyToExpenses);
    o.insert(u"CanApplyToEquity"_s, t.canApplyToExpenses);
    o.insert(u"CanApplyToExpenses"_s, t.canApplyToExpenses);
    o.insert(u"CanApplyToLiabilities"_s, t.canApplyToExpenses);
    o.insert(u"CanApplyToRevenue"_s, t.canApplyToRevenue);
    o.insert(u"DisplayTaxRate"_s, json::number(t.ratePercent4, 4));
    o.insert(u"EffectiveRate"_s, json::number(t.ratePercent4, 4));
    o.insert(u"Status"_s, t.status);
    QJsonObject component;
    component.insert(u"Name"_s, region == Region::UK ? u"VAT"_s : u"GST"_s);
    component.insert(u"Rate"_s, json::number(t.ratePercent4, 4));
    component.insert(u"IsCompound"_s, false);
    component.insert(u"IsNonRecoverable"_s, false);
    o.insert(u"TaxComponents"_s, QJsonArray{component});
    return o;
}

QJsonObject Organisation::itemJson(const Item &i) const
{
    QJsonObject o;
    o.insert(u"ItemID"_s, i.id);
    o.insert(u"Code"_s, i.code);
    o.insert(u"Name"_s, i.name);
    o.insert(u"Description"_s, i.description);
    o.insert(u"IsSold"_s, i.isSold);
    o.insert(u"IsPurchased"_s, i.isPurchased);
    o.insert(u"IsTrackedAsInventory"_s, false);
    QJsonObject sales;
    if (i.salesUnitPrice4)
        sales.insert(u"UnitPrice"_s, json::number(*i.salesUnitPrice4, 4));
    if (!i.salesAccountCode.isEmpty())
        sales.insert(u"AccountCode"_s, i.salesAccountCode);
    if (!i.salesTaxType.isEmpty())
        sales.insert(u"TaxType"_s, i.salesTaxType);
    o.insert(u"SalesDetails"_s, sales);
    o.insert(u"PurchaseDetails"_s, QJsonObject());
    o.insert(u"UpdatedDateUTC"_s, json::msDate(i.updatedMs));
    return o;
}

QJsonObject Organisation::currencyJson(const Currency &c) const
{
    return {{u"Code"_s, c.code}, {u"Description"_s, c.description}};
}

QJsonObject Organisation::organisationJson() const
{
    QJsonObject o;
    o.insert(u"OrganisationID"_s, id);
    o.insert(u"APIKey"_s, QString());
    o.insert(u"Name"_s, name);
    o.insert(u"LegalName"_s, name);
    o.insert(u"PaysTax"_s, true);
    o.insert(u"Version"_s, region == Region::UK ? u"UK"_s : u"NZ"_s);
    o.insert(u"OrganisationType"_s, u"COMPANY"_s);
    o.insert(u"BaseCurrency"_s, baseCurrency);
    o.insert(u"CountryCode"_s, countryCode);
    o.insert(u"IsDemoCompany"_s, false);
    o.insert(u"OrganisationStatus"_s, u"ACTIVE"_s);
    o.insert(u"FinancialYearEndDay"_s, 31);
    o.insert(u"FinancialYearEndMonth"_s, 3);
    o.insert(u"SalesTaxBasis"_s, region == Region::UK ? u"ACCRUALS"_s : u"PAYMENTS"_s);
    o.insert(u"SalesTaxPeriod"_s, region == Region::UK ? u"QUARTERLY1"_s : u"TWOMONTHS"_s);
    o.insert(u"DefaultSalesTax"_s, u"Tax Exclusive"_s);
    o.insert(u"DefaultPurchasesTax"_s, u"Tax Exclusive"_s);
    if (periodLockDate.isValid())
        o.insert(u"PeriodLockDate"_s, json::dateOnly(periodLockDate));
    o.insert(u"CreatedDateUTC"_s, json::msDate(nowMs()));
    o.insert(u"OrganisationEntityType"_s, u"COMPANY"_s);
    o.insert(u"Timezone"_s, timezone);
    o.insert(u"ShortCode"_s, shortCode);
    o.insert(u"OrganisationID"_s, id);
    o.insert(u"Edition"_s, u"BUSINESS"_s);
    o.insert(u"Class"_s, approvalCapPerMonth >= 0 ? u"STARTER"_s : u"STANDARD"_s);
    o.insert(u"Addresses"_s, QJsonArray());
    o.insert(u"Phones"_s, QJsonArray());
    o.insert(u"ExternalLinks"_s, QJsonArray());
    o.insert(u"PaymentTerms"_s, QJsonObject());
    return o;
}

static QJsonValue plainValue(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.startsWith(QChar(1)))
            return s.mid(2).toDouble();
        return v;
    }
    if (v.isObject())
        return Organisation::plain(v.toObject());
    if (v.isArray()) {
        QJsonArray out;
        for (const auto &e : v.toArray())
            out.append(plainValue(e));
        return out;
    }
    return v;
}

QJsonObject Organisation::plain(const QJsonObject &rendered)
{
    QJsonObject out;
    for (auto it = rendered.begin(); it != rendered.end(); ++it)
        out.insert(it.key(), plainValue(it.value()));
    return out;
}

} // namespace fakexero
