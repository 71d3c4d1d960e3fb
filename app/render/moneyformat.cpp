#include "moneyformat.h"

#include <QHash>

namespace billhook {

QString MoneyFormat::currencySymbol(const QString &currency)
{
    // The few currencies a tradesperson meets; anything else shows its ISO code, which is never wrong.
    static const QHash<QString, QString> symbols = {
        {QStringLiteral("GBP"), QStringLiteral("£")},   {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("USD"), QStringLiteral("$")},   {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("NZD"), QStringLiteral("NZ$")}, {QStringLiteral("CAD"), QStringLiteral("CA$")},
        {QStringLiteral("CHF"), QStringLiteral("CHF")}, {QStringLiteral("ZAR"), QStringLiteral("R")},
    };
    return symbols.value(currency, currency);
}

QString MoneyFormat::decimal(std::int64_t units, int places, int minPlaces, const QLocale &locale)
{
    const bool negative = units < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(units) : std::uint64_t(units);
    const std::uint64_t scale = std::uint64_t(pow10(places));
    const std::uint64_t whole = magnitude / scale;
    QString fraction = QString::number(magnitude % scale).rightJustified(places, QLatin1Char('0'));
    while (fraction.size() > minPlaces && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    QString text = locale.toString(qulonglong(whole));
    if (!fraction.isEmpty()) {
        // In the locale's own digits, as toString() wrote the whole part (Arabic-Indic digits in ar_EG).
        text += locale.decimalPoint();
        for (const QChar digit : std::as_const(fraction))
            text += locale.toString(digit.digitValue());
    }
    return negative ? locale.negativeSign() + text : text;
}

QString MoneyFormat::money(Money amount, const QString &currency, const QLocale &locale)
{
    // The user's locale decides where the symbol goes, the spacing, the digits and the separators; the
    // invoice's currency decides the symbol. A negative amount carries the locale's minus sign, never the
    // accountants' parentheses Qt uses for some locales: on an invoice "(£5.00)" reads as a typo.
    const QString symbol = currencySymbol(currency);
    const QString number = decimal(amount.isNegative() ? -amount.units() : amount.units(), 2, 2, locale);
    const QString placeholder = locale.toString(7);
    QString pattern;
    if (locale.language() == QLocale::C) {
        // The C locale ("LANG=C", no locale at all) has no currency convention; Qt would print "7£".
        pattern = symbol + placeholder;
    } else {
        pattern = locale.toCurrencyString(qlonglong(7), symbol);
        if (amount.isNegative()) {
            const QString negativePattern = locale.toCurrencyString(qlonglong(-7), symbol);
            pattern = negativePattern.contains(QLatin1Char('(')) ? locale.negativeSign() + pattern
                                                                 : negativePattern;
        }
    }
    if (amount.isNegative() && locale.language() == QLocale::C)
        pattern = locale.negativeSign() + pattern;
    if (!pattern.contains(placeholder))
        return symbol + number; // no locale should get here; the amount is never lost
    // A code such as "CHF" written against the digits ("CHF7") is hard to read: keep a no-break space.
    const qsizetype at = pattern.indexOf(placeholder);
    const bool letters = !symbol.isEmpty() && symbol.back().isLetter() && symbol.front().isLetter();
    if (letters && at >= symbol.size() && pattern.mid(at - symbol.size(), symbol.size()) == symbol)
        pattern.insert(at, QChar(0x00A0));
    else if (letters && pattern.mid(at + placeholder.size(), symbol.size()) == symbol)
        pattern.insert(at + placeholder.size(), QChar(0x00A0));
    return pattern.replace(pattern.indexOf(placeholder), placeholder.size(), number);
}

QString MoneyFormat::quantity(Quantity q, const QLocale &locale)
{
    return decimal(q.units(), Quantity::places, 0, locale);
}

QString MoneyFormat::unitPrice(UnitPrice p, const QLocale &locale)
{
    return decimal(p.units(), UnitPrice::places, 2, locale);
}

QString MoneyFormat::percent(Percent p, const QLocale &locale)
{
    return decimal(p.units(), Percent::places, 0, locale);
}

QString MoneyFormat::toCanonical(const QString &text, const QLocale &locale)
{
    QString out;
    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    const QString negative = locale.negativeSign();
    QString t = text.trimmed();
    bool isNegative = false;
    if (t.startsWith(negative) || t.startsWith(QLatin1Char('-'))) {
        isNegative = true;
        t = t.mid(t.startsWith(negative) ? negative.size() : 1);
    }
    for (qsizetype i = 0; i < t.size();) {
        if (t.mid(i, decimalPoint.size()) == decimalPoint) {
            out += QLatin1Char('.');
            i += decimalPoint.size();
        } else if (!group.isEmpty() && t.mid(i, group.size()) == group) {
            i += group.size();
        } else if (t.at(i).isDigit()) {
            out += QChar(QLatin1Char(char('0' + t.at(i).digitValue())));
            ++i;
        } else if (t.at(i).isSpace() || t.at(i) == QChar(0x00A0) || t.at(i) == QChar(0x202F) ||
                   t.at(i).category() == QChar::Symbol_Currency || t.at(i) == QLatin1Char('%')) {
            ++i;
        } else {
            // Anything else stays, so Fixed::parse refuses it with its own clear message.
            out += t.at(i);
            ++i;
        }
    }
    return isNegative ? QLatin1Char('-') + out : out;
}

} // namespace billhook
