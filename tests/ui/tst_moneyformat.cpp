#include "render/moneyformat.h"

#include <QTest>

using namespace billhook;

class TestMoneyFormat : public QObject
{
    Q_OBJECT
    static QString expect(const char16_t *text)
    {
        QString s = QString::fromUtf16(text);
        s.replace(QLatin1Char('_'), QChar(0x00A0));
        s.replace(QLatin1Char('^'), QChar(0x202F));
        s.replace(QLatin1Char('~'), QChar(0x2212));
        return s;
    }
private Q_SLOTS:
    void money_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        // The user's locale places the symbol and decides spacing, separators and digits; the invoice's
        // currency gives the symbol. In the expected texts "_" is a no-break space, "^" a narrow no-break
        // space and "~" the minus sign U+2212.
        QTest::newRow("en_GB") << "en_GB" << qint64(123450) << "GBP" << expect(u"£1,234.50");
        QTest::newRow("en_GB negative: a minus, not accountants' brackets")
            << "en_GB" << qint64(-5) << "GBP" << expect(u"-£0.05");
        QTest::newRow("en_GB euro") << "en_GB" << qint64(99) << "EUR" << expect(u"€0.99");
        QTest::newRow("en_US dollars") << "en_US" << qint64(123450) << "USD" << expect(u"$1,234.50");
        QTest::newRow("de_DE") << "de_DE" << qint64(123450) << "EUR" << expect(u"1.234,50_€");
        QTest::newRow("de_DE pounds after the number") << "de_DE" << qint64(0) << "GBP" << expect(u"0,00_£");
        QTest::newRow("de_DE negative") << "de_DE" << qint64(-123450) << "EUR" << expect(u"-1.234,50_€");
        QTest::newRow("fr_FR") << "fr_FR" << qint64(123450) << "EUR" << expect(u"1^234,50_€");
        QTest::newRow("fr_FR negative") << "fr_FR" << qint64(-123450) << "EUR" << expect(u"-1^234,50_€");
        QTest::newRow("nl_NL symbol first, spaced")
            << "nl_NL" << qint64(123450) << "EUR" << expect(u"€_1.234,50");
        QTest::newRow("sv_SE minus sign") << "sv_SE" << qint64(-123450) << "SEK" << expect(u"~1_234,50_SEK");
        QTest::newRow("C locale: LANG=C has no currency convention; Qt would write 0.00£")
            << "C" << qint64(0) << "GBP" << expect(u"£0.00");
        QTest::newRow("C locale negative") << "C" << qint64(-123450) << "GBP" << expect(u"-£1234.50");
        QTest::newRow("a code, not a symbol, is spaced")
            << "en_GB" << qint64(123450) << "CHF" << expect(u"CHF_1,234.50");
        QTest::newRow("unknown code") << "en_GB" << qint64(100) << "XYZ" << expect(u"XYZ_1.00");
        QTest::newRow("ar_EG: Arabic-Indic digits throughout, the fraction included")
            << "ar_EG" << qint64(123450) << "EGP" << expect(u"١٬٢٣٤٫٥٠_EGP");
        QTest::newRow("big") << "en_GB" << qint64(999999999999999) << "GBP"
                             << expect(u"£9,999,999,999,999.99");
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
