// billhook-bench-day: a day of normal use on Xero's smallest tier (issue 13's third benchmark). Billhook is
// open for 10 hours, linked to fake-xero's demo company, with the automatic sync as the desktop app runs it
// (SyncScheduler's intervals: soon after start, a minute after local edits settle, and 15 minutes after the
// last run); the user makes 30 local edits and someone makes 10 in Xero, at seeded random times. Counts the
// calls to Xero over the day (target: at most 150, the Starter tier being reported to allow 1,000 a day),
// by kind, and checks that by the end every change is on both sides. A program, not a timed test: record
// its figures in docs/benchmarks.md.
//
//   billhook-bench-day [--seed N] [--hours H] [--local-edits N] [--xero-edits N] [--latency-ms N]
//
// Time is fake-xero's virtual clock: the day takes seconds. The sync runs through the real SyncEngine,
// XeroClient and RateGate; each call moves the clock on by --latency-ms (default 1000), as a call to Xero
// takes about that long.
#include "fakexerosession.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"
#include "sync/xerostack.h"
#include "ui/xero/syncscheduler.h"
#include "xero/rategate.h"
#include "xero/xeroclient.h"

#include <QCoreApplication>
#include <QMap>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <qcoro/qcorotask.h>

#include <cstdio>
#include <memory>
#include <string_view>

using namespace billhook;

namespace {

enum class Event
{
    LocalEdit,
    XeroEdit,
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    quint32 seed = 20261204;
    int hours = 10;
    int localEdits = 30;
    int xeroEdits = 10;
    qint64 latencyMs = 1000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--seed")
            seed = args[++i].toUInt();
        else if (args[i] == u"--hours")
            hours = args[++i].toInt();
        else if (args[i] == u"--local-edits")
            localEdits = args[++i].toInt();
        else if (args[i] == u"--xero-edits")
            xeroEdits = args[++i].toInt();
        else if (args[i] == u"--latency-ms")
            latencyMs = args[++i].toInt();
    }
    QRandomGenerator rng(seed);

    fakexero::FakeXero xero;
    if (!xero.start())
        qFatal("fake-xero did not start");
    xero.freezeClock(true);
    const QString tenant = xero.seedDemo();
    fakexero::Organisation &org = *xero.organisation(tenant);
    test::FakeXeroTokens tokens(xero, tenant);
    test::FakeXeroClock clock(xero);
    test::FakeXeroWaiter waiter(xero);
    QNetworkAccessManager nam;
    int got429 = 0;
    QMap<QString, int> calls; // "GET Invoices" -> count, during the day
    bool counting = false;
    QObject::connect(&xero, &fakexero::FakeXero::requestReceived, &xero, [&](const fakexero::HttpRequest &r) {
        if (!counting || !r.path.startsWith(QStringLiteral("/api.xro/2.0/")))
            return;
        QString what = r.path.mid(int(qstrlen("/api.xro/2.0/")));
        what = what.section(u'/', 0, 0); // Invoices/{id} counts as Invoices
        if (r.method == "GET" && r.hasQuery(QStringLiteral("IDs")))
            what += QStringLiteral(" by id");
        else if (r.method == "GET" && r.hasQuery(QStringLiteral("where")) && what == u"Payments")
            what += QStringLiteral(" of invoices");
        else if (r.method == "GET" && r.hasQuery(QStringLiteral("where")) && what == u"Contacts")
            what += QStringLiteral(" by name"); // before creating one: is it there already? (a lost answer)
        else if (r.method == "GET" && !r.hasHeader("if-modified-since") && what == u"Contacts")
            what += QStringLiteral(" (no watermark)");
        ++calls[QString::fromLatin1(r.method) + u' ' + what];
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::printf("%s %s\n", r.method.constData(), r.target.constData());
    });
    QObject::connect(&xero, &fakexero::FakeXero::requestHandled, &xero,
                     [&](const QByteArray &, const QString &, int status) { got429 += status == 429; });

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("day.sqlite")));
    if (!opened)
        qFatal("cannot open the database: %s", qPrintable(opened.error().message));
    std::unique_ptr<Database> db = std::move(opened).value();

    XeroStackOverrides o;
    o.tokenSource = &tokens;
    o.waiterInstance = &waiter;
    o.clock = &clock;
    o.endpoints = XeroEndpoints(xero.baseUrl());
    o.network = &nam;
    auto built = XeroStack::forLinkedOrganisation(*db, std::move(o));
    if (!built)
        qFatal("the Xero stack was not built: %s", qPrintable(built.error().message));
    std::unique_ptr<XeroStack> stack = std::move(built).value();
    QObject::connect(&stack->client(), &XeroClient::callFinished, &stack->client(),
                     [&xero, latencyMs] { xero.advanceMs(latencyMs); });

    SyncOptions options;
    options.bankAccountCode = QStringLiteral("090");
    options.importXeroInvoices = true; // the user brought the organisation's history in at setup
    int runs = 0;
    QMap<QString, int> runsBy;
    SyncSummary last;
    auto sync = [&](const char *reason, bool automatic) {
        SyncEngine engine(
            *db, [&](XeroRequest r) { return stack->client().send(std::move(r)); }, tenant, options, clock);
        engine.setAutomatic(automatic); // as XeroController starts the periodic runs and those after edits
        last = QCoro::waitFor(engine.run());
        if (counting) {
            ++runs;
            ++runsBy[QString::fromLatin1(reason)];
        }
        if (last.result == SyncResult::Failed)
            std::printf("  a run failed: %s\n", qPrintable(last.message));
    };

    // The day before: connected, the history adopted.
    sync("setup", false);
    std::printf("adopted the demo company: %s\n", qPrintable(last.message));
    xero.advanceMs(14 * 3600 * 1000LL); // the next morning

    // The day's edits, at seeded random times.
    const qint64 dayMs = hours * 3600 * 1000LL;
    QMultiMap<qint64, Event> events;
    for (int i = 0; i < localEdits; ++i)
        events.insert(qint64(rng.bounded(quint32(dayMs / 1000))) * 1000, Event::LocalEdit);
    for (int i = 0; i < xeroEdits; ++i)
        events.insert(qint64(rng.bounded(quint32(dayMs / 1000))) * 1000, Event::XeroEdit);

    CustomerStore customers(*db);
    InvoiceStore invoices(*db);
    int localDone = 0;
    int xeroDone = 0;
    QStringList xeroChanged; // what was changed in Xero, to find here at the end
    auto localEdit = [&] {
        const int kind = int(rng.bounded(4));
        CustomerFilter f;
        f.limit = 1000;
        const QList<Customer> all = customers.list(f);
        if (kind == 0 || all.isEmpty()) {
            Customer c;
            c.name = QStringLiteral("Day customer %1").arg(localDone);
            c.email = QStringLiteral("day%1@kitchen.example").arg(localDone);
            (void)customers.add(c);
        } else if (kind == 1) {
            Customer c = all[rng.bounded(int(all.size()))];
            c.phone = QStringLiteral("07700 900%1").arg(100 + localDone);
            (void)customers.update(c);
        } else {
            Invoice inv;
            inv.customerId = all[rng.bounded(int(all.size()))].id;
            inv.issueDate = QDate::currentDate();
            inv.dueDate = inv.issueDate.addDays(14);
            InvoiceLine line;
            line.description = QStringLiteral("Boiler service");
            line.unitPrice = UnitPrice::fromUnits(850000);
            line.taxRate = Percent::fromWhole(20);
            inv.lines << line;
            auto id = invoices.add(inv);
            if (id && kind == 3 && invoices.approve(*id)) {
                Payment p;
                p.date = inv.issueDate;
                p.amount = Money::fromUnits(5000);
                (void)invoices.recordPayment(*id, p);
            }
        }
        ++localDone;
    };
    auto xeroEdit = [&] {
        const int kind = int(rng.bounded(3));
        if (kind == 0) {
            // The accountant corrects a contact's email address.
            fakexero::Contact &c = org.contacts[rng.bounded(int(org.contacts.size()))];
            if (c.status != u"ACTIVE")
                return;
            const QString email = QStringLiteral("corrected%1@example.com").arg(xeroDone);
            if (org.saveContact(QJsonObject{{QStringLiteral("ContactID"), c.id},
                                            {QStringLiteral("EmailAddress"), email}})
                    .ok())
                xeroChanged << QStringLiteral("contact ") + c.id;
        } else {
            // A customer pays an open invoice; the payment is recorded in Xero.
            for (const auto &i : org.invoices) {
                if (i.status == u"AUTHORISED" && i.amountDue() > 100) {
                    if (xero.payInvoice(tenant, i.id, 100).ok())
                        xeroChanged << QStringLiteral("invoice ") + i.id;
                    break;
                }
            }
        }
        ++xeroDone;
    };

    // The scheduler's policy (SyncScheduler), on the virtual clock.
    const SyncScheduler::Intervals every;
    xero.resetCallCounts();
    counting = true;
    const qint64 start = xero.now().toMSecsSinceEpoch();
    auto now = [&] { return xero.now().toMSecsSinceEpoch() - start; };
    qint64 nextPeriodic = every.startupMs;
    qint64 settleAt = -1; // none pending
    const char *nextReason = "startup";
    // The day, then the hour after it with Billhook still open and nobody editing: a contact corrected in
    // Xero in the day's last hour arrives with the hourly read of the kinds that rarely change.
    const qint64 endMs = dayMs + SyncEngine::kSlowKindsEveryMs;
    int dayCalls = -1;
    const auto callsSoFar = [&] {
        int n = 0;
        for (auto it = calls.cbegin(); it != calls.cend(); ++it)
            n += it.value();
        return n;
    };
    for (;;) {
        const qint64 nextEvent = events.isEmpty() ? endMs : events.firstKey();
        const qint64 due = std::min(nextPeriodic, settleAt >= 0 ? settleAt : endMs);
        const qint64 next = std::min({nextEvent, due, endMs});
        if (dayCalls < 0 && next >= dayMs)
            dayCalls = callsSoFar();
        if (next >= endMs)
            break;
        if (next > now())
            xero.advanceMs(next - now());
        if (nextEvent <= due && !events.isEmpty()) {
            const Event e = events.first();
            events.erase(events.begin());
            if (e == Event::LocalEdit) {
                localEdit();
                settleAt = now() + every.settleMs; // each edit restarts the minute
            } else {
                xeroEdit();
            }
            continue;
        }
        const char *reason = settleAt >= 0 && settleAt <= nextPeriodic ? "after local edits" : nextReason;
        sync(reason, std::string_view(reason) != "startup");
        settleAt = -1;
        nextReason = "periodic";
        nextPeriodic = now() + every.periodicMs; // counted from the last run
    }
    counting = false;
    const qint64 dayEnd = now();

    // Every change is on both sides.
    int missing = 0;
    SyncStore store(*db);
    missing += int(store.outbox().size());
    for (const QString &what : std::as_const(xeroChanged)) {
        const QString id = what.section(u' ', 1);
        if (what.startsWith(u"contact")) {
            const auto l = store.linkByXeroId(SyncEntity::Customer, id, tenant);
            const fakexero::Contact *c = org.contact(id);
            if (!l || !c || customers.get(l->localId)->email != c->email) {
                std::printf("  not here yet: %s (%s)\n", qPrintable(what), c ? qPrintable(c->email) : "");
                ++missing;
            }
        } else {
            const auto l = store.linkByXeroId(SyncEntity::Invoice, id, tenant);
            const fakexero::Invoice *x = org.invoice(id);
            if (!l || !x || invoices.get(l->localId)->amountPaid.units() != x->amountPaid) {
                std::printf("  not here yet: %s\n", qPrintable(what));
                ++missing;
            }
        }
    }
    CustomerFilter everyone;
    everyone.includeArchived = true;
    everyone.limit = 100000;
    for (const Customer &c : customers.list(everyone)) {
        const auto l = store.link(SyncEntity::Customer, c.id, tenant);
        const fakexero::Contact *x = l ? org.contact(l->xeroId) : nullptr;
        if (!x || x->name != c.name || (x->status == u"ACTIVE" && x->email != c.email)) {
            std::printf("  differs: customer %s\n", qPrintable(c.name));
            ++missing;
        }
    }

    const int total = callsSoFar();
    std::printf(
        "a day of %d h on fake-xero's clock, then an hour open without edits (%.1f h in all), seed %u: "
        "%d local edits, %d Xero edits\n",
        hours, dayEnd / 3600000.0, seed, localDone, xeroDone);
    std::printf("calls to Xero in the %d h day: %d (target <= 150)\n", hours, dayCalls);
    std::printf("runs: %d (", runs);
    for (auto it = runsBy.cbegin(); it != runsBy.cend(); ++it)
        std::printf("%s%s %d", it == runsBy.cbegin() ? "" : ", ", qPrintable(it.key()), it.value());
    std::printf(")\ncalls to Xero with the hour after: %d, 429s: %d\n", total, got429);
    for (auto it = calls.cbegin(); it != calls.cend(); ++it)
        std::printf("  %-24s %d\n", qPrintable(it.key()), it.value());
    std::printf("last run: %s\n", qPrintable(last.message));
    std::printf(
        "changes missing on one side an hour after the day: %d (must be 0); outbox %d, open problems %d\n",
        missing, int(store.outbox().size()), int(store.openIssues().size()));
    return missing == 0 && got429 == 0 && dayCalls <= 150 ? 0 : 1;
}
