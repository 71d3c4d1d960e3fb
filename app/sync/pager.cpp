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
    // Keyset paging: each request asks for what changed since the newest record read so far
    // (If-Modified-Since, whole seconds, inclusive), never for "page N" of a list that moves while it is
    // read: a record changed in Xero meanwhile goes to the end of the list, and paging by position would
    // skip the one that slid into its place. Records of the boundary second come again and are skipped.
    QDateTime cursor;
    if (!wm.isEmpty()) {
        cursor = QDateTime::fromString(wm, Qt::ISODateWithMs);
        cursor.setTimeSpec(Qt::UTC);
        cursor = cursor.addSecs(-ctx.options.overlapSeconds);
    }
    QHash<QString, QString> read; // Xero id -> UpdatedDateUTC, of the records this pull has applied
    QString maxSeen = wm;
    int page = 1; // within the same cursor: only when a whole page shares one second
    // More than a page of records in one second can only be paged by position. A record read there that
    // changes meanwhile is read again at the end, with its new time: then one may have been skipped, and
    // the list is read again from that second (what was read already is skipped).
    QDateTime positionalFrom;
    bool changedWhileRead = false;
    int passes = 1;
    for (int request = 1;; ++request) {
        if (ctx.cancelled)
            co_return false;
        ctx.report(spec.phase,
                   SyncContext::tr("Reading %1 from Xero (page %2)…").arg(spec.what).arg(request));
        XeroRequest req;
        req.path = spec.path;
        req.query.addQueryItem(QStringLiteral("page"), QString::number(page));
        req.query.addQueryItem(QStringLiteral("pageSize"), QString::number(ctx.pageSize));
        req.query.addQueryItem(QStringLiteral("order"), QStringLiteral("UpdatedDateUTC ASC"));
        for (const auto &[k, v] : spec.query)
            req.query.addQueryItem(k, v);
        req.ifModifiedSince = cursor;
        XeroResponse r = co_await ctx.call(req);
        if (r.outcome == XeroResponse::Outcome::Answered && r.status == 304)
            break; // nothing changed since the cursor
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
        QJsonArray fresh;
        for (const auto &v : records) {
            const QJsonObject o = v.toObject();
            const QString u = xerojson::updatedUtc(o);
            if (u > pageMax)
                pageMax = u;
            const QString id = o.value(spec.idField).toString();
            const auto before = read.constFind(id);
            if (id.isEmpty() || before == read.cend() || *before != u) {
                changedWhileRead = changedWhileRead || before != read.cend();
                fresh.append(o);
                if (!id.isEmpty())
                    read.insert(id, u);
            }
        }
        const bool last = records.size() < ctx.pageSize || (pageCount > 0 && page >= pageCount);
        const bool readAgain = last && changedWhileRead && positionalFrom.isValid();
        // The watermark moves with each page, in its transaction: everything before the page's newest
        // second has been read, and the next run starts that far back (less the overlap).
        // (A record of this page that could not be applied holds it, for this run.)
        const bool giveUp = readAgain && passes >= 5; // Xero kept changing: the next run reads it again
        if (!applyPage(ctx, spec, fresh, [&] {
                if (giveUp && !ctx.holdWatermark.contains(spec.entity))
                    return store.setWatermark(ctx.tenant, spec.entity,
                                              positionalFrom.toString(Qt::ISODateWithMs));
                return pageMax != maxSeen && !ctx.holdWatermark.contains(spec.entity)
                           ? store.setWatermark(ctx.tenant, spec.entity, pageMax)
                           : Status{};
            }))
            co_return false;
        maxSeen = pageMax;
        if (readAgain && !giveUp) {
            ++passes;
            cursor = positionalFrom;
            page = 1;
            positionalFrom = QDateTime();
            changedWhileRead = false;
            continue;
        }
        if (last)
            break;
        // The next request starts at the page's newest second. The page's records of that second are the
        // first ones listed from there: a whole page of them is skipped by asking for page 2, fewer come
        // again and are skipped here. A cursor that cannot move (more than a page of records changed in
        // one second) pages on through the same list.
        const auto secondOf = [](const QString &utc) {
            QDateTime t = QDateTime::fromString(utc, Qt::ISODateWithMs);
            t.setTimeSpec(Qt::UTC);
            return t.isValid() ? t.addMSecs(-t.time().msec()) : t;
        };
        const QDateTime next = secondOf(pageMax);
        if (next.isValid() && (!cursor.isValid() || next > cursor)) {
            const bool wholePageInIt = std::all_of(records.begin(), records.end(), [&](const QJsonValue &v) {
                return secondOf(xerojson::updatedUtc(v.toObject())) == next;
            });
            cursor = next;
            page = wholePageInIt ? 2 : 1;
        } else {
            ++page;
        }
        if (page > 1 && !positionalFrom.isValid())
            positionalFrom = cursor;
    }
    co_return true;
}

namespace {

// One request that is not a keyset page (by ids, or by a filter): the spec's query added (its own filter
// left out), the answer applied as one page. The number of records read, or nothing when the run stops.
QCoro::Task<std::optional<qsizetype>> readAndApply(SyncContext &ctx, const PullSpec &spec, XeroRequest req)
{
    for (const auto &[k, v] : spec.query) {
        if (k != u"where")
            req.query.addQueryItem(k, v);
    }
    const XeroResponse r = co_await ctx.call(req);
    if (!r.ok()) {
        ctx.fail(r.error ? *r.error
                         : Error::make(Error::Code::Network, SyncContext::tr("Xero did not answer.")));
        co_return std::nullopt;
    }
    const QJsonArray records = xerojson::parseExact(r.rawBody).object().value(spec.path).toArray();
    if (!applyPage(ctx, spec, records, [] { return Status{}; }))
        co_return std::nullopt;
    co_return records.size();
}

} // namespace

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
        if (!co_await readAndApply(ctx, spec, std::move(req)))
            co_return false;
    }
    co_return true;
}

QCoro::Task<bool> pullMatching(SyncContext &ctx, const PullSpec &spec, const QString &where)
{
    for (int page = 1;; ++page) {
        if (ctx.cancelled)
            co_return false;
        ctx.report(spec.phase, SyncContext::tr("Reading %1 from Xero (page %2)…").arg(spec.what).arg(page));
        XeroRequest req;
        req.path = spec.path;
        req.query.addQueryItem(QStringLiteral("where"), where);
        req.query.addQueryItem(QStringLiteral("page"), QString::number(page));
        req.query.addQueryItem(QStringLiteral("pageSize"), QString::number(ctx.pageSize));
        const auto read = co_await readAndApply(ctx, spec, std::move(req));
        if (!read)
            co_return false;
        if (*read < ctx.pageSize)
            co_return true;
    }
}

} // namespace billhook
