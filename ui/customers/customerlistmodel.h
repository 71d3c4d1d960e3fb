#pragma once

#include "storage/customerstore.h"

#include "storage/syncstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace billhook {

// Customers, a page at a time: the view asks for more rows only as it scrolls (canFetchMore/fetchMore),
// so ten thousand customers open as fast as two hundred.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ContactPersonColumn,
        EmailColumn,
        PhoneColumn,
        ContactNumberColumn,
        SyncColumn, // where the record stands with Xero; hidden while no organisation is linked
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit CustomerListModel(Database &db, QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setShowArchived(bool archivedOnly);
    void reload();
    // How many customers match the filter (not how many are loaded).
    int matchingCount() const { return m_total; }
    Id idAt(int row) const;
    RecordSyncState syncStateAt(int row) const;
    // Re-reads the sync state of every loaded row (one query), e.g. after a sync.
    void refreshSyncStates();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void countChanged(int total);

private:
    Database &m_db;
    CustomerFilter m_filter;
    QList<Customer> m_rows;
    int m_total = 0;
    bool m_exhausted = false;
    QHash<Id, RecordSyncState> m_syncStates;
};

} // namespace billhook
