#pragma once

#include "core/entities.h"
#include "database.h"

#include <QList>
#include <QSet>

#include <optional>

namespace billhook {

// Tax rates, accounts and items. The sync fills them from Xero; before connecting, the user keeps their
// own tax rates here.
class ReferenceStore
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceStore)
public:
    explicit ReferenceStore(Database &db)
        : m_db(db)
    {}

    // Insert or update by code, for the sync's reference pull (rate.fromXero) and imports. A rate from
    // Xero never replaces the user's rate of the same code; the user's rate keeps its percentage and
    // reverse charge once an invoice uses it; names are unique among the user's rates.
    Status saveTaxRate(const TaxRate &rate);
    // The user's own rates. Each refuses bad input with a clear message and changes nothing: a code that
    // is taken (by any rate, whatever its case), a name the user already has, a rate outside 0%-100%.
    Status addTaxRate(const TaxRate &rate);
    Status renameTaxRate(const QString &code, const QString &name);
    // An archived rate stays on the invoices that use it and is offered for no new line; when it was the
    // default tax rate, new invoices have none.
    Status archiveTaxRate(const QString &code);
    bool isTaxRateUsed(const QString &code) const;

    QList<TaxRate> taxRates(bool activeOnly = true) const;
    // What a new invoice line may choose, each rate once: the user's active rates, then the organisation's
    // active sales rates that none of the user's rates is mapped to (sync.tax_type.CODE, or its
    // xeroTaxType).
    QList<TaxRate> choosableTaxRates() const;
    // Whether a rate may go on a sales line: the user's own rates (origin local) always; Xero's once the
    // reference pull has said which apply to revenue (until then, every one).
    bool appliesToRevenue(const TaxRate &rate) const;
    std::optional<TaxRate> taxRateByCode(const QString &code) const;
    std::optional<TaxRate> taxRateByRate(Percent rate) const;

    // Insert or update by code (the sync's pull updates the user's account of the same code: one row).
    Status saveAccount(const Account &account);
    // The user's own sales account: refuses a code already used, a bad code or an empty name.
    Status addAccount(const Account &account);
    QList<Account> accounts(bool activeOnly = true) const;
    std::optional<Account> accountByCode(const QString &code) const;

    Status saveItem(const Item &item);
    QList<Item> items() const;

private:
    // The codes of Xero's rates that apply to revenue, as the last reference pull listed them; none before
    // the first pull.
    std::optional<QSet<QString>> revenueTaxTypes() const;
    static bool appliesToRevenue(const TaxRate &rate, const std::optional<QSet<QString>> &revenue);
    Database &m_db;
};

} // namespace billhook
