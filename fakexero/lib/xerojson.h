#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace fakexero {

// Fixed-point money. Amounts are in cents (2 dp); quantities, unit amounts and rates in 1/10000 (4 dp).
// Doubles never hold money here: a JSON number is rounded to its stated precision the moment it is read.
namespace money {
__extension__ using Wide = __int128; // intermediates of qty × price × discount exceed 64 bits

// Divides rounding halves away from zero, as Xero's own rounding appears to.
qint64 divRound(Wide numerator, Wide denominator);
// Parses a JSON number or numeric string into units of 10^-dp. Returns nullopt if it is not a number.
std::optional<qint64> fromJson(const QJsonValue &value, int dp);
// Rounds a 4 dp value to 2 dp.
inline qint64 round4to2(qint64 v4)
{
    return divRound(v4, 100);
}
// Line amount in cents: round2(qty × unit × (100 − discount%) / 100). qty4/unit4 in 4 dp, discount in 4 dp.
qint64 lineAmount(qint64 qty4, qint64 unit4, qint64 discount4);
// Per-line tax in cents for a rate given as a percentage with 4 dp (15% = 150000).
qint64 exclusiveTax(qint64 lineAmountCents, qint64 ratePercent4);
qint64 inclusiveTax(qint64 lineAmountCents, qint64 ratePercent4);
QString format(qint64 units, int dp);
} // namespace money

namespace json {
// A number written with exactly `dp` decimals. QJsonDocument cannot do that (it writes 20 for 20.00), so the
// value travels as a marked string and toText() turns it back into a bare number.
QJsonValue number(qint64 units, int dp);
inline QJsonValue amount(qint64 cents)
{
    return number(cents, 2);
}
QByteArray toText(const QJsonObject &object);
QByteArray toText(const QJsonArray &array);

// Xero's Microsoft-style timestamps.
QString msDate(qint64 msSinceEpoch);         // /Date(1551399321043+0000)/
QString msDateNoOffset(qint64 msSinceEpoch); // /Date(1551399321043)/ (envelope DateTimeUTC)
QString dateOnly(const QDate &date);         // /Date(1551916800000+0000)/ for a calendar date
QString dateString(const QDate &date);       // 2019-03-07T00:00:00
QString utcString(qint64 msSinceEpoch);      // 2019-03-07T17:59:28Z
// Accepts 2019-03-07, 2019-03-07T00:00:00 and /Date(ms+zzzz)/.
std::optional<QDate> parseDate(const QJsonValue &value);
// Accepts the If-Modified-Since forms Xero takes: ISO 8601 (no zone means UTC) and RFC 1123.
std::optional<qint64> parseModifiedSince(const QByteArray &header);
// /Date(ms+zzzz)/ to ms since the epoch.
std::optional<qint64> parseMsDate(const QString &text);

QString newGuid();
void seedGuids(quint32 seed); // makes newGuid() repeatable (the demo organisation)
bool isGuid(const QString &text);
} // namespace json

} // namespace fakexero
