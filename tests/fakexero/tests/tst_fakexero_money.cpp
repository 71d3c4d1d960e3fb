// Fixed-point money, Xero's per-line rounding, its date formats and the `where` parser: the arithmetic the
// fake judges Billhook with.
#include "whereclause.h"
#include "xerojson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fakexero;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineAmount_data()
    {
        QTest::addColumn<qint64>("qty4");
        QTest::addColumn<qint64>("unit4");
        QTest::addColumn<qint64>("discount4");
        QTest::addColumn<qint64>("expectedCents");
        QTest::newRow("plain") << qint64(10000) << qint64(250600) << qint64(0) << qint64(2506);
        QTest::newRow("fractional qty")
            << qint64(15000) << qint64(333300) << qint64(0) << qint64(5000);                     // 49.995
        QTest::newRow("4dp unit") << qint64(30000) << qint64(12345) << qint64(0) << qint64(370); // 3.7035
        QTest::newRow("discount 10%") << qint64(20000) << qint64(6000000) << qint64(100000) << qint64(108000);
        QTest::newRow("discount 12.5% rounds")
            << qint64(10000) << qint64(99900) << qint64(125000) << qint64(874);
        QTest::newRow("negative credit line") << qint64(10000) << qint64(-50050) << qint64(0) << qint64(-501);
        QTest::newRow("large") << qint64(10000000) << qint64(9999999999) << qint64(0) << qint64(99999999990);
    }
    void lineAmount()
    {
        QFETCH(qint64, qty4);
        QFETCH(qint64, unit4);
        QFETCH(qint64, discount4);
        QFETCH(qint64, expectedCents);
        QCOMPARE(money::lineAmount(qty4, unit4, discount4), expectedCents);
    }

    void tax_data()
    {
        QTest::addColumn<qint64>("lineCents");
        QTest::addColumn<qint64>("rate4");
        QTest::addColumn<bool>("inclusive");
        QTest::addColumn<qint64>("expectedCents");
        QTest::newRow("25.06@15 excl") << qint64(2506) << qint64(150000) << false << qint64(376);
        QTest::newRow("25.61@15 excl") << qint64(2561) << qint64(150000) << false << qint64(384);
        QTest::newRow("25.63@15 excl") << qint64(2563) << qint64(150000) << false << qint64(384);
        QTest::newRow("20.00@15 incl") << qint64(2000) << qint64(150000) << true << qint64(261);
        QTest::newRow("20.00@20 incl") << qint64(2000) << qint64(200000) << true << qint64(333);
        QTest::newRow("half rounds up") << qint64(10) << qint64(50000) << false << qint64(1); // 0.005
        QTest::newRow("negative half away from zero") << qint64(-10) << qint64(50000) << false << qint64(-1);
        QTest::newRow("zero rate") << qint64(12345) << qint64(0) << false << qint64(0);
    }
    void tax()
    {
        QFETCH(qint64, lineCents);
        QFETCH(qint64, rate4);
        QFETCH(bool, inclusive);
        QFETCH(qint64, expectedCents);
        QCOMPARE(inclusive ? money::inclusiveTax(lineCents, rate4) : money::exclusiveTax(lineCents, rate4),
                 expectedCents);
    }

    void perLineRoundingGolden()
    {
        // Xero: 25.06 + 25.61 + 25.63 at 15% → 11.44 (per line), not round2(76.30 × 0.15) = 11.45.
        const qint64 sum = money::exclusiveTax(2506, 150000) + money::exclusiveTax(2561, 150000) +
                           money::exclusiveTax(2563, 150000);
        QCOMPARE(sum, qint64(1144));
        QCOMPARE(money::exclusiveTax(2506 + 2561 + 2563, 150000), qint64(1145));
    }

    void fromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("dp");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("double 25.06") << QByteArray("[25.06]") << 2 << qint64(2506);
        QTest::newRow("double 0.1+0.2 style") << QByteArray("[0.3]") << 2 << qint64(30);
        QTest::newRow("4dp") << QByteArray("[1.2345]") << 4 << qint64(12345);
        QTest::newRow("string exact") << QByteArray("[\"1234567.895\"]") << 2 << qint64(123456790);
        QTest::newRow("negative string") << QByteArray("[\"-0.50\"]") << 2 << qint64(-50);
        QTest::newRow("integer") << QByteArray("[7]") << 4 << qint64(70000);
    }
    void fromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, dp);
        QFETCH(qint64, expected);
        const auto value = money::fromJson(QJsonDocument::fromJson(json).array().at(0), dp);
        QVERIFY(value.has_value());
        QCOMPARE(*value, expected);
    }

    void fromJsonRejectsText()
    {
        QVERIFY(!money::fromJson(QJsonValue(u"ten"_s), 2).has_value());
        QVERIFY(!money::fromJson(QJsonValue(), 2).has_value());
    }

    void writesExactDecimals()
    {
        const QJsonObject o{{u"a"_s, json::amount(2000)},
                            {u"q"_s, json::number(10000, 4)},
                            {u"n"_s, json::amount(-5)},
                            {u"s"_s, u"text"_s}};
        QCOMPARE(json::toText(o), QByteArray(R"({"a":20.00,"n":-0.05,"q":1.0000,"s":"text"})"));
    }

    void msDate()
    {
        QCOMPARE(json::msDate(1551399321043), u"/Date(1551399321043+0000)/"_s);
        QCOMPARE(json::parseMsDate(u"/Date(1551399321043+0000)/"_s).value_or(0), qint64(1551399321043));
        QCOMPARE(json::parseMsDate(u"/Date(1551399323399)/"_s).value_or(0), qint64(1551399323399));
        QCOMPARE(json::dateOnly(QDate(2019, 3, 7)), u"/Date(1551916800000+0000)/"_s);
        QCOMPARE(json::utcString(1551981568133), u"2019-03-07T17:59:28Z"_s);
    }

    void modifiedSince_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("xero form") << QByteArray("2019-03-07T17:59:28") << qint64(1551981568000);
        QTest::newRow("zulu") << QByteArray("2019-03-07T17:59:28Z") << qint64(1551981568000);
        QTest::newRow("millis truncated") << QByteArray("2019-03-07T17:59:28.999") << qint64(1551981568000);
        QTest::newRow("offset") << QByteArray("2019-03-08T06:59:28+13:00") << qint64(1551981568000);
        QTest::newRow("rfc1123") << QByteArray("Thu, 07 Mar 2019 17:59:28 GMT") << qint64(1551981568000);
    }
    void modifiedSince()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const auto ms = json::parseModifiedSince(header);
        QVERIFY(ms.has_value());
        QCOMPARE(*ms, expectedMs);
    }

    void where_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<bool>("matches");
        QTest::newRow("eq") << u"Status==\"AUTHORISED\""_s << true;
        QTest::newRow("eq case-insensitive") << u"Status==\"authorised\""_s << true;
        QTest::newRow("neq") << u"Status!=\"AUTHORISED\""_s << false;
        QTest::newRow("nested guid") << u"Contact.ContactID==Guid(\"0b2c1a63-0000-4000-8000-000000000001\")"_s
                                     << true;
        QTest::newRow("number gt") << u"AmountDue>100"_s << true;
        QTest::newRow("number le") << u"AmountDue<=100"_s << false;
        QTest::newRow("and") << u"Status==\"AUTHORISED\" AND AmountDue>=150.5"_s << true;
        QTest::newRow("&& false") << u"Status==\"AUTHORISED\" && AmountDue>151"_s << false;
        QTest::newRow("or") << u"Status==\"DRAFT\" OR Type==\"ACCREC\""_s << true;
        QTest::newRow("contains") << u"Contact.Name.Contains(\"acme\")"_s << true;
        QTest::newRow("startswith") << u"InvoiceNumber.StartsWith(\"INV-\")"_s << true;
        QTest::newRow("date ge") << u"Date>=DateTime(2019,03,01)"_s << true;
        QTest::newRow("date lt") << u"Date<DateTime(2019, 03, 07)"_s << false;
        QTest::newRow("bool") << u"SentToContact==false"_s << true;
        QTest::newRow("parens not") << u"NOT (Status==\"DRAFT\" OR Status==\"VOIDED\")"_s << true;
    }
    void where()
    {
        QFETCH(QString, clause);
        QFETCH(bool, matches);
        const QJsonObject record{
            {u"Type"_s, u"ACCREC"_s},
            {u"Status"_s, u"AUTHORISED"_s},
            {u"AmountDue"_s, 150.5},
            {u"InvoiceNumber"_s, u"INV-0042"_s},
            {u"SentToContact"_s, false},
            {u"Date"_s, u"/Date(1551916800000+0000)/"_s},
            {u"Contact"_s, QJsonObject{{u"ContactID"_s, u"0b2c1a63-0000-4000-8000-000000000001"_s},
                                       {u"Name"_s, u"ACME Ltd"_s}}}};
        QString error;
        const auto parsed = WhereClause::parse(clause, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->matches(record), matches);
    }

    void whereRejectsGarbage()
    {
        QString error;
        QVERIFY(!WhereClause::parse(u"Status==\"AUTHORISED"_s, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!WhereClause::parse(u"Status== AND"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_fakexero_money.moc"
