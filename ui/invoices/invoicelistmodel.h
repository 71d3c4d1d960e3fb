#pragma once

#include "storage/invoicestore.h"

#include "storage/syncstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace billhook {

// Invoices, newest first, a page at a time (see CustomerListModel for why).
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        CustomerColumn,
        IssueDateColumn,
        DueDateColumn,
        TotalColumn,
        DueColumn,
        StatusColumn,
        SyncColumn, // where the record stands with Xero; hidden while no organisation is linked
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit InvoiceListModel(Database &db, QObject *parent = nullptr);

    InvoiceFilter filter() const { return m_filter; }
    void setFilter(const InvoiceFilter &filter);
    void setSearch(const QString &text);
    void reload();
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

Q_SIGNALS:
    void countChanged(int total);

private:
    Database &m_db;
    InvoiceFilter m_filter;
    QList<Invoice> m_rows;
    int m_total = 0;
    bool m_exhausted = false;
    QHash<Id, RecordSyncState> m_syncStates;
};

} // namespace billhook
