#include "sync/merge.h"
#include "xero/xeromapping.h"

#include <QTest>

using namespace billhook;

class TestXeroMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void amountsAreReadExactly_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<qint64>("cents");
        // 0.1 + 0.2 is 0.30000000000000004 as doubles; read as text it is 30 cents.
        QTest::newRow("0.30") << QByteArray("{\"Total\": 0.30}") << qint64(30);
        QTest::newRow("0.1 as 0.10") << QByteArray("{\"Total\":0.1}") << qint64(10);
        QTest::newRow("large") << QByteArray("{\"Total\": 9007199254740993.01}") << qint64(-1);
        QTest::newRow("large exact") << QByteArray("{\"Total\": 9999999999999.99}")
                                     << qint64(999999999999999);
        QTest::newRow("negative") << QByteArray("{\"Total\":-12.05}") << qint64(-1205);
        QTest::newRow("trailing zeros") << QByteArray("{\"Total\":12.5000}") << qint64(1250);
    }
    void amountsAreReadExactly()
    {
        QFETCH(QByteArray, raw);
        QFETCH(qint64, cents);
        const QJsonObject o = xerojson::parseExact(raw).object();
        const auto v = xerojson::decimalUnits(o.value(QStringLiteral("Total")), 2);
        if (cents < 0 && raw.contains("9007199254740993.01")) {
            QVERIFY(!v.has_value()); // beyond 13 integer digits: refused, never rounded
            return;
        }
        QVERIFY(v.has_value());
        QCOMPARE(*v, cents);
    }

    void sumOfManyCentsIsExact()
    {
        // 10,000 lines of 0.10 and 0.20 sum to exactly 1,500.00.
        QByteArray raw = "{\"L\":[";
        for (int i = 0; i < 10000; ++i)
            raw += (i ? "," : "") + QByteArray(i % 2 ? "0.20" : "0.10");
        raw += "]}";
        qint64 sum = 0;
        for (const auto &v : xerojson::parseExact(raw).object().value(QStringLiteral("L")).toArray())
            sum += xerojson::decimalUnits(v, 2).value();
        QCOMPARE(sum, qint64(150000));
    }

    void numbersInsideStringsUntouched()
    {
        const QByteArray raw = "{\"Name\":\"Flat 12, \\\"3.5\\\" floor\",\"N\":1e3,\"T\":true,\"X\":null}";
        const QJsonObject o = xerojson::parseExact(raw).object();
        QCOMPARE(o.value(QStringLiteral("Name")).toString(), QStringLiteral("Flat 12, \"3.5\" floor"));
        QVERIFY(!xerojson::decimalUnits(o.value(QStringLiteral("N")), 2).has_value()); // exponents refused
        QCOMPARE(o.value(QStringLiteral("T")).toBool(), true);
        QVERIFY(o.value(QStringLiteral("X")).isNull());
        // An escaped backslash ends before the closing quote; numbers after strings and at the end are
        // quoted.
        const QJsonObject p = xerojson::parseExact("{\"A\":\"c:\\\\\",\"B\":[-0.5,\"7\",12.3450]}").object();
        QCOMPARE(p.value(QStringLiteral("A")).toString(), QStringLiteral("c:\\"));
        const QJsonArray b = p.value(QStringLiteral("B")).toArray();
        QCOMPARE(xerojson::decimalUnits(b.at(0), 2), std::optional<qint64>(-50));
        QCOMPARE(b.at(1).toString(), QStringLiteral("7"));
        QCOMPARE(xerojson::decimalUnits(b.at(2), 4), std::optional<qint64>(123450));
        QCOMPARE(xerojson::quoteNumbers("[1,\"x\\\"2\",3]"), QByteArray("[\"1\",\"x\\\"2\",\"3\"]"));
    }

    void rawBodyWritesExactDecimals()
    {
        QJsonObject o{{QStringLiteral("UnitAmount"), xerojson::decimal(123456, 4)},
                      {QStringLiteral("Amount"), xerojson::decimal(-5, 2)},
                      {QStringLiteral("Name"), QStringLiteral("dec:1")}};
        const QByteArray raw = xerojson::rawBody(o);
        QVERIFY2(raw.contains("\"UnitAmount\":12.3456"), raw.constData());
        QVERIFY2(raw.contains("\"Amount\":-0.05"), raw.constData());
        QVERIFY(raw.contains("\"Name\":\"dec:1\""));
        const QJsonObject back = xerojson::stringBody(o).object();
        QCOMPARE(back.value(QStringLiteral("UnitAmount")).toString(), QStringLiteral("12.3456"));
    }

    void msDates()
    {
        QCOMPARE(xerojson::parseMsDate(QStringLiteral("/Date(1551399321043+0000)/")),
                 QDateTime::fromMSecsSinceEpoch(1551399321043, Qt::UTC));
        QCOMPARE(xerojson::parseMsDate(QStringLiteral("/Date(1551399321043+1300)/")),
                 QDateTime::fromMSecsSinceEpoch(1551399321043, Qt::UTC).addSecs(-13 * 3600));
        QCOMPARE(xerojson::parseDate(QStringLiteral("2026-11-01T00:00:00")), QDate(2026, 11, 1));
        QVERIFY(!xerojson::parseMsDate(QStringLiteral("yesterday")).isValid());
        QCOMPARE(xerojson::parseMsDate(QStringLiteral(" /Date(1551399321043)/\n")),
                 QDateTime::fromMSecsSinceEpoch(1551399321043, Qt::UTC));
        QCOMPARE(xerojson::parseMsDate(QStringLiteral("/Date(-1000-0530)/")),
                 QDateTime::fromMSecsSinceEpoch(-1000, Qt::UTC).addSecs(5 * 3600 + 30 * 60));
        for (const char *bad : {"/Date()/", "/Date(12+00)/", "/Date(12+00000)/", "/Date(1x)/", "/Date(12)",
                                "Date(12)/", "/Date(--1)/", "/Date(12+0a00)/"})
            QVERIFY2(!xerojson::parseMsDate(QString::fromLatin1(bad)).isValid(), bad);
    }

    void customerRoundTripsThroughContact()
    {
        Customer c;
        c.name = QStringLiteral("  Acme   Ltd ");
        c.contactNumber = QStringLiteral("C-00001");
        c.email = QStringLiteral("a@b.test");
        c.phone = QStringLiteral("0161 496 0000");
        c.mobile = QStringLiteral("07700 900000");
        c.contactPerson = QStringLiteral("Mary Ann Lee");
        c.address = QStringLiteral("1 High St\nFlat 2\nAnytown\nShire\nAB1 2CD\nUK");
        const QJsonObject payload = xeromap::contactPayload(c, {}, {});
        QCOMPARE(payload.value(QStringLiteral("ContactNumber")).toString(), QStringLiteral("C-00001"));
        QCOMPARE(payload.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Mary"));
        // What Xero would return for it maps to the same canonical fields as the customer.
        QCOMPARE(xeromap::contactFields(payload), xeromap::customerFields(c));
        // Only the changed fields go for an update.
        const QJsonObject update =
            xeromap::contactPayload(c, QStringLiteral("id-1"), {QStringLiteral("email")});
        QCOMPARE(update.value(QStringLiteral("ContactID")).toString(), QStringLiteral("id-1"));
        QVERIFY(update.contains(QStringLiteral("EmailAddress")));
        QVERIFY(!update.contains(QStringLiteral("Name")));
        QVERIFY(!update.contains(QStringLiteral("Phones")));
    }

    void threeWayMerge()
    {
        const QJsonObject base{{QStringLiteral("a"), QStringLiteral("1")},
                               {QStringLiteral("b"), QStringLiteral("1")},
                               {QStringLiteral("c"), QStringLiteral("1")}};
        const QJsonObject local{{QStringLiteral("a"), QStringLiteral("2")},
                                {QStringLiteral("b"), QStringLiteral("1")},
                                {QStringLiteral("c"), QStringLiteral("L")}};
        const QJsonObject remote{{QStringLiteral("a"), QStringLiteral("1")},
                                 {QStringLiteral("b"), QStringLiteral("3")},
                                 {QStringLiteral("c"), QStringLiteral("R")}};
        MergeResult m = mergeFields(base, local, remote);
        QCOMPARE(m.toRemote, QStringList{QStringLiteral("a")});
        QCOMPARE(m.toLocal, QStringList{QStringLiteral("b")});
        QCOMPARE(m.conflicts.size(), 1);
        QCOMPARE(m.conflicts.first().mine, QStringLiteral("L"));
        QCOMPARE(m.conflicts.first().xero, QStringLiteral("R"));
        resolveConflict(m, m.conflicts.first(), false);
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged.value(QStringLiteral("c")).toString(), QStringLiteral("R"));
        // Same change on both sides: nothing to do.
        QVERIFY(mergeFields(base, remote, remote).unchanged());
        // No base (linked by matching): a difference is a conflict, never a silent pick.
        QCOMPARE(mergeFields({}, local, remote).conflicts.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestXeroMapping)
#include "tst_xeromapping.moc"
