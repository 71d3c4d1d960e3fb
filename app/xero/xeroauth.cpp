#include "xeroauth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QTimer>
#include <QVariantMap>
#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorosignal.h>

#include <memory>

namespace billhook {

namespace {

QString randomUrlSafe(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

// Qt's loopback listener with the two things Xero needs: the registered "localhost" redirect URI
// (Qt 6.4 writes 127.0.0.1), and a word when the code exchange fails (Qt 6.4 only logs it).
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    using QOAuthHttpServerReplyHandler::QOAuthHttpServerReplyHandler;

    QString callback() const override { return QStringLiteral("http://localhost:%1/callback").arg(port()); }

    void networkReplyFinished(QNetworkReply *reply) override
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (status != 200) {
            Q_EMIT exchangeFailed(status, body, reply->errorString());
            return;
        }
        auto tokens = XeroIdentity::parseTokens(body);
        if (!tokens) {
            Q_EMIT exchangeFailed(status, body, tokens.error().message);
            return;
        }
        Q_EMIT exchanged(*tokens);
        // Let the flow finish its own state machine too (it keeps nothing we use).
        Q_EMIT tokensReceived(QVariantMap{{QStringLiteral("access_token"), tokens->accessToken},
                                          {QStringLiteral("expires_in"), tokens->expiresIn}});
    }

Q_SIGNALS:
    void exchanged(const billhook::XeroTokens &tokens);
    void exchangeFailed(int status, const QByteArray &body, const QString &reason);
};

XeroAuth::XeroAuth(QNetworkAccessManager &network, XeroEndpoints endpoints, QString clientId,
                   QStringList scopes, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
    , m_scopes(std::move(scopes))
    , m_options(std::move(options))
{}

XeroAuth::~XeroAuth()
{
    stopListening();
}

quint16 XeroAuth::port() const
{
    return m_handler && m_handler->isListening() ? m_handler->port() : 0;
}

void XeroAuth::stopListening()
{
    if (m_handler) {
        m_handler->close();
        m_handler->deleteLater();
    }
    if (m_flow)
        m_flow->deleteLater();
}

void XeroAuth::finish(Result<XeroTokens> result)
{
    if (m_result)
        return;
    m_result = std::move(result);
    stopListening();
    Q_EMIT attemptEnded();
}

void XeroAuth::refuse(const QString &error, const QString &description)
{
    finish(Error::make(
        Error::Code::Auth,
        error == u"access_denied"
            ? tr("Access was declined in Xero, so Billhook is not connected.")
            : tr("Xero refused the request to connect: %1 %2").arg(error, description).trimmed()));
}

void XeroAuth::cancel()
{
    finish(Error::make(Error::Code::Auth, tr("Connecting to Xero was cancelled.")));
}

QCoro::Task<Result<XeroTokens>> XeroAuth::authorize()
{
    if (m_clientId.isEmpty())
        co_return Error::make(Error::Code::Invalid,
                              tr("No Xero client id is configured. Set it in the settings, or with the "
                                 "environment variable BILLHOOK_XERO_CLIENT_ID."));

    // Is Xero there at all? Any HTTP answer will do; without one the browser would show an error page and
    // Billhook would wait five minutes for nothing.
    {
        QNetworkRequest probe(m_endpoints.authorize());
        probe.setTransferTimeout(XeroIdentity::RequestTimeoutMs);
        probe.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> reply(co_await m_network.get(probe));
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
            co_return XeroIdentity::unreachable(m_endpoints, reply->errorString());
    }
    if (m_result)                                // cancelled meanwhile
        co_return Result<XeroTokens>(*m_result); // a copy: GCC 12 moves from a co_returned member

    // Only the registered ports, in order, and only on 127.0.0.1 (Qt's default constructor would listen on
    // every interface).
    LoopbackReplyHandler *handler = nullptr;
    for (quint16 port : std::as_const(m_options.ports)) {
        handler = new LoopbackReplyHandler(QHostAddress(QHostAddress::LocalHost), port, this);
        if (handler->isListening())
            break;
        delete handler;
        handler = nullptr;
    }
    m_handler = handler;
    if (!handler) {
        QStringList ports;
        for (quint16 port : std::as_const(m_options.ports))
            ports.append(QString::number(port));
        stopListening();
        co_return Error::make(Error::Code::Network,
                              tr("Billhook needs one of the ports %1 on this computer for Xero's answer, but "
                                 "all are in use. Close the program using them and try again.")
                                  .arg(ports.join(QStringLiteral(", "))));
    }
    handler->setCallbackPath(QStringLiteral("callback"));

    auto *flow = new QOAuth2AuthorizationCodeFlow(&m_network, this);
    m_flow = flow;
    flow->setAuthorizationUrl(m_endpoints.authorize());
    flow->setAccessTokenUrl(m_endpoints.token());
    flow->setClientIdentifier(m_clientId);
    flow->setScope(m_scopes.join(QLatin1Char(' ')));
    const QString state = randomUrlSafe(24);
    flow->setState(state);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::S256);
#else
    const QString verifier = randomUrlSafe(48); // 64 characters of [A-Za-z0-9-_]
    const QString challenge =
        QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    flow->setModifyParametersFunction(
        [verifier, challenge](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), challenge);
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), verifier);
            }
        });
#endif

    // The page the browser shows depends on whether the callback belongs to this attempt. This runs before
    // the handler writes the page, and before the flow looks at the callback.
    connect(handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this, state](const QVariantMap &values) {
                const QString received =
                    QUrl::fromPercentEncoding(values.value(QStringLiteral("state")).toByteArray());
                m_lastCallbackMatched = !received.isEmpty() && received == state;
                if (!m_handler)
                    return;
                if (!m_lastCallbackMatched)
                    m_handler->setCallbackText(
                        tr("This answer does not belong to Billhook's current request to connect "
                           "to Xero, so it was ignored. Start Connect to Xero again in Billhook."));
                else if (values.contains(QStringLiteral("error"))) {
                    m_handler->setCallbackText(
                        tr("Xero did not give Billhook access. You can close this tab."));
                    // Qt 6.4's flow only logs an error callback; end the attempt once the page is written.
                    const QString error = values.value(QStringLiteral("error")).toString();
                    const QString description = QUrl::fromPercentEncoding(
                        values.value(QStringLiteral("error_description")).toByteArray());
                    QTimer::singleShot(0, this, [this, error, description] { refuse(error, description); });
                } else
                    m_handler->setCallbackText(
                        tr("Billhook has Xero's answer. You can close this tab and go back to "
                           "Billhook."));
            });
    flow->setReplyHandler(handler);
    connect(handler, &LoopbackReplyHandler::exchanged, this, [this](const XeroTokens &tokens) {
        if (tokens.refreshToken.isEmpty())
            finish(
                Error::make(Error::Code::Auth, tr("Xero gave no refresh token: the offline_access scope is "
                                                  "missing from the app's settings at Xero.")));
        else
            finish(tokens);
    });
    connect(handler, &LoopbackReplyHandler::exchangeFailed, this,
            [this](int status, const QByteArray &body, const QString &reason) {
                if (status == 0) {
                    finish(XeroIdentity::unreachable(m_endpoints, reason));
                    return;
                }
                const QString error =
                    QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
                finish(
                    Error::make(Error::Code::Auth,
                                tr("Xero refused to complete the sign-in (%1). Start Connect to Xero again.")
                                    .arg(error.isEmpty() ? QString::number(status) : error)));
            });
    connect(flow, &QAbstractOAuth2::error, this,
            [this](const QString &error, const QString &description, const QUrl &) {
                if (m_lastCallbackMatched) // an error with someone else's state is ignored like any stray
                                           // callback
                    refuse(error, description);
            });
    connect(flow, &QAbstractOAuth::authorizeWithBrowser, this, &XeroAuth::authorizationUrlReady);

    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, this, [this] {
        finish(
            Error::make(Error::Code::Network,
                        tr("Xero's answer did not arrive within %n minute(s), so Billhook stopped waiting. "
                           "Nothing was changed; start Connect to Xero again.",
                           nullptr, int((m_options.timeout.count() + 59999) / 60000))));
    });
    timeout.start(m_options.timeout);

    flow->grant(); // emits authorizeWithBrowser
    if (!m_result)
        co_await qCoro(this, &XeroAuth::attemptEnded);
    co_return Result<XeroTokens>(*m_result); // a copy: GCC 12 moves from a co_returned member
}

} // namespace billhook

#include "moc_xeroauth.cpp"
#include "xeroauth.moc"
