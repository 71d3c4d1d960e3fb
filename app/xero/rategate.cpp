#include "rategate.h"

#include "xeroclient.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <deque>

Q_LOGGING_CATEGORY(lcRateGate, "billhook.xero.rategate")

namespace billhook {

using namespace std::chrono_literals;

// What every RateGate on one database and tenant shares in this process.
struct RateGate::Shared
{
    QMutex mutex;
    std::deque<qint64> starts; // clock ms of the calls started in the current window, oldest first
    int inFlight = 0;
    qint64 pausedUntilMs = 0; // after a minute/concurrency 429
    XeroWait::Reason pauseReason = XeroWait::Reason::RetryAfter;
    qint64 nextAllowedMs = 0; // after a day 429 (also persisted)
    bool waiting = false;     // one caller is waiting on the Waiter for everybody
    QString day;              // UTC yyyy-MM-dd the count belongs to
    int dayCalls = 0;
};

namespace {

// The longest single wait handed to the Waiter: cancel() is noticed at least this often.
constexpr qint64 WaitSliceMs = 1000;
// How often queued callers look again when nothing woke them (a slot freed by another gate object).
constexpr auto QueuePoll = 250ms;

QMutex registryMutex;
QHash<QString, std::shared_ptr<RateGate::Shared>> registry;

std::shared_ptr<RateGate::Shared> sharedFor(const QString &key)
{
    QMutexLocker lock(&registryMutex);
    auto &slot = registry[key];
    if (!slot)
        slot = std::make_shared<RateGate::Shared>();
    return slot;
}

} // namespace

RateGate::RateGate(ApiUsageLedger &ledger, QString tenantId, Clock &clock, Limits limits, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_tenantId(std::move(tenantId))
    , m_clock(clock)
    , m_limits(limits)
    , m_shared(sharedFor(ledger.scope() + u'|' + m_tenantId))
{
    m_poll.setInterval(QueuePoll);
    connect(&m_poll, &QTimer::timeout, this, &RateGate::wakeQueued);
    QMutexLocker lock(&m_shared->mutex);
    loadDay(*m_shared);
}

RateGate::~RateGate() = default;

struct RateGate::Queued
{
    RateGate *gate;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> handle)
    {
        gate->m_queued.push_back(handle);
        if (!gate->m_poll.isActive())
            gate->m_poll.start();
    }
    void await_resume() const noexcept {}
};

// Everyone queued looks again, from the event loop (never inside the caller that freed the slot).
void RateGate::wakeQueued()
{
    if (m_queued.empty()) {
        m_poll.stop();
        return;
    }
    std::vector<std::coroutine_handle<>> queued;
    queued.swap(m_queued);
    m_poll.stop();
    for (std::coroutine_handle<> h : queued)
        QMetaObject::invokeMethod(
            this, [h] { h.resume(); }, Qt::QueuedConnection);
}

QString RateGate::dayKey() const
{
    return dayOf(m_clock.nowUtc());
}

// Reads the persisted count and next-allowed time; the larger of memory and database wins, so another
// process's calls (the CLI while the app runs) are counted too. Called with the mutex held.
void RateGate::loadDay(Shared &s) const
{
    const QString day = dayKey();
    if (s.day != day) {
        s.day = day;
        s.dayCalls = 0;
    }
    s.dayCalls = std::max(s.dayCalls, m_ledger.callsOn(m_tenantId, day));
    const QDateTime until = m_ledger.blockedUntil(m_tenantId);
    if (until.isValid())
        s.nextAllowedMs = std::max(s.nextAllowedMs, until.toMSecsSinceEpoch());
}

void RateGate::persistCount(int calls)
{
    if (const Status s = m_ledger.recordCalls(m_tenantId, dayKey(), calls); !s)
        qCWarning(lcRateGate) << s.error().message;
}

void RateGate::persistNextAllowed(const QDateTime &until)
{
    if (const Status s = m_ledger.recordBlock(m_tenantId, dayKey(), until); !s)
        qCWarning(lcRateGate) << s.error().message;
}

QCoro::Task<Status> RateGate::acquire(Waiter &waiter, const std::atomic<bool> *cancelled,
                                      std::function<void(const XeroWait &)> onWait)
{
    const qint64 windowMs = 60000 + m_limits.minuteMarginMs;
    bool announced = false;
    for (;;) {
        if (cancelled && cancelled->load())
            co_return Error::make(Error::Code::Network,
                                  tr("The sync was cancelled before this call was sent."));

        enum class Next
        {
            Admit,
            Queue,
            Wait,
        } next = Next::Admit;
        qint64 delay = 0;
        XeroWait::Reason reason = XeroWait::Reason::MinuteLimit;
        {
            QMutexLocker lock(&m_shared->mutex);
            Shared &s = *m_shared;
            const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
            if (s.day != dayKey())
                loadDay(s);
            if (s.nextAllowedMs > now)
                co_return Error::make(Error::Code::Network, resumeMessage(QDateTime::fromMSecsSinceEpoch(
                                                                s.nextAllowedMs, QTimeZone::utc())));
            if (s.dayCalls >= m_limits.perDay) {
                const QDateTime midnight(m_clock.nowUtc().toUTC().date().addDays(1), QTime(0, 0),
                                         QTimeZone::utc());
                co_return Error::make(Error::Code::Network, resumeMessage(midnight));
            }
            // Kept for two windows: an answer compares its start with the minute before it.
            while (!s.starts.empty() && s.starts.front() + 2 * windowMs <= now)
                s.starts.pop_front();
            const qsizetype inWindow = qsizetype(
                s.starts.end() - std::upper_bound(s.starts.begin(), s.starts.end(), now - windowMs));

            if (s.inFlight >= m_limits.concurrent) {
                next = Next::Queue;
            } else {
                if (s.pausedUntilMs > now) {
                    delay = s.pausedUntilMs - now;
                    reason = s.pauseReason;
                }
                if (inWindow >= m_limits.perMinute) {
                    const qint64 frees = s.starts[s.starts.size() - m_limits.perMinute] + windowMs - now;
                    if (frees > delay) {
                        delay = frees;
                        reason = XeroWait::Reason::MinuteLimit;
                    }
                }
                if (delay > 0)
                    next = s.waiting ? Next::Queue : Next::Wait;
            }

            if (next == Next::Admit) {
                s.starts.push_back(now);
                ++s.inFlight;
                ++s.dayCalls;
                persistCount(s.dayCalls);
                co_return Status();
            }
            if (next == Next::Wait)
                s.waiting = true;
        }

        if (next == Next::Queue) {
            co_await Queued{this};
            continue;
        }

        // This caller waits for everybody; the others queue until it is done.
        if (!announced && onWait)
            onWait(XeroWait{reason, delay});
        announced = true;
        co_await waiter.wait(std::min(delay, WaitSliceMs));
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->waiting = false;
        }
        wakeQueued();
    }
}

void RateGate::release()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->inFlight > 0)
            --m_shared->inFlight;
    }
    wakeQueued();
}

void RateGate::observeRemaining(const QDateTime &started, int minuteRemaining, int dayRemaining)
{
    QMutexLocker lock(&m_shared->mutex);
    Shared &s = *m_shared;
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    const qint64 windowMs = 60000 + m_limits.minuteMarginMs;
    const qint64 at = started.isValid() ? started.toMSecsSinceEpoch() : now;
    if (minuteRemaining >= 0 && at + windowMs > now) {
        // Xero had seen more calls in its minute when it admitted this one than we had made in the minute
        // before it: someone else uses this tenant too. Count the difference as calls made when this one
        // started. (Compared at the call's start, not now: the answer may come back after our window moved.)
        const int xeroUsed = m_limits.perMinute - minuteRemaining;
        const auto from = std::upper_bound(s.starts.begin(), s.starts.end(), at - windowMs);
        const auto to = std::upper_bound(s.starts.begin(), s.starts.end(), at);
        const int ours = int(std::distance(from, to));
        if (xeroUsed > ours)
            s.starts.insert(to, std::size_t(xeroUsed - ours), at);
    }
    if (dayRemaining >= 0) {
        const int xeroUsed = m_limits.perDay - dayRemaining;
        if (xeroUsed > s.dayCalls) {
            s.dayCalls = xeroUsed;
            persistCount(s.dayCalls);
        }
    }
}

void RateGate::pause(qint64 ms, XeroWait::Reason reason)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->pauseReason = reason;
    m_shared->pausedUntilMs = std::max(m_shared->pausedUntilMs, m_clock.nowUtc().toMSecsSinceEpoch() + ms);
}

void RateGate::blockUntil(const QDateTime &until)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->nextAllowedMs = std::max(m_shared->nextAllowedMs, until.toMSecsSinceEpoch());
    persistNextAllowed(QDateTime::fromMSecsSinceEpoch(m_shared->nextAllowedMs, QTimeZone::utc()));
}

void RateGate::uncount()
{
    QMutexLocker lock(&m_shared->mutex);
    Shared &s = *m_shared;
    if (!s.starts.empty())
        s.starts.pop_back(); // the latest start stands for the refused call
    if (s.dayCalls > 0) {
        --s.dayCalls;
        if (const Status st = m_ledger.uncountCall(m_tenantId, s.day); !st)
            qCWarning(lcRateGate) << st.error().message;
    }
}

void RateGate::forgetProcessState()
{
    QMutexLocker lock(&registryMutex);
    registry.clear();
}

int RateGate::callsToday() const
{
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->day != dayKey())
        loadDay(*m_shared);
    return m_shared->dayCalls;
}

QDateTime RateGate::nextAllowedAt() const
{
    QMutexLocker lock(&m_shared->mutex);
    if (m_shared->nextAllowedMs <= m_clock.nowUtc().toMSecsSinceEpoch())
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_shared->nextAllowedMs, QTimeZone::utc());
}

QString RateGate::resumeMessage(const QDateTime &until)
{
    return tr("Xero's daily limit of API calls for this organisation is used up. Sync can resume after %1.")
        .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
}

} // namespace billhook
