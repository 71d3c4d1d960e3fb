#pragma once

#include "ui/xero/xerocontroller.h"

#include <chrono>

namespace billhook::test {

// The Xero options of a window under test: every sync is the test's own (the automatic ones are covered by
// tst_syncscheduler), no network watching, no tray; a sign-in waits 30 s at most.
inline XeroController::Options quietXeroOptions()
{
    XeroController::Options options;
    options.auth.timeout = std::chrono::seconds(30);
    options.schedule.startupMs = 3600 * 1000;
    options.schedule.settleMs = 3600 * 1000;
    options.schedule.periodicMs = 3600 * 1000;
    options.watchNetwork = false;
    options.trayNotifications = false;
    return options;
}

} // namespace billhook::test
