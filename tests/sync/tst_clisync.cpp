// billhook-cli sync end to end: the fake-xero program (--demo), billhook-cli xero connect through the
// "browser" (this test following the printed address), then customers and invoices made with the CLI,
// synced, checked in Xero through its API, a conflict listed and resolved. The real keychain (KEYRING).
#include "../xero/xerotestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace billhook;

class TestCliSync : public QObject
{
    Q_OBJECT

    QProcess m_fake;
    QUrl m_base;
    QTemporaryDir m_dir;
    QString m_tenant;
    QString m_apiToken;
    QNetworkAccessManager m_nam;

    QString dbPath() const { return m_dir.filePath(QStringLiteral("billhook.sqlite")); }

    void prepare(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLHOOK_XERO_ENDPOINT"), m_base.toString());
        env.insert(QStringLiteral("BILLHOOK_XERO_CLIENT_ID"), QStringLiteral("billhook-demo"));
        p.setProcessEnvironment(env);
        p.setProgram(QStringLiteral(BILLHOOK_BIN_DIR "/billhook-cli"));
        p.setArguments(QStringList{QStringLiteral("--db"), dbPath()} + args);
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run cli(const QStringList &args)
    {
        QProcess p;
        prepare(p, args);
        p.start();
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    // `sync issues --json`: the open problems.
    QJsonArray openIssues()
    {
        return cli({QStringLiteral("sync"), QStringLiteral("issues"), QStringLiteral("--json")})
            .json()
            .array();
    }

    // One request to the fake-xero program: its admin API, or the Accounting API with a token of its own.
    QJsonObject http(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                     int *status = nullptr)
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Accept", "application/json");
        if (path.startsWith(QStringLiteral("/api.xro/"))) {
            request.setRawHeader("Authorization", "Bearer " + m_apiToken.toUtf8());
            request.setRawHeader("xero-tenant-id", m_tenant.toUtf8());
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QJsonObject xeroContact(const QString &contactNumber)
    {
        int status = 0;
        const QJsonObject a =
            http("GET", QStringLiteral("/api.xro/2.0/Contacts/") + contactNumber, {}, &status);
        return status == 200 ? a.value(QStringLiteral("Contacts")).toArray().first().toObject()
                             : QJsonObject();
    }
    QJsonObject xeroInvoice(const QString &number)
    {
        int status = 0;
        const QJsonObject a = http("GET", QStringLiteral("/api.xro/2.0/Invoices/") + number, {}, &status);
        return status == 200 ? a.value(QStringLiteral("Invoices")).toArray().first().toObject()
                             : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fake.setProgram(QStringLiteral(BILLHOOK_BIN_DIR "/fake-xero"));
        m_fake.setArguments({QStringLiteral("--demo"), QStringLiteral("--port"), QStringLiteral("0")});
        m_fake.start();
        QVERIFY(m_fake.waitForStarted(5000));
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += m_fake.readAllStandardOutput()).contains('\n'), 10000);
        const auto match = QRegularExpression(QStringLiteral("fake-xero listening on (\\S+)"))
                               .match(QString::fromUtf8(line));
        QVERIFY2(match.hasMatch(), line.constData());
        m_base = QUrl(match.captured(1));
        const QJsonArray tenants =
            http("GET", QStringLiteral("/_admin/tenants")).value(QStringLiteral("tenants")).toArray();
        QCOMPARE(tenants.size(), 1);
        m_tenant = tenants.first().toObject().value(QStringLiteral("tenantId")).toString();
        m_apiToken = http("POST", QStringLiteral("/_admin/tokens"),
                          {{QStringLiteral("tenants"), QJsonArray{m_tenant}}})
                         .value(QStringLiteral("access_token"))
                         .toString();
        QVERIFY(!m_apiToken.isEmpty());
    }

    void cleanupTestCase()
    {
        m_fake.kill();
        m_fake.waitForFinished(5000);
    }

    void notConnectedFails()
    {
        const Run r = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject s = r.json().object();
        QCOMPARE(s.value(QStringLiteral("result")).toString(), QStringLiteral("failed"));
        QVERIFY(s.value(QStringLiteral("message")).toString().contains(QStringLiteral("not connected")));
    }

    void connectAddSyncConflictResolve()
    {
        // Connect: the printed address, followed as a browser would.
        QProcess connect;
        prepare(connect, {QStringLiteral("xero"), QStringLiteral("connect")});
        connect.start();
        QVERIFY(connect.waitForStarted(5000));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += connect.readAllStandardOutput()).contains('\n'), 15000);
        const QUrl authorize = QUrl::fromEncoded(out.mid(out.indexOf("http")).trimmed());
        QVERIFY(authorize.isValid());
        QVERIFY(test::authorizeInBrowser(authorize).body.contains("You can close this tab"));
        QVERIFY(connect.waitForFinished(15000));
        QCOMPARE(connect.exitCode(), 0);

        // Without a bank account for payments the sync refuses to start, and says what to do.
        const Run unset = cli({QStringLiteral("sync")});
        QCOMPARE(unset.exitCode, 1);
        QVERIFY2(unset.err.contains("bank account"), unset.err.constData());
        // A bare "sync options" lists the options all the same, and says what stands in the way.
        const Run listed = cli({QStringLiteral("sync"), QStringLiteral("options")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains("sync.payments=1\n"), listed.out.constData());
        QVERIFY2(listed.out.contains("sync.bank_account_code=\n"), listed.out.constData());
        QVERIFY2(listed.err.contains("bank account"), listed.err.constData());
        const Run listedJson =
            cli({QStringLiteral("sync"), QStringLiteral("options"), QStringLiteral("--json")});
        QVERIFY2(listedJson.exitCode == 0, listedJson.err.constData());
        QCOMPARE(listedJson.json().object().value(QStringLiteral("sync.payments")).toBool(), true);
        QCOMPARE(listedJson.json()
                     .object()
                     .value(QStringLiteral("problems"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
                 QStringLiteral("sync.bank_account_code"));
        // Not synced yet.
        const Run neverSynced = cli({QStringLiteral("xero"), QStringLiteral("status")});
        QVERIFY2(neverSynced.out.contains("Last sync: never"), neverSynced.out.constData());
        const Run badOption =
            cli({QStringLiteral("sync"), QStringLiteral("options"),
                 QStringLiteral("sync.bank_account_code=090"), QStringLiteral("sync.payments=maybe")});
        QCOMPARE(badOption.exitCode, 1);
        const Run stillUnset =
            cli({QStringLiteral("sync"), QStringLiteral("options"), QStringLiteral("--json")});
        QCOMPARE(stillUnset.json().object().value(QStringLiteral("sync.bank_account_code")).toString(),
                 QString());
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("options"),
                      QStringLiteral("sync.bank_account_code=090")})
                     .exitCode,
                 0);

        // Another process (this test) holds the database's sync lock: the CLI's sync is refused, and runs
        // once the lock is gone.
        {
            QLockFile held(dbPath() + QStringLiteral(".sync.lock"));
            QVERIFY(held.tryLock(0));
            const Run refused = cli({QStringLiteral("sync")});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(
                         "A sync is already running (in another Billhook window or billhook-cli)"),
                     refused.err.constData());
        }

        // A customer and an approved invoice, made with the CLI.
        const Run customer = cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                  QStringLiteral("Cli Sync Ltd"), QStringLiteral("--email"),
                                  QStringLiteral("accounts@clisync.test"), QStringLiteral("--number"),
                                  QStringLiteral("CLI-001")});
        QCOMPARE(customer.exitCode, 0);
        const QString customerId = QString::fromUtf8(customer.out.trimmed());
        const Run invoice =
            cli({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"), customerId,
                 QStringLiteral("--number"), QStringLiteral("CLI-INV-1"), QStringLiteral("--currency"),
                 QStringLiteral("GBP"), QStringLiteral("--line"), QStringLiteral("Labour|2|45.50|20%")});
        QVERIFY2(invoice.exitCode == 0, invoice.err.constData());
        const QString invoiceId = QString::fromUtf8(invoice.out.trimmed());
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("approve"), invoiceId}).exitCode, 0);

        // A dry run reads Xero and changes nothing.
        const Run dry = cli({QStringLiteral("sync"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, QByteArray(dry.out + dry.err).constData());
        QVERIFY(dry.json().object().value(QStringLiteral("dry_run")).toBool());
        const QStringList planned =
            dry.json().object().value(QStringLiteral("planned")).toVariant().toStringList();
        QVERIFY(planned.contains(QStringLiteral("Would send customer Cli Sync Ltd to Xero")));
        QVERIFY(planned.contains(QStringLiteral("Would send invoice CLI-INV-1 to Xero")));
        QVERIFY(xeroContact(QStringLiteral("CLI-001")).isEmpty());
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("log"), QStringLiteral("--json")})
                     .json()
                     .array()
                     .size(),
                 0);

        // The sync: both records reach Xero, the demo company's come down.
        const Run first = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(first.exitCode == 0, QByteArray(first.out + first.err).constData());
        const QJsonObject s = first.json().object();
        QCOMPARE(s.value(QStringLiteral("result")).toString(), QStringLiteral("clean"));
        QCOMPARE(s.value(QStringLiteral("pushed")).toInt(), 2);
        QVERIFY(s.value(QStringLiteral("pulled")).toInt() >= 50); // the demo company's contacts
        QVERIFY(s.value(QStringLiteral("calls")).toInt() > 0);
        QVERIFY(s.value(QStringLiteral("issues")).toArray().isEmpty());
        // xero status shows that sync: when, and what came of it.
        const Run status = cli({QStringLiteral("xero"), QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(!status.out.contains("never") && status.out.contains("Last sync: ") &&
                     status.out.contains("in sync"),
                 status.out.constData());
        const QJsonObject statusJson =
            cli({QStringLiteral("xero"), QStringLiteral("status"), QStringLiteral("--json")}).json().object();
        QVERIFY(!statusJson.value(QStringLiteral("lastSync")).toString().isEmpty());
        QCOMPARE(statusJson.value(QStringLiteral("lastSyncResult")).toString(), QStringLiteral("clean"));
        const QJsonObject contact = xeroContact(QStringLiteral("CLI-001"));
        QCOMPARE(contact.value(QStringLiteral("Name")).toString(), QStringLiteral("Cli Sync Ltd"));
        QCOMPARE(contact.value(QStringLiteral("EmailAddress")).toString(),
                 QStringLiteral("accounts@clisync.test"));
        const QJsonObject inXero = xeroInvoice(QStringLiteral("CLI-INV-1"));
        QCOMPARE(inXero.value(QStringLiteral("Status")).toString(), QStringLiteral("AUTHORISED"));
        QCOMPARE(inXero.value(QStringLiteral("Total")).toDouble(), 109.2);
        QCOMPARE(
            inXero.value(QStringLiteral("Contact")).toObject().value(QStringLiteral("ContactID")).toString(),
            contact.value(QStringLiteral("ContactID")).toString());

        // Again: nothing to send.
        const Run again = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().object().value(QStringLiteral("pushed")).toInt(), 0);
        const Run text = cli({QStringLiteral("sync")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Sync clean: pulled ") && text.out.contains(", sent 0,"),
                 text.out.constData());
        const QJsonArray log =
            cli({QStringLiteral("sync"), QStringLiteral("log"), QStringLiteral("--json")}).json().array();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.first().toObject().value(QStringLiteral("result")).toString(), QStringLiteral("clean"));

        // The same field changed on both sides: a conflict.
        QCOMPARE(cli({QStringLiteral("customer"), QStringLiteral("edit"), customerId,
                      QStringLiteral("--name"), QStringLiteral("Cli Sync Limited")})
                     .exitCode,
                 0);
        http("POST", QStringLiteral("/_admin/clock/advance"), {{QStringLiteral("seconds"), 5}});
        const QJsonObject edited =
            http("POST", QStringLiteral("/_admin/tenants/") + m_tenant + QStringLiteral("/Contacts"),
                 {{QStringLiteral("Contacts"),
                   QJsonArray{
                       QJsonObject{{QStringLiteral("ContactID"), contact.value(QStringLiteral("ContactID"))},
                                   {QStringLiteral("Name"), QStringLiteral("Cli Sync Holdings")}}}}});
        QVERIFY2(edited.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ok"))
                     .toBool(),
                 QJsonDocument(edited).toJson().constData());
        const Run conflicted = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(conflicted.exitCode, 3);
        QCOMPARE(conflicted.json().object().value(QStringLiteral("result")).toString(),
                 QStringLiteral("issues"));
        QCOMPARE(conflicted.json().object().value(QStringLiteral("conflicts")).toInt(), 1);

        const Run issues = cli({QStringLiteral("sync"), QStringLiteral("issues"), QStringLiteral("--json")});
        QCOMPARE(issues.exitCode, 0);
        const QJsonArray list = issues.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject issue = list.first().toObject();
        QCOMPARE(issue.value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
        const QJsonObject record = issue.value(QStringLiteral("record")).toObject();
        QCOMPARE(record.value(QStringLiteral("entity")).toString(), QStringLiteral("customer"));
        QCOMPARE(record.value(QStringLiteral("contact_number")).toString(), QStringLiteral("CLI-001"));
        QVERIFY(!issue.value(QStringLiteral("explanation")).toString().isEmpty());
        const QString issueId = QString::number(issue.value(QStringLiteral("id")).toInteger());

        // Bad ids and bad choices change nothing.
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("999"),
                      QStringLiteral("--keep"), QStringLiteral("xero")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("resolve"), issueId, QStringLiteral("--keep"),
                      QStringLiteral("theirs")})
                     .exitCode,
                 2);
        QCOMPARE(openIssues().size(), 1);

        const Run resolved = cli({QStringLiteral("sync"), QStringLiteral("resolve"), issueId,
                                  QStringLiteral("--keep"), QStringLiteral("xero")});
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        QVERIFY(openIssues().isEmpty());
        const Run shown =
            cli({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("show"), customerId});
        QCOMPARE(shown.json().object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Cli Sync Holdings"));

        const Run settled = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(settled.exitCode == 0, QByteArray(settled.out + settled.err).constData());
        QCOMPARE(xeroContact(QStringLiteral("CLI-001")).value(QStringLiteral("Name")).toString(),
                 QStringLiteral("Cli Sync Holdings"));

        // A Xero contact that may be a customer typed here (the same email address, another name): a
        // problem, nothing copied either way; settled with --different, after bad choices change nothing.
        int created = 0;
        http("POST", QStringLiteral("/api.xro/2.0/Contacts"),
             QJsonObject{{QStringLiteral("Contacts"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("Name"), QStringLiteral("Harbour Cafe Ltd")},
                              {QStringLiteral("ContactNumber"), QStringLiteral("HX-1")},
                              {QStringLiteral("EmailAddress"), QStringLiteral("cafe@clisync.test")}}}}},
             &created);
        QCOMPARE(created, 200);
        const Run cafe = cli({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Harbour Kitchen"), QStringLiteral("--email"),
                              QStringLiteral("cafe@clisync.test")});
        QCOMPARE(cafe.exitCode, 0);
        const Run held = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(held.exitCode, 3);
        const QJsonArray open = openIssues();
        QCOMPARE(open.size(), 1);
        QVERIFY2(open.first()
                     .toObject()
                     .value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QStringLiteral("may be your customer Harbour Kitchen")),
                 qPrintable(open.first().toObject().value(QStringLiteral("explanation")).toString()));
        const QString decision =
            QString::number(open.first().toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(
            cli({QStringLiteral("sync"), QStringLiteral("resolve"), decision, QStringLiteral("--renumber")})
                .exitCode,
            2); // a customer has no number to change
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("resolve"), decision, QStringLiteral("--link"),
                      QStringLiteral("--different")})
                     .exitCode,
                 2);
        QCOMPARE(openIssues().size(), 1);
        const Run apart =
            cli({QStringLiteral("sync"), QStringLiteral("resolve"), decision, QStringLiteral("--different")});
        QVERIFY2(apart.exitCode == 0, apart.err.constData());
        QVERIFY2(apart.out.contains("kept apart"), apart.out.constData());
        const Run after = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(after.exitCode == 0, QByteArray(after.out + after.err).constData());
        // Each is now on both sides, as its own record.
        QCOMPARE(xeroContact(QStringLiteral("HX-1")).value(QStringLiteral("Name")).toString(),
                 QStringLiteral("Harbour Cafe Ltd"));
        const Run both = cli({QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("list")});
        QVERIFY2(both.out.contains("Harbour Cafe Ltd") && both.out.contains("Harbour Kitchen"),
                 both.out.constData());

        // Xero refuses an invoice (its contact was archived there): not sent again unchanged, until
        // "sync resolve ID --try-again", which only a refusal accepts.
        const Run second =
            cli({QStringLiteral("invoice"), QStringLiteral("add"), QStringLiteral("--customer"), customerId,
                 QStringLiteral("--currency"), QStringLiteral("GBP"), QStringLiteral("--line"),
                 QStringLiteral("Callout|1|60|20%")});
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(cli({QStringLiteral("invoice"), QStringLiteral("approve"),
                      QString::fromUtf8(second.out.trimmed())})
                     .exitCode,
                 0);
        http("POST", QStringLiteral("/_admin/clock/advance"), {{QStringLiteral("seconds"), 5}});
        http("POST", QStringLiteral("/_admin/tenants/") + m_tenant + QStringLiteral("/contacts/") +
                         contact.value(QStringLiteral("ContactID")).toString() + QStringLiteral("/archive"));
        const Run refused = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(refused.json().object().value(QStringLiteral("failed")).toInt(), 1);
        const QJsonArray refusals = openIssues();
        QCOMPARE(refusals.size(), 1);
        const QString refusal =
            QString::number(refusals.first().toObject().value(QStringLiteral("id")).toInteger());
        const Run unchanged = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(unchanged.exitCode, 3);
        QCOMPARE(unchanged.json().object().value(QStringLiteral("failed")).toInt(), 0); // not sent again
        QCOMPARE(openIssues().size(), 1);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("999"),
                      QStringLiteral("--try-again")})
                     .exitCode,
                 2);
        const Run retry =
            cli({QStringLiteral("sync"), QStringLiteral("resolve"), refusal, QStringLiteral("--try-again")});
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
        QVERIFY2(retry.out.contains("sent to Xero again"), retry.out.constData());
        QCOMPARE(
            cli({QStringLiteral("sync"), QStringLiteral("resolve"), refusal, QStringLiteral("--try-again")})
                .exitCode,
            2); // nothing is waiting any more: it goes with the next sync
        const Run retried = cli({QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(retried.exitCode, 3);
        QCOMPARE(retried.json().object().value(QStringLiteral("failed")).toInt(), 1); // sent, refused again
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
