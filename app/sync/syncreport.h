#pragma once

#include "core/entities.h"
#include "core/result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace billhook {

// Where a run is, for a progress bar and a line of text: "Sending 3 of 7 invoices…".
struct SyncProgress
{
    enum class Phase
    {
        Starting,
        Reference, // organisation, currencies, accounts, tax rates, items
        PullCustomers,
        PullInvoices,
        PullPayments,
        PushCustomers,
        PushInvoices,
        PushPayments,
        Finishing
    };
    Phase phase = Phase::Starting;
    QString text; // translated, ready to show
    int done = 0;
    int total = 0; // 0 when unknown
};

// What one run did. `result`: clean (both sides equal), issues (finished, some records need the user),
// failed (the run stopped: auth, network, limits, database), cancelled.
struct SyncSummary
{
    Id runId = 0; // 0 for a dry run (nothing is recorded)
    bool dryRun = false;
    QString result = QStringLiteral("failed");
    int pulled = 0;
    int pushed = 0;
    int failed = 0;
    int conflicts = 0;
    int openIssues = 0;
    int callsUsed = 0;
    QString message;            // translated: why it failed, or a one-line summary
    std::optional<Error> error; // why the run failed (Auth: reconnect; Network: Xero, limits; Locked...)
    QStringList planned;        // dry run: what a real run would do, one translated line per change

    bool clean() const { return result == u"clean"; }
};

} // namespace billhook

Q_DECLARE_METATYPE(billhook::SyncProgress)
Q_DECLARE_METATYPE(billhook::SyncSummary)
