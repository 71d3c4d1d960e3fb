#include "syncrunner.h"

#include "storage/database.h"
#include "syncengine.h"
#include "syncoptions.h"
#include "xerostack.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLockFile>
#include <QThread>

#include <cmath>
#include <exception>
#include <mutex>

namespace billhook {

// What the GUI thread shares with the run in the worker thread: the way to cancel it.
struct SyncRunner::Worker
{
    std::mutex mutex;
    bool cancelled = false;
    SyncEngine *engine = nullptr;
    XeroClient *client = nullptr;

    void cancel()
    {
        const std::lock_guard guard(mutex);
        cancelled = true;
        if (engine)
            engine->cancel();
        if (client)
            client->cancel();
    }
    void attach(SyncEngine *e, XeroClient *c)
    {
        const std::lock_guard guard(mutex);
        engine = e;
        client = c;
        if (cancelled && engine) {
            engine->cancel();
            client->cancel();
        }
    }
};

namespace {

struct RunParams
{
    QString path;
    bool dryRun = false;
    bool automatic = false;
    XeroStackOverrides stack;
};

SyncSummary failedSummary(bool dryRun, const Error &error)
{
    SyncSummary s;
    s.dryRun = dryRun;
    s.result = SyncResult::Failed;
    s.message = error.message;
    s.error = error;
    return s;
}

// Runs in the worker thread, on its event loop: everything here belongs to that thread.
QCoro::Task<SyncSummary> runOnce(RunParams params, SyncRunner::Worker &worker,
                                 std::function<void(const SyncProgress &)> progress,
                                 std::function<void(const XeroWait &)> waiting)
{
    // One sync per database across processes. A lock is stale only when its process is gone: a long run
    // keeps it however old it gets.
    QLockFile lock(SyncRunner::lockFilePath(params.path));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        co_return failedSummary(
            params.dryRun,
            Error::make(Error::Code::Locked, lock.error() == QLockFile::LockFailedError
                                                 ? SyncRunner::tr("A sync is already running (in another "
                                                                  "Billhook window or billhook-cli).")
                                                 : SyncRunner::tr("The sync lock %1 could not be created; "
                                                                  "check that its folder can be written to.")
                                                       .arg(SyncRunner::lockFilePath(params.path))));
    }
    auto db = Database::open(params.path);
    if (!db)
        co_return failedSummary(params.dryRun, db.error());
    auto stack = XeroStack::forLinkedOrganisation(**db, params.stack);
    if (!stack)
        co_return failedSummary(params.dryRun, stack.error());
    auto options = SyncOptions::load(**db);
    if (!options)
        co_return failedSummary(params.dryRun, options.error());
    XeroClient &client = (*stack)->client();
    QObject::connect(&client, &XeroClient::waiting, &client, [waiting](const XeroWait &w) { waiting(w); });
    SyncEngine engine(
        **db, [&client](XeroRequest r) { return client.send(std::move(r)); }, (*stack)->tenantId(), *options);
    engine.setDryRun(params.dryRun);
    engine.setAutomatic(params.automatic);
    engine.setProgressHandler(progress);

    worker.attach(&engine, &client);
    SyncSummary summary;
    // An exception escaping a coroutine would leave QCoro::waitFor waiting forever (and the worker thread
    // with it). Each page and batch is its own transaction, rolled back as the exception unwinds, so the
    // run can fail here with nothing half-written and the outbox intact for the next run.
    try {
        summary = co_await engine.run();
    } catch (const std::exception &e) {
        summary = failedSummary(
            params.dryRun, Error::make(Error::Code::Database,
                                       SyncRunner::tr("The sync stopped on an internal error (%1). Nothing "
                                                      "was lost; the next sync starts again from here.")
                                           .arg(QString::fromLocal8Bit(e.what()))));
    } catch (...) {
        summary = failedSummary(
            params.dryRun, Error::make(Error::Code::Database,
                                       SyncRunner::tr("The sync stopped on an internal error. Nothing was "
                                                      "lost; the next sync starts again from here.")));
    }
    worker.attach(nullptr, nullptr);
    co_return summary;
}

QString waitText(const XeroWait &wait, int seconds)
{
    if (wait.reason == XeroWait::Reason::ServerBackoff)
        return SyncRunner::tr("Xero is busy; trying again in %n s…", "", seconds);
    return SyncRunner::tr("Waiting %n s for Xero's rate limit…", "", seconds);
}

} // namespace

SyncRunner::SyncRunner(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
}

SyncRunner::~SyncRunner()
{
    if (!m_thread)
        return;
    cancel();
    // The run may be waiting for something only this thread's event loop delivers (the keychain answers on
    // the main thread): keep it turning while the worker winds down.
    while (!m_thread->wait(QDeadlineTimer(20)))
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    delete m_thread;
}

QString SyncRunner::lockFilePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".sync.lock");
}

void SyncRunner::setTokenSourceFactory(TokenSourceFactory factory)
{
    m_overrides.tokens = std::move(factory);
}

void SyncRunner::setWaiterFactory(WaiterFactory factory)
{
    m_overrides.waiter = std::move(factory);
}

void SyncRunner::setEndpoints(const XeroEndpoints &endpoints)
{
    m_overrides.endpoints = endpoints;
}

void SyncRunner::setCredentials(CredentialStore *credentials)
{
    m_overrides.credentials = credentials;
}

bool SyncRunner::start(bool dryRun, bool automatic)
{
    if (m_running)
        return false;
    if (m_thread) {
        // The previous run has delivered its result; its thread is at most returning.
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = true;
    m_worker = std::make_shared<Worker>();

    RunParams params;
    params.path = m_path;
    params.dryRun = dryRun;
    params.automatic = automatic;
    params.stack = m_overrides; // the stack itself is built in the worker thread, on its Database
    m_thread = QThread::create([this, params = std::move(params), worker = m_worker]() mutable {
        SyncProgress last;
        auto onProgress = [this, &last](const SyncProgress &p) {
            last = p;
            QMetaObject::invokeMethod(
                this, [this, p] { Q_EMIT progress(p); }, Qt::QueuedConnection);
        };
        auto onWaiting = [this, &last](const XeroWait &w) {
            const int seconds = int(std::ceil(double(w.milliseconds) / 1000.0));
            if (seconds <= 0)
                return;
            SyncProgress p = last;
            p.text = waitText(w, seconds);
            QMetaObject::invokeMethod(
                this,
                [this, p, seconds] {
                    Q_EMIT waitingForRateLimit(seconds);
                    Q_EMIT progress(p);
                },
                Qt::QueuedConnection);
        };
        // The worker's own event loop runs the coroutine to its end (never the GUI thread's).
        const SyncSummary summary =
            QCoro::waitFor(runOnce(std::move(params), *worker, std::move(onProgress), std::move(onWaiting)));
        QMetaObject::invokeMethod(
            this, [this, summary] { deliver(summary); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("billhook-sync"));
    m_thread->start();
    Q_EMIT started();
    return true;
}

void SyncRunner::deliver(const SyncSummary &summary)
{
    m_running = false;
    if (summary.result == SyncResult::Failed)
        Q_EMIT failed(summary.error.value_or(Error::make(Error::Code::Network, summary.message)));
    Q_EMIT finished(summary);
}

void SyncRunner::cancel()
{
    if (m_running && m_worker)
        m_worker->cancel();
}

} // namespace billhook
