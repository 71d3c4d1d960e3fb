#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// billhook-cli end to end: the real executable on a temporary database, as scripts and acceptance tests use
// it.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(BILLHOOK_BIN_DIR "/billhook-cli"),
                QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonObject json(const QStringList &args)
    {
        const Run r = cli(QStringList{QStringLiteral("--json")} + args);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++n));
    }

    void versionAndHelp()
    {
        Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("billhook-cli 0.")));
        r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("invoice pay ID --amount")));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("missing name") << QStringList{QStringLiteral("customer"), QStringLiteral("add")};
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name")};
        QTest::newRow("bad status") << QStringList{QStringLiteral("invoice"), QStringLiteral("list"),
                                                   QStringLiteral("--status"), QStringLiteral("lost")};
        QTest::newRow("id not a number")
            << QStringList{QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("abc")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(m_db)); // a usage error never even opens the database
    }

    void customersEndToEnd()
    {
        Run r = cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("Acme Ltd"), QStringLiteral("--email"), QStringLiteral("ops@acme.test"),
                     QStringLiteral("--number"), QStringLiteral("ACME-1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("1"));
        r = cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Bob"), QStringLiteral("--email"), QStringLiteral("bob-at-home")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.err.contains(QStringLiteral("bob-at-home")));
        r = cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Dup"), QStringLiteral("--number"), QStringLiteral("ACME-1")});
        QCOMPARE(r.code, 1);
        QJsonObject c = json({QStringLiteral("customer"), QStringLiteral("edit"), QStringLiteral("1"),
                              QStringLiteral("--phone"), QStringLiteral("0800 123")});
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("0800 123"));
        QCOMPARE(c.value(QStringLiteral("contact_number")).toString(), QStringLiteral("ACME-1"));
        c = json({QStringLiteral("customer"), QStringLiteral("archive"), QStringLiteral("1")});
        QCOMPARE(c.value(QStringLiteral("archived")).toBool(), true);
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
        r = cli({QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("42")});
        QCOMPARE(r.code, 1);
    }

    void invoicesEndToEnd()
    {
        QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Acme"), QStringLiteral("--number"), QStringLiteral("C-1001")})
                     .code,
                 0);
        QJsonObject inv =
            json({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                  QStringLiteral("C-1001"), QStringLiteral("--date"), QStringLiteral("2026-10-01"),
                  QStringLiteral("--due"), QStringLiteral("2026-10-15"), QStringLiteral("--line"),
                  QStringLiteral("Boiler service|1|25.06|15%"), QStringLiteral("--line"),
                  QStringLiteral("Valve|1|25.61|15%"), QStringLiteral("--line"),
                  QStringLiteral("Callout|1|25.63|15%")});
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(inv.value(QStringLiteral("number")).toString(), QStringLiteral("INV-0001"));
        QCOMPARE(inv.value(QStringLiteral("subtotal")).toString(), QStringLiteral("76.30"));
        QCOMPARE(inv.value(QStringLiteral("total_tax")).toString(), QStringLiteral("11.44"));
        QCOMPARE(inv.value(QStringLiteral("total")).toString(), QStringLiteral("87.74"));
        QCOMPARE(inv.value(QStringLiteral("lines")).toArray().size(), 3);
        const QString id = QString::number(inv.value(QStringLiteral("id")).toInteger());

        Run r = cli({QStringLiteral("invoice"), QStringLiteral("pay"), id, QStringLiteral("--amount"),
                     QStringLiteral("10")});
        QCOMPARE(r.code, 1); // a draft cannot be paid
        QCOMPARE(
            json({QStringLiteral("invoice"), QStringLiteral("approve"), id}).value(QStringLiteral("status")),
            QStringLiteral("approved"));
        r = cli({QStringLiteral("invoice"), QStringLiteral("pay"), id, QStringLiteral("--amount"),
                 QStringLiteral("10.005")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("decimal place")));
        r = cli({QStringLiteral("invoice"), QStringLiteral("pay"), id, QStringLiteral("--amount"),
                 QStringLiteral("ten")});
        QCOMPARE(r.code, 1);
        inv = json({QStringLiteral("invoice"), QStringLiteral("pay"), id, QStringLiteral("--amount"),
                    QStringLiteral("40.00"), QStringLiteral("--date"), QStringLiteral("2026-10-20")});
        QCOMPARE(inv.value(QStringLiteral("amount_due")).toString(), QStringLiteral("47.74"));
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("part_paid"));
        r = cli({QStringLiteral("invoice"), QStringLiteral("void"), id});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("invoice"), QStringLiteral("delete"), id});
        QCOMPARE(r.code, 1);

        r = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"),
                 QStringLiteral("--status"), QStringLiteral("overdue")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list"),
                 QStringLiteral("--status"), QStringLiteral("draft")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);

        inv = json({QStringLiteral("invoice"), QStringLiteral("pay"), id, QStringLiteral("--amount"),
                    QStringLiteral("47.74")});
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(inv.value(QStringLiteral("payments")).toArray().size(), 2);

        // Bad invoice input changes nothing.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("--customer"), QStringLiteral("nobody"), QStringLiteral("--line"),
                          QStringLiteral("x|1|1|0%")},
              QStringList{QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--line"),
                          QStringLiteral("x|1|1.00001|0%")},
              QStringList{QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--line"),
                          QStringLiteral("x|1|1|VAT99")},
              QStringList{QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--number"),
                          QStringLiteral("INV-0001"), QStringLiteral("--line"), QStringLiteral("x|1|1|0%")},
              QStringList{QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--date"),
                          QStringLiteral("21/11/2026"), QStringLiteral("--line"),
                          QStringLiteral("x|1|1|0%")}}) {
            r = cli(QStringList{QStringLiteral("invoice"), QStringLiteral("add")} + bad);
            QVERIFY2(r.code == 1, qPrintable(bad.join(u' ') + r.err));
        }
        r = cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

        r = cli({QStringLiteral("export"), QStringLiteral("invoices")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("number,status,")));
        QVERIFY(r.out.contains(QStringLiteral("INV-0001,paid,2026-10-01,2026-10-15,Acme,C-1001,,")));
        r = cli({QStringLiteral("export"), QStringLiteral("invoices"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        const QJsonArray exported = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported[0].toObject().value(QStringLiteral("lines")).toArray().size(), 3);
    }

    void inclusiveAndDiscount()
    {
        QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("A")})
                     .code,
                 0);
        const QJsonObject inv =
            json({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                  QStringLiteral("1"), QStringLiteral("--tax-mode"), QStringLiteral("inclusive"),
                  QStringLiteral("--line"), QStringLiteral("Part|1|20.00|15%"), QStringLiteral("--line"),
                  QStringLiteral("Labour|2|45|20%|10")});
        QCOMPARE(inv.value(QStringLiteral("total")).toString(), QStringLiteral("101.00"));
        QCOMPARE(inv.value(QStringLiteral("total_tax")).toString(), QStringLiteral("16.11")); // 2.61 + 13.50
    }

    void importCustomers()
    {
        const QString good = writeFile(QStringLiteral("good.csv"),
                                       "name,email,contact_number\nAcme,a@acme.test,A-1\n\"Smith, J\",,\n");
        Run r = cli({QStringLiteral("import"), QStringLiteral("customers"), good});
        QCOMPARE(r.code, 0);
        const QString broken =
            writeFile(QStringLiteral("broken.csv"), "name,email\nNew One,n@x.test\nBad,not-an-email\n");
        r = cli({QStringLiteral("import"), QStringLiteral("customers"), broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Row 3")), qPrintable(r.err));
        const QString dup =
            writeFile(QStringLiteral("dup.csv"), "name,contact_number\nOther,X-9\nClash,A-1\n");
        r = cli({QStringLiteral("import"), QStringLiteral("customers"), dup});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Row 3")), qPrintable(r.err));
        r = cli({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
        r = cli({QStringLiteral("import"), QStringLiteral("customers"),
                 m_dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.code, 1);
    }

    void refusesANewerDatabase()
    {
        QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("list")}).code, 0);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {m_db, QStringLiteral("PRAGMA user_version = 99;")});
        QVERIFY(sqlite.waitForFinished());
        if (sqlite.exitCode() != 0)
            QSKIP("sqlite3 is not installed (the database tests cover this without it)");
        const Run r = cli({QStringLiteral("customer"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer version")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
