#include "xerodates.h"

#include <QLocale>
#include <QRegularExpression>

namespace billhook {

namespace {

// The seconds east of UTC in "+1300", "+13:00", "-0530" or "Z"; nullopt when malformed.
std::optional<int> offsetSeconds(QStringView zone)
{
    if (zone.isEmpty() || zone == u"Z" || zone == u"z")
        return 0;
    static const QRegularExpression re(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    const auto m = re.match(zone);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.capturedView(2).toInt();
    const int minutes = m.capturedView(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return m.capturedView(1) == u"-" ? -seconds : seconds;
}

} // namespace

QDateTime parseXeroDateTime(QStringView text)
{
    text = text.trimmed();
    static const QRegularExpression msForm(QStringLiteral("^/?Date\\((-?\\d{1,15})([+-]\\d{4})?\\)/?$"));
    if (const auto m = msForm.match(text); m.hasMatch()) {
        if (m.hasCaptured(2) && !offsetSeconds(m.capturedView(2)))
            return {};
        bool ok = false;
        const qint64 ms = m.capturedView(1).toLongLong(&ok);
        return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    }

    static const QRegularExpression isoForm(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
        "\\s*(Z|z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = isoForm.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!date.isValid())
        return {};
    int ms = 0;
    if (m.hasCaptured(7)) {
        // Keep milliseconds; Xero's seven-digit fractions are truncated, never rounded into the next second.
        const QString fraction = QString(m.captured(7) + QStringLiteral("000")).left(3);
        ms = fraction.toInt();
    }
    QTime time(0, 0);
    if (m.hasCaptured(4)) {
        time = QTime(m.capturedView(4).toInt(), m.capturedView(5).toInt(),
                     m.hasCaptured(6) ? m.capturedView(6).toInt() : 0, ms);
        if (!time.isValid())
            return {};
    }
    const auto offset = offsetSeconds(m.capturedView(8));
    if (!offset)
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-*offset);
}

QString formatIfModifiedSince(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    if (text.isEmpty())
        return {};
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850, asctime: all GMT by definition.
    for (const QString &format :
         {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
          QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
        QDateTime parsed = c.toDateTime(text, format);
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970) // two-digit RFC 850 years
                parsed = parsed.addYears(100);
            return QDateTime(parsed.date(), parsed.time(), Qt::UTC);
        }
    }
    const QDateTime rfc2822 = QDateTime::fromString(text, Qt::RFC2822Date);
    return rfc2822.isValid() ? rfc2822.toUTC() : QDateTime();
}

} // namespace billhook
