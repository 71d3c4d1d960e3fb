#pragma once

#include "fakexero.h"
#include "sync/syncengine.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <qcoro/qcoronetworkreply.h>

namespace billhook::test {

// Speaks real HTTP to an in-process fake-xero with tokens it issued, for the engine tests that want every
// fault to reach the engine as is: no rate-limit waits or retries here (the app sends through XeroClient;
// tst_syncengine_client runs the engine through it, with its RateGate and waiter).
// A request whose connection drops after it was sent reports Outcome::Unknown, as the client's contract says.
class FakeSend
{
public:
    FakeSend(fakexero::FakeXero &xero, QString tenantId)
        : m_xero(xero)
        , m_tenant(std::move(tenantId))
        , m_token(xero.issueTokens().accessToken)
    {}

    SyncEngine::Send send()
    {
        return [this](XeroRequest req) -> QCoro::Task<XeroResponse> { return perform(std::move(req)); };
    }
    int calls = 0;

private:
    QCoro::Task<XeroResponse> perform(XeroRequest req)
    {
        QUrl url = m_xero.accountingUrl(req.path);
        url.setQuery(req.query);
        QNetworkRequest nr(url);
        nr.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        nr.setRawHeader("xero-tenant-id", m_tenant.toUtf8());
        nr.setRawHeader("Accept", "application/json");
        if (req.ifModifiedSince.isValid())
            nr.setRawHeader(
                "If-Modified-Since",
                req.ifModifiedSince.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toUtf8());
        if (!req.idempotencyKey.isEmpty())
            nr.setRawHeader("Idempotency-Key", req.idempotencyKey.toUtf8());
        const QByteArray body = !req.rawBody.isEmpty() ? req.rawBody
                                : req.body.isNull()    ? QByteArray()
                                                       : req.body.toJson(QJsonDocument::Compact);
        if (!body.isEmpty())
            nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        ++calls;
        if (qEnvironmentVariableIsSet("FAKESEND_TRACE"))
            qInfo("%s %s", req.method.constData(), qPrintable(url.toString()));
        QNetworkReply *reply = m_net.sendCustomRequest(nr, req.method, body);
        co_await reply;
        XeroResponse r;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            r.outcome = req.method == "GET" ? XeroResponse::Outcome::NotSent : XeroResponse::Outcome::Unknown;
            r.error = Error::make(Error::Code::Network, reply->errorString());
        } else {
            r.outcome = XeroResponse::Outcome::Answered;
            r.status = status;
            r.rawBody = reply->readAll();
            r.body = QJsonDocument::fromJson(r.rawBody);
            if (status < 200 || status >= 300)
                r.error = Error::make(
                    status == 401 || status == 403 ? Error::Code::Auth : Error::Code::Network,
                    QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(r.rawBody.left(300))));
        }
        reply->deleteLater();
        co_return r;
    }

    fakexero::FakeXero &m_xero;
    QString m_tenant;
    QString m_token;
    QNetworkAccessManager m_net;
};

} // namespace billhook::test
