// billhook-bench-sync: the sync engine's efficiency against an in-process fake-xero at Xero's real limits
// (60 calls a minute, 5,000 a day, 5 at once), through the real XeroClient and RateGate. Waits advance
// fake-xero's virtual clock (FakeXeroWaiter), so a run that takes minutes in Xero's time takes seconds here.
// A program, not a timed test: record its figures in docs/benchmarks.md.
//
//   billhook-bench-sync [--customers N] [--invoices N] [--latency-ms N] [--replay-only]
//
// fake-xero's clock stands still while it answers; Xero's does not. --latency-ms (default 1000) moves the
// clock on by that much after every call, as a call to Xero takes about that long (a batch of 50 invoices
// more, a small read less). With 0, the records written in one minute window all get the same
// UpdatedDateUTC, which no real Xero does.
//
// --replay-only skips the no-change syncs (2.), for profiling the merge. With BILLHOOK_BENCH_PERF_CTL set to
// a perf control FIFO (perf record -D -1 --control fifo:CTL), perf records only the replay of 3.
//
// 1. First sync of N customers and M invoices into an empty organisation: API calls against the lower
//    bound (⌈n/50⌉ writes per type plus the pages and reference data read), 429s received, and the time
//    on fake-xero's clock against calls ÷ 60 a minute.
// 2. A sync with nothing changed on either side: calls per synced type, rows written locally.
// 3. Merging the pulled invoices: the Xero answers of a pull into an empty database are recorded, then
//    replayed into another empty database without any network: that run's CPU time is parsing, matching,
//    merging and writing the records.
#include "fakexerosession.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"
#include "sync/xerostack.h"
#include "xero/rategate.h"
#include "xero/xeroclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <qcoro/qcorotask.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace billhook;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

std::unique_ptr<Database> openDb(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    return std::move(opened).value();
}

int totalChanges(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT total_changes()"));
    return q.next() ? q.value(0).toInt() : -1;
}

// Rows in the tables a sync writes records to (not its own bookkeeping: sync_runs, api_usage).
QString dataSnapshot(Database &db)
{
    QString out;
    for (const char *table : {"customers", "invoices", "invoice_lines", "payments", "xero_links", "outbox",
                              "sync_state", "sync_issues", "settings"}) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
        while (q.next()) {
            for (int i = 0; i < 32 && q.value(i).isValid(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

struct Client
{
    std::unique_ptr<XeroStack> stack;
    XeroClient *client = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int nCustomers = 1000;
    int nInvoices = 10000;
    qint64 latencyMs = 1000;
    bool replayOnly = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--replay-only")
            replayOnly = true;
        else if (args[i] == u"--customers" && i + 1 < args.size())
            nCustomers = args[++i].toInt();
        else if (args[i] == u"--invoices" && i + 1 < args.size())
            nInvoices = args[++i].toInt();
        else if (args[i] == u"--latency-ms" && i + 1 < args.size())
            latencyMs = args[++i].toInt();
    }

    fakexero::FakeXero xero;
    if (!xero.start())
        qFatal("fake-xero did not start");
    xero.freezeClock(true);
    const QString tenant =
        xero.addOrganisation(QStringLiteral("Bench Ltd"), fakexero::Organisation::Region::UK).id;
    fakexero::Organisation &org = *xero.organisation(tenant);
    test::FakeXeroTokens tokens(xero, tenant);
    test::FakeXeroClock clock(xero);
    test::FakeXeroWaiter waiter(xero);
    QNetworkAccessManager nam;
    int got429 = 0;
    QObject::connect(&xero, &fakexero::FakeXero::requestHandled, &xero,
                     [&](const QByteArray &, const QString &, int status) { got429 += status == 429; });

    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("a.sqlite")));
    {
        QElapsedTimer t;
        t.start();
        Transaction tx(*db);
        CustomerStore customers(*db);
        InvoiceStore invoices(*db);
        QList<Id> ids;
        for (int i = 0; i < nCustomers; ++i) {
            Customer c;
            c.name = QStringLiteral("Customer %1").arg(i, 5, 10, QLatin1Char('0'));
            c.email = QStringLiteral("c%1@example.test").arg(i);
            ids << customers.add(c).value();
        }
        for (int i = 0; i < nInvoices; ++i) {
            Invoice inv;
            inv.customerId = ids[i % ids.size()];
            inv.issueDate = QDate(2026, 11, 1);
            inv.dueDate = QDate(2026, 11, 15);
            for (int l = 0; l < 2; ++l) {
                InvoiceLine line;
                line.description = QStringLiteral("Labour");
                line.unitPrice = UnitPrice::fromUnits(100000 + i * 7 + l);
                line.taxRate = Percent::fromWhole(20);
                inv.lines << line;
            }
            const Id id = invoices.add(inv).value();
            if (i % 2 == 0)
                (void)invoices.approve(id);
        }
        if (!tx.commit())
            qFatal("cannot commit the generated data");
        std::printf("generated %d customers and %d invoices (2 lines, half approved) in %.1f s\n", nCustomers,
                    nInvoices, t.elapsed() / 1000.0);
    }

    SyncOptions options;
    options.bankAccountCode = QStringLiteral("090");
    auto makeClient = [&](Database &d) {
        XeroStackOverrides o;
        o.tokenSource = &tokens;
        o.waiterInstance = &waiter;
        o.clock = &clock;
        o.endpoints = XeroEndpoints(xero.baseUrl());
        o.network = &nam;
        auto built = XeroStack::forLinkedOrganisation(d, std::move(o));
        if (!built)
            qFatal("the Xero stack was not built: %s", qPrintable(built.error().message));
        Client c;
        c.stack = std::move(built).value();
        c.client = &c.stack->client();
        QObject::connect(c.client, &XeroClient::callFinished, c.client,
                         [&xero, latencyMs] { xero.advanceMs(latencyMs); });
        return c;
    };
    auto syncOnce = [&](Database &d, SyncEngine::Send send, bool import = false) {
        SyncOptions o = options;
        o.importXeroInvoices = import; // the pull into an empty database takes Xero's invoices in
        SyncEngine engine(d, std::move(send), tenant, o, clock);
        return QCoro::waitFor(engine.run());
    };

    // 1. First sync.
    Client ca = makeClient(*db);
    xero.resetCallCounts();
    const QDateTime start = xero.now();
    const double cpu0 = cpuSeconds();
    QElapsedTimer real;
    real.start();
    const SyncSummary first = syncOnce(*db, [&](XeroRequest r) { return ca.client->send(std::move(r)); });
    const double firstCpu = cpuSeconds() - cpu0;
    const qint64 fakeMs = start.msecsTo(xero.now());
    const int calls = xero.totalCalls(tenant);
    const auto counts = xero.callCounts(tenant);
    const int pagesRead = counts.value(QStringLiteral("GET /Contacts")) +
                          counts.value(QStringLiteral("GET /Invoices")) +
                          counts.value(QStringLiteral("GET /Payments"));
    const int referenceRead =
        counts.value(QStringLiteral("GET /Organisation")) + counts.value(QStringLiteral("GET /Currencies")) +
        counts.value(QStringLiteral("GET /Accounts")) + counts.value(QStringLiteral("GET /TaxRates")) +
        counts.value(QStringLiteral("GET /Items"));
    const int lowerBound =
        int(std::ceil(nCustomers / 50.0)) + int(std::ceil(nInvoices / 50.0)) + pagesRead + referenceRead;
    const double expectedMin = calls / 60.0;
    std::printf("\n1. first sync: %s (%s)\n", qPrintable(syncResultKey(first.result)),
                qPrintable(first.message));
    std::printf("   contacts %d, invoices %d in Xero\n", int(org.contacts.size()), int(org.invoices.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf("   %-22s %d\n", qPrintable(it.key()), it.value());
    std::printf("   API calls %d; lower bound %d (%d + %d writes, %d pages, %d reference reads): %.3fx "
                "(target <= 1.05x)\n",
                calls, lowerBound, int(std::ceil(nCustomers / 50.0)), int(std::ceil(nInvoices / 50.0)),
                pagesRead, referenceRead, double(calls) / lowerBound);
    std::printf("   429s received: %d (target 0)\n", got429);
    std::printf("   fake-xero clock: %.1f s = %.2f min; calls / 60 per minute = %.2f min: %+.1f%% (target "
                "within 10%%)\n",
                fakeMs / 1000.0, fakeMs / 60000.0, expectedMin,
                100.0 * (fakeMs / 60000.0 - expectedMin) / expectedMin);
    std::printf("   waits: %d, %.1f s in all; real time %.1f s, CPU %.1f s (fake-xero included)\n",
                waiter.waits(), waiter.waitedMs() / 1000.0, real.elapsed() / 1000.0, firstCpu);

    // 2. No-change sync (after the run that reads back the first run's own writes): once a minute later,
    // when the records written in the watermark's overlap are read again, and once after the overlap.
    if (!replayOnly) {
        xero.advance(60);
        const SyncSummary readBack =
            syncOnce(*db, [&](XeroRequest r) { return ca.client->send(std::move(r)); });
        std::printf("\n2. read-back sync: %s, %d calls, %d pulled\n",
                    qPrintable(syncResultKey(readBack.result)), readBack.callsUsed, readBack.pulled);
        for (const qint64 after : {qint64(60), qint64(options.overlapSeconds) + 60}) {
            xero.advance(after);
            xero.resetCallCounts();
            const QString before = dataSnapshot(*db);
            const int changes0 = totalChanges(*db);
            const SyncSummary idle =
                syncOnce(*db, [&](XeroRequest r) { return ca.client->send(std::move(r)); });
            const int changes = totalChanges(*db) - changes0;
            const bool same = dataSnapshot(*db) == before;
            std::printf("   no-change sync %lld s later: %s, %d calls\n", after,
                        qPrintable(syncResultKey(idle.result)), xero.totalCalls(tenant));
            const auto idleCounts = xero.callCounts(tenant);
            for (auto it = idleCounts.cbegin(); it != idleCounts.cend(); ++it)
                std::printf("   %-22s %d (target <= 1 per synced type)\n", qPrintable(it.key()), it.value());
            std::printf(
                "   rows changed locally (total_changes): %d, of which in record tables: %s (the rest is "
                "the run's own bookkeeping: sync_runs, api_usage)\n",
                changes, same ? "none" : "SOME");
        }
    }

    // 3. Merging the pulled invoices: record a pull into an empty database, replay it into another.
    QHash<QString, XeroResponse> recorded;
    auto keyOf = [](const XeroRequest &r) -> QString {
        return QString::fromLatin1(r.method) + u' ' + r.path + u'?' + r.query.toString();
    };
    {
        auto pullDb = openDb(dir.filePath(QStringLiteral("b.sqlite")));
        Client cb = makeClient(*pullDb);
        xero.advance(60);
        const SyncSummary pulled = syncOnce(
            *pullDb,
            [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
                const QString key = keyOf(r);
                XeroResponse answer = co_await cb.client->send(std::move(r));
                recorded.insert(key, answer);
                co_return answer;
            },
            true);
        std::printf("\n3. pull into an empty database (recorded): %s, %d pulled, %d calls\n",
                    qPrintable(syncResultKey(pulled.result)), pulled.pulled, pulled.callsUsed);
    }
    auto replayDb = openDb(dir.filePath(QStringLiteral("c.sqlite")));
    int missing = 0;
    QFile perfCtl(qEnvironmentVariable("BILLHOOK_BENCH_PERF_CTL"));
    const bool perf =
        !perfCtl.fileName().isEmpty() && perfCtl.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (perf)
        perfCtl.write("enable\n");
    const double cpu1 = cpuSeconds();
    QElapsedTimer replayTimer;
    replayTimer.start();
    const SyncSummary replay = syncOnce(
        *replayDb,
        [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
            const auto it = recorded.constFind(keyOf(r));
            if (it == recorded.cend()) {
                ++missing;
                XeroResponse none;
                none.error = Error::make(Error::Code::Network, QStringLiteral("not recorded"));
                co_return none;
            }
            co_return *it;
        },
        true);
    const double replayCpu = cpuSeconds() - cpu1;
    if (perf)
        perfCtl.write("disable\n");
    const int localInvoices = InvoiceStore(*replayDb).count(InvoiceFilter{});
    std::printf(
        "   replayed without network: %s, %d pulled (%d invoices now local), %d unrecorded requests\n",
        qPrintable(syncResultKey(replay.result)), replay.pulled, localInvoices, missing);
    std::printf(
        "   merging %d pulled invoices (and %d contacts): CPU %.2f s, wall %.2f s (target <= 2 s CPU)\n",
        nInvoices, nCustomers, replayCpu, replayTimer.elapsed() / 1000.0);
    return 0;
}
