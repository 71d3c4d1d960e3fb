#pragma once

#include "core/entities.h"
#include "core/result.h"
#include "storage/syncstore.h"

#include <QList>
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

// Dry run: how one Xero contact or one local customer would be handled by the first sync, for a preview
// grouped by kind before anything is written.
struct PlannedMatch
{
    enum class Kind
    {
        Matched,     // the Xero contact would be linked to an existing local customer (detail says how)
        NewFromXero, // the Xero contact would be added as a local customer
        NewToXero,   // the local customer would be created in Xero
        Ambiguous,   // several local candidates: nothing happens until the user decides
        Collision    // a local invoice's number is held in Xero by another invoice: the user decides
    };
    Kind kind = Kind::Matched;
    QString name;   // the contact's or customer's name
    QString detail; // translated: the match reason, or the candidates
    Id localId = 0; // 0 when none (new from Xero, ambiguous)
    QString xeroId; // empty when none (new to Xero)
};

// What one run did; `result` says how it ended (SyncResult).
struct SyncSummary
{
    Id runId = 0; // 0 for a dry run (nothing is recorded)
    bool dryRun = false;
    SyncResult result = SyncResult::Failed;
    int pulled = 0;
    int pushed = 0;
    int failed = 0;
    int conflicts = 0;
    int openIssues = 0;
    // Records that differ only by what the user's options hold back: Xero edits not accepted, customer
    // edits not sent. Counted when the run ends; they go through once the option is turned back on.
    int heldBack = 0;
    int callsUsed = 0;
    QString message;             // translated: why it failed, or a one-line summary
    std::optional<Error> error;  // why the run failed (Auth: reconnect; Network: Xero, limits; Locked...)
    QStringList planned;         // dry run: what a real run would do, one translated line per change
    QList<PlannedMatch> matches; // dry run: each contact pulled and each customer to send, by kind
    QStringList plannedOther;    // dry run: the lines of `planned` that `matches` does not show
    QString nextInvoiceNumber;   // the number a new invoice gets next, after the organisation's own
    // When the organisation's numbers follow Billhook's pattern: a pattern of Billhook's own that none of
    // them matches (e.g. "KTP-{0000}"), which the setup page proposes, and the first number it would give.
    QString ownNumbering;
    QString ownNumberingNext;

    bool clean() const { return result == SyncResult::Clean; }
};

} // namespace billhook

Q_DECLARE_METATYPE(billhook::SyncProgress)
Q_DECLARE_METATYPE(billhook::SyncSummary)
