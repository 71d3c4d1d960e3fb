#include "xerojson.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace fakexero {

namespace money {

qint64 divRound(Wide numerator, Wide denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    const Wide q = (magnitude * 2 + denominator) / (denominator * 2);
    return static_cast<qint64>(negative ? -q : q);
}

std::optional<qint64> fromJson(const QJsonValue &value, int dp)
{
    double scale = 1;
    for (int i = 0; i < dp; ++i)
        scale *= 10;
    if (value.isDouble()) {
        // The JSON parser already produced the nearest double; rounding at the stated precision recovers
        // the decimal the client wrote (25.06 is 25.059999… as a double, 2506 after rounding).
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::fabs(d) > 9e13)
            return std::nullopt;
        return static_cast<qint64>(std::llround(d * scale));
    }
    if (value.isString()) {
        // Parse decimal text exactly.
        static const QRegularExpression re(u"^\\s*(-?)(\\d+)(?:\\.(\\d*))?\\s*$"_s);
        const auto m = re.match(value.toString());
        if (!m.hasMatch())
            return std::nullopt;
        QString frac = m.captured(3);
        qint64 units = m.captured(2).toLongLong();
        for (int i = 0; i < dp; ++i)
            units = units * 10 + (i < frac.size() ? frac.at(i).digitValue() : 0);
        if (frac.size() > dp && frac.at(dp).digitValue() >= 5)
            ++units;
        return m.captured(1).isEmpty() ? units : -units;
    }
    return std::nullopt;
}

qint64 lineAmount(qint64 qty4, qint64 unit4, qint64 discount4)
{
    // qty4 × unit4 is in 1e-8; × (100% − d) with d in 1e-4 percent gives 1e-8 × 1e-6 = 1e-14; cents are 1e-2.
    const Wide product = Wide(qty4) * Wide(unit4) * (Wide(1000000) - Wide(discount4));
    return divRound(product, Wide(1000000000000LL));
}

qint64 exclusiveTax(qint64 lineAmountCents, qint64 ratePercent4)
{
    return divRound(Wide(lineAmountCents) * ratePercent4, Wide(1000000));
}

qint64 inclusiveTax(qint64 lineAmountCents, qint64 ratePercent4)
{
    return divRound(Wide(lineAmountCents) * ratePercent4, Wide(1000000) + ratePercent4);
}

QString format(qint64 units, int dp)
{
    const bool negative = units < 0;
    quint64 magnitude = negative ? quint64(-(units + 1)) + 1 : quint64(units);
    quint64 scale = 1;
    for (int i = 0; i < dp; ++i)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (dp > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(dp, u'0');
    return negative ? u'-' + text : text;
}

} // namespace money

namespace json {

static const QString NumberMarker = QStringLiteral("\u0001N");

QJsonValue number(qint64 units, int dp)
{
    return QString(NumberMarker + money::format(units, dp));
}

static QByteArray unmark(QByteArray text)
{
    static const QRegularExpression re(uR"re("\\u0001N(-?[0-9]+(?:\.[0-9]+)?)")re"_s);
    QString s = QString::fromUtf8(text);
    s.replace(re, u"\\1"_s);
    return s.toUtf8();
}

QByteArray toText(const QJsonObject &object)
{
    return unmark(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray toText(const QJsonArray &array)
{
    return unmark(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString msDate(qint64 ms)
{
    return u"/Date("_s + QString::number(ms) + u"+0000)/"_s;
}

QString msDateNoOffset(qint64 ms)
{
    return u"/Date("_s + QString::number(ms) + u")/"_s;
}

QString dateOnly(const QDate &date)
{
    return msDate(date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch());
}

QString dateString(const QDate &date)
{
    return date.toString(Qt::ISODate) + u"T00:00:00"_s;
}

QString utcString(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

std::optional<qint64> parseMsDate(const QString &text)
{
    static const QRegularExpression re(uR"(^/Date\((-?\d+)([+-]\d{4})?\)/$)"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

std::optional<QDate> parseDate(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    if (const auto ms = parseMsDate(text))
        return QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).date();
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<qint64> parseModifiedSince(const QByteArray &header)
{
    const QString text = QString::fromLatin1(header).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime) // no zone given: Xero reads it as UTC
            dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
    } else {
        dt = QDateTime::fromString(text, Qt::RFC2822Date);
        if (!dt.isValid()) {
            // RFC 1123: "Tue, 15 Nov 1994 08:12:31 GMT"
            dt = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
            if (dt.isValid())
                dt = QDateTime(dt.date(), dt.time(), QTimeZone::utc());
        }
    }
    if (!dt.isValid())
        return std::nullopt;
    // Xero compares at whole seconds.
    return dt.toSecsSinceEpoch() * 1000;
}

static QRandomGenerator &guidGenerator()
{
    static QRandomGenerator generator(QRandomGenerator::system()->generate());
    return generator;
}

void seedGuids(quint32 seed)
{
    guidGenerator().seed(seed);
}

QString newGuid()
{
    // Version 4 layout from our own generator, so a seeded demo organisation gets the same IDs every run.
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = guidGenerator().generate();
        std::memcpy(bytes.data() + i, &word, 4);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

bool isGuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace json

} // namespace fakexero
