#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace fakexero {

// Xero's per-tenant limits: 60 calls a minute, 5,000 a day, 5 at once; and 10,000 a minute per app.
// The minute and day windows are fixed: each opens with the first call after the previous one closed.
class RateLimiter
{
public:
    struct Limits
    {
        int perMinute = 60;
        int perDay = 5000;
        int concurrent = 5;
        int appPerMinute = 10000;
    };
    struct Decision
    {
        bool allowed = true;
        QByteArray problem; // minute | day | concurrent | appminute
        int retryAfterSeconds = 0;
        int minuteRemaining = 0;
        int dayRemaining = 0;
        int appMinuteRemaining = 0;
    };

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Counts the call when it is allowed; the caller must call finished() once it was answered.
    Decision admit(const QString &tenantId, qint64 nowMs);
    void finished(const QString &tenantId);
    // An admitted call that is answered 429 after all (a scripted rate-limit fault): Xero does not count
    // refused calls, so take it back out of the windows. Returns the remaining counts after the refund.
    Decision refund(const QString &tenantId);
    int inFlight(const QString &tenantId) const { return m_tenants.value(tenantId).inFlight; }
    void reset()
    {
        m_tenants.clear();
        m_app = {};
    }

private:
    struct Window
    {
        qint64 startMs = -1;
        int count = 0;
        void roll(qint64 nowMs, qint64 lengthMs)
        {
            if (startMs < 0 || nowMs >= startMs + lengthMs) {
                startMs = nowMs;
                count = 0;
            }
        }
        int retryAfter(qint64 nowMs, qint64 lengthMs) const
        {
            return int((startMs + lengthMs - nowMs + 999) / 1000);
        }
    };
    struct TenantState
    {
        Window minute;
        Window day;
        int inFlight = 0;
    };

    Limits m_limits;
    QHash<QString, TenantState> m_tenants;
    Window m_app;
};

} // namespace fakexero
