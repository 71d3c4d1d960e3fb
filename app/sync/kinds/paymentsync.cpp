#include "paymentsync.h"

#include "storage/database.h"
#include "storage/invoicestore.h"
#include "sync/batchsender.h"
#include "sync/pager.h"
#include "xero/xeroerrors.h"

#include <QSet>
#include <QUuid>

namespace billhook {

QStringList PaymentSync::takeInvoicesToFetch()
{
    QStringList out(m_invoicesToFetch.cbegin(), m_invoicesToFetch.cend());
    out.sort();
    m_invoicesToFetch.clear();
    return out;
}

QCoro::Task<bool> PaymentSync::pull()
{
    co_return co_await pullPages(m_ctx, pullSpec());
}

QCoro::Task<bool> PaymentSync::pullFor(const QStringList &invoiceXeroIds)
{
    // Xero's Payments take no IDs= list: a filter on the invoice, a few invoices to a request.
    constexpr qsizetype kPerRequest = 20;
    for (qsizetype at = 0; at < invoiceXeroIds.size(); at += kPerRequest) {
        QStringList terms;
        for (const QString &id : invoiceXeroIds.mid(at, kPerRequest)) {
            if (!QUuid::fromString(id).isNull()) // an id from Xero, checked before it goes into a filter
                terms.append(QStringLiteral("Invoice.InvoiceID==Guid(\"%1\")").arg(id));
        }
        if (!terms.isEmpty() && !co_await pullMatching(m_ctx, pullSpec(), terms.join(QStringLiteral(" OR "))))
            co_return false;
    }
    co_return true;
}

PullSpec PaymentSync::pullSpec()
{
    PullSpec spec;
    spec.entity = SyncEntity::Payment;
    spec.phase = SyncProgress::Phase::PullPayments;
    spec.path = QStringLiteral("Payments");
    spec.idField = QStringLiteral("PaymentID");
    spec.what = tr("payments");
    spec.apply = [this](const QJsonObject &rec) { return apply(rec); };
    return spec;
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
    if (!invoiceLink) {
        // A payment on an invoice Billhook does not hold. With Xero's invoices wanted, a sales invoice's
        // (created and paid in Xero after the invoices were read) is fetched, and its payments with it.
        if (m_ctx.options.importXeroInvoices &&
            rec.value(QStringLiteral("PaymentType")).toString() == u"ACCRECPAYMENT" && p.status != u"DELETED")
            m_invoicesToFetch.insert(p.invoiceId);
        return {};
    }
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
                // Deleted in Xero too (by the user there, or by a removal whose answer was lost): settled.
                if (store.removalPending(link->localId)) {
                    if (auto s = store.removeFromOutboxFor(SyncEntity::Payment, link->localId); !s)
                        return s;
                    m_removedOn.insert(p.invoiceId);
                }
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
        } else if (!store.removalPending(localId)) {
            // Its create is settled. A removal made meanwhile stays queued: Xero now has the payment to
            // delete.
            if (auto s = store.removeFromOutboxFor(SyncEntity::Payment, localId); !s)
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
            invoiceLink->localId, xeroPaid + store.paymentsNotInXeroYet(invoiceLink->localId, m_ctx.tenant));
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
        if (!due(row, now) || row.op == OutboxOp::Delete)
            continue; // a removal goes by pushRemovals
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
        // Xero judges it by its invoice as Xero holds it (approved? paid already?) and by the settings.
        el.dependsOn = m_ctx.referenceStamp + u'|' + invoiceLink->xeroUpdatedUtc;
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

QCoro::Task<bool> PaymentSync::pushRemovals()
{
    SyncStore store(m_ctx.db);
    const QDateTime now = m_ctx.clock.nowUtc();
    for (const OutboxEntry &row : store.outbox(SyncEntity::Payment)) {
        if (row.op != OutboxOp::Delete || !due(row, now))
            continue;
        if (m_ctx.cancelled)
            co_return false;
        const auto payment = InvoiceStore(m_ctx.db).payment(row.localId);
        const auto link = store.link(SyncEntity::Payment, row.localId, m_ctx.tenant);
        const bool nothingToDelete = !payment || !payment->deleted || !link ||
                                     link->base.value(QStringLiteral("status")).toString() == u"DELETED";
        if (nothingToDelete) {
            // Restored, never in this organisation (the pull found no payment it sent), or already gone.
            (void)m_ctx.write({}, [&]() -> Status {
                (void)store.removeFromOutboxIfVersion(row.id, row.localVersion);
                return {};
            });
            continue;
        }
        const QString label = tr("payment of %1").arg(payment->amount.toString());
        if (!m_ctx.writer->applies()) {
            (void)m_ctx.write([&]() -> Plan { return {tr("Would delete the %1 in Xero").arg(label)}; }, {});
            continue;
        }
        m_ctx.report(SyncProgress::Phase::PushPayments, tr("Deleting the %1 in Xero…").arg(label));
        const QJsonObject body{{QStringLiteral("Status"), QStringLiteral("DELETED")}};
        const QString hash = syncutil::hashOf(xerojson::rawBody(body) + link->xeroId.toUtf8());
        // The key is kept before the request, so a retry after a crash or a lost answer reuses it.
        QString key = row.payloadHash == hash ? row.idempotencyKey : QString();
        if (key.isEmpty())
            key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto s =
                m_ctx.write({}, [&] { return store.recordAttempt(row.id, key, hash, row.lastError, {}); });
            !s) {
            m_ctx.fail(s.error());
            co_return false;
        }
        XeroRequest req;
        req.method = "POST";
        req.path = QStringLiteral("Payments/") + link->xeroId;
        req.rawBody = xerojson::rawBody(body);
        req.body = QJsonDocument(body);
        req.idempotencyKey = key;
        const XeroResponse r = co_await m_ctx.call(req);
        const QList<QJsonObject> records = syncutil::recordsIn(r, QStringLiteral("Payments"));
        QString updatedUtc;
        QString status;
        QStringList messages;
        if (r.ok() && !records.isEmpty()) {
            status = records.first().value(QStringLiteral("Status")).toString();
            updatedUtc = xerojson::updatedUtc(records.first());
            messages = XeroErrors::messages(r.body, r.rawBody);
        } else if (r.outcome == XeroResponse::Outcome::Answered && r.status == 404) {
            status = QStringLiteral("DELETED"); // Xero no longer has it at all
        } else if (r.outcome == XeroResponse::Outcome::Answered && r.status == 400) {
            messages = XeroErrors::messages(r.body, r.rawBody);
        } else if (r.outcome != XeroResponse::Outcome::Unknown) {
            m_ctx.fail(r.error ? *r.error : Error::make(Error::Code::Network, tr("Xero did not answer.")));
            co_return false;
        }
        // Only an answer from Xero can refuse; a lost request is not a refusal.
        const bool refused = r.outcome == XeroResponse::Outcome::Answered && status != u"DELETED";
        if (status != u"DELETED") {
            // Refused, or the answer was lost: Xero's own view decides (an earlier attempt may have deleted
            // it, or someone did in Xero).
            status = co_await xeroStatusOf(link->xeroId, &updatedUtc);
            if (status.isEmpty() || (status != u"DELETED" && !refused)) {
                // Unknown, or not done: the row stays with its key, and the next sync sends it again.
                m_ctx.fail(Error::make(Error::Code::Network,
                                       tr("The connection to Xero dropped while deleting a payment; it is "
                                          "checked again on the next sync.")));
                co_return false;
            }
        }
        const Status s = m_ctx.write({}, [&]() -> Status {
            Transaction tx(m_ctx.db);
            Status w = tx.started();
            if (w)
                w = status == u"DELETED" ? removalDone(row, updatedUtc)
                                         : removalRefused(row, *payment, messages);
            if (w)
                w = tx.commit();
            return w;
        });
        if (!s) {
            m_ctx.fail(s.error());
            co_return false;
        }
        if (status == u"DELETED")
            ++m_ctx.summary.pushed;
        else
            ++m_ctx.summary.failed;
    }
    co_return !m_ctx.failed;
}

Status PaymentSync::removalDone(const OutboxEntry &row, const QString &updatedUtc)
{
    SyncStore store(m_ctx.db);
    auto link = store.link(SyncEntity::Payment, row.localId, m_ctx.tenant);
    if (link) {
        link->base.insert(QStringLiteral("status"), QStringLiteral("DELETED"));
        if (!updatedUtc.isEmpty())
            link->xeroUpdatedUtc = updatedUtc;
        if (auto s = store.saveLink(*link); !s)
            return s;
    }
    if (auto s = store.removeFromOutboxFor(SyncEntity::Payment, row.localId); !s)
        return s;
    if (const auto p = InvoiceStore(m_ctx.db).payment(row.localId)) {
        if (const auto invoiceLink = store.link(SyncEntity::Invoice, p->invoiceId, m_ctx.tenant))
            m_removedOn.insert(invoiceLink->xeroId);
    }
    return store.resolveIssuesFor(SyncEntity::Payment, row.localId);
}

Status PaymentSync::removalRefused(const OutboxEntry &row, const Payment &payment,
                                   const QStringList &messages)
{
    SyncStore store(m_ctx.db);
    // Xero still has the payment, so Billhook shows it again: the books on both sides stay equal.
    if (auto s = InvoiceStore(m_ctx.db).restorePayment(row.localId); !s)
        return s;
    if (auto s = store.removeFromOutboxFor(SyncEntity::Payment, row.localId); !s)
        return s;
    const QString message =
        messages.isEmpty() ? tr("Xero refused it without saying why.") : messages.join(u' ');
    const XeroExplanation e = XeroErrors::explain(messages.value(0, message));
    const auto inv = InvoiceStore(m_ctx.db).get(payment.invoiceId);
    const QString number = inv ? inv->number : QString();
    return m_ctx.raise(
        SyncEntity::Payment, row.localId, SyncIssueKind::Error, message,
        tr("Xero would not delete the payment of %1 on invoice %2, so it is back in Billhook: Xero still has "
           "it. %3")
            .arg(payment.amount.toString(), number, e.explanation),
        e.key == u"period-locked"
            ? tr("The payment is dated in a period your accountant has closed in Xero. Ask them to move "
                 "the lock date (Accounting > Advanced > Financial settings), then remove the payment "
                 "again; or leave it and record the correction in Xero.")
            : tr("%1 Then remove the payment again.").arg(e.remedy),
        QJsonObject{{QStringLiteral("record"), tr("payment of %1").arg(payment.amount.toString())}});
}

QCoro::Task<QString> PaymentSync::xeroStatusOf(const QString &paymentId, QString *updatedUtc)
{
    XeroRequest req;
    req.path = QStringLiteral("Payments/") + paymentId;
    const XeroResponse r = co_await m_ctx.call(req);
    if (r.outcome == XeroResponse::Outcome::Answered && r.status == 404)
        co_return QStringLiteral("DELETED");
    const QList<QJsonObject> records = syncutil::recordsIn(r, QStringLiteral("Payments"));
    if (records.isEmpty())
        co_return QString();
    *updatedUtc = xerojson::updatedUtc(records.first());
    co_return records.first().value(QStringLiteral("Status")).toString();
}

} // namespace billhook
