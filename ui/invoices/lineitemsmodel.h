#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>

namespace billhook {

// The lines of the invoice being edited. Amounts are recomputed with Xero's arithmetic on every change,
// so the totals under the table are always what Xero would show.
class LineItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DescriptionColumn,
        QuantityColumn,
        UnitPriceColumn,
        DiscountColumn,
        TaxRateColumn,
        AccountColumn,
        AmountColumn,
        ColumnCount
    };

    explicit LineItemsModel(QObject *parent = nullptr);

    void setReferenceData(const QList<TaxRate> &taxRates, const QList<Account> &accounts);
    const QList<TaxRate> &taxRates() const { return m_taxRates; }
    const QList<Account> &accounts() const { return m_accounts; }
    void setLines(const QList<InvoiceLine> &lines);
    QList<InvoiceLine> lines() const { return m_lines; }
    void setTaxMode(TaxMode mode);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    void setDefaults(const QString &taxCode, const QString &accountCode);

    int addLine();
    void removeLine(int row);
    bool moveLine(int row, int delta);
    Totals totals() const { return m_totals; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void totalsChanged();
    void edited();
    // What the user typed could not be read (e.g. "abc" as a quantity); the cell keeps its old value.
    void inputRefused(const QString &message);

private:
    void recalculate();
    QString taxRateLabel(const InvoiceLine &line) const;

    QList<InvoiceLine> m_lines;
    QList<TaxRate> m_taxRates;
    QList<Account> m_accounts;
    TaxMode m_taxMode = TaxMode::Exclusive;
    Totals m_totals;
    bool m_readOnly = false;
    QString m_defaultTaxCode;
    QString m_defaultAccountCode;
};

} // namespace billhook
