#include "invoicelistmodel.h"

#include "render/moneyformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace billhook {

InvoiceListModel::InvoiceListModel(QueryWorker &worker, QObject *parent)
    : PagedTableModel(
          worker, [](Database &db, const InvoiceFilter &f) { return InvoiceStore(db).list(f); },
          [](Database &db, const InvoiceFilter &f) { return InvoiceStore(db).count(f); }, SyncEntity::Invoice,
          SyncColumn, parent)
{
    reload();
}

void InvoiceListModel::setSearch(const QString &text)
{
    if (text == m_filter.search)
        return;
    m_filter.search = text;
    reload();
}

void InvoiceListModel::prepareFilter(InvoiceFilter &filter)
{
    filter.today = QDate::currentDate();
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!hasRow(index))
        return {};
    const Invoice &inv = rowAt(index.row());
    const bool overdue = inv.isOverdue(m_filter.today);
    if (role == IdRole)
        return inv.id;
    if (index.column() == SyncColumn)
        return syncData(inv.id, role);
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

} // namespace billhook
