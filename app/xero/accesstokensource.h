#pragma once

#include "core/result.h"

#include <QString>
#include <qcoro/qcorotask.h>

namespace billhook {

// What the Xero API client needs from the connection: the tenant every call is for, and a valid access
// token. XeroSession implements it with the refresh token in the vault and the token endpoint (XeroStack
// builds one for the linked organisation); tests implement it over fake-xero's issued tokens. The access
// token lives only in memory.
//
// Both calls are single-flight: while one refresh is under way, every other caller awaits its result,
// and across processes a lock file makes the CLI and the GUI take turns.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;

    virtual QString tenantId() const = 0;

    // A token valid for at least the next minute, refreshing first if needed.
    // Fails with Error::Auth when the link needs a reconnect (refresh token refused or missing).
    virtual QCoro::Task<Result<QString>> accessToken() = 0;

    // The API answered 401 to a call made with `rejected`: refresh once (unless another caller has
    // already replaced that token) and return the new token. Fails with Error::Auth when the link
    // needs a reconnect.
    virtual QCoro::Task<Result<QString>> refreshAfterRejection(const QString &rejected) = 0;
};

} // namespace billhook
