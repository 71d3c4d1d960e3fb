#include "core/entities.h"
#include "core/tax.h"
#include "core/taxsummary.h"

#include <QTest>

using namespace billhook;

namespace {

LineInput line(const char *qty, const char *price, const char *rate, const char *discount = "0")
{
    return {Quantity::parse(QString::fromLatin1(qty)).value(),
            UnitPrice::parse(QString::fromLatin1(price)).value(),
            Percent::parse(QString::fromLatin1(discount)).value(),
            Percent::parse(QString::fromLatin1(rate)).value()};
}

} // namespace

Q_DECLARE_METATYPE(QList<LineInput>)
Q_DECLARE_METATYPE(billhook::TaxMode)

class TestTax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totals_data()
    {
        QTest::addColumn<QList<LineInput>>("lines");
        QTest::addColumn<TaxMode>("mode");
        QTest::addColumn<QString>("subtotal");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("total");

        // Xero's own example: per-line rounding gives 3.76 + 3.84 + 3.84 = 11.44, not 11.45 on the subtotal.
        QTest::newRow("xero per-line rounding")
            << QList<LineInput>{line("1", "25.06", "15"), line("1", "25.61", "15"), line("1", "25.63", "15")}
            << TaxMode::Exclusive << "76.30"
            << "11.44"
            << "87.74";
        // Xero's spec example: 20.00 inclusive at 15% -> tax 2.61 (20 × 15/115 = 2.6087).
        QTest::newRow("inclusive 20.00 at 15%")
            << QList<LineInput>{line("1", "20.00", "15")} << TaxMode::Inclusive << "17.39"
            << "2.61"
            << "20.00";
        QTest::newRow("inclusive per line")
            << QList<LineInput>{line("1", "10.00", "20"), line("1", "10.00", "20"), line("1", "10.00", "20")}
            << TaxMode::Inclusive << "24.99"
            << "5.01"
            << "30.00";
        QTest::newRow("no tax") << QList<LineInput>{line("3", "12.50", "20")} << TaxMode::NoTax << "37.50"
                                << "0.00"
                                << "37.50";
        // Halves: 0.125 of tax rounds away from zero to 0.13.
        QTest::newRow("half cent of tax rounds up")
            << QList<LineInput>{line("1", "2.50", "5")} << TaxMode::Exclusive << "2.50"
            << "0.13"
            << "2.63";
        // 4-dp quantity and price: 1.5 × 3.3333 = 4.99995 -> 5.00.
        QTest::newRow("4 dp half on the line")
            << QList<LineInput>{line("1.5", "3.3333", "0")} << TaxMode::Exclusive << "5.00"
            << "0.00"
            << "5.00";
        QTest::newRow("discount 10%")
            << QList<LineInput>{line("2", "45.00", "20", "10")} << TaxMode::Exclusive << "81.00"
            << "16.20"
            << "97.20";
        QTest::newRow("discount with rounding")
            << QList<LineInput>{line("1", "9.99", "20", "12.5")} << TaxMode::Exclusive << "8.74"
            << "1.75"
            << "10.49";
        QTest::newRow("credit line") << QList<LineInput>{line("1", "100", "20"), line("-1", "10.05", "20")}
                                     << TaxMode::Exclusive << "89.95"
                                     << "17.99"
                                     << "107.94";
        QTest::newRow("large amounts")
            << QList<LineInput>{line("1000000", "99999.9999", "20")} << TaxMode::Exclusive << "99999999900.00"
            << "19999999980.00"
            << "119999999880.00";
        QTest::newRow("empty") << QList<LineInput>{} << TaxMode::Exclusive << "0.00"
                               << "0.00"
                               << "0.00";
    }
    void totals()
    {
        QFETCH(QList<LineInput>, lines);
        QFETCH(TaxMode, mode);
        QFETCH(QString, subtotal);
        QFETCH(QString, tax);
        QFETCH(QString, total);
        const Totals t = TaxCalculator::totals(lines, mode);
        QCOMPARE(t.subtotal.toString(), subtotal);
        QCOMPARE(t.tax.toString(), tax);
        QCOMPARE(t.total.toString(), total);
        QCOMPARE(t.lines.size(), lines.size());
        Money sumTax;
        for (const auto &l : t.lines)
            sumTax += l.tax;
        QCOMPARE(sumTax, t.tax);
    }

    void perLineTax()
    {
        const Totals t =
            TaxCalculator::totals({line("1", "25.06", "15"), line("1", "25.61", "15")}, TaxMode::Exclusive);
        QCOMPARE(t.lines[0].tax.toString(), QStringLiteral("3.76"));
        QCOMPARE(t.lines[1].tax.toString(), QStringLiteral("3.84"));
    }

    void effectiveRate_data()
    {
        QTest::addColumn<QList<TaxComponent>>("components");
        QTest::addColumn<QString>("expected");
        auto pct = [](const char *s) { return Percent::parse(QString::fromLatin1(s)).value(); };
        QTest::newRow("single") << QList<TaxComponent>{{QStringLiteral("VAT"), pct("20"), false}}
                                << "20.0000";
        QTest::newRow("two simple") << QList<TaxComponent>{{QStringLiteral("A"), pct("5"), false},
                                                           {QStringLiteral("B"), pct("7"), false}}
                                    << "12.0000";
        // Quebec before 2013: GST 5% and compound QST 9.5% -> 5 + 9.5 × 1.05 = 14.975.
        QTest::newRow("compound") << QList<TaxComponent>{{QStringLiteral("GST"), pct("5"), false},
                                                         {QStringLiteral("QST"), pct("9.5"), true}}
                                  << "14.9750";
        QTest::newRow("none") << QList<TaxComponent>{} << "0.0000";
    }
    void effectiveRate()
    {
        QFETCH(QList<TaxComponent>, components);
        QFETCH(QString, expected);
        QCOMPARE(billhook::effectiveRate(components).toString(), expected);
    }

    void invoiceRecalculate()
    {
        Invoice inv;
        inv.taxMode = TaxMode::Exclusive;
        for (const char *price : {"25.06", "25.61", "25.63"}) {
            InvoiceLine l;
            l.description = QStringLiteral("Work");
            l.unitPrice = UnitPrice::parse(QString::fromLatin1(price)).value();
            l.taxRate = Percent::fromWhole(15);
            inv.lines.append(l);
        }
        inv.recalculate();
        QCOMPARE(inv.totalTax.toString(), QStringLiteral("11.44"));
        QCOMPARE(inv.total.toString(), QStringLiteral("87.74"));
        QCOMPARE(inv.lines[2].taxAmount.toString(), QStringLiteral("3.84"));
        QCOMPARE(inv.lines[2].position, 2);
    }

    // The VAT summary adds up the lines' own rounded amounts per rate, so it matches the totals to the penny,
    // with the net without tax whatever the mode.
    void summaryByRate_data()
    {
        QTest::addColumn<TaxMode>("mode");
        QTest::newRow("exclusive") << TaxMode::Exclusive;
        QTest::newRow("inclusive") << TaxMode::Inclusive;
        QTest::newRow("no tax") << TaxMode::NoTax;
    }
    void summaryByRate()
    {
        QFETCH(TaxMode, mode);
        Invoice inv;
        inv.taxMode = mode;
        const QList<std::pair<const char *, LineInput>> lines = {{"VAT20", line("1", "25.06", "20")},
                                                                 {"VAT5", line("3", "9.99", "5")},
                                                                 {"VAT20", line("1", "25.61", "20")},
                                                                 {"", line("2", "4.05", "20")},
                                                                 {"VAT5", line("1", "0.33", "5")}};
        for (const auto &[code, input] : lines) {
            InvoiceLine l;
            l.taxCode = QString::fromLatin1(code);
            l.quantity = input.quantity;
            l.unitPrice = input.unitPrice;
            l.taxRate = input.taxRate;
            inv.lines << l;
        }
        inv.recalculate();
        const QList<TaxRateTotal> rows = taxSummary(inv);
        if (mode == TaxMode::NoTax) {
            QVERIFY(rows.isEmpty());
            return;
        }
        QCOMPARE(rows.size(), 3); // VAT20, VAT5, and the bare 20% apart from VAT20
        QCOMPARE(rows.at(0).taxCode, QStringLiteral("VAT20"));
        QCOMPARE(rows.at(1).taxCode, QStringLiteral("VAT5"));
        QCOMPARE(rows.at(2).taxCode, QString());
        QCOMPARE(rows.at(2).rate, Percent::fromWhole(20));
        Money net, tax;
        for (const TaxRateTotal &r : rows) {
            net += r.net;
            tax += r.tax;
        }
        QCOMPARE(net, inv.subtotal);
        QCOMPARE(tax, inv.totalTax);
        // VAT20: 25.06 + 25.61; tax per line 5.01 + 5.12 (exclusive), 4.18 + 4.27 (inclusive).
        QCOMPARE(rows.at(0).tax, Money::fromUnits(mode == TaxMode::Exclusive ? 1013 : 845));
        QCOMPARE(rows.at(0).net, Money::fromUnits(mode == TaxMode::Exclusive ? 5067 : 5067 - 845));
    }

    void modeKeys()
    {
        for (auto m : {TaxMode::Exclusive, TaxMode::Inclusive, TaxMode::NoTax}) {
            QCOMPARE(taxModeFromKey(taxModeKey(m)), m);
            QCOMPARE(taxModeFromXero(taxModeXero(m)), m);
        }
        QVERIFY(!taxModeFromKey(QStringLiteral("sometimes")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTax)
#include "tst_tax.moc"
