// Crash safety (label `long`): a sync process (billhook-test-synconce) against fake-xero is killed with
// SIGKILL at random points in many runs, with local edits between runs; each run is followed by another.
// At the end Xero holds no duplicate contact or invoice, every local edit is in Xero, and both sides agree.
//
// fake-xero runs in this process (its event loop turns while the child runs); the child reaches it over
// HTTP as it would reach Xero. The seed is printed; BILLHOOK_CRASH_SEED replays a run, BILLHOOK_CRASH_RUNS
// changes the number of killed runs (default 60).
#include "../support/testdb.h"
#include "fakexero.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/syncstore.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

using namespace billhook;
using fakexero::FakeXero;

class TestSyncCrash : public QObject
{
    Q_OBJECT
private:
    FakeXero m_xero;
    QString m_tenant;
    fakexero::Organisation *m_org = nullptr;

    // Runs one sync process; kills it after `killAfterMs` unless it finished first (-1: never).
    // Answers whether it was killed, and its exit code otherwise.
    std::pair<bool, int> runChild(const QString &dbPath, int killAfterMs, qint64 *elapsedMs = nullptr)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        child.start(QStringLiteral(SYNCONCE_PATH), {dbPath, m_xero.baseUrl().toString(), m_tenant});
        if (!child.waitForStarted(10000))
            qFatal("billhook-test-synconce did not start");
        bool killed = false;
        if (killAfterMs >= 0) {
            QTimer::singleShot(killAfterMs, &child, [&] {
                if (child.state() == QProcess::Running) {
                    child.kill(); // SIGKILL
                    killed = true;
                }
            });
        }
        // fake-xero answers from this thread's event loop: keep it turning while the child runs.
        if (!QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 120000))
            qFatal("billhook-test-synconce did not finish in 2 minutes");
        if (elapsedMs)
            *elapsedMs = clock.elapsed();
        if (!killed && child.exitStatus() != QProcess::NormalExit)
            qWarning("child crashed by itself: %s", child.readAll().constData());
        if (!killed && child.exitCode() != 0)
            qInfo("child: %s", child.readAll().trimmed().constData());
        return {killed, killed ? -1 : child.exitCode()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_xero.start());
        m_org = &m_xero.addOrganisation(QStringLiteral("Crash Ltd"), fakexero::Organisation::Region::UK);
        m_tenant = m_org->id;
        // The child lifts its own gate's limits (see synconcemain.cpp); so does Xero here.
        auto limits = m_xero.rateLimiter().limits();
        limits.perMinute = 1000000;
        limits.perDay = 100000000;
        limits.appPerMinute = 1000000;
        m_xero.rateLimiter().setLimits(limits);
    }

    void killedAtRandomPoints()
    {
        const quint32 seed = qEnvironmentVariableIsSet("BILLHOOK_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("BILLHOOK_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        const int runs = qEnvironmentVariableIsSet("BILLHOOK_CRASH_RUNS")
                             ? qEnvironmentVariableIntValue("BILLHOOK_CRASH_RUNS")
                             : 60;
        qInfo("crash-safety seed %u (replay with BILLHOOK_CRASH_SEED=%u), %d runs", seed, seed, runs);
        QRandomGenerator rng(seed);

        test::TempDatabase db;
        CustomerFilter everyCustomer;
        everyCustomer.includeArchived = true;
        everyCustomer.limit = 1000000;
        InvoiceFilter everyInvoice;
        everyInvoice.limit = 1000000;
        CustomerStore customers(*db);
        InvoiceStore invoices(*db);
        QList<Id> customerIds;
        for (int i = 0; i < 60; ++i)
            customerIds << db.addCustomer(QStringLiteral("Customer %1").arg(i),
                                          QStringLiteral("c%1@example.test").arg(i));
        for (int i = 0; i < 60; ++i) {
            const Id inv =
                db.addInvoice(customerIds[i % customerIds.size()],
                              {QStringLiteral("%1.%2").arg(10 + i).arg(i % 100, 2, 10, QLatin1Char('0'))});
            if (i % 3 != 0)
                QVERIFY(invoices.approve(inv).ok());
        }

        // One undisturbed run first tells how long a run takes, so the kills spread over a whole run.
        qint64 fullMs = 0;
        int edits = 0;
        int killed = 0;
        int window = 400;
        for (int run = 0; run < runs; ++run) {
            // Local edits while no sync runs: a new customer, a changed email, a new or approved invoice, a
            // payment.
            const int n = 1 + int(rng.bounded(3));
            for (int e = 0; e < n; ++e) {
                const int kind = int(rng.bounded(5));
                if (kind == 0) {
                    customerIds << db.addCustomer(QStringLiteral("New customer %1").arg(run * 10 + e),
                                                  QStringLiteral("n%1@example.test").arg(run * 10 + e));
                } else if (kind == 1) {
                    Customer c = customers.get(customerIds[rng.bounded(int(customerIds.size()))]).value();
                    if (c.archived)
                        continue;
                    c.email = QStringLiteral("r%1e%2@example.test").arg(run).arg(e);
                    QVERIFY2(customers.update(c).ok(), qPrintable(c.name));
                } else if (kind == 2) {
                    db.addInvoice(customerIds[rng.bounded(int(customerIds.size()))],
                                  {QStringLiteral("%1.25").arg(run + 1)});
                } else {
                    const auto open = invoices.list(everyInvoice);
                    QList<Invoice> drafts;
                    QList<Invoice> payable;
                    for (const auto &i : open) {
                        if (i.status == InvoiceStatus::Draft)
                            drafts << i;
                        if (i.status == InvoiceStatus::Approved || i.status == InvoiceStatus::PartPaid)
                            payable << i;
                    }
                    if (kind == 3 && !drafts.isEmpty()) {
                        QVERIFY(invoices.approve(drafts[rng.bounded(int(drafts.size()))].id).ok());
                    } else if (kind == 4 && !payable.isEmpty()) {
                        const Invoice inv =
                            invoices.get(payable[rng.bounded(int(payable.size()))].id).value();
                        if (inv.amountDue().units() <= 0)
                            continue;
                        Payment p;
                        p.date = std::max(inv.issueDate, QDate(2026, 11, 2));
                        p.amount = Money::fromUnits(std::max<qint64>(1, inv.amountDue().units() / 2));
                        const auto paid = invoices.recordPayment(inv.id, p);
                        QVERIFY2(paid.ok(), qPrintable(paid.ok() ? QString() : paid.error().message));
                    } else {
                        continue;
                    }
                }
                ++edits;
            }
            const int delay = int(rng.bounded(window));
            qint64 ms = 0;
            const auto [wasKilled, code] = runChild(db.path(), delay, &ms);
            if (wasKilled)
                ++killed;
            else
                window = std::max(50, int(ms) + 20); // it finished first: kill within its span next time
            Q_UNUSED(code)
            if (run == 0)
                fullMs = ms;
        }
        qInfo("%d runs, %d killed, %d local edits; first run %lld ms", runs, killed, edits, fullMs);
        QVERIFY2(killed >= runs / 2, "most runs must be killed for the test to mean anything");

        // Undisturbed runs until one is clean: everything settles.
        int code = -1;
        for (int i = 0; i < 3 && code != 0; ++i)
            code = runChild(db.path(), -1).second;
        for (const OutboxEntry &o : SyncStore(*db).outbox())
            qWarning("outbox: %s %lld v%d key=%s error=%s", qPrintable(syncEntityKey(o.entity)),
                     qlonglong(o.localId), o.localVersion, qPrintable(o.idempotencyKey),
                     qPrintable(o.lastError));
        for (const SyncIssue &i : SyncStore(*db).openIssues())
            qWarning("open issue: %s | %s | %s", qPrintable(syncIssueKindKey(i.kind)),
                     qPrintable(i.xeroMessage),
                     QJsonDocument(i.detail).toJson(QJsonDocument::Compact).constData());
        // And one more that finds nothing to do.
        const int again = runChild(db.path(), -1).second;

        // No duplicate in Xero.
        QSet<QString> numbers;
        for (const auto &c : m_org->contacts) {
            QVERIFY2(!numbers.contains(c.number),
                     qPrintable(QStringLiteral("duplicate contact ") + c.number));
            numbers.insert(c.number);
        }
        QSet<QString> invoiceNumbers;
        for (const auto &i : m_org->invoices) {
            if (i.status == u"DELETED")
                continue;
            QVERIFY2(!invoiceNumbers.contains(i.number),
                     qPrintable(QStringLiteral("duplicate invoice ") + i.number));
            invoiceNumbers.insert(i.number);
        }
        // Both sides equal, every local edit present.
        const auto allCustomers = customers.list(everyCustomer);
        QCOMPARE(int(m_org->contacts.size()), int(allCustomers.size()));
        for (const Customer &c : allCustomers) {
            const auto *x = [&]() -> const fakexero::Contact * {
                for (const auto &xc : m_org->contacts) {
                    if (xc.number == c.contactNumber)
                        return &xc;
                }
                return nullptr;
            }();
            QVERIFY2(x, qPrintable(c.name));
            QCOMPARE(x->name, c.name);
            QCOMPARE(x->email, c.email);
        }
        const auto allInvoices = invoices.list(everyInvoice);
        QCOMPARE(int(invoiceNumbers.size()), int(allInvoices.size()));
        int localPayments = 0;
        for (const Invoice &listed : allInvoices) {
            const Invoice inv = invoices.get(listed.id).value();
            const fakexero::Invoice *x = m_org->invoice(inv.number);
            QVERIFY2(x, qPrintable(inv.number));
            QCOMPARE(x->total, inv.total.units());
            QCOMPARE(x->amountPaid, inv.amountPaid.units());
            const QString expected = inv.status == InvoiceStatus::Draft  ? QStringLiteral("DRAFT")
                                     : inv.status == InvoiceStatus::Paid ? QStringLiteral("PAID")
                                                                         : QStringLiteral("AUTHORISED");
            if (x->status != expected)
                qWarning("invoice %s (local %lld v%d): local %s, Xero %s; link %s", qPrintable(inv.number),
                         qlonglong(inv.id), inv.version, qPrintable(expected), qPrintable(x->status),
                         SyncStore(*db).link(SyncEntity::Invoice, inv.id, m_tenant) ? "yes" : "no");
            QCOMPARE(x->status, expected);
            localPayments += int(inv.payments.size());
        }
        const int xeroPayments =
            int(std::count_if(m_org->payments.begin(), m_org->payments.end(),
                              [](const fakexero::Payment &p) { return p.status != u"DELETED"; }));
        QCOMPARE(xeroPayments, localPayments);
        QCOMPARE(db.count(QStringLiteral("outbox")), 0);
        QCOMPARE(int(SyncStore(*db).openIssues().size()), 0);
        QCOMPARE(code, 0);
        QCOMPARE(again, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
