#include "numbering.h"

#include <QRegularExpression>

namespace billhook {

Result<NumberingTemplate> NumberingTemplate::parse(const QString &input)
{
    const QString pattern = input.trimmed();
    // Numbering a bulk import parses the same template thousands of times: remember the last good one.
    thread_local NumberingTemplate lastParsed;
    if (!lastParsed.m_pattern.isEmpty() && lastParsed.m_pattern == pattern)
        return lastParsed;
    static const QRegularExpression token(QStringLiteral("\\{([^{}]*)\\}"));
    static const QRegularExpression counter(QStringLiteral("^0+$"));
    NumberingTemplate t;
    t.m_pattern = pattern;
    int counters = 0;
    for (auto it = token.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        const QString inner = m.captured(1);
        if (counter.match(inner).hasMatch()) {
            ++counters;
            t.m_counterStart = m.capturedStart();
            t.m_counterLength = m.capturedLength();
        } else if (inner != u"YYYY" && inner != u"YY" && inner != u"MM") {
            return Error::invalid(tr("The numbering template has an unknown part {%1}. Use {0000} for the "
                                     "counter, and {YYYY}, {YY} or {MM} for the date.")
                                      .arg(inner),
                                  QStringLiteral("numbering"));
        }
    }
    if (counters != 1)
        return Error::invalid(
            counters == 0 ? tr("The numbering template needs a counter, such as INV-{0000}.")
                          : tr("The numbering template may hold only one counter, such as INV-{0000}."),
            QStringLiteral("numbering"));
    QString stripped = pattern;
    stripped.remove(token);
    if (stripped.contains(u'{') || stripped.contains(u'}'))
        return Error::invalid(tr("The numbering template has an unmatched brace."),
                              QStringLiteral("numbering"));
    if (pattern.size() > 60)
        return Error::invalid(tr("The numbering template is too long (60 characters at most)."),
                              QStringLiteral("numbering"));
    // The numbers this template makes, with the counter captured: literal text as it is, the date parts as
    // digits, the counter as at least its width in digits.
    QString re = QStringLiteral("^");
    qsizetype at = 0;
    for (auto it = token.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        re += QRegularExpression::escape(pattern.mid(at, m.capturedStart() - at));
        const QString inner = m.captured(1);
        re += inner == u"YYYY"                   ? QStringLiteral("\\d{4}")
              : inner == u"YY" || inner == u"MM" ? QStringLiteral("\\d{2}")
                                                 : QStringLiteral("(\\d{%1,18})").arg(inner.size());
        at = m.capturedEnd();
    }
    re += QRegularExpression::escape(pattern.mid(at)) + u'$';
    t.m_numbers = QRegularExpression(re);
    lastParsed = t;
    return t;
}

NumberingTemplate NumberingTemplate::defaultTemplate()
{
    return parse(QStringLiteral("INV-{0000}")).value();
}

QString NumberingTemplate::format(qint64 counter, QDate date) const
{
    const int width = int(m_counterLength) - 2;
    QString out = m_pattern;
    out.replace(m_counterStart, m_counterLength, QString::number(counter).rightJustified(width, u'0'));
    out.replace(QStringLiteral("{YYYY}"), QString::number(date.year()));
    out.replace(QStringLiteral("{YY}"), QString::number(date.year() % 100).rightJustified(2, u'0'));
    out.replace(QStringLiteral("{MM}"), QString::number(date.month()).rightJustified(2, u'0'));
    return out;
}

std::optional<qint64> NumberingTemplate::counterOf(const QString &number) const
{
    const auto m = m_numbers.match(number);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 n = m.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace billhook
