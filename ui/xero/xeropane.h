#pragma once

#include "storage/syncstore.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace billhook {

class Database;
class HistoryView;
class ProblemsView;
class XeroContext;

// The Xero section. It shows one state at a time and says in plain words what is happening:
//   Not connected    "Connect to Xero" and one sentence on what will sync
//   Connecting       "Finish in your browser…" with Cancel
//   Setup            the one-page setup (organisation, accounts, tax mapping, options, import)
//   Connected        status, last and next sync, calls used today, Sync now with progress, Disconnect,
//                    the Problems and the History
//   Reconnect needed the same, with the reason and a Reconnect button instead of Sync now
// The pane only shows and asks; XeroController does the work and sets the state.
class XeroPane : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        NotConnected,
        Connecting,
        Setup,
        Connected,
        ReconnectNeeded
    };
    Q_ENUM(State)
    // The status indicator: linked · needs attention · reconnect needed (and not linked).
    enum class Indicator
    {
        NotLinked,
        Linked,
        NeedsAttention,
        ReconnectNeeded
    };
    Q_ENUM(Indicator)

    struct Overview
    {
        QString organisation;
        QDateTime lastSyncAt;   // invalid: never synced
        QString lastSyncResult; // "In sync", "2 need attention"…
        // How the last run ended: only a clean one lets the page say everything is in sync.
        std::optional<SyncResult> lastResult;
        int heldBack = 0;     // records the last run left differing by the user's options
        QDateTime nextSyncAt; // invalid: none planned
        QString nextSyncNote; // instead of a time, e.g. "paused while offline"
        int callsToday = -1;  // -1: unknown
        int dailyCallLimit = 5000;
    };

    XeroPane(Database &db, XeroContext &context, QWidget *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    Indicator indicator() const;
    // One line for the status bar, e.g. "Xero: linked to Demo Company (UK)".
    QString statusText() const;

    void setOverview(const Overview &overview);
    const Overview &overview() const { return m_overview; }
    // Why the last connection attempt ended (timeout, refused, wrong organisation); empty hides it.
    void setConnectMessage(const QString &message);
    // Why Xero needs a reconnect, in words.
    void setReconnectReason(const QString &reason);
    // The usual reason: the link was removed in Xero or its refresh token expired.
    static QString reconnectExplanation(const QString &organisation);
    // The page inside the Setup state (owned by the pane from then on).
    void setSetupPage(QWidget *page);

    // Sync progress: `total` 0 shows a busy bar.
    void setSyncRunning(bool running);
    bool isSyncRunning() const { return m_syncRunning; }
    void setSyncProgress(int done, int total, const QString &line);
    QString syncLine() const;

    // Re-reads Problems and History from the database.
    void reload();
    void showProblems();
    void showHistory();

    ProblemsView *problems() const { return m_problems; }
    HistoryView *history() const { return m_history; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *tryDemoButton() const { return m_tryDemo; }
    // The demo's window: "Try with a demo organisation" is not offered, and the page says what it is.
    void setDemo(bool demo);
    QPushButton *cancelConnectButton() const { return m_cancelConnect; }
    QPushButton *syncNowButton() const { return m_syncNow; }
    QPushButton *cancelSyncButton() const { return m_cancelSync; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    QPushButton *changeSetupButton() const { return m_changeSetup; }
    QPushButton *reconnectButton() const { return m_reconnect; }
    QProgressBar *progressBar() const { return m_progress; }
    QString indicatorText() const;
    QString overviewText() const;

Q_SIGNALS:
    void connectRequested();
    // "Try with a demo organisation": the demo opens in its own window, with its own database.
    void demoRequested();
    void cancelConnectRequested();
    void reopenBrowserRequested();
    void syncNowRequested();
    void cancelSyncRequested();
    // Asked after the user confirmed that local data stays.
    void disconnectRequested();
    // The accounts, tax rates and options chosen at setup, to change them.
    void changeSetupRequested();
    void openRecord(billhook::SyncEntity entity, billhook::Id localId);
    void resolveConflict(billhook::Id issueId, bool keepMine);
    void resolveCollision(billhook::Id issueId, int choice); // a SyncEngine::CollisionChoice
    void tryAgain(billhook::Id issueId);
    void statusChanged();

private:
    QWidget *buildNotConnected();
    QWidget *buildConnecting();
    QWidget *buildConnected();
    void confirmDisconnect();
    void updateStatus();

    Database &m_db;
    QPointer<XeroContext> m_context;
    State m_state = State::NotConnected;
    Overview m_overview;
    bool m_syncRunning = false;

    QStackedWidget *m_pages;
    QWidget *m_notConnectedPage;
    QWidget *m_connectingPage;
    QWidget *m_setupHolder;
    QWidget *m_connectedPage;
    QPushButton *m_connect;
    QPushButton *m_tryDemo;
    QWidget *m_tryDemoBox;
    QLabel *m_connectHeading;
    QLabel *m_connectIntro;
    QLabel *m_connectMessage;
    QPushButton *m_cancelConnect;
    QLabel *m_indicatorIcon;
    QLabel *m_indicator;
    QLabel *m_reconnectReason;
    QPushButton *m_reconnect;
    QLabel *m_organisation;
    QLabel *m_lastSync;
    QLabel *m_nextSync;
    QLabel *m_calls;
    QPushButton *m_syncNow;
    QPushButton *m_cancelSync;
    QPushButton *m_disconnect;
    QPushButton *m_changeSetup;
    QProgressBar *m_progress;
    QLabel *m_syncLine;
    QTabWidget *m_tabs;
    ProblemsView *m_problems;
    HistoryView *m_history;
};

} // namespace billhook
