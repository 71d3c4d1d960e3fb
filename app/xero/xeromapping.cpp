#include "xeromapping.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace billhook {

namespace xerojson {

namespace {

const QString kDecimalMark = QStringLiteral("\x1F"
                                            "dec:");

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

QJsonValue plainValue(const QJsonValue &v);

QJsonObject plainObject(const QJsonObject &o)
{
    QJsonObject out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), plainValue(it.value()));
    return out;
}

QJsonValue plainValue(const QJsonValue &v)
{
    if (v.isObject())
        return plainObject(v.toObject());
    if (v.isArray()) {
        QJsonArray a;
        for (const auto &e : v.toArray())
            a.append(plainValue(e));
        return a;
    }
    if (v.isString() && v.toString().startsWith(kDecimalMark))
        return v.toString().mid(kDecimalMark.size());
    return v;
}

} // namespace

QByteArray quoteNumbers(const QByteArray &raw)
{
    // Runs of string or structure are copied whole: a page of 1,000 invoices is megabytes, and appending
    // byte by byte dominated the parse. Each number gains two quotes, so the output is at most twice as long.
    QByteArray out(raw.size() * 2, Qt::Uninitialized);
    const char *in = raw.constData();
    const qsizetype n = raw.size();
    char *w = out.data();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && in[j] != '"' && in[j] != '-' && !(in[j] >= '0' && in[j] <= '9'))
            ++j;
        std::memcpy(w, in + i, size_t(j - i));
        w += j - i;
        i = j;
        if (i >= n)
            break;
        if (in[i] == '"') {
            // A string, to its closing quote (a backslash escapes the next character).
            j = i + 1;
            while (j < n && in[j] != '"') {
                if (in[j] == '\\' && j + 1 < n)
                    ++j;
                ++j;
            }
            j = std::min(j + 1, n);
            std::memcpy(w, in + i, size_t(j - i));
            w += j - i;
            i = j;
            continue;
        }
        j = i;
        while (j < n && isNumberChar(in[j]))
            ++j;
        *w++ = '"';
        std::memcpy(w, in + i, size_t(j - i));
        w += j - i;
        *w++ = '"';
        i = j;
    }
    out.truncate(w - out.constData());
    return out;
}

QJsonDocument parseExact(const QByteArray &raw)
{
    return QJsonDocument::fromJson(quoteNumbers(raw));
}

std::optional<qint64> decimalUnits(const QJsonValue &value, int dp)
{
    if (!value.isString())
        return std::nullopt; // a double would already have lost the exact value
    const QString text = value.toString();
    if (text.contains(u'e') || text.contains(u'E'))
        return std::nullopt;
    auto parsed = FixedParse::parse(text, dp, {});
    if (!parsed)
        return std::nullopt;
    return *parsed;
}

QJsonValue decimal(qint64 units, int dp)
{
    return QJsonValue(QString(kDecimalMark + FixedParse::format(units, dp, dp)));
}

QByteArray rawBody(const QJsonObject &object)
{
    const QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    static const QRegularExpression marked(QStringLiteral("\"\\\\u001[fF]dec:(-?[0-9]+(?:\\.[0-9]+)?)\""));
    QString out = text;
    out.replace(marked, QStringLiteral("\\1"));
    return out.toUtf8();
}

QJsonDocument stringBody(const QJsonObject &object)
{
    return QJsonDocument(plainObject(object));
}

namespace {

// The common shape, "/Date(1731234567890+0000)/" with ASCII digits, read without the regular expression
// (twice per pulled record); anything else goes to it. nullopt: not this shape.
std::optional<QDateTime> parseMsDateFast(QStringView text)
{
    constexpr QStringView open = u"/Date(";
    constexpr QStringView close = u")/";
    if (!text.startsWith(open) || !text.endsWith(close))
        return std::nullopt;
    const QStringView body = text.sliced(open.size(), text.size() - open.size() - close.size());
    qsizetype i = 0;
    const bool negative = i < body.size() && body[i] == u'-';
    if (negative)
        ++i;
    const qsizetype digits0 = i;
    qint64 ms = 0;
    while (i < body.size() && body[i] >= u'0' && body[i] <= u'9') {
        ms = ms * 10 + (body[i].unicode() - u'0');
        ++i;
    }
    const qsizetype digits = i - digits0;
    if (digits == 0 || digits > 18)
        return std::nullopt;
    QDateTime t = QDateTime::fromMSecsSinceEpoch(negative ? -ms : ms, Qt::UTC);
    if (i == body.size())
        return t;
    if (body.size() - i != 5 || (body[i] != u'+' && body[i] != u'-'))
        return std::nullopt;
    int hhmm[4];
    for (int k = 0; k < 4; ++k) {
        const QChar c = body[i + 1 + k];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        hhmm[k] = c.unicode() - u'0';
    }
    const int offset = ((hhmm[0] * 10 + hhmm[1]) * 60 + hhmm[2] * 10 + hhmm[3]) * 60;
    return t.addSecs(body[i] == u'+' ? -offset : offset);
}

} // namespace

QDateTime parseMsDate(const QString &text)
{
    if (auto fast = parseMsDateFast(QStringView(text).trimmed()))
        return *fast;
    static const QRegularExpression re(QStringLiteral("^/Date\\((-?\\d+)(?:([+-])(\\d{2})(\\d{2}))?\\)/$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromMSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
    if (m.capturedLength(2) > 0) {
        const int offset = (m.captured(3).toInt() * 60 + m.captured(4).toInt()) * 60;
        t = t.addSecs(m.captured(2) == u"+" ? -offset : offset);
    }
    return t;
}

QString updatedUtc(const QJsonObject &record)
{
    const QDateTime t = parseMsDate(record.value(QStringLiteral("UpdatedDateUTC")).toString());
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QDate parseDate(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    if (text.startsWith(u"/Date("))
        return parseMsDate(text).date();
    return QDate::fromString(text.left(10), Qt::ISODate);
}

} // namespace xerojson

namespace xeromap {

namespace {

QString s(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QString collapseSpaces(const QString &text)
{
    return text.simplified();
}

// At most four address lines, as Billhook sends them (AddressLine1-4); the rest joins the fourth.
QString canonicalAddress(QStringList lines)
{
    QStringList kept;
    for (const QString &l : lines) {
        if (!l.trimmed().isEmpty())
            kept.append(l.trimmed());
    }
    if (kept.size() > 4) {
        const QString rest = kept.mid(3).join(QStringLiteral(", "));
        kept = kept.mid(0, 3);
        kept.append(rest);
    }
    return kept.join(u'\n');
}

template<class F> F parseOr(const QString &text)
{
    auto v = F::parse(text);
    return v ? *v : F();
}

} // namespace

QJsonObject customerFields(const Customer &c)
{
    return {
        {QStringLiteral("name"), collapseSpaces(c.name)},
        {QStringLiteral("email"), c.email.trimmed()},
        {QStringLiteral("phone"), c.phone.trimmed()},
        {QStringLiteral("mobile"), c.mobile.trimmed()},
        {QStringLiteral("address"), canonicalAddress(c.address.split(u'\n'))},
        {QStringLiteral("contactPerson"), collapseSpaces(c.contactPerson)},
        {QStringLiteral("archived"), c.archived ? QStringLiteral("1") : QStringLiteral("0")},
    };
}

QJsonObject contactFields(const QJsonObject &contact)
{
    QString phone, mobile;
    for (const auto &v : contact.value(QStringLiteral("Phones")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString number =
            QStringList{s(p, "PhoneCountryCode"), s(p, "PhoneAreaCode"), s(p, "PhoneNumber")}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(u' ');
        const QString type = s(p, "PhoneType");
        if (type == u"MOBILE")
            mobile = number;
        else if (type == u"DEFAULT")
            phone = number;
    }
    QString address;
    const QJsonArray addresses = contact.value(QStringLiteral("Addresses")).toArray();
    // Billhook writes POBOX (the billing/postal address); fall back to STREET when only that is filled.
    for (const char *wanted : {"POBOX", "STREET"}) {
        for (const auto &v : addresses) {
            const QJsonObject a = v.toObject();
            if (s(a, "AddressType") != QLatin1String(wanted))
                continue;
            QStringList lines;
            for (const char *k : {"AddressLine1", "AddressLine2", "AddressLine3", "AddressLine4", "City",
                                  "Region", "PostalCode", "Country"})
                lines.append(s(a, k));
            address = canonicalAddress(lines);
        }
        if (!address.isEmpty())
            break;
    }
    return {
        {QStringLiteral("name"), collapseSpaces(s(contact, "Name"))},
        {QStringLiteral("email"), s(contact, "EmailAddress")},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("mobile"), mobile},
        {QStringLiteral("address"), address},
        {QStringLiteral("contactPerson"),
         collapseSpaces(s(contact, "FirstName") + u' ' + s(contact, "LastName"))},
        {QStringLiteral("archived"),
         s(contact, "ContactStatus") == u"ARCHIVED" ? QStringLiteral("1") : QStringLiteral("0")},
    };
}

void applyCustomerFields(Customer &c, const QJsonObject &f)
{
    const auto take = [&](const char *key, QString &target) {
        if (f.contains(QLatin1String(key)))
            target = f.value(QLatin1String(key)).toString();
    };
    take("name", c.name);
    take("email", c.email);
    take("phone", c.phone);
    take("mobile", c.mobile);
    take("address", c.address);
    take("contactPerson", c.contactPerson);
    if (f.contains(QStringLiteral("archived")))
        c.archived = f.value(QStringLiteral("archived")).toString() == u"1";
}

QJsonObject contactPayload(const Customer &c, const QString &contactId, const QStringList &changed)
{
    const QJsonObject f = customerFields(c);
    QJsonObject o;
    if (!contactId.isEmpty())
        o.insert(QStringLiteral("ContactID"), contactId);
    o.insert(QStringLiteral("ContactNumber"), c.contactNumber);
    const bool all = contactId.isEmpty();
    const auto wants = [&](const char *field) { return all || changed.contains(QLatin1String(field)); };
    if (wants("name") || all)
        o.insert(QStringLiteral("Name"), f.value(QStringLiteral("name")));
    if (wants("email"))
        o.insert(QStringLiteral("EmailAddress"), f.value(QStringLiteral("email")));
    if (wants("contactPerson")) {
        const QString person = f.value(QStringLiteral("contactPerson")).toString();
        const qsizetype space = person.indexOf(u' ');
        o.insert(QStringLiteral("FirstName"), space < 0 ? person : person.left(space));
        o.insert(QStringLiteral("LastName"), space < 0 ? QString() : person.mid(space + 1));
    }
    if (wants("phone") || wants("mobile")) {
        o.insert(QStringLiteral("Phones"),
                 QJsonArray{QJsonObject{{QStringLiteral("PhoneType"), QStringLiteral("DEFAULT")},
                                        {QStringLiteral("PhoneNumber"), f.value(QStringLiteral("phone"))}},
                            QJsonObject{{QStringLiteral("PhoneType"), QStringLiteral("MOBILE")},
                                        {QStringLiteral("PhoneNumber"), f.value(QStringLiteral("mobile"))}}});
    }
    if (wants("address")) {
        const QStringList lines = f.value(QStringLiteral("address")).toString().split(u'\n');
        QJsonObject a{{QStringLiteral("AddressType"), QStringLiteral("POBOX")}};
        for (int i = 0; i < 4; ++i)
            a.insert(QStringLiteral("AddressLine%1").arg(i + 1), i < lines.size() ? lines[i] : QString());
        o.insert(QStringLiteral("Addresses"), QJsonArray{a});
    }
    if (wants("archived") && (!all || c.archived))
        o.insert(QStringLiteral("ContactStatus"),
                 c.archived ? QStringLiteral("ARCHIVED") : QStringLiteral("ACTIVE"));
    return o;
}

QString xeroInvoiceStatus(InvoiceStatus st, bool sendApprovedAsDraft)
{
    switch (st) {
    case InvoiceStatus::Draft:
        return QStringLiteral("DRAFT");
    case InvoiceStatus::Approved:
    case InvoiceStatus::PartPaid:
    case InvoiceStatus::Paid: // paid through payments, which travel on their own
        return sendApprovedAsDraft && st == InvoiceStatus::Approved ? QStringLiteral("DRAFT")
                                                                    : QStringLiteral("AUTHORISED");
    case InvoiceStatus::Voided:
        return QStringLiteral("VOIDED");
    case InvoiceStatus::Deleted:
        return QStringLiteral("DELETED");
    }
    return {};
}

namespace {

QString canonicalRemoteStatus(const QString &xeroStatus)
{
    if (xeroStatus == u"SUBMITTED")
        return QStringLiteral("DRAFT"); // Billhook has no "awaiting approval"; it stays a draft here
    if (xeroStatus == u"PAID")
        return QStringLiteral("AUTHORISED"); // paid-ness comes from payments
    return xeroStatus;
}

QString linesText(const QJsonArray &lines)
{
    return QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact));
}

QString percentTo2dp(Percent p)
{
    // Xero keeps DiscountRate at 2 decimals.
    return Money::fromUnits(qint64(divideRounded(p.units(), 100))).toString(2);
}

} // namespace

QJsonObject invoiceFields(const Invoice &inv, const InvoiceContext &ctx)
{
    QJsonArray lines;
    for (const auto &l : inv.lines) {
        lines.append(QJsonObject{
            {QStringLiteral("d"), l.description.trimmed()},
            {QStringLiteral("q"), l.quantity.toString(4)},
            {QStringLiteral("u"), l.unitPrice.toString(4)},
            {QStringLiteral("disc"), percentTo2dp(l.discount)},
            {QStringLiteral("a"), l.accountCode.isEmpty() ? ctx.defaultAccountCode : l.accountCode},
            {QStringLiteral("t"), inv.taxMode == TaxMode::NoTax ? QStringLiteral("NONE")
                                  : ctx.taxTypeFor              ? ctx.taxTypeFor(l)
                                                                : QString()},
            {QStringLiteral("i"), l.itemCode},
        });
    }
    return {
        {QStringLiteral("contact"), ctx.contactId},
        {QStringLiteral("number"), inv.number},
        {QStringLiteral("reference"), inv.reference.trimmed()},
        {QStringLiteral("date"), inv.issueDate.toString(Qt::ISODate)},
        {QStringLiteral("dueDate"), inv.dueDate.toString(Qt::ISODate)},
        {QStringLiteral("currency"), inv.currency},
        {QStringLiteral("taxMode"), taxModeXero(inv.taxMode)},
        {QStringLiteral("status"),
         canonicalRemoteStatus(xeroInvoiceStatus(inv.status, ctx.sendApprovedAsDraft))},
        {QStringLiteral("lines"), linesText(lines)},
    };
}

QJsonObject remoteInvoiceFields(const QJsonObject &inv)
{
    QJsonArray lines;
    for (const auto &v : inv.value(QStringLiteral("LineItems")).toArray()) {
        const QJsonObject l = v.toObject();
        const auto qty = xerojson::decimalUnits(l.value(QStringLiteral("Quantity")), 4).value_or(0);
        const auto unit = xerojson::decimalUnits(l.value(QStringLiteral("UnitAmount")), 4).value_or(0);
        const auto disc = xerojson::decimalUnits(l.value(QStringLiteral("DiscountRate")), 2).value_or(0);
        lines.append(QJsonObject{
            {QStringLiteral("d"), s(l, "Description")},
            {QStringLiteral("q"), Quantity::fromUnits(qty).toString(4)},
            {QStringLiteral("u"), UnitPrice::fromUnits(unit).toString(4)},
            {QStringLiteral("disc"), Money::fromUnits(disc).toString(2)},
            {QStringLiteral("a"), s(l, "AccountCode")},
            {QStringLiteral("t"), s(l, "TaxType")},
            {QStringLiteral("i"), s(l, "ItemCode")},
        });
    }
    return {
        {QStringLiteral("contact"),
         inv.value(QStringLiteral("Contact")).toObject().value(QStringLiteral("ContactID")).toString()},
        {QStringLiteral("number"), s(inv, "InvoiceNumber")},
        {QStringLiteral("reference"), s(inv, "Reference")},
        {QStringLiteral("date"),
         xerojson::parseDate(inv.value(QStringLiteral("Date"))).toString(Qt::ISODate)},
        {QStringLiteral("dueDate"),
         xerojson::parseDate(inv.value(QStringLiteral("DueDate"))).toString(Qt::ISODate)},
        {QStringLiteral("currency"), s(inv, "CurrencyCode")},
        {QStringLiteral("taxMode"), s(inv, "LineAmountTypes")},
        {QStringLiteral("status"), canonicalRemoteStatus(s(inv, "Status"))},
        {QStringLiteral("lines"), linesText(lines)},
    };
}

XeroInvoiceFigures invoiceFigures(const QJsonObject &inv)
{
    XeroInvoiceFigures f;
    const auto money = [&](const char *key, Money &target) {
        auto v = xerojson::decimalUnits(inv.value(QLatin1String(key)), 2);
        if (v)
            target = Money::fromUnits(*v);
        return v.has_value();
    };
    f.ok = money("SubTotal", f.subtotal) && money("TotalTax", f.totalTax) && money("Total", f.total) &&
           money("AmountDue", f.amountDue) && money("AmountPaid", f.amountPaid);
    for (const auto &v : inv.value(QStringLiteral("LineItems")).toArray()) {
        const QJsonObject l = v.toObject();
        f.lineAmounts.append(
            Money::fromUnits(xerojson::decimalUnits(l.value(QStringLiteral("LineAmount")), 2).value_or(0)));
        f.lineTaxes.append(
            Money::fromUnits(xerojson::decimalUnits(l.value(QStringLiteral("TaxAmount")), 2).value_or(0)));
        f.lineItemIds.append(s(l, "LineItemID"));
    }
    return f;
}

InvoiceStatus localInvoiceStatus(const QString &xeroStatus, Money amountPaid, InvoiceStatus current)
{
    if (xeroStatus == u"DRAFT" || xeroStatus == u"SUBMITTED")
        return current == InvoiceStatus::Approved ? InvoiceStatus::Approved : InvoiceStatus::Draft;
    if (xeroStatus == u"AUTHORISED")
        return amountPaid.units() > 0 ? InvoiceStatus::PartPaid : InvoiceStatus::Approved;
    if (xeroStatus == u"PAID")
        return InvoiceStatus::Paid;
    if (xeroStatus == u"VOIDED")
        return InvoiceStatus::Voided;
    if (xeroStatus == u"DELETED")
        return InvoiceStatus::Deleted;
    return current;
}

QList<InvoiceLine> linesFromFields(const QJsonObject &fields,
                                   const std::function<LocalTax(const QString &taxType)> &taxFor)
{
    QList<InvoiceLine> out;
    const QJsonArray lines =
        QJsonDocument::fromJson(fields.value(QStringLiteral("lines")).toString().toUtf8()).array();
    int position = 0;
    for (const auto &v : lines) {
        const QJsonObject l = v.toObject();
        InvoiceLine line;
        line.position = position++;
        line.description = l.value(QStringLiteral("d")).toString();
        line.quantity = parseOr<Quantity>(l.value(QStringLiteral("q")).toString());
        line.unitPrice = parseOr<UnitPrice>(l.value(QStringLiteral("u")).toString());
        line.discount = parseOr<Percent>(l.value(QStringLiteral("disc")).toString());
        line.accountCode = l.value(QStringLiteral("a")).toString();
        line.itemCode = l.value(QStringLiteral("i")).toString();
        const LocalTax tax = taxFor(l.value(QStringLiteral("t")).toString());
        line.taxCode = tax.code;
        line.taxRate = tax.rate;
        out.append(line);
    }
    return out;
}

QJsonObject invoicePayload(const Invoice &inv, const QJsonObject &fields, const QString &invoiceId,
                           const QStringList &changed, const QStringList &lineItemIds)
{
    QJsonObject o{{QStringLiteral("Type"), QStringLiteral("ACCREC")}};
    if (!invoiceId.isEmpty())
        o.insert(QStringLiteral("InvoiceID"), invoiceId);
    o.insert(QStringLiteral("InvoiceNumber"), inv.number);
    const bool all = invoiceId.isEmpty();
    const auto wants = [&](const char *field) { return all || changed.contains(QLatin1String(field)); };
    if (wants("contact"))
        o.insert(QStringLiteral("Contact"),
                 QJsonObject{{QStringLiteral("ContactID"), fields.value(QStringLiteral("contact"))}});
    if (wants("reference"))
        o.insert(QStringLiteral("Reference"), fields.value(QStringLiteral("reference")));
    if (wants("date"))
        o.insert(QStringLiteral("Date"), fields.value(QStringLiteral("date")));
    if (wants("dueDate"))
        o.insert(QStringLiteral("DueDate"), fields.value(QStringLiteral("dueDate")));
    if (wants("currency"))
        o.insert(QStringLiteral("CurrencyCode"), fields.value(QStringLiteral("currency")));
    if (wants("taxMode"))
        o.insert(QStringLiteral("LineAmountTypes"), fields.value(QStringLiteral("taxMode")));
    if (wants("status"))
        o.insert(QStringLiteral("Status"), fields.value(QStringLiteral("status")));
    if (wants("lines")) {
        QJsonArray items;
        const QJsonArray lines =
            QJsonDocument::fromJson(fields.value(QStringLiteral("lines")).toString().toUtf8()).array();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject l = lines[i].toObject();
            QJsonObject item;
            if (i < lineItemIds.size() && !lineItemIds[i].isEmpty())
                item.insert(QStringLiteral("LineItemID"), lineItemIds[i]);
            item.insert(QStringLiteral("Description"), l.value(QStringLiteral("d")));
            item.insert(
                QStringLiteral("Quantity"),
                xerojson::decimal(parseOr<Quantity>(l.value(QStringLiteral("q")).toString()).units(), 4));
            item.insert(
                QStringLiteral("UnitAmount"),
                xerojson::decimal(parseOr<UnitPrice>(l.value(QStringLiteral("u")).toString()).units(), 4));
            const qint64 disc = parseOr<Money>(l.value(QStringLiteral("disc")).toString()).units();
            if (disc != 0)
                item.insert(QStringLiteral("DiscountRate"), xerojson::decimal(disc, 2));
            if (!l.value(QStringLiteral("a")).toString().isEmpty())
                item.insert(QStringLiteral("AccountCode"), l.value(QStringLiteral("a")));
            if (!l.value(QStringLiteral("t")).toString().isEmpty())
                item.insert(QStringLiteral("TaxType"), l.value(QStringLiteral("t")));
            if (!l.value(QStringLiteral("i")).toString().isEmpty())
                item.insert(QStringLiteral("ItemCode"), l.value(QStringLiteral("i")));
            items.append(item);
        }
        o.insert(QStringLiteral("LineItems"), items);
    }
    return o;
}

QJsonObject paymentPayload(const Payment &p, const QString &invoiceId, const QString &bankAccountCode,
                           const QString &bankAccountId)
{
    QJsonObject account;
    if (!bankAccountId.isEmpty())
        account.insert(QStringLiteral("AccountID"), bankAccountId);
    else
        account.insert(QStringLiteral("Code"), bankAccountCode);
    QJsonObject o{
        {QStringLiteral("Invoice"), QJsonObject{{QStringLiteral("InvoiceID"), invoiceId}}},
        {QStringLiteral("Account"), account},
        {QStringLiteral("Date"), p.date.toString(Qt::ISODate)},
        {QStringLiteral("Amount"), xerojson::decimal(p.amount.units(), 2)},
    };
    if (!p.reference.isEmpty())
        o.insert(QStringLiteral("Reference"), p.reference);
    return o;
}

XeroPayment readPayment(const QJsonObject &o)
{
    XeroPayment p;
    p.paymentId = s(o, "PaymentID");
    p.invoiceId = o.value(QStringLiteral("Invoice")).toObject().value(QStringLiteral("InvoiceID")).toString();
    p.date = xerojson::parseDate(o.value(QStringLiteral("Date")));
    const auto amount = xerojson::decimalUnits(o.value(QStringLiteral("Amount")), 2);
    p.amount = Money::fromUnits(amount.value_or(0));
    p.reference = s(o, "Reference");
    p.status = s(o, "Status");
    p.updatedUtc = xerojson::updatedUtc(o);
    p.ok = !p.paymentId.isEmpty() && amount.has_value() && p.date.isValid();
    return p;
}

} // namespace xeromap

} // namespace billhook
