#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "xeroports.h"
#include "xerowait.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <atomic>
#include <coroutine>
#include <functional>
#include <memory>
#include <vector>

namespace billhook {

struct RateGateLimits
{
    int perMinute = 60;
    int perDay = 5000;
    int concurrent = 4;
    // Calls are counted when sent, Xero counts them when they arrive: a window is treated as this much
    // longer than a minute so network jitter cannot squeeze a 61st call into Xero's minute.
    qint64 minuteMarginMs = 1000;
};

// Xero's per-tenant limits, kept on Billhook's side so they are never hit in normal use: at most 60 calls in
// any minute, 5,000 a day and 4 at once (Xero allows 5; staying one below keeps its concurrency 429 away,
// sync-scenarios B.8). The day's count and the time before which Xero refuses calls (after a day-limit 429)
// are kept in the ApiUsageLedger (the api_usage table, through the sync layer), so a restart neither exceeds
// the day nor retries early.
//
// One per tenant per process: every RateGate on the same ledger scope (database file) and tenant shares one
// minute window and one in-flight count, so two runs (or two clients) in one process cannot exceed the limits
// together. The persisted day count and next-allowed time are shared across processes through the ledger.
//
// The gate must outlive the calls that pass through it.
//
// Threads: a RateGate object, like the ledger it writes to, belongs to the thread that created it (the
// sync worker thread); call it from that thread only. The state it shares with other RateGates for the same
// tenant is guarded by a mutex.
//
// Waiting for the minute window or a Retry-After goes through the Waiter (timers in the app; the benchmark's
// waiter advances fake-xero's clock); only one caller waits at a time, the others wait for it to finish, so
// a clock-advancing waiter is advanced once, not once per queued call.
class RateGate : public QObject
{
    Q_OBJECT
public:
    using Limits = RateGateLimits;
    struct Shared; // what gates on the same database and tenant share; defined in rategate.cpp

    RateGate(ApiUsageLedger &ledger, QString tenantId, Clock &clock = Clock::system(), Limits limits = {},
             QObject *parent = nullptr);
    ~RateGate() override;

    QString tenantId() const { return m_tenantId; }
    Limits limits() const { return m_limits; }

    // Waits until a call may start, then counts it (in memory and in the ledger). Fails with Error::Network
    // without counting when the day's calls are used up or Xero asked us to stop until later, and when
    // `cancelled` becomes true. `onWait` is told of each wait before it starts.
    QCoro::Task<Status> acquire(Waiter &waiter, const std::atomic<bool> *cancelled = nullptr,
                                std::function<void(const XeroWait &)> onWait = {});
    // A call started by acquire() has ended (answered or not).
    void release();

    // What an answer said about the limits.
    // X-MinLimit-Remaining / X-DayLimit-Remaining (-1 when absent) of a call that started at `started`
    // (Xero counted it then) correct the counts when another client of the same tenant uses them too.
    void observeRemaining(const QDateTime &started, int minuteRemaining, int dayRemaining);
    // A 429 for the minute or concurrency: every call to this tenant pauses for `ms`.
    void pause(qint64 ms, XeroWait::Reason reason = XeroWait::Reason::RetryAfter);
    // A 429 for the day: no call before `until` (persisted).
    void blockUntil(const QDateTime &until);
    // A 429 was answered: Xero did not count that call, so neither do we.
    void uncount();

    int callsToday() const;
    QDateTime nextAllowedAt() const; // invalid when nothing blocks

    // The UTC day a count belongs to, as the ledger keys it ("2026-12-01").
    static QString dayOf(const QDateTime &at) { return at.toUTC().date().toString(Qt::ISODate); }

    // Forgets the minute windows and counts this process shares between gates, as a restart would (tests
    // use it to prove that what must survive a restart is read back from the database).
    static void forgetProcessState();

    // The text telling the user when calls can resume.
    static QString resumeMessage(const QDateTime &until);

private:
    struct Queued; // the awaitable a caller suspends on while others hold the slots or the wait
    void wakeQueued();
    QString dayKey() const;
    void loadDay(Shared &s) const;
    void persistCount(int calls);
    void persistNextAllowed(const QDateTime &until);

    ApiUsageLedger &m_ledger;
    QString m_tenantId;
    Clock &m_clock;
    Limits m_limits;
    std::shared_ptr<Shared> m_shared;
    std::vector<std::coroutine_handle<>> m_queued;
    QTimer m_poll; // wakes queued callers now and then, for slots freed by another gate of the same tenant
};

} // namespace billhook
