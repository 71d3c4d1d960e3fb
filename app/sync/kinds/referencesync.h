#pragma once

#include "sync/synccontext.h"

namespace billhook {

// Reference data: the organisation's base currency, its currencies, accounts, tax rates and items. Read from
// Xero once a day (a no-change sync stays one call per record type) and kept in the reference store; the
// invoices read the currencies and revenue tax rates from the run's context.
class ReferenceSync
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    explicit ReferenceSync(SyncContext &ctx)
        : m_ctx(ctx)
    {}

    QCoro::Task<bool> pull();

private:
    SyncContext &m_ctx;
};

} // namespace billhook
