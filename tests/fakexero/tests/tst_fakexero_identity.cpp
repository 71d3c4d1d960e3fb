// The identity service: authorize with PKCE and exact redirect URIs, the consent page, the token endpoint
// with refresh rotation and its grace window, revocation and /connections.
#include "xeroclient.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fakexero;

namespace {
const QString Verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-extra.chars~ok"_s;
const QString Redirect = u"http://localhost:53682/callback"_s;

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrlQuery authorizeQuery(const QString &redirect = Redirect)
{
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, u"billhook-demo"_s);
    q.addQueryItem(u"redirect_uri"_s, redirect);
    q.addQueryItem(u"scope"_s, u"offline_access accounting.contacts accounting.settings accounting.invoices "
                               u"accounting.payments"_s);
    q.addQueryItem(u"state"_s, u"xyz-state"_s);
    q.addQueryItem(u"code_challenge"_s, challengeFor(Verifier));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    return q;
}
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeXero> xero;
    std::unique_ptr<XeroClient> client;

    Reply authorize(const QUrlQuery &q)
    {
        return client->raw("GET", u"/identity/connect/authorize?"_s + q.query(QUrl::FullyEncoded));
    }
    static QUrlQuery callbackQuery(const Reply &r)
    {
        return QUrlQuery(QUrl(QString::fromLatin1(r.header("Location"))));
    }
    QString obtainCode()
    {
        const Reply r = authorize(authorizeQuery());
        return callbackQuery(r).queryItemValue(u"code"_s);
    }
    Reply exchange(const QString &code, const QString &verifier = Verifier,
                   const QString &redirect = Redirect)
    {
        QUrlQuery f;
        f.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
        f.addQueryItem(u"client_id"_s, u"billhook-demo"_s);
        f.addQueryItem(u"code"_s, code);
        f.addQueryItem(u"redirect_uri"_s, redirect);
        f.addQueryItem(u"code_verifier"_s, verifier);
        return client->form(u"/connect/token"_s, f);
    }
    Reply refresh(const QString &refreshToken)
    {
        QUrlQuery f;
        f.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
        f.addQueryItem(u"client_id"_s, u"billhook-demo"_s);
        f.addQueryItem(u"refresh_token"_s, refreshToken);
        return client->form(u"/connect/token"_s, f);
    }

private Q_SLOTS:
    void init()
    {
        xero = std::make_unique<FakeXero>();
        QVERIFY(xero->start());
        xero->freezeClock(true);
        xero->addOrganisation(u"Acme Plumbing"_s);
        client = std::make_unique<XeroClient>(*xero);
    }
    void cleanup()
    {
        client.reset();
        xero.reset();
    }

    void authorizeRedirectsWithCodeAndState()
    {
        const Reply r = authorize(authorizeQuery());
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromLatin1(r.header("Location")));
        QCOMPARE(location.toString(QUrl::RemoveQuery), Redirect);
        const QUrlQuery q(location);
        QCOMPARE(q.queryItemValue(u"state"_s), u"xyz-state"_s);
        QVERIFY(q.queryItemValue(u"code"_s).size() >= 32);
        QCOMPARE(xero->connections().size(), 1);
    }

    void redirectUriMustMatchExactly_data()
    {
        QTest::addColumn<QString>("redirect");
        QTest::newRow("trailing slash") << u"http://localhost:53682/callback/"_s;
        QTest::newRow("127.0.0.1 for localhost") << u"http://127.0.0.1:53682/callback"_s;
        QTest::newRow("other port") << u"http://localhost:53690/callback"_s;
        QTest::newRow("no port") << u"http://localhost/callback"_s;
        QTest::newRow("https") << u"https://localhost:53682/callback"_s;
        QTest::newRow("path case") << u"http://localhost:53682/Callback"_s;
    }
    void redirectUriMustMatchExactly()
    {
        QFETCH(QString, redirect);
        const Reply r = authorize(authorizeQuery(redirect));
        QCOMPARE(r.status, 500); // Xero: "Invalid redirect_uri", and no redirect anywhere
        QVERIFY(r.header("Location").isEmpty());
        QVERIFY(r.body.contains("Invalid redirect_uri"));
    }

    void everyRegisteredUriWorks()
    {
        for (const auto &uri : FakeXero::defaultRedirectUris())
            QCOMPARE(authorize(authorizeQuery(uri)).status, 302);
    }

    void unknownClientIsRefused()
    {
        QUrlQuery q = authorizeQuery();
        q.removeQueryItem(u"client_id"_s);
        q.addQueryItem(u"client_id"_s, u"someone-else"_s);
        const Reply r = authorize(q);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
    }

    void badRequestsRedirectWithError_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("response_type token")
            << u"response_type"_s << u"token"_s << u"unsupported_response_type"_s;
        QTest::newRow("unknown scope") << u"scope"_s << u"accounting.everything"_s << u"invalid_scope"_s;
        QTest::newRow("plain challenge method")
            << u"code_challenge_method"_s << u"plain"_s << u"invalid_request"_s;
        QTest::newRow("missing challenge") << u"code_challenge"_s << QString() << u"invalid_request"_s;
    }
    void badRequestsRedirectWithError()
    {
        QFETCH(QString, param);
        QFETCH(QString, value);
        QFETCH(QString, error);
        QUrlQuery q = authorizeQuery();
        q.removeQueryItem(param);
        if (!value.isNull())
            q.addQueryItem(param, value);
        const Reply r = authorize(q);
        QCOMPARE(r.status, 302);
        const QUrlQuery cb = callbackQuery(r);
        QCOMPARE(cb.queryItemValue(u"error"_s), error);
        QCOMPARE(cb.queryItemValue(u"state"_s), u"xyz-state"_s);
        QVERIFY(!cb.hasQueryItem(u"code"_s));
    }

    void codeExchangeChecksVerifier()
    {
        const Reply ok = exchange(obtainCode());
        QCOMPARE(ok.status, 200);
        const QJsonObject body = ok.json();
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 1800);
        QVERIFY(!body.value(u"access_token"_s).toString().isEmpty());
        QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(body.value(u"access_token"_s).toString().count(u'.'), 2); // JWT-shaped like Xero's

        const Reply wrong = exchange(obtainCode(), Verifier + u"x"_s);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void codeIsSingleUseAndBoundToRedirect()
    {
        const QString code = obtainCode();
        QCOMPARE(exchange(code).status, 200);
        const Reply again = exchange(code);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json().value(u"error"_s).toString(), u"invalid_grant"_s);

        const Reply otherRedirect = exchange(obtainCode(), Verifier, u"http://localhost:53683/callback"_s);
        QCOMPARE(otherRedirect.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void codeExpires()
    {
        const QString code = obtainCode();
        xero->advance(6 * 60);
        QCOMPARE(exchange(code).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void noRefreshTokenWithoutOfflineAccess()
    {
        QUrlQuery q = authorizeQuery();
        q.removeQueryItem(u"scope"_s);
        q.addQueryItem(u"scope"_s, u"accounting.contacts"_s);
        const QString code = callbackQuery(authorize(q)).queryItemValue(u"code"_s);
        const Reply r = exchange(code);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(u"refresh_token"_s));
    }

    void refreshRotatesWithGraceWindow()
    {
        const QString first = exchange(obtainCode()).json().value(u"refresh_token"_s).toString();
        const Reply r1 = refresh(first);
        QCOMPARE(r1.status, 200);
        const QString second = r1.json().value(u"refresh_token"_s).toString();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);

        // The old token still works inside the 30-minute grace window (a lost response can be retried)…
        xero->advance(29 * 60);
        QCOMPARE(refresh(first).status, 200);
        // …and not after it.
        xero->advance(2 * 60);
        const Reply late = refresh(first);
        QCOMPARE(late.status, 400);
        QCOMPARE(late.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        // The newest one is fine.
        QCOMPARE(refresh(second).status, 200);
    }

    void refreshTokenExpiresAfterSixtyDaysUnused()
    {
        const QString token = exchange(obtainCode()).json().value(u"refresh_token"_s).toString();
        xero->advance(61LL * 24 * 3600);
        QCOMPARE(refresh(token).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void accessTokenExpiresAfterThirtyMinutes()
    {
        client->accessToken = exchange(obtainCode()).json().value(u"access_token"_s).toString();
        client->tenantId = xero->organisations().first()->id;
        QCOMPARE(client->get(u"Organisation"_s).status, 200);
        xero->advance(30 * 60);
        const Reply r = client->get(u"Organisation"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"Title"_s).toString(), u"Unauthorized"_s);
        QCOMPARE(r.json().value(u"Status"_s).toInt(), 401);
        QVERIFY2(r.json().value(u"Detail"_s).toString().startsWith(u"TokenExpired: token expired at "_s),
                 r.body);
    }

    void revocationEndsEverything()
    {
        const QJsonObject tokens = exchange(obtainCode()).json();
        client->accessToken = tokens.value(u"access_token"_s).toString();
        QUrlQuery f;
        f.addQueryItem(u"token"_s, tokens.value(u"refresh_token"_s).toString());
        f.addQueryItem(u"client_id"_s, u"billhook-demo"_s);
        QCOMPARE(client->form(u"/connect/revocation"_s, f).status, 200);
        QCOMPARE(refresh(tokens.value(u"refresh_token"_s).toString()).json().value(u"error"_s).toString(),
                 u"invalid_grant"_s);
        QVERIFY(xero->connections().isEmpty());
    }

    void connectionsListAndDelete()
    {
        xero->addOrganisation(u"Second Org"_s, Organisation::Region::UK);
        client->accessToken = exchange(obtainCode()).json().value(u"access_token"_s).toString();
        const QList<std::pair<QByteArray, QByteArray>> auth{
            {"Authorization", "Bearer " + client->accessToken.toLatin1()}};
        const Reply list = client->raw("GET", u"/connections"_s, {}, auth);
        QCOMPARE(list.status, 200);
        const QJsonArray conns = list.jsonArray();
        QCOMPARE(conns.size(), 2);
        const QJsonObject first = conns.first().toObject();
        for (const auto &key :
             {u"id"_s, u"tenantId"_s, u"tenantType"_s, u"tenantName"_s, u"createdDateUtc"_s})
            QVERIFY2(first.contains(key), qPrintable(key));
        QCOMPARE(first.value(u"tenantType"_s).toString(), u"ORGANISATION"_s);

        // Disconnect the first: 204, and its tenant now answers 403.
        client->tenantId = first.value(u"tenantId"_s).toString();
        QCOMPARE(client->get(u"Organisation"_s).status, 200);
        QCOMPARE(client->raw("DELETE", u"/connections/"_s + first.value(u"id"_s).toString(), {}, auth).status,
                 204);
        const Reply forbidden = client->get(u"Organisation"_s);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.json().value(u"Detail"_s).toString(), u"AuthenticationUnsuccessful"_s);
        QCOMPARE(client->raw("GET", u"/connections"_s, {}, auth).jsonArray().size(), 1);
        QCOMPARE(client->raw("DELETE", u"/connections/"_s + first.value(u"id"_s).toString(), {}, auth).status,
                 404);
        QCOMPARE(client->raw("GET", u"/connections"_s).status, 401);
    }

    void consentPageMode()
    {
        xero->addOrganisation(u"Second Org"_s, Organisation::Region::UK);
        xero->setConsentPage(true);
        const Reply page = authorize(authorizeQuery());
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Acme Plumbing"));
        QVERIFY(page.body.contains("Second Org"));
        const QRegularExpression re(u"name=\"request\" value=\"([0-9a-f]+)\""_s);
        const auto m = re.match(QString::fromUtf8(page.body));
        QVERIFY(m.hasMatch());

        // Tick only the second organisation.
        QUrlQuery f;
        f.addQueryItem(u"request"_s, m.captured(1));
        f.addQueryItem(u"decision"_s, u"allow"_s);
        f.addQueryItem(u"tenant"_s, xero->organisations().at(1)->id);
        const Reply r = client->form(u"/identity/connect/consent"_s, f);
        QCOMPARE(r.status, 302);
        QVERIFY(!callbackQuery(r).queryItemValue(u"code"_s).isEmpty());
        QCOMPARE(callbackQuery(r).queryItemValue(u"state"_s), u"xyz-state"_s);
        QCOMPARE(xero->connections().size(), 1);
        QCOMPARE(xero->connections().first().tenantName, u"Second Org"_s);
        // The request cannot be replayed.
        QCOMPARE(client->form(u"/identity/connect/consent"_s, f).status, 400);
    }

    void consentDenied()
    {
        xero->setConsentPage(true);
        const Reply page = authorize(authorizeQuery());
        const auto m = QRegularExpression(u"name=\"request\" value=\"([0-9a-f]+)\""_s)
                           .match(QString::fromUtf8(page.body));
        QUrlQuery f;
        f.addQueryItem(u"request"_s, m.captured(1));
        f.addQueryItem(u"decision"_s, u"deny"_s);
        const Reply r = client->form(u"/identity/connect/consent"_s, f);
        QCOMPARE(r.status, 302);
        QCOMPARE(callbackQuery(r).queryItemValue(u"error"_s), u"access_denied"_s);
        QVERIFY(xero->connections().isEmpty());
    }

    void scopesAreEnforced()
    {
        client->tenantId = xero->organisations().first()->id;
        client->accessToken = xero->issueTokens(u"offline_access accounting.contacts.read"_s).accessToken;
        QCOMPARE(client->get(u"Contacts"_s).status, 200);
        const Reply write = client->api("PUT", u"Contacts"_s, QJsonObject{{u"Name"_s, u"X"_s}});
        QCOMPARE(write.status, 401);
        QCOMPARE(write.json().value(u"Detail"_s).toString(), u"AuthorizationUnsuccessful"_s);
        QCOMPARE(client->get(u"Invoices"_s).status, 401);
    }

    void tokenEndpointCountsCalls()
    {
        exchange(obtainCode());
        QCOMPARE(xero->callCount(QString(), u"POST /connect/token"_s), 1);
        QCOMPARE(xero->callCount(QString(), u"GET /identity/connect/authorize"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_fakexero_identity.moc"
