#include "xeroreference.h"

#include "xeromapping.h"

#include <QJsonObject>

namespace billhook {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isActive(const QJsonObject &o)
{
    return text(o, "Status") == u"ACTIVE";
}

} // namespace

XeroReference XeroReference::parse(const QJsonArray &organisations, const QJsonArray &currencies,
                                   const QJsonArray &accounts, const QJsonArray &taxRates,
                                   const QJsonArray &items)
{
    XeroReference ref;
    const QJsonObject org = organisations.isEmpty() ? QJsonObject() : organisations.first().toObject();
    ref.organisation = text(org, "Name");
    ref.shortCode = text(org, "ShortCode");
    ref.baseCurrency = text(org, "BaseCurrency");
    ref.currencies << ref.baseCurrency;
    for (const auto &v : currencies)
        ref.currencies << text(v.toObject(), "Code");
    ref.currencies.removeDuplicates();
    ref.currencies.removeAll(QString());

    for (const auto &v : accounts) {
        const QJsonObject a = v.toObject();
        Account acc;
        acc.code = text(a, "Code");
        if (acc.code.isEmpty())
            continue; // system accounts without a code cannot be chosen
        acc.name = text(a, "Name");
        acc.type = text(a, "Type");
        acc.xeroId = text(a, "AccountID");
        acc.active = isActive(a);
        acc.paymentsEnabled =
            acc.type == u"BANK" || a.value(QStringLiteral("EnablePaymentsToAccount")).toBool();
        ref.accounts.append(acc);
    }

    for (const auto &v : taxRates) {
        const QJsonObject t = v.toObject();
        TaxRate r;
        r.code = text(t, "TaxType");
        r.name = text(t, "Name");
        r.rate = Percent::fromUnits(
            xerojson::decimalUnits(t.value(QStringLiteral("EffectiveRate")), 4).value_or(0));
        r.xeroTaxType = r.code;
        r.fromXero = true;
        r.active = isActive(t);
        ref.taxRates.append(r);
        if (r.active && t.value(QStringLiteral("CanApplyToRevenue")).toBool())
            ref.revenueTaxTypes.insert(r.code, r.rate);
    }

    for (const auto &v : items) {
        const QJsonObject i = v.toObject();
        const QJsonObject sales = i.value(QStringLiteral("SalesDetails")).toObject();
        Item item;
        item.code = text(i, "Code");
        if (item.code.isEmpty())
            continue;
        item.name = text(i, "Name");
        item.unitPrice = UnitPrice::fromUnits(
            xerojson::decimalUnits(sales.value(QStringLiteral("UnitPrice")), 4).value_or(0));
        item.accountCode = text(sales, "AccountCode");
        item.taxCode = text(sales, "TaxType");
        item.xeroId = text(i, "ItemID");
        ref.items.append(item);
    }
    return ref;
}

QList<Account> XeroReference::bankAccounts() const
{
    QList<Account> out;
    for (const Account &a : accounts) {
        if (a.active && a.paymentsEnabled)
            out.append(a);
    }
    return out;
}

QList<Account> XeroReference::revenueAccounts() const
{
    QList<Account> out;
    for (const Account &a : accounts) {
        if (a.active && (a.type == u"REVENUE" || a.type == u"SALES" || a.type == u"OTHERINCOME"))
            out.append(a);
    }
    return out;
}

QList<TaxRate> XeroReference::revenueTaxRates() const
{
    QList<TaxRate> out;
    for (const TaxRate &r : taxRates) {
        if (revenueTaxTypes.contains(r.code))
            out.append(r);
    }
    return out;
}

} // namespace billhook
