// The admin API under /_admin: the HTTP face of FakeXero's scripting, for tests in other processes and
// for demos. Every route is listed in docs/fake-xero.md.
#include "fakexero.h"
#include "messages.h"
#include "xerojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace fakexero {

namespace {

HttpResponse ok(const QJsonObject &body = {{u"ok"_s, true}})
{
    return HttpResponse::json(200, json::toText(body));
}

HttpResponse bad(int status, const QString &why)
{
    return HttpResponse::json(status, json::toText(QJsonObject{{u"error"_s, why}}));
}

QJsonObject saveResultJson(const SaveResult &r)
{
    QJsonArray errors;
    for (const auto &e : r.errors)
        errors.append(e);
    return QJsonObject{{u"ok"_s, r.ok()}, {u"record"_s, r.record}, {u"errors"_s, errors}};
}

std::optional<FaultRule::Kind> faultKind(const QString &name)
{
    static const QHash<QString, FaultRule::Kind> kinds = {
        {u"status"_s, FaultRule::Kind::Status},
        {u"ratelimit"_s, FaultRule::Kind::RateLimit},
        {u"drop-before"_s, FaultRule::Kind::DropBeforeWrite},
        {u"drop-after-commit"_s, FaultRule::Kind::DropAfterCommit},
        {u"delay"_s, FaultRule::Kind::Delay},
        {u"malformed-json"_s, FaultRule::Kind::MalformedJson},
    };
    if (!kinds.contains(name))
        return std::nullopt;
    return kinds.value(name);
}

} // namespace

HttpResponse FakeXero::handleAdmin(const HttpRequest &request)
{
    const QStringList parts = request.path.mid(8).split(u'/', Qt::SkipEmptyParts); // after "/_admin/"
    const QByteArray method = request.method;
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString first = parts.value(0);

    if (first == u"health"_s)
        return ok();
    if (first == u"messages"_s && method == "GET") {
        int n = 0;
        const MessageInfo *table = messageTable(&n);
        QJsonArray list;
        for (int i = 0; i < n; ++i)
            list.append(QJsonObject{{u"text"_s, QString::fromUtf8(table[i].text)},
                                    {u"source"_s, QString::fromUtf8(table[i].source)}});
        return ok(QJsonObject{{u"messages"_s, list}});
    }
    if (first == u"reset"_s && method == "POST") {
        reset();
        return ok();
    }
    if (first == u"clock"_s) {
        const QString action = parts.value(1);
        if (action == u"advance"_s && method == "POST")
            advanceMs(qint64(body.value(u"seconds"_s).toDouble() * 1000));
        else if (action == u"set"_s && method == "POST") {
            const QDateTime dt = QDateTime::fromString(body.value(u"utc"_s).toString(), Qt::ISODateWithMs);
            if (!dt.isValid())
                return bad(400, u"utc must be an ISO 8601 date-time"_s);
            setNow(dt.timeSpec() == Qt::LocalTime ? QDateTime(dt.date(), dt.time(), QTimeZone::utc()) : dt);
        } else if (action == u"freeze"_s && method == "POST")
            freezeClock(body.value(u"frozen"_s).toBool(true));
        else if (!action.isEmpty() || method != "GET")
            return bad(404, u"unknown clock action"_s);
        return ok(QJsonObject{{u"now"_s, now().toString(Qt::ISODateWithMs)}, {u"nowMs"_s, double(nowMs())}});
    }
    if (first == u"demo"_s && method == "POST")
        return ok(QJsonObject{{u"tenantId"_s, seedDemo()}});
    if (first == u"limits"_s) {
        if (method == "POST") {
            RateLimiter::Limits l = m_limiter.limits();
            l.perMinute = body.value(u"perMinute"_s).toInt(l.perMinute);
            l.perDay = body.value(u"perDay"_s).toInt(l.perDay);
            l.concurrent = body.value(u"concurrent"_s).toInt(l.concurrent);
            l.appPerMinute = body.value(u"appPerMinute"_s).toInt(l.appPerMinute);
            m_limiter.setLimits(l);
        }
        const RateLimiter::Limits l = m_limiter.limits();
        return ok(QJsonObject{{u"perMinute"_s, l.perMinute},
                              {u"perDay"_s, l.perDay},
                              {u"concurrent"_s, l.concurrent},
                              {u"appPerMinute"_s, l.appPerMinute}});
    }
    if (first == u"calls"_s) {
        if (method == "DELETE") {
            resetCallCounts();
            return ok();
        }
        QJsonObject counts;
        const auto all = callCounts(request.queryValue(u"tenant"_s));
        for (auto it = all.begin(); it != all.end(); ++it)
            counts.insert(it.key(), it.value());
        return ok(QJsonObject{{u"calls"_s, counts}});
    }
    if (first == u"clients"_s && method == "POST") {
        QStringList uris;
        for (const auto &u : body.value(u"redirectUris"_s).toArray())
            uris << u.toString();
        registerClient(body.value(u"clientId"_s).toString(), uris);
        return ok();
    }
    if (first == u"consent-page"_s && method == "POST") {
        setConsentPage(body.value(u"enabled"_s).toBool(true));
        return ok();
    }
    if (first == u"tokens"_s) {
        if (parts.value(1) == u"expire"_s && method == "POST") {
            m_identity->expireAccessTokens();
            return ok();
        }
        if (parts.value(1) == u"revoke-all"_s && method == "POST") {
            m_identity->revokeAll();
            return ok();
        }
        if (parts.size() == 1 && method == "POST") {
            QStringList tenants;
            for (const auto &t : body.value(u"tenants"_s).toArray())
                tenants << t.toString();
            const QString scope = body.value(u"scope"_s).toString(Identity::defaultScope());
            const TokenSet t = issueTokens(scope, tenants);
            return ok(QJsonObject{{u"access_token"_s, t.accessToken},
                                  {u"refresh_token"_s, t.refreshToken},
                                  {u"expires_in"_s, t.expiresIn},
                                  {u"scope"_s, t.scope}});
        }
    }
    if (first == u"connections"_s) {
        if (method == "GET") {
            QJsonArray list;
            for (const auto &c : connections())
                list.append(QJsonObject{
                    {u"id"_s, c.id}, {u"tenantId"_s, c.tenantId}, {u"tenantName"_s, c.tenantName}});
            return ok(QJsonObject{{u"connections"_s, list}});
        }
        if (method == "DELETE" && parts.size() == 2) {
            if (!revokeConnection(parts[1]))
                return bad(404, u"no connection for that tenant"_s);
            return ok();
        }
    }
    if (first == u"faults"_s) {
        if (method == "DELETE") {
            if (parts.size() == 2)
                removeFault(parts[1].toInt());
            else
                clearFaults();
            return ok();
        }
        if (method == "GET") {
            QJsonArray list;
            for (const auto &f : std::as_const(m_faults))
                list.append(QJsonObject{{u"id"_s, f.id},
                                        {u"path"_s, f.rule.pathPattern},
                                        {u"method"_s, QString::fromLatin1(f.rule.method)},
                                        {u"seen"_s, f.seen},
                                        {u"fired"_s, f.fired}});
            return ok(QJsonObject{{u"faults"_s, list}});
        }
        if (method == "POST") {
            const auto kind = faultKind(body.value(u"kind"_s).toString(u"status"_s));
            if (!kind)
                return bad(400, u"kind must be status, ratelimit, drop-before, drop-after-commit, delay or "
                                u"malformed-json"_s);
            FaultRule rule;
            rule.kind = *kind;
            rule.method = body.value(u"method"_s).toString().toLatin1();
            rule.pathPattern = body.value(u"path"_s).toString();
            rule.nth = body.value(u"nth"_s).toInt(1);
            rule.times = body.value(u"times"_s).toInt(1);
            rule.status = body.value(u"status"_s).toInt(500);
            rule.body = body.value(u"body"_s).toString().toUtf8();
            rule.delayMs = body.value(u"delayMs"_s).toInt(0);
            rule.retryAfterSeconds = body.value(u"retryAfter"_s).toInt(60);
            rule.problem = body.value(u"problem"_s).toString(u"minute"_s).toLatin1();
            if (!QRegularExpression(rule.pathPattern).isValid())
                return bad(400, u"path is not a valid regular expression"_s);
            return ok(QJsonObject{{u"id"_s, addFault(rule)}});
        }
    }
    if (first == u"tenants"_s) {
        if (parts.size() == 1) {
            if (method == "POST") {
                const QString region = body.value(u"region"_s).toString(u"NZ"_s);
                Organisation &org =
                    addOrganisation(body.value(u"name"_s).toString(u"Second Company"_s),
                                    region == u"UK"_s ? Organisation::Region::UK : Organisation::Region::NZ);
                if (body.value(u"connect"_s).toBool(false))
                    m_identity->issueTokens(Identity::defaultScope(), {org.id}); // as if the user added it
                return ok(QJsonObject{{u"tenantId"_s, org.id}, {u"name"_s, org.name}});
            }
            QJsonArray list;
            for (const auto &org : m_orgs)
                list.append(QJsonObject{{u"tenantId"_s, org->id},
                                        {u"name"_s, org->name},
                                        {u"baseCurrency"_s, org->baseCurrency}});
            return ok(QJsonObject{{u"tenants"_s, list}});
        }
        Organisation *org = organisation(parts[1]);
        if (!org)
            return bad(404, u"no such tenant"_s);
        const QString what = parts.value(2);
        const QString id = parts.value(3);
        const QString action = parts.value(4);
        if (method != "POST")
            return bad(405, u"use POST"_s);
        if (what == u"settings"_s) {
            if (body.contains(u"periodLockDate"_s))
                org->periodLockDate =
                    QDate::fromString(body.value(u"periodLockDate"_s).toString(), Qt::ISODate);
            if (body.contains(u"approvalCapPerMonth"_s))
                org->approvalCapPerMonth = body.value(u"approvalCapPerMonth"_s).toInt(-1);
            return ok();
        }
        if (what == u"contacts"_s && !id.isEmpty()) {
            bool done = false;
            if (action == u"archive"_s)
                done = org->archiveContact(id);
            else if (action == u"merge"_s)
                done = org->mergeContacts(id, body.value(u"into"_s).toString());
            else if (action == u"gdpr"_s)
                done = org->gdprRedactContact(id);
            else if (action == u"touch"_s) {
                org->touchContact(id);
                done = org->contact(id) != nullptr;
            }
            return done ? ok() : bad(404, u"no such contact or action"_s);
        }
        if (what == u"invoices"_s && !id.isEmpty()) {
            if (action == u"pay"_s) {
                const auto amount = money::fromJson(body.value(u"amount"_s), 2);
                return ok(saveResultJson(payInvoice(org->id, id, amount.value_or(0),
                                                    body.value(u"accountCode"_s).toString(u"090"_s))));
            }
            if (action == u"void"_s)
                return ok(saveResultJson(voidInvoice(org->id, id)));
            return bad(404, u"unknown invoice action"_s);
        }
        if (what == u"payments"_s && action == u"delete"_s)
            return ok(saveResultJson(deletePayment(org->id, id)));
        if (what == u"accounts"_s && action == u"archive"_s)
            return org->archiveAccount(id) ? ok() : bad(404, u"no such account code"_s);
        // "As if in Xero": a Xero-shaped write that runs every rule but no auth, limits or faults.
        static const QStringList collections = {u"Contacts"_s, u"Invoices"_s, u"Payments"_s,
                                                u"Items"_s,    u"Accounts"_s, u"Currencies"_s};
        for (const auto &collection : collections) {
            if (collection.compare(what, Qt::CaseInsensitive) != 0 || !id.isEmpty())
                continue;
            QJsonArray elements =
                body.value(collection).isArray() ? body.value(collection).toArray() : QJsonArray{body};
            QJsonArray results;
            for (const auto &e : std::as_const(elements)) {
                const QJsonObject element = e.toObject();
                SaveResult r;
                if (collection == u"Contacts"_s)
                    r = org->saveContact(element);
                else if (collection == u"Invoices"_s)
                    r = org->saveInvoice(element);
                else if (collection == u"Payments"_s)
                    r = org->savePayment(element);
                else if (collection == u"Items"_s)
                    r = org->saveItem(element);
                else if (collection == u"Accounts"_s)
                    r = org->saveAccount(element);
                else
                    r = org->enableCurrency(element);
                results.append(saveResultJson(r));
            }
            return ok(QJsonObject{{u"results"_s, results}});
        }
        return bad(404, u"unknown tenant route"_s);
    }
    return bad(404, u"unknown admin route"_s);
}

} // namespace fakexero
