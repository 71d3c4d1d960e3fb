// The sync engine through the real XeroClient and RateGate against an in-process fake-xero, with its
// virtual clock as Billhook's clock and a Waiter that advances it: rate-limit waits take no real time.
// The scenarios here are the ones that need the client's behaviour (Retry-After, the day limit, the 401
// refresh) or a restart (a new engine, gate and client on the same database).
#include "../support/testdb.h"
#include "fakexerosession.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"
#include "sync/xerostack.h"
#include "xero/rategate.h"
#include "xero/xeroclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace billhook;
using fakexero::FakeXero;
using fakexero::FaultRule;

namespace {

struct Rig
{
    FakeXero xero;
    test::TempDatabase db;
    QString tenant;
    fakexero::Organisation *org = nullptr;
    std::unique_ptr<test::FakeXeroTokens> tokens;
    test::FakeXeroClock clock{xero};
    test::FakeXeroWaiter waiter{xero};
    QNetworkAccessManager nam;
    std::unique_ptr<XeroStack> stack;
    RateGate *gate = nullptr;
    XeroClient *client = nullptr;
    SyncOptions options;
    // Accounting API requests as fake-xero received them, and the statuses it answered.
    QList<fakexero::HttpRequest> requests;
    QList<int> statuses;
    // Called as each Accounting API answer leaves fake-xero (before the client reads it).
    std::function<void(const QByteArray &method, const QString &path, int status)> onHandled;
    SyncEngine *running = nullptr;

    Rig()
    {
        RateGate::forgetProcessState();
        if (!xero.start())
            qFatal("fake-xero did not start");
        xero.freezeClock(true);
        org = &xero.addOrganisation(QStringLiteral("Rig Ltd"), fakexero::Organisation::Region::UK);
        tenant = org->id;
        tokens = std::make_unique<test::FakeXeroTokens>(xero, tenant);
        options.bankAccountCode = QStringLiteral("090");
        QObject::connect(&xero, &FakeXero::requestReceived, &xero, [this](const fakexero::HttpRequest &r) {
            if (r.path.startsWith(QStringLiteral("/api.xro/")))
                requests << r;
        });
        QObject::connect(&xero, &FakeXero::requestHandled, &xero,
                         [this](const QByteArray &method, const QString &path, int status) {
                             if (!path.startsWith(QStringLiteral("/api.xro/")))
                                 return;
                             statuses << status;
                             if (onHandled)
                                 onHandled(method, path, status);
                         });
        restart();
    }

    // A new gate and client, as a new process would make them (what the gate keeps in memory is gone).
    void restart()
    {
        stack.reset();
        RateGate::forgetProcessState();
        XeroStackOverrides o;
        o.tokenSource = tokens.get();
        o.waiterInstance = &waiter;
        o.clock = &clock;
        o.endpoints = XeroEndpoints(xero.baseUrl());
        o.network = &nam;
        auto built = XeroStack::forLinkedOrganisation(*db.db, std::move(o));
        if (!built)
            qFatal("the Xero stack was not built: %s", qPrintable(built.error().message));
        stack = std::move(built).value();
        gate = &stack->gate();
        client = &stack->client();
    }

    SyncSummary sync(int pageSize = 1000)
    {
        SyncEngine engine(
            *db, [this](XeroRequest r) { return client->send(std::move(r)); }, tenant, options, clock);
        engine.setPageSize(pageSize);
        running = &engine;
        const SyncSummary s = QCoro::waitFor(engine.run());
        running = nullptr;
        return s;
    }

    QList<fakexero::HttpRequest> sent(const QByteArray &method, const QString &path) const
    {
        QList<fakexero::HttpRequest> out;
        for (const auto &r : requests) {
            if (r.method == method && r.path.endsWith(u'/' + path))
                out << r;
        }
        return out;
    }
    int contactsNumbered(const QString &number) const
    {
        return int(std::count_if(org->contacts.begin(), org->contacts.end(),
                                 [&](const fakexero::Contact &c) { return c.number == number; }));
    }
    Customer customer(Id id) { return CustomerStore(*db).get(id).value(); }
    // Every local customer is in Xero exactly once, or still queued to go: nothing lost, nothing doubled.
    void verifyCustomersAccountedFor(const QList<Id> &ids, bool allSent)
    {
        SyncStore store(*db);
        for (Id id : ids) {
            const Customer c = customer(id);
            const int inXero = contactsNumbered(c.contactNumber);
            QVERIFY2(inXero <= 1, qPrintable(c.contactNumber));
            const bool linked = store.link(SyncEntity::Customer, id, tenant).has_value();
            QCOMPARE(linked, inXero == 1);
            if (allSent)
                QCOMPARE(inXero, 1);
            else if (!linked)
                QCOMPARE(
                    db.count(QStringLiteral("outbox WHERE entity = 'customer' AND local_id = %1").arg(id)),
                    1);
        }
    }
};

QList<Id> addCustomers(Rig &rig, int n)
{
    QList<Id> ids;
    for (int i = 0; i < n; ++i)
        ids << rig.db.addCustomer(QStringLiteral("Customer %1").arg(i, 3, 10, QLatin1Char('0')),
                                  QStringLiteral("c%1@example.test").arg(i));
    return ids;
}

} // namespace

class TestSyncEngineClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A minute-limit 429 on the second batch: the client waits Retry-After (on fake-xero's clock) and sends
    // that batch again with the same Idempotency-Key; the first batch is not sent again.
    void minuteLimitMidBatch()
    {
        Rig rig;
        const QList<Id> ids = addCustomers(rig, 60);
        FaultRule f;
        f.kind = FaultRule::Kind::RateLimit;
        f.method = "POST";
        f.pathPattern = QStringLiteral("/Contacts$");
        f.nth = 2;
        f.retryAfterSeconds = 37;
        f.problem = "minute";
        rig.xero.addFault(f);
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        QCOMPARE(s.pushed, 60);
        const auto posts = rig.sent("POST", QStringLiteral("Contacts"));
        QCOMPARE(posts.size(), 3);
        const QByteArray first = posts[0].header("idempotency-key");
        const QByteArray second = posts[1].header("idempotency-key");
        QVERIFY(!first.isEmpty());
        QVERIFY(first != second);
        QCOMPARE(posts[2].header("idempotency-key"), second);
        QCOMPARE(posts[2].body, posts[1].body);
        QCOMPARE(int(rig.statuses.count(429)), 1);
        QVERIFY2(rig.waiter.waitedMs() >= 37000, qPrintable(QString::number(rig.waiter.waitedMs())));
        QCOMPARE(int(rig.org->contacts.size()), 60);
        rig.verifyCustomersAccountedFor(ids, true);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    // Xero's day limit runs out mid-push: the run fails saying when it can resume, what was sent is linked,
    // the rest stays queued; a run before that time sends nothing; the first run after it completes.
    void dayLimitReached()
    {
        Rig rig;
        const QList<Id> ids = addCustomers(rig, 120);
        const Id cust = ids.first();
        const Id inv = rig.db.addInvoice(cust);
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        // 5 reference reads + 3 pulls + 2 batches of contacts; the third batch finds the day used up.
        auto limits = rig.xero.rateLimiter().limits();
        limits.perDay = 10;
        rig.xero.rateLimiter().setLimits(limits);

        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Failed);
        QVERIFY2(s.message.contains(QStringLiteral("daily limit")), qPrintable(s.message));
        QVERIFY2(s.message.contains(QStringLiteral("resume after")), qPrintable(s.message));
        // Billhook stops by itself once Xero's X-DayLimit-Remaining says 0, so at most one 429 is seen and
        // Xero admitted no more calls than its day allows.
        QVERIFY(rig.statuses.count(429) <= 1);
        QCOMPARE(int(rig.statuses.count(200)), 10);
        QCOMPARE(int(rig.org->contacts.size()), 100);
        QVERIFY(rig.org->invoices.isEmpty());
        rig.verifyCustomersAccountedFor(ids, false);
        QCOMPARE(rig.db.count(QStringLiteral("outbox WHERE entity = 'customer'")), 20);
        QCOMPARE(rig.db.count(QStringLiteral("outbox WHERE entity = 'invoice'")), 1);
        // A restart does not make Billhook try early: nothing reaches Xero.
        rig.restart();
        const int callsBefore = int(rig.requests.size());
        const SyncSummary early = rig.sync();
        QCOMPARE(early.result, SyncResult::Failed);
        QVERIFY2(early.message.contains(QStringLiteral("daily limit")), qPrintable(early.message));
        QCOMPARE(int(rig.requests.size()), callsBefore);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 21);

        // After the time it named, the next run completes (the access token expired meanwhile: refreshed).
        rig.xero.advance(24 * 3600 + 1);
        const SyncSummary later = rig.sync();
        QCOMPARE(later.result, SyncResult::Clean);
        QCOMPARE(int(rig.org->contacts.size()), 120);
        QCOMPARE(int(rig.org->invoices.size()), 1);
        rig.verifyCustomersAccountedFor(ids, true);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
        QVERIFY(rig.statuses.count(429) <= 1);
    }

    // The access token expires between two pages of a pull: one refresh, one retry, the pull carries on.
    void expiredTokenMidPull()
    {
        Rig rig;
        for (int i = 0; i < 7; ++i)
            QVERIFY(rig.org->saveContact(QJsonObject{{QStringLiteral("Name"), QStringLiteral("X%1").arg(i)}})
                        .ok());
        bool expired = false;
        rig.onHandled = [&](const QByteArray &method, const QString &path, int status) {
            if (!expired && method == "GET" && path.endsWith(QStringLiteral("/Contacts")) && status == 200) {
                expired = true;
                rig.xero.identity().expireAccessTokens();
            }
        };
        const SyncSummary s = rig.sync(3);
        QCOMPARE(s.result, SyncResult::Clean);
        QVERIFY(expired);
        QCOMPARE(rig.tokens->refreshes(), 1);
        QCOMPARE(int(rig.statuses.count(401)), 1);
        QCOMPARE(CustomerStore(*rig.db).count(), 7);
        QCOMPARE(rig.sent("GET", QStringLiteral("Contacts")).size(), 4); // 3 pages, the second one twice
    }

    // A run cancelled after its first batch, then a new process (engine, gate, client) on the same database.
    void restartAfterFirstBatch()
    {
        Rig rig;
        const QList<Id> ids = addCustomers(rig, 120);
        rig.onHandled = [&](const QByteArray &method, const QString &path, int) {
            if (method == "POST" && path.endsWith(QStringLiteral("/Contacts")) && rig.running)
                rig.running->cancel();
        };
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Cancelled);
        QCOMPARE(int(rig.org->contacts.size()), 50);
        rig.verifyCustomersAccountedFor(ids, false);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 70);

        rig.onHandled = nullptr;
        rig.restart();
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(int(rig.org->contacts.size()), 120);
        rig.verifyCustomersAccountedFor(ids, true);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
        QCOMPARE(rig.sent("POST", QStringLiteral("Contacts")).size(), 3);
    }

    // The process dies after Xero committed a batch and before Billhook stored the answer (the engine hears
    // nothing back). The next process finds those contacts by ContactNumber while pulling, links them and
    // does not send them again: nothing is created twice.
    void restartAfterWriteBeforeAnswer()
    {
        Rig rig;
        const QList<Id> ids = addCustomers(rig, 70);
        int posts = 0;
        auto dying = [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
            const bool lose = r.method == "POST" && r.path == u"Contacts" && ++posts == 2;
            XeroResponse answer = co_await rig.client->send(std::move(r));
            if (lose) {
                answer = XeroResponse{};
                answer.error = Error::make(Error::Code::Network, QStringLiteral("the process died"));
            }
            co_return answer;
        };
        {
            SyncEngine engine(*rig.db, dying, rig.tenant, rig.options, rig.clock);
            QCOMPARE(QCoro::waitFor(engine.run()).result, SyncResult::Failed);
        }
        QCOMPARE(int(rig.org->contacts.size()), 70); // Xero has the second batch; Billhook does not know
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 20);

        rig.restart();
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        const auto sentPosts = rig.sent("POST", QStringLiteral("Contacts"));
        QCOMPARE(sentPosts.size(), 2);
        QCOMPARE(int(rig.org->contacts.size()), 70);
        rig.verifyCustomersAccountedFor(ids, true);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    // Found by the crash-safety test: the answer to a create is lost, the record is edited locally, and the
    // next run finds Xero's copy by number. Xero's copy is what Billhook sent, so the local edit wins and
    // goes out; it must not become a conflict against an empty base.
    void lostAnswerThenEditedLocally()
    {
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.test"));
        const Id inv = rig.db.addInvoice(cust); // a draft
        auto dying = [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
            const bool lose = r.method != "GET";
            XeroResponse answer = co_await rig.client->send(std::move(r));
            if (lose) {
                answer = XeroResponse{};
                answer.error = Error::make(Error::Code::Network, QStringLiteral("the process died"));
            }
            co_return answer;
        };
        {
            SyncEngine engine(*rig.db, dying, rig.tenant, rig.options, rig.clock);
            QCOMPARE(QCoro::waitFor(engine.run()).result, SyncResult::Failed);
        }
        QCOMPARE(int(rig.org->contacts.size()), 1);
        // The contact went; its answer was lost, so the invoice was not sent yet. Send it the same way.
        {
            SyncEngine engine(*rig.db, dying, rig.tenant, rig.options, rig.clock);
            QCOMPARE(QCoro::waitFor(engine.run()).result, SyncResult::Failed);
        }
        QCOMPARE(int(rig.org->invoices.size()), 1);
        QCOMPARE(rig.org->invoices.first().status, QStringLiteral("DRAFT"));
        QVERIFY(!SyncStore(*rig.db).link(SyncEntity::Invoice, inv, rig.tenant));

        Customer c = rig.customer(cust);
        c.email = QStringLiteral("accounts@acme.test");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        rig.restart();
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(int(rig.org->contacts.size()), 1);
        QCOMPARE(rig.org->contacts.first().email, QStringLiteral("accounts@acme.test"));
        QCOMPARE(int(rig.org->invoices.size()), 1);
        QCOMPARE(rig.org->invoices.first().status, QStringLiteral("AUTHORISED"));
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    // Found by the crash-safety test: an update of a linked customer reaches Xero but its answer is lost;
    // the customer is edited again locally. Xero's value is Billhook's own earlier edit, not a change made
    // in Xero: the newest local edit goes out, no conflict.
    void lostUpdateThenEditedAgain()
    {
        Rig rig;
        const Id id = rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.test"));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Customer c = rig.customer(id);
        c.email = QStringLiteral("first@acme.test");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        auto dying = [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
            const bool lose = r.method != "GET";
            XeroResponse answer = co_await rig.client->send(std::move(r));
            if (lose) {
                answer = XeroResponse{};
                answer.error = Error::make(Error::Code::Network, QStringLiteral("the process died"));
            }
            co_return answer;
        };
        rig.xero.advance(5);
        {
            SyncEngine engine(*rig.db, dying, rig.tenant, rig.options, rig.clock);
            QCOMPARE(QCoro::waitFor(engine.run()).result, SyncResult::Failed);
        }
        QCOMPARE(rig.org->contacts.first().email, QStringLiteral("first@acme.test"));
        c = rig.customer(id);
        c.email = QStringLiteral("second@acme.test");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        rig.xero.advance(5);
        rig.restart();
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(rig.org->contacts.first().email, QStringLiteral("second@acme.test"));
        QCOMPARE(rig.customer(id).email, QStringLiteral("second@acme.test"));
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    // A payment reaches Xero but its answer is lost: the next run links it (no second payment in Xero, no
    // copy imported locally) and the invoice's amount due agrees on both sides, so a further payment of the
    // rest is accepted locally and in Xero.
    void lostPaymentAnswer()
    {
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id inv = rig.db.addInvoice(cust); // 120.00 with VAT
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Payment pay;
        pay.date = QDate(2026, 11, 2);
        pay.amount = Money::fromUnits(7000);
        QVERIFY(InvoiceStore(*rig.db).recordPayment(inv, pay).ok());
        auto dying = [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
            const bool lose = r.method != "GET";
            XeroResponse answer = co_await rig.client->send(std::move(r));
            if (lose) {
                answer = XeroResponse{};
                answer.error = Error::make(Error::Code::Network, QStringLiteral("the process died"));
            }
            co_return answer;
        };
        rig.xero.advance(5);
        {
            SyncEngine engine(*rig.db, dying, rig.tenant, rig.options, rig.clock);
            QCOMPARE(QCoro::waitFor(engine.run()).result, SyncResult::Failed);
        }
        QCOMPARE(int(rig.org->payments.size()), 1);
        rig.xero.advance(5);
        rig.restart();
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(int(rig.org->payments.size()), 1);
        Invoice local = InvoiceStore(*rig.db).get(inv).value();
        QCOMPARE(local.payments.size(), 1);
        QCOMPARE(local.amountPaid.units(), qint64(7000));
        QCOMPARE(local.amountDue().units(), rig.org->invoices.first().amountDue());

        pay.amount = Money::fromUnits(12000 - 7000);
        QVERIFY(InvoiceStore(*rig.db).recordPayment(inv, pay).ok());
        rig.xero.advance(5);
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(rig.org->invoices.first().status, QStringLiteral("PAID"));
        QCOMPARE(InvoiceStore(*rig.db).get(inv).value().status, InvoiceStatus::Paid);
    }

    // Found by the crash-safety test: a payment was sent while its invoice's approval still waited in the
    // outbox (Xero refused the approval), so Xero refused the payment ("Payments can only be made against
    // Authorised documents"). The payment waits for its invoice instead: not sent, no problem of its own;
    // once the invoice goes (AUTHORISED), the payment follows onto it.
    void paymentWaitsForItsInvoice_data()
    {
        QTest::addColumn<bool>("wholeRequest");
        QTest::newRow("the approval refused in Xero's answer") << false;
        QTest::newRow("the approval's request refused with a 400") << true;
    }
    void paymentWaitsForItsInvoice()
    {
        QFETCH(bool, wholeRequest);
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id inv = rig.db.addInvoice(cust); // 120.00 with VAT
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(rig.org->invoices.first().status, QStringLiteral("DRAFT"));
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        Payment pay;
        pay.date = QDate(2026, 11, 2);
        pay.amount = Money::fromUnits(5000);
        const auto paid = InvoiceStore(*rig.db).recordPayment(inv, pay);
        QVERIFY(paid.ok());
        const QString number = InvoiceStore(*rig.db).get(inv).value().number;

        FaultRule f;
        f.kind = FaultRule::Kind::Status;
        f.method = "POST";
        f.pathPattern = QStringLiteral("/Invoices$");
        if (wholeRequest) {
            f.status = 400;
        } else {
            // As Xero answers with summarizeErrors=false: 200, the element marked as refused.
            f.status = 200;
            const QJsonObject refused{
                {QStringLiteral("InvoiceNumber"), number},
                {QStringLiteral("StatusAttributeString"), QStringLiteral("ERROR")},
                {QStringLiteral("HasErrors"), true},
                {QStringLiteral("ValidationErrors"),
                 QJsonArray{QJsonObject{{QStringLiteral("Message"),
                                         QStringLiteral("The document date cannot be before the end of year "
                                                        "lock date")}}}}};
            f.body = QJsonDocument(QJsonObject{{QStringLiteral("Status"), QStringLiteral("OK")},
                                               {QStringLiteral("Invoices"), QJsonArray{refused}}})
                         .toJson(QJsonDocument::Compact);
        }
        rig.xero.addFault(f);
        rig.xero.advance(5);
        const SyncSummary first = rig.sync();
        QVERIFY(first.result != SyncResult::Clean);
        QCOMPARE(rig.org->invoices.first().status, QStringLiteral("DRAFT"));
        QCOMPARE(rig.sent("PUT", QStringLiteral("Payments")).size(), 0);
        QVERIFY(rig.org->payments.isEmpty());
        QCOMPARE(rig.db.count(QStringLiteral("outbox WHERE entity = 'payment'")), 1);
        QVERIFY(SyncStore(*rig.db).openIssuesFor(SyncEntity::Payment, *paid).isEmpty());

        QCOMPARE(rig.xero.pendingFaults(), 0);
        if (!wholeRequest) {
            // Xero refused the invoice itself: not sent again unchanged, until the user's Try again.
            const QList<SyncIssue> refused = SyncStore(*rig.db).openIssuesFor(SyncEntity::Invoice, inv);
            QCOMPARE(refused.size(), 1);
            QVERIFY(SyncEngine::tryAgain(*rig.db, refused.first().id));
        }
        rig.xero.advance(5);
        rig.restart();
        const SyncSummary second = rig.sync();
        QCOMPARE(second.result, SyncResult::Clean);
        QCOMPARE(rig.org->invoices.first().status, QStringLiteral("AUTHORISED"));
        QCOMPARE(int(rig.org->payments.size()), 1);
        QCOMPARE(rig.org->payments.first().invoiceId, rig.org->invoices.first().id);
        QCOMPARE(rig.org->invoices.first().amountPaid, qint64(5000));
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
        QCOMPARE(int(SyncStore(*rig.db).openIssues().size()), 0);
    }

    // Two customers merged into one in Xero: the merged-away one is archived locally, its invoice follows
    // the contact it was merged into, and nothing is created again in Xero.
    void contactMergedInXero()
    {
        Rig rig;
        const Id from = rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.test"));
        const Id into = rig.db.addCustomer(QStringLiteral("Acme Holdings"), QStringLiteral("hq@acme.test"));
        const Id inv = rig.db.addInvoice(from);
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(int(rig.org->contacts.size()), 2);
        const QString fromId = rig.org->contacts[0].number == rig.customer(from).contactNumber
                                   ? rig.org->contacts[0].id
                                   : rig.org->contacts[1].id;
        const QString intoId =
            fromId == rig.org->contacts[0].id ? rig.org->contacts[1].id : rig.org->contacts[0].id;

        rig.xero.advance(5);
        QVERIFY(rig.org->mergeContacts(fromId, intoId));
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        QVERIFY(rig.customer(from).archived);
        QVERIFY(!rig.customer(into).archived);
        QCOMPARE(InvoiceStore(*rig.db).get(inv).value().customerId, into);
        QCOMPARE(int(rig.org->contacts.size()), 2);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);

        // A later edit of the surviving customer goes to the contact it was merged into.
        Customer c = rig.customer(into);
        c.phone = QStringLiteral("0161 496 0000");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(int(rig.org->contacts.size()), 2);
        QVERIFY(QJsonDocument(rig.org->contact(intoId)->extra).toJson().contains("0161 496 0000"));
    }

    // A contact redacted in Xero after a GDPR request: archived locally, an issue explains it, and a local
    // edit is not sent (Xero refuses any change to it).
    void contactRedactedInXero()
    {
        Rig rig;
        const Id id = rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.test"));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        const QString xid = rig.org->contacts.first().id;
        rig.xero.advance(5);
        QVERIFY(rig.org->gdprRedactContact(xid));
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Issues);
        QVERIFY(rig.customer(id).archived);
        const auto issues = SyncStore(*rig.db).openIssues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().detail.value(QStringLiteral("reason")).toString(), QStringLiteral("gdpr"));

        Customer c = rig.customer(id);
        c.phone = QStringLiteral("0161 496 0000");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        const int postsBefore = int(rig.sent("POST", QStringLiteral("Contacts")).size());
        rig.sync();
        QCOMPARE(int(rig.sent("POST", QStringLiteral("Contacts")).size()), postsBefore);
        QCOMPARE(int(rig.org->contacts.size()), 1);
        QCOMPARE(rig.org->contacts.first().status, QStringLiteral("GDPRREQUEST"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngineClient)
#include "tst_syncengine_client.moc"
