#include "identity.h"

#include "xerojson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fakexero {

namespace {

const QStringList KnownScopes = {
    u"openid"_s,
    u"profile"_s,
    u"email"_s,
    u"offline_access"_s,
    u"accounting.contacts"_s,
    u"accounting.contacts.read"_s,
    u"accounting.settings"_s,
    u"accounting.settings.read"_s,
    u"accounting.transactions"_s,
    u"accounting.transactions.read"_s,
    u"accounting.invoices"_s,
    u"accounting.invoices.read"_s,
    u"accounting.payments"_s,
    u"accounting.payments.read"_s,
    u"accounting.banktransactions"_s,
    u"accounting.banktransactions.read"_s,
    u"accounting.manualjournals"_s,
    u"accounting.manualjournals.read"_s,
    u"accounting.reports.read"_s,
    u"accounting.attachments"_s,
    u"accounting.attachments.read"_s,
};

HttpResponse tokenError(const QString &error, const QString &description = {})
{
    QJsonObject body{{u"error"_s, error}};
    if (!description.isEmpty())
        body.insert(u"error_description"_s, description);
    return HttpResponse::json(400, json::toText(body));
}

QUrlQuery formBody(const HttpRequest &request)
{
    QByteArray raw = request.body;
    raw.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(raw));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

HttpResponse errorPage(int status, const QString &text)
{
    const QString html =
        u"<!DOCTYPE html><html><head><title>Xero | Error</title></head><body><h1>Error</h1><p>"_s +
        text.toHtmlEscaped() + u"</p></body></html>"_s;
    return HttpResponse::text(status, html.toUtf8(), "text/html");
}

QByteArray redirectTo(const QString &redirectUri, const QList<std::pair<QString, QString>> &params)
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &[k, v] : params)
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(query);
    return url.toEncoded();
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz0000"_s);
}

} // namespace

QString randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        data[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(data.toHex());
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Identity::defaultScope()
{
    return u"openid profile email offline_access accounting.contacts accounting.settings accounting.transactions"_s;
}

Identity::Identity(std::function<qint64()> clock, OrgList organisations)
    : m_clock(std::move(clock))
    , m_organisations(std::move(organisations))
{}

void Identity::registerClient(const QString &clientId, const QStringList &redirectUris)
{
    m_clients.insert(clientId, redirectUris);
}

HttpResponse Identity::authorize(const HttpRequest &request)
{
    const QString clientId = request.queryValue(u"client_id"_s);
    const QString redirectUri = request.queryValue(u"redirect_uri"_s);
    const QString state = request.queryValue(u"state"_s);
    if (!m_clients.contains(clientId))
        return errorPage(400, u"unauthorized_client: Unknown client or client not enabled"_s);
    // Exact match only, and never a redirect to an unregistered address (Xero answers 500 here).
    if (!m_clients.value(clientId).contains(redirectUri))
        return errorPage(500, u"Invalid redirect_uri"_s);

    auto fail = [&](const QString &error, const QString &description) {
        QList<std::pair<QString, QString>> params{{u"error"_s, error}, {u"error_description"_s, description}};
        if (!state.isEmpty())
            params.append({u"state"_s, state});
        return HttpResponse::redirect(redirectTo(redirectUri, params));
    };
    if (request.queryValue(u"response_type"_s) != u"code"_s)
        return fail(u"unsupported_response_type"_s, u"response_type must be code"_s);
    const QStringList scopes = request.queryValue(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return fail(u"invalid_scope"_s, u"scope is required"_s);
    for (const auto &scope : scopes) {
        if (!KnownScopes.contains(scope))
            return fail(u"invalid_scope"_s, u"Unknown scope "_s + scope);
    }
    const QString challenge = request.queryValue(u"code_challenge"_s);
    static const QRegularExpression challengeRe(u"^[A-Za-z0-9_-]{43}$"_s);
    if (request.queryValue(u"code_challenge_method"_s) != u"S256"_s ||
        !challengeRe.match(challenge).hasMatch())
        return fail(u"invalid_request"_s, u"code_challenge (S256) is required for this client"_s);

    PendingConsent pending{clientId, redirectUri, scopes.join(u' '), state, challenge};
    if (!m_consentPage)
        return finishAuthorization(pending, m_consentTenants);

    const QString requestId = randomToken(12);
    m_pending.insert(requestId, pending);
    // Plain, readable HTML: people trying Billhook's demo see this page in their own browser.
    QString html = u"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                   u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                   u"<title>Xero | Authorise</title><style>"
                   u"body{font-family:system-ui,sans-serif;background:#f4f6f8;color:#222;margin:0}"
                   u"main{max-width:30rem;margin:3rem auto;background:#fff;padding:2rem;border-radius:8px;"
                   u"box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:1.3rem}"
                   u".note{color:#666;font-size:.9rem}label{display:block;margin:.4rem 0}"
                   u"button{font-size:1rem;padding:.5rem 1.2rem;margin:1rem .5rem 0 0;border-radius:4px;"
                   u"border:1px solid #bbb;background:#fff}button[value=allow]{background:#13b5ea;"
                   u"color:#fff;border-color:#13b5ea}</style></head><body><main>"
                   u"<p class=\"note\">fake-xero: a stand-in for Xero on this computer. Nothing here is "
                   u"real Xero.</p>"
                   u"<h1>Billhook wants access to your Xero organisations</h1>"
                   u"<form id=\"consent\" method=\"post\" action=\"/identity/connect/consent\">"
                   u"<input type=\"hidden\" name=\"request\" value=\""_s +
                   requestId + u"\">"_s;
    for (const auto &[tenantId, orgName] : m_organisations()) {
        const bool ticked = m_consentTenants.isEmpty() || m_consentTenants.contains(tenantId);
        html += u"<label><input type=\"checkbox\" name=\"tenant\" value=\""_s + tenantId + u"\""_s +
                (ticked ? u" checked"_s : QString()) + u"> "_s + orgName.toHtmlEscaped() + u"</label><br>"_s;
    }
    html += u"<p class=\"note\">Scopes: "_s + pending.scope.toHtmlEscaped() + u"</p>"_s +
            u"<button type=\"submit\" name=\"decision\" value=\"allow\">Allow access</button>"
            u"<button type=\"submit\" name=\"decision\" value=\"deny\">Cancel</button>"
            u"</form></main></body></html>"_s;
    return HttpResponse::text(200, html.toUtf8(), "text/html");
}

HttpResponse Identity::consent(const HttpRequest &request)
{
    const QUrlQuery form = request.method == "POST" ? formBody(request) : request.query;
    const QString requestId = formValue(form, u"request"_s);
    if (!m_pending.contains(requestId))
        return errorPage(400, u"This authorisation request has expired. Please start again."_s);
    const PendingConsent pending = m_pending.take(requestId);
    if (formValue(form, u"decision"_s) != u"allow"_s) {
        QList<std::pair<QString, QString>> params{{u"error"_s, u"access_denied"_s}};
        if (!pending.state.isEmpty())
            params.append({u"state"_s, pending.state});
        return HttpResponse::redirect(redirectTo(pending.redirectUri, params));
    }
    const QStringList tenants = form.allQueryItemValues(u"tenant"_s, QUrl::FullyDecoded);
    return finishAuthorization(pending, tenants);
}

HttpResponse Identity::finishAuthorization(const PendingConsent &pending, const QStringList &tenantIds)
{
    const QString grantId = json::newGuid();
    m_grants.insert(grantId, Grant{pending.clientId, pending.scope, json::newGuid(), false});
    connect(tenantIds, m_grants[grantId].authEventId);
    const QString code = randomToken(32);
    m_codes.insert(code, Code{pending.clientId, pending.redirectUri, pending.challenge, pending.scope,
                              grantId, m_clock() + CodeTtlMs});
    QList<std::pair<QString, QString>> params{{u"code"_s, code}, {u"scope"_s, pending.scope}};
    if (!pending.state.isEmpty())
        params.append({u"state"_s, pending.state});
    params.append({u"session_state"_s, randomToken(16)});
    return HttpResponse::redirect(redirectTo(pending.redirectUri, params));
}

void Identity::connect(const QStringList &tenantIds, const QString &authEventId)
{
    const qint64 now = m_clock();
    for (const auto &[tenantId, orgName] : m_organisations()) {
        if (!tenantIds.isEmpty() && !tenantIds.contains(tenantId))
            continue;
        bool found = false;
        for (auto &c : m_connections) {
            if (c.tenantId == tenantId) {
                c.authEventId = authEventId;
                c.updatedMs = now;
                found = true;
            }
        }
        if (!found)
            m_connections.append(
                ConnectionInfo{json::newGuid(), tenantId, orgName, u"ORGANISATION"_s, authEventId, now, now});
    }
}

QJsonObject Identity::mint(const QString &grantId, bool withRefresh)
{
    const Grant &grant = m_grants[grantId];
    const qint64 now = m_clock();
    // Xero's access tokens are JWTs; clients may read exp and authentication_event_id from them, so the
    // fake's are shaped the same way (unsigned: nobody can verify Xero's signature offline anyway).
    QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"fake-xero"_s}};
    QJsonArray scopeArray;
    for (const auto &s : grant.scope.split(u' '))
        scopeArray.append(s);
    QJsonObject claims{{u"iss"_s, u"https://identity.xero.com"_s},
                       {u"nbf"_s, now / 1000},
                       {u"exp"_s, (now + AccessTokenTtlMs) / 1000},
                       {u"iat"_s, now / 1000},
                       {u"client_id"_s, grant.clientId},
                       {u"sub"_s, u"fake-xero-user"_s},
                       {u"xero_userid"_s, u"00000000-0000-4000-8000-000000000001"_s},
                       {u"authentication_event_id"_s, grant.authEventId},
                       {u"jti"_s, randomToken(16)},
                       {u"scope"_s, scopeArray}};
    const QString accessToken = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + u'.' +
                                base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + u'.' +
                                base64Url(QByteArray::fromHex(randomToken(32).toLatin1()));
    m_accessTokens.insert(accessToken, AccessToken{grantId, now + AccessTokenTtlMs, grant.scope.split(u' ')});

    QJsonObject body;
    if (grant.scope.split(u' ').contains(u"openid"_s)) {
        QJsonObject idClaims{{u"iss"_s, u"https://identity.xero.com"_s},
                             {u"aud"_s, grant.clientId},
                             {u"exp"_s, (now + 300000) / 1000},
                             {u"iat"_s, now / 1000},
                             {u"sub"_s, u"fake-xero-user"_s},
                             {u"email"_s, u"demo@billhook.invalid"_s},
                             {u"given_name"_s, u"Demo"_s},
                             {u"family_name"_s, u"User"_s}};
        const QString idToken = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + u'.' +
                                base64Url(QJsonDocument(idClaims).toJson(QJsonDocument::Compact)) +
                                u".c2lnbmF0dXJl"_s;
        body.insert(u"id_token"_s, idToken);
    }
    body.insert(u"access_token"_s, accessToken);
    body.insert(u"expires_in"_s, int(AccessTokenTtlMs / 1000));
    body.insert(u"token_type"_s, u"Bearer"_s);
    if (withRefresh) {
        const QString refresh = randomToken(32);
        m_refreshTokens.insert(refresh, RefreshToken{grantId, now, 0});
        body.insert(u"refresh_token"_s, refresh);
    }
    body.insert(u"scope"_s, grant.scope);
    return body;
}

HttpResponse Identity::token(const HttpRequest &request)
{
    const QUrlQuery form = formBody(request);
    QString clientId = formValue(form, u"client_id"_s);
    const QByteArray authorization = request.header("authorization");
    if (clientId.isEmpty() && authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6));
        clientId = QString::fromUtf8(decoded.left(decoded.indexOf(':')));
    }
    if (!m_clients.contains(clientId))
        return tokenError(u"invalid_client"_s);
    const QString grantType = formValue(form, u"grant_type"_s);
    const qint64 now = m_clock();

    if (grantType == u"authorization_code"_s) {
        const QString codeText = formValue(form, u"code"_s);
        if (!m_codes.contains(codeText))
            return tokenError(u"invalid_grant"_s);
        const Code code = m_codes.take(codeText); // single use, even when the exchange fails
        if (code.clientId != clientId || code.expiresMs < now)
            return tokenError(u"invalid_grant"_s);
        if (formValue(form, u"redirect_uri"_s) != code.redirectUri)
            return tokenError(u"invalid_grant"_s, u"redirect_uri mismatch"_s);
        const QString verifier = formValue(form, u"code_verifier"_s);
        static const QRegularExpression verifierRe(u"^[A-Za-z0-9._~-]{43,128}$"_s);
        if (!verifierRe.match(verifier).hasMatch())
            return tokenError(u"invalid_grant"_s, u"invalid code_verifier"_s);
        const QString expected =
            base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
        if (expected != code.challenge)
            return tokenError(u"invalid_grant"_s, u"invalid code_verifier"_s);
        const bool offline = code.scope.split(u' ').contains(u"offline_access"_s);
        return HttpResponse::json(200, json::toText(mint(code.grantId, offline)));
    }

    if (grantType == u"refresh_token"_s) {
        const QString presented = formValue(form, u"refresh_token"_s);
        auto it = m_refreshTokens.find(presented);
        if (it == m_refreshTokens.end())
            return tokenError(u"invalid_grant"_s);
        const Grant &grant = m_grants[it->grantId];
        if (grant.revoked || grant.clientId != clientId)
            return tokenError(u"invalid_grant"_s);
        if (it->rotatedMs != 0 && now > it->rotatedMs + RefreshGraceMs)
            return tokenError(u"invalid_grant"_s);
        if (now > it->issuedMs + RefreshIdleMs)
            return tokenError(u"invalid_grant"_s);
        if (it->rotatedMs == 0)
            it->rotatedMs = now; // the grace window runs from the first use
        return HttpResponse::json(200, json::toText(mint(it->grantId, true)));
    }
    return tokenError(u"unsupported_grant_type"_s);
}

HttpResponse Identity::revoke(const HttpRequest &request)
{
    const QUrlQuery form = formBody(request);
    const QString tokenText = formValue(form, u"token"_s);
    auto it = m_refreshTokens.constFind(tokenText);
    if (it != m_refreshTokens.constEnd()) {
        // Revoking a refresh token ends the app's grants and drops every tenant (xero-api-notes.md §1).
        Grant &grant = m_grants[it->grantId];
        grant.revoked = true;
        for (auto &g : m_grants) {
            if (g.clientId == grant.clientId)
                g.revoked = true;
        }
        m_connections.clear();
    }
    return HttpResponse::text(200, {});
}

QString Identity::bearer(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(authorization.mid(7).trimmed());
}

Identity::Access Identity::check(const HttpRequest &request, const QString &tenantId,
                                 const QStringList &anyOfScopes, qint64 *expiredAtMs) const
{
    const QString tokenText = bearer(request);
    if (tokenText.isEmpty())
        return Access::Missing;
    const auto it = m_accessTokens.constFind(tokenText);
    if (it == m_accessTokens.constEnd())
        return Access::Invalid;
    if (m_clock() >= it->expiresMs) {
        if (expiredAtMs)
            *expiredAtMs = it->expiresMs;
        return Access::Expired;
    }
    if (m_grants.value(it->grantId).revoked)
        return Access::Revoked;
    if (!anyOfScopes.isEmpty()) {
        bool allowed = false;
        for (const auto &scope : anyOfScopes)
            allowed = allowed || it->scopes.contains(scope);
        if (!allowed)
            return Access::InsufficientScope;
    }
    if (tenantId.isNull())
        return Access::Ok;
    for (const auto &c : m_connections) {
        if (c.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            return Access::Ok;
    }
    return Access::NotConnected;
}

HttpResponse Identity::listConnections(const HttpRequest &request)
{
    qint64 expiredAt = 0;
    const Access access = check(request, QString(), {}, &expiredAt);
    if (access != Access::Ok) {
        QJsonObject body{{u"Type"_s, QJsonValue::Null},
                         {u"Title"_s, u"Unauthorized"_s},
                         {u"Status"_s, 401},
                         {u"Detail"_s, access == Access::Expired
                                           ? u"TokenExpired: token expired at "_s +
                                                 QDateTime::fromMSecsSinceEpoch(expiredAt, QTimeZone::utc())
                                                     .toString(u"MM/dd/yyyy HH:mm:ss"_s)
                                           : u"AuthenticationUnsuccessful"_s},
                         {u"Instance"_s, json::newGuid()},
                         {u"Extensions"_s, QJsonObject()}};
        auto response = HttpResponse::json(401, json::toText(body));
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    const QString authEventId = request.queryValue(u"authEventId"_s);
    QJsonArray list;
    for (const auto &c : std::as_const(m_connections)) {
        if (!authEventId.isEmpty() && c.authEventId != authEventId)
            continue;
        list.append(QJsonObject{{u"id"_s, c.id},
                                {u"authEventId"_s, c.authEventId},
                                {u"tenantId"_s, c.tenantId},
                                {u"tenantType"_s, c.tenantType},
                                {u"tenantName"_s, c.tenantName},
                                {u"createdDateUtc"_s, isoUtc(c.createdMs)},
                                {u"updatedDateUtc"_s, isoUtc(c.updatedMs)}});
    }
    return HttpResponse::json(200, json::toText(list));
}

HttpResponse Identity::deleteConnection(const HttpRequest &request, const QString &connectionId)
{
    if (check(request, QString(), {}) != Access::Ok)
        return listConnections(request); // same 401 body
    const qsizetype before = m_connections.size();
    m_connections.removeIf([&](const ConnectionInfo &c) { return c.id == connectionId; });
    if (m_connections.size() == before)
        return HttpResponse::text(404, "The resource you're looking for cannot be found");
    HttpResponse response;
    response.status = 204;
    return response;
}

TokenSet Identity::issueTokens(const QString &scope, const QStringList &tenantIds)
{
    QString clientId = m_clients.isEmpty() ? u"billhook-demo"_s : m_clients.keys().value(0);
    if (m_clients.contains(u"billhook-demo"_s))
        clientId = u"billhook-demo"_s;
    const QString grantId = json::newGuid();
    m_grants.insert(grantId, Grant{clientId, scope, json::newGuid(), false});
    connect(tenantIds, m_grants[grantId].authEventId);
    const QJsonObject body = mint(grantId, scope.split(u' ').contains(u"offline_access"_s));
    return TokenSet{body.value(u"access_token"_s).toString(), body.value(u"refresh_token"_s).toString(),
                    body.value(u"id_token"_s).toString(), body.value(u"expires_in"_s).toInt(), scope};
}

bool Identity::removeConnectionForTenant(const QString &tenantId)
{
    return m_connections.removeIf([&](const ConnectionInfo &c) { return c.tenantId == tenantId; }) > 0;
}

void Identity::revokeAll()
{
    for (auto &g : m_grants)
        g.revoked = true;
    m_connections.clear();
}

void Identity::expireAccessTokens()
{
    const qint64 now = m_clock();
    for (auto &t : m_accessTokens)
        t.expiresMs = std::min(t.expiresMs, now);
}

} // namespace fakexero
