#include "queryworker.h"

#include "storage/database.h"

#include <QThread>

namespace billhook {

namespace {
// Lives on the worker thread and owns its connection, which is opened there on first use and closed there.
class WorkerContext : public QObject
{
public:
    explicit WorkerContext(QString path)
        : m_path(std::move(path))
    {}
    ~WorkerContext() override = default;

    // The worker's own connection, or nullptr (with `error` set) when it cannot be opened.
    Database *database(QString &error)
    {
        if (!m_db && m_error.isEmpty()) {
            auto opened = Database::open(m_path);
            if (opened)
                m_db = std::move(opened.value());
            else
                m_error = opened.error().message;
        }
        error = m_error;
        return m_db.get();
    }
    void close() { m_db.reset(); }

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_db;
};
} // namespace

QueryWorker::QueryWorker(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_thread(new QThread(this))
    , m_context(new WorkerContext(m_path))
{
    m_thread->setObjectName(QStringLiteral("billhook-queries"));
    m_context->moveToThread(m_thread);
    m_thread->start();
}

QueryWorker::~QueryWorker()
{
    // The connection is closed on the thread that opened it, after whatever query is running finishes.
    m_stopping = true;
    auto *context = static_cast<WorkerContext *>(m_context);
    QMetaObject::invokeMethod(
        m_context,
        [context] {
            context->close();
            delete context;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

void QueryWorker::post(std::function<bool()> stillWanted, Work work)
{
    ++m_pending;
    auto *context = static_cast<WorkerContext *>(m_context);
    QMetaObject::invokeMethod(
        m_context,
        [this, context, stillWanted = std::move(stillWanted), work = std::move(work)] {
            if (m_stopping)
                return; // the window is closing: nobody waits for this any more
            if (!stillWanted()) {
                QMetaObject::invokeMethod(
                    this, [this] { finishOne(true); }, Qt::QueuedConnection);
                return;
            }
            QString error;
            Database *db = context->database(error);
            if (!db) {
                QMetaObject::invokeMethod(
                    this,
                    [this, error] {
                        Q_EMIT failed(error);
                        finishOne(false);
                    },
                    Qt::QueuedConnection);
                return;
            }
            auto handOver = work(*db);
            QMetaObject::invokeMethod(
                this, [this, handOver = std::move(handOver)] { finishOne(!handOver()); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void QueryWorker::finishOne(bool superseded)
{
    if (superseded)
        ++m_superseded;
    if (--m_pending == 0)
        Q_EMIT idle();
}

} // namespace billhook
