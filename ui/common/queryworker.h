#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace billhook {

class Database;

// One stream of requests whose newest one is the only one that matters (a list's page, a search, the
// dashboard). A request superseded before it starts is skipped; a result that arrives after a newer request
// was made is dropped, so a slow, stale search never overwrites a fresh one.
class QueryChannel
{
public:
    // GUI thread: the ticket of a new request, which supersedes every earlier one.
    quint64 next() { return ++*m_latest; }
    // Makes every request made so far stale (a model being reset or destroyed).
    void supersede() { ++*m_latest; }
    bool isCurrent(quint64 ticket) const { return m_latest->load() == ticket; }

private:
    friend class QueryWorker;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
};

// Runs read queries off the GUI thread, on one worker thread with its own Database connection to the same
// file (a Database belongs to the thread that opened it; SQLite's WAL lets this reader run while the GUI
// thread writes). Results come back to the GUI thread as queued calls, so the GUI never waits on a query.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    explicit QueryWorker(QString databasePath, QObject *parent = nullptr);
    ~QueryWorker() override;

    // Runs `query(db)` on the worker thread, then `deliver(result)` on the GUI thread, unless `receiver` is
    // gone or a newer request was made on `channel` meanwhile.
    template<class T>
    void run(QueryChannel &channel, QObject *receiver, std::function<T(Database &)> query,
             std::function<void(T)> deliver)
    {
        const quint64 ticket = channel.next();
        const auto latest = channel.m_latest;
        const QPointer<QObject> guard(receiver);
        post([latest, ticket] { return latest->load() == ticket; },
             [this, latest, ticket, guard, query = std::move(query),
              deliver = std::move(deliver)](Database &db) mutable {
                 auto result = std::make_shared<T>(query(db));
                 return std::function<bool()>([latest, ticket, guard, result, deliver = std::move(deliver)] {
                     if (!guard || latest->load() != ticket)
                         return false;
                     deliver(std::move(*result));
                     return true;
                 });
             });
    }

    // Requests queued or running, or results not yet handed over.
    int pending() const { return m_pending; }
    bool isIdle() const { return m_pending == 0; }
    // Requests skipped or results dropped because a newer request had superseded them.
    int supersededCount() const { return m_superseded; }

Q_SIGNALS:
    // The worker could not open its connection; each request fails until the app restarts.
    void failed(const QString &message);
    void idle();

private:
    // The work runs on the worker thread and returns the hand-over, which runs on the GUI thread and says
    // whether the result was still wanted.
    using Work = std::function<std::function<bool()>(Database &)>;
    void post(std::function<bool()> stillWanted, Work work);
    void finishOne(bool superseded);

    QString m_path;
    QThread *m_thread;
    QObject *m_context; // lives on m_thread; owns the connection
    std::atomic<bool> m_stopping{false};
    int m_pending = 0;
    int m_superseded = 0;
};

} // namespace billhook
