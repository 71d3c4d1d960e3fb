#include "xeroclient.h"

#include "billhook/version.h"
#include "rategate.h"
#include "xerodates.h"
#include "xeroerrors.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <qcoro/qcoronetworkreply.h>

#include <algorithm>

// HTTP traffic with Xero, for support ("billhook.xero.http.debug=true"). Authorization is always redacted.
Q_LOGGING_CATEGORY(lcXeroHttp, "billhook.xero.http", QtWarningMsg)

namespace billhook {

namespace {

constexpr qint64 WaitSliceMs = 1000;

bool isWrite(const QByteArray &method)
{
    return method == "PUT" || method == "POST" || method == "PATCH";
}

int headerInt(const QNetworkReply &reply, const QByteArray &name, int fallback)
{
    const QByteArray value = reply.rawHeader(name).trimmed();
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? n : fallback;
}

// What one HTTP attempt came to.
struct Attempt
{
    enum class Kind
    {
        Answered, // a status line arrived (the body may still be garbled)
        Lost,     // the request went out but no answer came back (timeout, connection dropped)
        NotSent,  // the connection could not be made
        TlsFailed,
    };
    Kind kind = Kind::NotSent;
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    bool jsonBroken = false; // a body that should be JSON and is not (a truncated answer)
    QDateTime serverTime;
    QByteArray rateProblem;
    int retryAfterSeconds = -1;
    int minuteRemaining = -1;
    int dayRemaining = -1;
    QString networkError;
};

struct ReplyDeleter
{
    void operator()(QNetworkReply *r) const
    {
        if (r)
            r->deleteLater();
    }
};

} // namespace

XeroClient::XeroClient(QNetworkAccessManager &network, AccessTokenSource &tokens, XeroEndpoints endpoints,
                       RateGate &gate, Waiter &waiter, Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_endpoints(std::move(endpoints))
    , m_gate(gate)
    , m_waiter(waiter)
    , m_clock(clock)
    , m_options(options)
{}

XeroClient::~XeroClient() = default;

void XeroClient::cancel()
{
    m_cancelled.store(true);
}

namespace {

QNetworkRequest buildRequest(const QUrl &url, const XeroRequest &request, const QString &tenantId,
                             const QString &accessToken, bool hasBody)
{
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    r.setRawHeader("xero-tenant-id", tenantId.toUtf8());
    r.setRawHeader("Accept", "application/json");
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Billhook/" BILLHOOK_VERSION));
    if (hasBody)
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (isWrite(request.method))
        r.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    if (request.ifModifiedSince.isValid())
        r.setRawHeader("If-Modified-Since", formatIfModifiedSince(request.ifModifiedSince).toLatin1());
    // An API call is never redirected; following one could carry the token somewhere else.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // TLS: Qt verifies the peer by default; Billhook never ignores an SSL error.
    return r;
}

void logRequest(const QByteArray &method, const QNetworkRequest &r, int attempt)
{
    if (!lcXeroHttp().isDebugEnabled())
        return;
    QStringList headers;
    for (const QByteArray &name : r.rawHeaderList()) {
        const bool secret = name.compare("Authorization", Qt::CaseInsensitive) == 0;
        headers << QString::fromLatin1(name) + u": " +
                       (secret ? QStringLiteral("<redacted>") : QString::fromUtf8(r.rawHeader(name)));
    }
    qCDebug(lcXeroHttp).noquote() << method << r.url().toString() << "attempt" << attempt
                                  << headers.join(u"; ");
}

} // namespace

QCoro::Task<XeroResponse> XeroClient::send(XeroRequest request)
{
    XeroResponse result;
    request.method = request.method.toUpper();
    const bool write = isWrite(request.method);
    if (write && request.idempotencyKey.isEmpty()) {
        result.error = Error::make(Error::Code::Invalid,
                                   tr("A change for Xero was not sent: it had no Idempotency-Key, so a retry "
                                      "could create it twice."));
        co_return result;
    }
    if (m_cancelled.load()) {
        result.error =
            Error::make(Error::Code::Network, tr("The sync was cancelled before this call was sent."));
        co_return result;
    }

    Result<QString> token = co_await m_tokens.accessToken();
    if (!token) {
        result.error = token.error();
        co_return result;
    }
    QString accessToken = token.value();

    QUrl url = m_endpoints.api(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    const bool hasBody = !request.rawBody.isEmpty() || !request.body.isNull();
    const QByteArray payload = !request.rawBody.isEmpty() ? request.rawBody
                               : hasBody                  ? request.body.toJson(QJsonDocument::Compact)
                                                          : QByteArray();

    bool refreshed = false;
    bool lostAfterSending = false; // some attempt may have reached Xero without its answer reaching us
    int serverRetries = 0;
    int rateRetries = 0;
    int attemptNumber = 0;

    // The outcome when we give up without a definitive answer.
    auto undecided = [&](Error error) {
        result.outcome = lostAfterSending ? XeroResponse::Outcome::Unknown : XeroResponse::Outcome::NotSent;
        result.error = std::move(error);
        return result;
    };

    for (;;) {
        const Status admitted =
            co_await m_gate.acquire(m_waiter, &m_cancelled, [this](const XeroWait &w) { Q_EMIT waiting(w); });
        if (!admitted) // an earlier answer (429, 5xx) processed nothing; `status` keeps it for the record
            co_return undecided(admitted.error());

        // One attempt.
        ++attemptNumber;
        const QDateTime started = m_clock.nowUtc();
        const QNetworkRequest httpRequest =
            buildRequest(url, request, m_tokens.tenantId(), accessToken, hasBody);
        logRequest(request.method, httpRequest, attemptNumber);
        QElapsedTimer elapsed;
        elapsed.start();
        std::unique_ptr<QNetworkReply, ReplyDeleter> reply(
            request.method == "GET" ? m_network.get(httpRequest)
                                    : m_network.sendCustomRequest(httpRequest, request.method, payload));
        auto timedOut = std::make_shared<bool>(false);
        QTimer timeout;
        timeout.setSingleShot(true);
        QPointer<QNetworkReply> guard(reply.get());
        QObject::connect(&timeout, &QTimer::timeout, reply.get(), [guard, timedOut] {
            *timedOut = true;
            if (guard)
                guard->abort();
        });
        timeout.start(int(std::min<qint64>(m_options.requestTimeoutMs, std::numeric_limits<int>::max())));
        co_await reply.get();
        timeout.stop();
        m_gate.release();

        Attempt a;
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError netError = reply->error();
        if (statusAttr.isValid() && statusAttr.toInt() > 0 && !*timedOut) {
            a.kind = Attempt::Kind::Answered;
            a.status = statusAttr.toInt();
            a.body = reply->readAll();
            a.serverTime = parseHttpDate(reply->rawHeader("Date"));
            a.rateProblem = reply->rawHeader("X-Rate-Limit-Problem").trimmed().toLower();
            a.retryAfterSeconds = headerInt(*reply, "Retry-After", -1);
            a.minuteRemaining = headerInt(*reply, "X-MinLimit-Remaining", -1);
            a.dayRemaining = headerInt(*reply, "X-DayLimit-Remaining", -1);
            const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            if (!a.body.trimmed().isEmpty()) {
                QJsonParseError parseError;
                a.json = QJsonDocument::fromJson(a.body, &parseError);
                a.jsonBroken = parseError.error != QJsonParseError::NoError && type.contains("json");
            }
            // A connection dropped in the middle of the body also lands here, with an error set.
            if (netError != QNetworkReply::NoError && a.status >= 200 && a.status < 300)
                a.jsonBroken = true;
        } else {
            a.networkError = *timedOut ? tr("no answer within %n second(s)", nullptr,
                                            int(m_options.requestTimeoutMs / 1000))
                                       : reply->errorString();
            switch (netError) {
            case QNetworkReply::ConnectionRefusedError:
            case QNetworkReply::HostNotFoundError:
            case QNetworkReply::ProxyConnectionRefusedError:
            case QNetworkReply::ProxyNotFoundError:
            case QNetworkReply::ProxyAuthenticationRequiredError:
                a.kind = Attempt::Kind::NotSent;
                break;
            case QNetworkReply::SslHandshakeFailedError:
                a.kind = Attempt::Kind::TlsFailed;
                break;
            default:
                a.kind =
                    Attempt::Kind::Lost; // timed out, closed or reset after the request may have gone out
                break;
            }
        }
        qCDebug(lcXeroHttp).noquote()
            << request.method << request.path << "->"
            << (a.kind == Attempt::Kind::Answered ? QString::number(a.status) : a.networkError)
            << elapsed.elapsed() << "ms";

        if (a.kind == Attempt::Kind::Answered) {
            ++m_callsMade;
            Q_EMIT callFinished(request.method, request.path, a.status);
            // A 429's Retry-After says when its window ends; its remaining counts would only shorten that.
            if (a.status != 429)
                m_gate.observeRemaining(started, a.minuteRemaining, a.dayRemaining);
            result.status = a.status;
            result.rawBody = a.body;
            result.body = a.json;
            result.serverTime = a.serverTime;
            result.outcome = XeroResponse::Outcome::Answered;
            result.error.reset();
        } else if (a.kind == Attempt::Kind::Lost) {
            ++m_callsMade;
            Q_EMIT callFinished(request.method, request.path, 0);
        }

        // Decide.
        if (a.kind == Attempt::Kind::TlsFailed) {
            co_return undecided(Error::make(
                Error::Code::Network, tr("Billhook could not verify Xero's secure connection (%1). Check the "
                                         "computer's date and time, and any proxy or antivirus that inspects "
                                         "secure connections.")
                                          .arg(a.networkError)));
        }

        bool retry = false;
        qint64 backoffMs = 0;
        if (a.kind == Attempt::Kind::Answered && a.status >= 200 && a.status < 300 && !a.jsonBroken) {
            co_return result;
        } else if (a.kind == Attempt::Kind::Answered && a.status == 401) {
            if (refreshed) {
                result.error = XeroErrors::toError(a.status, a.json, a.body);
                result.error->code = Error::Code::Auth;
                co_return result;
            }
            refreshed = true;
            Result<QString> fresh = co_await m_tokens.refreshAfterRejection(accessToken);
            if (!fresh) {
                result.error = fresh.error();
                result.error->code = Error::Code::Auth;
                co_return result;
            }
            accessToken = fresh.value();
            continue; // straight away: a new token is not a reason to wait
        } else if (a.kind == Attempt::Kind::Answered && a.status == 429) {
            m_gate.uncount(); // Xero does not count refused calls
            const qint64 retryAfterMs = qint64(a.retryAfterSeconds >= 0 ? a.retryAfterSeconds : 60) * 1000;
            if (a.rateProblem == "day") {
                const QDateTime until = m_clock.nowUtc().addMSecs(retryAfterMs);
                m_gate.blockUntil(until);
                result.error = Error::make(Error::Code::Network, RateGate::resumeMessage(until));
                co_return result;
            }
            if (++rateRetries > m_options.maxRateLimitRetries) {
                result.error = Error::make(
                    Error::Code::Network, tr("Xero kept refusing calls for its rate limit. Billhook will try "
                                             "again at the next sync."));
                co_return result;
            }
            m_gate.pause(std::max<qint64>(retryAfterMs, 1000), a.rateProblem == "concurrent"
                                                                   ? XeroWait::Reason::Concurrency
                                                                   : XeroWait::Reason::RetryAfter);
            continue; // the gate waits (through the Waiter, announcing it) before the next attempt
        } else if (a.kind == Attempt::Kind::Answered && a.status >= 500) {
            retry = true;
            if (a.retryAfterSeconds > 0)
                backoffMs = qint64(a.retryAfterSeconds) * 1000;
        } else if (a.kind == Attempt::Kind::Answered && a.jsonBroken) {
            // A 2xx whose body broke off: for a write the change is in Xero; the retry with the same key
            // gets the stored answer. For a read, read again.
            lostAfterSending = true;
            retry = true;
            result.error = Error::make(Error::Code::Network, tr("Xero's answer arrived incomplete."));
        } else if (a.kind == Attempt::Kind::Answered) {
            // 4xx other than 401/429: Xero's definitive answer about this request.
            result.error = XeroErrors::toError(a.status, a.json, a.body);
            co_return result;
        } else if (a.kind == Attempt::Kind::Lost) {
            lostAfterSending = true;
            retry = true;
        } else {
            retry = true; // could not connect: nothing reached Xero
        }

        Q_ASSERT(retry);
        if (serverRetries >= m_options.maxServerRetries) {
            if (a.kind == Attempt::Kind::Answered && a.status >= 500) {
                result.error = XeroErrors::toError(a.status, a.json, a.body);
                result.error->message =
                    tr("Xero did not complete the request after %n attempt(s).", nullptr, attemptNumber) +
                    u' ' + result.error->message;
                if (lostAfterSending)
                    result.outcome = XeroResponse::Outcome::Unknown;
                co_return result;
            }
            co_return undecided(
                Error::make(Error::Code::Network,
                            tr("Billhook could not reach Xero (%1). Check the internet connection; the sync "
                               "tries again next "
                               "time.")
                                .arg(a.networkError.isEmpty() ? tr("incomplete answer") : a.networkError)));
        }
        // Exponential back-off with full jitter on the upper half: base·2^n·[0.5, 1).
        const qint64 exp =
            std::min(m_options.backoffMaxMs, m_options.backoffBaseMs << std::min(serverRetries, 20));
        const qint64 jittered = exp / 2 + qint64(QRandomGenerator::global()->bounded(double(exp / 2 + 1)));
        backoffMs = std::max(backoffMs, jittered);
        ++serverRetries;
        Q_EMIT waiting(XeroWait{XeroWait::Reason::ServerBackoff, backoffMs});
        for (qint64 left = backoffMs; left > 0 && !m_cancelled.load(); left -= WaitSliceMs)
            co_await m_waiter.wait(std::min(left, WaitSliceMs));
        if (m_cancelled.load())
            co_return undecided(Error::make(Error::Code::Network,
                                            tr("The sync was cancelled before Xero answered this call.")));
    }
}

} // namespace billhook
