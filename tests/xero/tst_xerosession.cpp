// XeroSession: the access token for the sync, against fake-xero and the real (test-private) keychain.
// Refresh once for many callers, expiry in the middle of work (through the real XeroClient), a lost answer
// retried with the old token, revoked access, another process's rotation, the lock file, a worker thread,
// and values split over several keychain entries.
#include "../support/testdb.h"
#include "storage/xeroconnectionstore.h"
#include "sync/xeroadapters.h"
#include "sync/xerostack.h"
#include "sync/xerotokenvault.h"
#include "xero/credentialstore.h"
#include "xero/rategate.h"
#include "xero/timerwaiter.h"
#include "xero/xeroclient.h"
#include "xero/xerosession.h"
#include "xerotestsupport.h"

#include <QLockFile>
#include <QSignalSpy>
#include <QThread>

using namespace billhook;
using namespace std::chrono_literals;

class TestXeroSession : public QObject
{
    Q_OBJECT

    struct Rig
    {
        fakexero::FakeXero xero;
        std::unique_ptr<test::XeroEnvironment> env;
        test::TempDatabase db;
        KeychainCredentialStore keychain;
        QString tenant;
        QString firstRefreshToken;

        Rig()
        {
            if (!xero.start())
                qFatal("fake-xero did not start");
            env = std::make_unique<test::XeroEnvironment>(xero);
            tenant = xero.seedDemo();
            // As after a finished connect (tst_xeroconnect covers the browser): tokens, keychain, link.
            const fakexero::TokenSet tokens = xero.issueTokens();
            firstRefreshToken = tokens.refreshToken;
            XeroTokenVault vault(*db, keychain);
            if (!test::await(vault.storeRefreshToken(tenant, tokens.refreshToken)).ok())
                qFatal("keychain write failed");
            XeroConnectionRecord link;
            link.tenantId = tenant;
            link.tenantName = QStringLiteral("Demo Company (UK)");
            link.connectionId = xero.connections().value(0).id;
            if (!XeroConnectionStore(*db).saveLink(link).ok())
                qFatal("link not saved");
        }
        std::unique_ptr<XeroSession> session(Clock &clock = Clock::system(),
                                             XeroSession::Options options = fast())
        {
            return XeroStack::sessionFor(*db, keychain, tenant, config(), options, clock);
        }
        XeroConfig config() const
        {
            return XeroConfig{XeroEndpoints(xero.baseUrl()), fakexero::FakeXero::defaultClientId()};
        }
        static XeroSession::Options fast()
        {
            XeroSession::Options o;
            o.retryDelay = 10ms;
            return o;
        }
        QString stored()
        {
            XeroTokenVault vault(*db, keychain);
            return test::await(vault.refreshToken(tenant)).value();
        }
        int tokenCalls() { return xero.callCount(QString(), QStringLiteral("POST /connect/token")); }
        int organisationStatus(const QString &accessToken)
        {
            QNetworkRequest r(xero.accountingUrl(QStringLiteral("Organisation")));
            r.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
            r.setRawHeader("xero-tenant-id", tenant.toLatin1());
            r.setRawHeader("Accept", "application/json");
            QNetworkAccessManager nam;
            QNetworkReply *reply = nam.get(r);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
            return status;
        }
    };

private Q_SLOTS:
    void refreshesOnceAndKeepsTheTokenInMemory()
    {
        Rig rig;
        auto session = rig.session();
        QCOMPARE(session->tenantId(), rig.tenant);
        const auto token = test::await(session->accessToken());
        QVERIFY2(token.ok(), qPrintable(token.error().message));
        QCOMPARE(rig.organisationStatus(*token), 200);
        QCOMPARE(rig.tokenCalls(), 1);
        // Rotated: the keychain holds the new refresh token, not the one used.
        QVERIFY(!rig.stored().isEmpty());
        QVERIFY(rig.stored() != rig.firstRefreshToken);
        // Cached while valid.
        QCOMPARE(test::await(session->accessToken()).value(), *token);
        QCOMPARE(rig.tokenCalls(), 1);
    }

    void singleFlightInProcess()
    {
        Rig rig;
        auto session = rig.session();
        QStringList tokens;
        int done = 0;
        for (int i = 0; i < 4; ++i)
            QCoro::connect(session->accessToken(), this, [&](const Result<QString> &t) {
                tokens.append(t.ok() ? *t : QString());
                ++done;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 10000);
        QCOMPARE(rig.tokenCalls(), 1);
        QVERIFY(!tokens.first().isEmpty());
        QCOMPARE(tokens.count(tokens.first()), 4);
    }

    void accessTokenExpiresMidWork()
    {
        // Through the real API client: the token expires between two calls (fake-xero's clock moves on),
        // the client gets 401 TokenExpired, asks refreshAfterRejection once, and the call succeeds.
        Rig rig;
        ManualClock clock;
        auto session = rig.session(clock);
        QNetworkAccessManager nam;
        StoredApiUsage usage(*rig.db);
        RateGate gate(usage, rig.tenant);
        TimerWaiter waiter;
        XeroClient client(nam, *session, XeroEndpoints(rig.xero.baseUrl()), gate, waiter);
        XeroRequest request;
        request.path = QStringLiteral("Contacts");
        request.query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        QVERIFY(test::await(client.send(request)).ok());
        QCOMPARE(rig.tokenCalls(), 1);

        rig.xero.advance(31 * 60); // Xero's view: expired; Billhook's clock has not moved
        request.query = QUrlQuery{{QStringLiteral("page"), QStringLiteral("2")}};
        const XeroResponse second = test::await(client.send(request));
        QVERIFY2(second.ok(), second.rawBody.constData());
        QCOMPARE(rig.tokenCalls(), 2);

        // A stale rejection (the token was already replaced) costs no refresh.
        const QString current = test::await(session->accessToken()).value();
        QCOMPARE(test::await(session->refreshAfterRejection(QStringLiteral("an-older-token"))).value(),
                 current);
        QCOMPARE(rig.tokenCalls(), 2);

        // Billhook's own clock: within a minute of expiry the token is renewed before use.
        clock.advance(30 * 60);
        QVERIFY(test::await(session->accessToken()).value() != current);
        QCOMPARE(rig.tokenCalls(), 3);
    }

    void lostRefreshAnswerIsRetriedWithTheOldToken()
    {
        Rig rig;
        auto session = rig.session();
        // The token endpoint rotates the token, then the connection drops: the answer is lost. (times = 2:
        // QNetworkAccessManager silently re-sends once on a dropped keep-alive connection.)
        fakexero::FaultRule drop;
        drop.kind = fakexero::FaultRule::Kind::DropAfterCommit;
        drop.method = "POST";
        drop.pathPattern = QStringLiteral("^/connect/token$");
        drop.times = 2;
        rig.xero.addFault(drop);
        const auto token = test::await(session->accessToken());
        QVERIFY2(token.ok(), qPrintable(token.error().message));
        QCOMPARE(rig.organisationStatus(*token), 200);
        QCOMPARE(rig.tokenCalls(), 3);
        const QString newest = rig.stored();
        QVERIFY(newest != rig.firstRefreshToken);

        // Long after the grace window, the stored token is the newest one and still works.
        rig.xero.advance(45 * 60);
        const auto later = test::await(session->refreshAfterRejection(*token));
        QVERIFY2(later.ok(), qPrintable(later.error().message));
        QCOMPARE(rig.organisationStatus(*later), 200);
    }

    void revokedAccessNeedsReconnect()
    {
        Rig rig;
        const Id customer = rig.db.addCustomer(QStringLiteral("Jo Bloggs"));
        const int outbox = rig.db.count(QStringLiteral("outbox"));
        auto session = rig.session();
        QSignalSpy reconnect(session.get(), &XeroSession::reconnectNeeded);
        rig.xero.identity().revokeAll(); // the user removed Billhook in Xero

        const auto token = test::await(session->accessToken());
        QVERIFY(!token.ok());
        QCOMPARE(token.error().code, Error::Code::Auth);
        QVERIFY(token.error().message.contains(QStringLiteral("reconnect")));
        QCOMPARE(reconnect.size(), 1);
        QCOMPARE(XeroConnectionStore(*rig.db).find(rig.tenant)->state, QStringLiteral("reconnect_needed"));
        QCOMPARE(rig.tokenCalls(), 1);

        // No retry loop: later calls fail at once without asking Xero.
        QVERIFY(!test::await(session->accessToken()).ok());
        QVERIFY(!test::await(session->refreshAfterRejection(QString())).ok());
        QCOMPARE(rig.tokenCalls(), 1);
        // Nothing local was touched.
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), outbox);
        QVERIFY(CustomerStore(*rig.db).get(customer).ok());
        QVERIFY(!rig.stored().isEmpty());
    }

    void anotherProcessRotatedTheToken()
    {
        // Two sessions on two connections to the same database file stand for the GUI and the CLI.
        Rig rig;
        auto gui = rig.session();
        const QString guiToken = test::await(gui->accessToken()).value();

        auto otherDb = Database::open(rig.db.path());
        QVERIFY(otherDb.ok());
        auto cli = XeroStack::sessionFor(**otherDb, rig.keychain, rig.tenant, rig.config(), Rig::fast());
        const QString beforeCli = rig.stored();
        QVERIFY(test::await(cli->accessToken()).ok());
        QVERIFY(rig.stored() != beforeCli); // the CLI rotated it

        // The GUI's refresh token from before is now rotated and, after the grace window, dead. The GUI
        // must take the CLI's token from the keychain rather than use the one it saw.
        rig.xero.advance(45 * 60);
        const auto renewed = test::await(gui->refreshAfterRejection(guiToken));
        QVERIFY2(renewed.ok(), qPrintable(renewed.error().message));
        QCOMPARE(rig.organisationStatus(*renewed), 200);
        QCOMPARE(XeroConnectionStore(*rig.db).find(rig.tenant)->state, QStringLiteral("linked"));
    }

    void refreshWaitsForAnotherProcessesLock()
    {
        Rig rig;
        auto session = rig.session();
        QLockFile other(
            QFileInfo(rig.db.path()).absoluteDir().filePath(QStringLiteral("xero-%1.lock").arg(rig.tenant)));
        QVERIFY(other.tryLock(0));
        bool finished = false;
        QCoro::connect(session->accessToken(), this, [&](const Result<QString> &t) { finished = t.ok(); });
        QTest::qWait(300);
        QVERIFY(!finished);
        QCOMPARE(rig.tokenCalls(), 0);
        other.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(rig.tokenCalls(), 1);
    }

    void worksInAWorkerThread()
    {
        Rig rig;
        const QString path = rig.db.path();
        const QUrl base = rig.xero.baseUrl();
        const QString tenant = rig.tenant;
        std::atomic<int> outcome{0}; // 1 ok, -1 failed
        QString token;
        QThread *worker = QThread::create([&] {
            auto db = Database::open(path);
            if (!db) {
                outcome = -1;
                return;
            }
            KeychainCredentialStore keychain;
            const auto session = XeroStack::sessionFor(
                **db, keychain, tenant,
                XeroConfig{XeroEndpoints(base), fakexero::FakeXero::defaultClientId()}, Rig::fast());
            const auto t = test::await(session->accessToken());
            token = t.ok() ? *t : QString();
            outcome = t.ok() ? 1 : -1;
        });
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome != 0, 15000); // the main thread runs fake-xero and the keychain jobs
        QVERIFY(worker->wait(5000));
        delete worker;
        QCOMPARE(outcome.load(), 1);
        QCOMPARE(rig.organisationStatus(token), 200);
    }

    void largeValuesAreSplitAcrossEntries()
    {
        KeychainCredentialStore keychain;
        QByteArray big;
        for (int i = 0; i < 5000; ++i)
            big.append(char('a' + i % 26));
        const QString key = QStringLiteral("test/large");
        QCOMPARE(CredentialStore::entryKeys(key, big.size()),
                 (QStringList{key, key + QStringLiteral("#1"), key + QStringLiteral("#2"),
                              key + QStringLiteral("#3")}));
        QVERIFY(test::await(keychain.write(key, big)).ok());
        QCOMPARE(test::await(keychain.read(key)).value().value(), big);
        // Each part is its own entry, no bigger than Windows allows.
        const auto part = test::await(keychain.read(key + QStringLiteral("#1"))).value();
        QVERIFY(part.has_value());
        QCOMPARE(part->size(), CredentialStore::MaxEntryBytes);
        QVERIFY(test::await(keychain.remove(key)).ok());
        QVERIFY(!test::await(keychain.read(key)).value().has_value());
        QVERIFY(!test::await(keychain.read(key + QStringLiteral("#3"))).value().has_value());
        // A small value is one entry.
        QVERIFY(test::await(keychain.write(key, QByteArray("short"))).ok());
        QCOMPARE(test::await(keychain.read(key)).value().value(), QByteArray("short"));
        QVERIFY(test::await(keychain.remove(key)).ok());
    }

    void notConnected()
    {
        test::TempDatabase db;
        auto stack = XeroStack::forLinkedOrganisation(*db);
        QVERIFY(!stack.ok());
        QCOMPARE(stack.error().code, Error::Code::Auth);
    }
};

QTEST_GUILESS_MAIN(TestXeroSession)
#include "tst_xerosession.moc"
