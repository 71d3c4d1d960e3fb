#pragma once

#include "storage/syncstore.h"
#include "sync/syncreport.h"
#include "sync/xeroconnection.h"
#include "syncscheduler.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <qcoro/qcorotask.h>

#include <memory>

class QNetworkAccessManager;
class QSystemTrayIcon;

namespace billhook {

class CredentialStore;
class Database;
class SetupPage;
class SyncRunner;
class XeroContext;
class XeroPane;
struct SyncOptions;

// Does what the Xero pane asks and keeps it up to date: connects through XeroConnection (the authorize
// address goes to XeroContext::openUrl), reads the organisation for the setup page, runs syncs through
// SyncRunner (a worker thread) when asked or when SyncScheduler says so, resolves conflicts, disconnects,
// and says when something needs attention (status bar and, where there is one, a tray notification).
// Everything here is asynchronous: the GUI thread never waits on the network.
class XeroController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        XeroConnectOptions auth;
        SyncScheduler::Intervals schedule;
        bool watchNetwork = true;
        bool trayNotifications = true;
        CredentialStore *credentials = nullptr; // default: the OS keychain
    };

    XeroController(Database &db, XeroPane &pane, XeroContext &context, QObject *parent = nullptr);
    XeroController(Database &db, XeroPane &pane, XeroContext &context, Options options,
                   QObject *parent = nullptr);
    ~XeroController() override;

    // Reads the link state and shows it; starts the automatic sync when linked and set up.
    void start();
    // What "Connect to Xero" does: the browser opens Xero's sign-in page (the demo calls it once its fake
    // Xero is listening).
    void connectToXero();
    // A local edit was saved: the automatic sync runs a minute after edits settle.
    void noteLocalEdit();
    // `automatic`: the automatic sync started it (SyncEngine::setAutomatic), not the user.
    bool syncNow(bool automatic = false);
    bool isSyncing() const;
    bool isSetUp() const;

    XeroConnection *connection() const { return m_connection; }
    SyncRunner *runner() const { return m_runner; }
    SyncScheduler *scheduler() const { return m_scheduler; }
    SetupPage *setupPage() const { return m_setup; }
    QUrl lastAuthorizationUrl() const { return m_authorizeUrl; }

Q_SIGNALS:
    // Something needs the user: a problem, a conflict, a reconnect. One sentence for the status bar.
    void attentionNeeded(const QString &message);
    void syncFinished(const billhook::SyncSummary &summary);
    void setupReferenceLoaded();

private:
    void refresh();
    void updateOverview();
    void onSyncFinished(const SyncSummary &summary);
    void onSetupFinished(const SyncOptions &options);
    void resolveConflict(Id issueId, bool keepMine);
    void resolveCollision(Id issueId, int choice); // a SyncEngine::CollisionChoice
    void tryAgain(Id issueId);
    QCoro::Task<void> loadSetupReference();
    QCoro::Task<void> disconnectNow();
    void notify(const QString &message);
    QString setupKey(const QString &tenantId) const;

    Database &m_db;
    XeroPane &m_pane;
    XeroContext &m_context;
    Options m_options;
    QNetworkAccessManager *m_network;
    XeroConnection *m_connection;
    SyncRunner *m_runner;
    SyncScheduler *m_scheduler;
    SetupPage *m_setup;
    QSystemTrayIcon *m_tray = nullptr;
    QUrl m_authorizeUrl;
    int m_lastOpenIssues = 0;
    bool m_loadingReference = false;
    bool m_changingSetup = false; // the user reopened the setup page
};

} // namespace billhook
