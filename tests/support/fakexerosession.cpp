#include "fakexerosession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>
#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

#include <chrono>

namespace billhook::test {

FakeXeroTokens::FakeXeroTokens(fakexero::FakeXero &xero, QString tenantId)
    : m_xero(xero)
    , m_tenantId(std::move(tenantId))
{
    const fakexero::TokenSet tokens = xero.issueTokens();
    m_accessToken = tokens.accessToken;
    m_refreshToken = tokens.refreshToken;
    m_expiresAt = xero.now().addSecs(tokens.expiresIn);
}

// QCoro 0.8's return_value(U &&) std::move()s an lvalue of another type than the task's: `co_return m_x;`
// into a Task<Result<QString>> would empty m_x. Return copies.
QCoro::Task<Result<QString>> FakeXeroTokens::accessToken()
{
    // As XeroSession does: a token about to expire (on fake-xero's clock) is renewed before it is used, not
    // after Xero has refused a call with it (which would spend a call).
    if (m_expiresAt.isValid() && m_xero.now().secsTo(m_expiresAt) <= 60 && !m_refreshing)
        co_return co_await refresh();
    while (m_refreshing)
        co_await QCoro::sleepFor(std::chrono::milliseconds(5));
    co_return Result<QString>(m_accessToken);
}

QCoro::Task<Result<QString>> FakeXeroTokens::refreshAfterRejection(const QString &rejected)
{
    // Single flight: a caller that arrives during a refresh waits for it and takes its token.
    while (m_refreshing)
        co_await QCoro::sleepFor(std::chrono::milliseconds(5));
    if (rejected != m_accessToken)
        co_return Result<QString>(m_accessToken);
    co_return co_await refresh();
}

QCoro::Task<Result<QString>> FakeXeroTokens::refresh()
{
    m_refreshing = true;
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), m_refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), fakexero::FakeXero::defaultClientId());
    QUrl url = m_xero.baseUrl();
    url.setPath(QStringLiteral("/connect/token"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    std::unique_ptr<QNetworkReply> reply(
        m_network.post(request, form.toString(QUrl::FullyEncoded).toLatin1()));
    co_await reply.get();
    ++m_refreshes;
    m_refreshing = false;
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200 ||
        answer.value(QStringLiteral("access_token")).toString().isEmpty())
        co_return Error::make(Error::Code::Auth, QStringLiteral("refresh refused: ") +
                                                     answer.value(QStringLiteral("error")).toString());
    m_accessToken = answer.value(QStringLiteral("access_token")).toString();
    m_refreshToken = answer.value(QStringLiteral("refresh_token")).toString();
    m_expiresAt = m_xero.now().addSecs(answer.value(QStringLiteral("expires_in")).toInt());
    co_return Result<QString>(m_accessToken);
}

QCoro::Task<void> FakeXeroWaiter::wait(qint64 milliseconds)
{
    ++m_waits;
    m_waitedMs += milliseconds;
    m_xero.advanceMs(milliseconds);
    co_return;
}

} // namespace billhook::test
