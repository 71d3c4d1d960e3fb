// billhook-bench-core: bulk insert, open + first page, and search on a realistic large database.
// A program, not a timed test: run it on a quiet machine and record the figures in docs/benchmarks.md.
//
//   billhook-bench-core [--customers N] [--invoices N] [--keep DIR]
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
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
    const QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
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
        QElapsedTimer t;
        t.start();
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
        const qint64 customerMs = t.elapsed();
        t.restart();
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
        const qint64 invoiceMs = t.elapsed();
        out << "insert " << customers << " customers: " << customerMs << " ms\n";
        out << "insert " << invoices
            << " invoices of 3 lines (one transaction, through InvoiceStore::add): " << invoiceMs << " ms\n";
    }

    // Open (as at start-up: migrations already done) and read the first page of the invoice list.
    std::vector<double> openFirstPage;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto db = Database::open(path);
        InvoiceStore is(*db.value());
        InvoiceFilter f;
        f.limit = 200;
        const auto page = is.list(f);
        const int total = is.count(f);
        openFirstPage.push_back(t.nsecsElapsed() / 1e6);
        if (page.size() != 200 || total != invoices)
            return 1;
    }
    out << "open + first 200 rows of the invoice list + count (median of 5): " << median(openFirstPage)
        << " ms\n";

    auto db = Database::open(path);
    InvoiceStore is(*db.value());
    CustomerStore cs(*db.value());
    const QStringList searches = {QStringLiteral("Wilson"), QStringLiteral("INV-0099"),
                                  QStringLiteral("Roofing 77"), QStringLiteral("no such thing"),
                                  QStringLiteral("INV-04200")};
    for (const QString &s : searches) {
        std::vector<double> times;
        int found = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            InvoiceFilter f;
            f.search = s;
            f.limit = 200;
            found = int(is.list(f).size());
            times.push_back(t.nsecsElapsed() / 1e6);
        }
        out << "invoice search \"" << s << "\" (first page, " << found
            << " rows, median of 5): " << median(times) << " ms\n";
    }
    {
        std::vector<double> times;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            CustomerFilter f;
            f.search = QStringLiteral("Taylor");
            f.limit = 200;
            (void)cs.list(f);
            times.push_back(t.nsecsElapsed() / 1e6);
        }
        out << "customer search \"Taylor\" (first page, median of 5): " << median(times) << " ms\n";
    }
    out << "peak memory (max RSS): " << peakRssKiB() / 1024 << " MiB\n";
    return 0;
}
