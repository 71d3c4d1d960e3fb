#pragma once

#include "httpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fakexero {

struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty without offline_access
    QString idToken;      // only with openid
    int expiresIn = 0;
    QString scope;
};

struct ConnectionInfo
{
    QString id;
    QString tenantId;
    QString tenantName;
    QString tenantType = QStringLiteral("ORGANISATION");
    QString authEventId;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

// Xero's identity service for an "Auth Code with PKCE" app: authorize (with or without a consent page),
// the token endpoint with refresh-token rotation and its grace window, revocation and /connections.
class Identity
{
public:
    static constexpr qint64 AccessTokenTtlMs = 30 * 60 * 1000;
    static constexpr qint64 RefreshGraceMs = 30 * 60 * 1000;         // old token still works after rotation
    static constexpr qint64 RefreshIdleMs = 60LL * 24 * 3600 * 1000; // unused for 60 days: expired
    static constexpr qint64 CodeTtlMs = 5 * 60 * 1000;

    using OrgList = std::function<QList<std::pair<QString, QString>>()>; // (tenantId, name)

    Identity(std::function<qint64()> clock, OrgList organisations);

    void registerClient(const QString &clientId, const QStringList &redirectUris);
    QStringList redirectUris(const QString &clientId) const { return m_clients.value(clientId); }
    void setConsentPage(bool on) { m_consentPage = on; }
    bool consentPage() const { return m_consentPage; }
    // The organisations the user ticks on the consent screen (empty: all of them).
    void setConsentTenants(const QStringList &tenantIds) { m_consentTenants = tenantIds; }

    HttpResponse authorize(const HttpRequest &request);
    HttpResponse consent(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse listConnections(const HttpRequest &request);
    HttpResponse deleteConnection(const HttpRequest &request, const QString &connectionId);

    enum class Access
    {
        Ok,
        Missing,
        Invalid,
        Expired,
        Revoked,
        NotConnected,
        InsufficientScope
    };
    Access check(const HttpRequest &request, const QString &tenantId, const QStringList &anyOfScopes,
                 qint64 *expiredAtMs = nullptr) const;

    // Skips the browser: as if the user consented to `tenantIds` (empty: all) and the code was exchanged.
    TokenSet issueTokens(const QString &scope, const QStringList &tenantIds);
    QList<ConnectionInfo> connections() const { return m_connections; }
    bool removeConnectionForTenant(const QString &tenantId);
    void revokeAll();
    void expireAccessTokens(); // every access token issued so far now answers TokenExpired

    static QString defaultScope();

private:
    struct Grant
    {
        QString clientId;
        QString scope;
        QString authEventId;
        bool revoked = false;
    };
    struct RefreshToken
    {
        QString grantId;
        qint64 issuedMs = 0;
        qint64 rotatedMs = 0; // 0 = still the newest
    };
    struct AccessToken
    {
        QString grantId;
        qint64 expiresMs = 0;
        QStringList scopes;
    };
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
        QString grantId;
        qint64 expiresMs = 0;
    };
    struct PendingConsent
    {
        QString clientId, redirectUri, scope, state, challenge;
    };

    HttpResponse finishAuthorization(const PendingConsent &pending, const QStringList &tenantIds);
    QJsonObject mint(const QString &grantId, bool withRefresh);
    void connect(const QStringList &tenantIds, const QString &authEventId);
    QString bearer(const HttpRequest &request) const;

    std::function<qint64()> m_clock;
    OrgList m_organisations;
    QHash<QString, QStringList> m_clients;
    bool m_consentPage = false;
    QStringList m_consentTenants;
    QHash<QString, Grant> m_grants;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, Code> m_codes;
    QHash<QString, PendingConsent> m_pending;
    QList<ConnectionInfo> m_connections;
};

QString randomToken(int bytes);
QString base64Url(const QByteArray &data);

} // namespace fakexero
