#pragma once

#include "httpserver.h"
#include "identity.h"
#include "organisation.h"
#include "ratelimiter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fakexero {

// A scripted failure: fires on the Nth call (counted from when it was added) whose method and path match,
// and on the `times - 1` matching calls after it.
struct FaultRule
{
    enum class Kind
    {
        Status,    // answer `status` (500, 503, …) with `body` or Xero's usual body; nothing processed
        RateLimit, // a 429 as the limiter would give it, with `problem` and `retryAfterSeconds`
        DropBeforeWrite, // close the connection without processing
        DropAfterCommit, // process (the write is committed), then close the connection without an answer
        Delay,           // process, then hold the answer back `delayMs` of real time
        MalformedJson,   // process, then send a truncated JSON body with status 200
    };
    Kind kind = Kind::Status;
    QByteArray method;   // empty: any method
    QString pathPattern; // regular expression searched in the path, e.g. "/Invoices$"; empty: any path
    int nth = 1;
    int times = 1; // negative: every matching call from the Nth on
    int status = 500;
    QByteArray body;
    int delayMs = 0;
    int retryAfterSeconds = 60;
    QByteArray problem = "minute";
};

// Fake Xero: identity, the Accounting API subset Billhook uses, Xero's rules, limits and error bodies,
// plus scripting for tests. Single-threaded: it lives in the thread that runs its event loop.
//
// In-process use:
//     fakexero::FakeXero xero;
//     xero.start();                                   // 127.0.0.1, free port
//     auto &org = xero.addOrganisation(u"Acme"_s);     // NZ region by default (15% GST)
//     auto tokens = xero.issueTokens();                // skips the browser; connects every organisation
//     // requests to xero.baseUrl() with "Authorization: Bearer " + tokens.accessToken and xero-tenant-id
class FakeXero : public QObject
{
    Q_OBJECT
public:
    explicit FakeXero(QObject *parent = nullptr);
    ~FakeXero() override;

    static QString defaultClientId() { return QStringLiteral("billhook-demo"); }
    static QStringList defaultRedirectUris();

    bool start(quint16 port = 0);
    quint16 port() const { return m_http.port(); }
    QUrl baseUrl() const;                                   // http://127.0.0.1:PORT
    QUrl accountingUrl(const QString &resource = {}) const; // …/api.xro/2.0/<resource>

    // Virtual clock: starts at the real UTC time and runs with real time; tests move it on.
    qint64 nowMs() const;
    QDateTime now() const;
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    void advanceMs(qint64 ms) { m_offsetMs += ms; }
    void setNow(const QDateTime &utc);
    void freezeClock(bool frozen); // a frozen clock only moves by advance()/setNow()

    // Identity.
    Identity &identity() { return *m_identity; }
    void registerClient(const QString &clientId, const QStringList &redirectUris);
    void setConsentPage(bool on) { m_identity->setConsentPage(on); }
    TokenSet issueTokens(const QString &scope = Identity::defaultScope(), const QStringList &tenantIds = {});
    bool revokeConnection(const QString &tenantId) { return m_identity->removeConnectionForTenant(tenantId); }
    QList<ConnectionInfo> connections() const { return m_identity->connections(); }

    // Organisations (tenants).
    Organisation &addOrganisation(const QString &name,
                                  Organisation::Region region = Organisation::Region::NZ);
    Organisation *organisation(const QString &tenantId);
    QList<Organisation *> organisations();
    QString
    seedDemo();   // "Demo Company (UK)": accounts, tax rates, ~50 contacts, ~200 invoices; returns tenantId
    void reset(); // forget organisations, tokens, faults, counters and limits state

    // Xero-side actions (as if a person did them in Xero): each moves UpdatedDateUTC.
    SaveResult payInvoice(const QString &tenantId, const QString &invoiceId, qint64 amountCents,
                          const QString &accountCode = QStringLiteral("090"));
    SaveResult voidInvoice(const QString &tenantId, const QString &invoiceId);
    SaveResult deletePayment(const QString &tenantId, const QString &paymentId);

    // Faults.
    int addFault(const FaultRule &rule);
    void removeFault(int id);
    void clearFaults();
    int pendingFaults() const { return int(m_faults.size()); }

    // Limits and counters.
    RateLimiter &rateLimiter() { return m_limiter; }
    // Calls received per tenant and endpoint, e.g. callCount(t, "GET /Contacts") or "PUT /Invoices",
    // "POST /Invoices/{id}". Identity endpoints count under the tenant "" ("POST /connect/token").
    int callCount(const QString &tenantId, const QString &endpoint) const;
    QHash<QString, int> callCounts(const QString &tenantId) const { return m_calls.value(tenantId); }
    int totalCalls(const QString &tenantId) const;
    void resetCallCounts() { m_calls.clear(); }

    QString providerName() const { return QStringLiteral("Billhook fake-xero"); }

Q_SIGNALS:
    // Every request as it arrives, headers included (tests check what a client sent).
    void requestReceived(const fakexero::HttpRequest &request);
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    struct ActiveFault
    {
        int id;
        FaultRule rule;
        int seen = 0;
        int fired = 0;
    };
    struct StoredReply
    {
        HttpResponse response;
    };

    void handle(const HttpRequest &request, HttpReply reply);
    void handleAccounting(const HttpRequest &request, HttpReply reply);
    HttpResponse handleAdmin(const HttpRequest &request);
    HttpResponse routeAccounting(const HttpRequest &request, Organisation &org, const QString &resource,
                                 const QString &id, const QString &endpoint);
    // A record of a list, rendered only when a filter, an order or the page needs it: a page of a large
    // collection renders the page, not the collection.
    struct Listed
    {
        qint64 updatedMs = -1; // its UpdatedDateUTC, when known without rendering; -1 otherwise
        std::function<QJsonObject()> render;
        QJsonObject plain, rendered;
        bool ready = false;
        void ensure();
    };
    HttpResponse listResponse(const HttpRequest &request, Organisation &org, const QString &collection,
                              QList<Listed> records, bool paged, bool supportsModifiedSince);
    HttpResponse writeResponse(const HttpRequest &request, Organisation &org, const QString &collection,
                               const QString &pathId);
    QJsonObject envelope() const;
    std::optional<FaultRule> matchFault(const HttpRequest &request);
    HttpResponse faultResponse(const FaultRule &rule) const;
    void count(const QString &tenantId, const QString &endpoint) { m_calls[tenantId][endpoint] += 1; }

    HttpServer m_http;
    std::unique_ptr<Identity> m_identity;
    std::vector<std::unique_ptr<Organisation>> m_orgs;
    RateLimiter m_limiter;
    QList<ActiveFault> m_faults;
    int m_nextFaultId = 1;
    QHash<QString, QHash<QString, int>> m_calls;
    QHash<QString, StoredReply> m_idempotent; // tenant | method | path | key
    QElapsedTimer m_elapsed;
    qint64 m_startMs = 0;
    qint64 m_offsetMs = 0;
    bool m_frozen = false;
    qint64 m_frozenAtElapsed = 0;
};

HttpResponse xeroError(int status, const QString &title, const QString &detail);

} // namespace fakexero
