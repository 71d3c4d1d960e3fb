#pragma once

#include "storage/customerstore.h"
#include "ui/common/pagedtablemodel.h"

namespace billhook {

// Customers, sorted and searched in SQL, a page at a time (see PagedTableModel).
class CustomerListModel : public PagedTableModel<Customer, CustomerFilter>
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

    explicit CustomerListModel(QueryWorker &worker, QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setShowArchived(bool archivedOnly);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
};

} // namespace billhook
