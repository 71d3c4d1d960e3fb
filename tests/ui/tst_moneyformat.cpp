#include "common/moneyformat.h"

#include <QTest>

using namespace billhook;

class TestMoneyFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_GB") << "en_GB" << qint64(123450) << "GBP" << QStringLiteral("£1,234.50");
        QTest::newRow("en_GB negative") << "en_GB" << qint64(-5) << "GBP" << QStringLiteral("-£0.05");
        QTest::newRow("de_DE") << "de_DE" << qint64(123450) << "EUR" << QStringLiteral("1.234,50\u00a0€");
        QTest::newRow("big") << "en_GB" << qint64(999999999999999) << "GBP"
                             << QStringLiteral("£9,999,999,999,999.99");
    }
    void money()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, units);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(MoneyFormat::money(Money::fromUnits(units), currency, QLocale(locale)), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("units");
        QTest::newRow("en plain") << "en_GB"
                                  << "12.5" << true << qint64(1250);
        QTest::newRow("en grouped") << "en_GB"
                                    << "£1,234.56" << true << qint64(123456);
        QTest::newRow("de comma") << "de_DE"
                                  << "1.234,56" << true << qint64(123456);
        QTest::newRow("de symbol") << "de_DE"
                                   << "12,30 €" << true << qint64(1230);
        QTest::newRow("negative") << "en_GB"
                                  << "-3.10" << true << qint64(-310);
        QTest::newRow("letters") << "en_GB"
                                 << "abc" << false << qint64(0);
        QTest::newRow("too many decimals") << "en_GB"
                                           << "1.234" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, units);
        const auto parsed = MoneyFormat::parse<Money>(text, QStringLiteral("Amount"), QLocale(locale));
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(qint64(parsed->units()), units);
        else
            QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
