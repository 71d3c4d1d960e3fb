// Reading the Accounting API: envelope, paging, If-Modified-Since, filters, ordering, lookups, and the
// checks every call goes through (token, tenant header, Accept).
#include "xeroclient.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fakexero;

class TestAccounting : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeXero> xero;
    std::unique_ptr<XeroClient> client;
    Organisation *org = nullptr;

    void addContacts(int n, const QString &prefix = u"Contact"_s)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(org
                        ->saveContact(QJsonObject{
                            {u"Name"_s, QString(prefix + u' ' + QString::number(i).rightJustified(4, u'0'))}})
                        .ok());
    }

private Q_SLOTS:
    void init()
    {
        xero = std::make_unique<FakeXero>();
        QVERIFY(xero->start());
        xero->freezeClock(true);
        org = &xero->addOrganisation(u"Reader Ltd"_s);
        xero->rateLimiter().setLimits({100000, 100000, 5, 100000});
        client = std::make_unique<XeroClient>(*xero);
        client->connectAll();
    }
    void cleanup()
    {
        client.reset();
        xero.reset();
    }

    void envelope()
    {
        const Reply r = client->get(u"Organisation"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"Status"_s).toString(), u"OK"_s);
        QVERIFY(!o.value(u"Id"_s).toString().isEmpty());
        QVERIFY(!o.value(u"ProviderName"_s).toString().isEmpty());
        QVERIFY(QRegularExpression(u"^/Date\\(\\d+\\)/$"_s)
                    .match(o.value(u"DateTimeUTC"_s).toString())
                    .hasMatch());
        QCOMPARE(o[u"Organisations"_s][0][u"BaseCurrency"_s].toString(), u"NZD"_s);
    }

    void updatedDateFormat()
    {
        addContacts(1);
        const QString updated =
            client->get(u"Contacts"_s).json()[u"Contacts"_s][0][u"UpdatedDateUTC"_s].toString();
        QVERIFY2(QRegularExpression(u"^/Date\\(\\d{13}\\+0000\\)/$"_s).match(updated).hasMatch(),
                 qPrintable(updated));
    }

    void paging_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pageCount");
        QTest::newRow("default 100") << u"page=1"_s << 100 << 100 << 3;
        QTest::newRow("last page") << u"page=3"_s << 50 << 100 << 3;
        QTest::newRow("beyond") << u"page=4"_s << 0 << 100 << 3;
        QTest::newRow("pageSize 1000 cap") << u"page=1&pageSize=5000"_s << 250 << 1000 << 1;
        QTest::newRow("pageSize 7") << u"page=2&pageSize=7"_s << 7 << 7 << 36;
        QTest::newRow("unpaged returns all") << QString() << 250 << -1 << -1;
    }
    void paging()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(int, pageSize);
        QFETCH(int, pageCount);
        addContacts(250);
        const QJsonObject o = client->get(u"Contacts?"_s + query).json();
        QCOMPARE(o.value(u"Contacts"_s).toArray().size(), count);
        if (pageSize < 0) {
            QVERIFY(!o.contains(u"pagination"_s));
            return;
        }
        const QJsonObject p = o.value(u"pagination"_s).toObject();
        QCOMPARE(p.value(u"pageSize"_s).toInt(), pageSize);
        QCOMPARE(p.value(u"pageCount"_s).toInt(), pageCount);
        QCOMPARE(p.value(u"itemCount"_s).toInt(), 250);
    }

    void ifModifiedSince()
    {
        addContacts(3, u"Old"_s);
        xero->advance(100);
        const QDateTime boundary = xero->now();
        xero->advanceMs(400);
        addContacts(2, u"New"_s);
        // Xero's form: UTC, no zone, whole seconds; >= at second precision.
        const QByteArray since = boundary.toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1();
        QJsonArray list =
            client->get(u"Contacts"_s, {{"If-Modified-Since", since}}).json().value(u"Contacts"_s).toArray();
        QCOMPARE(list.size(), 2);
        // RFC 1123 works too.
        const QByteArray rfc =
            QLocale::c().toString(boundary, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        QCOMPARE(client->get(u"Contacts"_s, {{"If-Modified-Since", rfc}})
                     .json()
                     .value(u"Contacts"_s)
                     .toArray()
                     .size(),
                 2);
        // An edit "in Xero" moves a record past the watermark.
        xero->advance(5);
        org->touchContact(org->contacts.first().id);
        QCOMPARE(client->get(u"Contacts"_s, {{"If-Modified-Since", since}})
                     .json()
                     .value(u"Contacts"_s)
                     .toArray()
                     .size(),
                 3);
    }

    void orderByUpdatedDate()
    {
        addContacts(3);
        xero->advance(1);
        org->touchContact(org->contacts.first().id);
        const QJsonArray asc =
            client->get(u"Contacts?order=UpdatedDateUTC%20ASC"_s).json().value(u"Contacts"_s).toArray();
        QCOMPARE(asc.last()[u"ContactID"_s].toString(), org->contacts.first().id);
        const QJsonArray desc =
            client->get(u"Contacts?order=UpdatedDateUTC%20DESC"_s).json().value(u"Contacts"_s).toArray();
        QCOMPARE(desc.first()[u"ContactID"_s].toString(), org->contacts.first().id);
        QCOMPARE(client->get(u"Contacts?order=Name%20SIDEWAYS"_s).status, 400);
    }

    void includeArchivedAndFilters()
    {
        addContacts(3);
        org->archiveContact(org->contacts[1].id);
        QCOMPARE(client->get(u"Contacts"_s).json().value(u"Contacts"_s).toArray().size(), 2);
        QCOMPARE(client->get(u"Contacts?includeArchived=true"_s).json().value(u"Contacts"_s).toArray().size(),
                 3);
        const QString ids = org->contacts[0].id + u',' + org->contacts[2].id;
        QCOMPARE(client->get(u"Contacts?IDs="_s + ids).json().value(u"Contacts"_s).toArray().size(), 2);
        QCOMPARE(client->get(u"Contacts?where=Name%3D%3D%22Contact%200002%22"_s)
                     .json()
                     .value(u"Contacts"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(client->get(u"Contacts?searchTerm=0000"_s).json().value(u"Contacts"_s).toArray().size(), 1);
        QCOMPARE(client->get(u"Contacts?where=Name%3D%3D"_s).status, 400);
    }

    void invoiceFilters()
    {
        addContacts(1);
        const QString contact = org->contacts.first().id;
        auto make = [&](const QString &number, const QString &status) {
            QVERIFY(org->saveInvoice(QJsonObject{{u"Type"_s, u"ACCREC"_s},
                                                 {u"InvoiceNumber"_s, number},
                                                 {u"Status"_s, status},
                                                 {u"Contact"_s, QJsonObject{{u"ContactID"_s, contact}}},
                                                 {u"LineItems"_s,
                                                  QJsonArray{QJsonObject{{u"Quantity"_s, 1},
                                                                         {u"UnitAmount"_s, 10},
                                                                         {u"AccountCode"_s, u"200"_s}}}}})
                        .ok());
        };
        make(u"F-1"_s, u"DRAFT"_s);
        make(u"F-2"_s, u"AUTHORISED"_s);
        make(u"F-3"_s, u"AUTHORISED"_s);
        auto count = [&](const QString &query) {
            return client->get(u"Invoices?"_s + query).json().value(u"Invoices"_s).toArray().size();
        };
        QCOMPARE(count(u"Statuses=AUTHORISED"_s), 2);
        QCOMPARE(count(u"Statuses=AUTHORISED,DRAFT"_s), 3);
        QCOMPARE(count(u"InvoiceNumbers=F-1,F-3"_s), 2);
        QCOMPARE(count(u"IDs="_s + org->invoice(u"F-2"_s)->id), 1);
        QCOMPARE(count(u"ContactIDs="_s + contact), 3);
        QCOMPARE(count(u"where=Status%3D%3D%22DRAFT%22"_s), 1);
        // Unpaged lists leave line items out, as Xero does; paged ones and single reads carry them.
        QVERIFY(!client->get(u"Invoices"_s).json()[u"Invoices"_s][0].toObject().contains(u"LineItems"_s));
        QVERIFY(
            client->get(u"Invoices?page=1"_s).json()[u"Invoices"_s][0].toObject().contains(u"LineItems"_s));
        QVERIFY(client->get(u"Invoices/F-1"_s).json()[u"Invoices"_s][0].toObject().contains(u"LineItems"_s));
    }

    void lookups()
    {
        QVERIFY(
            org->saveContact(QJsonObject{{u"Name"_s, u"Numbered"_s}, {u"ContactNumber"_s, u"C-42"_s}}).ok());
        QCOMPARE(client->get(u"Contacts/C-42"_s).json()[u"Contacts"_s][0][u"Name"_s].toString(),
                 u"Numbered"_s);
        QCOMPARE(client->get(u"Contacts/"_s + org->contacts.first().id).status, 200);
        QCOMPARE(client->get(u"Contacts/00000000-0000-4000-8000-000000000000"_s).status, 404);
        QCOMPARE(client->get(u"TaxRates/OUTPUT2"_s).json()[u"TaxRates"_s][0][u"EffectiveRate"_s].toDouble(),
                 15.0);
        const QJsonArray accounts = client->get(u"Accounts"_s).json().value(u"Accounts"_s).toArray();
        QStringList codes;
        for (const auto &a : accounts)
            codes << a[u"Code"_s].toString();
        QVERIFY(codes.contains(u"200"_s) && codes.contains(u"090"_s) && codes.contains(u"860"_s));
        QCOMPARE(client->get(u"Accounts?where=Status%3D%3D%22ARCHIVED%22"_s)
                     .json()
                     .value(u"Accounts"_s)
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(client->get(u"Currencies"_s).json().value(u"Currencies"_s).toArray().size(), 2);
        QCOMPARE(client->get(u"Nonsense"_s).status, 404);
    }

    void requestChecks()
    {
        // No token.
        const QString token = client->accessToken;
        client->accessToken.clear();
        Reply r = client->get(u"Organisation"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"Title"_s).toString(), u"Unauthorized"_s);
        client->accessToken = u"not-a-token"_s;
        QCOMPARE(client->get(u"Organisation"_s).status, 401);
        client->accessToken = token;
        // No tenant header, or a tenant that is not connected.
        const QString tenant = client->tenantId;
        client->tenantId.clear();
        r = client->get(u"Organisation"_s);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"Detail"_s).toString(), u"AuthenticationUnsuccessful"_s);
        Organisation &other = xero->addOrganisation(u"Not connected"_s);
        client->tenantId = other.id;
        QCOMPARE(client->get(u"Organisation"_s).status, 403);
        client->tenantId = tenant;
        xero->revokeConnection(tenant);
        QCOMPARE(client->get(u"Organisation"_s).status, 403);
        client->connectAll();
        // JSON only when asked for.
        QCOMPARE(client->get(u"Organisation"_s, {{"Accept", "application/xml"}}).status, 406);
        // Bad JSON in a write.
        QCOMPARE(
            client->wait(client->send("PUT", u"Contacts"_s, "{not json")).json().value(u"Type"_s).toString(),
            u"PostDataInvalidException"_s);
    }
};

QTEST_GUILESS_MAIN(TestAccounting)
#include "tst_fakexero_accounting.moc"
