#pragma once

#include "core/result.h"
#include "syncreport.h"
#include "xero/xeroendpoints.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace billhook {

class AccessTokenSource;
class Database;
class Waiter;

// Runs one sync at a time in a worker thread, away from the GUI: the worker opens its own Database
// connection on the same file (and its own network access, session and rate gate), so the GUI thread never
// waits on the network or a long query. Only one run per database at a time, across processes too: a
// QLockFile beside the database ("<db>.sync.lock") makes the GUI and billhook-cli take turns.
//
//     auto *runner = new SyncRunner(db.path(), this);
//     connect(runner, &SyncRunner::progress, this, [](const SyncProgress &p) { label->setText(p.text); });
//     connect(runner, &SyncRunner::finished, this, [](const SyncSummary &s) { ... });
//     runner->start();
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    // Builds the token source in the worker thread, for that thread's Database. The default uses the stored
    // Xero connection (XeroSession: keychain and token endpoint); tests pass one over fake-xero's tokens.
    using TokenSourceFactory = std::function<Result<std::unique_ptr<AccessTokenSource>>(Database &)>;
    // Builds the Waiter the API client sleeps with (the benchmark's advances fake-xero's clock). Default:
    // real timers.
    using WaiterFactory = std::function<std::unique_ptr<Waiter>()>;

    explicit SyncRunner(QString databasePath, QObject *parent = nullptr);
    ~SyncRunner() override; // cancels a running sync and waits for its thread to end

    void setTokenSourceFactory(TokenSourceFactory factory);
    void setWaiterFactory(WaiterFactory factory);
    void setEndpoints(const XeroEndpoints &endpoints); // default: XeroEndpoints::configured()

    bool isRunning() const;

public Q_SLOTS:
    // Starts a run in the background. Returns false (and emits nothing) when a run of this runner is
    // already under way; when another process holds the database's sync lock, the run finishes at once
    // with result "failed" and a message saying so.
    bool start(bool dryRun = false);
    // Asks the run to stop between requests; it finishes with result "cancelled", its completed pages
    // and batches kept, and resumes safely on the next run.
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const billhook::SyncProgress &progress);
    // Xero's rate limit (or a server back-off) holds the run for `seconds`; 0 when it carries on.
    void waitingForRateLimit(int seconds);
    void finished(const billhook::SyncSummary &summary);

private:
    struct Worker;
    QString m_path;
    TokenSourceFactory m_tokenFactory;
    WaiterFactory m_waiterFactory;
    std::optional<XeroEndpoints> m_endpoints;
    QThread *m_thread = nullptr;
    std::shared_ptr<Worker> m_worker;
};

} // namespace billhook
