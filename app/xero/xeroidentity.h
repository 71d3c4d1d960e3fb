#pragma once

#include "core/result.h"
#include "xeroendpoints.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace billhook {

// The answer of Xero's token endpoint. Held in memory only.
struct XeroTokens
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; // seconds
    QString scope;
    // The access token's authentication_event_id claim (read, not verified): which /connections this
    // sign-in made, so a reconnect can tell which organisations the user just chose.
    QString authEventId;
};

// One organisation from GET /connections.
struct XeroOrganisation
{
    QString tenantId;
    QString name;
    QString connectionId; // for DELETE /connections/{id}
};

// The identity half of Xero: the token endpoint (refresh), revocation and /connections. Every request
// verifies TLS (QNetworkAccessManager's default; nothing here ignores SSL errors) and never logs a token.
class XeroIdentity
{
    Q_DECLARE_TR_FUNCTIONS(XeroIdentity)
public:
    static constexpr int RequestTimeoutMs = 30000;

    XeroIdentity(QNetworkAccessManager &network, XeroEndpoints endpoints, QString clientId);

    struct TokenOutcome
    {
        enum class Kind
        {
            Granted,  // tokens holds the answer
            Refused,  // 400 invalid_grant: the refresh token is expired, revoked or stale
            Rejected, // another 4xx (invalid_client, unsupported_grant_type...): configuration
            Lost,     // no answer, or a 5xx: the request may have been processed; retry with the same token
        };
        Kind kind = Kind::Lost;
        XeroTokens tokens;
        Error error; // set unless Granted
    };

    QCoro::Task<TokenOutcome> refresh(QString refreshToken);
    // POST /connect/revocation with token and client_id.
    QCoro::Task<Status> revoke(QString refreshToken);
    // GET /connections (filtered by the sign-in's authEventId when given).
    QCoro::Task<Result<QList<XeroOrganisation>>> connections(QString accessToken, QString authEventId = {});
    // DELETE /connections/{id}; a 404 (already gone) counts as done.
    QCoro::Task<Status> deleteConnection(QString accessToken, QString connectionId);

    // Reads a token endpoint answer; an Error when it is not one.
    static Result<XeroTokens> parseTokens(const QByteArray &body);
    static QString authEventIdOf(const QString &accessToken);
    // "Xero could not be reached at HOST: reason" for a transport failure.
    static Error unreachable(const XeroEndpoints &endpoints, const QString &reason);

private:
    TokenOutcome tokenOutcome(int status, const QByteArray &body, const QString &transportError) const;

private:
    QNetworkAccessManager &m_network;
    XeroEndpoints m_endpoints;
    QString m_clientId;
};

} // namespace billhook
