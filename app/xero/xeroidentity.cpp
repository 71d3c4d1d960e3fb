#include "xeroidentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <qcoro/qcoronetworkreply.h>

#include <memory>

namespace billhook {

namespace {

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest r(url);
    r.setTransferTimeout(XeroIdentity::RequestTimeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest r = request(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    r.setRawHeader("Accept", "application/json");
    return r;
}

QNetworkRequest bearerRequest(const QUrl &url, const QString &accessToken)
{
    QNetworkRequest r = request(url);
    r.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    r.setRawHeader("Accept", "application/json");
    return r;
}

using ReplyPtr = std::unique_ptr<QNetworkReply>;

int statusOf(const QNetworkReply &reply)
{
    return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

XeroIdentity::XeroIdentity(QNetworkAccessManager &network, XeroEndpoints endpoints, QString clientId)
    : m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
{}

Error XeroIdentity::unreachable(const XeroEndpoints &endpoints, const QString &reason)
{
    const QString host = endpoints.isOverridden() ? endpoints.base().toString(QUrl::RemoveUserInfo)
                                                  : QStringLiteral("identity.xero.com");
    return Error::make(Error::Code::Network,
                       tr("Xero could not be reached at %1 (%2). Check the internet connection and the Xero "
                          "address in the settings, then try again.")
                           .arg(host, reason));
}

Result<XeroTokens> XeroIdentity::parseTokens(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    XeroTokens t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.expiresIn = o.value(QStringLiteral("expires_in")).toInteger(1800);
    t.scope = o.value(QStringLiteral("scope")).toString();
    if (t.accessToken.isEmpty())
        return Error::make(Error::Code::Network,
                           tr("Xero's sign-in service gave an answer without a token."));
    t.authEventId = authEventIdOf(t.accessToken);
    return t;
}

QString XeroIdentity::authEventIdOf(const QString &accessToken)
{
    const QStringList parts = accessToken.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const QByteArray claims = QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(claims)
        .object()
        .value(QStringLiteral("authentication_event_id"))
        .toString();
}

XeroIdentity::TokenOutcome XeroIdentity::tokenOutcome(int status, const QByteArray &body,
                                                      const QString &transportError) const
{
    TokenOutcome out;
    if (status == 200) {
        auto tokens = parseTokens(body);
        if (tokens && !tokens->refreshToken.isEmpty()) {
            out.kind = TokenOutcome::Kind::Granted;
            out.tokens = *tokens;
            return out;
        }
        // A 200 we cannot read is as good as lost: the old token is still good within the grace window.
        out.kind = TokenOutcome::Kind::Lost;
        out.error =
            Error::make(Error::Code::Network, tr("Xero's sign-in service gave an unreadable answer."));
        return out;
    }
    if (status >= 400 && status < 500) {
        const QString error =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
        if (error == u"invalid_grant") {
            out.kind = TokenOutcome::Kind::Refused;
            out.error = Error::make(Error::Code::Auth,
                                    tr("Xero no longer accepts Billhook's sign-in (it expired or access was "
                                       "removed in Xero). Reconnect to Xero; nothing local was lost."));
        } else {
            out.kind = TokenOutcome::Kind::Rejected;
            out.error = Error::make(Error::Code::Auth,
                                    error == u"invalid_client"
                                        ? tr("Xero does not recognise the client id \"%1\". Check the Xero "
                                             "client id in the settings "
                                             "(or BILLHOOK_XERO_CLIENT_ID).")
                                              .arg(m_clientId)
                                        : tr("Xero's sign-in service refused the request (%1).")
                                              .arg(error.isEmpty() ? QString::number(status) : error));
        }
        return out;
    }
    out.kind = TokenOutcome::Kind::Lost;
    out.error = status > 0
                    ? Error::make(Error::Code::Network,
                                  tr("Xero's sign-in service answered with an error (HTTP %1). Try again "
                                     "later.")
                                      .arg(status))
                    : unreachable(m_endpoints, transportError);
    return out;
}

QCoro::Task<XeroIdentity::TokenOutcome> XeroIdentity::refresh(QString refreshToken)
{
    // No temporaries inside co_await expressions: GCC 12 mishandles them (arrays, double destruction).
    const QByteArray data = form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                  {QStringLiteral("client_id"), m_clientId},
                                  {QStringLiteral("refresh_token"), refreshToken}});
    const QNetworkRequest r = formRequest(m_endpoints.token());
    ReplyPtr reply(co_await m_network.post(r, data));
    co_return tokenOutcome(statusOf(*reply), reply->readAll(), reply->errorString());
}

QCoro::Task<Status> XeroIdentity::revoke(QString refreshToken)
{
    const QByteArray data =
        form({{QStringLiteral("token"), refreshToken}, {QStringLiteral("client_id"), m_clientId}});
    const QNetworkRequest r = formRequest(m_endpoints.revocation());
    ReplyPtr reply(co_await m_network.post(r, data));
    const int status = statusOf(*reply);
    if (status >= 200 && status < 300)
        co_return Status();
    if (status == 0)
        co_return unreachable(m_endpoints, reply->errorString());
    co_return Error::make(
        Error::Code::Network,
        tr("Xero did not accept the request to revoke Billhook's access (HTTP %1).").arg(status));
}

QCoro::Task<Result<QList<XeroOrganisation>>> XeroIdentity::connections(QString accessToken,
                                                                       QString authEventId)
{
    QUrl url = m_endpoints.connections();
    if (!authEventId.isEmpty())
        url.setQuery(QUrlQuery{{QStringLiteral("authEventId"), authEventId}});
    const QNetworkRequest r = bearerRequest(url, accessToken);
    ReplyPtr reply(co_await m_network.get(r));
    const int status = statusOf(*reply);
    if (status == 0)
        co_return unreachable(m_endpoints, reply->errorString());
    if (status == 401 || status == 403)
        co_return Error::make(Error::Code::Auth,
                              tr("Xero refused the list of organisations (HTTP %1).").arg(status));
    if (status != 200)
        co_return Error::make(
            Error::Code::Network,
            tr("Xero could not list the organisations (HTTP %1). Try again later.").arg(status));
    QList<XeroOrganisation> out;
    for (const auto &v : QJsonDocument::fromJson(reply->readAll()).array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("tenantType")).toString(QStringLiteral("ORGANISATION")) != u"ORGANISATION")
            continue;
        out.append({o.value(QStringLiteral("tenantId")).toString(),
                    o.value(QStringLiteral("tenantName")).toString(),
                    o.value(QStringLiteral("id")).toString()});
    }
    co_return out;
}

QCoro::Task<Status> XeroIdentity::deleteConnection(QString accessToken, QString connectionId)
{
    const QNetworkRequest r = bearerRequest(m_endpoints.connection(connectionId), accessToken);
    ReplyPtr reply(co_await m_network.deleteResource(r));
    const int status = statusOf(*reply);
    if ((status >= 200 && status < 300) || status == 404)
        co_return Status();
    if (status == 0)
        co_return unreachable(m_endpoints, reply->errorString());
    co_return Error::make(status == 401 || status == 403 ? Error::Code::Auth : Error::Code::Network,
                          tr("Xero did not remove the connection (HTTP %1).").arg(status));
}

} // namespace billhook
