#include "batchsender.h"

#include "storage/database.h"
#include "xero/xeroerrors.h"

#include <QUuid>

namespace billhook {

namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// What a refusal of `el` was a refusal of: its payload and what it depended on.
QString refusalKey(const Batch::Element &el)
{
    return syncutil::hashOf((el.hash + u'\n' + el.dependsOn).toUtf8());
}

Status recordError(SyncContext &ctx, const BatchSpec &spec, const Batch &batch, int index,
                   const QStringList &messages)
{
    const auto &el = batch.elements[index];
    const QString message =
        messages.isEmpty() ? SyncContext::tr("Xero refused it without saying why.") : messages.join(u' ');
    const XeroExplanation e = XeroErrors::explain(messages.value(0, message));
    // Xero's answer was definite and nothing was created: the next attempt is a new request with a new
    // Idempotency-Key. Reusing this one would make Xero replay this refusal even after the cause is fixed in
    // Xero (the same payload, e.g. a payment once its invoice is approved or a lock date moved).
    if (auto s = SyncStore(ctx.db).recordAttempt(el.row.id, QString(), el.hash, message, QDateTime()); !s)
        return s;
    if (auto s = SyncStore(ctx.db).markRefused(el.row.id, refusalKey(el)); !s)
        return s;
    return ctx.raise(spec.entity, el.row.localId, SyncIssueKind::Error, message, e.explanation, e.remedy,
                     QJsonObject{{QStringLiteral("record"), el.label}});
}

} // namespace

QList<Batch> chunk(const QList<Batch::Element> &all)
{
    QList<Batch> out;
    for (const auto &el : all) {
        if (out.isEmpty() || out.last().elements.size() >= kBatchSize)
            out.append(Batch{});
        out.last().elements.append(el);
    }
    return out;
}

bool due(const OutboxEntry &row, const QDateTime &now)
{
    return !row.nextAttemptAt.isValid() || row.nextAttemptAt <= now;
}

QCoro::Task<bool> sendBatches(SyncContext &ctx, const BatchSpec &spec, QList<Batch> batches)
{
    SyncStore store(ctx.db);
    // A record Xero refused is not sent again unchanged: the same payload, with the same records and
    // settings behind it, would be refused again. Its problem stays open; the run is not clean.
    for (Batch &b : batches) {
        b.elements.removeIf([](const Batch::Element &el) {
            return !el.row.refusedKey.isEmpty() && el.row.refusedKey == refusalKey(el);
        });
    }
    batches.removeIf([](const Batch &b) { return b.elements.isEmpty(); });
    int total = 0;
    for (const auto &b : batches)
        total += int(b.elements.size());
    int done = 0;
    for (Batch &batch : batches) {
        if (ctx.cancelled)
            co_return false;
        const int n = int(batch.elements.size());
        ctx.report(
            spec.phase,
            SyncContext::tr("Sending %1–%2 of %3 %4…").arg(done + 1).arg(done + n).arg(total).arg(spec.what),
            done, total);
        // One Idempotency-Key per batch, stored in its rows before the request: a retry of the same batch
        // (same rows, same payloads) after a crash or a lost answer reuses it, so Xero never applies it
        // twice.
        QString idemKey = batch.elements.first().row.idempotencyKey;
        for (const auto &el : batch.elements) {
            if (el.row.idempotencyKey != idemKey || el.row.payloadHash != el.hash || idemKey.isEmpty())
                idemKey.clear();
        }
        if (idemKey.isEmpty())
            idemKey = newKey();
        QJsonArray payloads;
        for (const auto &el : batch.elements)
            payloads.append(el.payload);
        const QJsonObject body{{spec.collection, payloads}};
        if (!ctx.writer->applies()) {
            // A dry run plans each record of the batch instead of sending it.
            for (const auto &el : batch.elements) {
                if (spec.planned)
                    spec.planned(el);
                else
                    (void)ctx.write(
                        [&]() -> Plan { return {SyncContext::tr("Would send %1 to Xero").arg(el.label)}; },
                        {});
            }
            done += n;
            continue;
        }
        {
            Transaction tx(ctx.db);
            Status s = tx.started();
            for (auto &el : batch.elements) {
                if (s)
                    s = store.recordAttempt(el.row.id, idemKey, el.hash, el.row.lastError, QDateTime());
                if (s && !el.fingerprint.isEmpty())
                    s = store.addSentFingerprint(el.row.id, el.fingerprint);
                el.row.idempotencyKey = idemKey;
            }
            if (s)
                s = tx.commit();
            if (!s) {
                ctx.fail(s.error());
                co_return false;
            }
        }
        XeroRequest req;
        req.method = spec.method;
        req.path = spec.path;
        req.query = spec.query;
        req.query.addQueryItem(QStringLiteral("summarizeErrors"), QStringLiteral("false"));
        req.rawBody = xerojson::rawBody(body);
        req.body = xerojson::stringBody(body);
        req.idempotencyKey = idemKey;
        XeroResponse r = co_await ctx.call(req);
        QList<QJsonObject> results;
        bool settledByLookup = false;
        if (r.ok()) {
            results = syncutil::recordsIn(r, spec.collection);
        } else if (r.outcome == XeroResponse::Outcome::Unknown && spec.lookup) {
            // The answer was lost: Xero may or may not have saved the batch. Look the records up by number
            // and link what is there; the rest stays queued with its key. Never create blindly again.
            ctx.report(spec.phase, SyncContext::tr("Xero's answer was lost; checking what it saved…"), done,
                       total);
            results = co_await spec.lookup(batch);
            settledByLookup = true;
        } else {
            ctx.fail(r.error ? *r.error
                             : Error::make(Error::Code::Network, SyncContext::tr("Xero did not answer.")));
            co_return false;
        }
        QHash<QString, int> byMatch;
        for (int i = 0; i < n; ++i)
            byMatch.insert(batch.elements[i].match, i);
        Transaction tx(ctx.db);
        Status s = tx.started();
        for (const QJsonObject &res : results) {
            if (!s)
                break;
            const int i = byMatch.value(spec.matchOf(res), -1);
            if (i < 0)
                continue; // not one of ours (a lookup can find others): never matched by position
            if (settledByLookup && spec.fingerprintOf && !batch.elements[i].fingerprint.isEmpty() &&
                spec.fingerprintOf(res) != batch.elements[i].fingerprint)
                continue; // the same number, someone else's record: ours stays queued with its key
            QStringList messages;
            for (const auto &e : res.value(QStringLiteral("ValidationErrors")).toArray())
                messages.append(e.toObject().value(QStringLiteral("Message")).toString());
            const bool failed = res.value(QStringLiteral("StatusAttributeString")).toString() == u"ERROR" ||
                                !messages.isEmpty() || res.value(QStringLiteral("HasErrors")).toBool();
            if (failed) {
                s = recordError(ctx, spec, batch, i, messages);
                continue;
            }
            byMatch.remove(batch.elements[i].match);
            s = spec.onOk(batch, i, res);
            if (s) {
                ++ctx.summary.pushed;
                auto removed = SyncStore(ctx.db).removeFromOutboxIfVersion(batch.elements[i].row.id,
                                                                           batch.elements[i].version);
                if (!removed)
                    s = removed.error();
            }
        }
        if (s)
            s = tx.commit();
        if (!s) {
            ctx.fail(s.error());
            co_return false;
        }
        done += n;
        if (settledByLookup) {
            ctx.fail(Error::make(Error::Code::Network,
                                 SyncContext::tr("The connection to Xero dropped while sending %1; what Xero "
                                                 "saved is linked, the rest is sent on the next sync.")
                                     .arg(spec.what)));
            co_return false;
        }
    }
    co_return true;
}

} // namespace billhook
