#include "pager.h"

#include "storage/database.h"

namespace billhook {

namespace {

// One page of records applied in one transaction, with `alsoInside` (e.g. the watermark); false (and the run
// failed) when a write fails.
bool applyPage(SyncContext &ctx, const PullSpec &spec, const QJsonArray &records,
               const std::function<Status()> &alsoInside)
{
    if (spec.beforePage)
        spec.beforePage(records);
    Transaction tx(ctx.db);
    Status s = ctx.write({}, [&] { return tx.started(); });
    for (qsizetype i = 0; s && i < records.size(); ++i)
        s = spec.apply(records[i].toObject());
    if (s)
        s = ctx.write({}, alsoInside);
    if (s)
        s = ctx.write({}, [&] { return tx.commit(); });
    if (spec.beforePage)
        spec.beforePage({});
    if (!s)
        ctx.fail(s.error());
    return bool(s);
}

} // namespace

QCoro::Task<bool> pullPages(SyncContext &ctx, const PullSpec &spec)
{
    SyncStore store(ctx.db);
    const QString wm = store.watermark(ctx.tenant, spec.entity);
    QDateTime since;
    if (!wm.isEmpty()) {
        since = QDateTime::fromString(wm, Qt::ISODateWithMs);
        since.setTimeSpec(Qt::UTC);
        since = since.addSecs(-ctx.options.overlapSeconds);
    }
    QString maxSeen = wm;
    for (int page = 1;; ++page) {
        if (ctx.cancelled)
            co_return false;
        ctx.report(spec.phase, SyncContext::tr("Reading %1 from Xero (page %2)…").arg(spec.what).arg(page));
        XeroRequest req;
        req.path = spec.path;
        req.query.addQueryItem(QStringLiteral("page"), QString::number(page));
        req.query.addQueryItem(QStringLiteral("pageSize"), QString::number(ctx.pageSize));
        req.query.addQueryItem(QStringLiteral("order"), QStringLiteral("UpdatedDateUTC ASC"));
        for (const auto &[k, v] : spec.query)
            req.query.addQueryItem(k, v);
        req.ifModifiedSince = since;
        XeroResponse r = co_await ctx.call(req);
        if (r.outcome == XeroResponse::Outcome::Answered && r.status == 304)
            break; // nothing changed since the watermark
        if (!r.ok()) {
            ctx.fail(r.error ? *r.error
                             : Error::make(Error::Code::Network, SyncContext::tr("Xero did not answer.")));
            co_return false;
        }
        const QJsonObject doc = xerojson::parseExact(r.rawBody).object();
        const QJsonArray records = doc.value(spec.path).toArray();
        const int pageCount = doc.value(QStringLiteral("pagination"))
                                  .toObject()
                                  .value(QStringLiteral("pageCount"))
                                  .toString()
                                  .toInt();
        QString pageMax = maxSeen;
        for (const auto &v : records) {
            const QString u = xerojson::updatedUtc(v.toObject());
            if (u > pageMax)
                pageMax = u;
        }
        const bool last = records.size() < ctx.pageSize || (pageCount > 0 && page >= pageCount);
        // The watermark moves with the last page, in its transaction.
        const bool moveWatermark = last && pageMax != wm && !ctx.holdWatermark.contains(spec.entity);
        if (!applyPage(ctx, spec, records, [&] {
                return moveWatermark ? store.setWatermark(ctx.tenant, spec.entity, pageMax) : Status{};
            }))
            co_return false;
        maxSeen = pageMax;
        if (last)
            break;
    }
    co_return true;
}

QCoro::Task<bool> pullByIds(SyncContext &ctx, const PullSpec &spec, const QStringList &ids)
{
    for (qsizetype at = 0; at < ids.size(); at += 50) {
        if (ctx.cancelled)
            co_return false;
        XeroRequest req;
        req.path = spec.path;
        req.query.addQueryItem(QStringLiteral("IDs"), ids.mid(at, 50).join(u','));
        // A paged request: Xero leaves line items out of unpaged lists. 50 ids fit on its first page.
        req.query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        for (const auto &[k, v] : spec.query) {
            if (k != u"where")
                req.query.addQueryItem(k, v);
        }
        const XeroResponse r = co_await ctx.call(req);
        if (!r.ok()) {
            ctx.fail(r.error ? *r.error
                             : Error::make(Error::Code::Network, SyncContext::tr("Xero did not answer.")));
            co_return false;
        }
        const QJsonArray records = xerojson::parseExact(r.rawBody).object().value(spec.path).toArray();
        if (!applyPage(ctx, spec, records, [] { return Status{}; }))
            co_return false;
    }
    co_return true;
}

} // namespace billhook
