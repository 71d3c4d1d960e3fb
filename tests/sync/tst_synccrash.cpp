// Crash safety (label `long`): a sync process (billhook-test-synconce) against fake-xero is killed with
// SIGKILL at random points in many runs, with local edits between runs; each run is followed by another.
// At the end Xero holds no duplicate contact or invoice, every local edit is in Xero, and both sides agree.
// Twice: against an empty organisation, and against fake-xero's demo company (200 invoices, INV-0001 to
// INV-0200, 50 contacts) with local data that overlaps it: the local invoices' numbers collide with Xero's
// and are renumbered by the user's remedy between runs, some customers are the demo's contacts (same name
// and email address), and Xero's records are never changed by Billhook's.
//
// fake-xero runs in this process (its event loop turns while the child runs); the child reaches it over
// HTTP as it would reach Xero. The seed is printed; BILLHOOK_CRASH_SEED replays a run, BILLHOOK_CRASH_RUNS
// changes the number of killed runs (default 60).
#include "../support/testdb.h"
#include "fakexero.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"

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
    // The user's remedy for every open number collision: the next free number.
    static void renumberCollisions(Database &db)
    {
        for (const SyncIssue &i : SyncStore(db).openIssues()) {
            if (i.detail.value(QStringLiteral("reason")).toString() == u"number-collision")
                QVERIFY(SyncEngine::resolveCollision(db, i.id, SyncEngine::CollisionChoice::Renumber).ok());
        }
    }

    // What a Xero invoice is, for "Billhook never changed it".
    static QString snapshot(const fakexero::Invoice &i)
    {
        return QStringList{i.contactId,
                           i.number,
                           i.status,
                           QString::number(i.total),
                           QString::number(i.amountPaid),
                           QString::number(i.lines.size())}
            .join(u'|');
    }

    void initTestCase()
    {
        QVERIFY(m_xero.start());
        // The child lifts its own gate's limits (see synconcemain.cpp); so does Xero here.
        auto limits = m_xero.rateLimiter().limits();
        limits.perMinute = 1000000;
        limits.perDay = 100000000;
        limits.appPerMinute = 1000000;
        m_xero.rateLimiter().setLimits(limits);
    }

    void killedAtRandomPoints_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("an empty organisation") << false;
        QTest::newRow("the demo company, overlapping") << true;
    }
    void killedAtRandomPoints()
    {
        QFETCH(bool, demo);
        if (demo) {
            m_tenant = m_xero.seedDemo();
            m_org = m_xero.organisation(m_tenant);
        } else {
            m_org = &m_xero.addOrganisation(QStringLiteral("Crash Ltd"), fakexero::Organisation::Region::UK);
            m_tenant = m_org->id;
        }
        QHash<QString, QString> theirs; // the demo's invoices as they were: Billhook never changes them
        for (const auto &i : m_org->invoices)
            theirs.insert(i.id, snapshot(i));
        const int theirContacts = int(m_org->contacts.size());
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
        // Some of them are the demo's contacts, as the user typed them before connecting (kept out of the
        // random edits: an email changed before the first sync makes them a decision for the user).
        int same = 0;
        for (int i = 0; demo && i < theirContacts && same < 5; i += 7) {
            const fakexero::Contact &c = m_org->contacts[i];
            if (c.status != u"ACTIVE")
                continue;
            db.addCustomer(c.name, c.email);
            ++same;
        }
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
            if (demo && rng.bounded(3) == 0)
                renumberCollisions(*db); // the user gives a colliding invoice the next free number
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
            if (wasKilled) {
                ++killed;
                // Killed before it finished: the next kill may come later, so that the late steps of a long
                // run (the demo company's first syncs) are interrupted too.
                window = std::min(window * 5 / 4, 20000);
            } else {
                window = std::max(50, int(ms) + 20); // it finished first: kill within its span next time
            }
            Q_UNUSED(code)
            if (run == 0)
                fullMs = ms;
        }
        qInfo("%d runs, %d killed, %d local edits; first run %lld ms", runs, killed, edits, fullMs);
        QVERIFY2(killed >= runs / 2, "most runs must be killed for the test to mean anything");

        // Undisturbed runs until one is clean: everything settles (the collisions the last runs found are
        // renumbered by the user first).
        int code = -1;
        for (int i = 0; i < 4 && code != 0; ++i) {
            renumberCollisions(*db);
            code = runChild(db.path(), -1).second;
        }
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
        // Both sides equal, every local edit present; each customer is its own contact.
        const auto allCustomers = customers.list(everyCustomer);
        QCOMPARE(int(m_org->contacts.size()), int(allCustomers.size()));
        QSet<QString> linkedContacts;
        for (const Customer &c : allCustomers) {
            const auto l = SyncStore(*db).link(SyncEntity::Customer, c.id, m_tenant);
            QVERIFY2(l, qPrintable(c.name));
            QVERIFY2(!linkedContacts.contains(l->xeroId), qPrintable(c.name));
            linkedContacts.insert(l->xeroId);
            const fakexero::Contact *x = m_org->contact(l->xeroId);
            QVERIFY2(x, qPrintable(c.name));
            QCOMPARE(x->name, c.name);
            if (x->status != u"GDPRREQUEST")
                QCOMPARE(x->email, c.email);
        }
        const auto allInvoices = invoices.list(everyInvoice);
        int theirsLeft = 0; // the demo's invoices, not deleted
        for (const auto &i : m_org->invoices)
            theirsLeft += theirs.contains(i.id) && i.status != u"DELETED" ? 1 : 0;
        QCOMPARE(int(invoiceNumbers.size()), int(allInvoices.size()) + theirsLeft);
        for (const auto &i : m_org->invoices) {
            if (theirs.contains(i.id))
                QVERIFY2(snapshot(i) == theirs.value(i.id), qPrintable(i.number + u" was changed in Xero"));
        }
        int localPayments = 0;
        for (const Invoice &listed : allInvoices) {
            const Invoice inv = invoices.get(listed.id).value();
            const auto link = SyncStore(*db).link(SyncEntity::Invoice, inv.id, m_tenant);
            QVERIFY2(link, qPrintable(inv.number));
            QVERIFY2(!theirs.contains(link->xeroId), qPrintable(inv.number + u" linked to Xero's own"));
            const fakexero::Invoice *x = m_org->invoice(link->xeroId);
            QCOMPARE(x->number, inv.number);
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
        const int xeroPayments = int(
            std::count_if(m_org->payments.begin(), m_org->payments.end(), [&](const fakexero::Payment &p) {
                return p.status != u"DELETED" && !theirs.contains(p.invoiceId);
            }));
        QCOMPARE(xeroPayments, localPayments);
        QCOMPARE(db.count(QStringLiteral("outbox")), 0);
        QCOMPARE(int(SyncStore(*db).openIssues().size()), 0);
        QCOMPARE(code, 0);
        QCOMPARE(again, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
