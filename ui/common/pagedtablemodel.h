#pragma once

#include "core/entities.h"
#include "storage/syncstore.h"
#include "ui/common/queryworker.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace billhook {

class Database;

// What every paged list shares: the signals, the count of matching rows, whether a page is on its way, and
// where each loaded record stands with Xero. The rows themselves live in PagedTableModel<Row, Filter>, below.
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    // How many rows match the filter (not how many are loaded).
    int matchingCount() const { return m_total; }
    // A first page or a further one has been asked for and not arrived yet.
    bool isLoading() const { return m_loading; }
    // Asks again for the first page (after a write, or when the filter changed).
    virtual void reload() = 0;
    // Re-reads the sync state of every loaded row (one query, off the GUI thread), e.g. after a sync.
    virtual void refreshSyncStates() = 0;
    RecordSyncState syncStateOf(Id id) const { return m_syncStates.value(id, RecordSyncState::NotInXero); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_exhausted && !m_loading;
    }

Q_SIGNALS:
    void countChanged(int total);
    // A page arrived (the first after reload(), or one more for a scrolling view).
    void loaded();

protected:
    PagedModelBase(QueryWorker &worker, SyncEntity entity, int syncColumn, QObject *parent)
        : QAbstractTableModel(parent)
        , m_worker(worker)
        , m_entity(entity)
        , m_syncColumn(syncColumn)
    {}
    // The sync column's display text, dot and explanation for `id`; null for other roles.
    QVariant syncData(Id id, int role) const;
    void syncStatesArrived(const QHash<Id, RecordSyncState> &states);

    QueryWorker &m_worker;
    QueryChannel m_channel;
    QueryChannel m_syncChannel;
    const SyncEntity m_entity;
    const int m_syncColumn;
    QHash<Id, RecordSyncState> m_syncStates;
    int m_total = 0;
    bool m_exhausted = true;
    bool m_loading = false;
};

// A list over a store, a page at a time and never on the GUI thread: the view asks for more rows only as it
// scrolls (canFetchMore/fetchMore), each page is read by the QueryWorker, and a page asked for before a newer
// request (the user typed on) is dropped. Ten thousand rows open as fast as two hundred.
//
// `Filter` has `limit` and `offset`; `Row` has `id`. The list and count functions run on the worker thread
// with its own Database, so they must not touch the model.
template<class Row, class Filter> class PagedTableModel : public PagedModelBase
{
public:
    using ListFunction = QList<Row> (*)(Database &, const Filter &);
    using CountFunction = int (*)(Database &, const Filter &);

    Filter filter() const { return m_filter; }
    void setFilter(const Filter &filter)
    {
        m_filter = filter;
        reload();
    }
    void reload() override
    {
        m_filter.limit = PageSize;
        m_filter.offset = 0;
        prepareFilter(m_filter);
        request(0);
    }

    Id idAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0; }
    RecordSyncState syncStateAt(int row) const { return syncStateOf(idAt(row)); }
    void refreshSyncStates() override
    {
        if (m_rows.isEmpty())
            return;
        const QList<Id> ids = idsOf(m_rows);
        const SyncEntity entity = m_entity;
        m_worker.run<QHash<Id, RecordSyncState>>(
            m_syncChannel, this,
            [entity, ids](Database &db) { return SyncStore(db).recordStates(entity, ids); },
            [this](const QHash<Id, RecordSyncState> &states) { syncStatesArrived(states); });
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent))
            request(int(m_rows.size()));
    }

protected:
    PagedTableModel(QueryWorker &worker, ListFunction list, CountFunction count, SyncEntity entity,
                    int syncColumn, QObject *parent)
        : PagedModelBase(worker, entity, syncColumn, parent)
        , m_list(list)
        , m_count(count)
    {}
    // Called before each first page is asked for (the invoice list sets "today" here).
    virtual void prepareFilter(Filter &) {}
    const Row &rowAt(int row) const { return m_rows.at(row); }
    bool hasRow(const QModelIndex &index) const { return index.isValid() && index.row() < m_rows.size(); }
    Filter m_filter;

private:
    struct Page
    {
        QList<Row> rows;
        int total = -1; // counted with the first page only
        QHash<Id, RecordSyncState> syncStates;
    };

    static QList<Id> idsOf(const QList<Row> &rows)
    {
        QList<Id> ids;
        ids.reserve(rows.size());
        for (const Row &r : rows)
            ids.append(r.id);
        return ids;
    }

    void request(int offset)
    {
        Filter f = m_filter;
        f.offset = offset;
        m_loading = true;
        const ListFunction list = m_list;
        const CountFunction count = m_count;
        const SyncEntity entity = m_entity;
        m_worker.run<Page>(
            m_channel, this,
            [f, list, count, entity](Database &db) {
                Page page;
                page.rows = list(db, f);
                if (f.offset == 0)
                    page.total = page.rows.size() < f.limit ? int(page.rows.size()) : count(db, f);
                page.syncStates = SyncStore(db).recordStates(entity, idsOf(page.rows));
                return page;
            },
            [this, offset](Page page) { apply(offset, std::move(page)); });
    }

    void apply(int offset, Page page)
    {
        m_loading = false;
        m_exhausted = page.rows.size() < PageSize;
        if (offset == 0) {
            beginResetModel();
            m_syncChannel.supersede(); // states asked for the old rows
            m_syncStates = std::move(page.syncStates);
            m_rows = std::move(page.rows);
            m_total = page.total;
            endResetModel();
            Q_EMIT countChanged(m_total);
        } else if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_syncStates.insert(page.syncStates);
            m_rows += page.rows;
            endInsertRows();
        }
        Q_EMIT loaded();
    }

    ListFunction m_list;
    CountFunction m_count;
    QList<Row> m_rows;
};

} // namespace billhook
