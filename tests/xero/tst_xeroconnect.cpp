// Connecting to Xero against fake-xero, with the real (test-private) keychain: the browser round trip,
// PKCE, state, ports, timeout, choosing the organisation, a different organisation, disconnect/reconnect.
#include "../support/testdb.h"
#include "storage/syncstore.h"
#include "storage/xeroconnectionstore.h"
#include "sync/xeroconnection.h"
#include "sync/xerotokenvault.h"
#include "xero/credentialstore.h"
#include "xerotestsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>

using namespace billhook;
using namespace std::chrono_literals;

class TestXeroConnect : public QObject
{
    Q_OBJECT

    struct Rig
    {
        fakexero::FakeXero xero;
        std::unique_ptr<test::XeroEnvironment> env;
        test::TempDatabase db;
        KeychainCredentialStore keychain;
        std::unique_ptr<XeroConnection> connection;
        std::unique_ptr<QSignalSpy> urls, connected, failed, choose, different;

        explicit Rig(XeroAuth::Options options = {})
        {
            if (!xero.start())
                qFatal("fake-xero did not start");
            env = std::make_unique<test::XeroEnvironment>(xero);
            connection = std::make_unique<XeroConnection>(*db, keychain, options);
            urls = std::make_unique<QSignalSpy>(connection.get(), &XeroConnection::authorizationUrlReady);
            connected = std::make_unique<QSignalSpy>(connection.get(), &XeroConnection::connected);
            failed = std::make_unique<QSignalSpy>(connection.get(), &XeroConnection::failed);
            choose =
                std::make_unique<QSignalSpy>(connection.get(), &XeroConnection::organisationChoiceNeeded);
            different =
                std::make_unique<QSignalSpy>(connection.get(), &XeroConnection::differentOrganisation);
        }

        // Starts a connect and returns the authorisation address Billhook asks the browser to open.
        QUrl start(const QString &tenant = {}, bool allowSwitch = false)
        {
            urls->clear();
            connection->startConnect(tenant, allowSwitch);
            if (urls->isEmpty() && !urls->wait(10000))
                return {};
            return urls->takeFirst().at(0).toUrl();
        }
        QString storedRefreshToken(const QString &tenantId)
        {
            XeroTokenVault vault(*db, keychain);
            return test::await(vault.refreshToken(tenantId)).value();
        }
        int tokenCalls() { return xero.callCount(QString(), QStringLiteral("POST /connect/token")); }
        QString failure()
        {
            return failed->isEmpty() ? QString() : failed->last().at(0).value<Error>().message;
        }
    };

private Q_SLOTS:
    void fullConnect()
    {
        Rig rig;
        const QString tenant = rig.xero.seedDemo();
        const QUrl url = rig.start();
        QVERIFY(url.isValid());

        // The address: Xero's authorize endpoint, PKCE S256, our fixed loopback URI, a state, the scopes.
        const QUrlQuery q(url);
        QCOMPARE(url.path(), QStringLiteral("/identity/connect/authorize"));
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(q.queryItemValue(QStringLiteral("client_id")), QStringLiteral("billhook-demo"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://localhost:53682/callback"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 32);
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("offline_access accounting.contacts accounting.settings accounting.invoices "
                                "accounting.payments"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("code_verifier")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("client_secret")));

        const test::Page page = test::authorizeInBrowser(url);
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.contains("You can close this tab"), page.body.constData());

        QVERIFY(test::signalled(*rig.connected));
        QCOMPARE(rig.connected->first().at(0).toString(), QStringLiteral("Demo Company (UK)"));
        QCOMPARE(rig.tokenCalls(), 1); // the code exchange, which fake-xero only grants with the verifier
        const auto status = rig.connection->status();
        QCOMPARE(status.state, XeroConnection::LinkState::Linked);
        QCOMPARE(status.stateKey(), QStringLiteral("linked"));
        QCOMPARE(status.tenantId, tenant);
        QCOMPARE(status.tenantName, QStringLiteral("Demo Company (UK)"));
        QVERIFY(!status.connectionId.isEmpty());
        QVERIFY(!status.lastSyncAt.isValid());
        QVERIFY(!rig.storedRefreshToken(tenant).isEmpty());
        QCOMPARE(XeroConnectionStore(*rig.db).keychainKeys(tenant),
                 QStringList{XeroTokenVault(*rig.db, rig.keychain).refreshTokenKey(tenant)});

        // The listener is closed: the port is free again.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 53682));
    }

    void pkceCheckedByServer()
    {
        // A browser (or an attacker) that swaps the challenge: the code it gets is bound to the other
        // challenge, so Billhook's verifier does not match and fake-xero refuses the exchange.
        Rig rig;
        rig.xero.seedDemo();
        QUrl url = rig.start();
        url = test::withQueryItem(url, QStringLiteral("code_challenge"),
                                  QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        test::authorizeInBrowser(url);
        QVERIFY(test::signalled(*rig.failed));
        QVERIFY2(rig.failure().contains(QStringLiteral("invalid_grant")), qPrintable(rig.failure()));
        QCOMPARE(rig.tokenCalls(), 1);
        QCOMPARE(rig.connection->status().state, XeroConnection::LinkState::NotConnected);
        QVERIFY(rig.connected->isEmpty());
    }

    void wrongOrMissingStateIsRefused()
    {
        Rig rig;
        rig.xero.seedDemo();
        const QUrl url = rig.start();
        const test::Page consent = test::browse(url);
        QCOMPARE(consent.status, 302);
        const QUrl callback = consent.location;

        // Wrong state, then no state: the page says so, and nothing is exchanged.
        for (const QString &state : {QStringLiteral("forged"), QString()}) {
            const test::Page page =
                test::browse(test::withQueryItem(callback, QStringLiteral("state"), state));
            QCOMPARE(page.status, 200);
            QVERIFY2(page.body.contains("ignored"), page.body.constData());
        }
        QTest::qWait(200);
        QCOMPARE(rig.tokenCalls(), 0);
        QVERIFY(rig.connected->isEmpty());
        QVERIFY(rig.failed->isEmpty());

        // The genuine callback still completes the same attempt.
        const test::Page page = test::browse(callback);
        QVERIFY(page.body.contains("You can close this tab"));
        QVERIFY(test::signalled(*rig.connected));
        QCOMPARE(rig.tokenCalls(), 1);
    }

    void firstPortTakenUsesTheNextRegisteredOne()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 53682));
        Rig rig;
        rig.xero.seedDemo();
        const QUrl url = rig.start();
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://localhost:53683/callback"));
        test::authorizeInBrowser(url);
        QVERIFY(test::signalled(*rig.connected));
    }

    void allPortsTaken()
    {
        QTcpServer a, b, c;
        QVERIFY(a.listen(QHostAddress::LocalHost, 53682));
        QVERIFY(b.listen(QHostAddress::LocalHost, 53683));
        QVERIFY(c.listen(QHostAddress::LocalHost, 53684));
        Rig rig;
        rig.connection->startConnect();
        QVERIFY(test::signalled(*rig.failed));
        QVERIFY2(rig.failure().contains(QStringLiteral("53682, 53683, 53684")), qPrintable(rig.failure()));
        QVERIFY(rig.urls->isEmpty());
    }

    void timeoutClosesTheListener()
    {
        XeroAuth::Options options;
        options.timeout = 300ms;
        Rig rig(options);
        rig.xero.seedDemo();
        const QUrl url = rig.start();
        QVERIFY(url.isValid());
        QVERIFY(test::signalled(*rig.failed));
        QVERIFY2(rig.failure().contains(QStringLiteral("did not arrive")), qPrintable(rig.failure()));
        QCOMPARE(rig.connection->phase(), XeroConnection::Phase::Idle);
        QTest::qWait(50);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, 53682);
        QVERIFY(!socket.waitForConnected(1000));
        QCOMPARE(rig.tokenCalls(), 0);
    }

    void noClientIdOrUnreachableEndpoint()
    {
        {
            Rig rig;
            qputenv("BILLHOOK_XERO_CLIENT_ID", "");
            rig.connection->startConnect();
            QVERIFY(test::signalled(*rig.failed));
            QVERIFY2(rig.failure().contains(QStringLiteral("client id")), qPrintable(rig.failure()));
        }
        {
            Rig rig;
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const quint16 port = closed.serverPort();
            closed.close();
            qputenv("BILLHOOK_XERO_ENDPOINT", QByteArray("http://127.0.0.1:") + QByteArray::number(port));
            rig.connection->startConnect();
            QVERIFY(test::signalled(*rig.failed));
            QVERIFY2(rig.failure().contains(QStringLiteral("could not be reached")),
                     qPrintable(rig.failure()));
            QVERIFY(rig.urls->isEmpty());
        }
    }

    void declinedInXero()
    {
        Rig rig;
        rig.xero.seedDemo();
        rig.xero.setConsentPage(true);
        const QUrl url = rig.start();
        const test::Page form = test::browse(url);
        QCOMPARE(form.status, 200);
        const QString request = QRegularExpression(QStringLiteral("name=\"request\" value=\"([^\"]+)\""))
                                    .match(QString::fromUtf8(form.body))
                                    .captured(1);
        QUrl deny = rig.xero.baseUrl();
        deny.setPath(QStringLiteral("/identity/connect/consent"));
        deny.setQuery(QUrlQuery{{QStringLiteral("request"), request},
                                {QStringLiteral("decision"), QStringLiteral("deny")}});
        const test::Page back = test::browse(deny);
        QCOMPARE(back.status, 302);
        test::browse(back.location);
        QVERIFY(test::signalled(*rig.failed));
        QVERIFY2(rig.failure().contains(QStringLiteral("declined")), qPrintable(rig.failure()));
        QCOMPARE(rig.tokenCalls(), 0);
    }

    void twoOrganisations()
    {
        Rig rig;
        const QString demo = rig.xero.seedDemo();
        const QString acme = rig.xero.addOrganisation(QStringLiteral("Acme Plumbing")).id;

        // Without a choice: Billhook asks.
        test::authorizeInBrowser(rig.start());
        QVERIFY(test::signalled(*rig.choose));
        const auto organisations = rig.choose->first().at(0).value<QList<XeroOrganisation>>();
        QCOMPARE(organisations.size(), 2);
        QCOMPARE(rig.connection->phase(), XeroConnection::Phase::ChoosingOrganisation);
        QCOMPARE(rig.connection->status().state, XeroConnection::LinkState::NotConnected);
        rig.connection->chooseOrganisation(acme);
        QVERIFY(test::signalled(*rig.connected));
        QCOMPARE(rig.connected->first().at(0).toString(), QStringLiteral("Acme Plumbing"));
        QCOMPARE(rig.connection->status().tenantId, acme);

        // Asked for by tenant id up front (the CLI's --tenant), including one not authorised.
        test::TempDatabase other;
        XeroConnection second(*other, rig.keychain);
        QSignalSpy urls(&second, &XeroConnection::authorizationUrlReady);
        QSignalSpy connected(&second, &XeroConnection::connected);
        QSignalSpy failed(&second, &XeroConnection::failed);
        second.startConnect(demo);
        QVERIFY(test::signalled(urls));
        test::authorizeInBrowser(urls.first().at(0).toUrl());
        QVERIFY(test::signalled(connected));
        QCOMPARE(second.status().tenantId, demo);

        test::TempDatabase third;
        XeroConnection wrong(*third, rig.keychain);
        QSignalSpy wrongUrls(&wrong, &XeroConnection::authorizationUrlReady);
        QSignalSpy wrongFailed(&wrong, &XeroConnection::failed);
        wrong.startConnect(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(test::signalled(wrongUrls));
        test::authorizeInBrowser(wrongUrls.first().at(0).toUrl());
        QVERIFY(test::signalled(wrongFailed));
        QVERIFY(wrongFailed.first().at(0).value<Error>().message.contains(QStringLiteral("not among")));
        QCOMPARE(wrong.status().state, XeroConnection::LinkState::NotConnected);
    }

    void differentOrganisationNeedsConfirmation()
    {
        Rig rig;
        const QString demo = rig.xero.seedDemo();
        const QString acme = rig.xero.addOrganisation(QStringLiteral("Acme Plumbing")).id;
        rig.xero.identity().setConsentTenants({demo});
        test::authorizeInBrowser(rig.start());
        QVERIFY(test::signalled(*rig.connected));
        const QString demoToken = rig.storedRefreshToken(demo);

        // The user now ticks only Acme in Xero.
        rig.xero.identity().setConsentTenants({acme});
        test::authorizeInBrowser(rig.start());
        QVERIFY(test::signalled(*rig.different));
        QCOMPARE(rig.different->first().at(0).value<XeroOrganisation>().tenantId, demo);
        QCOMPARE(rig.different->first().at(1).value<XeroOrganisation>().tenantId, acme);
        QCOMPARE(rig.connection->phase(), XeroConnection::Phase::ConfirmingSwitch);
        // Nothing stored until confirmed.
        QCOMPARE(rig.connection->status().tenantId, demo);
        QCOMPARE(rig.storedRefreshToken(demo), demoToken);
        QVERIFY(rig.storedRefreshToken(acme).isEmpty());

        rig.connection->cancel();
        QCOMPARE(rig.failed->size(), 1);
        QCOMPARE(rig.connection->status().tenantId, demo);
        QCOMPARE(rig.connection->phase(), XeroConnection::Phase::Idle);

        // Again, confirmed this time.
        rig.different->clear();
        rig.connected->clear();
        test::authorizeInBrowser(rig.start());
        QVERIFY(test::signalled(*rig.different));
        rig.connection->confirmSwitch();
        QVERIFY(test::signalled(*rig.connected));
        QCOMPARE(rig.connection->status().tenantId, acme);
        QVERIFY(!rig.storedRefreshToken(acme).isEmpty());
        QVERIFY(rig.storedRefreshToken(demo).isEmpty());
    }

    void disconnectAndReconnectResumes()
    {
        Rig rig;
        const QString demo = rig.xero.seedDemo();
        test::authorizeInBrowser(rig.start());
        QVERIFY(test::signalled(*rig.connected));
        const QString connectionId = rig.connection->status().connectionId;

        // Local records linked to Xero, and an outbox entry, before the disconnect.
        const Id customer = rig.db.addCustomer(QStringLiteral("Jo Bloggs"));
        SyncStore sync(*rig.db);
        XeroLink link;
        link.entity = SyncEntity::Customer;
        link.localId = customer;
        link.tenantId = demo;
        link.xeroId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");
        QVERIFY(sync.saveLink(link).ok());
        const int outbox = rig.db.count(QStringLiteral("outbox"));
        QVERIFY(outbox > 0);

        QSignalSpy disconnected(rig.connection.get(), &XeroConnection::disconnected);
        const auto done = QCoro::waitFor(rig.connection->disconnectXero());
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(rig.xero.callCount(QString(), QStringLiteral("POST /connect/revocation")), 1);
        QCOMPARE(rig.xero.callCount(QString(), QStringLiteral("DELETE /connections/{id}")), 1);
        QVERIFY(rig.xero.connections().isEmpty());
        QCOMPARE(rig.connection->status().state, XeroConnection::LinkState::NotConnected);
        QVERIFY(rig.storedRefreshToken(demo).isEmpty());
        QVERIFY(XeroConnectionStore(*rig.db).keychainKeys(demo).isEmpty());
        QCOMPARE(rig.db.count(QStringLiteral("xero_links")), 1);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), outbox);
        QCOMPARE(rig.db.count(QStringLiteral("customers")), 1);

        // Reconnecting to the same organisation: linked again, the links still there, no question asked.
        rig.connected->clear();
        test::authorizeInBrowser(rig.start());
        QVERIFY(test::signalled(*rig.connected));
        QVERIFY(rig.different->isEmpty());
        QCOMPARE(rig.connection->status().tenantId, demo);
        QVERIFY(rig.connection->status().connectionId != connectionId);
        QVERIFY(sync.link(SyncEntity::Customer, customer, demo).has_value());
    }
};

QTEST_GUILESS_MAIN(TestXeroConnect)
#include "tst_xeroconnect.moc"
