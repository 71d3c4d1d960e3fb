// Rate limits (minute, day, concurrent) with Xero's 429 headers, call counters, and scripted faults.
#include "xeroclient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace fakexero;

class TestLimits : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeXero> xero;
    std::unique_ptr<XeroClient> client;
    Organisation *org = nullptr;

private Q_SLOTS:
    void init()
    {
        xero = std::make_unique<FakeXero>();
        QVERIFY(xero->start());
        xero->freezeClock(true); // windows move only when the test says so
        org = &xero->addOrganisation(u"Limits Ltd"_s);
        client = std::make_unique<XeroClient>(*xero);
        client->connectAll();
    }
    void cleanup()
    {
        client.reset();
        xero.reset();
    }

    void minuteLimit()
    {
        for (int i = 1; i <= 60; ++i) {
            const Reply r = client->get(u"Organisation"_s);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.header("X-MinLimit-Remaining").toInt(), 60 - i);
            QCOMPARE(r.header("X-DayLimit-Remaining").toInt(), 5000 - i);
            QVERIFY(!r.header("X-AppMinLimit-Remaining").isEmpty());
        }
        xero->advance(20);
        const Reply limited = client->get(u"Organisation"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("X-Rate-Limit-Problem"), QByteArray("minute"));
        QCOMPARE(limited.header("Retry-After").toInt(), 40); // the fixed window opened 20 s ago
        QCOMPARE(limited.header("X-MinLimit-Remaining").toInt(), 0);
        xero->advance(40);
        QCOMPARE(client->get(u"Organisation"_s).status, 200);
    }

    void limitsArePerTenant()
    {
        Organisation &second = xero->addOrganisation(u"Other Ltd"_s);
        client->connectAll();
        for (int i = 0; i < 60; ++i)
            QCOMPARE(client->get(u"Organisation"_s).status, 200);
        QCOMPARE(client->get(u"Organisation"_s).status, 429);
        client->tenantId = second.id;
        QCOMPARE(client->get(u"Organisation"_s).status, 200);
    }

    void dayLimit()
    {
        // 5,000 real calls, spread over minute windows as a well-behaved client would.
        for (int i = 0; i < 5000; ++i) {
            if (i > 0 && i % 60 == 0)
                xero->advance(60);
            if (i > 0 && i % 1200 == 0)
                client->connectAll(); // access tokens live 30 minutes
            const Reply r = client->get(u"Currencies"_s);
            if (r.status != 200)
                QFAIL(qPrintable(u"call %1 answered %2"_s.arg(i + 1).arg(r.status)));
        }
        xero->advance(60);
        const Reply limited = client->get(u"Currencies"_s);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("X-Rate-Limit-Problem"), QByteArray("day"));
        QCOMPARE(limited.header("X-DayLimit-Remaining").toInt(), 0);
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY(retryAfter > 0 && retryAfter <= 24 * 3600);
        xero->advance(retryAfter);
        client->connectAll();
        QCOMPARE(client->get(u"Currencies"_s).status, 200);
        QCOMPARE(xero->callCount(org->id, u"GET /Currencies"_s), 5002);
    }

    void concurrentLimit()
    {
        // Five slow calls in flight; the sixth is refused at once.
        FaultRule slow;
        slow.kind = FaultRule::Kind::Delay;
        slow.pathPattern = u"/Organisation$"_s;
        slow.delayMs = 3000;
        slow.times = 5;
        xero->addFault(slow);
        QList<QNetworkReply *> pending;
        for (int i = 0; i < 5; ++i)
            pending << client->send("GET", u"Organisation"_s);
        QTRY_COMPARE_WITH_TIMEOUT(xero->rateLimiter().inFlight(org->id), 5, 10000);
        const Reply sixth = client->get(u"Currencies"_s);
        QCOMPARE(sixth.status, 429);
        QCOMPARE(sixth.header("X-Rate-Limit-Problem"), QByteArray("concurrent"));
        for (auto *reply : pending)
            QCOMPARE(XeroClient::wait(reply).status, 200);
        QCOMPARE(xero->rateLimiter().inFlight(org->id), 0);
        QCOMPARE(client->get(u"Currencies"_s).status, 200);
    }

    void callCountsPerEndpoint()
    {
        client->get(u"Contacts"_s);
        client->get(u"Contacts?page=2"_s);
        client->api("PUT", u"Contacts"_s, QJsonObject{{u"Name"_s, u"Counted"_s}});
        const QString id = org->contacts.first().id;
        client->get(u"Contacts/"_s + id);
        client->api("POST", u"Contacts/"_s + id, QJsonObject{{u"EmailAddress"_s, u"a@b.c"_s}});
        QCOMPARE(xero->callCount(org->id, u"GET /Contacts"_s), 2);
        QCOMPARE(xero->callCount(org->id, u"PUT /Contacts"_s), 1);
        QCOMPARE(xero->callCount(org->id, u"GET /Contacts/{id}"_s), 1);
        QCOMPARE(xero->callCount(org->id, u"POST /Contacts/{id}"_s), 1);
        QCOMPARE(xero->totalCalls(org->id), 5);
    }

    void statusFaultOnNthCall_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("503") << 503;
    }
    void statusFaultOnNthCall()
    {
        QFETCH(int, status);
        FaultRule rule;
        rule.method = "GET";
        rule.pathPattern = u"/Contacts"_s;
        rule.nth = 2;
        rule.status = status;
        xero->addFault(rule);
        QCOMPARE(client->get(u"Currencies"_s).status, 200); // does not match
        QCOMPARE(client->get(u"Contacts"_s).status, 200);   // 1st match
        const Reply failed = client->get(u"Contacts"_s);    // 2nd match
        QCOMPARE(failed.status, status);
        QCOMPARE(client->get(u"Contacts"_s).status, 200); // fired once
        QCOMPARE(xero->pendingFaults(), 0);
    }

    void rateLimitFault()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimit;
        rule.pathPattern = u"/Invoices"_s;
        rule.problem = "minute";
        rule.retryAfterSeconds = 37;
        const int dayBefore = client->get(u"Currencies"_s).header("X-DayLimit-Remaining").toInt();
        xero->addFault(rule);
        const Reply r = client->api("PUT", u"Invoices"_s, QJsonObject{});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("37"));
        QCOMPARE(r.header("X-Rate-Limit-Problem"), QByteArray("minute"));
        QCOMPARE(r.header("X-MinLimit-Remaining"), QByteArray("0"));
        QCOMPARE(r.header("X-DayLimit-Remaining").toInt(), dayBefore); // a refused call is not counted
        QVERIFY(org->invoices.isEmpty());
        QCOMPARE(client->get(u"Currencies"_s).header("X-DayLimit-Remaining").toInt(), dayBefore - 1);
    }

    void dropAfterCommitThenReplay()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::DropAfterCommit;
        rule.times = 2; // QNAM silently resends once when a reused connection closes without an answer
        rule.method = "PUT";
        rule.pathPattern = u"/Contacts$"_s;
        xero->addFault(rule);
        const QJsonObject body{{u"Contacts"_s, QJsonArray{QJsonObject{{u"Name"_s, u"Committed Ltd"_s}}}}};
        const QList<std::pair<QByteArray, QByteArray>> key{{"Idempotency-Key", "retry-me"}};
        const Reply dropped = client->api("PUT", u"Contacts"_s, body, key);
        QVERIFY2(dropped.error != QNetworkReply::NoError, dropped.body);
        QCOMPARE(dropped.status, 0);
        QCOMPARE(org->contacts.size(), 1); // the write happened all the same
        // The retry with the same key gets the original answer and creates nothing.
        const Reply retry = client->api("PUT", u"Contacts"_s, body, key);
        QCOMPARE(retry.status, 200);
        QCOMPARE(retry.json()[u"Contacts"_s][0][u"ContactID"_s].toString(), org->contacts.first().id);
        QCOMPARE(org->contacts.size(), 1);
    }

    void dropBeforeWriteCommitsNothing()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::DropBeforeWrite;
        rule.times = 2; // QNAM's one silent resend
        rule.pathPattern = u"/Contacts$"_s;
        xero->addFault(rule);
        const Reply dropped = client->api("PUT", u"Contacts"_s, QJsonObject{{u"Name"_s, u"Never"_s}});
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QVERIFY(org->contacts.isEmpty());
    }

    void malformedJson()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::MalformedJson;
        rule.pathPattern = u"/Organisation"_s;
        xero->addFault(rule);
        const Reply r = client->get(u"Organisation"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.jsonValid());
        QVERIFY(client->get(u"Organisation"_s).jsonValid());
    }

    void slowReplyStillArrives()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::Delay;
        rule.delayMs = 300;
        rule.times = -1; // every call
        xero->addFault(rule);
        QNetworkReply *reply = client->send("GET", u"Organisation"_s);
        QTRY_COMPARE_WITH_TIMEOUT(xero->rateLimiter().inFlight(org->id), 1, 5000);
        QVERIFY(!reply->isFinished());
        QCOMPARE(XeroClient::wait(reply).status, 200);
        QCOMPARE(xero->pendingFaults(), 1); // a repeating fault stays until removed
        xero->clearFaults();
        QCOMPARE(xero->pendingFaults(), 0);
    }

    void faultsOnTheTokenEndpoint()
    {
        FaultRule rule;
        rule.kind = FaultRule::Kind::DropAfterCommit;
        rule.times = 2; // QNAM's one silent resend
        rule.pathPattern = u"^/connect/token$"_s;
        xero->addFault(rule);
        QUrlQuery f;
        f.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        f.addQueryItem(u"client_id"_s, u"billhook-demo"_s);
        f.addQueryItem(u"refresh_token"_s, xero->issueTokens().refreshToken);
        // The refresh is consumed (rotated) but the answer is lost: scenario A1.
        QVERIFY(client->form(u"/connect/token"_s, f).error != QNetworkReply::NoError);
        QCOMPARE(client->form(u"/connect/token"_s, f).status, 200); // grace window
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_fakexero_limits.moc"
