#pragma once

#include "xeroclient.h"

namespace billhook {

// The app's Waiter: a single-shot timer in the calling thread's event loop (the sync worker's). Never used
// on the GUI thread's behalf for anything but timing: it does not block.
class TimerWaiter final : public Waiter
{
public:
    QCoro::Task<void> wait(qint64 milliseconds) override;
};

} // namespace billhook
