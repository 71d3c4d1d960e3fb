// billhook-bench-core: bulk insert, open + first page, and search on a realistic large database.
// A program, not a timed test: run it on a quiet machine and record the figures in docs/benchmarks.md.
//
//   billhook-bench-core [--customers N] [--invoices N] [--keep DIR]
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace billhook;

namespace {

long peakRssKiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return -1;
#endif
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Wall time and this process's CPU time. On a shared machine the wall time includes waiting for a core;
// the CPU time does not, so both are reported.
struct Stopwatch
{
    QElapsedTimer wall;
    std::clock_t cpu = std::clock();
    Stopwatch() { wall.start(); }
    double wallMs() const { return wall.nsecsElapsed() / 1e6; }
    double cpuMs() const { return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC; }
};

// Runs `f` five times and prints the medians.
template<class F> void report(QTextStream &out, const QString &what, F f)
{
    std::vector<double> wall, cpu;
    for (int run = 0; run < 5; ++run) {
        Stopwatch sw;
        f();
        wall.push_back(sw.wallMs());
        cpu.push_back(sw.cpuMs());
    }
    out << what << " (median of 5): " << median(wall) << " ms, CPU " << median(cpu) << " ms\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int customers = 10000;
    int invoices = 100000;
    const QStringList args = app.arguments();
    if (auto i = args.indexOf(QStringLiteral("--customers")); i > 0 && i + 1 < args.size())
        customers = args[i + 1].toInt();
    if (auto i = args.indexOf(QStringLiteral("--invoices")); i > 0 && i + 1 < args.size())
        invoices = args[i + 1].toInt();
    QTemporaryDir tmp;
    QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
    if (auto i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size()) {
        // Leave the database behind for EXPLAIN QUERY PLAN and friends.
        path = QDir(args[i + 1]).filePath(QStringLiteral("bench.sqlite"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    QTextStream out(stdout);
    QRandomGenerator rng(20261121);
    const QStringList trades = {QStringLiteral("Plumbing"), QStringLiteral("Electrics"),
                                QStringLiteral("Builders"), QStringLiteral("Roofing"),
                                QStringLiteral("Heating")};
    const QStringList surnames = {QStringLiteral("Smith"), QStringLiteral("Jones"),  QStringLiteral("Taylor"),
                                  QStringLiteral("Brown"), QStringLiteral("Wilson"), QStringLiteral("Evans")};

    {
        auto db = Database::open(path);
        if (!db) {
            out << db.error().message << '\n';
            return 1;
        }
        CustomerStore cs(*db.value());
        InvoiceStore is(*db.value());
        auto t = std::make_unique<Stopwatch>();
        QList<Id> ids;
        {
            Transaction tx(*db.value());
            for (int i = 0; i < customers; ++i) {
                Customer c;
                c.name = QStringLiteral("%1 %2 %3")
                             .arg(surnames[i % surnames.size()], trades[i % trades.size()])
                             .arg(i);
                c.email = QStringLiteral("customer%1@example.test").arg(i);
                c.phone = QStringLiteral("0161 555 %1").arg(i, 4, 10, QChar(u'0'));
                ids.append(cs.add(c).value());
            }
            if (!tx.commit())
                return 1;
        }
        const double customerMs = t->wallMs(), customerCpu = t->cpuMs();
        t = std::make_unique<Stopwatch>();
        {
            Transaction tx(*db.value());
            const QDate start(2024, 1, 1);
            for (int i = 0; i < invoices; ++i) {
                Invoice inv;
                inv.customerId = ids[int(rng.bounded(quint32(ids.size())))];
                inv.issueDate = start.addDays(i % 1000);
                inv.dueDate = inv.issueDate.addDays(14);
                inv.currency = QStringLiteral("GBP");
                for (int l = 0; l < 3; ++l) {
                    InvoiceLine line;
                    line.description = QStringLiteral("Labour and materials, job %1 part %2").arg(i).arg(l);
                    line.quantity = Quantity::fromUnits(10000 * (1 + rng.bounded(5)));
                    line.unitPrice = UnitPrice::fromUnits(100 * qint64(rng.bounded(20000u, 900000u)));
                    line.taxRate = Percent::fromWhole(20);
                    inv.lines.append(line);
                }
                if (auto r = is.add(inv); !r) {
                    out << r.error().message << '\n';
                    return 1;
                }
            }
            if (!tx.commit())
                return 1;
        }
        const double invoiceMs = t->wallMs(), invoiceCpu = t->cpuMs();
        out << "insert " << customers << " customers: " << customerMs << " ms, CPU " << customerCpu
            << " ms\n";
        out << "insert " << invoices
            << " invoices of 3 lines (one transaction, through InvoiceStore::add): " << invoiceMs
            << " ms, CPU " << invoiceCpu << " ms\n";
    }

    // Open (as at start-up: migrations already done) and read the first page of the invoice list.
    bool good = true;
    report(out, QStringLiteral("open + first 200 rows of the invoice list + count"), [&] {
        auto db = Database::open(path);
        InvoiceStore is(*db.value());
        InvoiceFilter f;
        f.limit = 200;
        const auto page = is.list(f);
        const int total = is.count(f);
        good = good && page.size() == 200 && total == invoices;
    });
    if (!good)
        return 1;

    auto db = Database::open(path);
    InvoiceStore is(*db.value());
    CustomerStore cs(*db.value());
    const QStringList searches = {QStringLiteral("Wilson"),     QStringLiteral("INV-0099"),
                                  QStringLiteral("Roofing 77"), QStringLiteral("no such thing"),
                                  QStringLiteral("INV-04200"),  QStringLiteral("77")};
    for (const QString &s : searches) {
        InvoiceFilter f;
        f.search = s;
        f.limit = 200;
        const int found = int(is.list(f).size());
        report(out, QStringLiteral("invoice search \"%1\" (first page, %2 rows)").arg(s).arg(found),
               [&] { (void)is.list(f); });
        report(out, QStringLiteral("invoice search \"%1\" count (%2)").arg(s).arg(is.count(f)),
               [&] { (void)is.count(f); });
    }
    CustomerFilter cf;
    cf.search = QStringLiteral("Taylor");
    cf.limit = 200;
    report(out, QStringLiteral("customer search \"Taylor\" (first page)"), [&] { (void)cs.list(cf); });
    out << "peak memory (max RSS): " << peakRssKiB() / 1024 << " MiB\n";
    return 0;
}
