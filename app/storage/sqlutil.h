#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace billhook::sql {

inline QString timestamp(const QDateTime &t = QDateTime::currentDateTimeUtc())
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime fromTimestamp(const QVariant &v)
{
    auto t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}
inline QString date(QDate d)
{
    return d.toString(Qt::ISODate);
}
inline QDate fromDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
// SQLite stores a null QString as NULL; our text columns are NOT NULL with '' for "nothing".
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
// Escapes LIKE's wildcards so a user's "50%" searches for "50%".
inline QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace billhook::sql
