#pragma once

#include "accesstokensource.h"
#include "core/clock.h"
#include "core/result.h"
#include "xeroendpoints.h"
#include "xerowait.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QUrlQuery>
#include <qcoro/qcorotask.h>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace billhook {

class RateGate;

// One call to the Accounting API (api.xro/2.0). The client adds Authorization, xero-tenant-id and
// Accept: application/json; writes carry the Idempotency-Key given here, the same on every retry.
struct XeroRequest
{
    QByteArray method = "GET"; // GET | PUT | POST | DELETE
    QString path;              // relative to api.xro/2.0: "Contacts", "Invoices/<id>"
    QUrlQuery query;           // page, pageSize, order, where, summarizeErrors, includeArchived, unitdp...
    QJsonDocument body;        // empty for GET
    // When not empty, sent as the body instead of `body`: the exact JSON text, so amounts travel as decimal
    // numbers written from integers (a QJsonDocument could only hold them as doubles). `body` then holds the
    // same document with those numbers as strings.
    QByteArray rawBody;
    QString idempotencyKey;    // required for PUT and POST; reused on every retry of this request
    QDateTime ifModifiedSince; // UTC; sent as If-Modified-Since yyyy-MM-ddThh:mm:ss when valid
};

struct XeroResponse
{
    enum class Outcome
    {
        Answered, // Xero answered with `status` (2xx or an error status with its body)
        Unknown,  // the request may or may not have reached Xero (timeout, connection dropped after sending)
        NotSent,  // nothing reached Xero (no token, cancelled, limit reached before sending, refused locally)
    };

    Outcome outcome = Outcome::NotSent;
    int status = 0;       // HTTP status when Answered
    QJsonDocument body;   // parsed JSON body, when there is one
    QByteArray rawBody;   // as received (never logged with secrets; Xero bodies hold none)
    QDateTime serverTime; // the Date header, UTC, when present
    std::optional<Error>
        error; // set unless status is 2xx: Auth (401 after one refresh, 403),
               // Network (unreachable, 5xx after retries, limits), Invalid (400), NotFound (404)

    bool ok() const { return outcome == Outcome::Answered && status >= 200 && status < 300; }
};

// The Accounting API client: every call passes one per-tenant RateGate (60 a minute, 5,000 a day persisted
// in api_usage, 4 at once: one below Xero's 5); Retry-After is obeyed on 429 (a day-limit 429 fails the call
// with a Network error naming the limit, without retrying); 5xx is retried with exponential backoff and
// jitter; a 401 is answered by one refresh through the AccessTokenSource and one retry. A write whose answer
// was lost is retried with the same Idempotency-Key; if that also fails the outcome is reported as Unknown,
// and the sync settles it by looking the record up (never by creating it again).
struct XeroClientOptions
{
    int maxServerRetries = 4;        // 5xx and lost answers
    qint64 requestTimeoutMs = 60000; // per attempt
    qint64 backoffBaseMs = 1000;     // first 5xx back-off; doubles per retry, with jitter
    qint64 backoffMaxMs = 60000;
    int maxRateLimitRetries = 10; // consecutive minute/concurrency 429s before the call fails
};

class XeroClient : public QObject
{
    Q_OBJECT
public:
    using Options = XeroClientOptions;

    XeroClient(QNetworkAccessManager &network, AccessTokenSource &tokens, XeroEndpoints endpoints,
               RateGate &gate, Waiter &waiter, Clock &clock = Clock::system(), Options options = {},
               QObject *parent = nullptr);
    ~XeroClient() override;

    QCoro::Task<XeroResponse> send(XeroRequest request);

    // Stops waiting and sending: requests not yet sent end as NotSent with an error saying so. A request
    // already on the wire is left to finish (or time out), so a write's answer is not thrown away; retries
    // and back-off waits stop. Safe to call from any thread.
    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Calls that reached (or may have reached) Xero through this client.
    int callsMade() const { return m_callsMade; }

Q_SIGNALS:
    void waiting(billhook::XeroWait wait);
    void callFinished(const QByteArray &method, const QString &path, int status);

private:
    QNetworkAccessManager &m_network;
    AccessTokenSource &m_tokens;
    XeroEndpoints m_endpoints;
    RateGate &m_gate;
    Waiter &m_waiter;
    Clock &m_clock;
    Options m_options;
    std::atomic<bool> m_cancelled{false};
    int m_callsMade = 0;
};

} // namespace billhook
