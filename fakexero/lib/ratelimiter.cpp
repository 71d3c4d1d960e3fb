#include "ratelimiter.h"

namespace fakexero {

static constexpr qint64 MinuteMs = 60 * 1000;
static constexpr qint64 DayMs = 24 * 3600 * 1000;

RateLimiter::Decision RateLimiter::admit(const QString &tenantId, qint64 nowMs)
{
    TenantState &t = m_tenants[tenantId];
    t.minute.roll(nowMs, MinuteMs);
    t.day.roll(nowMs, DayMs);
    m_app.roll(nowMs, MinuteMs);

    Decision d;
    if (t.inFlight >= m_limits.concurrent) {
        d.allowed = false;
        d.problem = "concurrent";
        d.retryAfterSeconds = 1;
    } else if (t.day.count >= m_limits.perDay) {
        d.allowed = false;
        d.problem = "day";
        d.retryAfterSeconds = t.day.retryAfter(nowMs, DayMs);
    } else if (t.minute.count >= m_limits.perMinute) {
        d.allowed = false;
        d.problem = "minute";
        d.retryAfterSeconds = t.minute.retryAfter(nowMs, MinuteMs);
    } else if (m_app.count >= m_limits.appPerMinute) {
        d.allowed = false;
        d.problem = "appminute";
        d.retryAfterSeconds = m_app.retryAfter(nowMs, MinuteMs);
    } else {
        ++t.minute.count;
        ++t.day.count;
        ++m_app.count;
        ++t.inFlight;
    }
    d.minuteRemaining = qMax(0, m_limits.perMinute - t.minute.count);
    d.dayRemaining = qMax(0, m_limits.perDay - t.day.count);
    d.appMinuteRemaining = qMax(0, m_limits.appPerMinute - m_app.count);
    return d;
}

RateLimiter::Decision RateLimiter::refund(const QString &tenantId)
{
    TenantState &t = m_tenants[tenantId];
    t.minute.count = qMax(0, t.minute.count - 1);
    t.day.count = qMax(0, t.day.count - 1);
    m_app.count = qMax(0, m_app.count - 1);
    Decision d;
    d.minuteRemaining = qMax(0, m_limits.perMinute - t.minute.count);
    d.dayRemaining = qMax(0, m_limits.perDay - t.day.count);
    d.appMinuteRemaining = qMax(0, m_limits.appPerMinute - m_app.count);
    return d;
}

void RateLimiter::finished(const QString &tenantId)
{
    auto it = m_tenants.find(tenantId);
    if (it != m_tenants.end() && it->inFlight > 0)
        --it->inFlight;
}

} // namespace fakexero
