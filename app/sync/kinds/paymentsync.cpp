#include "paymentsync.h"

#include "storage/database.h"
#include "storage/invoicestore.h"
#include "sync/batchsender.h"
#include "sync/pager.h"

namespace billhook {

QCoro::Task<bool> PaymentSync::pull()
{
    PullSpec spec;
    spec.entity = SyncEntity::Payment;
    spec.phase = SyncProgress::Phase::PullPayments;
    spec.path = QStringLiteral("Payments");
    spec.what = tr("payments");
    spec.apply = [this](const QJsonObject &rec) { return apply(rec); };
    co_return co_await pullPages(m_ctx, spec);
}

Status PaymentSync::apply(const QJsonObject &rec)
{
    SyncStore store(m_ctx.db);
    const xeromap::XeroPayment p = xeromap::readPayment(rec);
    if (!p.ok)
        return {};
    auto link = store.linkByXeroId(SyncEntity::Payment, p.paymentId, m_ctx.tenant);
    if (link && link->xeroUpdatedUtc == p.updatedUtc)
        return {};
    auto invoiceLink = store.linkByXeroId(SyncEntity::Invoice, p.invoiceId, m_ctx.tenant);
    if (!invoiceLink)
        return {}; // a payment on an invoice Billhook does not hold
    const QJsonObject base{{QStringLiteral("amount"), p.amount.toString()},
                           {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                           {QStringLiteral("status"), p.status}};
    ++m_ctx.summary.pulled;
    const auto recording = [&]() -> Plan {
        return {tr("Would record the payment of %1 from Xero").arg(p.amount.toString())};
    };
    return m_ctx.write(recording, [&]() -> Status {
        if (link) {
            if (p.status == u"DELETED") {
                if (auto s = InvoiceStore(m_ctx.db).markPaymentDeletedFromXero(link->localId); !s)
                    return s;
            }
            return store.saveLink(
                XeroLink{SyncEntity::Payment, link->localId, m_ctx.tenant, p.paymentId, p.updatedUtc, base});
        }
        if (p.status == u"DELETED")
            return {};
        // A local payment Xero now has (sent by an earlier run whose answer was lost): link it, never add
        // another.
        Id localId = store.unlinkedPayment(invoiceLink->localId, p.amount, p.date, m_ctx.tenant).value_or(0);
        if (localId == 0) {
            Payment local;
            local.invoiceId = invoiceLink->localId;
            local.date = p.date;
            local.amount = p.amount;
            local.reference = p.reference;
            auto id = InvoiceStore(m_ctx.db).addPaymentFromXero(local);
            if (!id)
                return id.error();
            localId = *id;
        } else if (auto s = store.removeFromOutboxFor(SyncEntity::Payment, localId); !s) {
            return s;
        }
        if (auto s = store.saveLink(
                XeroLink{SyncEntity::Payment, localId, m_ctx.tenant, p.paymentId, p.updatedUtc, base});
            !s)
            return s;
        // Amount paid: what Xero last said, plus local payments it does not have yet (never counted
        // twice).
        const Money xeroPaid = Money::fromUnits(
            xerojson::decimalUnits(invoiceLink->base.value(QStringLiteral("_amountPaid")), 2).value_or(0));
        return InvoiceStore(m_ctx.db).setAmountPaidFromXero(
            invoiceLink->localId, xeroPaid + store.unlinkedPaymentsTotal(invoiceLink->localId, m_ctx.tenant));
    });
}

QCoro::Task<bool> PaymentSync::push()
{
    SyncStore store(m_ctx.db);
    QList<Batch> batches;
    QList<QSet<Id>> invoicesInBatch; // one payment per invoice per batch: results match unambiguously
    const QDateTime now = m_ctx.clock.nowUtc();
    // Invoices with a change still waiting for Xero (e.g. their approval, refused and not yet resent): their
    // payments wait too, or Xero refuses them ("Payments can only be made against Authorised documents").
    QSet<Id> invoicesWaiting;
    for (const OutboxEntry &row : store.outbox(SyncEntity::Invoice))
        invoicesWaiting.insert(row.localId);
    for (const OutboxEntry &row : store.outbox(SyncEntity::Payment)) {
        if (!due(row, now))
            continue;
        auto p = InvoiceStore(m_ctx.db).livePayment(row.localId);
        if (!p || store.link(SyncEntity::Payment, row.localId, m_ctx.tenant)) {
            (void)m_ctx.write({}, [&]() -> Status {
                (void)store.removeFromOutboxIfVersion(row.id, row.localVersion);
                return {};
            });
            continue; // deleted, or already in Xero (payments cannot be edited)
        }
        const auto invoiceLink = store.link(SyncEntity::Invoice, p->invoiceId, m_ctx.tenant);
        if (!invoiceLink || invoicesWaiting.contains(p->invoiceId))
            continue; // its invoice goes first; it may have a problem of its own
        Batch::Element el;
        el.row = row;
        el.version = row.localVersion;
        el.match = invoiceLink->xeroId + u'|' + p->amount.toString() + u'|' + p->date.toString(Qt::ISODate);
        el.payload = xeromap::paymentPayload(*p, invoiceLink->xeroId, m_ctx.options.bankAccountCode,
                                             m_ctx.options.bankAccountId);
        el.hash = syncutil::hashOf(xerojson::rawBody(el.payload));
        el.label = tr("payment of %1").arg(p->amount.toString());
        qsizetype target = -1;
        for (qsizetype i = 0; i < batches.size() && target < 0; ++i) {
            if (batches[i].elements.size() < kBatchSize && !invoicesInBatch[i].contains(p->invoiceId))
                target = i;
        }
        if (target < 0) {
            batches.append(Batch{});
            invoicesInBatch.append(QSet<Id>());
            target = batches.size() - 1;
        }
        batches[target].elements.append(el);
        invoicesInBatch[target].insert(p->invoiceId);
    }
    if (batches.isEmpty())
        co_return !m_ctx.failed;

    BatchSpec spec;
    spec.entity = SyncEntity::Payment;
    spec.phase = SyncProgress::Phase::PushPayments;
    spec.method = "PUT";
    spec.path = QStringLiteral("Payments");
    spec.collection = QStringLiteral("Payments");
    spec.what = tr("payments");
    // An explicit QString: deduced, the return type would be a QStringBuilder holding references to this
    // lambda's locals, converted only after they are gone.
    spec.matchOf = [](const QJsonObject &r) -> QString {
        const xeromap::XeroPayment p = xeromap::readPayment(r);
        const QString invoiceId =
            p.invoiceId.isEmpty()
                ? r.value(QStringLiteral("Invoice")).toObject().value(QStringLiteral("InvoiceID")).toString()
                : p.invoiceId;
        return invoiceId + u'|' + p.amount.toString() + u'|' + p.date.toString(Qt::ISODate);
    };
    spec.onOk = [this](const Batch &b, int i, const QJsonObject &res) -> Status {
        const xeromap::XeroPayment p = xeromap::readPayment(res);
        SyncStore links(m_ctx.db);
        if (auto s = links.saveLink(XeroLink{
                SyncEntity::Payment, b.elements[i].row.localId, m_ctx.tenant, p.paymentId, p.updatedUtc,
                QJsonObject{{QStringLiteral("amount"), p.amount.toString()},
                            {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                            {QStringLiteral("status"), p.status}}});
            !s)
            return s;
        return links.resolveIssuesFor(SyncEntity::Payment, b.elements[i].row.localId);
    };
    spec.lookup = [this](const Batch &b) -> QCoro::Task<QList<QJsonObject>> {
        QStringList terms;
        for (const auto &el : b.elements)
            terms.append(QStringLiteral("Invoice.InvoiceID==Guid(\"%1\")").arg(el.match.section(u'|', 0, 0)));
        XeroRequest req;
        req.path = QStringLiteral("Payments");
        req.query.addQueryItem(QStringLiteral("where"), terms.join(QStringLiteral(" OR ")));
        const XeroResponse r = co_await m_ctx.call(req);
        QList<QJsonObject> out;
        SyncStore links(m_ctx.db);
        for (const QJsonObject &o : syncutil::recordsIn(r, QStringLiteral("Payments"))) {
            // Only payments no local record is linked to yet can be the ones we sent.
            if (o.value(QStringLiteral("Status")).toString() != u"DELETED" &&
                !links.linkByXeroId(SyncEntity::Payment, o.value(QStringLiteral("PaymentID")).toString(),
                                    m_ctx.tenant))
                out.append(o);
        }
        co_return out;
    };
    co_return co_await sendBatches(m_ctx, spec, batches);
}

} // namespace billhook
