#pragma once

#include <QtGlobal>
#include <qcoro/qcorotask.h>

namespace billhook {

// Progress the client reports while it waits, so the UI can say "Waiting 37 s for Xero's rate limit".
struct XeroWait
{
    enum class Reason
    {
        MinuteLimit,
        Concurrency,
        RetryAfter,
        ServerBackoff,
    };
    Reason reason = Reason::MinuteLimit;
    qint64 milliseconds = 0;
};

// How the client waits. The real one uses timers; the benchmark's advances fake-xero's clock instead,
// so a run that would take an hour of rate-limited calls finishes in seconds with the same call pattern.
class Waiter
{
public:
    virtual ~Waiter() = default;
    virtual QCoro::Task<void> wait(qint64 milliseconds) = 0;
};

} // namespace billhook
