#include "lineitemsmodel.h"

#include "render/moneyformat.h"

namespace billhook {

LineItemsModel::LineItemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LineItemsModel::setReferenceData(const QList<TaxRate> &taxRates, const QList<Account> &accounts)
{
    m_taxRates = taxRates;
    m_accounts = accounts;
}

void LineItemsModel::setDefaults(const QString &taxCode, const QString &accountCode)
{
    m_defaultTaxCode = taxCode;
    m_defaultAccountCode = accountCode;
}

void LineItemsModel::setLines(const QList<InvoiceLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    recalculate();
}

void LineItemsModel::setTaxMode(TaxMode mode)
{
    m_taxMode = mode;
    recalculate();
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, AmountColumn), index(int(m_lines.size()) - 1, AmountColumn));
}

int LineItemsModel::addLine()
{
    InvoiceLine line;
    line.taxCode = m_defaultTaxCode;
    for (const TaxRate &rate : std::as_const(m_taxRates))
        if (rate.code == m_defaultTaxCode)
            line.taxRate = rate.chargedRate();
    line.accountCode = m_defaultAccountCode;
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    recalculate();
    Q_EMIT edited();
    return row;
}

void LineItemsModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    recalculate();
    Q_EMIT edited();
}

bool LineItemsModel::moveLine(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_lines.size() || target < 0 || target >= m_lines.size())
        return false;
    // beginMoveRows wants the destination as "the row before which to insert" in the old numbering.
    const int destination = delta > 0 ? target + 1 : target;
    beginMoveRows({}, row, row, {}, destination);
    m_lines.move(row, target);
    endMoveRows();
    Q_EMIT edited();
    return true;
}

void LineItemsModel::recalculate()
{
    QList<LineInput> inputs;
    inputs.reserve(m_lines.size());
    for (const InvoiceLine &l : std::as_const(m_lines))
        inputs.append({l.quantity, l.unitPrice, l.discount, l.taxRate});
    m_totals = TaxCalculator::totals(inputs, m_taxMode);
    for (qsizetype i = 0; i < m_lines.size() && i < m_totals.lines.size(); ++i) {
        m_lines[i].lineAmount = m_totals.lines.at(i).lineAmount;
        m_lines[i].taxAmount = m_totals.lines.at(i).tax;
    }
    Q_EMIT totalsChanged();
}

int LineItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LineItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LineItemsModel::taxRateLabel(const InvoiceLine &line) const
{
    for (const TaxRate &rate : m_taxRates)
        if (rate.code == line.taxCode && !line.taxCode.isEmpty())
            return rate.reverseCharge
                       ? tr("%1 (reverse charge, %2%)").arg(rate.name, MoneyFormat::percent(rate.rate))
                       : tr("%1 (%2%)").arg(rate.name, MoneyFormat::percent(line.taxRate));
    return tr("%1%").arg(MoneyFormat::percent(line.taxRate));
}

QVariant LineItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const InvoiceLine &l = m_lines.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != DescriptionColumn &&
        index.column() != TaxRateColumn && index.column() != AccountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit)
        return {};
    switch (index.column()) {
    case DescriptionColumn:
        return l.description;
    case QuantityColumn:
        return MoneyFormat::quantity(l.quantity);
    case UnitPriceColumn:
        return MoneyFormat::unitPrice(l.unitPrice);
    case DiscountColumn:
        return l.discount.isZero() && !edit ? QString() : MoneyFormat::percent(l.discount);
    case TaxRateColumn:
        return edit ? QVariant(l.taxCode) : QVariant(taxRateLabel(l));
    case AccountColumn:
        return l.accountCode;
    case AmountColumn:
        return MoneyFormat::decimal(l.lineAmount.units(), 2, 2);
    }
    return {};
}

bool LineItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly || index.row() >= m_lines.size())
        return false;
    InvoiceLine &l = m_lines[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case DescriptionColumn:
        l.description = text;
        break;
    case QuantityColumn: {
        auto q = MoneyFormat::parse<Quantity>(text, tr("Quantity"));
        if (!q) {
            Q_EMIT inputRefused(q.error().message);
            return false;
        }
        l.quantity = *q;
        break;
    }
    case UnitPriceColumn: {
        auto p = MoneyFormat::parse<UnitPrice>(text, tr("Unit price"));
        if (!p) {
            Q_EMIT inputRefused(p.error().message);
            return false;
        }
        l.unitPrice = *p;
        break;
    }
    case DiscountColumn: {
        auto d = MoneyFormat::parse<Percent>(text.trimmed().isEmpty() ? QStringLiteral("0") : text,
                                             tr("Discount"));
        if (!d || d->isNegative() || *d > Percent::fromWhole(100)) {
            Q_EMIT inputRefused(d ? tr("A discount is between 0 and 100%.") : d.error().message);
            return false;
        }
        l.discount = *d;
        break;
    }
    case TaxRateColumn: {
        bool found = false;
        for (const TaxRate &rate : std::as_const(m_taxRates)) {
            if (rate.code == text) {
                l.taxCode = rate.code;
                l.taxRate = rate.chargedRate();
                found = true;
            }
        }
        if (!found) {
            // A bare percentage typed by the user, for a rate not in the list.
            auto r = MoneyFormat::parse<Percent>(text, tr("Tax rate"));
            if (!r || r->isNegative()) {
                Q_EMIT inputRefused(r ? tr("A tax rate cannot be negative.") : r.error().message);
                return false;
            }
            l.taxCode.clear();
            l.taxRate = *r;
        }
        break;
    }
    case AccountColumn:
        l.accountCode = text.trimmed();
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    recalculate();
    Q_EMIT dataChanged(this->index(index.row(), AmountColumn), this->index(index.row(), AmountColumn));
    Q_EMIT edited();
    return true;
}

QVariant LineItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Unit price");
    case DiscountColumn:
        return tr("Disc. %");
    case TaxRateColumn:
        return tr("Tax rate");
    case AccountColumn:
        return tr("Account");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}

Qt::ItemFlags LineItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_readOnly && index.column() != AmountColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace billhook
