#pragma once

#include <QDate>
#include <QDateTime>

namespace billhook {

// Time comes through this, so tests can set it (token expiry, overdue invoices, back-off).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate today() const { return nowUtc().toLocalTime().date(); }

    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told to move.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(start.toUTC())
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

inline Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace billhook
