#pragma once

// For the Xero connection tests: fake-xero in-process, the environment pointing Billhook at it, and a
// "browser" that follows the authorisation address the way a real one would (GET, then the redirect).
#include "fakexero.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <qcoro/qcorotask.h>

#include <optional>

namespace billhook::test {

// QCoro::waitFor needs a default-constructible result; Result<T> is not.
template<class T> QCoro::Task<std::optional<T>> asOptional(QCoro::Task<T> task)
{
    co_return co_await std::move(task);
}
template<class T> T await(QCoro::Task<T> task)
{
    return *QCoro::waitFor(asOptional(std::move(task)));
}

struct Page
{
    int status = 0;
    QByteArray body;
    QUrl location; // the Location header of a redirect
};

// One GET, redirects not followed; runs the event loop (fake-xero answers from the same thread).
inline Page browse(const QUrl &url)
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nam->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = reply->readAll();
    page.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    reply->deleteLater();
    return page;
}

// The user's browser: opens the authorisation address at fake-xero, which redirects to Billhook's
// loopback listener; returns the listener's page (and the callback address in `callback`).
inline Page authorizeInBrowser(const QUrl &authorizeUrl, QUrl *callback = nullptr)
{
    const Page consent = browse(authorizeUrl);
    if (consent.status != 302) {
        qWarning("authorize answered %d: %s", consent.status, consent.body.constData());
        return consent;
    }
    if (callback)
        *callback = consent.location;
    return browse(consent.location);
}

inline QUrl withQueryItem(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(key);
    if (!value.isNull())
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

// The signal was seen already (the browser's event loop may have let it through), or comes within 10 s.
inline bool signalled(QSignalSpy &spy, int timeoutMs = 10000)
{
    return !spy.isEmpty() || spy.wait(timeoutMs);
}

// Points Billhook at `xero` for the life of the object.
struct XeroEnvironment
{
    explicit XeroEnvironment(const fakexero::FakeXero &xero)
    {
        qputenv("BILLHOOK_XERO_ENDPOINT", xero.baseUrl().toString().toUtf8());
        qputenv("BILLHOOK_XERO_CLIENT_ID", fakexero::FakeXero::defaultClientId().toUtf8());
    }
    ~XeroEnvironment()
    {
        qunsetenv("BILLHOOK_XERO_ENDPOINT");
        qunsetenv("BILLHOOK_XERO_CLIENT_ID");
    }
};

} // namespace billhook::test
