#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <compare>
#include <cstdint>

namespace billhook {

#if defined(__SIZEOF_INT128__)
// Intermediate products of money arithmetic (quantity × unit price × discount) exceed 64 bits; the result
// never does. GCC, Clang and MinGW have a 128-bit integer; MSVC does not (build with clang-cl or MinGW).
__extension__ typedef __int128 Wide;
#else
#error "Billhook's money arithmetic needs a 128-bit integer type: build with GCC, Clang, clang-cl or MinGW."
#endif

// num / den rounded to the nearest integer, halves away from zero ("commercial rounding": 0.125 -> 0.13,
// -0.125 -> -0.13). Xero does not document how it rounds exact halves; this is the rule a tradesperson
// and their accountant expect from a calculator, and the one Xero's own UI shows for such amounts.
inline Wide divideRounded(Wide num, Wide den)
{
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const Wide half = den / 2;
    const bool exactHalfPossible = den % 2 == 0;
    Wide q = num / den;
    Wide r = num % den;
    if (r < 0)
        r = -r;
    const bool roundAway = exactHalfPossible ? r >= half : r > half;
    if (roundAway)
        q += num < 0 ? -1 : 1;
    return q;
}

constexpr std::int64_t pow10(int n)
{
    std::int64_t v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

class FixedParse
{
    Q_DECLARE_TR_FUNCTIONS(FixedParse)
public:
    // Parses "-12.5", "12", "0.0001"; refuses anything else, and more than `places` decimals.
    static Result<std::int64_t> parse(const QString &text, int places, const QString &what);
    static QString format(std::int64_t units, int places, int minPlaces);
};

// A decimal number held as an integer count of 10^-Places. `Tag` keeps money, quantities, prices and rates
// apart at compile time, so a quantity can never be added to an amount by mistake.
template<int Places, class Tag> class Fixed
{
public:
    static constexpr int places = Places;
    static constexpr std::int64_t scale = pow10(Places);
    // The largest magnitude we accept from input: 13 integer digits, far beyond any tradesperson's invoice,
    // and far enough below 2^63 that sums of many of them cannot overflow.
    static constexpr std::int64_t maxUnits = pow10(13) * scale - 1;

    constexpr Fixed() = default;
    static constexpr Fixed fromUnits(std::int64_t units)
    {
        Fixed f;
        f.m_units = units;
        return f;
    }
    static constexpr Fixed fromWhole(std::int64_t whole) { return fromUnits(whole * scale); }

    static Result<Fixed> parse(const QString &text, const QString &what = {})
    {
        auto units = FixedParse::parse(text, Places, what);
        if (!units)
            return units.error();
        return fromUnits(*units);
    }

    constexpr std::int64_t units() const { return m_units; }
    constexpr bool isZero() const { return m_units == 0; }
    constexpr bool isNegative() const { return m_units < 0; }

    // "86.74" for money, "1.5" for a quantity (trailing zeros beyond `minPlaces` dropped).
    QString toString(int minPlaces = Places) const { return FixedParse::format(m_units, Places, minPlaces); }

    constexpr Fixed operator+(Fixed o) const { return fromUnits(m_units + o.m_units); }
    constexpr Fixed operator-(Fixed o) const { return fromUnits(m_units - o.m_units); }
    constexpr Fixed operator-() const { return fromUnits(-m_units); }
    constexpr Fixed &operator+=(Fixed o)
    {
        m_units += o.m_units;
        return *this;
    }
    constexpr Fixed &operator-=(Fixed o)
    {
        m_units -= o.m_units;
        return *this;
    }
    constexpr auto operator<=>(const Fixed &) const = default;

private:
    std::int64_t m_units = 0;
};

struct MoneyTag;
struct QuantityTag;
struct UnitPriceTag;
struct PercentTag;

// Money: integer minor units (cents) at 2 decimal places, as Xero's amounts are.
using Money = Fixed<2, MoneyTag>;
// Quantities and unit prices to 4 decimal places (Xero's unitdp=4).
using Quantity = Fixed<4, QuantityTag>;
using UnitPrice = Fixed<4, UnitPriceTag>;
// Percentages (tax rates, discounts) to 4 decimal places: 15% is Percent::fromUnits(150000).
using Percent = Fixed<4, PercentTag>;

} // namespace billhook
