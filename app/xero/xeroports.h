#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <qcoro/qcorotask.h>

#include <optional>

namespace billhook {

// What the Xero adapter needs from the layers above it, as small interfaces. The adapter never reads the
// database or the settings itself: the sync layer implements these over the stores (sync/xeroadapters.h),
// and tests may implement them in memory.

// Where the rate gate keeps what must survive a restart and be shared with other processes on the same books:
// the calls made to a tenant on a (UTC) day, and the time before which Xero refuses calls after a day-limit
// 429. Calls from the thread that owns the gate.
class ApiUsageLedger
{
public:
    virtual ~ApiUsageLedger() = default;

    // Identifies the books this ledger belongs to (the database file): rate gates of one process on the same
    // books and tenant share one minute window.
    virtual QString scope() const = 0;

    virtual int callsOn(const QString &tenantId, const QString &day) = 0;
    // The latest "no call before" recorded for the tenant; invalid when none.
    virtual QDateTime blockedUntil(const QString &tenantId) = 0;
    // Raises the day's count to `calls` (never lowers it: another process may have counted more).
    virtual Status recordCalls(const QString &tenantId, const QString &day, int calls) = 0;
    virtual Status recordBlock(const QString &tenantId, const QString &day, const QDateTime &until) = 0;
    // One call of the day was refused by Xero (429), so it does not count.
    virtual Status uncountCall(const QString &tenantId, const QString &day) = 0;
};

// The state of the link to one organisation, as the token source reads and writes it.
class XeroLinkState
{
public:
    virtual ~XeroLinkState() = default;

    enum class State
    {
        Missing,         // not linked to this tenant
        Linked,          // the refresh token may be used
        ReconnectNeeded, // Xero refused it: send nothing until the user connects again
    };
    virtual State linkState(const QString &tenantId) = 0;
    virtual Status markReconnectNeeded(const QString &tenantId) = 0;
    // The lock file that makes processes on the same books take turns refreshing the tenant's token.
    virtual QString refreshLockPath(const QString &tenantId) const = 0;
};

// Where a tenant's refresh token lives (the OS keychain, through the token vault in the sync layer).
class RefreshTokenVault
{
public:
    virtual ~RefreshTokenVault() = default;

    // The stored refresh token; an empty string when there is none.
    virtual QCoro::Task<Result<QString>> refreshToken(QString tenantId) = 0;
    // Stores it before the new access token is used (write-ahead).
    virtual QCoro::Task<Status> storeRefreshToken(QString tenantId, QString refreshToken) = 0;
};

} // namespace billhook
