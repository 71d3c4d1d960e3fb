#include "fixed.h"

namespace billhook {

Result<std::int64_t> FixedParse::parse(const QString &input, int places, const QString &what)
{
    const QString text = input.trimmed();
    const QString subject = what.isEmpty() ? tr("The amount") : what;
    auto refuse = [&] {
        return Error::invalid(tr("%1 \"%2\" is not a number. Use digits with a dot for decimals, like 12.50.")
                                  .arg(subject, input));
    };
    if (text.isEmpty())
        return Error::invalid(tr("%1 is missing.").arg(subject));

    int i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    const int digitsStart = i;
    std::int64_t whole = 0;
    int wholeDigits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
        if (wholeDigits >= 13)
            return Error::invalid(tr("%1 \"%2\" is too large.").arg(subject, input));
        whole = whole * 10 + (text[i].unicode() - u'0');
        if (whole != 0 || wholeDigits > 0)
            ++wholeDigits;
    }
    const bool hadWholeDigits = i > digitsStart;
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            ++fractionDigits;
            if (fractionDigits > places) {
                // Trailing zeros beyond the precision change nothing ("12.500" is 12.50).
                if (text[i] != u'0')
                    return Error::invalid(tr("%1 \"%2\" has more than %n decimal place(s).", nullptr, places)
                                              .arg(subject, input));
                continue;
            }
            fraction = fraction * 10 + (text[i].unicode() - u'0');
        }
        if (fractionDigits == 0 && !hadWholeDigits)
            return refuse();
    } else if (!hadWholeDigits) {
        return refuse();
    }
    if (i != text.size())
        return refuse();
    const int used = std::min(fractionDigits, places);
    fraction *= pow10(places - used);
    std::int64_t units = whole * pow10(places) + fraction;
    return negative ? -units : units;
}

QString FixedParse::format(std::int64_t units, int places, int minPlaces)
{
    const std::int64_t scale = pow10(places);
    const bool negative = units < 0;
    // Work in unsigned to format INT64_MIN safely.
    const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(units) : units;
    QString digits =
        QString::number(magnitude % static_cast<std::uint64_t>(scale)).rightJustified(places, u'0');
    int keep = places;
    while (keep > minPlaces && digits[keep - 1] == u'0')
        --keep;
    digits.truncate(keep);
    QString out = negative ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / static_cast<std::uint64_t>(scale));
    if (keep > 0)
        out += u'.' + digits;
    return out;
}

} // namespace billhook
