#include "xero/xerodates.h"

#include <QTest>
#include <QTimeZone>

using namespace billhook;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

class TestXeroDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        // 1551399321043 ms = 2019-03-01T00:15:21.043Z
        QTest::newRow("ms +0000") << "/Date(1551399321043+0000)/" << utc(2019, 3, 1, 0, 15, 21, 43);
        QTest::newRow("ms no offset") << "/Date(1551399321043)/" << utc(2019, 3, 1, 0, 15, 21, 43);
        // The offset says where it was written; the milliseconds are the instant (UTC), as Xero's SDKs read
        // it.
        QTest::newRow("ms +1300") << "/Date(1551399321043+1300)/" << utc(2019, 3, 1, 0, 15, 21, 43);
        QTest::newRow("ms -0530") << "/Date(1551399321043-0530)/" << utc(2019, 3, 1, 0, 15, 21, 43);
        QTest::newRow("ms escaped slashes as JSON gives them") << "/Date(0+0000)/" << utc(1970, 1, 1);
        QTest::newRow("ms before 1970") << "/Date(-86400000+0000)/" << utc(1969, 12, 31);
        QTest::newRow("iso no zone is UTC") << "2019-03-01T00:15:21" << utc(2019, 3, 1, 0, 15, 21);
        QTest::newRow("iso Z") << "2019-03-01T00:15:21Z" << utc(2019, 3, 1, 0, 15, 21);
        QTest::newRow("iso +13:00") << "2019-03-01T12:00:00+13:00" << utc(2019, 2, 28, 23, 0, 0);
        QTest::newRow("iso +1300") << "2019-03-01T12:00:00+1300" << utc(2019, 2, 28, 23, 0, 0);
        QTest::newRow("iso -05:30") << "2019-03-01T00:00:00-05:30" << utc(2019, 3, 1, 5, 30, 0);
        QTest::newRow("iso seven fraction digits")
            << "2020-01-08T17:26:30.5778680" << utc(2020, 1, 8, 17, 26, 30, 577);
        QTest::newRow("iso one fraction digit")
            << "2020-01-08T17:26:30.5" << utc(2020, 1, 8, 17, 26, 30, 500);
        QTest::newRow("iso minutes only") << "2020-01-08T17:26" << utc(2020, 1, 8, 17, 26);
        QTest::newRow("date only") << "2016-12-16" << utc(2016, 12, 16);
        QTest::newRow("DateString") << "2016-12-16T00:00:00" << utc(2016, 12, 16);
        QTest::newRow("spaces around") << "  2016-12-16T00:00:00  " << utc(2016, 12, 16);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseXeroDateTime(text);
        QVERIFY2(parsed.isValid(), qPrintable(text));
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "yesterday", "/Date()/", "/Date(abc)/", "/Date(123+13)/",
                                "/Date(123+2500)/", "2019-02-30T00:00:00", "2019-03-01T25:00:00",
                                "2019-03-01T10:00:00+1", "01/03/2019", "2019-03-01T10:00:00 GMT"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromLatin1(bad);
    }
    void refuses()
    {
        QFETCH(QString, text);
        QVERIFY(!parseXeroDateTime(text).isValid());
    }

    void formatsIfModifiedSince_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utc, milliseconds dropped") << utc(2025, 1, 2, 3, 4, 5, 999) << "2025-01-02T03:04:05";
        QTest::newRow("+13:00 converted")
            << QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone(13 * 3600)) << "2025-01-01T14:04:05";
        QTest::newRow("-08:00 converted")
            << QDateTime(QDate(2025, 12, 31), QTime(20, 0), QTimeZone(-8 * 3600)) << "2026-01-01T04:00:00";
        QTest::newRow("invalid") << QDateTime() << QString();
    }
    void formatsIfModifiedSince()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, expected);
        QCOMPARE(formatIfModifiedSince(time), expected);
    }

    void roundTripsThroughIfModifiedSince()
    {
        const QDateTime t = parseXeroDateTime(u"/Date(1551399321043+0000)/");
        QCOMPARE(parseXeroDateTime(formatIfModifiedSince(t)), t.addMSecs(-43));
    }

    void parsesHttpDates_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                     << utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT")
                                 << utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("RFC 2822 offset")
            << QByteArray("Sun, 06 Nov 1994 21:49:37 +1300") << utc(1994, 11, 6, 8, 49, 37);
        QTest::newRow("empty") << QByteArray() << QDateTime();
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
    }
    void parsesHttpDates()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseHttpDate(header);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestXeroDates)
#include "tst_xerodates.moc"
