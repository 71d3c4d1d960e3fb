#include "timerwaiter.h"

#include <qcoro/qcorotimer.h>

#include <chrono>

namespace billhook {

QCoro::Task<void> TimerWaiter::wait(qint64 milliseconds)
{
    if (milliseconds > 0)
        co_await QCoro::sleepFor(std::chrono::milliseconds(milliseconds));
}

} // namespace billhook
