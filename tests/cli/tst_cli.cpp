#include "../support/poppler.h"
#include "render/moneyformat.h"
#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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

    Run cli(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
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

    // An invoice in each state, for invoice edit and pdf: built once through the command line, copied into
    // each test's database.
    //   customers 1 Acme (C-1), 2 Brook (C-2), 3 Gone Ltd (C-3, archived)
    //   invoices  1 draft, 2 approved, 3 part paid, 4 paid, 5 voided, 6 deleted (INV-0001..INV-0006), each
    //             of Acme, dated 2026-10-01, due 2026-10-15, two lines; 7 approved, its payment removed here
    //             and waiting to be deleted in Xero
    bool useInvoiceFixture()
    {
        const QString fixture = m_dir.filePath(QStringLiteral("invoice-fixture.sqlite"));
        if (!QFile::exists(fixture)) {
            const QString target = m_db;
            m_db = fixture;
            const auto ok = [this](const QStringList &args) {
                const Run r = cli(args);
                if (r.code != 0)
                    qFatal("fixture: %s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
            };
            for (const auto &[name, number] :
                 {std::pair{"Acme", "C-1"}, {"Brook", "C-2"}, {"Gone Ltd", "C-3"}})
                ok({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                    QString::fromLatin1(name), QStringLiteral("--number"), QString::fromLatin1(number)});
            ok({QStringLiteral("customer"), QStringLiteral("archive"), QStringLiteral("3")});
            for (int i = 0; i < 6; ++i)
                ok({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                    QStringLiteral("C-1"), QStringLiteral("--date"), QStringLiteral("2026-10-01"),
                    QStringLiteral("--due"), QStringLiteral("2026-10-15"), QStringLiteral("--line"),
                    QStringLiteral("Boiler service|1|80|20%"), QStringLiteral("--line"),
                    QStringLiteral("Valve|2|12.50|5%")});
            for (const char *id : {"2", "3", "4", "5"})
                ok({QStringLiteral("invoice"), QStringLiteral("approve"), QString::fromLatin1(id)});
            ok({QStringLiteral("invoice"), QStringLiteral("pay"), QStringLiteral("3"),
                QStringLiteral("--amount"), QStringLiteral("10")});
            ok({QStringLiteral("invoice"), QStringLiteral("pay"), QStringLiteral("4"),
                QStringLiteral("--amount"), QStringLiteral("122.25")});
            ok({QStringLiteral("invoice"), QStringLiteral("void"), QStringLiteral("5")});
            ok({QStringLiteral("invoice"), QStringLiteral("delete"), QStringLiteral("6")});
            // 7: approved, its payment (3) in Xero and removed here: locked until the sync deletes it there.
            ok({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                QStringLiteral("C-1"), QStringLiteral("--line"), QStringLiteral("Callout|1|60|20%")});
            ok({QStringLiteral("invoice"), QStringLiteral("approve"), QStringLiteral("7")});
            ok({QStringLiteral("invoice"), QStringLiteral("pay"), QStringLiteral("7"),
                QStringLiteral("--amount"), QStringLiteral("72")});
            {
                auto db = billhook::Database::open(m_db);
                if (!db || !billhook::SyncStore(**db)
                                .saveLink({billhook::SyncEntity::Payment,
                                           3,
                                           QStringLiteral("tenant-1"),
                                           QStringLiteral("xero-payment-3"),
                                           {},
                                           {}})
                                .ok())
                    qFatal("fixture: cannot link payment 3 to Xero");
            }
            ok({QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("delete"),
                QStringLiteral("3")});
            m_db = target;
        }
        return QFile::copy(fixture, m_db);
    }
    // An invoice as --json prints it (total, lines, version and all).
    QByteArray invoiceBytes(const QString &id)
    {
        return cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("show"), id})
            .out.toUtf8();
    }
    QList<billhook::OutboxEntry> invoiceOutbox(billhook::Id id)
    {
        auto db = billhook::Database::open(m_db);
        if (!db)
            qFatal("cannot open %s", qPrintable(m_db));
        QList<billhook::OutboxEntry> entries;
        for (const auto &e : billhook::SyncStore(**db).outbox(billhook::SyncEntity::Invoice))
            if (e.localId == id)
                entries << e;
        return entries;
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

        // A payment recorded by mistake: removed (it never reached Xero), the amount due and status follow;
        // bad ids and a second removal are refused and change nothing.
        const QJsonArray payments = inv.value(QStringLiteral("payments")).toArray();
        const QString second =
            QString::number(payments.at(1).toObject().value(QStringLiteral("id")).toInteger());
        r = cli({QStringLiteral("invoice"), QStringLiteral("show"), id});
        QVERIFY2(r.out.contains(QStringLiteral("Payment ") + second + QStringLiteral(": 47.74")),
                 qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("delete")}).code,
                 2);
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("remove"), second})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("delete"),
                      QStringLiteral("999")})
                     .code,
                 1);
        r = cli({QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("delete"), second});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Payment ") + second + QStringLiteral(" removed.")),
                 qPrintable(r.out));
        inv = json({QStringLiteral("invoice"), QStringLiteral("show"), id});
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("part_paid"));
        QCOMPARE(inv.value(QStringLiteral("amount_due")).toString(), QStringLiteral("47.74"));
        QCOMPARE(inv.value(QStringLiteral("payments")).toArray().size(), 1);
        r = cli({QStringLiteral("invoice"), QStringLiteral("payment"), QStringLiteral("delete"), second});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already removed")), qPrintable(r.err));
        QCOMPARE(
            json({QStringLiteral("invoice"), QStringLiteral("show"), id}).value(QStringLiteral("amount_due")),
            QStringLiteral("47.74"));
        inv = json({QStringLiteral("invoice"), QStringLiteral("pay"), id, QStringLiteral("--amount"),
                    QStringLiteral("47.74")});
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));

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

    // Refused input: exit 1, one line on stderr naming the problem, and the database unchanged.
    void refuse(const QStringList &args, const QString &words)
    {
        const Run before = cli({QStringLiteral("settings"), QStringLiteral("show")});
        const Run rates = cli({QStringLiteral("tax-rate"), QStringLiteral("list"), QStringLiteral("--all")});
        const Run accounts =
            cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--all")});
        const Run r = cli(args);
        QVERIFY2(r.code == 1,
                 qPrintable(args.join(u' ') + QStringLiteral(": exit ") + QString::number(r.code)));
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("show")}).out, before.out);
        QCOMPARE(cli({QStringLiteral("tax-rate"), QStringLiteral("list"), QStringLiteral("--all")}).out,
                 rates.out);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--all")}).out,
                 accounts.out);
    }

    void taxRatesAndAccounts()
    {
        const auto add = [this](const QStringList &extra) {
            return cli(QStringList{QStringLiteral("tax-rate"), QStringLiteral("add")} + extra);
        };
        Run r = add({QStringLiteral("--code"), QStringLiteral("VAT20"), QStringLiteral("--name"),
                     QStringLiteral("Standard"), QStringLiteral("--rate"), QStringLiteral("20")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("VAT20\n"));
        QCOMPARE(add({QStringLiteral("--code"), QStringLiteral("DRC20"), QStringLiteral("--name"),
                      QStringLiteral("Reverse charge 20%"), QStringLiteral("--rate"), QStringLiteral("20%"),
                      QStringLiteral("--reverse-charge")})
                     .code,
                 0);
        QCOMPARE(add({QStringLiteral("--code"), QStringLiteral("RED"), QStringLiteral("--name"),
                      QStringLiteral("Reduced"), QStringLiteral("--rate"), QStringLiteral("13.5")})
                     .code,
                 0);
        refuse({QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--code"),
                QStringLiteral("BIG"), QStringLiteral("--name"), QStringLiteral("Big"),
                QStringLiteral("--rate"), QStringLiteral("100.5")},
               QStringLiteral("between 0% and 100%"));
        refuse({QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--code"),
                QStringLiteral("NEG"), QStringLiteral("--name"), QStringLiteral("Neg"),
                QStringLiteral("--rate"), QStringLiteral("-1")},
               QStringLiteral("between 0% and 100%"));
        refuse({QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--code"),
                QStringLiteral("X"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--rate"),
                QStringLiteral("twenty")},
               QStringLiteral("tax rate"));
        refuse({QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--code"),
                QStringLiteral("vat20"), QStringLiteral("--name"), QStringLiteral("Other"),
                QStringLiteral("--rate"), QStringLiteral("20")},
               QStringLiteral("already a tax rate with the code VAT20"));
        refuse({QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--code"),
                QStringLiteral("STD"), QStringLiteral("--name"), QStringLiteral("standard"),
                QStringLiteral("--rate"), QStringLiteral("20")},
               QStringLiteral("already a tax rate named"));
        refuse({QStringLiteral("tax-rate"), QStringLiteral("archive"), QStringLiteral("NOPE")},
               QStringLiteral("no tax rate with the code NOPE"));

        r = cli({QStringLiteral("tax-rate"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
                 QStringLiteral("DRC20\tReverse charge 20%\t20%\t(reverse charge)\nVAT20\tStandard\t20%\n"
                                "RED\tReduced\t13.5%\n"));
        // A reverse-charge line is charged no VAT; a 20% line is.
        QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Builder Ltd")})
                     .code,
                 0);
        const QJsonObject inv =
            json({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                  QStringLiteral("1"), QStringLiteral("--line"), QStringLiteral("Labour|1|1000.00|DRC20"),
                  QStringLiteral("--line"), QStringLiteral("Parts|1|100.00|VAT20")});
        QCOMPARE(inv.value(QStringLiteral("total")).toString(), QStringLiteral("1120.00"));

        // Used on an invoice: archived, not changed; then it is no longer offered, nor the default.
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("invoice.tax_rate=vat20")})
                .code,
            0);
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("show")})
                    .out.contains(QStringLiteral("\ninvoice.tax_rate=VAT20\n")));
        QCOMPARE(cli({QStringLiteral("tax-rate"), QStringLiteral("archive"), QStringLiteral("VAT20")}).code,
                 0);
        refuse({QStringLiteral("tax-rate"), QStringLiteral("archive"), QStringLiteral("VAT20")},
               QStringLiteral("already archived"));
        QVERIFY(
            !cli({QStringLiteral("tax-rate"), QStringLiteral("list")}).out.contains(QStringLiteral("VAT20")));
        const QJsonArray all =
            QJsonDocument::fromJson(cli({QStringLiteral("tax-rate"), QStringLiteral("list"),
                                         QStringLiteral("--all"), QStringLiteral("--json")})
                                        .out.toUtf8())
                .array();
        QCOMPARE(all.size(), 3);
        bool sawArchived = false;
        for (const auto &v : all) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("code")) == QStringLiteral("VAT20")) {
                sawArchived = o.value(QStringLiteral("archived")).toBool();
                QCOMPARE(o.value(QStringLiteral("rate")).toString(), QStringLiteral("20"));
            }
            if (o.value(QStringLiteral("code")) == QStringLiteral("DRC20"))
                QVERIFY(o.value(QStringLiteral("reverse_charge")).toBool());
        }
        QVERIFY(sawArchived);
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("show")})
                    .out.contains(QStringLiteral("\ninvoice.tax_rate=\n")));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("invoice.tax_rate=VAT20")},
               QStringLiteral("not one of the active tax rates"));
        QCOMPARE(cli({QStringLiteral("tax-rate"), QStringLiteral("rename"), QStringLiteral("VAT20"),
                      QStringLiteral("--name"), QStringLiteral("Standard (until 2026)")})
                     .code,
                 0);

        // Sales accounts.
        r = cli({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--code"),
                 QStringLiteral("200"), QStringLiteral("--name"), QStringLiteral("Sales")});
        QCOMPARE(r.code, 0);
        refuse({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--code"),
                QStringLiteral("200"), QStringLiteral("--name"), QStringLiteral("Other sales")},
               QStringLiteral("already used"));
        refuse({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--code"),
                QStringLiteral("2 00"), QStringLiteral("--name"), QStringLiteral("Spaced")},
               QStringLiteral("not a code"));
        r = cli({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray accounts = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Sales"));
        QCOMPARE(accounts.first().toObject().value(QStringLiteral("origin")).toString(),
                 QStringLiteral("local"));
    }

    // Sales lines take only the rates that apply to revenue: once the reference pull has said which of
    // Xero's rates do (CanApplyToRevenue), a purchase rate is refused by code and never picked for a bare
    // percentage; the user's own rates always count as sales rates.
    void salesLinesTakeRevenueRatesOnly()
    {
        QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Builder Ltd")})
                     .code,
                 0);
        {
            auto db = billhook::Database::open(m_db);
            QVERIFY(db);
            billhook::ReferenceStore ref(**db);
            const auto xero = [](const QString &code, const QString &name) {
                billhook::TaxRate r;
                r.code = code;
                r.name = name;
                r.rate = billhook::Percent::fromWhole(20);
                r.xeroTaxType = code;
                r.fromXero = true;
                return r;
            };
            // The purchase rate first: the lower id, which a lookup by percentage alone would take.
            QVERIFY(ref.saveTaxRate(xero(QStringLiteral("INPUT2"), QStringLiteral("20% (VAT on Expenses)")))
                        .ok());
            QVERIFY(
                ref.saveTaxRate(xero(QStringLiteral("OUTPUT2"), QStringLiteral("20% (VAT on Income)"))).ok());
            QVERIFY(billhook::SettingsStore(**db)
                        .setValue(QStringLiteral("xero.tenant-1.revenue_tax_types"),
                                  QStringLiteral("OUTPUT2=200000"))
                        .ok());
        }
        const Run refused =
            cli({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--line"), QStringLiteral("Bricks|1|100|INPUT2")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("INPUT2")) &&
                     refused.err.contains(QStringLiteral("does not apply to sales")) &&
                     refused.err.contains(QStringLiteral("OUTPUT2")),
                 qPrintable(refused.err));
        QCOMPARE(QJsonDocument::fromJson(
                     cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list")})
                         .out.toUtf8())
                     .array()
                     .size(),
                 0);
        const QJsonObject byRate =
            json({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                  QStringLiteral("1"), QStringLiteral("--line"), QStringLiteral("Labour|1|100|20%")});
        QCOMPARE(byRate.value(QStringLiteral("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("tax_code"))
                     .toString(),
                 QStringLiteral("OUTPUT2"));
        QCOMPARE(json({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                       QStringLiteral("1"), QStringLiteral("--line"), QStringLiteral("Labour|1|100|OUTPUT2")})
                     .value(QStringLiteral("total"))
                     .toString(),
                 QStringLiteral("120.00"));
        // The user's own rate of the same percentage comes first, and is a sales rate.
        QCOMPARE(cli({QStringLiteral("tax-rate"), QStringLiteral("add"), QStringLiteral("--code"),
                      QStringLiteral("VAT20"), QStringLiteral("--name"), QStringLiteral("Standard"),
                      QStringLiteral("--rate"), QStringLiteral("20")})
                     .code,
                 0);
        QCOMPARE(json({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"),
                       QStringLiteral("1"), QStringLiteral("--line"), QStringLiteral("Labour|1|100|20%")})
                     .value(QStringLiteral("lines"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("tax_code"))
                     .toString(),
                 QStringLiteral("VAT20"));
    }

    void settingsShowAndSet()
    {
        Run r =
            cli({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("business.name=Hartley Plumbing"),
                 QStringLiteral("business.address=1 Mill Lane\\nHebden Bridge"),
                 QStringLiteral("invoice.numbering=HP-{YYYY}-{000}"), QStringLiteral("invoice.due_days=30"),
                 QStringLiteral("invoice.currency=eur"), QStringLiteral("invoice.tax_mode=inclusive"),
                 QStringLiteral("xero.client_id=ABCDEF0123456789ABCDEF0123456789")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject s = json({QStringLiteral("settings"), QStringLiteral("show")});
        QCOMPARE(s.value(QStringLiteral("business.name")).toString(), QStringLiteral("Hartley Plumbing"));
        QCOMPARE(s.value(QStringLiteral("business.address")).toString(),
                 QStringLiteral("1 Mill Lane\nHebden Bridge"));
        QCOMPARE(s.value(QStringLiteral("invoice.numbering")).toString(), QStringLiteral("HP-{YYYY}-{000}"));
        QCOMPARE(s.value(QStringLiteral("invoice.due_days")).toString(), QStringLiteral("30"));
        QCOMPARE(s.value(QStringLiteral("invoice.currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(s.value(QStringLiteral("invoice.tax_mode")).toString(), QStringLiteral("inclusive"));
        QCOMPARE(s.value(QStringLiteral("xero.client_id")).toString(),
                 QStringLiteral("ABCDEF0123456789ABCDEF0123456789"));
        QVERIFY(cli({QStringLiteral("settings"), QStringLiteral("show")})
                    .out.contains(QStringLiteral("business.address=1 Mill Lane\\nHebden Bridge\n")));

        // One bad value among good ones: nothing is saved, not even the good ones.
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.name=Other"),
                QStringLiteral("invoice.numbering=INV-")},
               QStringLiteral("{"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.name=Other"),
                QStringLiteral("invoice.currency=EURO")},
               QStringLiteral("currency"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.name=Other"),
                QStringLiteral("business.email=not-an-email")},
               QStringLiteral("mail"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("invoice.due_days=400")},
               QStringLiteral("365"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("invoice.due_days=soon")},
               QStringLiteral("number of days"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("invoice.tax_mode=gross")},
               QStringLiteral("exclusive, inclusive or none"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("colour=blue")},
               QStringLiteral("not a setting"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.name")},
               QStringLiteral("not a setting"));
        refuse(
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("xero.client_id=has space")},
            QStringLiteral("not a Xero client id"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("invoice.tax_rate=VAT20")},
               QStringLiteral("no tax rate VAT20"));

        // The logo: a PNG of at most 2 MB.
        const QString text = writeFile(QStringLiteral("logo.txt"), "not an image at all, just some text");
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.logo=") + text},
               QStringLiteral("not a PNG"));
        QByteArray big("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01", 24);
        big.append(QByteArray(2 * 1024 * 1024, '\0'));
        const QString large = writeFile(QStringLiteral("large.png"), big);
        refuse({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.logo=") + large},
               QStringLiteral("larger than 2 MB"));
        refuse({QStringLiteral("settings"), QStringLiteral("set"),
                QStringLiteral("business.logo=") + m_dir.filePath(QStringLiteral("missing.png"))},
               QStringLiteral("not a file"));
        // A real 1 × 1 PNG.
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        const QString logo = writeFile(QStringLiteral("logo.png"), png);
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.logo=") + logo})
                .code,
            0);
        QCOMPARE(
            json({QStringLiteral("settings"), QStringLiteral("show")}).value(QStringLiteral("business.logo")),
            QStringLiteral("PNG, %1 bytes").arg(png.size()));
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("business.logo=")}).code,
            0);
        QCOMPARE(
            json({QStringLiteral("settings"), QStringLiteral("show")}).value(QStringLiteral("business.logo")),
            QString());
    }

    void invoiceEdit()
    {
        QVERIFY(useInvoiceFixture());
        const QJsonObject before =
            json({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("1")});
        QCOMPARE(before.value(QStringLiteral("total")).toString(), QStringLiteral("122.25"));
        const int version = before.value(QStringLiteral("version")).toInt();

        QJsonObject inv =
            json({QStringLiteral("invoice"), QStringLiteral("edit"), QStringLiteral("1"),
                  QStringLiteral("--customer"), QStringLiteral("C-2"), QStringLiteral("--date"),
                  QStringLiteral("2026-11-01"), QStringLiteral("--due"), QStringLiteral("2026-11-30"),
                  QStringLiteral("--reference"), QStringLiteral("Job 9"), QStringLiteral("--line"),
                  QStringLiteral("Boiler service|2|45.50|20%"), QStringLiteral("--line"),
                  QStringLiteral("Valve|1|12|5%")});
        QCOMPARE(inv.value(QStringLiteral("id")).toInteger(), 1);
        QCOMPARE(inv.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(inv.value(QStringLiteral("number")).toString(), QStringLiteral("INV-0001"));
        QCOMPARE(inv.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Brook"));
        QCOMPARE(inv.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(inv.value(QStringLiteral("due_date")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(inv.value(QStringLiteral("reference")).toString(), QStringLiteral("Job 9"));
        const QJsonArray lines = inv.value(QStringLiteral("lines")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).toObject().value(QStringLiteral("description")).toString(),
                 QStringLiteral("Boiler service"));
        QCOMPARE(inv.value(QStringLiteral("subtotal")).toString(), QStringLiteral("103.00"));
        QCOMPARE(inv.value(QStringLiteral("total_tax")).toString(), QStringLiteral("18.80")); // 18.20 + 0.60
        QCOMPARE(inv.value(QStringLiteral("total")).toString(), QStringLiteral("121.80"));
        QCOMPARE(inv.value(QStringLiteral("version")).toInt(), version + 1);
        QCOMPARE(invoiceBytes(QStringLiteral("1")), QJsonDocument(inv).toJson(QJsonDocument::Indented));
        // The store's edit path: the change is queued for the Xero sync, at the edited version.
        QList<billhook::OutboxEntry> queued = invoiceOutbox(1);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().op, billhook::OutboxOp::Upsert);
        QCOMPARE(queued.first().localVersion, version + 1);

        // What is not given stays: the lines and totals too.
        inv = json({QStringLiteral("invoice"), QStringLiteral("edit"), QStringLiteral("1"),
                    QStringLiteral("--reference"), QStringLiteral("Job 10")});
        QCOMPARE(inv.value(QStringLiteral("reference")).toString(), QStringLiteral("Job 10"));
        QCOMPARE(inv.value(QStringLiteral("lines")).toArray(), lines);
        QCOMPARE(inv.value(QStringLiteral("total")).toString(), QStringLiteral("121.80"));
        QCOMPARE(inv.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Brook"));
        QCOMPARE(invoiceOutbox(1).first().localVersion, version + 2);

        // An approved invoice with nothing paid may still change (not its number), as in the editor; the text
        // form prints the invoice.
        const Run r = cli({QStringLiteral("invoice"), QStringLiteral("edit"), QStringLiteral("2"),
                           QStringLiteral("--due"), QStringLiteral("2026-10-31")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Invoice INV-0002 (id 2): Awaiting payment\n")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Due: 2026-10-31")));
    }

    // Refused edits: exit 1, one line on stderr that names the problem, and the invoice byte for byte as it
    // was (and every other one).
    void invoiceEditRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        const auto row = [](const char *name, const char *id, const QStringList &args, const char *words) {
            QTest::newRow(name) << QString::fromLatin1(id) << args << QString::fromUtf8(words);
        };
        const auto opt = [](const char *name, const char *value) {
            return QStringList{QString::fromLatin1(name), QString::fromUtf8(value)};
        };
        row("unknown invoice", "99", opt("--reference", "x"), "There is no invoice with id 99.");
        row("unknown customer", "1", opt("--customer", "nobody"), "no customer with id or contact number");
        row("archived customer", "1", opt("--customer", "C-3"), "Gone Ltd is archived");
        row("bad date", "1", opt("--date", "2026-02-30"), "is not a date");
        row("date not ISO", "1", opt("--date", "1/10/2026"), "is not a date");
        row("due before the date", "1", opt("--due", "2026-09-30"), "cannot be before the invoice date");
        row("date after the due date", "1", opt("--date", "2026-10-16"), "cannot be before the invoice date");
        row("line without tax", "1", opt("--line", "Pipe|1|5"), "must be DESCRIPTION|QTY|UNIT_PRICE|TAX");
        row("bad quantity", "1", opt("--line", "Pipe|lots|5|20%"), "quantity");
        row("bad price", "1", opt("--line", "Pipe|1|5.00001|20%"), "unit price");
        row("unknown tax rate", "1", opt("--line", "Pipe|1|5|VAT99"), "no tax rate with code \"VAT99\"");
        row("second line bad", "1", opt("--line", "Pipe|1|5|20%") + opt("--line", "Tap|1|x|20%"),
            "Line 2's unit price");
        row("number taken", "1", opt("--number", "INV-0002"), "INV-0002 is already used");
        row("approved: number", "2", opt("--number", "INV-0100"), "cannot change (it is INV-0002)");
        row("part paid", "3", opt("--reference", "x"), "has a payment recorded");
        row("paid", "4", opt("--line", "Pipe|1|5|20%"), "is paid");
        row("voided", "5", opt("--reference", "x"), "is voided");
        row("deleted", "6", opt("--reference", "x"), "was deleted");
        row("locked until Xero deletes a payment", "7", opt("--reference", "x"),
            "A payment removed from invoice INV-0007 is still to be deleted in Xero");
    }
    void invoiceEditRefused()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        QVERIFY(useInvoiceFixture());
        const QString shown = id == u"99" ? QStringLiteral("1") : id;
        const QByteArray invoice = invoiceBytes(shown);
        const QString all =
            cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list")}).out;
        const int queued = int(invoiceOutbox(shown.toLongLong()).size());
        QVERIFY(invoice.contains("\"total\""));

        const Run r = cli(QStringList{QStringLiteral("invoice"), QStringLiteral("edit"), id} + args);
        QVERIFY2(r.code == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(invoiceBytes(shown), invoice);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("list")}).out, all);
        QCOMPARE(int(invoiceOutbox(shown.toLongLong()).size()), queued);
    }

    void invoiceEditUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no id") << QStringList{QStringLiteral("--reference"), QStringLiteral("x")};
        QTest::newRow("id not a number") << QStringList{QStringLiteral("first")};
        QTest::newRow("two ids") << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("1"), QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("bad tax mode")
            << QStringList{QStringLiteral("1"), QStringLiteral("--tax-mode"), QStringLiteral("gross")};
    }
    void invoiceEditUsage()
    {
        QFETCH(QStringList, args);
        const Run r = cli(QStringList{QStringLiteral("invoice"), QStringLiteral("edit")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(m_db));
    }

    // The desktop's PDF, from the command line, on a machine without a display: 70 lines over 3 pages (as
    // the renderer's own test has it), the number in its field once and in each page's footer, the total
    // once.
    void invoicePdf()
    {
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("business.name=Ash & Sons Plumbing"),
                 QStringLiteral("business.address=4 Mill Lane\\nLeeds LS1 4AB"),
                 QStringLiteral("business.tax_number=GB123456789"), QStringLiteral("invoice.currency=GBP")})
                .code,
            0);
        QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Hollis Building Ltd")})
                     .code,
                 0);
        QStringList add{QStringLiteral("invoice"),     QStringLiteral("add"),
                        QStringLiteral("--customer"),  QStringLiteral("1"),
                        QStringLiteral("--date"),      QStringLiteral("2026-11-02"),
                        QStringLiteral("--due"),       QStringLiteral("2026-12-02"),
                        QStringLiteral("--reference"), QStringLiteral("Job 77")};
        for (int row = 0; row < 70; ++row)
            add << QStringLiteral("--line")
                << QStringLiteral("Item%1 copper fitting|%2|%3|20%")
                       .arg(row, 4, 10, QLatin1Char('0'))
                       .arg(1 + row % 4)
                       .arg(7 + row % 11 + row * 0.17, 0, 'f', 2);
        const QJsonObject inv = json(add);
        QCOMPARE(inv.value(QStringLiteral("lines")).toArray().size(), 70);
        QCOMPARE(json({QStringLiteral("invoice"), QStringLiteral("approve"), QStringLiteral("1")})
                     .value(QStringLiteral("status")),
                 QStringLiteral("approved"));

        QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            noDisplay.remove(QString::fromLatin1(name));
        noDisplay.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_GB.UTF-8"));
        const QString pdf = m_dir.filePath(QStringLiteral("INV-0001.pdf"));
        Run r = cli({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("1"),
                     QStringLiteral("--out"), pdf},
                    noDisplay);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, pdf + u'\n');
        QCOMPARE(billhook::test::pdfPages(pdf), 3);
        const QStringList pages = billhook::test::pdfPageTexts(pdf);
        QCOMPARE(pages.size(), 3);
        const QString all = pages.join(u'\n');
        static const QRegularExpression numberField(QStringLiteral("Invoice number\\s+INV-0001\\b"));
        QCOMPARE(all.count(numberField), 1);
        for (const QString &page : pages) // and in each page's footer
            QVERIFY2(page.contains(QStringLiteral("Invoice INV-0001")), qPrintable(page));
        const QString total = billhook::MoneyFormat::money(
            billhook::Money::parse(inv.value(QStringLiteral("total")).toString()).value(),
            QStringLiteral("GBP"), QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY2(total.startsWith(u'£'), qPrintable(total));
        QCOMPARE(billhook::test::occurrences(all, total), 1);
        QVERIFY(pages.last().contains(total));

        // --json says what was written; an existing file is replaced whole.
        const QJsonObject written = json({QStringLiteral("invoice"), QStringLiteral("pdf"),
                                          QStringLiteral("1"), QStringLiteral("--out"), pdf});
        QCOMPARE(written.value(QStringLiteral("number")).toString(), QStringLiteral("INV-0001"));
        QCOMPARE(written.value(QStringLiteral("file")).toString(), pdf);
        QCOMPARE(written.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(billhook::test::pdfPages(pdf), 3);
    }

    // Only invoice pdf makes a QGuiApplication: the other commands run where no platform plugin could start
    // (a QGuiApplication would abort here, with no display for xcb).
    void otherCommandsNeedNoDisplay()
    {
        QProcessEnvironment noDisplay = QProcessEnvironment::systemEnvironment();
        noDisplay.remove(QStringLiteral("DISPLAY"));
        noDisplay.remove(QStringLiteral("WAYLAND_DISPLAY"));
        noDisplay.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        QVERIFY(useInvoiceFixture());
        const Run r =
            cli({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("1")}, noDisplay);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Invoice INV-0001 (id 1)")));
    }

    // Refused: one line, exit 1 (2 for a usage error), and no file left behind.
    void invoicePdfRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("no --out") << QStringList{QStringLiteral("1")} << 2
                                  << QStringLiteral("needs --out FILE");
        QTest::newRow("empty --out") << QStringList{QStringLiteral("1"), QStringLiteral("--out=")} << 2
                                     << QStringLiteral("needs --out FILE");
        QTest::newRow("no id") << QStringList{QStringLiteral("--out"), QStringLiteral("OUT")} << 2
                               << QStringLiteral("needs one invoice id");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("99"), QStringLiteral("--out"),
                                                   QStringLiteral("OUT")}
                                    << 1 << QStringLiteral("There is no invoice with id 99.");
        QTest::newRow("no such folder")
            << QStringList{QStringLiteral("1"), QStringLiteral("--out"), QStringLiteral("DIR/missing/x.pdf")}
            << 1 << QStringLiteral("Could not write");
        QTest::newRow("a folder") << QStringList{QStringLiteral("1"), QStringLiteral("--out"),
                                                 QStringLiteral("DIR")}
                                  << 1 << QStringLiteral("Could not write");
    }
    void invoicePdfRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, words);
        QVERIFY(useInvoiceFixture());
        QTemporaryDir out;
        for (QString &a : args) {
            a.replace(QStringLiteral("OUT"), out.filePath(QStringLiteral("invoice.pdf")));
            a.replace(QStringLiteral("DIR"), out.path());
        }
        const Run r = cli(QStringList{QStringLiteral("invoice"), QStringLiteral("pdf")} + args);
        QVERIFY2(r.code == code, qPrintable(QStringLiteral("exit %1: %2").arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(words), qPrintable(r.err));
        if (code == 1)
            QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
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
