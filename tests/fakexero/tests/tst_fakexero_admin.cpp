// The admin API over HTTP (what tests in another process and demos use), and the demo organisation.
#include "xeroclient.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace fakexero;

class TestAdmin : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeXero> xero;
    std::unique_ptr<XeroClient> client;

private Q_SLOTS:
    void init()
    {
        xero = std::make_unique<FakeXero>();
        QVERIFY(xero->start());
        xero->freezeClock(true);
        client = std::make_unique<XeroClient>(*xero);
    }
    void cleanup()
    {
        client.reset();
        xero.reset();
    }

    void demoOrganisation()
    {
        const Reply seeded = client->admin("POST", u"demo"_s);
        QCOMPARE(seeded.status, 200);
        const QString tenant = seeded.json().value(u"tenantId"_s).toString();
        Organisation *org = xero->organisation(tenant);
        QVERIFY(org);
        QCOMPARE(org->name, u"Demo Company (UK)"_s);
        QCOMPARE(org->contacts.size(), 50);
        QVERIFY(org->invoices.size() >= 195); // a handful may be refused by the rules and skipped
        QSet<QString> statuses;
        int partPaid = 0;
        for (const auto &inv : org->invoices) {
            statuses.insert(inv.status);
            partPaid += inv.status == u"AUTHORISED"_s && inv.amountPaid > 0;
        }
        for (const auto &s :
             {u"DRAFT"_s, u"SUBMITTED"_s, u"AUTHORISED"_s, u"PAID"_s, u"VOIDED"_s, u"DELETED"_s})
            QVERIFY2(statuses.contains(s), qPrintable(s));
        QVERIFY(partPaid > 0);
        QVERIFY(org->payments.size() > 50);
        QCOMPARE(org->accountByCode(u"200"_s)->type, u"REVENUE"_s);
        QCOMPARE(org->accountByCode(u"090"_s)->type, u"BANK"_s);
        QCOMPARE(org->accountByCode(u"860"_s)->systemAccount, u"ROUNDING"_s);
        QCOMPARE(org->accountByCode(u"210"_s)->status, u"ARCHIVED"_s);
        QVERIFY(org->taxRate(u"OUTPUT2"_s) && org->taxRate(u"RROUTPUT"_s) &&
                org->taxRate(u"ZERORATEDOUTPUT"_s));
        QVERIFY(org->currencyEnabled(u"EUR"_s));
        int archived = 0, gdpr = 0;
        for (const auto &c : org->contacts) {
            archived += c.status == u"ARCHIVED"_s;
            gdpr += c.status == u"GDPRREQUEST"_s;
        }
        QCOMPARE(archived, 2);
        QCOMPARE(gdpr, 1);
        // Deterministic: a second fake seeds the same IDs.
        FakeXero other;
        other.seedDemo();
        QCOMPARE(other.organisations().first()->contacts.first().id, org->contacts.first().id);
        QCOMPARE(other.organisations().first()->invoices.last().total, org->invoices.last().total);
    }

    void tenantsTokensAndSecondOrganisation()
    {
        const QString first =
            client->admin("POST", u"tenants"_s, {{u"name"_s, u"First"_s}}).json()[u"tenantId"_s].toString();
        const Reply tokens = client->admin("POST", u"tokens"_s);
        client->accessToken = tokens.json().value(u"access_token"_s).toString();
        QVERIFY(!tokens.json().value(u"refresh_token"_s).toString().isEmpty());
        client->tenantId = first;
        QCOMPARE(client->get(u"Organisation"_s).status, 200);

        // A second organisation connected later, as if the user added it in Xero.
        const QString second =
            client
                ->admin("POST", u"tenants"_s,
                        {{u"name"_s, u"Second"_s}, {u"region"_s, u"UK"_s}, {u"connect"_s, true}})
                .json()[u"tenantId"_s]
                .toString();
        client->tenantId = second;
        const Reply org = client->get(u"Organisation"_s);
        QCOMPARE(org.status, 200);
        QCOMPARE(org.json()[u"Organisations"_s][0][u"BaseCurrency"_s].toString(), u"GBP"_s);
        QCOMPARE(client->admin("GET", u"connections"_s).json().value(u"connections"_s).toArray().size(), 2);

        // Revoke one connection: 403 for that tenant only.
        QCOMPARE(client->admin("DELETE", u"connections/"_s + second).status, 200);
        QCOMPARE(client->get(u"Organisation"_s).status, 403);
        client->tenantId = first;
        QCOMPARE(client->get(u"Organisation"_s).status, 200);
    }

    void clockAndTokens()
    {
        client->admin("POST", u"tenants"_s, {{u"name"_s, u"Clocked"_s}});
        client->connectAll();
        const qint64 before = client->admin("GET", u"clock"_s).json().value(u"nowMs"_s).toDouble();
        client->admin("POST", u"clock/advance"_s, {{u"seconds"_s, 1800}});
        const qint64 after = client->admin("GET", u"clock"_s).json().value(u"nowMs"_s).toDouble();
        QCOMPARE(after - before, qint64(1800000));
        QCOMPARE(client->get(u"Organisation"_s).status, 401);
        client->connectAll();
        QCOMPARE(client->get(u"Organisation"_s).status, 200);
        client->admin("POST", u"tokens/expire"_s);
        QCOMPARE(client->get(u"Organisation"_s).status, 401);
        QCOMPARE(client->admin("POST", u"clock/set"_s, {{u"utc"_s, u"2030-01-02T03:04:05Z"_s}}).status, 200);
        QCOMPARE(xero->nowMs(),
                 QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), QTimeZone::utc()).toMSecsSinceEpoch());
    }

    void editsAsIfInXero()
    {
        const QString tenant =
            client->admin("POST", u"tenants"_s, {{u"name"_s, u"Edits"_s}}).json()[u"tenantId"_s].toString();
        client->connectAll();
        const QString base = u"tenants/"_s + tenant + u'/';
        Reply r = client->admin("POST", base + u"Contacts"_s,
                                {{u"Contacts"_s, QJsonArray{QJsonObject{{u"Name"_s, u"A"_s}},
                                                            QJsonObject{{u"Name"_s, u"B"_s}}}}});
        const QJsonArray results = r.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        const QString a = results[0][u"record"_s][u"ContactID"_s].toString();
        const QString b = results[1][u"record"_s][u"ContactID"_s].toString();
        // Rules apply to admin writes too.
        r = client->admin("POST", base + u"Contacts"_s, {{u"Name"_s, u"A"_s}});
        QCOMPARE(r.json()[u"results"_s][0][u"ok"_s].toBool(), false);

        xero->advance(2); // the watermark is inclusive at whole seconds: step past the writes first
        const QByteArray watermark = xero->now().toString(u"yyyy-MM-ddTHH:mm:ss"_s).toLatin1();
        xero->advance(2);
        QCOMPARE(client->get(u"Contacts"_s, {{"If-Modified-Since", watermark}})
                     .json()
                     .value(u"Contacts"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(client->admin("POST", base + u"contacts/"_s + a + u"/merge"_s, {{u"into"_s, b}}).status,
                 200);
        QCOMPARE(client->get(u"Contacts?includeArchived=true"_s, {{"If-Modified-Since", watermark}})
                     .json()
                     .value(u"Contacts"_s)
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(client->admin("POST", base + u"contacts/"_s + b + u"/gdpr"_s).status, 200);
        QCOMPARE(xero->organisation(tenant)->contact(b)->status, u"GDPRREQUEST"_s);

        // Invoice, pay, void via admin.
        QVERIFY(xero->organisation(tenant)->saveContact(QJsonObject{{u"Name"_s, u"Payer"_s}}).ok());
        r = client->admin("POST", base + u"Invoices"_s,
                          {{u"Type"_s, u"ACCREC"_s},
                           {u"Status"_s, u"AUTHORISED"_s},
                           {u"InvoiceNumber"_s, u"ADM-1"_s},
                           {u"Contact"_s, QJsonObject{{u"Name"_s, u"Payer"_s}}},
                           {u"LineItems"_s,
                            QJsonArray{QJsonObject{
                                {u"Quantity"_s, 1}, {u"UnitAmount"_s, 100}, {u"AccountCode"_s, u"200"_s}}}}});
        QVERIFY2(r.json()[u"results"_s][0][u"ok"_s].toBool(), r.body);
        r = client->admin("POST", base + u"invoices/ADM-1/pay"_s, {{u"amount"_s, u"115.00"_s}});
        QVERIFY2(r.json().value(u"ok"_s).toBool(), r.body);
        QCOMPARE(xero->organisation(tenant)->invoice(u"ADM-1"_s)->status, u"PAID"_s);
        const QString paymentId = r.json()[u"record"_s][u"PaymentID"_s].toString();
        QCOMPARE(client->admin("POST", base + u"payments/"_s + paymentId + u"/delete"_s)
                     .json()
                     .value(u"ok"_s)
                     .toBool(),
                 true);
        QCOMPARE(client->admin("POST", base + u"invoices/ADM-1/void"_s).json().value(u"ok"_s).toBool(), true);
        QCOMPARE(xero->organisation(tenant)->invoice(u"ADM-1"_s)->status, u"VOIDED"_s);
        QCOMPARE(client->admin("POST", base + u"accounts/200/archive"_s).status, 200);
        QCOMPARE(xero->organisation(tenant)->accountByCode(u"200"_s)->status, u"ARCHIVED"_s);
        client->admin("POST", base + u"settings"_s,
                      {{u"periodLockDate"_s, u"2024-01-31"_s}, {u"approvalCapPerMonth"_s, 5}});
        QCOMPARE(xero->organisation(tenant)->periodLockDate, QDate(2024, 1, 31));
        QCOMPARE(xero->organisation(tenant)->approvalCapPerMonth, 5);
    }

    void faultsLimitsAndCounters()
    {
        const QString tenant =
            client->admin("POST", u"tenants"_s, {{u"name"_s, u"F"_s}}).json()[u"tenantId"_s].toString();
        client->connectAll();
        const Reply added = client->admin(
            "POST", u"faults"_s,
            {{u"kind"_s, u"status"_s}, {u"status"_s, 503}, {u"path"_s, u"/Contacts"_s}, {u"nth"_s, 1}});
        QCOMPARE(added.status, 200);
        QCOMPARE(client->admin("GET", u"faults"_s).json().value(u"faults"_s).toArray().size(), 1);
        QCOMPARE(client->get(u"Contacts"_s).status, 503);
        QCOMPARE(client->get(u"Contacts"_s).status, 200);
        QCOMPARE(client->admin("POST", u"faults"_s, {{u"kind"_s, u"explode"_s}}).status, 400);
        client->admin("POST", u"faults"_s,
                      {{u"kind"_s, u"ratelimit"_s}, {u"problem"_s, u"day"_s}, {u"retryAfter"_s, 5000}});
        const Reply limited = client->get(u"Currencies"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("X-Rate-Limit-Problem"), QByteArray("day"));
        QCOMPARE(client->admin("DELETE", u"faults"_s).status, 200);

        client->admin("POST", u"limits"_s, {{u"perMinute"_s, 3}});
        // Two calls counted this minute (the refused one is not): one more is admitted, the next refused.
        QCOMPARE(client->get(u"Currencies"_s).status, 200);
        QCOMPARE(client->get(u"Currencies"_s).status, 429);
        const QJsonObject calls =
            client->admin("GET", u"calls?tenant="_s + tenant).json().value(u"calls"_s).toObject();
        QCOMPARE(calls.value(u"GET /Contacts"_s).toInt(), 2);
        QCOMPARE(calls.value(u"GET /Currencies"_s).toInt(), 3);
        client->admin("DELETE", u"calls"_s);
        QCOMPARE(xero->totalCalls(tenant), 0);
    }

    void oauthSetupAndUnknownRoutes()
    {
        QCOMPARE(client
                     ->admin("POST", u"clients"_s,
                             {{u"clientId"_s, u"other-app"_s},
                              {u"redirectUris"_s, QJsonArray{u"http://localhost:9000/cb"_s}}})
                     .status,
                 200);
        QCOMPARE(xero->identity().redirectUris(u"other-app"_s), QStringList{u"http://localhost:9000/cb"_s});
        client->admin("POST", u"consent-page"_s, {{u"enabled"_s, true}});
        QVERIFY(xero->identity().consentPage());
        QCOMPARE(client->admin("GET", u"nothing-here"_s).status, 404);
        QVERIFY(client->admin("GET", u"messages"_s).json().value(u"messages"_s).toArray().size() > 20);
        QCOMPARE(client->admin("POST", u"reset"_s).status, 200);
        QVERIFY(xero->organisations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdmin)
#include "tst_fakexero_admin.moc"
