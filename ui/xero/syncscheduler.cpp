#include "syncscheduler.h"

#include <QNetworkInformation>
#include <QTimer>

namespace billhook {

SyncScheduler::SyncScheduler(QObject *parent)
    : SyncScheduler(Intervals{}, parent)
{}

SyncScheduler::SyncScheduler(Intervals intervals, QObject *parent)
    : QObject(parent)
    , m_intervals(intervals)
    , m_startup(new QTimer(this))
    , m_settle(new QTimer(this))
    , m_periodic(new QTimer(this))
{
    for (QTimer *t : {m_startup, m_settle, m_periodic})
        t->setSingleShot(true);
    m_startup->setInterval(intervals.startupMs);
    m_settle->setInterval(intervals.settleMs);
    m_periodic->setInterval(intervals.periodicMs);
    connect(m_startup, &QTimer::timeout, this, [this] { due(Reason::Startup); });
    connect(m_settle, &QTimer::timeout, this, [this] { due(Reason::LocalEdits); });
    connect(m_periodic, &QTimer::timeout, this, [this] { due(Reason::Periodic); });
}

void SyncScheduler::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend on this platform: assume online
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [this, info] {
        setOnline(info->reachability() != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply();
}

void SyncScheduler::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_pending.reset();
    if (enabled) {
        m_startup->start();
        m_periodic->start();
    } else {
        for (QTimer *t : {m_startup, m_settle, m_periodic})
            t->stop();
    }
    Q_EMIT nextSyncChanged();
}

void SyncScheduler::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online && m_pending && !m_running && m_enabled) {
        m_pending.reset();
        Q_EMIT syncDue(Reason::BackOnline);
    }
    Q_EMIT nextSyncChanged();
}

void SyncScheduler::noteLocalEdit()
{
    if (!m_enabled)
        return;
    m_settle->start(); // restarts: the minute counts from the last edit
    Q_EMIT nextSyncChanged();
}

void SyncScheduler::syncStarted()
{
    m_running = true;
    // A run sends every waiting edit and fetches everything: the timers that led here are satisfied.
    m_startup->stop();
    m_settle->stop();
    Q_EMIT nextSyncChanged();
}

void SyncScheduler::syncFinished()
{
    m_running = false;
    if (m_enabled)
        m_periodic->start();
    if (m_pending && m_enabled && m_online) {
        const Reason reason = *m_pending;
        m_pending.reset();
        Q_EMIT syncDue(reason);
    }
    Q_EMIT nextSyncChanged();
}

void SyncScheduler::due(Reason reason)
{
    if (!m_enabled)
        return;
    if (reason == Reason::Periodic)
        m_periodic->start(); // the next one is counted from now, even if this one has to wait
    if (m_running || !m_online) {
        if (!m_pending)
            m_pending = reason;
        Q_EMIT nextSyncChanged();
        return;
    }
    Q_EMIT syncDue(reason);
    Q_EMIT nextSyncChanged();
}

QDateTime SyncScheduler::nextSyncAt() const
{
    if (!m_enabled || !m_online)
        return {};
    int soonest = -1;
    for (const QTimer *t : {m_startup, m_settle, m_periodic}) {
        if (t->isActive() && (soonest < 0 || t->remainingTime() < soonest))
            soonest = t->remainingTime();
    }
    return soonest < 0 ? QDateTime() : QDateTime::currentDateTimeUtc().addMSecs(soonest);
}

} // namespace billhook
