#include "fakexero.h"

#include "xerojson.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fakexero {

HttpResponse xeroError(int status, const QString &title, const QString &detail)
{
    // The problem-details shape Xero's gateway uses for 401, 403 and 429.
    QJsonObject body{{u"Type"_s, QJsonValue::Null},
                     {u"Title"_s, title},
                     {u"Status"_s, status},
                     {u"Detail"_s, detail},
                     {u"Instance"_s, json::newGuid()},
                     {u"Extensions"_s, QJsonObject()}};
    return HttpResponse::json(status, json::toText(body));
}

FakeXero::FakeXero(QObject *parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_identity = std::make_unique<Identity>([this] { return nowMs(); },
                                            [this] {
                                                QList<std::pair<QString, QString>> list;
                                                for (const auto &org : m_orgs)
                                                    list.append({org->id, org->name});
                                                return list;
                                            });
    m_identity->registerClient(defaultClientId(), defaultRedirectUris());
    m_http.setHandler(
        [this](const HttpRequest &request, HttpReply reply) { handle(request, std::move(reply)); });
}

FakeXero::~FakeXero() = default;

QStringList FakeXero::defaultRedirectUris()
{
    return {u"http://localhost:53682/callback"_s, u"http://localhost:53683/callback"_s,
            u"http://localhost:53684/callback"_s};
}

bool FakeXero::start(quint16 port)
{
    return m_http.listen(QHostAddress::LocalHost, port);
}

QUrl FakeXero::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(port()));
}

QUrl FakeXero::accountingUrl(const QString &resource) const
{
    return QUrl(baseUrl().toString() + u"/api.xro/2.0/"_s + resource);
}

qint64 FakeXero::nowMs() const
{
    return m_startMs + (m_frozen ? m_frozenAtElapsed : m_elapsed.elapsed()) + m_offsetMs;
}

QDateTime FakeXero::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc());
}

void FakeXero::setNow(const QDateTime &utc)
{
    m_offsetMs += utc.toMSecsSinceEpoch() - nowMs();
}

void FakeXero::freezeClock(bool frozen)
{
    if (frozen == m_frozen)
        return;
    const qint64 current = nowMs();
    m_frozen = frozen;
    m_frozenAtElapsed = m_elapsed.elapsed();
    m_offsetMs += current - nowMs(); // no jump either way
}

void FakeXero::registerClient(const QString &clientId, const QStringList &redirectUris)
{
    m_identity->registerClient(clientId, redirectUris);
}

TokenSet FakeXero::issueTokens(const QString &scope, const QStringList &tenantIds)
{
    return m_identity->issueTokens(scope, tenantIds);
}

Organisation &FakeXero::addOrganisation(const QString &name, Organisation::Region region)
{
    m_orgs.push_back(std::make_unique<Organisation>(name, region, [this] { return nowMs(); }));
    return *m_orgs.back();
}

Organisation *FakeXero::organisation(const QString &tenantId)
{
    for (const auto &org : m_orgs) {
        if (org->id.compare(tenantId, Qt::CaseInsensitive) == 0)
            return org.get();
    }
    return nullptr;
}

QList<Organisation *> FakeXero::organisations()
{
    QList<Organisation *> list;
    for (const auto &org : m_orgs)
        list.append(org.get());
    return list;
}

void FakeXero::reset()
{
    m_orgs.clear();
    m_identity = std::make_unique<Identity>([this] { return nowMs(); },
                                            [this] {
                                                QList<std::pair<QString, QString>> list;
                                                for (const auto &org : m_orgs)
                                                    list.append({org->id, org->name});
                                                return list;
                                            });
    m_identity->registerClient(defaultClientId(), defaultRedirectUris());
    m_limiter.reset();
    m_faults.clear();
    m_calls.clear();
    m_idempotent.clear();
}

SaveResult FakeXero::payInvoice(const QString &tenantId, const QString &invoiceId, qint64 amountCents,
                                const QString &accountCode)
{
    Organisation *org = organisation(tenantId);
    if (!org)
        return SaveResult{{}, {u"no such tenant"_s}};
    return org->savePayment(QJsonObject{{u"Invoice"_s, QJsonObject{{u"InvoiceID"_s, invoiceId}}},
                                        {u"Account"_s, QJsonObject{{u"Code"_s, accountCode}}},
                                        {u"Amount"_s, money::format(amountCents, 2)}});
}

SaveResult FakeXero::voidInvoice(const QString &tenantId, const QString &invoiceId)
{
    Organisation *org = organisation(tenantId);
    if (!org)
        return SaveResult{{}, {u"no such tenant"_s}};
    return org->saveInvoice(QJsonObject{{u"InvoiceID"_s, invoiceId}, {u"Status"_s, u"VOIDED"_s}});
}

SaveResult FakeXero::deletePayment(const QString &tenantId, const QString &paymentId)
{
    Organisation *org = organisation(tenantId);
    if (!org)
        return SaveResult{{}, {u"no such tenant"_s}};
    WriteOptions options;
    options.pathId = paymentId;
    return org->savePayment(QJsonObject{{u"Status"_s, u"DELETED"_s}}, options);
}

int FakeXero::addFault(const FaultRule &rule)
{
    const int id = m_nextFaultId++;
    m_faults.append(ActiveFault{id, rule, 0, 0});
    return id;
}

void FakeXero::removeFault(int id)
{
    m_faults.removeIf([id](const ActiveFault &f) { return f.id == id; });
}

void FakeXero::clearFaults()
{
    m_faults.clear();
}

int FakeXero::callCount(const QString &tenantId, const QString &endpoint) const
{
    return m_calls.value(tenantId).value(endpoint);
}

int FakeXero::totalCalls(const QString &tenantId) const
{
    int total = 0;
    for (int n : m_calls.value(tenantId))
        total += n;
    return total;
}

std::optional<FaultRule> FakeXero::matchFault(const HttpRequest &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        ActiveFault &f = m_faults[i];
        if (!f.rule.method.isEmpty() && f.rule.method.compare(request.method, Qt::CaseInsensitive) != 0)
            continue;
        if (!f.rule.pathPattern.isEmpty() &&
            !QRegularExpression(f.rule.pathPattern, QRegularExpression::CaseInsensitiveOption)
                 .match(request.path)
                 .hasMatch())
            continue;
        ++f.seen;
        if (f.seen < f.rule.nth)
            continue;
        ++f.fired;
        const FaultRule rule = f.rule;
        if (f.rule.times >= 0 && f.fired >= f.rule.times)
            m_faults.removeAt(i);
        return rule;
    }
    return std::nullopt;
}

HttpResponse FakeXero::faultResponse(const FaultRule &rule) const
{
    if (rule.kind == FaultRule::Kind::RateLimit) {
        HttpResponse r = xeroError(429, u"Too Many Requests"_s, u"Rate limit exceeded"_s);
        r.setHeader("Retry-After", QByteArray::number(rule.retryAfterSeconds));
        r.setHeader("X-Rate-Limit-Problem", rule.problem);
        r.setHeader("X-DayLimit-Remaining", rule.problem == "day" ? "0" : "4000");
        r.setHeader("X-MinLimit-Remaining", rule.problem == "minute" ? "0" : "30");
        r.setHeader("X-AppMinLimit-Remaining", "9000");
        return r;
    }
    if (!rule.body.isEmpty())
        return HttpResponse::json(rule.status, rule.body);
    if (rule.status == 503)
        return HttpResponse::text(503,
                                  "The Xero API is temporarily unavailable, or the organisation is offline.");
    if (rule.status >= 500) {
        QJsonObject body{{u"ErrorNumber"_s, 500},
                         {u"Type"_s, u"UnhandledException"_s},
                         {u"Message"_s, u"An error occurred in Xero. Check the API Status page "
                                        u"http://status.developer.xero.com for current service status."_s}};
        return HttpResponse::json(rule.status, json::toText(body));
    }
    return HttpResponse::text(rule.status, reasonPhrase(rule.status));
}

void FakeXero::handle(const HttpRequest &request, HttpReply answer)
{
    Q_EMIT requestReceived(request);
    // Like every HTTP server, Xero dates its answers (RFC 7231 IMF-fixdate), from the virtual clock here.
    HttpReply reply = [this, answer = std::move(answer)](HttpResponse r) {
        if (r.header("Date").isEmpty())
            r.setHeader("Date", QLocale::c()
                                    .toString(QDateTime::fromMSecsSinceEpoch(nowMs(), QTimeZone::utc()),
                                              u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                    .toLatin1());
        answer(std::move(r));
    };
    const QString path = request.path;
    if (path.startsWith(u"/_admin"_s)) {
        HttpResponse response = handleAdmin(request);
        Q_EMIT requestHandled(request.method, path, response.status);
        reply(response);
        return;
    }
    if (path.startsWith(u"/api.xro/2.0/"_s, Qt::CaseInsensitive)) {
        handleAccounting(request, std::move(reply));
        return;
    }

    QString endpoint;
    std::function<HttpResponse()> work;
    const QByteArray method = request.method;
    if (path == u"/identity/connect/authorize"_s && method == "GET") {
        endpoint = u"GET /identity/connect/authorize"_s;
        work = [this, &request] { return m_identity->authorize(request); };
    } else if (path == u"/identity/connect/consent"_s && (method == "GET" || method == "POST")) {
        endpoint = QString::fromLatin1(method) + u" /identity/connect/consent"_s;
        work = [this, &request] { return m_identity->consent(request); };
    } else if (path == u"/connect/token"_s && method == "POST") {
        endpoint = u"POST /connect/token"_s;
        work = [this, &request] { return m_identity->token(request); };
    } else if (path == u"/connect/revocation"_s && method == "POST") {
        endpoint = u"POST /connect/revocation"_s;
        work = [this, &request] { return m_identity->revoke(request); };
    } else if (path.compare(u"/connections"_s, Qt::CaseInsensitive) == 0 && method == "GET") {
        endpoint = u"GET /connections"_s;
        work = [this, &request] { return m_identity->listConnections(request); };
    } else if (path.startsWith(u"/connections/"_s, Qt::CaseInsensitive) && method == "DELETE") {
        endpoint = u"DELETE /connections/{id}"_s;
        const QString id = path.mid(13);
        work = [this, &request, id] { return m_identity->deleteConnection(request, id); };
    } else {
        reply(HttpResponse::text(404, "The resource you're looking for cannot be found"));
        return;
    }
    count(QString(), endpoint);

    HttpResponse response;
    const std::optional<FaultRule> fault = matchFault(request);
    const FaultRule::Kind kind = fault ? fault->kind : FaultRule::Kind::Delay;
    if (fault && (kind == FaultRule::Kind::Status || kind == FaultRule::Kind::RateLimit)) {
        response = faultResponse(*fault);
    } else if (fault && kind == FaultRule::Kind::DropBeforeWrite) {
        response.dropConnection = true;
    } else {
        response = work();
        if (fault && kind == FaultRule::Kind::DropAfterCommit)
            response.dropConnection = true;
        else if (fault && kind == FaultRule::Kind::MalformedJson)
            response.body = response.body.left(response.body.size() / 2);
        else if (fault && kind == FaultRule::Kind::Delay)
            response.delayMs = fault->delayMs;
    }
    Q_EMIT requestHandled(method, path, response.status);
    reply(response); // the HTTP layer honours delayMs
}

QJsonObject FakeXero::envelope() const
{
    return QJsonObject{{u"Id"_s, json::newGuid()},
                       {u"Status"_s, u"OK"_s},
                       {u"ProviderName"_s, providerName()},
                       {u"DateTimeUTC"_s, json::msDateNoOffset(nowMs())}};
}

} // namespace fakexero
