#pragma once

#include "core/fixed.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QLocale>

namespace billhook {

// Money and decimals shown and read in the user's locale, straight from and to the integer units:
// a double never holds an amount, not even for display.
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)
public:
    // The one way every screen and the PDF write an amount. The user's locale decides where the symbol goes,
    // the spacing, separators and digits ("£1,234.50" in en_GB, "1.234,50 €" in de_DE, "€ 1.234,50" in
    // nl_NL); the invoice's currency decides the symbol. Negative amounts take the locale's minus sign, never
    // brackets. The C locale (LANG=C) has no convention, so it gets the English form ("£0.00").
    static QString money(Money amount, const QString &currency, const QLocale &locale = QLocale());
    // A plain decimal in the locale ("1.234,5"), with at least `minPlaces` decimals.
    static QString decimal(std::int64_t units, int places, int minPlaces, const QLocale &locale = QLocale());
    static QString quantity(Quantity q, const QLocale &locale = QLocale());
    static QString unitPrice(UnitPrice p, const QLocale &locale = QLocale());
    static QString percent(Percent p, const QLocale &locale = QLocale());
    static QString currencySymbol(const QString &currency);

    // Reads what the user typed in their locale ("1.234,50" in German) into the C form Fixed::parse
    // expects ("1234.50"); group separators, spaces and a currency symbol are ignored.
    static QString toCanonical(const QString &text, const QLocale &locale = QLocale());

    template<class F>
    static Result<F> parse(const QString &text, const QString &what, const QLocale &locale = QLocale())
    {
        return F::parse(toCanonical(text, locale), what);
    }
};

} // namespace billhook
