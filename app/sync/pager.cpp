#include "pager.h"

#include "storage/database.h"

namespace billhook {

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
        if (spec.beforePage)
            spec.beforePage(records);
        {
            Transaction tx(ctx.db);
            Status s = ctx.write({}, [&] { return tx.started(); });
            for (qsizetype i = 0; s && i < records.size(); ++i)
                s = spec.apply(records[i].toObject());
            // The watermark moves with the last page, in its transaction.
            if (s && last && pageMax != wm && !ctx.holdWatermark.contains(spec.entity))
                s = ctx.write({}, [&] { return store.setWatermark(ctx.tenant, spec.entity, pageMax); });
            if (s)
                s = ctx.write({}, [&] { return tx.commit(); });
            if (spec.beforePage)
                spec.beforePage({});
            if (!s) {
                ctx.fail(s.error());
                co_return false;
            }
        }
        maxSeen = pageMax;
        if (last)
            break;
    }
    co_return true;
}

} // namespace billhook
