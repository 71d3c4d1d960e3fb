#pragma once

#include "core/entities.h"
#include "database.h"

#include <QList>

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

    // Insert or update by code.
    Status saveTaxRate(const TaxRate &rate);
    QList<TaxRate> taxRates(bool activeOnly = true) const;
    std::optional<TaxRate> taxRateByCode(const QString &code) const;
    std::optional<TaxRate> taxRateByRate(Percent rate) const;

    Status saveAccount(const Account &account);
    QList<Account> accounts(bool activeOnly = true) const;
    std::optional<Account> accountByCode(const QString &code) const;

    Status saveItem(const Item &item);
    QList<Item> items() const;

private:
    Database &m_db;
};

} // namespace billhook
