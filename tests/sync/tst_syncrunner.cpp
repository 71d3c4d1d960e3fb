#include "../support/testdb.h"
#include "fakexero.h"
#include "storage/syncstore.h"
#include "sync/syncoptions.h"
#include "sync/syncrunner.h"
#include "xero/accesstokensource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <stdexcept>

using namespace billhook;
using fakexero::FakeXero;

namespace {

// The token fake-xero issued on the test's thread, handed to the runner's worker thread. fake-xero is
// single-threaded, so the worker must not ask it for tokens itself.
class IssuedToken final : public AccessTokenSource
{
public:
    IssuedToken(QString tenant, QString token)
        : m_tenant(std::move(tenant))
        , m_token(std::move(token))
    {}
    QString tenantId() const override { return m_tenant; }
    QCoro::Task<Result<QString>> accessToken() override { co_return Result<QString>(m_token); }
    QCoro::Task<Result<QString>> refreshAfterRejection(const QString &) override
    {
        co_return Error::make(Error::Code::Auth, QStringLiteral("token rejected"));
    }

private:
    QString m_tenant;
    QString m_token;
};

// A token source that throws, standing in for any exception escaping the engine's coroutines (a bad_alloc,
// a bug): the run must end "failed", not hang the worker thread forever.
class ThrowingToken final : public AccessTokenSource
{
public:
    QString tenantId() const override { return QStringLiteral("tenant"); }
    QCoro::Task<Result<QString>> accessToken() override
    {
        throw std::runtime_error("simulated failure");
        co_return Result<QString>(QString());
    }
    QCoro::Task<Result<QString>> refreshAfterRejection(const QString &) override
    {
        co_return Error::make(Error::Code::Auth, QStringLiteral("token rejected"));
    }
};

struct Rig
{
    FakeXero xero;
    test::TempDatabase db;
    fakexero::Organisation *org = nullptr;
    QString token;

    Rig()
    {
        if (!xero.start())
            qFatal("fake-xero did not start");
        org = &xero.addOrganisation(QStringLiteral("Runner Ltd"), fakexero::Organisation::Region::UK);
        token = xero.issueTokens().accessToken;
        SyncOptions options;
        options.bankAccountCode = QStringLiteral("090");
        if (!options.save(*db))
            qFatal("cannot save the sync options");
    }

    std::unique_ptr<SyncRunner> runner()
    {
        auto r = std::make_unique<SyncRunner>(db.path());
        r->setEndpoints(XeroEndpoints(xero.baseUrl()));
        r->setTokenSourceFactory(
            [tenant = org->id, token = token](Database &) -> Result<std::unique_ptr<AccessTokenSource>> {
                return std::unique_ptr<AccessTokenSource>(std::make_unique<IssuedToken>(tenant, token));
            });
        return r;
    }

    int contactsNamed(const QString &name) const
    {
        return int(std::count_if(org->contacts.begin(), org->contacts.end(),
                                 [&](const fakexero::Contact &c) { return c.name == name; }));
    }

    // Holds fake-xero's answers to the contacts pull back, so a run is still under way when the test acts.
    void slowContacts(int ms)
    {
        fakexero::FaultRule rule;
        rule.kind = fakexero::FaultRule::Kind::Delay;
        rule.method = "GET";
        rule.pathPattern = QStringLiteral("/Contacts$");
        rule.delayMs = ms;
        xero.addFault(rule);
    }
};

SyncSummary summaryOf(const QSignalSpy &spy)
{
    return spy.first().first().value<SyncSummary>();
}

} // namespace

class TestSyncRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncsInTheBackground()
    {
        Rig rig;
        rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.test"));
        rig.slowContacts(300);
        auto runner = rig.runner();
        QSignalSpy started(runner.get(), &SyncRunner::started);
        QSignalSpy progress(runner.get(), &SyncRunner::progress);
        QSignalSpy failed(runner.get(), &SyncRunner::failed);
        QSignalSpy finished(runner.get(), &SyncRunner::finished);

        // The test's event loop keeps turning while the run works: a timer on this thread fires throughout.
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();

        QVERIFY(runner->start());
        QCOMPARE(started.size(), 1);
        QVERIFY(runner->isRunning());
        QCOMPARE(finished.size(), 0); // start() returned before the run ended
        QVERIFY(!runner->start());    // one run at a time
        QVERIFY(finished.wait(30000));
        QVERIFY(ticks >= 10);
        QVERIFY(!runner->isRunning());
        QCOMPARE(failed.size(), 0);

        const SyncSummary s = summaryOf(finished);
        QCOMPARE(s.result, SyncResult::Clean);
        QCOMPARE(s.pushed, 1);
        QVERIFY(s.callsUsed > 0);
        QCOMPARE(rig.contactsNamed(QStringLiteral("Acme Ltd")), 1);
        QVERIFY(!progress.isEmpty());
        QStringList texts;
        for (const auto &args : progress)
            texts << args.first().value<SyncProgress>().text;
        QVERIFY2(texts.join(u'\n').contains(QStringLiteral("Sending 1–1 of 1")),
                 qPrintable(texts.join(u'\n')));
        // The run was recorded through the worker's own connection, and the lock was released.
        const auto runs = SyncStore(*rig.db).runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().result, SyncResult::Clean);
        QVERIFY(!QFile::exists(SyncRunner::lockFilePath(rig.db.path())));

        // Again, from the same runner: nothing to send, no duplicate.
        finished.clear();
        QVERIFY(runner->start());
        QVERIFY(finished.wait(30000));
        QCOMPARE(summaryOf(finished).result, SyncResult::Clean);
        QCOMPARE(summaryOf(finished).pushed, 0);
        QCOMPARE(rig.contactsNamed(QStringLiteral("Acme Ltd")), 1);
    }

    void secondRunnerOnTheSameDatabaseIsRefused()
    {
        Rig rig;
        rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        rig.slowContacts(1500);
        auto first = rig.runner();
        auto second = rig.runner();
        QSignalSpy firstDone(first.get(), &SyncRunner::finished);
        QSignalSpy secondFailed(second.get(), &SyncRunner::failed);
        QSignalSpy secondDone(second.get(), &SyncRunner::finished);

        QVERIFY(first->start());
        // Wait until the first run holds the lock (it takes it before opening the database).
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SyncRunner::lockFilePath(rig.db.path())), 10000);
        QVERIFY(second->start());
        QVERIFY(secondDone.wait(10000));
        QCOMPARE(firstDone.size(), 0);
        QCOMPARE(secondFailed.size(), 1);
        const Error refused = secondFailed.first().first().value<Error>();
        QCOMPARE(refused.code, Error::Code::Locked);
        QVERIFY2(refused.message.contains(QStringLiteral("A sync is already running")),
                 qPrintable(refused.message));
        QCOMPARE(summaryOf(secondDone).result, SyncResult::Failed);
        QCOMPARE(summaryOf(secondDone).message, refused.message);

        QVERIFY(firstDone.wait(30000));
        QCOMPARE(summaryOf(firstDone).result, SyncResult::Clean);
        QCOMPARE(rig.contactsNamed(QStringLiteral("Acme Ltd")), 1);

        // Once the first has finished, the second may run.
        secondDone.clear();
        QVERIFY(second->start());
        QVERIFY(secondDone.wait(30000));
        QCOMPARE(summaryOf(secondDone).result, SyncResult::Clean);
    }

    void lockHeldByAnotherProcessIsRespected()
    {
        Rig rig;
        // A lock file as another live process would leave it: this process's PID stands in for it, since
        // QLockFile only takes over a lock whose process is gone.
        QLockFile other(SyncRunner::lockFilePath(rig.db.path()));
        QVERIFY(other.tryLock(0));
        auto runner = rig.runner();
        QSignalSpy failed(runner.get(), &SyncRunner::failed);
        QSignalSpy finished(runner.get(), &SyncRunner::finished);
        QVERIFY(runner->start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Locked);
        QCOMPARE(rig.xero.totalCalls(rig.org->id), 0);
        QVERIFY(SyncStore(*rig.db).runs().isEmpty());
        other.unlock();
    }

    void cancelEndsTheRunAndALaterRunCompletes()
    {
        Rig rig;
        rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        rig.slowContacts(1000);
        auto runner = rig.runner();
        QSignalSpy progress(runner.get(), &SyncRunner::progress);
        QSignalSpy finished(runner.get(), &SyncRunner::finished);
        QVERIFY(runner->start());
        // Cancel while the contacts page is on its way.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.begin(), progress.end(),
                                             [](const QList<QVariant> &args) {
                                                 return args.first().value<SyncProgress>().phase ==
                                                        SyncProgress::Phase::PullCustomers;
                                             }),
                                 10000);
        runner->cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(summaryOf(finished).result, SyncResult::Cancelled);
        QCOMPARE(rig.contactsNamed(QStringLiteral("Acme Ltd")), 0);
        const auto runs = SyncStore(*rig.db).runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().result, SyncResult::Cancelled);
        QCOMPARE(SyncStore(*rig.db).outbox().size(), 1); // the edit still waits

        finished.clear();
        QVERIFY(runner->start());
        QVERIFY(finished.wait(30000));
        QCOMPARE(summaryOf(finished).result, SyncResult::Clean);
        QCOMPARE(rig.contactsNamed(QStringLiteral("Acme Ltd")), 1);
        QVERIFY(SyncStore(*rig.db).outbox().isEmpty());
    }

    void notConnectedFailsWithAuth()
    {
        test::TempDatabase db;
        SyncRunner runner(db.path());
        runner.setTokenSourceFactory([](Database &) -> Result<std::unique_ptr<AccessTokenSource>> {
            return Error::make(Error::Code::Auth, QStringLiteral("Billhook is not connected to Xero."));
        });
        QSignalSpy failed(&runner, &SyncRunner::failed);
        QSignalSpy finished(&runner, &SyncRunner::finished);
        QVERIFY(runner.start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 1);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Auth);
        QCOMPARE(error.message, QStringLiteral("Billhook is not connected to Xero."));
        QCOMPARE(summaryOf(finished).result, SyncResult::Failed);
        QVERIFY(!QFile::exists(SyncRunner::lockFilePath(db.path())));
    }

    void anExceptionFailsTheRunInsteadOfHangingIt()
    {
        Rig rig;
        test::TempDatabase &db = rig.db;
        Customer c;
        c.name = QStringLiteral("Pending Ltd");
        QVERIFY(CustomerStore(*db).add(c).ok());
        SyncRunner runner(db.path());
        runner.setEndpoints(XeroEndpoints(rig.xero.baseUrl()));
        runner.setTokenSourceFactory([](Database &) -> Result<std::unique_ptr<AccessTokenSource>> {
            return std::unique_ptr<AccessTokenSource>(std::make_unique<ThrowingToken>());
        });
        QSignalSpy failed(&runner, &SyncRunner::failed);
        QSignalSpy finished(&runner, &SyncRunner::finished);
        QVERIFY(runner.start());
        QVERIFY(finished.wait(10000));
        QCOMPARE(summaryOf(finished).result, SyncResult::Failed);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().value<Error>().message.contains(QStringLiteral("simulated failure")),
                 qPrintable(failed.first().first().value<Error>().message));
        QCOMPARE(SyncStore(*db).outbox().size(), 1); // the edit still waits for Xero
        QVERIFY(!QFile::exists(SyncRunner::lockFilePath(db.path())));
        // The next run is not blocked by the failed one.
        QVERIFY(runner.start());
        QVERIFY(finished.wait(10000));
    }

    void destroyedWhileRunningStopsCleanly()
    {
        Rig rig;
        rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        rig.slowContacts(500);
        auto runner = rig.runner();
        QVERIFY(runner->start());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SyncRunner::lockFilePath(rig.db.path())), 10000);
        runner.reset(); // cancels and waits, keeping this thread's events turning for fake-xero
        QVERIFY(!QFile::exists(SyncRunner::lockFilePath(rig.db.path())));
    }
};

QTEST_GUILESS_MAIN(TestSyncRunner)
#include "tst_syncrunner.moc"
