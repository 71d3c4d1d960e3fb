#pragma once

#include "core/result.h"
#include "syncreport.h"
#include "xerostack.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace billhook {

class Database;

// Runs one sync at a time in a worker thread, away from the GUI: the worker opens its own Database
// connection on the same file (and its own network access, token source, rate gate and API client), so the
// GUI thread never waits on the network or a long query. The worker's Xero stack comes from XeroStack. Only
// one run per database at a time, across processes too: a QLockFile beside the database ("<db>.sync.lock")
// makes the GUI and billhook-cli take turns.
//
//     auto *runner = new SyncRunner(db.path(), this);
//     connect(runner, &SyncRunner::progress, this, [](const SyncProgress &p) { label->setText(p.text); });
//     connect(runner, &SyncRunner::finished, this, [](const SyncSummary &s) { ... });
//     runner->start();
//
// Every signal is delivered queued, in the runner's thread.
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    // Builds the token source in the worker thread, for that thread's Database. The default uses the stored
    // Xero connection (XeroSession: keychain and token endpoint); tests pass one over fake-xero's tokens.
    using TokenSourceFactory = decltype(XeroStackOverrides::tokens);
    // Builds the Waiter the API client sleeps with (the benchmark's advances fake-xero's clock). Default:
    // real timers.
    using WaiterFactory = decltype(XeroStackOverrides::waiter);

    explicit SyncRunner(QString databasePath, QObject *parent = nullptr);
    ~SyncRunner() override; // cancels a running sync and waits for its thread to end

    void setTokenSourceFactory(TokenSourceFactory factory);
    void setWaiterFactory(WaiterFactory factory);
    void setEndpoints(const XeroEndpoints &endpoints); // default: loadXeroConfig(db)
    // Where the refresh token is read (it must outlive the runner and be usable from its worker thread).
    // Default: the OS keychain.
    void setCredentials(CredentialStore *credentials);

    // From start() until just before finished() is emitted.
    bool isRunning() const { return m_running; }

    // The lock file that holds one sync per database across processes.
    static QString lockFilePath(const QString &databasePath);

public Q_SLOTS:
    // Starts a run in the background. Returns false (and emits nothing) when a run of this runner is
    // already under way. When another runner or process holds the database's sync lock, the run ends at
    // once: failed() with Error::Locked, then finished() with result "failed" and the same message.
    // `automatic`: started by the automatic sync, not the user (SyncEngine::setAutomatic).
    bool start(bool dryRun = false, bool automatic = false);
    // Asks the run to stop between requests (waits for the rate limit stop too); it finishes with result
    // "cancelled", its completed pages and batches kept, and resumes safely on the next run.
    void cancel();

Q_SIGNALS:
    void started();
    // Phases and counts ("Sending 1–50 of 120 invoices…"), and the client's waits ("Waiting 37 s for
    // Xero's rate limit…").
    void progress(const billhook::SyncProgress &progress);
    // Xero's rate limit (or a server back-off) holds the run for `seconds`.
    void waitingForRateLimit(int seconds);
    // The run stopped without finishing: not connected or reconnect needed (Auth), Xero unreachable or its
    // limits (Network), another sync running (Locked), the database (Database). Emitted before finished().
    void failed(const billhook::Error &error);
    // Every run ends with this, whatever its result (clean, issues, failed, cancelled).
    void finished(const billhook::SyncSummary &summary);

public:
    struct Worker; // what the GUI thread shares with the run: the way to cancel it (syncrunner.cpp)

private:
    void deliver(const SyncSummary &summary);

    QString m_path;
    XeroStackOverrides m_overrides;
    QThread *m_thread = nullptr;
    std::shared_ptr<Worker> m_worker;
    bool m_running = false;
};

} // namespace billhook
