// "Demo Company (UK)": a realistic organisation for trying Billhook end to end without a Xero account.
// Generated from a fixed seed through the same rules as API writes, so the data is always valid and the
// same on every run (IDs included).
#include "fakexero.h"
#include "xerojson.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace fakexero {

QString FakeXero::seedDemo()
{
    json::seedGuids(20240601);
    QRandomGenerator rng(42);
    Organisation &org = addOrganisation(u"Demo Company (UK)"_s, Organisation::Region::UK);

    const struct
    {
        const char16_t *code, *name;
        qint64 price4;
        const char16_t *tax;
    } items[] = {
        {u"LAB-HR", u"Labour (per hour)", 450000, u"OUTPUT2"},
        {u"CALLOUT", u"Call-out fee", 650000, u"OUTPUT2"},
        {u"BOILER-SVC", u"Boiler service", 8500000, u"OUTPUT2"},
        {u"RAD-600", u"Radiator 600mm", 1249900, u"OUTPUT2"},
        {u"VALVE-TRV", u"Thermostatic valve", 189500, u"OUTPUT2"},
        {u"COPPER-15", u"Copper pipe 15mm (m)", 42500, u"OUTPUT2"},
        {u"INSUL-ENERGY", u"Loft insulation (m²)", 120000, u"RROUTPUT"},
        {u"CERT-GAS", u"Gas safety certificate", 6000000, u"OUTPUT2"},
    };
    for (const auto &i : items) {
        org.saveItem(
            QJsonObject{{u"Code"_s, QString::fromUtf16(i.code)},
                        {u"Name"_s, QString::fromUtf16(i.name)},
                        {u"SalesDetails"_s, QJsonObject{{u"UnitPrice"_s, money::format(i.price4, 4)},
                                                        {u"AccountCode"_s, u"200"_s},
                                                        {u"TaxType"_s, QString::fromUtf16(i.tax)}}}});
    }

    static const char16_t *firstNames[] = {u"Oliver", u"Amelia", u"Harry",  u"Isla", u"George", u"Ava",
                                           u"Noah",   u"Mia",    u"Jack",   u"Ivy",  u"Leo",    u"Grace",
                                           u"Oscar",  u"Freya",  u"Arthur", u"Lily", u"Alfie",  u"Ella"};
    static const char16_t *lastNames[] = {
        u"Smith",   u"Jones",   u"Taylor", u"Brown",  u"Williams", u"Wilson", u"Davies", u"Evans", u"Thomas",
        u"Johnson", u"Roberts", u"Walker", u"Wright", u"Hughes",   u"Patel",  u"Green",  u"Hall",  u"Clarke"};
    static const char16_t *companies[] = {u"Bayside Club",          u"City Limousines",
                                          u"Hamilton Smith Ltd",    u"Marine Systems",
                                          u"Ridgeway University",   u"Boom FM",
                                          u"Port & Philip Freight", u"Petrie McLoud Watson & Associates",
                                          u"Rex Media Group",       u"DIISR - Small Business Services",
                                          u"Basket Case",           u"Young Bros Transport",
                                          u"Chateau Cafe",          u"Coco Ltd",
                                          u"Swanston Security",     u"Orlena Greenhouse",
                                          u"Dimples Warehouse",     u"Carlton Functions",
                                          u"Central Copiers",       u"Mr Contractor"};
    static const char16_t *streets[] = {u"High Street", u"Station Road",  u"Church Lane",
                                        u"Mill Road",   u"Victoria Road", u"Park Avenue"};
    static const char16_t *towns[] = {u"Bristol", u"Bath",   u"Leeds", u"York",
                                      u"Norwich", u"Exeter", u"Oxford"};

    QStringList contactIds;
    for (int n = 0; n < 50; ++n) {
        QString contactName;
        QJsonObject c;
        if (n < int(std::size(companies))) {
            contactName = QString::fromUtf16(companies[n]);
        } else {
            const QString first = QString::fromUtf16(firstNames[rng.bounded(int(std::size(firstNames)))]);
            const QString last = QString::fromUtf16(lastNames[rng.bounded(int(std::size(lastNames)))]);
            contactName = first + u' ' + last;
            for (int suffix = 2; org.contact(contactName) ||
                                 [&] {
                                     for (const auto &existing : org.contacts)
                                         if (existing.name == contactName)
                                             return true;
                                     return false;
                                 }();
                 ++suffix)
                contactName = first + u' ' + last + u" ("_s + QString::number(suffix) + u')';
            c.insert(u"FirstName"_s, first);
            c.insert(u"LastName"_s, last);
        }
        c.insert(u"Name"_s, contactName);
        c.insert(u"ContactNumber"_s, QString(u"C-"_s + QString::number(1001 + n)));
        QString mailbox = contactName.toLower();
        mailbox.removeIf([](QChar ch) { return !ch.isLetterOrNumber(); });
        c.insert(u"EmailAddress"_s, QString(u"accounts@"_s + mailbox.left(20) + u".example"_s));
        c.insert(
            u"Addresses"_s,
            QJsonArray{QJsonObject{{u"AddressType"_s, u"POBOX"_s},
                                   {u"AddressLine1"_s, QString(QString::number(1 + rng.bounded(200)) + u' ' +
                                                               QString::fromUtf16(streets[rng.bounded(6)]))},
                                   {u"City"_s, QString::fromUtf16(towns[rng.bounded(7)])},
                                   {u"PostalCode"_s, u"BS1 4DJ"_s},
                                   {u"Country"_s, u"United Kingdom"_s}}});
        c.insert(u"Phones"_s, QJsonArray{QJsonObject{
                                  {u"PhoneType"_s, u"DEFAULT"_s},
                                  {u"PhoneNumber"_s, QString(u"0117 496 0"_s + QString::number(100 + n))}}});
        const SaveResult r = org.saveContact(c);
        contactIds << r.record.value(u"ContactID"_s).toString();
    }

    // Invoices over the last twelve months, in every status; payments on the paid and part-paid ones.
    const QDate today = org.today();
    static const char16_t *itemCodes[] = {u"LAB-HR",    u"CALLOUT",   u"BOILER-SVC",   u"RAD-600",
                                          u"VALVE-TRV", u"COPPER-15", u"INSUL-ENERGY", u"CERT-GAS"};
    for (int n = 0; n < 200; ++n) {
        const QDate date = today.addDays(-int(rng.bounded(360)));
        QJsonArray lines;
        const int lineCount = 1 + rng.bounded(4);
        for (int l = 0; l < lineCount; ++l) {
            QJsonObject line{{u"ItemCode"_s, QString::fromUtf16(itemCodes[rng.bounded(8)])},
                             {u"Quantity"_s, double(1 + rng.bounded(6))}};
            if (rng.bounded(5) == 0)
                line.insert(u"DiscountRate"_s, 10.0);
            lines.append(line);
        }
        if (rng.bounded(4) == 0)
            lines.append(QJsonObject{{u"Description"_s, u"Materials"_s},
                                     {u"Quantity"_s, 1.0},
                                     {u"UnitAmount"_s, money::format(1000 + rng.bounded(50000), 2)},
                                     {u"AccountCode"_s, u"260"_s}});
        // Status mix: 10% draft, 7% submitted, 33% authorised (some part-paid), 40% paid, 5% voided, 5%
        // deleted.
        const int roll = rng.bounded(100);
        const QString status = roll < 10   ? u"DRAFT"_s
                               : roll < 17 ? u"SUBMITTED"_s
                               : roll < 50 ? u"AUTHORISED"_s
                               : roll < 90 ? u"PAID"_s
                               : roll < 95 ? u"VOIDED"_s
                                           : u"DELETED"_s;
        const bool approve = status != u"DRAFT"_s && status != u"SUBMITTED"_s && status != u"DELETED"_s;
        QJsonObject invoice{
            {u"Type"_s, u"ACCREC"_s},
            {u"Contact"_s, QJsonObject{{u"ContactID"_s, contactIds[rng.bounded(50)]}}},
            {u"Date"_s, date.toString(Qt::ISODate)},
            {u"DueDate"_s, date.addDays(30).toString(Qt::ISODate)},
            {u"Reference"_s, QString(u"Job "_s + QString::number(5000 + n))},
            {u"LineAmountTypes"_s, rng.bounded(10) == 0 ? u"Inclusive"_s : u"Exclusive"_s},
            {u"CurrencyCode"_s, rng.bounded(15) == 0 ? u"EUR"_s : u"GBP"_s},
            {u"Status"_s, approve ? u"AUTHORISED"_s : (status == u"DELETED"_s ? u"DRAFT"_s : status)},
            {u"LineItems"_s, lines}};
        const SaveResult created = org.saveInvoice(invoice);
        if (!created.ok())
            continue;
        const QString invoiceId = created.record.value(u"InvoiceID"_s).toString();
        Invoice *inv = org.invoice(invoiceId);
        if (status == u"PAID"_s) {
            qint64 remaining = inv->amountDue();
            if (rng.bounded(3) == 0 && remaining > 2000) {
                const qint64 first = remaining / 2;
                payInvoice(org.id, invoiceId, first);
                remaining -= first;
            }
            payInvoice(org.id, invoiceId, remaining);
        } else if (status == u"AUTHORISED"_s && rng.bounded(4) == 0) {
            payInvoice(org.id, invoiceId, inv->amountDue() / 3);
        } else if (status == u"VOIDED"_s) {
            voidInvoice(org.id, invoiceId);
        } else if (status == u"DELETED"_s) {
            org.saveInvoice(QJsonObject{{u"InvoiceID"_s, invoiceId}, {u"Status"_s, u"DELETED"_s}});
        }
    }

    // A few contacts in the states a sync has to cope with.
    org.archiveContact(contactIds[47]);
    org.archiveContact(contactIds[48]);
    org.gdprRedactContact(contactIds[49]);
    json::seedGuids(QRandomGenerator::system()->generate()); // later IDs are random again
    return org.id;
}

} // namespace fakexero
