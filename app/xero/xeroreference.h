#pragma once

#include "core/entities.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace billhook {

// An organisation's reference data as Xero answers it (GET Organisation, Currencies, Accounts, TaxRates,
// Items), read into the domain's types with exact decimals, never through a double. One parser for the sync's
// reference pull and the setup page's reads.
struct XeroReference
{
    QString organisation; // the organisation's name
    QString shortCode;    // for "Open in Xero" deep links
    QString baseCurrency;
    QStringList currencies;  // the base currency first, then the others enabled, no duplicates
    QList<Account> accounts; // every account with a code (system accounts without one are left out)
    QList<TaxRate> taxRates; // every tax rate, code = Xero's TaxType
    QHash<QString, Percent>
        revenueTaxTypes; // active rates that apply to revenue (sales lines): TaxType -> rate
    QList<Item> items;   // items with a code

    // Active accounts payments can be recorded against (bank accounts, or "enable payments to this account").
    QList<Account> bankAccounts() const;
    // Active accounts a sales line can post to: REVENUE, SALES, OTHERINCOME.
    QList<Account> revenueAccounts() const;
    // Active tax rates usable on sales lines.
    QList<TaxRate> revenueTaxRates() const;

    // What to read, in order: the endpoint (relative to api.xro/2.0) and the collection its answer holds.
    struct Read
    {
        const char *path;
        const char *collection;
    };
    static constexpr Read Reads[] = {{"Organisation", "Organisations"},
                                     {"Currencies", "Currencies"},
                                     {"Accounts", "Accounts"},
                                     {"TaxRates", "TaxRates"},
                                     {"Items", "Items"}};

    // The collections as Xero returns them (each the array under the response's collection key).
    static XeroReference parse(const QJsonArray &organisations, const QJsonArray &currencies,
                               const QJsonArray &accounts, const QJsonArray &taxRates,
                               const QJsonArray &items);
};

} // namespace billhook
