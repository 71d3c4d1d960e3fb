#include "tax.h"

namespace billhook {

QString taxModeKey(TaxMode mode)
{
    switch (mode) {
    case TaxMode::Exclusive:
        return QStringLiteral("exclusive");
    case TaxMode::Inclusive:
        return QStringLiteral("inclusive");
    case TaxMode::NoTax:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<TaxMode> taxModeFromKey(const QString &key)
{
    for (auto mode : {TaxMode::Exclusive, TaxMode::Inclusive, TaxMode::NoTax}) {
        if (key.compare(taxModeKey(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

QString taxModeXero(TaxMode mode)
{
    switch (mode) {
    case TaxMode::Exclusive:
        return QStringLiteral("Exclusive");
    case TaxMode::Inclusive:
        return QStringLiteral("Inclusive");
    case TaxMode::NoTax:
        return QStringLiteral("NoTax");
    }
    return {};
}

std::optional<TaxMode> taxModeFromXero(const QString &value)
{
    for (auto mode : {TaxMode::Exclusive, TaxMode::Inclusive, TaxMode::NoTax}) {
        if (value == taxModeXero(mode))
            return mode;
    }
    return std::nullopt;
}

Percent effectiveRate(const QList<TaxComponent> &components)
{
    // Simple components add up; compound ones apply to (1 + simple sum). Work in 10^-4 percent units:
    // effective = simple + compound × (100% + simple) / 100%.
    constexpr Wide hundred = 100 * Percent::scale;
    Wide simple = 0;
    for (const auto &c : components) {
        if (!c.compound)
            simple += c.rate.units();
    }
    Wide effective = simple;
    for (const auto &c : components) {
        if (c.compound)
            effective += divideRounded(Wide(c.rate.units()) * (hundred + simple), hundred);
    }
    return Percent::fromUnits(static_cast<std::int64_t>(effective));
}

Money TaxCalculator::lineAmount(const LineInput &line)
{
    // quantity (10^-4) × price (10^-4) × (100% − discount) (10^-4 %, so 100% = 10^6) → cents (10^-2):
    // divide by 10^4 × 10^4 × 10^6 / 10^2 = 10^12.
    constexpr Wide hundredPercent = 100 * Percent::scale;
    const Wide product =
        Wide(line.quantity.units()) * line.unitPrice.units() * (hundredPercent - line.discount.units());
    const Wide denominator = Wide(Quantity::scale) * UnitPrice::scale * hundredPercent / Money::scale;
    return Money::fromUnits(static_cast<std::int64_t>(divideRounded(product, denominator)));
}

Money TaxCalculator::lineTax(Money amount, Percent rate, TaxMode mode)
{
    constexpr Wide hundredPercent = 100 * Percent::scale;
    switch (mode) {
    case TaxMode::NoTax:
        return {};
    case TaxMode::Exclusive:
        return Money::fromUnits(
            static_cast<std::int64_t>(divideRounded(Wide(amount.units()) * rate.units(), hundredPercent)));
    case TaxMode::Inclusive:
        return Money::fromUnits(static_cast<std::int64_t>(
            divideRounded(Wide(amount.units()) * rate.units(), hundredPercent + rate.units())));
    }
    return {};
}

Totals TaxCalculator::totals(const QList<LineInput> &lines, TaxMode mode)
{
    Totals t;
    Money sumOfLines;
    for (const auto &line : lines) {
        LineResult r;
        r.lineAmount = lineAmount(line);
        r.tax = lineTax(r.lineAmount, line.taxRate, mode);
        sumOfLines += r.lineAmount;
        t.tax += r.tax;
        t.lines.append(r);
    }
    if (mode == TaxMode::Inclusive) {
        t.total = sumOfLines;
        t.subtotal = sumOfLines - t.tax;
    } else {
        t.subtotal = sumOfLines;
        t.total = sumOfLines + t.tax;
    }
    return t;
}

} // namespace billhook
