#include "core/fixed.h"

#include <QTest>

using namespace billhook;

class TestFixed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << "86" << true << qint64(8600);
        QTest::newRow("two places") << "86.74" << true << qint64(8674);
        QTest::newRow("one place") << "0.5" << true << qint64(50);
        QTest::newRow("leading dot") << ".25" << true << qint64(25);
        QTest::newRow("trailing dot") << "12." << true << qint64(1200);
        QTest::newRow("negative") << "-3.10" << true << qint64(-310);
        QTest::newRow("plus") << "+3" << true << qint64(300);
        QTest::newRow("spaces trimmed") << "  7.00 " << true << qint64(700);
        QTest::newRow("trailing zeros beyond precision") << "12.500" << true << qint64(1250);
        QTest::newRow("over-precise") << "12.505" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("comma") << "1,000.00" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("just a dot") << "." << false << qint64(0);
        QTest::newRow("just a sign") << "-" << false << qint64(0);
        QTest::newRow("two dots") << "1.2.3" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("too large") << "99999999999999" << false << qint64(0);
        QTest::newRow("largest") << "9999999999999.99" << true << qint64(999999999999999);
        QTest::newRow("arabic digits") << QString::fromUtf8("\xd9\xa1") << false << qint64(0);
    }
    void parseMoney()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, cents);
        auto m = Money::parse(text);
        QCOMPARE(m.ok(), ok);
        if (ok)
            QCOMPARE(m->units(), cents);
        else
            QVERIFY(!m.error().message.isEmpty());
    }

    void parseQuantity()
    {
        QCOMPARE(Quantity::parse(QStringLiteral("1.2345"))->units(), 12345);
        QVERIFY(!Quantity::parse(QStringLiteral("1.23456")).ok());
        QCOMPARE(UnitPrice::parse(QStringLiteral("0.0001"))->units(), 1);
    }

    void format_data()
    {
        QTest::addColumn<qint64>("units");
        QTest::addColumn<int>("minPlaces");
        QTest::addColumn<QString>("expected");
        QTest::newRow("money") << qint64(8674) << 2 << "86.74";
        QTest::newRow("zero") << qint64(0) << 2 << "0.00";
        QTest::newRow("negative cents") << qint64(-5) << 2 << "-0.05";
        QTest::newRow("min places 0") << qint64(1500) << 0 << "15";
        QTest::newRow("min places 0 keeps needed") << qint64(1550) << 0 << "15.5";
    }
    void format()
    {
        QFETCH(qint64, units);
        QFETCH(int, minPlaces);
        QFETCH(QString, expected);
        QCOMPARE(Money::fromUnits(units).toString(minPlaces), expected);
    }

    void quantityFormat() { QCOMPARE(Quantity::fromUnits(12345).toString(0), QStringLiteral("1.2345")); }

    void roundingHalvesAwayFromZero_data()
    {
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("below half") << qint64(124) << qint64(10) << qint64(12);
        QTest::newRow("half up") << qint64(125) << qint64(10) << qint64(13);
        QTest::newRow("half even stays away") << qint64(135) << qint64(10) << qint64(14);
        QTest::newRow("negative half") << qint64(-125) << qint64(10) << qint64(-13);
        QTest::newRow("negative below") << qint64(-124) << qint64(10) << qint64(-12);
        QTest::newRow("odd denominator") << qint64(5) << qint64(3) << qint64(2);
        QTest::newRow("exact") << qint64(120) << qint64(10) << qint64(12);
    }
    void roundingHalvesAwayFromZero()
    {
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(qint64, expected);
        QCOMPARE(qint64(divideRounded(num, den)), expected);
    }

    void arithmetic()
    {
        const Money a = Money::fromUnits(150);
        const Money b = Money::fromUnits(25);
        QCOMPARE((a + b).units(), 175);
        QCOMPARE((a - b).units(), 125);
        QVERIFY(b < a);
        QVERIFY((-a).isNegative());
    }
};

QTEST_GUILESS_MAIN(TestFixed)
#include "tst_fixed.moc"
