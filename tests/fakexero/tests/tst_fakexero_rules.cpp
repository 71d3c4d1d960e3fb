// Xero's business rules as the fake enforces them, each through the real HTTP API and Xero's error bodies.
#include "messages.h"
#include "xeroclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fakexero;

class TestRules : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeXero> xero;
    std::unique_ptr<XeroClient> client;
    Organisation *org = nullptr;

    QJsonObject line(const QString &amount, const QString &account = u"200"_s)
    {
        return QJsonObject{{u"Description"_s, u"Work"_s},
                           {u"Quantity"_s, 1},
                           {u"UnitAmount"_s, amount.toDouble()},
                           {u"AccountCode"_s, account}};
    }
    QString contactId(const QString &name)
    {
        const SaveResult r = org->saveContact(QJsonObject{{u"Name"_s, name}});
        return r.record.value(u"ContactID"_s).toString();
    }
    QJsonObject invoice(const QString &contact, const QString &status = u"DRAFT"_s,
                        const QString &number = QString(), const QJsonArray &lines = {})
    {
        QJsonObject o{{u"Type"_s, u"ACCREC"_s},
                      {u"Contact"_s, QJsonObject{{u"ContactID"_s, contact}}},
                      {u"Status"_s, status},
                      {u"LineItems"_s, lines.isEmpty() ? QJsonArray{line(u"100.00"_s)} : lines}};
        if (!number.isEmpty())
            o.insert(u"InvoiceNumber"_s, number);
        return o;
    }
    Reply put(const QString &collection, const QJsonObject &element, const QString &query = {})
    {
        return client->api("PUT", collection + query, QJsonObject{{collection, QJsonArray{element}}});
    }
    QString createInvoice(const QString &status, const QString &number = {})
    {
        const SaveResult r =
            org->saveInvoice(invoice(contactId(u"Buyer "_s + QString::number(counter++)), status, number));
        return r.record.value(u"InvoiceID"_s).toString();
    }
    int counter = 0;

private Q_SLOTS:
    void init()
    {
        xero = std::make_unique<FakeXero>();
        QVERIFY(xero->start());
        xero->freezeClock(true);
        org = &xero->addOrganisation(u"Rules Ltd"_s);
        xero->rateLimiter().setLimits({100000, 100000, 5, 100000});
        client = std::make_unique<XeroClient>(*xero);
        client->connectAll();
    }
    void cleanup()
    {
        client.reset();
        xero.reset();
    }

    void contactNameUniqueAmongActive()
    {
        QVERIFY(put(u"Contacts"_s, {{u"Name"_s, u"Acme Ltd"_s}}).status == 200);
        const Reply dup = put(u"Contacts"_s, {{u"Name"_s, u"acme ltd"_s}});
        QCOMPARE(dup.status, 400);
        QCOMPARE(dup.json().value(u"Type"_s).toString(), u"ValidationException"_s);
        QCOMPARE(dup.json().value(u"ErrorNumber"_s).toInt(), 10);
        QCOMPARE(dup.firstValidationMessage(), message(Msg::ContactNameNotUnique).arg(u"acme ltd"_s));
        // Once the first is archived, the name is free again.
        QVERIFY(org->archiveContact(org->contacts.first().id));
        QCOMPARE(put(u"Contacts"_s, {{u"Name"_s, u"Acme Ltd"_s}}).status, 200);
        // Restoring the archived one would now clash.
        const Reply restore = client->api("POST", u"Contacts/"_s + org->contacts.first().id,
                                          QJsonObject{{u"ContactStatus"_s, u"ACTIVE"_s}});
        QCOMPARE(restore.status, 400);
        QCOMPARE(restore.firstValidationMessage(), message(Msg::ContactNameNotUnique).arg(u"Acme Ltd"_s));
    }

    void contactNumberUniqueAmongAll()
    {
        QCOMPARE(put(u"Contacts"_s, {{u"Name"_s, u"A"_s}, {u"ContactNumber"_s, u"C-1001"_s}}).status, 200);
        org->archiveContact(org->contacts.first().id);
        const Reply dup = put(u"Contacts"_s, {{u"Name"_s, u"B"_s}, {u"ContactNumber"_s, u"C-1001"_s}});
        QCOMPARE(dup.status, 400);
        QCOMPARE(dup.firstValidationMessage(), message(Msg::ContactNumberNotUnique).arg(u"C-1001"_s));
    }

    void archivedAndGdprContactsUnusableOnInvoices()
    {
        const QString archived = contactId(u"Gone Ltd"_s);
        org->archiveContact(archived);
        Reply r = put(u"Invoices"_s, invoice(archived));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstValidationMessage(), message(Msg::ContactArchived).arg(u"Gone Ltd"_s));

        const QString redacted = contactId(u"Private Person"_s);
        org->gdprRedactContact(redacted);
        r = put(u"Invoices"_s, invoice(redacted));
        QCOMPARE(r.status, 400);
        QVERIFY(r.firstValidationMessage().contains(u"GDPR"_s));
        // And the redacted contact is read-only.
        QCOMPARE(client->api("POST", u"Contacts/"_s + redacted, QJsonObject{{u"EmailAddress"_s, u"x@y.z"_s}})
                     .status,
                 400);
        QVERIFY(org->contact(redacted)->name != u"Private Person"_s);
    }

    void invoiceContactByNameCreatesContact()
    {
        const Reply r =
            put(u"Invoices"_s, QJsonObject{{u"Type"_s, u"ACCREC"_s},
                                           {u"Contact"_s, QJsonObject{{u"Name"_s, u"Walk-in Customer"_s}}},
                                           {u"LineItems"_s, QJsonArray{line(u"10"_s)}}});
        QCOMPARE(r.status, 200);
        QVERIFY(org->contact(r.json()[u"Invoices"_s][0][u"Contact"_s][u"ContactID"_s].toString()));
        const Reply none =
            put(u"Invoices"_s, QJsonObject{{u"Type"_s, u"ACCREC"_s}, {u"Contact"_s, QJsonObject()}});
        QCOMPARE(none.firstValidationMessage(), message(Msg::ContactIdentifierMissing));
    }

    void invoiceNumberUnique()
    {
        const QString c = contactId(u"Num Co"_s);
        QCOMPARE(put(u"Invoices"_s, invoice(c, u"DRAFT"_s, u"B-100"_s)).status, 200);
        const Reply dup = put(u"Invoices"_s, invoice(c, u"DRAFT"_s, u"B-100"_s));
        QCOMPARE(dup.status, 400);
        QCOMPARE(dup.firstValidationMessage(), u"Invoice # must be unique."_s);
        // Without a number Xero numbers it.
        const Reply auto1 = put(u"Invoices"_s, invoice(c));
        QCOMPARE(auto1.json()[u"Invoices"_s][0][u"InvoiceNumber"_s].toString(), u"INV-0001"_s);
    }

    void statusTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const QStringList all = {u"DRAFT"_s,  u"SUBMITTED"_s, u"AUTHORISED"_s,
                                 u"VOIDED"_s, u"DELETED"_s,   u"PAID"_s};
        const QSet<QString> allowed = {u"DRAFT>DRAFT"_s,           u"DRAFT>SUBMITTED"_s,
                                       u"DRAFT>AUTHORISED"_s,      u"DRAFT>DELETED"_s,
                                       u"SUBMITTED>DRAFT"_s,       u"SUBMITTED>SUBMITTED"_s,
                                       u"SUBMITTED>AUTHORISED"_s,  u"SUBMITTED>DELETED"_s,
                                       u"AUTHORISED>AUTHORISED"_s, u"AUTHORISED>VOIDED"_s};
        for (const auto &from :
             {u"DRAFT"_s, u"SUBMITTED"_s, u"AUTHORISED"_s, u"VOIDED"_s, u"DELETED"_s, u"PAID"_s}) {
            for (const auto &to : all) {
                const QString key = from + u'>' + to;
                QTest::newRow(qPrintable(key)) << from << to << allowed.contains(key);
            }
        }
    }
    void statusTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const QString start = from == u"VOIDED"_s || from == u"PAID"_s ? u"AUTHORISED"_s
                              : from == u"DELETED"_s                   ? u"DRAFT"_s
                                                                       : from;
        const QString id = createInvoice(start);
        QVERIFY(!id.isEmpty());
        if (from == u"VOIDED"_s)
            QVERIFY(xero->voidInvoice(org->id, id).ok());
        if (from == u"DELETED"_s)
            QVERIFY(org->saveInvoice(QJsonObject{{u"InvoiceID"_s, id}, {u"Status"_s, u"DELETED"_s}}).ok());
        if (from == u"PAID"_s)
            QVERIFY(xero->payInvoice(org->id, id, org->invoice(id)->amountDue()).ok());
        QCOMPARE(org->invoice(id)->status, from);

        const Reply r = client->api("POST", u"Invoices/"_s + id, QJsonObject{{u"Status"_s, to}});
        QCOMPARE(r.status == 200, allowed);
        if (!allowed)
            QCOMPARE(r.firstValidationMessage(), message(Msg::InvoiceStatusInvalid));
        QCOMPARE(org->invoice(id)->status, allowed ? to : from);
    }

    void paidOrPartPaidInvoiceCannotBeEdited()
    {
        const QString id = createInvoice(u"AUTHORISED"_s);
        QVERIFY(xero->payInvoice(org->id, id, 1000).ok());
        const Reply edit = client->api("POST", u"Invoices/"_s + id,
                                       QJsonObject{{u"LineItems"_s, QJsonArray{line(u"50.00"_s)}}});
        QCOMPARE(edit.status, 400);
        QCOMPARE(edit.firstValidationMessage(), message(Msg::InvoiceHasPayments));
        const Reply voiding =
            client->api("POST", u"Invoices/"_s + id, QJsonObject{{u"Status"_s, u"VOIDED"_s}});
        QCOMPARE(voiding.status, 400);
        // An approved invoice without payments can still be edited.
        const QString other = createInvoice(u"AUTHORISED"_s);
        QCOMPARE(client->api("POST", u"Invoices/"_s + other, QJsonObject{{u"Reference"_s, u"PO 7"_s}}).status,
                 200);
    }

    void paymentRules()
    {
        const QString id = createInvoice(u"AUTHORISED"_s); // 100.00 + 15% = 115.00
        auto pay = [&](const QString &amount, const QString &account = u"090"_s,
                       const QString &invoiceId = {}) {
            return put(u"Payments"_s,
                       QJsonObject{{u"Invoice"_s,
                                    QJsonObject{{u"InvoiceID"_s, invoiceId.isEmpty() ? id : invoiceId}}},
                                   {u"Account"_s, QJsonObject{{u"Code"_s, account}}},
                                   {u"Amount"_s, amount.toDouble()}});
        };
        Reply r = pay(u"115.01"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstValidationMessage(),
                 u"Payment amount exceeds the amount outstanding on this document"_s);
        QCOMPARE(pay(u"15.00"_s, u"200"_s).firstValidationMessage(), message(Msg::PaymentAccountInvalid));
        QCOMPARE(pay(u"15.00"_s, u"090"_s, createInvoice(u"DRAFT"_s)).firstValidationMessage(),
                 message(Msg::PaymentInvoiceNotAuthorised));

        r = pay(u"15.00"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(org->invoice(id)->amountDue(), qint64(10000));
        r = pay(u"100.00"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(org->invoice(id)->status, u"PAID"_s);
        const QString paymentId = r.json()[u"Payments"_s][0][u"PaymentID"_s].toString();

        // Deleting a payment reopens the invoice.
        const Reply del =
            client->api("POST", u"Payments/"_s + paymentId, QJsonObject{{u"Status"_s, u"DELETED"_s}});
        QCOMPARE(del.status, 200);
        QCOMPARE(org->invoice(id)->status, u"AUTHORISED"_s);
        QCOMPARE(org->invoice(id)->amountDue(), qint64(10000));
        // Payments cannot be edited otherwise.
        QCOMPARE(
            client->api("POST", u"Payments/"_s + paymentId, QJsonObject{{u"Reference"_s, u"x"_s}}).status,
            400);
    }

    void accountCodesMustBeActive_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("archived") << u"210"_s << message(Msg::AccountCodeArchived).arg(u"210"_s);
        QTest::newRow("unknown") << u"999"_s << message(Msg::AccountCodeInvalid).arg(u"999"_s);
        QTest::newRow("active") << u"200"_s << QString();
    }
    void accountCodesMustBeActive()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        const Reply r =
            put(u"Invoices"_s, invoice(contactId(u"Acc"_s), u"DRAFT"_s, {}, {line(u"5"_s, code)}));
        QCOMPARE(r.status, expected.isEmpty() ? 200 : 400);
        QCOMPARE(r.firstValidationMessage(), expected);
    }

    void currencyMustBeEnabled()
    {
        QJsonObject inv = invoice(contactId(u"Cur"_s));
        inv.insert(u"CurrencyCode"_s, u"USD"_s);
        Reply r = put(u"Invoices"_s, inv);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.firstValidationMessage(), message(Msg::CurrencyNotEnabled).arg(u"USD"_s));
        inv.insert(u"CurrencyCode"_s, u"AUD"_s); // enabled in the NZ organisation
        QCOMPARE(put(u"Invoices"_s, inv).status, 200);
        // Enabling USD through PUT /Currencies makes it usable.
        QCOMPARE(client->api("PUT", u"Currencies"_s, QJsonObject{{u"Code"_s, u"USD"_s}}).status, 200);
        inv.insert(u"CurrencyCode"_s, u"USD"_s);
        QCOMPARE(put(u"Invoices"_s, inv).status, 200);
    }

    void totalsComputedPerLine_data()
    {
        QTest::addColumn<QString>("lineAmountTypes");
        QTest::addColumn<QJsonArray>("lines");
        QTest::addColumn<QString>("subTotal");
        QTest::addColumn<QString>("totalTax");
        QTest::addColumn<QString>("total");
        QTest::newRow("xero rounding guide")
            << u"Exclusive"_s << QJsonArray{line(u"25.06"_s), line(u"25.61"_s), line(u"25.63"_s)}
            << u"76.30"_s << u"11.44"_s << u"87.74"_s;
        QTest::newRow("inclusive 20.00")
            << u"Inclusive"_s << QJsonArray{line(u"20.00"_s)} << u"17.39"_s << u"2.61"_s << u"20.00"_s;
        QTest::newRow("no tax") << u"NoTax"_s << QJsonArray{line(u"19.99"_s)} << u"19.99"_s << u"0.00"_s
                                << u"19.99"_s;
        QJsonObject discounted{{u"Quantity"_s, 3.5},
                               {u"UnitAmount"_s, 12.99},
                               {u"DiscountRate"_s, 12.5},
                               {u"AccountCode"_s, u"200"_s}};
        // 3.5 × 12.99 = 45.465; × 0.875 = 39.781875 → 39.78; tax 5.967 → 5.97
        QTest::newRow("discount") << u"Exclusive"_s << QJsonArray{discounted} << u"39.78"_s << u"5.97"_s
                                  << u"45.75"_s;
    }
    void totalsComputedPerLine()
    {
        QFETCH(QString, lineAmountTypes);
        QFETCH(QJsonArray, lines);
        QFETCH(QString, subTotal);
        QFETCH(QString, totalTax);
        QFETCH(QString, total);
        QJsonObject inv = invoice(contactId(u"Tot"_s), u"DRAFT"_s, {}, lines);
        inv.insert(u"LineAmountTypes"_s, lineAmountTypes);
        inv.insert(u"SubTotal"_s, 1.0); // a client-sent total is ignored
        const Reply r = put(u"Invoices"_s, inv);
        QCOMPARE(r.status, 200);
        // Compare the JSON text: amounts are written with exactly two decimals.
        QVERIFY2(r.body.contains(QByteArray("\"SubTotal\":" + subTotal.toLatin1() + ",")), r.body);
        QVERIFY2(r.body.contains(QByteArray("\"TotalTax\":" + totalTax.toLatin1() + ",")), r.body);
        QVERIFY2(r.body.contains(QByteArray("\"Total\":" + total.toLatin1() + ",")), r.body);
        QVERIFY2(r.body.contains(QByteArray("\"AmountDue\":" + total.toLatin1() + ",")), r.body);
    }

    void unitAmountRoundedUnlessUnitdp4()
    {
        QJsonObject l{{u"Quantity"_s, 1}, {u"UnitAmount"_s, 1.2345}, {u"AccountCode"_s, u"200"_s}};
        Reply r = put(u"Invoices"_s, invoice(contactId(u"U2"_s), u"DRAFT"_s, {}, {l}));
        QVERIFY2(r.body.contains("\"UnitAmount\":1.23}"), r.body);
        r = put(u"Invoices"_s, invoice(contactId(u"U4"_s), u"DRAFT"_s, {}, {l}), u"?unitdp=4"_s);
        QVERIFY2(r.body.contains("\"UnitAmount\":1.2345"), r.body);
        QVERIFY2(r.body.contains("\"LineAmount\":1.23"), r.body);
    }

    void periodLockDate()
    {
        org->periodLockDate = QDate(2024, 3, 31);
        QJsonObject inv = invoice(contactId(u"Lock"_s), u"AUTHORISED"_s);
        inv.insert(u"Date"_s, u"2024-03-15"_s);
        QCOMPARE(put(u"Invoices"_s, inv).firstValidationMessage(), message(Msg::PeriodLocked));
        inv.insert(u"Date"_s, u"2024-04-01"_s);
        QCOMPARE(put(u"Invoices"_s, inv).status, 200);
    }

    void approvalCap()
    {
        org->approvalCapPerMonth = 2;
        QCOMPARE(put(u"Invoices"_s, invoice(contactId(u"C1"_s), u"AUTHORISED"_s)).status, 200);
        QCOMPARE(put(u"Invoices"_s, invoice(contactId(u"C2"_s), u"AUTHORISED"_s)).status, 200);
        const Reply third = put(u"Invoices"_s, invoice(contactId(u"C3"_s), u"AUTHORISED"_s));
        QCOMPARE(third.firstValidationMessage(), u"You have reached the limit of invoices you can approve"_s);
        QCOMPARE(put(u"Invoices"_s, invoice(contactId(u"C4"_s), u"DRAFT"_s)).status, 200);
        xero->advance(32LL * 24 * 3600); // next month (the access token has long expired: take a new one)
        client->connectAll();
        QCOMPARE(put(u"Invoices"_s, invoice(contactId(u"C5"_s), u"AUTHORISED"_s)).status, 200);
    }

    void summarizeErrorsFalseReportsEachElement()
    {
        const QString c = contactId(u"Batch"_s);
        QJsonArray batch{invoice(c, u"DRAFT"_s, u"A-1"_s),
                         invoice(c, u"DRAFT"_s, u"A-2"_s, {line(u"5"_s, u"210"_s)}),
                         invoice(c, u"DRAFT"_s, u"A-3"_s)};
        const Reply r =
            client->api("PUT", u"Invoices?summarizeErrors=false"_s, QJsonObject{{u"Invoices"_s, batch}});
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.json().value(u"Invoices"_s).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0][u"StatusAttributeString"_s].toString(), u"OK"_s);
        QCOMPARE(results[1][u"StatusAttributeString"_s].toString(), u"ERROR"_s);
        QCOMPARE(results[1][u"InvoiceNumber"_s].toString(), u"A-2"_s);
        QCOMPARE(results[1][u"ValidationErrors"_s][0][u"Message"_s].toString(),
                 message(Msg::AccountCodeArchived).arg(u"210"_s));
        QCOMPARE(results[2][u"StatusAttributeString"_s].toString(), u"OK"_s);
        QVERIFY(!results[2][u"InvoiceID"_s].toString().isEmpty());
        QCOMPARE(org->invoices.size(), 2);
    }

    void summarizedErrorsStillSaveTheValidOnes()
    {
        const QString c = contactId(u"Batch"_s);
        QJsonArray batch{invoice(c, u"DRAFT"_s, u"S-1"_s),
                         invoice(c, u"DRAFT"_s, u"S-2"_s, {line(u"5"_s, u"210"_s)})};
        const Reply r = client->api("PUT", u"Invoices"_s, QJsonObject{{u"Invoices"_s, batch}});
        QCOMPARE(r.status, 400);
        const QJsonArray elements = r.json().value(u"Elements"_s).toArray();
        QCOMPARE(elements.size(), 1); // only the failure is listed…
        QCOMPARE(elements[0][u"InvoiceNumber"_s].toString(), u"S-2"_s);
        QVERIFY(org->invoice(u"S-1"_s)); // …but the valid one was created
        QVERIFY(!org->invoice(u"S-2"_s));
    }

    void idempotencyKeyReplays()
    {
        const QJsonObject body{{u"Contacts"_s, QJsonArray{QJsonObject{{u"Name"_s, u"Once Ltd"_s}}}}};
        const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "k-123"}};
        const Reply first = client->api("PUT", u"Contacts"_s, body, key);
        const Reply second = client->api("PUT", u"Contacts"_s, body, key);
        QCOMPARE(first.status, 200);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(org->contacts.size(), 1);
        // A new key is a new request: the duplicate name is refused by the rules.
        QCOMPARE(client->api("PUT", u"Contacts"_s, body, {{"Idempotency-Key", "k-456"}}).status, 400);
        // The same key on another endpoint is processed.
        const Reply other = client->api("PUT", u"Items"_s, QJsonObject{{u"Code"_s, u"I-1"_s}}, key);
        QCOMPARE(other.status, 200);
        QCOMPARE(org->items.size(), 1);
        // Over 128 characters is refused.
        QCOMPARE(client->api("PUT", u"Contacts"_s, body, {{"Idempotency-Key", QByteArray(129, 'k')}}).status,
                 400);
    }

    void mergeAndArchiveMoveUpdatedDate()
    {
        const QString a = contactId(u"Dup One"_s);
        const QString b = contactId(u"Dup Two"_s);
        const qint64 before = org->contact(a)->updatedMs;
        xero->advance(10);
        QVERIFY(org->mergeContacts(a, b));
        QCOMPARE(org->contact(a)->mergedToContactId, b);
        QCOMPARE(org->contact(a)->status, u"ARCHIVED"_s);
        QVERIFY(org->contact(a)->updatedMs >= before + 10000);
        const Reply r = client->get(u"Contacts/"_s + a);
        QCOMPARE(r.json()[u"Contacts"_s][0][u"MergedToContactID"_s].toString(), b);
    }

    void archivedStatusViaApiAndInvalidStatus()
    {
        const QString a = contactId(u"To Archive"_s);
        QCOMPARE(
            client->api("POST", u"Contacts/"_s + a, QJsonObject{{u"ContactStatus"_s, u"ARCHIVED"_s}}).status,
            200);
        QCOMPARE(org->contact(a)->status, u"ARCHIVED"_s);
        const Reply bad =
            client->api("POST", u"Contacts/"_s + a, QJsonObject{{u"ContactStatus"_s, u"GDPRREQUEST"_s}});
        QCOMPARE(bad.status, 400);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_fakexero_rules.moc"
