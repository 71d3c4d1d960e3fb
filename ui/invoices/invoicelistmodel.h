#pragma once

#include "storage/invoicestore.h"
#include "ui/common/pagedtablemodel.h"

namespace billhook {

// Invoices, newest first, a page at a time (see PagedTableModel).
class InvoiceListModel : public PagedTableModel<Invoice, InvoiceFilter>
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

    explicit InvoiceListModel(QueryWorker &worker, QObject *parent = nullptr);

    void setSearch(const QString &text);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    void prepareFilter(InvoiceFilter &filter) override;
};

} // namespace billhook
