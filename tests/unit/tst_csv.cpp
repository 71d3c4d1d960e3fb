#include "core/csv.h"

#include <QTest>

using namespace billhook;

namespace {

// Rows written as string literals, for readable test tables.
QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> literal)
{
    QList<QStringList> out;
    for (const auto &row : literal) {
        QStringList r;
        for (const char *field : row)
            r.append(QString::fromUtf8(field));
        out.append(r);
    }
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("simple") << "a,b\n1,2\n" << rows({{"a", "b"}, {"1", "2"}});
        QTest::newRow("crlf, no final newline") << "a,b\r\n1,2" << rows({{"a", "b"}, {"1", "2"}});
        QTest::newRow("quoted comma and quote") << "name\n\"Smith, \"\"Jo\"\"\"\n"
                                                << rows({{"name"}, {"Smith, \"Jo\""}});
        QTest::newRow("newline in quotes") << "a\n\"1\n2\"\n" << rows({{"a"}, {"1\n2"}});
        QTest::newRow("empty fields") << "a,b,c\n,,\n" << rows({{"a", "b", "c"}, {"", "", ""}});
        QTest::newRow("blank lines skipped") << "a\n\n1\n" << rows({{"a"}, {"1"}});
        QTest::newRow("bom") << QString(QChar(0xFEFF)) + QStringLiteral("a\n1") << rows({{"a"}, {"1"}});
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, expected);
        auto r = Csv::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r.value(), expected);
    }

    void broken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unclosed quote") << "a\n\"oops\n"
                                        << "Line 2";
        QTest::newRow("quote mid-field") << "a\nab\"c\n"
                                         << "Line 2";
        QTest::newRow("text after quote") << "a,b\n1,2\n\"x\"y,3\n"
                                          << "Line 3";
    }
    void broken()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto r = Csv::parse(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }

    void roundTrip()
    {
        const QStringList fields = {QStringLiteral("plain"), QStringLiteral("with, comma"),
                                    QStringLiteral("with \"quote\""), QStringLiteral("two\nlines")};
        auto r = Csv::parse(Csv::row(fields));
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first(), fields);
    }

    void customers()
    {
        auto r = Csv::customers(
            QStringLiteral("Name,Email,Phone,Contact Number\nAcme,a@acme.test,0123,C-9\nBob,,,\n"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).name, QStringLiteral("Acme"));
        QCOMPARE(r->at(0).contactNumber, QStringLiteral("C-9"));
        QCOMPARE(r->at(1).email, QString());
    }

    void customersRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad email names the row") << "name,email\nA,a@a.test\nB,broken\n"
                                                 << "Row 3";
        QTest::newRow("missing name names the row") << "name,email\nA,a@a.test\n,b@b.test\n"
                                                    << "Row 3";
        QTest::newRow("wrong field count") << "name,email\nA\n"
                                           << "Row 2";
        QTest::newRow("unknown column") << "name,fax\nA,1\n"
                                        << "fax";
        QTest::newRow("no name column") << "email\na@a.test\n"
                                        << "name";
        QTest::newRow("bad terms") << "name,payment_terms_days\nA,soon\n"
                                   << "Row 2";
        QTest::newRow("empty file") << ""
                                    << "empty";
    }
    void customersRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        auto r = Csv::customers(text);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
