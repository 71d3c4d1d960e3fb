#pragma once

#include "contactmatch.h"
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
    // "Keep Xero's" on a conflict: Xero's `values` written to the customer (no outbox row).
    static Status keepXeros(Database &db, Id customerId, const QJsonObject &values);

private:
    Status apply(const QJsonObject &contact);

    SyncContext &m_ctx;
    // Local customers, for matching Xero contacts that are not linked yet (read at the start of the pull).
    ContactIndex m_index;
    // Dry run: customers a real run would hold back as ambiguous matches (it records an issue for each).
    QSet<Id> m_ambiguous;
};

} // namespace billhook
