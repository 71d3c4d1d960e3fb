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
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return negative ? locale.negativeSign() + text : text;
}

QString MoneyFormat::money(Money amount, const QString &currency, const QLocale &locale)
{
    const QString number = decimal(amount.units() < 0 ? -amount.units() : amount.units(), 2, 2, locale);
    // Let the locale place the symbol (before or after, with or without a space) by formatting a
    // placeholder integer, then put our exact digits where the placeholder was.
    QString pattern = locale.toCurrencyString(qlonglong(7), currencySymbol(currency));
    pattern.replace(QLatin1Char('7'), number);
    return amount.isNegative() ? locale.negativeSign() + pattern : pattern;
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
