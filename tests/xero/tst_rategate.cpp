// RateGate on its own: a ManualClock and a Waiter that moves it, so every wait is exact and instant.

#include "../support/testdb.h"
#include "storage/apiusagestore.h"
#include "sync/xeroadapters.h"
#include "xero/rategate.h"
#include "xero/timerwaiter.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <qcoro/qcorotask.h>

#include <vector>

using namespace billhook;

namespace {

class ClockWaiter final : public Waiter
{
public:
    explicit ClockWaiter(ManualClock &clock)
        : m_clock(clock)
    {}
    QCoro::Task<void> wait(qint64 ms) override
    {
        ++calls;
        waited += ms;
        m_clock.set(m_clock.nowUtc().addMSecs(ms));
        co_return;
    }
    int calls = 0;
    qint64 waited = 0;

private:
    ManualClock &m_clock;
};

const QString Tenant = QStringLiteral("tenant-1");

QDateTime noon()
{
    return QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
}

} // namespace

class TestRateGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { RateGate::forgetProcessState(); }

    void sixtyAMinuteThenWaitsForTheWindow()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        QList<XeroWait> waits;
        auto onWait = [&](const XeroWait &w) { waits << w; };
        for (int i = 0; i < 60; ++i) {
            QVERIFY(QCoro::waitFor(gate.acquire(waiter, nullptr, onWait)).ok());
            gate.release();
        }
        QCOMPARE(waiter.waited, qint64(0));
        QVERIFY(QCoro::waitFor(gate.acquire(waiter, nullptr, onWait)).ok());
        gate.release();
        // The 61st waits until the first leaves the window: a minute plus the margin.
        QCOMPARE(waiter.waited, qint64(61000));
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().reason, XeroWait::Reason::MinuteLimit);
        QCOMPARE(waits.first().milliseconds, qint64(61000));
        QCOMPARE(gate.callsToday(), 61);
    }

    void rollingWindowCountsEveryMinute()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        // One call every 0.5 s for three minutes: never more than 60 in any 61 s.
        std::vector<qint64> starts;
        for (int i = 0; i < 360; ++i) {
            QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
            starts.push_back(clock.nowUtc().toMSecsSinceEpoch());
            gate.release();
            clock.set(clock.nowUtc().addMSecs(500));
        }
        for (std::size_t i = 60; i < starts.size(); ++i)
            QVERIFY2(starts[i] - starts[i - 60] >= 61000, qPrintable(QString::number(i)));
    }

    void dayCountIsPersistedAndShared()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        {
            StoredApiUsage usage(*db);
            RateGate gate(usage, Tenant, clock);
            for (int i = 0; i < 7; ++i) {
                QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
                gate.release();
            }
        }
        QCOMPARE(ApiUsageStore(*db).callsToday(Tenant, clock.nowUtc()), 7);
        QCOMPARE(ApiUsageStore(*db).callsToday(QStringLiteral("other"), clock.nowUtc()), 0);
        RateGate::forgetProcessState(); // a restart
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        QCOMPARE(gate.callsToday(), 7);
        // A new UTC day starts from zero.
        clock.set(QDateTime(QDate(2026, 3, 11), QTime(0, 0, 1), Qt::UTC));
        QCOMPARE(gate.callsToday(), 0);
        QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
        gate.release();
        QCOMPARE(ApiUsageStore(*db).callsToday(Tenant, clock.nowUtc()), 1);
    }

    void dayLimitRefusesUntilMidnight()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        RateGateLimits limits;
        limits.perDay = 5;
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock, limits);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
            gate.release();
        }
        const Status refused = QCoro::waitFor(gate.acquire(waiter));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Network);
        QVERIFY(refused.error().message.contains(QStringLiteral("resume")));
        QCOMPARE(gate.callsToday(), 5);
        QCOMPARE(waiter.waited, qint64(0)); // refused at once, not waited for
    }

    void blockUntilIsPersisted()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        const QDateTime until = noon().addSecs(50000);
        {
            StoredApiUsage usage(*db);
            RateGate gate(usage, Tenant, clock);
            gate.blockUntil(until);
            QCOMPARE(gate.nextAllowedAt(), until);
        }
        RateGate::forgetProcessState();
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        QCOMPARE(gate.nextAllowedAt(), until);
        QVERIFY(!QCoro::waitFor(gate.acquire(waiter)).ok());
        clock.set(until);
        QVERIFY(!gate.nextAllowedAt().isValid());
        QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
        gate.release();
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT next_allowed_at FROM api_usage WHERE tenant_id = 'tenant-1'")));
        QVERIFY(q.next());
        QCOMPARE(QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), until);
    }

    void pauseHoldsEveryCallerAndOneWaits()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        gate.pause(37000, XeroWait::Reason::RetryAfter);
        std::vector<QCoro::Task<Status>> callers;
        int announced = 0;
        for (int i = 0; i < 4; ++i)
            callers.push_back(gate.acquire(waiter, nullptr, [&](const XeroWait &w) {
                ++announced;
                QCOMPARE(w.reason, XeroWait::Reason::RetryAfter);
            }));
        for (auto &c : callers)
            QVERIFY(QCoro::waitFor(c).ok());
        // Four callers, one wait of 37 s (not four): a clock-moving waiter is moved once.
        QCOMPARE(waiter.waited, qint64(37000));
        QCOMPARE(announced, 1);
        for (int i = 0; i < 4; ++i)
            gate.release();
    }

    void fourInFlightAtMost()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        std::vector<QCoro::Task<Status>> callers;
        for (int i = 0; i < 6; ++i)
            callers.push_back(gate.acquire(waiter));
        for (int i = 0; i < 4; ++i)
            QVERIFY(callers[i].isReady());
        QVERIFY(!callers[4].isReady());
        QVERIFY(!callers[5].isReady());
        gate.release();
        QVERIFY(QCoro::waitFor(callers[4]).ok());
        QVERIFY(!callers[5].isReady());
        gate.release();
        QVERIFY(QCoro::waitFor(callers[5]).ok());
        QCOMPARE(gate.callsToday(), 6);
    }

    void gatesOfOneTenantShareTheWindow()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate first(usage, Tenant, clock);
        RateGate second(usage, Tenant, clock);
        RateGate otherTenant(usage, QStringLiteral("tenant-2"), clock);
        for (int i = 0; i < 60; ++i) {
            QVERIFY(QCoro::waitFor(first.acquire(waiter)).ok());
            first.release();
        }
        QVERIFY(QCoro::waitFor(otherTenant.acquire(waiter)).ok()); // its own limits
        otherTenant.release();
        QCOMPARE(waiter.waited, qint64(0));
        QVERIFY(QCoro::waitFor(second.acquire(waiter)).ok()); // the same tenant's minute is full
        second.release();
        QCOMPARE(waiter.waited, qint64(61000));
    }

    void remainingHeadersCorrectTheCounts()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
        gate.release();
        // Xero had counted 50 calls this minute and 1,000 today when it admitted ours: someone else is busy.
        gate.observeRemaining(clock.nowUtc(), 10, 4000);
        QCOMPARE(gate.callsToday(), 1000);
        QCOMPARE(ApiUsageStore(*db).callsToday(Tenant, clock.nowUtc()), 1000);
        for (int i = 0; i < 10; ++i) {
            QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
            gate.release();
        }
        QCOMPARE(waiter.waited, qint64(0));
        QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok()); // the 61st in Xero's count waits
        gate.release();
        QCOMPARE(waiter.waited, qint64(61000));
        // An answer that tells us less than we know changes nothing.
        gate.observeRemaining(clock.nowUtc(), 59, 4990);
        QCOMPARE(gate.callsToday(), 1011);
    }

    void lateAnswerFromAnEarlierWindowDoesNotBlock()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        const QDateTime firstStart = clock.nowUtc();
        for (int i = 0; i < 60; ++i) {
            QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
            gate.release();
        }
        clock.advance(61);
        // The 60th call's answer (0 left in that minute) arrives after our window moved on.
        gate.observeRemaining(firstStart, 0, -1);
        QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
        gate.release();
        QCOMPARE(waiter.waited, qint64(0));
    }

    void uncountTakesARefusedCallBack()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        QVERIFY(QCoro::waitFor(gate.acquire(waiter)).ok());
        gate.release();
        gate.uncount();
        QCOMPARE(gate.callsToday(), 0);
        QCOMPARE(ApiUsageStore(*db).callsToday(Tenant, clock.nowUtc()), 0);
    }

    void cancelledCallerGivesUp()
    {
        test::TempDatabase db;
        ManualClock clock(noon());
        ClockWaiter waiter(clock);
        StoredApiUsage usage(*db);
        RateGate gate(usage, Tenant, clock);
        std::atomic<bool> cancelled{false};
        gate.pause(60000);
        // Cancel during the first slice of the wait.
        auto onWait = [&](const XeroWait &) { cancelled = true; };
        const Status s = QCoro::waitFor(gate.acquire(waiter, &cancelled, onWait));
        QVERIFY(!s);
        QVERIFY(waiter.waited <= 1000);
        QCOMPARE(gate.callsToday(), 0);
    }

    void timerWaiterWaitsRealTime()
    {
        TimerWaiter waiter;
        QElapsedTimer t;
        t.start();
        QCoro::waitFor(waiter.wait(120));
        QVERIFY(t.elapsed() >= 110);
    }
};

QTEST_GUILESS_MAIN(TestRateGate)
#include "tst_rategate.moc"
