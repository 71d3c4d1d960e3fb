#include "core/numbering.h"

#include <QTest>

using namespace billhook;

class TestNumbering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<qint64>("counter");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << "INV-{0000}" << qint64(7) << "INV-0007";
        QTest::newRow("overflows width") << "INV-{00}" << qint64(1234) << "INV-1234";
        QTest::newRow("year first") << "{YYYY}-{000}" << qint64(42) << "2026-042";
        QTest::newRow("year and month") << "{YY}{MM}/{0}" << qint64(5) << "2603/5";
        QTest::newRow("counter first") << "{0000}-{YYYY}" << qint64(12) << "0012-2026";
    }
    void format()
    {
        QFETCH(QString, pattern);
        QFETCH(qint64, counter);
        QFETCH(QString, expected);
        auto t = NumberingTemplate::parse(pattern);
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QCOMPARE(t->format(counter, QDate(2026, 3, 9)), expected);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("no counter") << "INV-";
        QTest::newRow("two counters") << "{000}-{000}";
        QTest::newRow("unknown token") << "INV-{DD}-{000}";
        QTest::newRow("unmatched brace") << "INV-{000}}";
        QTest::newRow("empty") << "";
        QTest::newRow("too long") << QString(70, u'X') + QStringLiteral("{0}");
    }
    void refused()
    {
        QFETCH(QString, pattern);
        auto t = NumberingTemplate::parse(pattern);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().field, QStringLiteral("numbering"));
        QVERIFY(!t.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNumbering)
#include "tst_numbering.moc"
