#pragma once

#include "contactmatch.h"
#include "sync/pager.h"
#include "sync/synccontext.h"

namespace billhook {

// Contacts (Billhook's customers): pulled and merged field by field against the stored base, matched to the
// local customers when seen for the first time (ContactMatch), pushed from the outbox, and a conflict's
// "Keep Xero's" written back.
class ContactSync
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    explicit ContactSync(SyncContext &ctx)
        : m_ctx(ctx)
    {}

    QCoro::Task<bool> pull();
    QCoro::Task<bool> push();
    // Reads these contacts by id after the pull (e.g. created in Xero while Billhook read the invoices
    // that belong to them), matched and applied as pulled ones are.
    QCoro::Task<bool> fetch(const QStringList &xeroIds);
    // "Keep Xero's" on a conflict: Xero's `values` written to the customer (no outbox row).
    static Status keepXeros(Database &db, Id customerId, const QJsonObject &values);

private:
    PullSpec pullSpec();
    // Reads the local customers for matching the contacts seen for the first time (once a run).
    void prepareMatching();
    Status apply(const QJsonObject &contact);
    // A contact some customers might be: nothing linked, imported or sent; pending rows and an issue each.
    Status holdForDecision(const QJsonObject &contact, const ContactMatch &found);
    // The customers waiting for a decision about the contact (none: it is linked or imported, and their
    // issues about it are settled).
    Status setCandidates(const QString &xeroId, const QList<Id> &customers);

    SyncContext &m_ctx;
    // Local customers, for matching Xero contacts that are not linked yet (read at the start of the pull).
    ContactIndex m_index;
    bool m_prepared = false;
    // What each pending create sent (syncutil::contactFingerprint) -> its customer, read at the start.
    QHash<QString, Id> m_sentFingerprints;
    // Dry run: customers a real run would hold back as ambiguous matches (it records an issue for each).
    QSet<Id> m_ambiguous;
};

} // namespace billhook
