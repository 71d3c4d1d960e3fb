#pragma once

#include "core/result.h"
#include "xeroendpoints.h"
#include "xeroidentity.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <qcoro/qcorotask.h>

#include <chrono>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace billhook {

class LoopbackReplyHandler;

// One sign-in at Xero: the authorization code flow with PKCE (S256) on Qt NetworkAuth's
// QOAuth2AuthorizationCodeFlow, for a public client (client id only, no secret).
//
// Every attempt gets a fresh code verifier and state. The redirect comes back to a listener bound to
// 127.0.0.1 only, on the first free port of 53682, 53683, 53684 (all three registered with Xero), with
// redirect_uri exactly http://localhost:PORT/callback. The listener closes when the code arrives, on
// cancel() or after the timeout (5 minutes). A callback with a wrong or missing state is refused (the
// browser is told so) and nothing is exchanged; the attempt goes on waiting for the right one.
//
// Qt 6.4 has no PKCE: the challenge and verifier are added through setModifyParametersFunction (Qt >= 6.8
// uses setPkceMethod). Qt 6.4's reply handler says nothing when the code exchange fails, so the handler
// here reports failed exchanges itself.
class XeroAuth : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QList<quint16> ports = defaultPorts();
        std::chrono::milliseconds timeout = std::chrono::minutes(5);
    };
    static QList<quint16> defaultPorts() { return {53682, 53683, 53684}; }

    XeroAuth(QNetworkAccessManager &network, XeroEndpoints endpoints, QString clientId, QStringList scopes,
             Options options, QObject *parent = nullptr);
    ~XeroAuth() override;

    // Checks the endpoint is reachable, listens, emits authorizationUrlReady and completes with the
    // tokens, or an Error saying what went wrong (unreachable, ports taken, declined, timeout, cancelled,
    // refused exchange). Call once per object.
    QCoro::Task<Result<XeroTokens>> authorize();
    void cancel();

    // The port listened on (0 when not listening).
    quint16 port() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    // Internal: the attempt ended (m_result is set); connect to the Result of authorize() instead.
    void attemptEnded();

private:
    void finish(Result<XeroTokens> result);
    void refuse(const QString &error, const QString &description);
    void stopListening();

    QNetworkAccessManager &m_network;
    XeroEndpoints m_endpoints;
    QString m_clientId;
    QStringList m_scopes;
    Options m_options;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<LoopbackReplyHandler> m_handler;
    std::optional<Result<XeroTokens>> m_result;
    bool m_lastCallbackMatched = false;
};

} // namespace billhook
