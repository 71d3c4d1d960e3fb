#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

namespace billhook {

// Xero's date and time forms, read into UTC.
//
// - "/Date(1551399321043+0000)/" and "/Date(1551399321043)/": milliseconds since the epoch, UTC. The
//   optional offset (e.g. +1300) only says in which zone the value was written; it does not move the
//   instant (Microsoft's JSON date form, and how Xero's own SDKs read it).
// - ISO 8601 "2019-03-01T00:15:21", with or without fractional seconds (Xero writes up to seven digits),
//   "Z" or an offset ("+13:00", "+1300"). Without a zone the value is UTC, as in every Xero *UTC field.
// - A date alone ("2019-03-01") is midnight UTC of that date.
// Anything else gives an invalid QDateTime.
QDateTime parseXeroDateTime(QStringView text);

// If-Modified-Since as Xero wants it: UTC, yyyy-MM-ddTHH:mm:ss, no milliseconds, no zone.
QString formatIfModifiedSince(const QDateTime &time);

// An HTTP Date header (RFC 7231 IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", also RFC 850 and asctime
// forms) in UTC; invalid when it cannot be read.
QDateTime parseHttpDate(const QByteArray &value);

} // namespace billhook
