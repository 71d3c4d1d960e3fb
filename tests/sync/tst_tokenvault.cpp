// XeroTokenVault: one refresh token per database and tenant, and the move of an entry from before the key was
// scoped per database, without a new sign-in and without ever taking another book's entry.
#include "../support/testdb.h"
#include "storage/xeroconnectionstore.h"
#include "sync/xerotokenvault.h"
#include "xero/credentialstore.h"

#include <QHash>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace billhook;

namespace {

// The keychain as a map, so the test sees every entry there is.
class MapCredentialStore final : public CredentialStore
{
public:
    QHash<QString, QByteArray> entries;

protected:
    QCoro::Task<Result<std::optional<QByteArray>>> readEntry(QString key) override
    {
        if (!entries.contains(key))
            co_return std::optional<QByteArray>();
        co_return std::optional<QByteArray>(entries.value(key));
    }
    QCoro::Task<Status> writeEntry(QString key, QByteArray value) override
    {
        entries.insert(key, value);
        co_return Status();
    }
    QCoro::Task<Status> removeEntry(QString key) override
    {
        entries.remove(key);
        co_return Status();
    }
};

const QString Tenant = QStringLiteral("tenant-1");

// QCoro::waitFor needs a default-constructible result; Result<T> is not.
QCoro::Task<QString> readOrEmpty(XeroTokenVault &vault, bool &ok)
{
    const auto r = co_await vault.refreshToken(Tenant);
    ok = r.ok();
    co_return r.ok() ? *r : QString();
}

QString read(XeroTokenVault &vault)
{
    bool ok = false;
    const QString token = QCoro::waitFor(readOrEmpty(vault, ok));
    if (!ok)
        qFatal("the vault could not be read");
    return token;
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoBooksLinkedToOneOrganisationKeepTheirOwnTokens()
    {
        MapCredentialStore keychain;
        test::TempDatabase a, b;
        XeroTokenVault va(*a, keychain), vb(*b, keychain);
        QVERIFY(QCoro::waitFor(va.storeRefreshToken(Tenant, QStringLiteral("token-a"))).ok());
        QVERIFY(QCoro::waitFor(vb.storeRefreshToken(Tenant, QStringLiteral("token-b"))).ok());
        QVERIFY(va.refreshTokenKey(Tenant) != vb.refreshTokenKey(Tenant));
        QVERIFY(va.refreshTokenKey(Tenant).endsWith(u'/' + Tenant + QStringLiteral("/refresh_token")));
        QCOMPARE(va.refreshTokenKey(Tenant), va.refreshTokenKey(Tenant)); // stable
        QCOMPARE(read(va), QStringLiteral("token-a"));
        QCOMPARE(read(vb), QStringLiteral("token-b"));
        QCOMPARE(XeroConnectionStore(*a).keychainKeys(Tenant), QStringList{va.refreshTokenKey(Tenant)});

        // Disconnecting one book removes its entry only.
        QVERIFY(QCoro::waitFor(va.forget(Tenant)).ok());
        QCOMPARE(read(va), QString());
        QCOMPARE(read(vb), QStringLiteral("token-b"));
        QCOMPARE(keychain.entries.size(), 1);
    }

    void anEntryFromBeforeTheScopingMovesWithoutANewSignIn()
    {
        MapCredentialStore keychain;
        test::TempDatabase db;
        const QString legacy = XeroTokenVault::legacyRefreshTokenKey(Tenant);
        QCOMPARE(legacy, QStringLiteral("xero/tenant-1/refresh_token"));
        // As an earlier Billhook left it: the entry, and its name recorded in this database.
        keychain.entries.insert(legacy, "old-token");
        QVERIFY(XeroConnectionStore(*db).recordKeychainKeys(Tenant, {legacy}).ok());

        XeroTokenVault vault(*db, keychain);
        QCOMPARE(read(vault), QStringLiteral("old-token"));
        QVERIFY(!keychain.entries.contains(legacy));
        QCOMPARE(keychain.entries.value(vault.refreshTokenKey(Tenant)), QByteArray("old-token"));
        QVERIFY(XeroConnectionStore(*db).keychainKeys(Tenant).contains(vault.refreshTokenKey(Tenant)));
        QCOMPARE(read(vault), QStringLiteral("old-token")); // read again: from the new key
        QVERIFY(QCoro::waitFor(vault.forget(Tenant)).ok());
        QVERIFY(keychain.entries.isEmpty());
    }

    void anotherBooksOldEntryIsNeverTaken()
    {
        MapCredentialStore keychain;
        test::TempDatabase db;
        const QString legacy = XeroTokenVault::legacyRefreshTokenKey(Tenant);
        keychain.entries.insert(legacy, "someone-elses");
        XeroTokenVault vault(*db, keychain);
        QCOMPARE(read(vault), QString()); // not connected here: reconnect, never borrow
        QVERIFY(QCoro::waitFor(vault.forget(Tenant)).ok());
        QCOMPARE(keychain.entries.value(legacy), QByteArray("someone-elses"));
    }
};

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
