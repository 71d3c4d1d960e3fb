#pragma once

#include "entities.h"

#include <QList>

namespace billhook {

// One row of an invoice's VAT summary: the lines charged at one tax rate, added up.
struct TaxRateTotal
{
    QString taxCode; // the lines' local tax rate code; empty for lines given a bare percentage
    Percent rate;    // the effective rate the lines were charged
    Money net;       // without tax, whatever the invoice's tax mode
    Money tax;
};

// The invoice's lines grouped by tax rate (code and rate), in the order the rates first appear. The sums are
// of the lines' own amounts as TaxCalculator computed them (tax rounded per line), so the rows add up to the
// invoice's subtotal and tax to the penny. An invoice without tax (TaxMode::NoTax) has no rows.
QList<TaxRateTotal> taxSummary(const Invoice &invoice);

// Whether a tax rate is a domestic reverse charge (the customer accounts for the VAT to HMRC, and the
// invoice must say so): the rate's own flag (TaxRate::reverseCharge, set in Settings or by the first-run
// assistant), Xero's UK reverse-charge tax types (DRCHARGESUPPLY20, DRCHARGESUPPLY5 on sales), or a name
// that says "reverse charge".
bool isDomesticReverseCharge(const TaxRate &rate);

} // namespace billhook
