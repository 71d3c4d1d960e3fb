#pragma once

#include "fixed.h"

#include <QList>
#include <QString>

namespace billhook {

// How line amounts relate to tax, as Xero's LineAmountTypes: Exclusive (tax added on top), Inclusive
// (amounts include tax), NoTax.
enum class TaxMode
{
    Exclusive,
    Inclusive,
    NoTax
};

QString taxModeKey(TaxMode mode); // "exclusive" | "inclusive" | "none"
std::optional<TaxMode> taxModeFromKey(const QString &key);
QString taxModeXero(TaxMode mode); // "Exclusive" | "Inclusive" | "NoTax"
std::optional<TaxMode> taxModeFromXero(const QString &value);

// One component of a tax rate; a compound component is charged on the amount plus the simple components.
struct TaxComponent
{
    QString name;
    Percent rate;
    bool compound = false;
};

// The single rate that has the same effect as the components together, to 4 decimal places, as Xero's
// TaxRate.EffectiveRate. E.g. 5% + compound 9.975% -> 15.4738%.
Percent effectiveRate(const QList<TaxComponent> &components);

struct LineInput
{
    Quantity quantity;
    UnitPrice unitPrice;
    Percent discount; // 0..100
    Percent taxRate;  // the effective rate
};

struct LineResult
{
    Money lineAmount; // as Xero's LineAmount: before tax when Exclusive, including tax when Inclusive
    Money tax;
};

struct Totals
{
    QList<LineResult> lines;
    Money subtotal; // without tax
    Money tax;
    Money total;
};

// Xero's arithmetic, to the cent:
//   LineAmount = round2(Quantity × UnitAmount × (100 − DiscountRate) / 100)
//   Exclusive: tax_i = round2(LineAmount_i × r);  subtotal = ΣLineAmount; total = subtotal + Σtax
//   Inclusive: tax_i = round2(LineAmount_i × r / (1 + r));  total = ΣLineAmount; subtotal = total − Σtax
//   NoTax:     tax_i = 0
// Tax is rounded per line and then summed, never computed on the subtotal.
class TaxCalculator
{
public:
    static Money lineAmount(const LineInput &line);
    static Money lineTax(Money lineAmount, Percent rate, TaxMode mode);
    static Totals totals(const QList<LineInput> &lines, TaxMode mode);
};

} // namespace billhook
