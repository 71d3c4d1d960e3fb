// XeroClient against an in-process fake-xero: real HTTP, Xero's limits and faults.

#include "fakexero.h"
#include "fakexerosession.h"
#include "storage/apiusagestore.h"
#include "sync/xeroadapters.h"
#include "testdb.h"
#include "xero/rategate.h"
#include "xero/xeroclient.h"
#include "xero/xeroerrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <qcoro/qcorotask.h>

using namespace billhook;
using fakexero::FaultRule;

namespace {

// One fake Xero, one organisation, one database, one client.
struct Rig
{
    fakexero::FakeXero xero;
    test::TempDatabase db;
    QString tenant;
    std::unique_ptr<test::FakeXeroTokens> tokens;
    test::FakeXeroClock clock{xero};
    test::FakeXeroWaiter waiter{xero};
    QNetworkAccessManager nam;
    std::unique_ptr<StoredApiUsage> usage;
    std::unique_ptr<RateGate> gate;
    std::unique_ptr<XeroClient> client;
    QList<fakexero::HttpRequest> requests; // Accounting API requests as the fake received them
    QList<int> statuses;                   // and the statuses it answered
    int inFlight = 0;
    int maxInFlight = 0;

    explicit Rig(XeroClient::Options options = {})
    {
        if (!xero.start())
            qFatal("fake-xero did not start");
        xero.freezeClock(true);
        tenant = xero.addOrganisation(QStringLiteral("Acme Plumbing"), fakexero::Organisation::Region::UK).id;
        tokens = std::make_unique<test::FakeXeroTokens>(xero, tenant);
        QObject::connect(&xero, &fakexero::FakeXero::requestReceived, &xero,
                         [this](const fakexero::HttpRequest &r) {
                             if (!r.path.startsWith(QStringLiteral("/api.xro/")))
                                 return;
                             requests << r;
                             maxInFlight = std::max(maxInFlight, ++inFlight);
                         });
        QObject::connect(&xero, &fakexero::FakeXero::requestHandled, &xero,
                         [this](const QByteArray &, const QString &path, int status) {
                             if (!path.startsWith(QStringLiteral("/api.xro/")))
                                 return;
                             --inFlight;
                             statuses << status;
                         });
        makeClient(options);
    }

    void makeClient(XeroClient::Options options = {})
    {
        client.reset();
        gate.reset();
        usage = std::make_unique<StoredApiUsage>(*db.db);
        gate = std::make_unique<RateGate>(*usage, tenant, clock);
        client = std::make_unique<XeroClient>(nam, *tokens, XeroEndpoints(xero.baseUrl()), *gate, waiter,
                                              clock, options);
    }

    XeroResponse send(const XeroRequest &request) { return QCoro::waitFor(client->send(request)); }

    fakexero::Organisation &org() { return *xero.organisation(tenant); }

    int count429() const { return int(statuses.count(429)); }
};

XeroRequest get(const QString &path)
{
    XeroRequest r;
    r.path = path;
    return r;
}

XeroRequest putContact(const QString &name, const QString &number, const QString &key)
{
    XeroRequest r;
    r.method = "PUT";
    r.path = QStringLiteral("Contacts");
    r.query.addQueryItem(QStringLiteral("summarizeErrors"), QStringLiteral("false"));
    r.body = QJsonDocument(QJsonObject{
        {QStringLiteral("Contacts"), QJsonArray{QJsonObject{{QStringLiteral("Name"), name},
                                                            {QStringLiteral("ContactNumber"), number}}}}});
    r.idempotencyKey = key;
    return r;
}

XeroRequest putInvoice(const QString &number, const QString &key)
{
    const QJsonObject line{{QStringLiteral("Description"), QStringLiteral("Replace boiler valve")},
                           {QStringLiteral("Quantity"), 1},
                           {QStringLiteral("UnitAmount"), 120.5},
                           {QStringLiteral("AccountCode"), QStringLiteral("200")}};
    const QJsonObject invoice{
        {QStringLiteral("Type"), QStringLiteral("ACCREC")},
        {QStringLiteral("InvoiceNumber"), number},
        {QStringLiteral("Contact"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("Bob")}}},
        {QStringLiteral("LineItems"), QJsonArray{line}}};
    XeroRequest r;
    r.method = "PUT";
    r.path = QStringLiteral("Invoices");
    r.query.addQueryItem(QStringLiteral("summarizeErrors"), QStringLiteral("false"));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Invoices"), QJsonArray{invoice}}});
    r.idempotencyKey = key;
    return r;
}

int invoicesNumbered(fakexero::Organisation &org, const QString &number)
{
    int n = 0;
    for (const auto &inv : org.invoices)
        n += inv.number == number ? 1 : 0;
    return n;
}

XeroRequest writeInvoice(const QByteArray &method, QJsonObject invoice, const QString &key)
{
    invoice.insert(QStringLiteral("Type"), QStringLiteral("ACCREC"));
    if (!invoice.contains(QStringLiteral("Contact")))
        invoice.insert(QStringLiteral("Contact"),
                       QJsonObject{{QStringLiteral("Name"), QStringLiteral("Bob")}});
    if (!invoice.contains(QStringLiteral("LineItems")))
        invoice.insert(QStringLiteral("LineItems"),
                       QJsonArray{QJsonObject{{QStringLiteral("Description"), QStringLiteral("Call-out")},
                                              {QStringLiteral("Quantity"), 1},
                                              {QStringLiteral("UnitAmount"), 80},
                                              {QStringLiteral("AccountCode"), QStringLiteral("200")}}});
    if (!invoice.contains(QStringLiteral("Date")))
        invoice.insert(QStringLiteral("Date"), QStringLiteral("2026-01-15"));
    XeroRequest r;
    r.method = method;
    r.path = QStringLiteral("Invoices");
    r.query.addQueryItem(QStringLiteral("summarizeErrors"), QStringLiteral("false"));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("Invoices"), QJsonArray{invoice}}});
    r.idempotencyKey = key;
    return r;
}

// The catalogue key of the first refused element of a summarizeErrors=false answer ("" when none failed).
QString refusal(const XeroResponse &r, const QString &collection)
{
    for (const XeroElementResult &e : XeroErrors::elements(r.body, collection)) {
        if (!e.ok)
            return XeroErrors::explain(e.messages.value(0)).key;
    }
    return {};
}

FaultRule fault(FaultRule::Kind kind, const QByteArray &method, const QString &path, int times = 1)
{
    FaultRule f;
    f.kind = kind;
    f.method = method;
    f.pathPattern = path;
    f.times = times;
    return f;
}

} // namespace

class TestXeroClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { RateGate::forgetProcessState(); }

    void sendsXerosHeaders()
    {
        Rig rig;
        XeroRequest read = get(QStringLiteral("Contacts"));
        read.ifModifiedSince = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), QTimeZone(13 * 3600));
        read.query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        const XeroResponse r = rig.send(read);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.object().contains(QStringLiteral("Contacts")));
        QVERIFY(r.serverTime.isValid());
        QCOMPARE(r.serverTime.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(r.serverTime.secsTo(rig.xero.now())) <= 1);

        QCOMPARE(rig.requests.size(), 1);
        const fakexero::HttpRequest &sent = rig.requests.first();
        QCOMPARE(sent.header("authorization"), "Bearer " + rig.tokens->current().toUtf8());
        QCOMPARE(sent.header("xero-tenant-id"), rig.tenant.toUtf8());
        QCOMPARE(sent.header("accept"), QByteArray("application/json"));
        // 03:04:05 at +13:00 is 14:04:05 the day before in UTC; no milliseconds.
        QCOMPARE(sent.header("if-modified-since"), QByteArray("2025-01-01T14:04:05"));
        QCOMPARE(sent.queryValue(QStringLiteral("page")), QStringLiteral("1"));
        QVERIFY(!sent.hasHeader("idempotency-key"));

        const XeroResponse w =
            rig.send(putContact(QStringLiteral("Bob"), QStringLiteral("C-1"), QStringLiteral("key-1")));
        QVERIFY(w.ok());
        QCOMPARE(rig.requests.size(), 2);
        QCOMPARE(rig.requests[1].header("content-type"), QByteArray("application/json"));
        QCOMPARE(rig.requests[1].header("idempotency-key"), QByteArray("key-1"));
        QCOMPARE(rig.client->callsMade(), 2);
        QCOMPARE(rig.gate->callsToday(), 2);
        QCOMPARE(ApiUsageStore(*rig.db.db).callsToday(rig.tenant, rig.clock.nowUtc()), 2);
    }

    void refusesAWriteWithoutKey()
    {
        Rig rig;
        const XeroResponse r = rig.send(putContact(QStringLiteral("Bob"), QStringLiteral("C-1"), QString()));
        QCOMPARE(r.outcome, XeroResponse::Outcome::NotSent);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Invalid);
        QVERIFY(rig.requests.isEmpty());
    }

    void expiredTokenIsRefreshedOnceAndRetried()
    {
        Rig rig;
        const QString before = rig.tokens->current();
        rig.xero.identity().expireAccessTokens();
        const XeroResponse r = rig.send(get(QStringLiteral("Organisation")));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(rig.tokens->refreshes(), 1);
        QCOMPARE(rig.requests.size(), 2);
        QCOMPARE(rig.statuses, QList<int>({401, 200}));
        QCOMPARE(rig.requests[1].header("authorization"), "Bearer " + rig.tokens->current().toUtf8());
        QVERIFY(rig.tokens->current() != before);
    }

    void secondUnauthorisedIsAnAuthErrorWithoutLooping()
    {
        Rig rig;
        FaultRule f = fault(FaultRule::Kind::Status, "GET", QStringLiteral("/Contacts$"), -1);
        f.status = 401;
        f.body = R"({"Type":null,"Title":"Unauthorized","Status":401,"Detail":"AuthenticationUnsuccessful"})";
        rig.xero.addFault(f);
        const XeroResponse r = rig.send(get(QStringLiteral("Contacts")));
        QCOMPARE(r.outcome, XeroResponse::Outcome::Answered);
        QCOMPARE(r.status, 401);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Auth);
        QCOMPARE(rig.tokens->refreshes(), 1);
        QCOMPARE(rig.requests.size(), 2);
    }

    void refusedRefreshIsAnAuthError()
    {
        Rig rig;
        rig.xero.identity().revokeAll(); // the user disconnected the app: tokens and refresh tokens are dead
        const XeroResponse r = rig.send(get(QStringLiteral("Contacts")));
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Auth);
        QCOMPARE(rig.tokens->refreshes(), 1);
        QCOMPARE(rig.requests.size(), 1);
    }

    void forbiddenIsAnAuthErrorWithoutRefresh()
    {
        Rig rig;
        QVERIFY(rig.xero.revokeConnection(rig.tenant));
        const XeroResponse r = rig.send(get(QStringLiteral("Contacts")));
        QCOMPARE(r.status, 403);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Auth);
        QCOMPARE(rig.tokens->refreshes(), 0);
        QCOMPARE(rig.requests.size(), 1);
    }

    void minuteLimitWaitsRetryAfterAndResendsTheSameRequest()
    {
        Rig rig;
        FaultRule f = fault(FaultRule::Kind::RateLimit, "PUT", QStringLiteral("/Contacts$"));
        f.problem = "minute";
        f.retryAfterSeconds = 37;
        rig.xero.addFault(f);
        QSignalSpy waits(rig.client.get(), &XeroClient::waiting);
        const qint64 start = rig.xero.nowMs();
        const XeroResponse r =
            rig.send(putContact(QStringLiteral("Bob"), QStringLiteral("C-1"), QStringLiteral("k-37")));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(rig.statuses, QList<int>({429, 200}));
        QCOMPARE(rig.requests[0].header("idempotency-key"), QByteArray("k-37"));
        QCOMPARE(rig.requests[1].header("idempotency-key"), QByteArray("k-37"));
        QCOMPARE(rig.requests[0].body, rig.requests[1].body);
        QVERIFY(rig.waiter.waitedMs() >= 37000);
        QVERIFY(rig.xero.nowMs() - start >= 37000);
        QCOMPARE(waits.size(), 1);
        const auto wait = waits.first().first().value<XeroWait>();
        QCOMPARE(wait.reason, XeroWait::Reason::RetryAfter);
        QCOMPARE(wait.milliseconds, qint64(37000));
        QCOMPARE(rig.org().contacts.size(), 1);
        QCOMPARE(rig.gate->callsToday(), 1); // the refused call is not counted, as Xero does not count it
    }

    void concurrencyLimitWaitsBriefly()
    {
        Rig rig;
        FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", QStringLiteral("/Contacts$"));
        f.problem = "concurrent";
        f.retryAfterSeconds = 1;
        rig.xero.addFault(f);
        QSignalSpy waits(rig.client.get(), &XeroClient::waiting);
        const XeroResponse r = rig.send(get(QStringLiteral("Contacts")));
        QVERIFY(r.ok());
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().first().value<XeroWait>().reason, XeroWait::Reason::Concurrency);
        QVERIFY(rig.waiter.waitedMs() >= 1000 && rig.waiter.waitedMs() < 3000);
    }

    void serverErrorsBackOffThenSucceed()
    {
        Rig rig;
        FaultRule f = fault(FaultRule::Kind::Status, "GET", QStringLiteral("/Contacts$"), 2);
        f.status = 503;
        rig.xero.addFault(f);
        QSignalSpy waits(rig.client.get(), &XeroClient::waiting);
        const XeroResponse r = rig.send(get(QStringLiteral("Contacts")));
        QVERIFY(r.ok());
        QCOMPARE(rig.statuses, QList<int>({503, 503, 200}));
        QCOMPARE(waits.size(), 2);
        const qint64 first = waits[0].first().value<XeroWait>().milliseconds;
        const qint64 second = waits[1].first().value<XeroWait>().milliseconds;
        QCOMPARE(waits[0].first().value<XeroWait>().reason, XeroWait::Reason::ServerBackoff);
        QVERIFY2(first >= 500 && first <= 1000, qPrintable(QString::number(first)));
        QVERIFY2(second >= 1000 && second <= 2000, qPrintable(QString::number(second)));
        QCOMPARE(rig.waiter.waitedMs(), first + second);
    }

    void serverErrorsExhaustedFail()
    {
        XeroClient::Options options;
        options.maxServerRetries = 2;
        Rig rig(options);
        FaultRule f = fault(FaultRule::Kind::Status, "PUT", QStringLiteral("/Contacts$"), -1);
        f.status = 500;
        rig.xero.addFault(f);
        const XeroResponse r =
            rig.send(putContact(QStringLiteral("Bob"), QStringLiteral("C-1"), QStringLiteral("k-500")));
        QCOMPARE(r.outcome, XeroResponse::Outcome::Answered);
        QCOMPARE(r.status, 500);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Network);
        QCOMPARE(rig.requests.size(), 3);
        for (const auto &req : rig.requests)
            QCOMPARE(req.header("idempotency-key"), QByteArray("k-500"));
        QCOMPARE(rig.org().contacts.size(), 0);
    }

    void droppedAnswerIsRetriedWithTheSameKeyAndNotCreatedTwice()
    {
        Rig rig;
        // times = 2: QNetworkAccessManager itself re-sends once on a closed keep-alive connection.
        rig.xero.addFault(fault(FaultRule::Kind::DropAfterCommit, "PUT", QStringLiteral("/Invoices$"), 2));
        const XeroResponse r = rig.send(putInvoice(QStringLiteral("BH-0001"), QStringLiteral("inv-key-1")));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.outcome, XeroResponse::Outcome::Answered);
        QVERIFY(rig.requests.size() >= 2);
        for (const auto &req : rig.requests)
            QCOMPARE(req.header("idempotency-key"), QByteArray("inv-key-1"));
        QCOMPARE(invoicesNumbered(rig.org(), QStringLiteral("BH-0001")), 1);
        const QJsonArray invoices = r.body.object().value(QStringLiteral("Invoices")).toArray();
        QCOMPARE(invoices.size(), 1);
        QCOMPARE(invoices.first().toObject().value(QStringLiteral("InvoiceNumber")).toString(),
                 QStringLiteral("BH-0001"));
    }

    void writeStillLostIsUnknown()
    {
        XeroClient::Options options;
        options.maxServerRetries = 1;
        Rig rig(options);
        rig.xero.addFault(fault(FaultRule::Kind::DropAfterCommit, "PUT", QStringLiteral("/Invoices$"), -1));
        const XeroResponse r = rig.send(putInvoice(QStringLiteral("BH-0002"), QStringLiteral("inv-key-2")));
        QCOMPARE(r.outcome, XeroResponse::Outcome::Unknown);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Network);
        QCOMPARE(invoicesNumbered(rig.org(), QStringLiteral("BH-0002")), 1);
    }

    void timeoutOnAReadIsRetried()
    {
        XeroClient::Options options;
        options.requestTimeoutMs = 300;
        Rig rig(options);
        FaultRule f = fault(FaultRule::Kind::Delay, "GET", QStringLiteral("/Contacts$"));
        f.delayMs = 2000;
        rig.xero.addFault(f);
        const XeroResponse r = rig.send(get(QStringLiteral("Contacts")));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(rig.requests.size(), 2);
    }

    void dayLimitIsPersistedAndRespectedAfterARestart()
    {
        Rig rig;
        FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", QStringLiteral("/Invoices$"));
        f.problem = "day";
        f.retryAfterSeconds = 50000;
        rig.xero.addFault(f);
        const XeroResponse r = rig.send(get(QStringLiteral("Invoices")));
        QCOMPARE(r.status, 429);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::Network);
        QVERIFY2(r.error->message.contains(QStringLiteral("resume")), qPrintable(r.error->message));
        QCOMPARE(rig.requests.size(), 1); // no retry
        const QDateTime until = rig.gate->nextAllowedAt();
        QVERIFY(until.isValid());
        QVERIFY(qAbs(until.secsTo(rig.xero.now().addSecs(50000))) <= 1);

        // A restart: nothing of this process's state survives, only the database.
        RateGate::forgetProcessState();
        rig.makeClient();
        QCOMPARE(rig.gate->nextAllowedAt(), until);
        const XeroResponse refused = rig.send(get(QStringLiteral("Contacts")));
        QCOMPARE(refused.outcome, XeroResponse::Outcome::NotSent);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->code, Error::Code::Network);
        QCOMPARE(rig.requests.size(), 1);

        // Once the time has come, calls go out again.
        rig.xero.advance(50001);
        QVERIFY(rig.send(get(QStringLiteral("Contacts"))).ok());
    }

    void neverMoreThanSixtyAMinuteNorFourAtOnce()
    {
        Rig rig;
        // Every answer is held back a little, so calls overlap and the in-flight cap matters.
        FaultRule slow = fault(FaultRule::Kind::Delay, "GET", QStringLiteral("/Organisation$"), -1);
        slow.delayMs = 20;
        rig.xero.addFault(slow);
        const qint64 start = rig.xero.nowMs();
        std::vector<QCoro::Task<XeroResponse>> tasks;
        for (int i = 0; i < 150; ++i)
            tasks.push_back(rig.client->send(get(QStringLiteral("Organisation"))));
        int ok = 0;
        for (auto &t : tasks)
            ok += QCoro::waitFor(t).ok() ? 1 : 0;
        QCOMPARE(ok, 150);
        QCOMPARE(rig.count429(), 0);
        QCOMPARE(rig.requests.size(), 150);
        QCOMPARE(rig.maxInFlight, 4);
        // 60 at once, 60 a minute (and a margin) later, 30 after that: two waits of a minute.
        const qint64 elapsed = rig.xero.nowMs() - start;
        QVERIFY2(elapsed >= 120000 && elapsed <= 126000, qPrintable(QString::number(elapsed)));
        QCOMPARE(rig.gate->callsToday(), 150);
    }

    void cancelStopsWaitingAndSending()
    {
        Rig rig;
        FaultRule f = fault(FaultRule::Kind::RateLimit, "GET", QStringLiteral("/Contacts$"));
        f.retryAfterSeconds = 60;
        rig.xero.addFault(f);
        QObject::connect(rig.client.get(), &XeroClient::waiting, rig.client.get(),
                         [&] { rig.client->cancel(); });
        const XeroResponse r = rig.send(get(QStringLiteral("Contacts")));
        QCOMPARE(r.outcome, XeroResponse::Outcome::NotSent);
        QVERIFY(r.error);
        QCOMPARE(rig.requests.size(), 1);
        QVERIFY(rig.waiter.waitedMs() <= 1000);

        const XeroResponse after = rig.send(get(QStringLiteral("Contacts")));
        QCOMPARE(after.outcome, XeroResponse::Outcome::NotSent);
        QCOMPARE(rig.requests.size(), 1);
    }

    // What fake-xero (Xero's rules and wording) refuses is explained by the catalogue, end to end.
    void xerosRefusalsAreExplained()
    {
        Rig rig;
        int key = 0;
        auto k = [&key] { return QStringLiteral("k-%1").arg(++key); };
        QCOMPARE(refusal(rig.send(putContact(QStringLiteral("Bob"), QStringLiteral("C-1"), k())),
                         QStringLiteral("Contacts")),
                 QString());
        QCOMPARE(refusal(rig.send(putContact(QStringLiteral("bob"), QStringLiteral("C-2"), k())),
                         QStringLiteral("Contacts")),
                 QStringLiteral("contact-name-taken"));
        QCOMPARE(refusal(rig.send(putContact(QStringLiteral("Alice"), QStringLiteral("C-1"), k())),
                         QStringLiteral("Contacts")),
                 QStringLiteral("contact-number-taken"));

        const QString invoices = QStringLiteral("Invoices");
        const QJsonObject archivedAccount{
            {QStringLiteral("LineItems"),
             QJsonArray{QJsonObject{{QStringLiteral("Description"), QStringLiteral("x")},
                                    {QStringLiteral("Quantity"), 1},
                                    {QStringLiteral("UnitAmount"), 10},
                                    {QStringLiteral("AccountCode"), QStringLiteral("210")}}}}};
        QCOMPARE(refusal(rig.send(writeInvoice("PUT", archivedAccount, k())), invoices),
                 QStringLiteral("account-archived"));
        QCOMPARE(refusal(rig.send(writeInvoice(
                             "PUT", {{QStringLiteral("CurrencyCode"), QStringLiteral("JPY")}}, k())),
                         invoices),
                 QStringLiteral("currency-not-enabled"));

        rig.org().approvalCapPerMonth = 0;
        const QJsonObject approved{{QStringLiteral("Status"), QStringLiteral("AUTHORISED")},
                                   {QStringLiteral("InvoiceNumber"), QStringLiteral("BH-1")}};
        QCOMPARE(refusal(rig.send(writeInvoice("PUT", approved, k())), invoices),
                 QStringLiteral("approval-limit"));
        rig.org().approvalCapPerMonth = -1;
        rig.org().periodLockDate = QDate(2026, 1, 31);
        QCOMPARE(refusal(rig.send(writeInvoice("PUT", approved, k())), invoices),
                 QStringLiteral("period-locked"));
        rig.org().periodLockDate = QDate();

        const XeroResponse created = rig.send(writeInvoice("PUT", approved, k()));
        QCOMPARE(refusal(created, invoices), QString());
        const QString invoiceId = created.body.object()
                                      .value(invoices)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("InvoiceID"))
                                      .toString();
        QVERIFY(!invoiceId.isEmpty());
        const QJsonObject backToDraft{{QStringLiteral("InvoiceID"), invoiceId},
                                      {QStringLiteral("Status"), QStringLiteral("DRAFT")}};
        QCOMPARE(refusal(rig.send(writeInvoice("POST", backToDraft, k())), invoices),
                 QStringLiteral("invoice-locked"));
        QVERIFY(rig.xero.payInvoice(rig.tenant, invoiceId, 1000).errors.isEmpty());
        const QJsonObject edited{{QStringLiteral("InvoiceID"), invoiceId},
                                 {QStringLiteral("Reference"), QStringLiteral("changed")}};
        QCOMPARE(refusal(rig.send(writeInvoice("POST", edited, k())), invoices),
                 QStringLiteral("invoice-payment-allocated"));

        QVERIFY(rig.org().archiveContact(rig.org().contacts.first().id));
        const QJsonObject forArchived{
            {QStringLiteral("Contact"),
             QJsonObject{{QStringLiteral("ContactID"), rig.org().contacts.first().id}}}};
        QCOMPARE(refusal(rig.send(writeInvoice("PUT", forArchived, k())), invoices),
                 QStringLiteral("contact-archived"));
    }

    void tokensNeverReachTheLog()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("billhook.xero.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { captured << message; });
        QString first;
        QString second;
        {
            Rig rig;
            first = rig.tokens->current();
            rig.xero.identity().expireAccessTokens();
            QVERIFY(
                rig.send(putContact(QStringLiteral("Bob"), QStringLiteral("C-1"), QStringLiteral("k"))).ok());
            second = rig.tokens->current();
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const QString all = captured.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("<redacted>")), qPrintable(all)); // the log did run
        QVERIFY(!first.isEmpty() && first != second);
        QVERIFY(!all.contains(first));
        QVERIFY(!all.contains(second));
        QVERIFY(!all.contains(QStringLiteral("Bearer ")));
    }
};

QTEST_GUILESS_MAIN(TestXeroClient)
#include "tst_xeroclient.moc"
