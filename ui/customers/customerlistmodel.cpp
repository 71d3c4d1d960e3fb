#include "customerlistmodel.h"

#include "xero/syncstatetext.h"

namespace billhook {

namespace {
QList<Id> idsOf(const QList<Customer> &rows)
{
    QList<Id> ids;
    ids.reserve(rows.size());
    for (const auto &r : rows)
        ids.append(r.id);
    return ids;
}
} // namespace

CustomerListModel::CustomerListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    m_filter.limit = PageSize;
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

void CustomerListModel::reload()
{
    beginResetModel();
    CustomerStore store(m_db);
    m_filter.offset = 0;
    m_rows = store.list(m_filter);
    m_syncStates = SyncStore(m_db).recordStates(SyncEntity::Customer, idsOf(m_rows));
    m_exhausted = m_rows.size() < PageSize;
    m_total = m_exhausted ? int(m_rows.size()) : store.count(m_filter);
    endResetModel();
    Q_EMIT countChanged(m_total);
}

Id CustomerListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

RecordSyncState CustomerListModel::syncStateAt(int row) const
{
    return m_syncStates.value(idAt(row), RecordSyncState::NotInXero);
}

void CustomerListModel::refreshSyncStates()
{
    if (m_rows.isEmpty())
        return;
    m_syncStates = SyncStore(m_db).recordStates(SyncEntity::Customer, idsOf(m_rows));
    Q_EMIT dataChanged(index(0, SyncColumn), index(int(m_rows.size()) - 1, SyncColumn));
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Customer &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (index.column() == SyncColumn) {
        const RecordSyncState state = m_syncStates.value(c.id, RecordSyncState::NotInXero);
        if (role == Qt::DisplayRole)
            return SyncStateText::label(state);
        if (role == Qt::DecorationRole)
            return SyncStateText::icon(state);
        if (role == Qt::ToolTipRole)
            return SyncStateText::explanation(state);
        return {};
    }
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

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    CustomerFilter page = m_filter;
    page.offset = int(m_rows.size());
    const QList<Customer> more = CustomerStore(m_db).list(page);
    m_exhausted = more.size() < PageSize;
    if (more.isEmpty())
        return;
    m_syncStates.insert(SyncStore(m_db).recordStates(SyncEntity::Customer, idsOf(more)));
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
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
