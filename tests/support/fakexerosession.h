#pragma once

// Test seams between Billhook's Xero client and an in-process fake-xero: an AccessTokenSource over the
// fake's issued tokens (refreshing through its real token endpoint), a Clock that reads the fake's virtual
// clock, and a Waiter that advances it (so rate-limit waits take no real time and are counted).

#include "core/clock.h"
#include "fakexero.h"
#include "xero/accesstokensource.h"
#include "xero/xerowait.h"

#include <QNetworkAccessManager>

namespace billhook::test {

class FakeXeroTokens final : public AccessTokenSource
{
public:
    // Takes tokens as after consent (every organisation connected); `tenantId` is the one calls are for.
    FakeXeroTokens(fakexero::FakeXero &xero, QString tenantId);

    QString tenantId() const override { return m_tenantId; }
    QCoro::Task<Result<QString>> accessToken() override;
    QCoro::Task<Result<QString>> refreshAfterRejection(const QString &rejected) override;

    // Refreshes made through the token endpoint.
    int refreshes() const { return m_refreshes; }
    QString current() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    // Makes the next call use a token the fake does not know (as if it had been revoked).
    void spoil() { m_accessToken = QStringLiteral("not-a-token"); }

private:
    QCoro::Task<Result<QString>> refresh();

    fakexero::FakeXero &m_xero;
    QString m_tenantId;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt; // on fake-xero's clock
    QNetworkAccessManager m_network;
    int m_refreshes = 0;
    bool m_refreshing = false;
};

// The fake's virtual clock as Billhook's Clock.
class FakeXeroClock final : public Clock
{
public:
    explicit FakeXeroClock(fakexero::FakeXero &xero)
        : m_xero(xero)
    {}
    QDateTime nowUtc() const override { return m_xero.now(); }

private:
    fakexero::FakeXero &m_xero;
};

// Waits by moving the fake's clock on: no real time passes. Counts what it was asked to wait.
class FakeXeroWaiter final : public Waiter
{
public:
    explicit FakeXeroWaiter(fakexero::FakeXero &xero)
        : m_xero(xero)
    {}
    QCoro::Task<void> wait(qint64 milliseconds) override;

    qint64 waitedMs() const { return m_waitedMs; }
    int waits() const { return m_waits; }

private:
    fakexero::FakeXero &m_xero;
    qint64 m_waitedMs = 0;
    int m_waits = 0;
};

} // namespace billhook::test
