#include "invoicesync.h"

#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "sync/batchsender.h"
#include "sync/pager.h"

namespace billhook {

namespace {

// Xero's amounts as the invoice store keeps them.
InvoiceFromXero::Figures stored(const xeromap::XeroInvoiceFigures &f)
{
    return {f.subtotal, f.totalTax, f.total, f.lineAmounts, f.lineTaxes, f.lineItemIds};
}

} // namespace

// Xero's values of `fields` (named as in xeromap::invoiceFields) written onto `inv`: the one place that
// takes an invoice's fields from Xero, for a pulled invoice and for "Keep Xero's" on a conflict. The
// contact is taken when `customerOf` knows its customer; the status keeps what Billhook adds (approved while
// Xero holds a draft) as xeromap::localInvoiceStatus says.
Invoice withXeroInvoiceFields(Invoice inv, const QStringList &fields, const QJsonObject &values,
                              const std::function<std::optional<Id>(const QString &contactId)> &customerOf,
                              const std::function<xeromap::LocalTax(const QString &taxType)> &taxFor)
{
    for (const QString &f : fields) {
        const QString v = values.value(f).toString();
        if (f == u"contact") {
            if (const std::optional<Id> customer = customerOf(v))
                inv.customerId = *customer;
        } else if (f == u"number")
            inv.number = v;
        else if (f == u"reference")
            inv.reference = v;
        else if (f == u"date")
            inv.issueDate = QDate::fromString(v, Qt::ISODate);
        else if (f == u"dueDate")
            inv.dueDate = QDate::fromString(v, Qt::ISODate);
        else if (f == u"currency")
            inv.currency = v;
        else if (f == u"taxMode")
            inv.taxMode = taxModeFromXero(v).value_or(inv.taxMode);
        else if (f == u"status")
            inv.status = xeromap::localInvoiceStatus(v, inv.amountPaid, inv.status);
        else if (f == u"lines")
            inv.lines = xeromap::linesFromFields(values, taxFor);
    }
    return inv;
}

PullSpec InvoiceSync::pullSpec()
{
    PullSpec spec;
    spec.entity = SyncEntity::Invoice;
    spec.phase = SyncProgress::Phase::PullInvoices;
    spec.path = QStringLiteral("Invoices");
    spec.idField = QStringLiteral("InvoiceID");
    spec.what = tr("invoices");
    spec.query = {{QStringLiteral("unitdp"), QStringLiteral("4")},
                  {QStringLiteral("where"), QStringLiteral("Type==\"ACCREC\"")}};
    spec.beforePage = [this](const QJsonArray &records) { prefetchLinks(records); };
    spec.apply = [this](const QJsonObject &rec) { return apply(rec); };
    return spec;
}

QCoro::Task<bool> InvoiceSync::reread(const QStringList &xeroIds)
{
    co_return co_await pullByIds(m_ctx, pullSpec(), xeroIds);
}

QStringList InvoiceSync::takeContactsToFetch()
{
    QStringList out(m_contactsToFetch.cbegin(), m_contactsToFetch.cend());
    out.sort();
    m_contactsToFetch.clear();
    return out;
}

QStringList InvoiceSync::takeImportedLate()
{
    return std::exchange(m_importedLate, {});
}

QCoro::Task<bool> InvoiceSync::importAwaited()
{
    co_return co_await importByIds(SyncStore(m_ctx.db).invoicesNoLongerAwaitingContact(m_ctx.tenant));
}

QCoro::Task<bool> InvoiceSync::importByIds(const QStringList &xeroIds)
{
    if (xeroIds.isEmpty())
        co_return true;
    if (!co_await pullByIds(m_ctx, pullSpec(), xeroIds))
        co_return false;
    const auto linked = SyncStore(m_ctx.db).linksByXeroIds(SyncEntity::Invoice, xeroIds, m_ctx.tenant);
    for (const QString &id : xeroIds) {
        if (linked.contains(id) && !m_importedLate.contains(id))
            m_importedLate.append(id);
    }
    co_return true;
}

QCoro::Task<bool> InvoiceSync::pull()
{
    m_contactsToFetch.clear();
    m_importedLate.clear();
    const PullSpec spec = pullSpec();
    m_numbering = SettingsStore(m_ctx.db).numberingTemplate();
    m_highestCounter = 0;
    m_seenNumbers.clear();
    m_paymentsMayHaveChanged = false;
    if (!co_await pullPages(m_ctx, spec))
        co_return false;
    // Links the user made ("this is the same invoice: link them") before Xero's record was read here: read
    // them now, by id, so the merge sees both sides (their differences become conflicts for the user).
    if (!co_await pullByIds(m_ctx, spec, SyncStore(m_ctx.db).unreadLinks(SyncEntity::Invoice, m_ctx.tenant)))
        co_return false;
    // Numbers: a new invoice continues after the organisation's highest number of the same pattern.
    SettingsStore settings(m_ctx.db);
    if (m_highestCounter > 0) {
        if (auto s = m_ctx.write(
                {}, [&] { return settings.raiseCounter(QStringLiteral("invoice"), m_highestCounter + 1); });
            !s) {
            m_ctx.fail(s.error());
            co_return false;
        }
    }
    const qint64 next = std::max(settings.peekCounter(QStringLiteral("invoice")), m_highestCounter + 1);
    m_ctx.summary.nextInvoiceNumber = m_numbering.format(next, QDate::currentDate());
    // The organisation numbers its invoices as Billhook does: Billhook's own prefix is proposed too, so its
    // invoices never interleave with the ones typed in Xero (the setup page offers it).
    if (m_highestCounter > 0) {
        if (const auto own = ownNumbering(); !own.isEmpty()) {
            m_ctx.summary.ownNumbering = own;
            m_ctx.summary.ownNumberingNext = NumberingTemplate::parse(own)->format(
                settings.peekCounter(QStringLiteral("invoice")), QDate::currentDate());
        }
    }
    co_return true;
}

QString InvoiceSync::ownNumbering() const
{
    // The business's initials ("Kitchen Table Plumbing" -> KTP), then Billhook's: the first that none of
    // the numbers read from Xero could have been made by.
    QString initials;
    for (const QString &word :
         SettingsStore(m_ctx.db).businessProfile().name.split(u' ', Qt::SkipEmptyParts)) {
        if (initials.size() < 4 && word.front().isLetter())
            initials += word.front().toUpper();
    }
    QStringList candidates;
    if (initials.size() >= 2)
        candidates << initials + QStringLiteral("-{0000}");
    candidates << QStringLiteral("BH-{0000}") << QStringLiteral("BILL-{0000}");
    for (const QString &pattern : std::as_const(candidates)) {
        const auto t = NumberingTemplate::parse(pattern);
        if (!t || t->pattern() == m_numbering.pattern())
            continue;
        if (std::none_of(m_seenNumbers.cbegin(), m_seenNumbers.cend(),
                         [&](const QString &n) { return t->counterOf(n).has_value(); }))
            return t->pattern();
    }
    return {};
}

QString InvoiceSync::taxTypeFor(const InvoiceLine &line)
{
    if (const QString mapped = m_ctx.options.taxTypes.value(line.taxCode);
        !line.taxCode.isEmpty() && !mapped.isEmpty())
        return mapped;
    const QString cacheKey = line.taxCode + u'|' + QString::number(line.taxRate.units());
    if (auto it = m_taxTypeCache.constFind(cacheKey); it != m_taxTypeCache.cend())
        return *it;
    if (!m_storedTaxTypesLoaded) {
        for (const TaxRate &r : ReferenceStore(m_ctx.db).taxRates(false)) {
            if (!r.xeroTaxType.isEmpty())
                m_storedTaxTypes.insert(r.code, r.xeroTaxType);
        }
        m_storedTaxTypesLoaded = true;
    }
    QString type = m_storedTaxTypes.value(line.taxCode);
    if (type.isEmpty() || !m_ctx.revenueTaxTypes.contains(type)) {
        // The one revenue tax rate of Xero's with the same rate; none or several: the user maps it.
        QStringList same;
        for (auto it = m_ctx.revenueTaxTypes.cbegin(); it != m_ctx.revenueTaxTypes.cend(); ++it) {
            if (it.value() == line.taxRate)
                same.append(it.key());
        }
        type = same.size() == 1 ? same.first() : QString();
    }
    m_taxTypeCache.insert(cacheKey, type);
    return type;
}

xeromap::LocalTax InvoiceSync::localTaxFor(const QString &taxType)
{
    xeromap::LocalTax t;
    t.code = m_ctx.localTaxCodeFor.value(taxType, taxType);
    if (auto it = m_ctx.revenueTaxTypes.constFind(taxType); it != m_ctx.revenueTaxTypes.cend())
        t.rate = *it;
    else if (auto stored = ReferenceStore(m_ctx.db).taxRateByCode(taxType))
        t.rate = stored->rate;
    return t;
}

xeromap::InvoiceContext InvoiceSync::invoiceContext(const Invoice &inv)
{
    xeromap::InvoiceContext ctx;
    if (auto l = SyncStore(m_ctx.db).link(SyncEntity::Customer, inv.customerId, m_ctx.tenant)) {
        ctx.contactId = l->xeroId;
        ctx.contactUpdatedUtc = l->xeroUpdatedUtc;
    } else if (m_ctx.plannedCustomers.contains(inv.customerId))
        ctx.contactId = QStringLiteral("(planned)"); // dry run: a real run would have created the contact
    ctx.sendApprovedAsDraft = m_ctx.options.sendInvoicesAs == SyncOptions::SendInvoicesAs::Draft;
    ctx.defaultAccountCode = m_ctx.options.revenueAccountCode;
    ctx.taxTypeFor = [this](const InvoiceLine &l) { return taxTypeFor(l); };
    return ctx;
}

void InvoiceSync::prefetchLinks(const QJsonArray &records)
{
    QStringList invoiceIds, contactIds;
    for (const auto &v : records) {
        const QJsonObject o = v.toObject();
        invoiceIds.append(o.value(QStringLiteral("InvoiceID")).toString());
        contactIds.append(
            o.value(QStringLiteral("Contact")).toObject().value(QStringLiteral("ContactID")).toString());
    }
    contactIds.removeDuplicates();
    SyncStore store(m_ctx.db);
    m_pageInvoiceIds = QSet<QString>(invoiceIds.cbegin(), invoiceIds.cend());
    m_pageInvoiceLinks = store.linksByXeroIds(SyncEntity::Invoice, invoiceIds, m_ctx.tenant);
    m_pageContactIds = QSet<QString>(contactIds.cbegin(), contactIds.cend());
    m_pageContactLinks.clear();
    const auto contacts = store.linksByXeroIds(SyncEntity::Customer, contactIds, m_ctx.tenant);
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it)
        m_pageContactLinks.insert(it.key(), it->localId);
}

std::optional<Id> InvoiceSync::customerForContact(const QString &contactId)
{
    if (m_pageContactIds.contains(contactId)) {
        const auto it = m_pageContactLinks.constFind(contactId);
        return it == m_pageContactLinks.cend() ? std::nullopt : std::optional<Id>(*it);
    }
    if (auto l = SyncStore(m_ctx.db).linkByXeroId(SyncEntity::Customer, contactId, m_ctx.tenant))
        return l->localId;
    return std::nullopt;
}

Status InvoiceSync::apply(const QJsonObject &rec)
{
    if (rec.value(QStringLiteral("Type")).toString() != u"ACCREC")
        return {};
    SyncStore store(m_ctx.db);
    InvoiceStore invoices(m_ctx.db);
    const QString xid = rec.value(QStringLiteral("InvoiceID")).toString();
    const QString updated = xerojson::updatedUtc(rec);
    const QString xeroStatus = rec.value(QStringLiteral("Status")).toString();
    const QString number = rec.value(QStringLiteral("InvoiceNumber")).toString();
    m_seenNumbers.insert(number);
    std::optional<XeroLink> link;
    if (m_pageInvoiceIds.remove(xid)) {
        if (const auto it = m_pageInvoiceLinks.constFind(xid); it != m_pageInvoiceLinks.cend())
            link = *it;
    } else {
        link = store.linkByXeroId(SyncEntity::Invoice, xid, m_ctx.tenant);
    }
    if (link && link->xeroUpdatedUtc == updated)
        return {};
    const QJsonObject remote = xeromap::remoteInvoiceFields(rec);
    const xeromap::XeroInvoiceFigures figures = xeromap::invoiceFigures(rec);
    if (!figures.ok)
        return Error::make(
            Error::Code::Network,
            tr("Xero sent invoice %1 without readable amounts; the sync stopped.").arg(number));
    if (link ? link->base.value(QStringLiteral("_amountPaid")).toString() != figures.amountPaid.toString()
             : m_ctx.options.importXeroInvoices && figures.amountPaid.units() != 0)
        m_paymentsMayHaveChanged = true;
    const std::optional<Id> customer = customerForContact(remote.value(QStringLiteral("contact")).toString());

    const auto fromRemote = [&](const Invoice &inv, const QStringList &fields, const QJsonObject &values) {
        return withXeroInvoiceFields(
            inv, fields, values, [&](const QString &) { return customer; },
            [this](const QString &t) { return localTaxFor(t); });
    };
    const auto baseWithFigures = [&](QJsonObject b) {
        b.insert(QStringLiteral("_amountPaid"), figures.amountPaid.toString());
        b.insert(QStringLiteral("_xeroStatus"), xeroStatus);
        return b;
    };

    if (!link) {
        // Identity: a Xero invoice becomes linked to a local one only when it carries what Billhook sent
        // (its answer was lost), or by the user's explicit choice. A number alone is never enough: the
        // organisation's INV-0001 is, as far as anyone knows, another customer's invoice.
        if (!m_sentFingerprintsLoaded) {
            m_sentFingerprints = store.sentFingerprintIndex(SyncEntity::Invoice);
            m_sentFingerprintsLoaded = true;
        }
        const auto sent = m_sentFingerprints.constFind(syncutil::invoiceFingerprint(remote));
        if (sent != m_sentFingerprints.cend() && !store.anyLink(SyncEntity::Invoice, *sent)) {
            link =
                XeroLink{SyncEntity::Invoice, *sent, m_ctx.tenant, xid, QString(), baseWithFigures(remote)};
            if (auto s =
                    m_ctx.write([&]() -> Plan { return {tr("Would link invoice %1 to Xero's").arg(number)}; },
                                [&] { return store.saveLink(*link); });
                !s)
                return s;
        } else {
            // Someone else's invoice. Brought in when the user asked for Xero's invoices (and no local
            // invoice has its number), voided and deleted ones too, with their status: history comes down
            // whole. Otherwise its number is taken from now on.
            const bool importing = m_ctx.options.importXeroInvoices && customer;
            if (importing && !invoices.findByNumber(number)) {
                ++m_ctx.summary.pulled;
                const auto adding = [&]() -> Plan {
                    return {tr("Would add invoice %1 from Xero").arg(number)};
                };
                return m_ctx.write(adding, [&]() -> Status {
                    InvoiceFromXero in;
                    in.invoice.customerId = *customer;
                    in.invoice = fromRemote(in.invoice,
                                            {QStringLiteral("number"), QStringLiteral("reference"),
                                             QStringLiteral("date"), QStringLiteral("dueDate"),
                                             QStringLiteral("currency"), QStringLiteral("taxMode"),
                                             QStringLiteral("lines")},
                                            remote);
                    in.invoice.status =
                        xeromap::localInvoiceStatus(xeroStatus, figures.amountPaid, InvoiceStatus::Draft);
                    in.invoice.amountPaid = figures.amountPaid;
                    in.figures = stored(figures);
                    auto id = InvoiceStore(m_ctx.db).addFromXero(in);
                    if (!id)
                        return id.error();
                    return store.saveLink(XeroLink{SyncEntity::Invoice, *id, m_ctx.tenant, xid, updated,
                                                   baseWithFigures(remote)});
                });
            }
            const XeroInvoiceNumber held{
                xid,
                number,
                rec.value(QStringLiteral("Contact")).toObject().value(QStringLiteral("Name")).toString(),
                rec.value(QStringLiteral("CurrencyCode")).toString(),
                figures.total,
                figures.amountPaid,
                xeroStatus,
                remote.value(QStringLiteral("contact")).toString(),
                m_ctx.options.importXeroInvoices && !customer};
            // Its contact is not known here (created in Xero since the contacts were read, or waiting for
            // the user's decision): it is fetched this run, and the invoice read again once it is linked.
            if (held.awaitingContact && !held.contactId.isEmpty())
                m_contactsToFetch.insert(held.contactId);
            m_heldNumbers.insert(number, held);
            if (const auto counter = m_numbering.counterOf(number))
                m_highestCounter = std::max(m_highestCounter, *counter);
            if (auto s = m_ctx.write({}, [&] { return store.rememberXeroInvoice(m_ctx.tenant, held); }); !s)
                return s;
            // A local invoice has its number (a collision, raised when it would be sent): Xero's comes in
            // once that is resolved, so the watermark waits for it.
            if (importing)
                m_ctx.holdWatermark.insert(SyncEntity::Invoice);
            return {};
        }
    }

    auto current = invoices.get(link->localId);
    if (!current)
        return {};
    ++m_ctx.summary.pulled;
    const QJsonObject local = xeromap::invoiceFields(*current, invoiceContext(*current));
    const bool locked = xeroStatus == u"PAID" || xeroStatus == u"VOIDED" || xeroStatus == u"DELETED" ||
                        figures.amountPaid.units() > 0;
    const Money pending = SyncStore(m_ctx.db).paymentsNotInXeroYet(current->id, m_ctx.tenant);

    MergeResult m;
    QStringList lockedEdits;
    if (locked) {
        // Paid, part-paid, voided or deleted in Xero: Xero's version stands. Local edits made since the last
        // agreed state are not sent; they are kept in an issue, with the way forward.
        m.merged = remote;
        for (auto it = remote.begin(); it != remote.end(); ++it) {
            if (local.value(it.key()) != it.value())
                m.toLocal.append(it.key());
            // A local void is an edit like any other: Xero's paid invoice cannot be voided.
            if (!link->base.isEmpty() && local.value(it.key()) != link->base.value(it.key()) &&
                local.value(it.key()) != it.value())
                lockedEdits.append(it.key());
        }
    } else {
        m = mergeFields(link->base, local, remote);
        syncutil::settleMerge(m, m_ctx.options);
    }
    if (m.toLocal.contains(QStringLiteral("contact")) && !customer) {
        m.toLocal.removeAll(QStringLiteral("contact"));
        if (auto s = m_ctx.raise(
                SyncEntity::Invoice, current->id, SyncIssueKind::Error, {},
                tr("In Xero, invoice %1 now belongs to a contact Billhook does not know yet.").arg(number),
                tr("Sync again: the contact is read first. If this stays, turn on customer sync."));
            !s)
            return s;
    }
    const auto updating = [&] {
        Plan plan;
        if (!m.toLocal.isEmpty())
            plan.append(tr("Would update invoice %1 from Xero: %2")
                            .arg(number, m.toLocal.join(QStringLiteral(", "))));
        return plan;
    };
    return m_ctx.write(updating, [&]() -> Status {
        InvoiceFromXero in;
        in.invoice = fromRemote(*current, m.toLocal, m.merged);
        in.invoice.status =
            xeromap::localInvoiceStatus(xeroStatus, figures.amountPaid + pending, current->status);
        if (pending.units() < 0 && in.invoice.status == InvoiceStatus::Paid) // a removal waits for Xero
            in.invoice.status = (figures.amountPaid + pending).units() > 0 ? InvoiceStatus::PartPaid
                                                                           : InvoiceStatus::Approved;
        // e.g. approved here, kept as a draft in Xero by choice. A paid status is never kept this way: it
        // follows the payments (none left once Xero has deleted them).
        if (!locked && remote.value(QStringLiteral("status")) == local.value(QStringLiteral("status")) &&
            !m.toLocal.contains(QStringLiteral("status")) && current->status != InvoiceStatus::Paid &&
            current->status != InvoiceStatus::PartPaid)
            in.invoice.status = current->status;
        in.invoice.amountPaid = figures.amountPaid + pending;
        in.figures = stored(figures);
        // Xero's amounts are the truth for lines both sides agree on; lines about to be sent keep the local
        // ones.
        in.takeFigures = !m.toRemote.contains(QStringLiteral("lines")) &&
                         std::none_of(m.conflicts.begin(), m.conflicts.end(),
                                      [](const FieldConflict &c) { return c.field == u"lines"; });
        if (!in.takeFigures)
            in.figures.lineItemIds = InvoiceStore(m_ctx.db).xeroLineIds(current->id);
        auto w = InvoiceStore(m_ctx.db).writeFromXero(in, current->version);
        if (!w)
            return w.error();
        if (!*w) {
            m_ctx.holdWatermark.insert(SyncEntity::Invoice);
            return {};
        }
        XeroLink l = *link;
        l.xeroUpdatedUtc = updated;
        l.base = baseWithFigures(locked ? remote : syncutil::newBase(link->base, m, local, remote));
        if (auto s = store.saveLink(l); !s)
            return s;
        if (locked) {
            auto outbox = store.outbox(SyncEntity::Invoice);
            const bool pendingEdit = std::any_of(
                outbox.begin(), outbox.end(), [&](const OutboxEntry &e) { return e.localId == current->id; });
            if (pendingEdit) {
                if (auto s = store.removeFromOutboxFor(SyncEntity::Invoice, current->id); !s)
                    return s;
            }
            if (pendingEdit && !lockedEdits.isEmpty()) {
                QJsonArray kept;
                for (const QString &f : lockedEdits)
                    kept.append(QJsonObject{{QStringLiteral("field"), f},
                                            {QStringLiteral("mine"), local.value(f)},
                                            {QStringLiteral("xero"), remote.value(f)}});
                const QString nowInXero = invoiceStatusInSentence(
                    xeromap::localInvoiceStatus(xeroStatus, figures.amountPaid, current->status));
                const QString localStatus = local.value(QStringLiteral("status")).toString();
                const bool voidedHere = lockedEdits.contains(QStringLiteral("status")) &&
                                        (localStatus == u"VOIDED" || localStatus == u"DELETED");
                const bool endedInXero = xeroStatus == u"VOIDED" || xeroStatus == u"DELETED";
                const QString explanation =
                    voidedHere && endedInXero
                        ? tr("Invoice %1 was voided in Billhook, but in Xero it is already %2, which no "
                             "change can undo. It shows as %2 here again.")
                              .arg(number, nowInXero)
                    : voidedHere
                        ? tr("Invoice %1 was voided in Billhook, but in Xero it is now %2, and Xero does not "
                             "void an invoice that has payments. It was not voided there, and shows as %2 "
                             "here again.")
                              .arg(number, nowInXero)
                        : tr("Invoice %1 was changed in Billhook, but in Xero it is now %2, so it can no "
                             "longer be edited there. Your changes were not sent; they are listed in this "
                             "problem's details.")
                              .arg(number, nowInXero);
                const QString remedy =
                    voidedHere && !endedInXero
                        ? tr("If the payment was recorded by mistake, remove it first (in the invoice: "
                             "Remove payment…), then void the invoice again. If it was paid and the work is "
                             "cancelled, raise a credit note against it in Xero.")
                        : tr("To correct the amount, raise a credit note against it in Xero, or create a new "
                             "invoice with the changes in Billhook.");
                return m_ctx.raise(SyncEntity::Invoice, current->id, SyncIssueKind::Error, {}, explanation,
                                   remedy,
                                   QJsonObject{{QStringLiteral("reason"), QStringLiteral("locked-in-xero")},
                                               {QStringLiteral("unsent"), kept}});
            }
            return store.resolveIssuesFor(SyncEntity::Invoice, current->id);
        }
        if (!m.toRemote.isEmpty()) {
            if (auto s =
                    store.enqueue(SyncEntity::Invoice, current->id, OutboxOp::Upsert, current->version + 1);
                !s)
                return s;
        }
        if (!m.conflicts.isEmpty())
            return m_ctx.raise(SyncEntity::Invoice, current->id, SyncIssueKind::Conflict, {},
                               tr("Invoice %1 was changed both in Billhook and in Xero since the last sync, "
                                  "differently: %2.")
                                   .arg(number, syncutil::fieldNames(m.conflicts)),
                               tr("On the Xero page, under Problems, choose Keep mine or Keep Xero's (in a "
                                  "script: billhook-cli "
                                  "sync resolve ID --keep mine|xero)."),
                               QJsonObject{{QStringLiteral("fields"), syncutil::conflictsJson(m.conflicts)},
                                           {QStringLiteral("xeroId"), xid}});
        if (m.toRemote.isEmpty())
            return store.resolveIssuesFor(SyncEntity::Invoice, current->id);
        return {};
    });
}

QCoro::Task<bool> InvoiceSync::push()
{
    SyncStore store(m_ctx.db);
    InvoiceStore invoices(m_ctx.db);
    QList<Batch::Element> elements;
    const QDateTime now = m_ctx.clock.nowUtc();
    for (const OutboxEntry &row : store.outbox(SyncEntity::Invoice)) {
        if (!due(row, now))
            continue;
        auto inv = invoices.get(row.localId);
        const auto link = store.link(SyncEntity::Invoice, row.localId, m_ctx.tenant);
        const auto drop = [&] {
            const Status dropped = m_ctx.write({}, [&]() -> Status {
                if (auto r = store.removeFromOutboxIfVersion(row.id, row.localVersion); !r)
                    return r.error();
                if (inv && store.openConflictFields(SyncEntity::Invoice, inv->id).isEmpty())
                    (void)store.resolveIssuesFor(SyncEntity::Invoice, inv->id);
                return {};
            });
            if (!dropped)
                m_ctx.fail(dropped.error());
        };
        if (!inv) {
            drop();
            continue;
        }
        if (!link && (inv->status == InvoiceStatus::Deleted || inv->status == InvoiceStatus::Voided)) {
            drop(); // never reached Xero: nothing to undo there
            continue;
        }
        const auto problem = [&](const QString &explanation, const QString &remedy, const QString &reason) {
            if (auto s = m_ctx.raise(SyncEntity::Invoice, inv->id, SyncIssueKind::Error, {}, explanation,
                                     remedy, QJsonObject{{QStringLiteral("reason"), reason}});
                !s)
                m_ctx.fail(s.error());
        };
        if (!link) {
            // Its number is held in Xero by an invoice Billhook has not linked: never sent, never linked,
            // its payments wait, until the user gives it the next free number or links the two.
            std::optional<XeroInvoiceNumber> held;
            if (const auto it = m_heldNumbers.constFind(inv->number); it != m_heldNumbers.cend())
                held = *it;
            else
                held = store.unlinkedXeroInvoiceNumbered(m_ctx.tenant, inv->number);
            if (held) {
                raiseCollision(*inv, *held);
                continue;
            }
        }
        const xeromap::InvoiceContext ctx = invoiceContext(*inv);
        if (ctx.contactId.isEmpty()) {
            problem(tr("Invoice %1 waits for its customer %2, who is not in Xero yet.")
                        .arg(inv->number, inv->customerName),
                    tr("Fix the customer's problem first; the invoice follows on the next sync."),
                    QStringLiteral("customer-not-linked"));
            continue;
        }
        if (!m_ctx.currencies.isEmpty() && !m_ctx.currencies.contains(inv->currency)) {
            problem(
                tr("Invoice %1 is in %2, which is not enabled in the Xero organisation (its currency is %3).")
                    .arg(inv->number, inv->currency, m_ctx.baseCurrency),
                tr("Enable %1 in Xero (Settings, Currencies), or change the invoice to %2.")
                    .arg(inv->currency, m_ctx.baseCurrency),
                QStringLiteral("currency"));
            continue;
        }
        const QJsonObject local = xeromap::invoiceFields(*inv, ctx);
        if (inv->taxMode != TaxMode::NoTax) {
            bool unmapped = false;
            for (const auto &l : inv->lines)
                unmapped = unmapped || taxTypeFor(l).isEmpty();
            if (unmapped) {
                problem(tr("Invoice %1 has a tax rate Billhook cannot match to one of Xero's tax rates.")
                            .arg(inv->number),
                        tr("On the Xero page, click Change setup and map each Billhook tax rate to one of "
                           "the organisation's tax rates."),
                        QStringLiteral("tax-mapping"));
                continue;
            }
        }
        QStringList changed;
        if (link) {
            const QString xs = link->base.value(QStringLiteral("_xeroStatus")).toString();
            const bool locked =
                xs == u"PAID" || xs == u"VOIDED" || xs == u"DELETED" ||
                xerojson::decimalUnits(link->base.value(QStringLiteral("_amountPaid")), 2).value_or(0) > 0;
            changed = syncutil::changedFields(
                link->base, local, SyncStore(m_ctx.db).openConflictFields(SyncEntity::Invoice, inv->id));
            if (changed.isEmpty()) {
                drop();
                continue;
            }
            if (locked) {
                problem(tr("Invoice %1 is %2 in Xero, which no longer accepts changes to it; your changes "
                           "were not "
                           "sent.")
                            .arg(inv->number,
                                 invoiceStatusInSentence(xeromap::localInvoiceStatus(
                                     xs,
                                     Money::fromUnits(xerojson::decimalUnits(
                                                          link->base.value(QStringLiteral("_amountPaid")), 2)
                                                          .value_or(0)),
                                     inv->status))),
                        tr("To correct it, raise a credit note against it in Xero, or create a new invoice "
                           "with the "
                           "changes in Billhook."),
                        QStringLiteral("locked-in-xero"));
                (void)m_ctx.write({}, [&]() -> Status {
                    (void)store.removeFromOutboxIfVersion(row.id, row.localVersion);
                    return {};
                });
                continue;
            }
            const QString st = local.value(QStringLiteral("status")).toString();
            if (changed.contains(QStringLiteral("status")) && (st == u"VOIDED" || st == u"DELETED"))
                changed = {QStringLiteral("status")};
        }
        Batch::Element el;
        el.row = row;
        el.version = row.localVersion;
        el.match = inv->number;
        el.payload = xeromap::invoicePayload(*inv, local, link ? link->xeroId : QString(), changed,
                                             InvoiceStore(m_ctx.db).xeroLineIds(inv->id));
        el.hash = syncutil::hashOf(xerojson::rawBody(el.payload));
        el.label = tr("invoice %1").arg(inv->number);
        if (!link)
            el.fingerprint = syncutil::invoiceFingerprint(local);
        // Xero judges it by its contact as Xero holds it, and by the organisation's settings.
        el.dependsOn =
            QStringList{m_ctx.referenceStamp, link ? link->xeroUpdatedUtc : QString(), ctx.contactUpdatedUtc}
                .join(u'|');
        elements.append(el);
    }
    if (elements.isEmpty())
        co_return !m_ctx.failed;

    BatchSpec spec;
    spec.entity = SyncEntity::Invoice;
    spec.phase = SyncProgress::Phase::PushInvoices;
    spec.method = "POST";
    spec.path = QStringLiteral("Invoices");
    spec.collection = QStringLiteral("Invoices");
    spec.query.addQueryItem(QStringLiteral("unitdp"), QStringLiteral("4"));
    spec.what = tr("invoices");
    spec.matchOf = [](const QJsonObject &r) { return r.value(QStringLiteral("InvoiceNumber")).toString(); };
    spec.onOk = [this, &invoices](const Batch &b, int i, const QJsonObject &res) -> Status {
        const auto &el = b.elements[i];
        const xeromap::XeroInvoiceFigures figures = xeromap::invoiceFigures(res);
        QJsonObject base = xeromap::remoteInvoiceFields(res);
        base.insert(QStringLiteral("_amountPaid"), figures.amountPaid.toString());
        base.insert(QStringLiteral("_xeroStatus"), res.value(QStringLiteral("Status")).toString());
        auto inv = invoices.get(el.row.localId);
        if (inv && inv->version == el.version && figures.ok) {
            // Xero's amounts and line ids are kept: the invoice shows exactly what Xero holds.
            InvoiceFromXero in;
            in.invoice = *inv;
            in.figures = stored(figures);
            in.invoice.amountPaid =
                figures.amountPaid + SyncStore(m_ctx.db).paymentsNotInXeroYet(inv->id, m_ctx.tenant);
            if (auto w = InvoiceStore(m_ctx.db).writeFromXero(in, inv->version); !w)
                return w.error();
        }
        if (auto s = SyncStore(m_ctx.db).saveLink(XeroLink{SyncEntity::Invoice, el.row.localId, m_ctx.tenant,
                                                           res.value(QStringLiteral("InvoiceID")).toString(),
                                                           xerojson::updatedUtc(res), base});
            !s)
            return s;
        return SyncStore(m_ctx.db).resolveIssuesFor(SyncEntity::Invoice, el.row.localId);
    };
    spec.lookup = [this](const Batch &b) -> QCoro::Task<QList<QJsonObject>> {
        QStringList numbers;
        for (const auto &el : b.elements)
            numbers.append(el.match);
        XeroRequest req;
        req.path = QStringLiteral("Invoices");
        req.query.addQueryItem(QStringLiteral("InvoiceNumbers"), numbers.join(u','));
        req.query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        req.query.addQueryItem(QStringLiteral("unitdp"), QStringLiteral("4"));
        const XeroResponse r = co_await m_ctx.call(req);
        co_return syncutil::recordsIn(r, QStringLiteral("Invoices"));
    };
    spec.fingerprintOf = [](const QJsonObject &res) {
        return syncutil::invoiceFingerprint(xeromap::remoteInvoiceFields(res));
    };
    co_return co_await sendBatches(m_ctx, spec, chunk(elements));
}

void InvoiceSync::raiseCollision(const Invoice &inv, const XeroInvoiceNumber &held)
{
    const QString theirs =
        held.contactName.isEmpty() ? tr("another invoice") : tr("%1's invoice").arg(held.contactName);
    const QString state = invoiceStatusInSentence(
        xeromap::localInvoiceStatus(held.status, held.amountPaid, InvoiceStatus::Draft));
    const QString explanation =
        tr("%1 is already used in Xero by %2 (%3 %4, %5). Yours was not sent, and nothing was changed on "
           "either side.")
            .arg(inv.number, theirs, held.total.toString(), held.currency, state);
    const QString remedy =
        tr("Give yours the next free number (on the Xero page, under Problems; in a script: billhook-cli "
           "sync resolve ID --renumber). If it really is the same invoice, link them instead (--link).");
    const PlannedMatch planned{
        PlannedMatch::Kind::Collision, inv.number,
        tr("used in Xero by %1 (%2 %3, %4)").arg(theirs, held.total.toString(), held.currency, state), inv.id,
        held.xeroId};
    if (auto s = m_ctx.raise(SyncEntity::Invoice, inv.id, SyncIssueKind::Error, {}, explanation, remedy,
                             QJsonObject{{QStringLiteral("reason"), QStringLiteral("number-collision")},
                                         {QStringLiteral("number"), inv.number},
                                         {QStringLiteral("xeroId"), held.xeroId},
                                         {QStringLiteral("xeroContact"), held.contactName},
                                         {QStringLiteral("xeroTotal"), held.total.toString()},
                                         {QStringLiteral("xeroStatus"), held.status}},
                             planned);
        !s)
        m_ctx.fail(s.error());
}

Status InvoiceSync::keepXeros(Database &db, Id invoiceId, const QString &tenantId, const QJsonObject &values)
{
    auto inv = InvoiceStore(db).get(invoiceId);
    if (!inv)
        return inv.error();
    // Every field of the conflict, from Xero: its customer (when Billhook knows the contact), number,
    // reference, dates, currency, tax mode, status and lines.
    SyncStore links(db);
    const QString contact = values.value(QStringLiteral("contact")).toString();
    if (values.contains(QStringLiteral("contact")) &&
        !links.linkByXeroId(SyncEntity::Customer, contact, tenantId))
        return Error::invalid(tr("Xero's customer of invoice %1 is not in Billhook yet. Sync first (the "
                                 "contact comes down), then choose Keep Xero's again.")
                                  .arg(inv->number));
    ReferenceStore refs(db);
    InvoiceFromXero in;
    in.takeFigures = false;
    in.invoice = withXeroInvoiceFields(
        *inv, values.keys(), values,
        [&](const QString &contactId) -> std::optional<Id> {
            if (auto c = links.linkByXeroId(SyncEntity::Customer, contactId, tenantId))
                return c->localId;
            return std::nullopt;
        },
        [&](const QString &t) {
            auto r = refs.taxRateByCode(t);
            return xeromap::LocalTax{t, r ? r->rate : Percent()};
        });
    if (values.contains(QStringLiteral("lines")) || values.contains(QStringLiteral("taxMode")))
        in.invoice.recalculate();
    in.figures.lineItemIds = InvoiceStore(db).xeroLineIds(inv->id);
    auto w = InvoiceStore(db).writeFromXero(in, inv->version);
    if (!w)
        return w.error();
    return {};
}

} // namespace billhook
