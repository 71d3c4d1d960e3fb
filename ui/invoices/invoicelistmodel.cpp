#include "invoicelistmodel.h"

#include "common/moneyformat.h"
#include "xero/syncstatetext.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace billhook {

namespace {
QList<Id> idsOf(const QList<Invoice> &rows)
{
    QList<Id> ids;
    ids.reserve(rows.size());
    for (const auto &r : rows)
        ids.append(r.id);
    return ids;
}
} // namespace

InvoiceListModel::InvoiceListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    m_filter.limit = PageSize;
    reload();
}

void InvoiceListModel::setFilter(const InvoiceFilter &filter)
{
    m_filter = filter;
    m_filter.limit = PageSize;
    reload();
}

void InvoiceListModel::setSearch(const QString &text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    reload();
}

void InvoiceListModel::reload()
{
    beginResetModel();
    InvoiceStore store(m_db);
    m_filter.offset = 0;
    m_filter.today = QDate::currentDate();
    m_rows = store.list(m_filter);
    m_syncStates = SyncStore(m_db).recordStates(SyncEntity::Invoice, idsOf(m_rows));
    m_exhausted = m_rows.size() < PageSize;
    m_total = m_exhausted ? int(m_rows.size()) : store.count(m_filter);
    endResetModel();
    Q_EMIT countChanged(m_total);
}

Id InvoiceListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

RecordSyncState InvoiceListModel::syncStateAt(int row) const
{
    return m_syncStates.value(idAt(row), RecordSyncState::NotInXero);
}

void InvoiceListModel::refreshSyncStates()
{
    if (m_rows.isEmpty())
        return;
    m_syncStates = SyncStore(m_db).recordStates(SyncEntity::Invoice, idsOf(m_rows));
    Q_EMIT dataChanged(index(0, SyncColumn), index(int(m_rows.size()) - 1, SyncColumn));
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Invoice &inv = m_rows.at(index.row());
    const bool overdue = inv.isOverdue(m_filter.today);
    if (role == IdRole)
        return inv.id;
    if (index.column() == SyncColumn) {
        const RecordSyncState state = m_syncStates.value(inv.id, RecordSyncState::NotInXero);
        if (role == Qt::DisplayRole)
            return SyncStateText::label(state);
        if (role == Qt::DecorationRole)
            return SyncStateText::icon(state);
        if (role == Qt::ToolTipRole)
            return SyncStateText::explanation(state);
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == TotalColumn || index.column() == DueColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && overdue &&
        (index.column() == DueDateColumn || index.column() == StatusColumn))
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NumberColumn:
        return inv.number.isEmpty() ? tr("(draft)") : inv.number;
    case CustomerColumn:
        return inv.customerName;
    case IssueDateColumn:
        return locale.toString(inv.issueDate, QLocale::ShortFormat);
    case DueDateColumn:
        return locale.toString(inv.dueDate, QLocale::ShortFormat);
    case TotalColumn:
        return MoneyFormat::money(inv.total, inv.currency, locale);
    case DueColumn:
        return MoneyFormat::money(inv.amountDue(), inv.currency, locale);
    case StatusColumn:
        return overdue ? tr("Overdue") : invoiceStatusDisplayName(inv.status);
    }
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case CustomerColumn:
        return tr("Customer");
    case IssueDateColumn:
        return tr("Date");
    case DueDateColumn:
        return tr("Due date");
    case TotalColumn:
        return tr("Total");
    case DueColumn:
        return tr("Amount due");
    case StatusColumn:
        return tr("Status");
    case SyncColumn:
        return tr("Xero");
    }
    return {};
}

bool InvoiceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void InvoiceListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    InvoiceFilter page = m_filter;
    page.offset = int(m_rows.size());
    const QList<Invoice> more = InvoiceStore(m_db).list(page);
    m_exhausted = more.size() < PageSize;
    if (more.isEmpty())
        return;
    m_syncStates.insert(SyncStore(m_db).recordStates(SyncEntity::Invoice, idsOf(more)));
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

} // namespace billhook
