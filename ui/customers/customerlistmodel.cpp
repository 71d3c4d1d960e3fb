#include "customerlistmodel.h"

namespace billhook {

CustomerListModel::CustomerListModel(QueryWorker &worker, QObject *parent)
    : PagedTableModel(
          worker, [](Database &db, const CustomerFilter &f) { return CustomerStore(db).list(f); },
          [](Database &db, const CustomerFilter &f) { return CustomerStore(db).count(f); },
          SyncEntity::Customer, SyncColumn, parent)
{
    reload();
}

void CustomerListModel::setSearch(const QString &text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    reload();
}

void CustomerListModel::setShowArchived(bool archivedOnly)
{
    m_filter.archivedOnly = archivedOnly;
    m_filter.includeArchived = archivedOnly;
    reload();
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!hasRow(index))
        return {};
    const Customer &c = rowAt(index.row());
    if (role == IdRole)
        return c.id;
    if (index.column() == SyncColumn)
        return syncData(c.id, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.archived ? tr("%1 (archived)").arg(c.name) : c.name;
    case ContactPersonColumn:
        return c.contactPerson;
    case EmailColumn:
        return c.email;
    case PhoneColumn:
        return c.phone.isEmpty() ? c.mobile : c.phone;
    case ContactNumberColumn:
        return c.contactNumber;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ContactPersonColumn:
        return tr("Contact");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    case ContactNumberColumn:
        return tr("Number");
    case SyncColumn:
        return tr("Xero");
    }
    return {};
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    // Sorting happens in SQL so that it covers every customer, not only the rows loaded so far.
    switch (column) {
    case EmailColumn:
        m_filter.sort = CustomerFilter::Sort::Email;
        break;
    case ContactNumberColumn:
        m_filter.sort = CustomerFilter::Sort::ContactNumber;
        break;
    default:
        m_filter.sort = CustomerFilter::Sort::Name;
        break;
    }
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace billhook
