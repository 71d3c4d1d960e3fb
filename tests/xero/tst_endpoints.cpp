#include "storage/database.h"
#include "storage/settingsstore.h"
#include "sync/xeroadapters.h"
#include "sync/xerostack.h"
#include "xero/xeroendpoints.h"

#include <QTemporaryDir>
#include <QTest>

using namespace billhook;

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realXeroByDefault()
    {
        qunsetenv("BILLHOOK_XERO_ENDPOINT");
        const XeroEndpoints e = XeroEndpoints::configured();
        QVERIFY(!e.isOverridden());
        QCOMPARE(e.authorize().toString(),
                 QStringLiteral("https://login.xero.com/identity/connect/authorize"));
        QCOMPARE(e.token().toString(), QStringLiteral("https://identity.xero.com/connect/token"));
        QCOMPARE(e.revocation().toString(), QStringLiteral("https://identity.xero.com/connect/revocation"));
        QCOMPARE(e.connections().toString(), QStringLiteral("https://api.xero.com/connections"));
        QCOMPARE(e.connection(QStringLiteral("c1")).toString(),
                 QStringLiteral("https://api.xero.com/connections/c1"));
        QCOMPARE(e.api(QStringLiteral("Contacts")).toString(),
                 QStringLiteral("https://api.xero.com/api.xro/2.0/Contacts"));
    }

    void oneBaseForEverything_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("plain") << QStringLiteral("http://127.0.0.1:5000");
        QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:5000/");
    }

    void oneBaseForEverything()
    {
        QFETCH(QString, base);
        qputenv("BILLHOOK_XERO_ENDPOINT", base.toUtf8());
        const XeroEndpoints e = XeroEndpoints::configured();
        qunsetenv("BILLHOOK_XERO_ENDPOINT");
        QVERIFY(e.isOverridden());
        QCOMPARE(e.authorize().toString(),
                 QStringLiteral("http://127.0.0.1:5000/identity/connect/authorize"));
        QCOMPARE(e.token().toString(), QStringLiteral("http://127.0.0.1:5000/connect/token"));
        QCOMPARE(e.revocation().toString(), QStringLiteral("http://127.0.0.1:5000/connect/revocation"));
        QCOMPARE(e.connections().toString(), QStringLiteral("http://127.0.0.1:5000/connections"));
        QCOMPARE(e.api(QStringLiteral("Invoices/abc")).toString(),
                 QStringLiteral("http://127.0.0.1:5000/api.xro/2.0/Invoices/abc"));
    }

    void environmentBeatsSettingBeatsBuild()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(db.ok());
        SettingsStore settings(**db);
        QVERIFY(
            settings.setValue(QStringLiteral("xero.endpoint"), QStringLiteral("http://localhost:1/")).ok());
        QVERIFY(settings.setValue(QStringLiteral("xero.client_id"), QStringLiteral("from-settings")).ok());

        QCOMPARE(loadXeroConfig(**db).endpoints.connections().toString(),
                 QStringLiteral("http://localhost:1/connections"));
        QCOMPARE(loadXeroConfig(**db).clientId, QStringLiteral("from-settings"));

        qputenv("BILLHOOK_XERO_ENDPOINT", "http://localhost:2");
        qputenv("BILLHOOK_XERO_CLIENT_ID", "from-env");
        QCOMPARE(loadXeroConfig(**db).endpoints.connections().toString(),
                 QStringLiteral("http://localhost:2/connections"));
        QCOMPARE(loadXeroConfig(**db).clientId, QStringLiteral("from-env"));
        qunsetenv("BILLHOOK_XERO_ENDPOINT");
        qunsetenv("BILLHOOK_XERO_CLIENT_ID");
    }

    // The stack every caller gets (the setup page's reads among them) talks to the endpoint in the settings:
    // the setup page once read Xero's real address while its tokens came from the configured one.
    void theStackUsesTheConfiguredEndpoint()
    {
        struct NoTokens final : AccessTokenSource
        {
            QString tenantId() const override { return QStringLiteral("tenant-1"); }
            QCoro::Task<Result<QString>> accessToken() override { co_return QStringLiteral("t"); }
            QCoro::Task<Result<QString>> refreshAfterRejection(const QString &) override
            {
                co_return QStringLiteral("t");
            }
        } tokens;
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(SettingsStore(**db)
                    .setValue(QStringLiteral("xero.endpoint"), QStringLiteral("http://localhost:3/"))
                    .ok());
        XeroStackOverrides o;
        o.tokenSource = &tokens;
        auto stack = XeroStack::forLinkedOrganisation(**db, std::move(o));
        QVERIFY(stack.ok());
        QCOMPARE((*stack)->config().endpoints.api(QStringLiteral("Accounts")).toString(),
                 QStringLiteral("http://localhost:3/api.xro/2.0/Accounts"));
        QCOMPARE((*stack)->tenantId(), QStringLiteral("tenant-1"));
        // Not linked and no token source of the test's own: refused, as the app would be.
        auto unlinked = XeroStack::forLinkedOrganisation(**db);
        QVERIFY(!unlinked.ok());
        QCOMPARE(unlinked.error().code, Error::Code::Auth);
    }

    void scopes()
    {
        QCOMPARE(xeroScopes().join(QLatin1Char(' ')),
                 QStringLiteral("offline_access accounting.contacts accounting.settings accounting.invoices "
                                "accounting.payments"));
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(db.ok());
        SettingsStore settings(**db);
        QVERIFY(settings.setValue(QStringLiteral("xero.legacy_scopes"), QStringLiteral("1")).ok());
        QCOMPARE(
            loadXeroConfig(**db).scopes.join(QLatin1Char(' ')),
            QStringLiteral("offline_access accounting.contacts accounting.settings accounting.transactions"));
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
