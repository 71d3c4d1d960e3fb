#pragma once

#include "sync/synccontext.h"

namespace billhook {

// Payments on the invoices Billhook holds: pulled (a deleted one is marked deleted; one Billhook sent whose
// answer was lost is linked, never added twice), and local payments pushed, one per invoice per batch.
class PaymentSync
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    explicit PaymentSync(SyncContext &ctx)
        : m_ctx(ctx)
    {}

    QCoro::Task<bool> pull();
    QCoro::Task<bool> push();

private:
    Status apply(const QJsonObject &payment);

    SyncContext &m_ctx;
};

} // namespace billhook
