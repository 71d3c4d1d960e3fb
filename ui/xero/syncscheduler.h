#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace billhook {

// When the automatic sync runs, while an organisation is linked and set up:
//   - soon after the app starts,
//   - a minute after local edits settle (each edit restarts the minute),
//   - every 15 minutes (counted from the last run),
// never while a run is under way (a sync falling due then runs once right after), and not while the
// computer is offline: what fell due waits, and runs when the network is back. QNetworkInformation tells
// online from offline where the platform has a backend; without one the scheduler assumes online.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    enum class Reason
    {
        Startup,
        LocalEdits,
        Periodic,
        BackOnline,
    };
    Q_ENUM(Reason)

    struct Intervals
    {
        int startupMs = 5 * 1000;
        int settleMs = 60 * 1000;
        int periodicMs = 15 * 60 * 1000;
    };

    explicit SyncScheduler(QObject *parent = nullptr);
    SyncScheduler(Intervals intervals, QObject *parent = nullptr);

    // Follows the platform's reachability (QNetworkInformation) when a backend is available.
    void watchNetwork();

    // Linked and set up: the startup and periodic syncs start; otherwise everything stops.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setOnline(bool online);
    bool isOnline() const { return m_online; }

    void noteLocalEdit();
    void syncStarted();
    void syncFinished();

    // The next automatic sync; invalid when none is planned (disabled) or it waits for the network.
    QDateTime nextSyncAt() const;
    // A sync fell due while offline or running and waits.
    bool hasPendingSync() const { return m_pending.has_value(); }

Q_SIGNALS:
    void syncDue(billhook::SyncScheduler::Reason reason);
    void nextSyncChanged();

private:
    void due(Reason reason);

    Intervals m_intervals;
    QTimer *m_startup;
    QTimer *m_settle;
    QTimer *m_periodic;
    bool m_enabled = false;
    bool m_online = true;
    bool m_running = false;
    std::optional<Reason> m_pending;
};

} // namespace billhook
