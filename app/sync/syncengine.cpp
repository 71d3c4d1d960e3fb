#include "syncengine.h"

#include "storage/database.h"
#include "sync/kinds/contactsync.h"
#include "sync/kinds/invoicesync.h"
#include "sync/kinds/paymentsync.h"
#include "sync/kinds/referencesync.h"
#include "synccontext.h"

#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/settingsstore.h"
#include "storage/xeroconnectionstore.h"

namespace billhook {

SyncEngine::SyncEngine(Database &db, Send send, QString tenantId, SyncOptions options, Clock &clock)
    : m_ctx(
          std::make_unique<SyncContext>(db, std::move(send), std::move(tenantId), std::move(options), clock))
    , m_reference(std::make_unique<ReferenceSync>(*m_ctx))
    , m_contacts(std::make_unique<ContactSync>(*m_ctx))
    , m_invoices(std::make_unique<InvoiceSync>(*m_ctx))
    , m_payments(std::make_unique<PaymentSync>(*m_ctx))
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setProgressHandler(std::function<void(const SyncProgress &)> handler)
{
    m_ctx->progress = std::move(handler);
}

void SyncEngine::setDryRun(bool dryRun)
{
    m_ctx->dryRun = dryRun;
}

void SyncEngine::setAutomatic(bool automatic)
{
    m_ctx->automatic = automatic;
}

namespace {

QString readAtKey(const QString &tenant, SyncEntity entity)
{
    return QStringLiteral("xero.") + tenant + QStringLiteral(".read_at.") + syncEntityKey(entity);
}

} // namespace

bool SyncEngine::due(SyncEntity entity) const
{
    if (!m_ctx->automatic)
        return true;
    const QDateTime at = QDateTime::fromString(
        SettingsStore(m_ctx->db).value(readAtKey(m_ctx->tenant, entity)), Qt::ISODateWithMs);
    return !at.isValid() || at.msecsTo(m_ctx->clock.nowUtc()) >= kSlowKindsEveryMs ||
           !SyncStore(m_ctx->db).outbox(entity).isEmpty();
}

void SyncEngine::markRead(SyncEntity entity)
{
    // Kept by the automatic runs, which read it: a run of the user's writes nothing when nothing changed.
    if (!m_ctx->automatic)
        return;
    (void)m_ctx->write({}, [&] {
        return SettingsStore(m_ctx->db).setValue(readAtKey(m_ctx->tenant, entity),
                                                 m_ctx->clock.nowUtc().toString(Qt::ISODateWithMs));
    });
}

void SyncEngine::setPageSize(int size)
{
    m_ctx->pageSize = size;
}

void SyncEngine::cancel()
{
    m_ctx->cancelled = true;
}

QString SyncEngine::runSummary(int pulled, int sent, int problems, int calls)
{
    return tr("%1, %2, %3, %4.", "run summary: pulled, sent, problems, calls to Xero")
        .arg(tr("Pulled %n record(s)", "run summary", pulled), tr("sent %n", "run summary", sent),
             tr("%n problem(s)", "run summary", problems), tr("%n call(s) to Xero", "run summary", calls));
}

QString SyncEngine::heldBackText(int records)
{
    return tr("%n record(s) differ between Billhook and Xero, held back by your settings (Xero edits not "
              "accepted, or customer edits not sent); they go through when you turn the option back on.",
              "", records);
}

QCoro::Task<bool> SyncEngine::completeInvoices()
{
    if (m_ctx->options.syncCustomers) {
        const QStringList contacts = m_invoices->takeContactsToFetch();
        if (!contacts.isEmpty() && !co_await m_contacts->fetch(contacts))
            co_return false;
    }
    if (m_ctx->options.importXeroInvoices)
        co_return co_await m_invoices->importAwaited();
    co_return true;
}

QCoro::Task<SyncSummary> SyncEngine::run()
{
    SyncSummary &summary = m_ctx->summary;
    summary = SyncSummary{};
    m_ctx->raised.clear();
    summary.dryRun = m_ctx->dryRun;
    m_ctx->failed = false;
    // The one place a dry run differs: its writer records the plan instead of making the changes.
    if (m_ctx->dryRun)
        m_ctx->writer = std::make_unique<PlanRecorder>(summary);
    else
        m_ctx->writer = std::make_unique<ApplyingWriter>();
    SyncStore store(m_ctx->db);
    const Status started = m_ctx->write({}, [&]() -> Status {
        auto run = store.startRun(m_ctx->tenant);
        if (!run)
            return run.error();
        summary.runId = *run;
        return {};
    });
    if (!started) {
        summary.message = started.error().message;
        summary.error = started.error();
        co_return summary;
    }
    m_ctx->report(SyncProgress::Phase::Starting, tr("Starting the sync with Xero…"));

    bool ok = co_await m_reference->pull();
    if (ok && m_ctx->options.syncCustomers && due(SyncEntity::Customer)) {
        ok = co_await m_contacts->pull();
        if (ok)
            markRead(SyncEntity::Customer);
    }
    if (ok && m_ctx->options.syncInvoices)
        ok = co_await m_invoices->pull();
    // Nothing pulled is dropped for want of what it belongs to: an invoice's unknown contact is fetched, the
    // invoices that waited for theirs (this run or earlier, for the user's decision) are read again once it
    // is linked, a payment's unknown sales invoice is fetched, and the payments of invoices imported that
    // way are read whatever their time of change.
    if (ok && m_ctx->options.syncInvoices)
        ok = co_await completeInvoices();
    if (ok && m_ctx->options.syncPayments &&
        (due(SyncEntity::Payment) || m_invoices->paymentsMayHaveChanged())) {
        ok = co_await m_payments->pull();
        if (ok)
            markRead(SyncEntity::Payment);
    }
    if (ok && m_ctx->options.syncPayments && m_ctx->options.syncInvoices) {
        const QStringList missing = m_payments->takeInvoicesToFetch();
        if (!missing.isEmpty())
            ok = co_await m_invoices->importByIds(missing);
        if (ok && !missing.isEmpty())
            ok = co_await completeInvoices();
        const QStringList late = m_invoices->takeImportedLate();
        if (ok && !late.isEmpty())
            ok = co_await m_payments->pullFor(late);
    }
    // Payments removed here go first: the invoices Xero then unlocks can change.
    if (ok && m_ctx->options.syncPayments)
        ok = co_await m_payments->pushRemovals();
    if (ok && m_ctx->options.syncInvoices && !m_payments->invoicesToReread().isEmpty())
        ok = co_await m_invoices->reread(m_payments->invoicesToReread());
    if (ok && m_ctx->options.syncCustomers)
        ok = co_await m_contacts->push();
    if (ok && m_ctx->options.syncInvoices)
        ok = co_await m_invoices->push();
    if (ok && m_ctx->options.syncPayments)
        ok = co_await m_payments->push();

    m_ctx->report(SyncProgress::Phase::Finishing, tr("Finishing…"));
    summary.openIssues = int(store.openIssues().size());
    summary.heldBack += store.heldBackCount(m_ctx->tenant); // customer edits not sent were counted as seen
    if (m_ctx->cancelled && !ok)
        summary.result = SyncResult::Cancelled;
    else if (m_ctx->failed || !ok)
        summary.result = SyncResult::Failed;
    else if (summary.failed > 0 || summary.conflicts > 0 || summary.openIssues > 0)
        summary.result = SyncResult::Issues;
    else if (summary.heldBack > 0)
        summary.result = SyncResult::HeldBack; // equal but for what the user chose to hold back: not clean
    else
        summary.result = SyncResult::Clean;
    if (summary.result == SyncResult::Cancelled)
        summary.message =
            tr("The sync was cancelled; what it finished is kept and the next sync carries on.");
    else if (summary.message.isEmpty())
        summary.message =
            runSummary(summary.pulled, summary.pushed, summary.failed + summary.conflicts, summary.callsUsed);
    if (summary.heldBack > 0 && summary.result != SyncResult::Failed &&
        summary.result != SyncResult::Cancelled)
        summary.message += u' ' + heldBackText(summary.heldBack);
    const Status recorded = m_ctx->write({}, [&] {
        SyncRun r;
        r.id = summary.runId;
        r.tenantId = m_ctx->tenant;
        r.finishedAt = m_ctx->clock.nowUtc();
        r.result = summary.result;
        r.pulled = summary.pulled;
        r.pushed = summary.pushed;
        r.failed = summary.failed + summary.conflicts;
        r.openIssues = summary.openIssues;
        r.heldBack = summary.heldBack;
        r.callsUsed = summary.callsUsed;
        r.detail = summary.message;
        Transaction tx(m_ctx->db);
        Status s = tx.started();
        if (s)
            s = store.finishRun(r);
        // The link's last sync, which xero status and the setup read (the run's result is in sync_runs).
        if (s)
            s = XeroConnectionStore(m_ctx->db).setLastSyncAt(m_ctx->tenant, r.finishedAt);
        if (s)
            s = tx.commit();
        return s;
    });
    if (!recorded && summary.result != SyncResult::Failed) {
        summary.result = SyncResult::Failed;
        summary.message = recorded.error().message;
    }
    co_return summary;
}

// ---------------------------------------------------------------------------------------------------------
// Conflicts

Status SyncEngine::resolveConflict(Database &db, Id issueId, bool keepMine)
{
    SyncStore store(db);
    const std::optional<SyncIssue> issue = store.openIssue(issueId);
    if (!issue)
        return Error::make(Error::Code::NotFound, tr("There is no open sync problem %1.").arg(issueId));
    if (issue->kind != SyncIssueKind::Conflict)
        return Error::invalid(
            tr("Problem %1 is not a conflict; it clears itself once the record syncs.").arg(issueId));
    auto link = store.anyLink(issue->entity, issue->localId);
    if (!link)
        return Error::make(Error::Code::NotFound,
                           tr("The record of problem %1 is no longer linked to Xero.").arg(issueId));
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    QJsonObject values;
    for (const auto &f : issue->detail.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject o = f.toObject();
        values.insert(o.value(QStringLiteral("field")).toString(),
                      o.value(keepMine ? QStringLiteral("mine") : QStringLiteral("xero")));
    }
    XeroLink l = *link;
    if (!keepMine) {
        // Xero's values are written here, and become the agreed base.
        for (auto it = values.begin(); it != values.end(); ++it)
            l.base.insert(it.key(), it.value());
        const Status written = issue->entity == SyncEntity::Customer
                                   ? ContactSync::keepXeros(db, issue->localId, values)
                               : issue->entity == SyncEntity::Invoice
                                   ? InvoiceSync::keepXeros(db, issue->localId, l.tenantId, values)
                                   : Status();
        if (!written)
            return written;
        // The link's UpdatedDateUTC stays: the record is not re-read, and nothing is queued.
    } else {
        // Keep mine: the base keeps its old value, so the local value counts as a change and is sent.
        int version = 1;
        if (issue->entity == SyncEntity::Invoice) {
            if (auto inv = InvoiceStore(db).get(issue->localId))
                version = inv->version;
        } else if (auto c = CustomerStore(db).get(issue->localId)) {
            version = c->version;
        }
        if (auto s = store.enqueue(issue->entity, issue->localId, OutboxOp::Upsert, version); !s)
            return s;
    }
    if (auto s = store.saveLink(l); !s)
        return s;
    if (auto s = store.resolveIssue(issueId); !s)
        return s;
    return tx.commit();
}

Result<QString> SyncEngine::resolveContactCandidate(Database &db, const SyncIssue &issue,
                                                    CollisionChoice choice)
{
    SyncStore store(db);
    const QString xeroId = issue.detail.value(QStringLiteral("xeroContactId")).toString();
    const QString xeroName = issue.detail.value(QStringLiteral("xeroName")).toString();
    const QString tenant = issue.detail.value(QStringLiteral("tenant")).toString();
    if (choice == CollisionChoice::Renumber)
        return Error::invalid(tr("Problem %1 is about a customer, which has no number to change: choose "
                                 "--link or --different.")
                                  .arg(issue.id));
    auto customer = CustomerStore(db).get(issue.localId);
    if (!customer)
        return customer.error();
    if (xeroId.isEmpty() || tenant.isEmpty())
        return Error::invalid(tr("Problem %1 does not say which Xero contact it is about; sync again to see "
                                 "where it stands.")
                                  .arg(issue.id));
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    QString done;
    if (choice == CollisionChoice::Link) {
        if (store.linkByXeroId(SyncEntity::Customer, xeroId, tenant))
            return Error::invalid(tr("The Xero contact \"%1\" is already linked to another customer here; "
                                     "sync again to see where it stands.")
                                      .arg(xeroName));
        if (store.anyLink(SyncEntity::Customer, customer->id))
            return Error::invalid(tr("%1 is already linked to a Xero contact.").arg(customer->name));
        // No base and no UpdatedDateUTC: the next sync reads the contact by id, and every field on which
        // the two differ becomes a conflict for the user; nothing is sent over Xero's values unseen.
        if (auto s =
                store.saveLink(XeroLink{SyncEntity::Customer, customer->id, tenant, xeroId, QString(), {}});
            !s)
            return s.error();
        // The other customers it might have been are free again: each goes to Xero as its own contact.
        auto gone = store.setContactCandidates(tenant, xeroId, {});
        if (!gone)
            return gone.error();
        for (Id other : *gone) {
            if (auto s = store.resolveCandidateIssues(other, xeroId); !s)
                return s.error();
        }
        done = tr("%1 is linked to the Xero contact \"%2\"; the next sync compares them, and any difference "
                  "becomes a conflict for you to settle.")
                   .arg(customer->name, xeroName);
    } else {
        if (auto s = store.declareDifferent(tenant, xeroId, customer->id); !s)
            return s.error();
        done =
            tr("%1 and the Xero contact \"%2\" are kept apart; the next sync sends %1 to Xero and, when no "
               "other customer might be it, adds \"%2\" here as a customer of its own.")
                .arg(customer->name, xeroName);
    }
    if (auto s = store.resolveCandidateIssues(customer->id, xeroId); !s)
        return s.error();
    if (auto s = store.resolveIssue(issue.id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<QString> SyncEngine::resolveCollision(Database &db, Id issueId, CollisionChoice choice)
{
    SyncStore store(db);
    const std::optional<SyncIssue> issue = store.openIssue(issueId);
    if (!issue)
        return Error::make(Error::Code::NotFound, tr("There is no open sync problem %1.").arg(issueId));
    const QString reason = issue->detail.value(QStringLiteral("reason")).toString();
    if (issue->entity == SyncEntity::Customer &&
        (reason == u"contact-candidate" || reason == u"ambiguous-match"))
        return resolveContactCandidate(db, *issue, choice);
    if (issue->entity != SyncEntity::Invoice || reason != u"number-collision" ||
        choice == CollisionChoice::Different)
        return Error::invalid(
            tr("Problem %1 is not an invoice number already used in Xero, so it cannot be renumbered or "
               "linked.")
                .arg(issueId));
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    auto inv = InvoiceStore(db).get(issue->localId);
    if (!inv)
        return inv.error();
    QString done;
    if (choice == CollisionChoice::Renumber) {
        auto number = InvoiceStore(db).renumberUnsent(inv->id);
        if (!number)
            return number.error();
        done = tr("Invoice %1 is now %2; the next sync sends it to Xero as a new invoice.")
                   .arg(inv->number, *number);
    } else {
        const QString xeroId = issue->detail.value(QStringLiteral("xeroId")).toString();
        const QString tenant = store.tenantOfXeroInvoice(xeroId);
        if (tenant.isEmpty() || store.linkByXeroId(SyncEntity::Invoice, xeroId, tenant))
            return Error::invalid(tr("Xero's invoice %1 is already linked to another invoice here, or no "
                                     "longer known; sync again to see where it stands.")
                                      .arg(inv->number));
        if (store.anyLink(SyncEntity::Invoice, inv->id))
            return Error::invalid(tr("Invoice %1 is already linked to a Xero invoice.").arg(inv->number));
        // No base and no UpdatedDateUTC: the next sync reads Xero's record first, and every field on which
        // the two differ becomes a conflict for the user; nothing is sent over Xero's values unseen.
        if (auto s = store.saveLink(XeroLink{SyncEntity::Invoice, inv->id, tenant, xeroId, QString(), {}});
            !s)
            return s.error();
        done = tr("Invoice %1 is linked to Xero's invoice %1; the next sync compares them, and any "
                  "difference becomes a conflict for you to settle.")
                   .arg(inv->number);
    }
    if (auto s = store.resolveIssue(issueId); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<QString> SyncEngine::tryAgain(Database &db, Id issueId)
{
    SyncStore store(db);
    const std::optional<SyncIssue> issue = store.openIssue(issueId);
    if (!issue)
        return Error::make(Error::Code::NotFound, tr("There is no open sync problem %1.").arg(issueId));
    if (!store.refusedAndWaiting(issue->entity, issue->localId))
        return Error::invalid(tr("Problem %1 is not a change Xero refused, so there is nothing to send "
                                 "again. %2")
                                  .arg(issueId)
                                  .arg(issue->remedy));
    if (auto s = store.forgetRefusal(issue->entity, issue->localId); !s)
        return s.error();
    return tr("It is sent to Xero again on the next sync.");
}

} // namespace billhook
