// The QueryWorker runs list, search and dashboard queries on its own thread and connection; superseded
// requests are skipped or their results dropped, so the newest always wins and the GUI thread never waits.
#include "../support/testdb.h"
#include "storage/customerstore.h"
#include "ui/common/queryworker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace billhook;

class TestQueryWorker : public QObject
{
    Q_OBJECT
private:
    // Occupies the worker until `release` is released, so requests pile up behind it.
    static void block(QueryWorker &worker, QueryChannel &channel, QObject *receiver, QSemaphore &started,
                      QSemaphore &release)
    {
        worker.run<int>(
            channel, receiver,
            [&started, &release](Database &) {
                started.release();
                release.acquire();
                return 0;
            },
            [](int) {});
    }

private Q_SLOTS:
    void runsOnItsOwnThreadAndConnection()
    {
        test::TempDatabase db;
        db.addCustomer(QStringLiteral("Hannah Price"));
        QueryWorker worker(db.path());
        QueryChannel channel;
        QThread *queryThread = nullptr;
        Database *queryDb = nullptr;
        int count = -1;
        worker.run<int>(
            channel, this,
            [&queryThread, &queryDb](Database &wdb) {
                queryThread = QThread::currentThread();
                queryDb = &wdb;
                return CustomerStore(wdb).count();
            },
            [&count](int n) { count = n; });
        QVERIFY(!worker.isIdle());
        QTRY_VERIFY(worker.isIdle());
        QCOMPARE(count, 1);
        QVERIFY(queryThread != nullptr);
        QVERIFY(queryThread != QThread::currentThread());
        QVERIFY(queryDb != db.db.get());
    }

    void seesWhatTheGuiThreadCommitted()
    {
        test::TempDatabase db;
        QueryWorker worker(db.path());
        QueryChannel channel;
        int count = -1;
        auto countCustomers = [&] {
            worker.run<int>(
                channel, this, [](Database &wdb) { return CustomerStore(wdb).count(); },
                [&count](int n) { count = n; });
            QTRY_VERIFY(worker.isIdle());
        };
        countCustomers();
        QCOMPARE(count, 0);
        db.addCustomer(QStringLiteral("Written on the GUI thread"));
        countCustomers();
        QCOMPARE(count, 1);
    }

    void aResultOvertakenByANewerRequestIsDropped()
    {
        test::TempDatabase db;
        QueryWorker worker(db.path());
        QueryChannel search;
        QSemaphore started, release;
        QStringList delivered;
        worker.run<QString>(
            search, this,
            [&started, &release](Database &) {
                started.release();
                release.acquire(); // still running when the user types on
                return QStringLiteral("stale");
            },
            [&delivered](const QString &s) { delivered << s; });
        QVERIFY(started.tryAcquire(1, 5000));
        worker.run<QString>(
            search, this, [](Database &) { return QStringLiteral("fresh"); },
            [&delivered](const QString &s) { delivered << s; });
        release.release();
        QTRY_VERIFY(worker.isIdle());
        QCOMPARE(delivered, QStringList{QStringLiteral("fresh")});
        QCOMPARE(worker.supersededCount(), 1);
    }

    void requestsSupersededBeforeTheyStartNeverRun()
    {
        test::TempDatabase db;
        QueryWorker worker(db.path());
        QueryChannel other, search;
        QSemaphore started, release;
        block(worker, other, this, started, release);
        QVERIFY(started.tryAcquire(1, 5000));
        std::atomic<int> ran{0};
        QStringList delivered;
        for (const QString &text : {QStringLiteral("B"), QStringLiteral("Be"), QStringLiteral("Bet")})
            worker.run<QString>(
                search, this,
                [&ran, text](Database &) {
                    ++ran;
                    return text;
                },
                [&delivered](const QString &s) { delivered << s; });
        release.release();
        QTRY_VERIFY(worker.isIdle());
        QCOMPARE(ran.load(), 1);
        QCOMPARE(delivered, QStringList{QStringLiteral("Bet")});
        QCOMPARE(worker.supersededCount(), 2);
    }

    void aReceiverThatIsGoneGetsNothing()
    {
        test::TempDatabase db;
        QueryWorker worker(db.path());
        QueryChannel channel;
        bool delivered = false;
        auto *receiver = new QObject;
        worker.run<int>(
            channel, receiver, [](Database &) { return 1; }, [&delivered](int) { delivered = true; });
        delete receiver;
        QTRY_VERIFY(worker.isIdle());
        QVERIFY(!delivered);
    }

    void aDatabaseThatCannotBeOpenedIsReported()
    {
        QTemporaryDir dir;
        QFile notADatabase(dir.filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write("these are not the invoices you are looking for");
        notADatabase.close();
        QueryWorker worker(notADatabase.fileName());
        QueryChannel channel;
        QString failure;
        connect(&worker, &QueryWorker::failed, this, [&failure](const QString &m) { failure = m; });
        bool delivered = false;
        worker.run<int>(
            channel, this, [](Database &) { return 1; }, [&delivered](int) { delivered = true; });
        QTRY_VERIFY(worker.isIdle());
        QVERIFY(!delivered);
        QVERIFY2(failure.contains(QStringLiteral("notes.sqlite")), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestQueryWorker)
#include "tst_queryworker.moc"
