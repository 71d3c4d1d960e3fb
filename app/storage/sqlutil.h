#pragma once

#include "database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
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

// Rows changed by the last statement on this connection (prepared once: it runs per record in a sync).
inline int changedRows(Database &db)
{
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT changes()"));
    const int out = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return out;
}

// The first column of every row of a prepared query whose values are bound: runs it, then finishes it. Empty
// when it fails (for reads whose callers treat "none" and "unreadable" alike).
inline QStringList strings(QSqlQuery &q)
{
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    q.finish();
    return out;
}

} // namespace billhook::sql
