// The Accounting API half of FakeXero: authentication and tenant checks, limits, faults, idempotency,
// then the resources.
#include "fakexero.h"
#include "messages.h"
#include "whereclause.h"
#include "xerojson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fakexero {

namespace {

const QStringList Resources = {u"Organisation"_s, u"Currencies"_s, u"Accounts"_s, u"TaxRates"_s,
                               u"Items"_s,        u"Contacts"_s,   u"Invoices"_s, u"Payments"_s};

// Scopes that grant each resource (any one of them), for reading and for writing. The granular
// accounting.invoices / accounting.payments scopes replace accounting.transactions for apps from 2026.
QStringList requiredScopes(const QString &resource, bool write)
{
    QStringList scopes;
    auto add = [&](const QString &scope) {
        scopes << scope;
        if (!write)
            scopes << scope + u".read"_s;
    };
    if (resource == u"Contacts"_s) {
        add(u"accounting.contacts"_s);
    } else if (resource == u"Invoices"_s) {
        add(u"accounting.transactions"_s);
        add(u"accounting.invoices"_s);
    } else if (resource == u"Payments"_s) {
        add(u"accounting.transactions"_s);
        add(u"accounting.payments"_s);
    } else if (resource == u"Items"_s) {
        add(u"accounting.settings"_s);
        add(u"accounting.invoices"_s);
    } else {
        add(u"accounting.settings"_s);
    }
    return scopes;
}

HttpResponse validationError(const QJsonArray &elements)
{
    QJsonObject body{{u"ErrorNumber"_s, 10},
                     {u"Type"_s, u"ValidationException"_s},
                     {u"Message"_s, u"A validation exception occurred"_s},
                     {u"Elements"_s, elements}};
    return HttpResponse::json(400, json::toText(body));
}

HttpResponse simpleError(int status, int number, const QString &type, const QString &messageText)
{
    QJsonObject body{{u"ErrorNumber"_s, number}, {u"Type"_s, type}, {u"Message"_s, messageText}};
    return HttpResponse::json(status, json::toText(body));
}

HttpResponse notFound()
{
    return HttpResponse::text(404, "The resource you're looking for cannot be found");
}

QJsonArray validationErrors(const QStringList &messages)
{
    QJsonArray list;
    for (const auto &m : messages)
        list.append(QJsonObject{{u"Message"_s, m}});
    return list;
}

QStringList csv(const QString &text)
{
    QStringList out;
    for (QString part : text.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.size() >= 2 && part.startsWith(u'"') && part.endsWith(u'"'))
            part = part.mid(1, part.size() - 2);
        out << part;
    }
    return out;
}

} // namespace

void FakeXero::handleAccounting(const HttpRequest &request, HttpReply reply)
{
    const QStringList parts = request.path.mid(13).split(u'/', Qt::SkipEmptyParts);
    QString resource;
    for (const auto &r : Resources) {
        if (r.compare(parts.value(0), Qt::CaseInsensitive) == 0)
            resource = r;
    }
    const QString id = parts.value(1);
    const QString tenantId = QString::fromLatin1(request.header("xero-tenant-id")).trimmed();
    const bool write = request.method != "GET";
    const QString endpoint = QString::fromLatin1(request.method) + u" /"_s +
                             (resource.isEmpty() ? parts.value(0) : resource) +
                             (id.isEmpty() ? u""_s : u"/{id}"_s);
    count(tenantId, endpoint);
    auto finish = [this, &request, &reply](HttpResponse response) {
        Q_EMIT requestHandled(request.method, request.path, response.status);
        reply(response);
    };

    // 1. Who is calling: token first, then the tenant.
    qint64 expiredAt = 0;
    const Identity::Access access =
        m_identity->check(request, tenantId, requiredScopes(resource, write), &expiredAt);
    switch (access) {
    case Identity::Access::Ok:
        break;
    case Identity::Access::Expired: {
        HttpResponse r = xeroError(401, u"Unauthorized"_s,
                                   u"TokenExpired: token expired at "_s +
                                       QDateTime::fromMSecsSinceEpoch(expiredAt, QTimeZone::utc())
                                           .toString(u"MM/dd/yyyy HH:mm:ss"_s));
        r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return finish(r);
    }
    case Identity::Access::InsufficientScope:
        return finish(xeroError(401, u"Unauthorized"_s, u"AuthorizationUnsuccessful"_s));
    case Identity::Access::NotConnected:
        return finish(xeroError(403, u"Forbidden"_s, u"AuthenticationUnsuccessful"_s));
    default:
        return finish(xeroError(401, u"Unauthorized"_s, u"AuthenticationUnsuccessful"_s));
    }
    Organisation *org = organisation(tenantId);
    if (!org)
        return finish(xeroError(403, u"Forbidden"_s, u"AuthenticationUnsuccessful"_s));

    // 2. Limits.
    const RateLimiter::Decision decision = m_limiter.admit(org->id, nowMs());
    auto limitHeaders = [decision](HttpResponse &r) {
        r.setHeader("X-DayLimit-Remaining", QByteArray::number(decision.dayRemaining));
        r.setHeader("X-MinLimit-Remaining", QByteArray::number(decision.minuteRemaining));
        r.setHeader("X-AppMinLimit-Remaining", QByteArray::number(decision.appMinuteRemaining));
    };
    if (!decision.allowed) {
        HttpResponse r = xeroError(429, u"Too Many Requests"_s,
                                   u"Rate limit exceeded: "_s + QString::fromLatin1(decision.problem));
        r.setHeader("Retry-After", QByteArray::number(decision.retryAfterSeconds));
        r.setHeader("X-Rate-Limit-Problem", decision.problem);
        limitHeaders(r);
        return finish(r);
    }
    // From here the call is in flight until its answer is written.
    const QString orgId = org->id;
    HttpReply counted = [this, orgId, reply, method = request.method, path = request.path](HttpResponse r) {
        const int delay = r.delayMs;
        r.delayMs = 0;
        auto send = [this, orgId, reply, method, path, r] {
            m_limiter.finished(orgId);
            Q_EMIT requestHandled(method, path, r.status);
            reply(r);
        };
        if (delay > 0)
            QTimer::singleShot(delay, this, send);
        else
            send();
    };

    // 3. Scripted faults.
    const std::optional<FaultRule> fault = matchFault(request);
    if (fault && fault->kind == FaultRule::Kind::RateLimit) {
        // A refused call is not counted; its headers say what is left, the refusing limit at 0.
        const RateLimiter::Decision left = m_limiter.refund(orgId);
        HttpResponse r = faultResponse(*fault);
        r.setHeader("X-DayLimit-Remaining",
                    fault->problem == "day" ? QByteArray("0") : QByteArray::number(left.dayRemaining));
        r.setHeader("X-MinLimit-Remaining",
                    fault->problem == "minute" ? QByteArray("0") : QByteArray::number(left.minuteRemaining));
        r.setHeader("X-AppMinLimit-Remaining", QByteArray::number(left.appMinuteRemaining));
        return counted(r);
    }
    if (fault && fault->kind == FaultRule::Kind::Status)
        return counted(faultResponse(*fault));
    if (fault && fault->kind == FaultRule::Kind::DropBeforeWrite) {
        HttpResponse r;
        r.dropConnection = true;
        return counted(r);
    }

    // 4. Idempotency-Key: the same key on the same endpoint replays the first answer without processing.
    const QByteArray key = request.header("idempotency-key");
    const QString storeKey = orgId + u'|' + QString::fromLatin1(request.method) + u'|' +
                             request.path.toLower() + u'|' + QString::fromLatin1(key);
    HttpResponse response;
    if (write && key.size() > 128) {
        response = simpleError(400, 10, u"ValidationException"_s,
                               u"Idempotency-Key must be 128 characters or fewer"_s);
    } else if (write && !key.isEmpty() && m_idempotent.contains(storeKey)) {
        response = m_idempotent.value(storeKey).response;
    } else {
        response = routeAccounting(request, *org, resource, id, endpoint);
        if (write && !key.isEmpty() && response.status < 500)
            m_idempotent.insert(storeKey, StoredReply{response});
    }
    limitHeaders(response);
    response.setHeader("Xero-Correlation-Id", json::newGuid().toLatin1());

    if (fault && fault->kind == FaultRule::Kind::DropAfterCommit)
        response.dropConnection = true;
    else if (fault && fault->kind == FaultRule::Kind::MalformedJson)
        response.body = response.body.left(response.body.size() / 2);
    else if (fault && fault->kind == FaultRule::Kind::Delay)
        response.delayMs = fault->delayMs;
    counted(response);
}

HttpResponse FakeXero::routeAccounting(const HttpRequest &request, Organisation &org, const QString &resource,
                                       const QString &id, const QString &endpoint)
{
    Q_UNUSED(endpoint)
    if (resource.isEmpty())
        return notFound();
    // Xero answers XML unless asked for JSON; the fake only speaks JSON, so it refuses loudly instead.
    const QByteArray accept = request.header("accept");
    if (!accept.contains("application/json") && !accept.contains("*/*"))
        return HttpResponse::text(406, "fake-xero answers JSON only: send Accept: application/json "
                                       "(real Xero would answer this request in XML)");
    const bool unitdp4 = request.queryValue(u"unitdp"_s) == u"4"_s;
    QList<Listed> records;
    auto add = [&records](const QJsonObject &rendered) {
        records.append(Listed{-1, {}, Organisation::plain(rendered), rendered, true});
    };
    // The lists that grow with the organisation's history render what they answer only.
    std::optional<Organisation::RenderIndex> index;
    auto addLater = [&](qint64 updatedMs,
                        std::function<QJsonObject(const Organisation::RenderIndex *)> render) {
        if (!index)
            index = org.renderIndex();
        const Organisation::RenderIndex *at = &*index;
        records.append(
            Listed{updatedMs, [render = std::move(render), at] { return render(at); }, {}, {}, false});
    };

    if (request.method == "GET") {
        if (resource == u"Organisation"_s) {
            add(org.organisationJson());
            return listResponse(request, org, u"Organisations"_s, records, false, false);
        }
        if (resource == u"Currencies"_s) {
            for (const auto &c : std::as_const(org.currencies))
                add(org.currencyJson(c));
            return listResponse(request, org, resource, records, false, false);
        }
        if (resource == u"TaxRates"_s) {
            for (const auto &t : std::as_const(org.taxRates)) {
                if (!id.isEmpty() && t.taxType != id)
                    continue;
                if (request.hasQuery(u"TaxType"_s) && t.taxType != request.queryValue(u"TaxType"_s))
                    continue;
                add(org.taxRateJson(t));
            }
            if (!id.isEmpty() && records.isEmpty())
                return notFound();
            return listResponse(request, org, resource, records, false, false);
        }
        if (resource == u"Accounts"_s) {
            for (const auto &a : std::as_const(org.accounts)) {
                if (!id.isEmpty() && a.id.compare(id, Qt::CaseInsensitive) != 0)
                    continue;
                add(org.accountJson(a));
            }
            if (!id.isEmpty() && records.isEmpty())
                return notFound();
            return listResponse(request, org, resource, records, false, id.isEmpty());
        }
        if (resource == u"Items"_s) {
            for (const auto &i : std::as_const(org.items)) {
                if (!id.isEmpty() && i.id.compare(id, Qt::CaseInsensitive) != 0 && i.code != id)
                    continue;
                add(org.itemJson(i));
            }
            if (!id.isEmpty() && records.isEmpty())
                return notFound();
            return listResponse(request, org, resource, records, false, id.isEmpty());
        }
        if (resource == u"Contacts"_s) {
            if (!id.isEmpty()) {
                const Contact *c = org.contact(id);
                if (!c)
                    return notFound();
                add(org.contactJson(*c));
                return listResponse(request, org, resource, records, false, false);
            }
            const bool includeArchived = request.queryValue(u"includeArchived"_s) == u"true"_s;
            const QStringList ids = csv(request.queryValue(u"IDs"_s));
            const QString search = request.queryValue(u"searchTerm"_s);
            for (const auto &c : std::as_const(org.contacts)) {
                if (c.status == u"ARCHIVED"_s && !includeArchived)
                    continue;
                if (!ids.isEmpty() && !ids.contains(c.id, Qt::CaseInsensitive))
                    continue;
                if (!search.isEmpty() && !c.name.contains(search, Qt::CaseInsensitive) &&
                    !c.number.contains(search, Qt::CaseInsensitive) &&
                    !c.email.contains(search, Qt::CaseInsensitive) &&
                    !c.extra.value(u"FirstName"_s).toString().contains(search, Qt::CaseInsensitive) &&
                    !c.extra.value(u"LastName"_s).toString().contains(search, Qt::CaseInsensitive))
                    continue;
                addLater(c.updatedMs, [&org, &c](const auto *at) { return org.contactJson(c, at); });
            }
            return listResponse(request, org, resource, records, true, true);
        }
        if (resource == u"Invoices"_s) {
            if (!id.isEmpty()) {
                const Invoice *inv = org.invoice(id);
                if (!inv)
                    return notFound();
                add(org.invoiceJson(*inv, true, unitdp4));
                return listResponse(request, org, resource, records, false, false);
            }
            const QStringList ids = csv(request.queryValue(u"IDs"_s));
            const QStringList numbers = csv(request.queryValue(u"InvoiceNumbers"_s));
            const QStringList contactIds = csv(request.queryValue(u"ContactIDs"_s));
            const QStringList statuses = csv(request.queryValue(u"Statuses"_s));
            // Xero leaves line items out of unpaged invoice lists.
            const bool withLines = request.hasQuery(u"page"_s);
            for (const auto &inv : std::as_const(org.invoices)) {
                if (!ids.isEmpty() && !ids.contains(inv.id, Qt::CaseInsensitive))
                    continue;
                if (!numbers.isEmpty() && !numbers.contains(inv.number))
                    continue;
                if (!contactIds.isEmpty() && !contactIds.contains(inv.contactId, Qt::CaseInsensitive))
                    continue;
                if (!statuses.isEmpty() && !statuses.contains(inv.status))
                    continue;
                addLater(inv.updatedMs, [&org, &inv, withLines, unitdp4](const auto *at) {
                    return org.invoiceJson(inv, withLines, unitdp4, at);
                });
            }
            return listResponse(request, org, resource, records, true, true);
        }
        if (resource == u"Payments"_s) {
            for (const auto &p : std::as_const(org.payments)) {
                if (!id.isEmpty() && p.id.compare(id, Qt::CaseInsensitive) != 0)
                    continue;
                addLater(p.updatedMs, [&org, &p](const auto *at) { return org.paymentJson(p, at); });
            }
            if (!id.isEmpty() && records.isEmpty())
                return notFound();
            return listResponse(request, org, resource, records, id.isEmpty(), id.isEmpty());
        }
        return notFound();
    }

    if (request.method == "PUT" || request.method == "POST") {
        static const QStringList writable = {u"Currencies"_s, u"Accounts"_s, u"Items"_s,
                                             u"Contacts"_s,   u"Invoices"_s, u"Payments"_s};
        if (!writable.contains(resource))
            return HttpResponse::text(405, "Method Not Allowed");
        return writeResponse(request, org, resource, id);
    }
    return HttpResponse::text(405, "Method Not Allowed");
}

void FakeXero::Listed::ensure()
{
    if (ready)
        return;
    rendered = render();
    plain = Organisation::plain(rendered);
    ready = true;
}

HttpResponse FakeXero::listResponse(const HttpRequest &request, Organisation &org, const QString &collection,
                                    QList<Listed> records, bool paged, bool supportsModifiedSince)
{
    Q_UNUSED(org)
    const auto updatedMsOf = [](const Listed &r) -> std::optional<qint64> {
        if (r.updatedMs >= 0)
            return r.updatedMs;
        return json::parseMsDate(r.plain.value(u"UpdatedDateUTC"_s).toString());
    };
    if (supportsModifiedSince && request.hasHeader("if-modified-since")) {
        if (const auto since = json::parseModifiedSince(request.header("if-modified-since"))) {
            for (auto &r : records) {
                if (r.updatedMs < 0)
                    r.ensure();
            }
            records.removeIf([&](const Listed &r) {
                const auto updated = updatedMsOf(r);
                return !updated || *updated < *since;
            });
        }
    }
    const QString where = request.queryValue(u"where"_s);
    if (!where.isEmpty()) {
        QString error;
        const auto clause = WhereClause::parse(where, &error);
        if (!clause)
            return simpleError(400, 16, u"QueryParseException"_s, error);
        for (auto &r : records)
            r.ensure();
        records.removeIf([&clause](const Listed &r) { return !clause->matches(r.plain); });
    }
    const QString order = request.queryValue(u"order"_s).simplified();
    if (!order.isEmpty()) {
        // By time of change, as every sync asks: sorted on the known times, the same stable order.
        const bool byTime =
            order.startsWith(u"UpdatedDateUTC"_s, Qt::CaseInsensitive) &&
            std::all_of(records.cbegin(), records.cend(), [](const Listed &r) { return r.updatedMs >= 0; });
        const QString direction = order.mid(QStringView(u"UpdatedDateUTC").size()).trimmed();
        if (byTime && (direction.isEmpty() || direction.compare(u"ASC"_s, Qt::CaseInsensitive) == 0)) {
            std::stable_sort(records.begin(), records.end(),
                             [](const Listed &a, const Listed &b) { return a.updatedMs < b.updatedMs; });
        } else if (byTime && direction.compare(u"DESC"_s, Qt::CaseInsensitive) == 0) {
            std::stable_sort(records.begin(), records.end(),
                             [](const Listed &a, const Listed &b) { return a.updatedMs > b.updatedMs; });
        } else {
            QList<std::pair<QJsonObject, QJsonObject>> pairs;
            pairs.reserve(records.size());
            for (auto &r : records) {
                r.ensure();
                pairs.append({r.plain, r.rendered});
            }
            QString error;
            if (!sortRecords(pairs, order, &error))
                return simpleError(400, 16, u"QueryParseException"_s, error);
            records.clear();
            for (auto &[plain, rendered] : pairs)
                records.append(Listed{-1, {}, std::move(plain), std::move(rendered), true});
        }
    }
    QJsonObject body = envelope();
    if (paged && request.hasQuery(u"page"_s)) {
        const int page = qMax(1, request.queryValue(u"page"_s).toInt());
        int pageSize = request.hasQuery(u"pageSize"_s) ? request.queryValue(u"pageSize"_s).toInt() : 100;
        pageSize = qBound(1, pageSize, 1000);
        const int itemCount = int(records.size());
        const int pageCount = (itemCount + pageSize - 1) / pageSize;
        records = records.mid(qsizetype(page - 1) * pageSize, pageSize);
        body.insert(u"pagination"_s, QJsonObject{{u"page"_s, page},
                                                 {u"pageSize"_s, pageSize},
                                                 {u"pageCount"_s, pageCount},
                                                 {u"itemCount"_s, itemCount}});
    }
    QJsonArray list;
    for (auto &r : records) {
        r.ensure();
        list.append(r.rendered);
    }
    body.insert(collection, list);
    return HttpResponse::json(200, json::toText(body));
}

HttpResponse FakeXero::writeResponse(const HttpRequest &request, Organisation &org, const QString &collection,
                                     const QString &pathId)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return simpleError(400, 14, u"PostDataInvalidException"_s,
                           u"Invalid Json data: "_s + parseError.errorString());
    const QJsonObject root = doc.object();
    QJsonArray elements;
    if (root.value(collection).isArray())
        elements = root.value(collection).toArray();
    else
        elements.append(root); // a single element without the wrapper is accepted too

    const bool summarize = request.queryValue(u"summarizeErrors"_s) != u"false"_s;
    WriteOptions options;
    options.createOnly = request.method == "PUT";
    options.unitdp4 = request.queryValue(u"unitdp"_s) == u"4"_s;
    options.pathId = pathId;

    QJsonArray results;
    QJsonArray failures;
    for (const auto &value : std::as_const(elements)) {
        const QJsonObject element = value.toObject();
        SaveResult result;
        if (collection == u"Contacts"_s)
            result = org.saveContact(element, options);
        else if (collection == u"Invoices"_s)
            result = org.saveInvoice(element, options);
        else if (collection == u"Payments"_s)
            result = org.savePayment(element, options);
        else if (collection == u"Accounts"_s)
            result = org.saveAccount(element, options);
        else if (collection == u"Items"_s)
            result = org.saveItem(element, options);
        else
            result = org.enableCurrency(element);
        QJsonObject record = result.record;
        if (result.ok()) {
            if (!summarize)
                record.insert(u"StatusAttributeString"_s, u"OK"_s);
        } else {
            record.insert(u"ValidationErrors"_s, validationErrors(result.errors));
            record.insert(u"StatusAttributeString"_s, u"ERROR"_s);
            record.insert(collection == u"Invoices"_s ? u"HasErrors"_s : u"HasValidationErrors"_s, true);
            failures.append(record);
        }
        results.append(record);
    }
    // Without summarizeErrors=false a single failure turns the answer into a 400 that lists only the
    // failures, although the valid elements were saved (xero-api-notes.md §2).
    if (summarize && !failures.isEmpty())
        return validationError(failures);
    QJsonObject body = envelope();
    body.insert(collection, results);
    return HttpResponse::json(200, json::toText(body));
}

} // namespace fakexero
