#include "taxsummary.h"

#include <algorithm>

namespace billhook {

QList<TaxRateTotal> taxSummary(const Invoice &invoice)
{
    QList<TaxRateTotal> rows;
    if (invoice.taxMode == TaxMode::NoTax)
        return rows;
    for (const InvoiceLine &line : invoice.lines) {
        auto row = std::find_if(rows.begin(), rows.end(), [&](const TaxRateTotal &r) {
            return r.taxCode == line.taxCode && r.rate == line.taxRate;
        });
        if (row == rows.end()) {
            rows.append({line.taxCode, line.taxRate, {}, {}});
            row = rows.end() - 1;
        }
        // LineAmount is before tax when exclusive and includes it when inclusive (as Xero's).
        row->net +=
            invoice.taxMode == TaxMode::Inclusive ? line.lineAmount - line.taxAmount : line.lineAmount;
        row->tax += line.taxAmount;
    }
    return rows;
}

bool isDomesticReverseCharge(const TaxRate &rate)
{
    return rate.reverseCharge ||
           rate.xeroTaxType.startsWith(QLatin1String("DRCHARGESUPPLY"), Qt::CaseInsensitive) ||
           rate.name.contains(QLatin1String("reverse charge"), Qt::CaseInsensitive);
}

} // namespace billhook
