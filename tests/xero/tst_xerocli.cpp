// billhook-cli xero connect / status / disconnect as separate processes against fake-xero (in this
// process), the test playing the browser with the printed address. Nothing the processes print holds a
// token.
#include "../support/testdb.h"
#include "xerotestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace billhook;

class TestXeroCli : public QObject
{
    Q_OBJECT

    fakexero::FakeXero m_xero;
    QTemporaryDir m_dir;
    QByteArray m_allOutput;

    QString cli() const { return QStringLiteral(BILLHOOK_BIN_DIR "/billhook-cli"); }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("billhook.sqlite")); }

    void prepare(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLHOOK_XERO_ENDPOINT"), m_xero.baseUrl().toString());
        env.insert(QStringLiteral("BILLHOOK_XERO_CLIENT_ID"), QStringLiteral("billhook-demo"));
        p.setProcessEnvironment(env);
        p.setProgram(cli());
        p.setArguments(QStringList{QStringLiteral("--db"), dbPath()} + args);
    }

    // Runs to the end while this process's event loop keeps serving fake-xero.
    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        prepare(p, args);
        p.start();
        Run r;
        if (!p.waitForStarted(5000))
            return r;
        p.waitForFinished(0);
        for (int i = 0; i < 600 && p.state() != QProcess::NotRunning; ++i)
            QTest::qWait(50);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_allOutput += r.out + r.err;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_xero.start());
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(cli()));
    }

    void connectStatusStaysLinkedDisconnect()
    {
        const QString tenant = m_xero.seedDemo();

        // connect: one line with the address, then (after the browser) the organisation's name.
        QProcess connect;
        prepare(connect, {QStringLiteral("xero"), QStringLiteral("connect")});
        connect.start();
        QVERIFY(connect.waitForStarted(5000));
        const QByteArray prefix = "Open this address to authorise Billhook: ";
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += connect.readAllStandardOutput()).contains('\n'), 15000);
        const QByteArray firstLine = out.left(out.indexOf('\n'));
        QVERIFY2(firstLine.startsWith(prefix), firstLine.constData());
        const QUrl url = QUrl::fromEncoded(firstLine.mid(prefix.size()));
        QVERIFY(url.isValid());
        const test::Page page = test::authorizeInBrowser(url);
        QVERIFY(page.body.contains("You can close this tab"));
        QTRY_VERIFY_WITH_TIMEOUT(connect.state() == QProcess::NotRunning, 15000);
        out += connect.readAllStandardOutput();
        const QByteArray err = connect.readAllStandardError();
        m_allOutput += out + err;
        QCOMPARE(connect.exitCode(), 0);
        QCOMPARE(out.split('\n').value(1), QByteArray("Demo Company (UK)"));

        // status --json in a new process.
        const Run status = run({QStringLiteral("xero"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value(QStringLiteral("linked")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("linked"));
        QCOMPARE(s.value(QStringLiteral("organisation")).toString(), QStringLiteral("Demo Company (UK)"));
        QCOMPARE(s.value(QStringLiteral("tenantId")).toString(), tenant);
        QVERIFY(s.value(QStringLiteral("lastSync")).isNull());

        // A later process uses the stored link without a new login: the keychain's refresh token is
        // renewed and Xero confirms the organisation.
        const int authorizeBefore =
            m_xero.callCount(QString(), QStringLiteral("GET /identity/connect/authorize"));
        const Run check = run({QStringLiteral("xero"), QStringLiteral("status"), QStringLiteral("--check")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains("Xero confirms the link."));
        QCOMPARE(m_xero.callCount(QString(), QStringLiteral("POST /connect/token")), 2);
        QCOMPARE(m_xero.callCount(QString(), QStringLiteral("GET /identity/connect/authorize")),
                 authorizeBefore);

        // Text status.
        const Run text = run({QStringLiteral("xero"), QStringLiteral("status")});
        QVERIFY(text.out.contains("Connected to Demo Company (UK)"));
        QVERIFY(text.out.contains(tenant.toUtf8()));

        // Disconnected in Xero (not in Billhook): --check notices and says reconnect.
        QVERIFY(m_xero.revokeConnection(tenant));
        const Run noticed = run({QStringLiteral("xero"), QStringLiteral("status"), QStringLiteral("--check"),
                                 QStringLiteral("--json")});
        QCOMPARE(noticed.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(noticed.out).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("reconnect_needed"));

        // disconnect.
        const Run gone = run({QStringLiteral("xero"), QStringLiteral("disconnect")});
        QCOMPARE(gone.exitCode, 0);
        const Run after = run({QStringLiteral("xero"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(after.out).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("not_connected"));
    }

    void severalOrganisationsNeedTenant()
    {
        m_xero.reset();
        m_xero.registerClient(fakexero::FakeXero::defaultClientId(),
                              fakexero::FakeXero::defaultRedirectUris());
        QTemporaryDir dir;
        const QString first = m_xero.addOrganisation(QStringLiteral("First Ltd")).id;
        const QString second = m_xero.addOrganisation(QStringLiteral("Second Ltd")).id;
        QFile::remove(dbPath());

        QProcess connect;
        prepare(connect, {QStringLiteral("xero"), QStringLiteral("connect")});
        connect.start();
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += connect.readAllStandardOutput()).contains('\n'), 15000);
        test::authorizeInBrowser(QUrl::fromEncoded(out.mid(out.indexOf("http")).trimmed()));
        QTRY_VERIFY_WITH_TIMEOUT(connect.state() == QProcess::NotRunning, 15000);
        const QByteArray err = connect.readAllStandardError();
        m_allOutput += out + err;
        QCOMPARE(connect.exitCode(), 2);
        QVERIFY(err.contains(first.toUtf8()) && err.contains(second.toUtf8()));
        QVERIFY(err.contains("--tenant"));

        // With --tenant.
        QProcess chosen;
        prepare(chosen,
                {QStringLiteral("xero"), QStringLiteral("connect"), QStringLiteral("--tenant"), second});
        chosen.start();
        out.clear();
        QTRY_VERIFY_WITH_TIMEOUT((out += chosen.readAllStandardOutput()).contains('\n'), 15000);
        test::authorizeInBrowser(QUrl::fromEncoded(out.mid(out.indexOf("http")).trimmed()));
        QTRY_VERIFY_WITH_TIMEOUT(chosen.state() == QProcess::NotRunning, 15000);
        out += chosen.readAllStandardOutput();
        m_allOutput += out + chosen.readAllStandardError();
        QCOMPARE(chosen.exitCode(), 0);
        QVERIFY(out.contains("Second Ltd"));
    }

    void noClientIdIsAClearError()
    {
        QProcess p;
        prepare(p, {QStringLiteral("xero"), QStringLiteral("connect")});
        QProcessEnvironment env = p.processEnvironment();
        env.insert(QStringLiteral("BILLHOOK_XERO_CLIENT_ID"), QString());
        p.setProcessEnvironment(env);
        p.start();
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("No Xero client id is configured"));
    }

    void outputHoldsNoToken()
    {
        // Every line the processes printed: no JWT-shaped access token and no 64-hex refresh token.
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY(!QRegularExpression(QStringLiteral("eyJ[A-Za-z0-9_-]{10,}\\."))
                     .match(QString::fromUtf8(m_allOutput))
                     .hasMatch());
        QVERIFY(!QRegularExpression(QStringLiteral("\\b[0-9a-f]{64}\\b"))
                     .match(QString::fromUtf8(m_allOutput))
                     .hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestXeroCli)
#include "tst_xerocli.moc"
