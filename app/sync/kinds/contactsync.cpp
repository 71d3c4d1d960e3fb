#include "contactsync.h"

#include "storage/customerstore.h"
#include "storage/database.h"
#include "sync/batchsender.h"
#include "sync/pager.h"

namespace billhook {

void ContactSync::prepareMatching()
{
    // Local customers by number, email and name, to match contacts seen for the first time.
    QList<CustomerCandidate> candidates;
    for (const SyncStore::CustomerKeys &k : SyncStore(m_ctx.db).customerKeys(m_ctx.tenant))
        candidates.append(CustomerCandidate{k.id, k.contactNumber, k.emailLower, k.nameLower, k.phone,
                                            k.mobile, k.archived, k.linked});
    m_index = ContactIndex(candidates);
    m_sentFingerprints = SyncStore(m_ctx.db).sentFingerprintIndex(SyncEntity::Customer);
    m_prepared = true;
}

QCoro::Task<bool> ContactSync::pull()
{
    prepareMatching();
    const PullSpec spec = pullSpec();
    if (!co_await pullPages(m_ctx, spec))
        co_return false;
    // Contacts waiting for the user's decision are weighed again on every sync (the user may have settled
    // them, or edited a customer so it no longer looks like them); links the user made are read at last.
    co_return co_await pullByIds(m_ctx, spec, SyncStore(m_ctx.db).contactsToReread(m_ctx.tenant));
}

PullSpec ContactSync::pullSpec()
{
    PullSpec spec;
    spec.entity = SyncEntity::Customer;
    spec.phase = SyncProgress::Phase::PullCustomers;
    spec.path = QStringLiteral("Contacts");
    spec.idField = QStringLiteral("ContactID");
    spec.what = tr("contacts");
    spec.query = {{QStringLiteral("includeArchived"), QStringLiteral("true")}};
    spec.apply = [this](const QJsonObject &rec) { return apply(rec); };
    return spec;
}

QCoro::Task<bool> ContactSync::fetch(const QStringList &xeroIds)
{
    // An automatic run may not have read the contacts: the fetched ones are matched all the same.
    if (!m_prepared)
        prepareMatching();
    co_return co_await pullByIds(m_ctx, pullSpec(), xeroIds);
}

Status ContactSync::holdForDecision(const QJsonObject &rec, const ContactMatch &found)
{
    CustomerStore customers(m_ctx.db);
    const QString xid = rec.value(QStringLiteral("ContactID")).toString();
    const QString name = rec.value(QStringLiteral("Name")).toString();
    QStringList names;
    for (Id id : found.candidates) {
        if (auto c = customers.get(id))
            names.append(c->name);
    }
    // Held back from Xero this run, in a dry run too (a real run also records a pending row and an issue).
    for (Id id : found.candidates)
        m_ambiguous.insert(id);
    const bool one = found.result == ContactMatch::Result::Candidate;
    (void)m_ctx.write(
        [&]() -> Plan {
            return {PlannedChange(
                QString(), true,
                PlannedMatch{
                    PlannedMatch::Kind::Ambiguous, name,
                    one ? tr("might be %1: %2").arg(names.value(0), found.reason)
                        : tr("%1: could be any of %2").arg(found.reason, names.join(QStringLiteral(", "))),
                    one ? found.customer : 0, xid})};
        },
        {});
    if (auto s = setCandidates(xid, found.candidates); !s)
        return s;
    for (qsizetype k = 0; k < found.candidates.size(); ++k) {
        const Id id = found.candidates[k];
        const QString explanation =
            one ? tr("The Xero contact \"%1\" may be your customer %2 (%3), so Billhook has neither "
                     "linked them nor copied either to the other side.")
                      .arg(name, names.value(int(k)), found.reason)
                : tr("The Xero contact \"%1\" could be any of %n Billhook customers (%2), so Billhook "
                     "linked none of them and copied none to the other side.",
                     nullptr, int(found.candidates.size()))
                      .arg(name, names.join(QStringLiteral(", ")));
        const QString remedy =
            tr("If \"%1\" is %2, choose \"Same customer: link them\"; if not, choose \"Different "
               "customers\", and the next sync adds each to the other side (in a script: billhook-cli sync "
               "resolve ID --link or --different). Xero keeps one active contact per name: if yours has "
               "the same name, rename it first.")
                .arg(name, names.value(int(k)));
        if (auto s =
                m_ctx.raise(SyncEntity::Customer, id, SyncIssueKind::Error, {}, explanation, remedy,
                            QJsonObject{{QStringLiteral("reason"), one ? QStringLiteral("contact-candidate")
                                                                       : QStringLiteral("ambiguous-match")},
                                        {QStringLiteral("xeroContactId"), xid},
                                        {QStringLiteral("xeroName"), name},
                                        {QStringLiteral("xeroEmail"),
                                         rec.value(QStringLiteral("EmailAddress")).toString()},
                                        {QStringLiteral("matchedOn"), found.reason},
                                        {QStringLiteral("tenant"), m_ctx.tenant}});
            !s)
            return s;
    }
    return {};
}

Status ContactSync::setCandidates(const QString &xeroId, const QList<Id> &customers)
{
    // The customers that were waiting for a decision about this contact and no longer are: their issues
    // about it are settled.
    return m_ctx.write({}, [&]() -> Status {
        SyncStore store(m_ctx.db);
        auto gone = store.setContactCandidates(m_ctx.tenant, xeroId, customers);
        if (!gone)
            return gone.error();
        for (Id id : *gone) {
            if (auto s = store.resolveCandidateIssues(id, xeroId); !s)
                return s;
        }
        return {};
    });
}

Status ContactSync::apply(const QJsonObject &rec)
{
    SyncStore store(m_ctx.db);
    CustomerStore customers(m_ctx.db);
    const QString xid = rec.value(QStringLiteral("ContactID")).toString();
    const QString updated = xerojson::updatedUtc(rec);
    const QString status = rec.value(QStringLiteral("ContactStatus")).toString();
    const QString number = rec.value(QStringLiteral("ContactNumber")).toString();
    const QString name = rec.value(QStringLiteral("Name")).toString();
    const QString mergedTo = rec.value(QStringLiteral("MergedToContactID")).toString();
    auto link = store.linkByXeroId(SyncEntity::Customer, xid, m_ctx.tenant);
    if (link && link->xeroUpdatedUtc == updated)
        return {}; // already applied
    const QJsonObject remote = xeromap::contactFields(rec);

    // A contact Billhook created whose answer was lost: recognised by what was sent, never by a key alone.
    if (const Id ours = m_sentFingerprints.value(syncutil::contactFingerprintOf(rec), 0);
        !link && mergedTo.isEmpty() && ours != 0 && !m_index.isLinked(ours)) {
        if (auto s = setCandidates(xid, {}); !s)
            return s;
        link = XeroLink{SyncEntity::Customer, ours, m_ctx.tenant, xid, QString(), remote};
        m_index.markLinked(ours);
        if (auto s = m_ctx.write(
                [&]() -> Plan {
                    return {
                        tr("Would link customer %1 to the Xero contact %2 it created").arg(ours).arg(name)};
                },
                [&] { return store.saveLink(*link); });
            !s)
            return s;
    }

    if (!link) {
        // A number, an email address or a name alone makes a candidate, never a link (ContactMatch).
        const ContactMatch found =
            ContactMatch::of(m_index,
                             XeroContactKeys{number, rec.value(QStringLiteral("EmailAddress")).toString(),
                                             name, status, remote.value(QStringLiteral("phone")).toString(),
                                             remote.value(QStringLiteral("mobile")).toString()},
                             store.declaredDifferent(m_ctx.tenant, xid));
        if (found.result == ContactMatch::Result::Candidate ||
            found.result == ContactMatch::Result::Ambiguous)
            return holdForDecision(rec, found);
        if (auto s = setCandidates(xid, {}); !s)
            return s;
        // Merged away in Xero before Billhook linked it: its records moved to the target. A customer that is
        // surely it is linked to it and follows the merge below; otherwise there is nothing to import.
        if (!mergedTo.isEmpty() && found.result != ContactMatch::Result::Matched)
            return {};
        std::optional<Id> match;
        if (found.result == ContactMatch::Result::Matched)
            match = found.customer;
        const QString &matchedBy = found.reason;
        if (!match) {
            // A contact Xero has and Billhook does not: import it.
            Customer c;
            xeromap::applyCustomerFields(c, remote);
            if (c.name.trimmed().isEmpty())
                c.name = name.isEmpty() ? tr("Unnamed Xero contact") : name;
            if (!number.isEmpty() && !m_index.hasNumber(number))
                c.contactNumber = number;
            // Redacted in Xero: history only, as for a linked customer redacted there (below).
            if (status == u"GDPRREQUEST")
                c.archived = true;
            if (!c.email.isEmpty() && !Validation::isValidEmail(c.email))
                c.email
                    .clear(); // Xero accepted it; Billhook's rule is stricter. Keep the link, not the typo.
            ++m_ctx.summary.pulled;
            const auto adding = [&]() -> Plan {
                return {PlannedChange(tr("Would add customer %1 from Xero").arg(c.name), true,
                                      PlannedMatch{PlannedMatch::Kind::NewFromXero, c.name,
                                                   tr("in Xero only: would be added to Billhook"), 0, xid})};
            };
            return m_ctx.write(adding, [&]() -> Status {
                auto id = CustomerStore(m_ctx.db).addFromXero(c);
                if (!id)
                    return id.error();
                m_index.markLinked(*id);
                if (auto s = CustomerStore(m_ctx.db).setXeroStatus(*id, status); !s)
                    return s;
                auto added = customers.get(*id);
                return store.saveLink(XeroLink{SyncEntity::Customer, *id, m_ctx.tenant, xid, updated,
                                               added ? xeromap::customerFields(*added) : remote});
            });
        }
        // Linked on strong evidence: a field left blank here is no edit to weigh against Xero's value, so the
        // merge takes Xero's (blank in the base); where both hold a value and they differ, the user decides.
        // Nothing is sent over Xero's contact unasked.
        QJsonObject firstBase;
        if (SyncStore(m_ctx.db).sentBefore(SyncEntity::Customer, *match)) {
            firstBase = remote;
        } else if (const auto mine = customers.get(*match)) {
            const QJsonObject local = xeromap::customerFields(*mine);
            for (auto it = local.begin(); it != local.end(); ++it) {
                if (it.value().toString().isEmpty())
                    firstBase.insert(it.key(), it.value());
            }
        }
        link = XeroLink{SyncEntity::Customer, *match, m_ctx.tenant, xid, QString(), firstBase};
        m_index.markLinked(*match);
        const auto linking = [&]() -> Plan {
            const auto matched = customers.get(*match);
            return {
                PlannedChange(tr("Would link customer %1 to the Xero contact %2").arg(*match).arg(name), true,
                              PlannedMatch{PlannedMatch::Kind::Matched, name,
                                           matched ? tr("%1 — %2").arg(matched->name, matchedBy) : matchedBy,
                                           *match, xid})};
        };
        if (auto s = m_ctx.write(linking, [&] { return store.saveLink(*link); }); !s)
            return s;
    }

    auto current = customers.get(link->localId);
    if (!current)
        return {}; // the local customer is gone (cannot happen: customers are archived, not deleted)
    ++m_ctx.summary.pulled;

    if (!mergedTo.isEmpty()) {
        // Merged in Xero: its invoices now belong to the target contact. Relink to the target unless
        // another customer is already linked to it; then this one is archived locally.
        auto target = store.linkByXeroId(SyncEntity::Customer, mergedTo, m_ctx.tenant);
        const auto following = [&]() -> Plan {
            return {tr("Would follow the merge of %1 in Xero").arg(current->name)};
        };
        return m_ctx.write(following, [&]() -> Status {
            if (!target) {
                XeroLink moved = *link;
                moved.xeroId = mergedTo;
                moved.xeroUpdatedUtc.clear(); // the target is merged in full when it is next read
                return store.saveLink(moved);
            }
            Customer c = *current;
            c.archived = true;
            if (auto w = CustomerStore(m_ctx.db).writeFromXero(c, current->version); !w)
                return w.error();
            if (auto s = CustomerStore(m_ctx.db).setXeroStatus(c.id, QStringLiteral("MERGED")); !s)
                return s;
            XeroLink l = *link;
            l.xeroUpdatedUtc = updated;
            return store.saveLink(l);
        });
    }

    if (status == u"GDPRREQUEST") {
        // Redacted in Xero: read-only there and unusable on new invoices. Billhook keeps its own copy of the
        // details (the user decides whether to erase them), archives the customer so no new invoice can be
        // raised, and sends nothing more for it.
        const auto redacting = [&]() -> Plan {
            return {tr("Would mark %1 as redacted in Xero").arg(current->name)};
        };
        return m_ctx.write(redacting, [&]() -> Status {
            XeroLink l = *link;
            l.xeroUpdatedUtc = updated;
            if (auto s = store.saveLink(l); !s)
                return s;
            if (CustomerStore(m_ctx.db).xeroStatus(current->id) == u"GDPRREQUEST")
                return {};
            if (auto s = CustomerStore(m_ctx.db).setXeroStatus(current->id, status); !s)
                return s;
            Customer c = *current;
            c.archived = true;
            if (auto w = CustomerStore(m_ctx.db).writeFromXero(c, current->version); !w)
                return w.error();
            if (auto s = store.removeFromOutboxFor(SyncEntity::Customer, current->id); !s)
                return s;
            return m_ctx.raise(
                SyncEntity::Customer, current->id, SyncIssueKind::Error, {},
                tr("%1 was erased in Xero after a GDPR request. Xero no longer accepts changes or new "
                   "invoices for this contact, so Billhook archived the customer and stopped sending it.")
                    .arg(current->name),
                tr("Keep Billhook's copy for your records, or delete the personal details here too."),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("gdpr")}});
        });
    }

    const QJsonObject local = xeromap::customerFields(*current);
    QJsonObject base = link->base;
    if (const auto [key, hash] = SyncStore(m_ctx.db).pendingAttempt(SyncEntity::Customer, current->id);
        !key.isEmpty() && !base.isEmpty()) {
        // An update of ours whose answer was lost may be what changed Xero. If Xero's changes are exactly
        // what that request carried (same payload hash), they are ours: take them as the base, so edits
        // made locally since then win instead of becoming conflicts with Billhook's own earlier values.
        QJsonObject theirs;
        for (auto it = remote.begin(); it != remote.end(); ++it) {
            if (base.value(it.key()) != it.value())
                theirs.insert(it.key(), it.value());
        }
        if (!theirs.isEmpty()) {
            Customer sent = *current;
            xeromap::applyCustomerFields(sent, theirs);
            const QStringList changed = syncutil::changedFields(
                base, xeromap::customerFields(sent),
                SyncStore(m_ctx.db).openConflictFields(SyncEntity::Customer, sent.id));
            if (syncutil::hashOf(xerojson::rawBody(xeromap::contactPayload(sent, link->xeroId, changed))) ==
                hash) {
                for (auto it = theirs.begin(); it != theirs.end(); ++it)
                    base.insert(it.key(), it.value());
            }
        }
    }
    MergeResult m = mergeFields(base, local, remote);
    syncutil::settleMerge(m, m_ctx.options);
    const auto merging = [&] {
        Plan plan;
        if (!m.toLocal.isEmpty())
            plan.append(tr("Would update customer %1 from Xero: %2")
                            .arg(current->name, m.toLocal.join(QStringLiteral(", "))));
        if (!m.conflicts.isEmpty())
            plan.append(tr("Would report a conflict on customer %1").arg(current->name));
        return plan;
    };
    return m_ctx.write(merging, [&]() -> Status {
        if (!m.toLocal.isEmpty()) {
            Customer c = *current;
            QJsonObject values;
            for (const QString &f : m.toLocal)
                values.insert(f, m.merged.value(f));
            xeromap::applyCustomerFields(c, values);
            auto w = CustomerStore(m_ctx.db).writeFromXero(c, current->version);
            if (!w)
                return w.error();
            if (!*w) {
                m_ctx.holdWatermark.insert(SyncEntity::Customer); // edited meanwhile: merge again next run
                return {};
            }
        }
        if (auto s = CustomerStore(m_ctx.db).setXeroStatus(current->id, status); !s)
            return s;
        XeroLink l = *link;
        l.xeroUpdatedUtc = updated;
        l.base = syncutil::newBase(base, m, local, remote);
        if (auto s = store.saveLink(l); !s)
            return s;
        if (!m.toRemote.isEmpty()) {
            if (auto s = store.enqueue(SyncEntity::Customer, current->id, OutboxOp::Upsert,
                                       current->version + (m.toLocal.isEmpty() ? 0 : 1));
                !s)
                return s;
        }
        if (!m.conflicts.isEmpty())
            return m_ctx.raise(
                SyncEntity::Customer, current->id, SyncIssueKind::Conflict, {},
                tr("%1 was changed both in Billhook and in Xero since the last sync, differently: %2.")
                    .arg(current->name, syncutil::fieldNames(m.conflicts)),
                tr("On the Xero page, under Problems, choose Keep mine or Keep Xero's (in a script: "
                   "billhook-cli sync resolve ID --keep mine|xero)."),
                QJsonObject{{QStringLiteral("fields"), syncutil::conflictsJson(m.conflicts)},
                            {QStringLiteral("xeroId"), xid}});
        if (m.toRemote.isEmpty())
            return store.resolveIssuesFor(SyncEntity::Customer, current->id);
        return {};
    });
}

QCoro::Task<bool> ContactSync::push()
{
    SyncStore store(m_ctx.db);
    CustomerStore customers(m_ctx.db);
    QList<Batch::Element> elements;
    const QDateTime now = m_ctx.clock.nowUtc();
    for (const OutboxEntry &row : store.outbox(SyncEntity::Customer)) {
        if (!due(row, now))
            continue;
        auto c = customers.get(row.localId);
        const auto link = store.link(SyncEntity::Customer, row.localId, m_ctx.tenant);
        const QString xeroStatus = c ? CustomerStore(m_ctx.db).xeroStatus(c->id) : QString();
        const auto drop = [&] {
            const Status dropped = m_ctx.write({}, [&]() -> Status {
                if (auto r = store.removeFromOutboxIfVersion(row.id, row.localVersion); !r)
                    return r.error();
                if (c && store.openConflictFields(SyncEntity::Customer, c->id).isEmpty())
                    (void)store.resolveIssuesFor(SyncEntity::Customer, c->id);
                return {};
            });
            if (!dropped)
                m_ctx.fail(dropped.error());
        };
        if (!c || xeroStatus == u"GDPRREQUEST" || xeroStatus == u"MERGED") {
            drop();
            continue;
        }
        if (SyncStore(m_ctx.db).heldBackAsAmbiguous(SyncEntity::Customer, c->id) ||
            m_ambiguous.contains(c->id))
            continue;
        QStringList changed;
        if (link) {
            changed =
                syncutil::changedFields(link->base, xeromap::customerFields(*c),
                                        SyncStore(m_ctx.db).openConflictFields(SyncEntity::Customer, c->id));
            if (changed.isEmpty()) {
                drop();
                continue;
            }
            // Customer edits are not sent, by the user's choice: the edit waits in the outbox (counted as
            // held back), and goes once they are sent again. Never dropped: that would lose it for good.
            if (!m_ctx.options.sendCustomerEdits) {
                ++m_ctx.summary.heldBack;
                continue;
            }
        }
        Batch::Element el;
        el.row = row;
        el.version = row.localVersion;
        el.match = c->contactNumber;
        el.payload = xeromap::contactPayload(*c, link ? link->xeroId : QString(), changed);
        el.hash = syncutil::hashOf(xerojson::rawBody(el.payload));
        el.fields = changed;
        el.label = tr("customer %1").arg(c->name);
        if (!link)
            el.fingerprint = syncutil::contactFingerprint(c->name, c->email, c->contactNumber);
        el.dependsOn = m_ctx.referenceStamp + u'|' + (link ? link->xeroUpdatedUtc : QString());
        elements.append(el);
    }
    if (elements.isEmpty())
        co_return !m_ctx.failed;

    BatchSpec spec;
    spec.entity = SyncEntity::Customer;
    spec.phase = SyncProgress::Phase::PushCustomers;
    spec.method = "POST";
    spec.path = QStringLiteral("Contacts");
    spec.collection = QStringLiteral("Contacts");
    spec.what = tr("customers");
    spec.matchOf = [](const QJsonObject &r) { return r.value(QStringLiteral("ContactNumber")).toString(); };
    spec.planned = [this](const Batch::Element &el) {
        const bool newToXero = !m_index.isLinked(el.row.localId) &&
                               el.payload.value(QStringLiteral("ContactID")).toString().isEmpty();
        m_ctx.plannedCustomers.insert(el.row.localId);
        (void)m_ctx.write(
            [&]() -> Plan {
                return {PlannedChange(tr("Would send %1 to Xero").arg(el.label), newToXero,
                                      newToXero ? std::optional<PlannedMatch>(PlannedMatch{
                                                      PlannedMatch::Kind::NewToXero,
                                                      el.payload.value(QStringLiteral("Name")).toString(),
                                                      tr("in Billhook only: would be created in Xero"),
                                                      el.row.localId, QString()})
                                                : std::nullopt)};
            },
            {});
    };
    spec.onOk = [this, &customers](const Batch &b, int i, const QJsonObject &res) -> Status {
        const auto &el = b.elements[i];
        const QJsonObject remote = xeromap::contactFields(res);
        auto c = customers.get(el.row.localId);
        SyncStore links(m_ctx.db);
        // Only what was sent is taken back. A field not sent (a conflict the user has yet to settle, or a
        // Xero edit held back by the options) keeps both its values and its old base, so it stays what it
        // was.
        const QSet<QString> conflicted = links.openConflictFields(SyncEntity::Customer, el.row.localId);
        const auto sent = [&](const QString &f) {
            return (el.fields.isEmpty() || el.fields.contains(f)) && !conflicted.contains(f);
        };
        const auto old = links.link(SyncEntity::Customer, el.row.localId, m_ctx.tenant);
        QJsonObject base = old ? old->base : remote;
        const QJsonObject local = c ? xeromap::customerFields(*c) : QJsonObject();
        for (auto it = remote.begin(); it != remote.end(); ++it) {
            if (sent(it.key()) || local.value(it.key()) == it.value())
                base.insert(it.key(), it.value());
        }
        if (c) {
            // Xero may normalise what it was sent (trimmed, reformatted): take its value, so the sides agree.
            QJsonObject differing;
            for (auto it = remote.begin(); it != remote.end(); ++it) {
                if (sent(it.key()) && local.value(it.key()) != it.value())
                    differing.insert(it.key(), it.value());
            }
            if (!differing.isEmpty() && c->version == el.version) {
                Customer updated = *c;
                xeromap::applyCustomerFields(updated, differing);
                if (auto w = CustomerStore(m_ctx.db).writeFromXero(updated, c->version); !w)
                    return w.error();
            }
            if (auto s = CustomerStore(m_ctx.db).setXeroStatus(
                    c->id, res.value(QStringLiteral("ContactStatus")).toString());
                !s)
                return s;
        }
        if (auto s = links.saveLink(XeroLink{SyncEntity::Customer, el.row.localId, m_ctx.tenant,
                                             res.value(QStringLiteral("ContactID")).toString(),
                                             xerojson::updatedUtc(res), base});
            !s)
            return s;
        return conflicted.isEmpty() ? links.resolveIssuesFor(SyncEntity::Customer, el.row.localId)
                                    : links.resolveErrorsFor(SyncEntity::Customer, el.row.localId);
    };
    spec.lookup = [this](const Batch &b) -> QCoro::Task<QList<QJsonObject>> {
        QStringList terms;
        for (const auto &el : b.elements)
            terms.append(
                QStringLiteral("ContactNumber==\"%1\"").arg(QString(el.match).replace(u'"', QString())));
        XeroRequest req;
        req.path = QStringLiteral("Contacts");
        req.query.addQueryItem(QStringLiteral("where"), terms.join(QStringLiteral(" OR ")));
        req.query.addQueryItem(QStringLiteral("includeArchived"), QStringLiteral("true"));
        const XeroResponse r = co_await m_ctx.call(req);
        co_return syncutil::recordsIn(r, QStringLiteral("Contacts"));
    };
    spec.fingerprintOf = [](const QJsonObject &res) { return syncutil::contactFingerprintOf(res); };
    co_return co_await sendBatches(m_ctx, spec, chunk(elements));
}

Status ContactSync::keepXeros(Database &db, Id customerId, const QJsonObject &values)
{
    auto c = CustomerStore(db).get(customerId);
    if (!c)
        return c.error();
    Customer updated = *c;
    xeromap::applyCustomerFields(updated, values);
    auto w = CustomerStore(db).writeFromXero(updated, c->version);
    if (!w)
        return w.error();
    return {};
}

} // namespace billhook
