// No secret at rest outside the keychain: after a connect, API calls and refreshes, neither the access
// tokens nor the refresh tokens appear in the database (and its WAL), in any file under the test's private
// HOME and XDG folders (settings, caches, logs; the keyring's own encrypted files excepted), or in anything
// the test logged.
#include "../support/testdb.h"
#include "sync/xeroconnection.h"
#include "sync/xerostack.h"
#include "sync/xerotokenvault.h"
#include "xero/credentialstore.h"
#include "xerotestsupport.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>

using namespace billhook;

namespace {

QMutex logMutex;
QByteArray logged;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged += message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestXeroSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(capture);
        // Billhook's debug output too, if any, must be clean.
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    }

    void noTokenOutsideTheKeychain()
    {
        fakexero::FakeXero xero;
        QVERIFY(xero.start());
        test::XeroEnvironment env(xero);
        const QString tenant = xero.seedDemo();
        // The database where Billhook keeps it: the app data folder under the private XDG_DATA_HOME.
        QCoreApplication::setOrganizationName(QStringLiteral("Billhook"));
        QCoreApplication::setApplicationName(QStringLiteral("Billhook"));
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(dataDir));
        auto opened = Database::open(dataDir + QStringLiteral("/billhook.sqlite"));
        QVERIFY(opened.ok());
        Database &db = **opened;
        QSettings().setValue(QStringLiteral("window/geometry"), QByteArray("settings are written too"));
        QSettings().sync();
        KeychainCredentialStore keychain;
        QStringList secrets;

        XeroConnection connection(db, keychain);
        QSignalSpy urls(&connection, &XeroConnection::authorizationUrlReady);
        QSignalSpy connected(&connection, &XeroConnection::connected);
        connection.startConnect();
        QVERIFY(test::signalled(urls));
        test::authorizeInBrowser(urls.first().at(0).toUrl());
        QVERIFY(test::signalled(connected));
        XeroTokenVault vault(db, keychain);
        secrets << test::await(vault.refreshToken(tenant)).value();

        {
            // The stack the app builds for the linked organisation: its session, gate and client.
            XeroStackOverrides o;
            o.credentials = &keychain;
            auto stack = XeroStack::forLinkedOrganisation(db, std::move(o));
            QVERIFY(stack.ok());
            AccessTokenSource &session = (*stack)->tokens();
            XeroClient &client = (*stack)->client();
            for (const QString &path :
                 {QStringLiteral("Organisation"), QStringLiteral("Contacts"), QStringLiteral("TaxRates")}) {
                XeroRequest request;
                request.path = path;
                QVERIFY(test::await(client.send(request)).ok());
            }
            secrets << test::await(session.accessToken()).value();
            xero.advance(31 * 60); // expires mid-work: the client refreshes
            XeroRequest again;
            again.path = QStringLiteral("Accounts");
            QVERIFY(test::await(client.send(again)).ok());
            secrets << test::await(session.accessToken()).value();
            secrets << test::await(vault.refreshToken(tenant)).value();
        }
        QVERIFY(QCoro::waitFor(connection.checkWithXero()).ok());
        secrets.removeAll(QString());
        QCOMPARE(secrets.size(), 4);
        QCOMPARE(QSet<QString>(secrets.begin(), secrets.end()).size(), 4);
        qInfo("connected, synced and refreshed; searching for %lld tokens", qlonglong(secrets.size()));

        // Everything on disk under the private home, the XDG folders and the database's folder.
        QStringList roots{QDir::homePath(), dataDir, QFileInfo(db.path()).absolutePath()};
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            const QString dir = qEnvironmentVariable(var);
            QVERIFY2(!dir.isEmpty() && dir.startsWith(QDir::tempPath()),
                     var); // isolated-run.sh's private tree
            roots << dir;
        }
        int searched = 0;
        bool sawDatabase = false;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.contains(QStringLiteral("/keyrings/"))) // gnome-keyring's own (encrypted) files
                    continue;
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = f.readAll();
                ++searched;
                sawDatabase = sawDatabase || file.endsWith(QStringLiteral("billhook.sqlite"));
                for (const QString &secret : std::as_const(secrets))
                    QVERIFY2(!content.contains(secret.toUtf8()),
                             qPrintable(QStringLiteral("a token in ") + file));
            }
        }
        QVERIFY(sawDatabase);
        QVERIFY(searched >= 3);
        QMutexLocker lock(&logMutex);
        for (const QString &secret : std::as_const(secrets))
            QVERIFY(!logged.contains(secret.toUtf8()));
        QVERIFY(logged.contains("searching for 4 tokens")); // the capture works
    }
};

QTEST_GUILESS_MAIN(TestXeroSecrets)
#include "tst_xerosecrets.moc"
