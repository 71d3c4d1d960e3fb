#include "referencestore.h"

#include <QSqlQuery>

namespace billhook {

namespace {

TaxRate readTaxRate(const QSqlQuery &q)
{
    TaxRate r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.name = q.value(2).toString();
    r.rate = Percent::fromUnits(q.value(3).toLongLong());
    r.xeroTaxType = q.value(4).toString();
    r.active = q.value(5).toBool();
    return r;
}

Account readAccount(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.name = q.value(2).toString();
    a.type = q.value(3).toString();
    a.xeroId = q.value(4).toString();
    a.active = q.value(5).toBool();
    a.paymentsEnabled = q.value(6).toBool();
    return a;
}

const QString kTaxColumns =
    QStringLiteral("SELECT id, code, name, rate, xero_tax_type, active FROM tax_rates");
const QString kAccountColumns =
    QStringLiteral("SELECT id, code, name, type, xero_id, active, payments_enabled FROM accounts");

} // namespace

Status ReferenceStore::saveTaxRate(const TaxRate &r)
{
    if (r.code.trimmed().isEmpty())
        return Error::invalid(tr("A tax rate needs a code."), QStringLiteral("code"));
    if (r.name.trimmed().isEmpty())
        return Error::invalid(tr("A tax rate needs a name."), QStringLiteral("name"));
    if (r.rate.isNegative() || r.rate > Percent::fromWhole(100))
        return Error::invalid(tr("A tax rate must be between 0% and 100%."), QStringLiteral("rate"));
    return m_db.exec(
        QStringLiteral("INSERT INTO tax_rates (code, name, rate, xero_tax_type, active) VALUES (:code, "
                       ":name, :rate, :xero, :active) ON CONFLICT (code) DO UPDATE SET name = "
                       "excluded.name, rate = excluded.rate, xero_tax_type = excluded.xero_tax_type, "
                       "active = excluded.active"),
        {{QStringLiteral("code"), r.code.trimmed()},
         {QStringLiteral("name"), r.name.trimmed()},
         {QStringLiteral("rate"), qint64(r.rate.units())},
         {QStringLiteral("xero"), r.xeroTaxType},
         {QStringLiteral("active"), r.active ? 1 : 0}},
        tr("save the tax rate"));
}

QList<TaxRate> ReferenceStore::taxRates(bool activeOnly) const
{
    QSqlQuery &q = m_db.prepare(kTaxColumns + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                                QStringLiteral(" ORDER BY rate DESC, name"));
    QList<TaxRate> out;
    if (q.exec()) {
        while (q.next())
            out.append(readTaxRate(q));
    }
    q.finish();
    return out;
}

std::optional<TaxRate> ReferenceStore::taxRateByCode(const QString &code) const
{
    QSqlQuery &q = m_db.prepare(kTaxColumns + QStringLiteral(" WHERE code = ? COLLATE NOCASE"));
    q.addBindValue(code);
    std::optional<TaxRate> out;
    if (q.exec() && q.next())
        out = readTaxRate(q);
    q.finish();
    return out;
}

std::optional<TaxRate> ReferenceStore::taxRateByRate(Percent rate) const
{
    QSqlQuery &q =
        m_db.prepare(kTaxColumns + QStringLiteral(" WHERE rate = ? AND active = 1 ORDER BY id LIMIT 1"));
    q.addBindValue(qint64(rate.units()));
    std::optional<TaxRate> out;
    if (q.exec() && q.next())
        out = readTaxRate(q);
    q.finish();
    return out;
}

Status ReferenceStore::saveAccount(const Account &a)
{
    if (a.code.trimmed().isEmpty() || a.code.size() > 10)
        return Error::invalid(tr("An account needs a code of 1 to 10 characters."), QStringLiteral("code"));
    return m_db.exec(
        QStringLiteral("INSERT INTO accounts (code, name, type, xero_id, active, payments_enabled) "
                       "VALUES (:code, :name, :type, :xero, :active, :payments) ON CONFLICT (code) DO "
                       "UPDATE SET name = excluded.name, type = excluded.type, xero_id = "
                       "excluded.xero_id, active = excluded.active, payments_enabled = "
                       "excluded.payments_enabled"),
        {{QStringLiteral("code"), a.code.trimmed()},
         {QStringLiteral("name"), a.name.trimmed()},
         {QStringLiteral("type"), a.type},
         {QStringLiteral("xero"), a.xeroId},
         {QStringLiteral("active"), a.active ? 1 : 0},
         {QStringLiteral("payments"), a.paymentsEnabled ? 1 : 0}},
        tr("save the account"));
}

QList<Account> ReferenceStore::accounts(bool activeOnly) const
{
    QSqlQuery &q =
        m_db.prepare(kAccountColumns + (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                     QStringLiteral(" ORDER BY code"));
    QList<Account> out;
    if (q.exec()) {
        while (q.next())
            out.append(readAccount(q));
    }
    q.finish();
    return out;
}

std::optional<Account> ReferenceStore::accountByCode(const QString &code) const
{
    QSqlQuery &q = m_db.prepare(kAccountColumns + QStringLiteral(" WHERE code = ?"));
    q.addBindValue(code);
    std::optional<Account> out;
    if (q.exec() && q.next())
        out = readAccount(q);
    q.finish();
    return out;
}

Status ReferenceStore::saveItem(const Item &i)
{
    if (i.code.trimmed().isEmpty() || i.code.size() > 30)
        return Error::invalid(tr("An item needs a code of 1 to 30 characters."), QStringLiteral("code"));
    return m_db.exec(
        QStringLiteral("INSERT INTO items (code, name, unit_price, account_code, tax_code, xero_id) "
                       "VALUES (:code, :name, :price, :account, :tax, :xero) ON CONFLICT (code) DO "
                       "UPDATE SET name = excluded.name, unit_price = excluded.unit_price, "
                       "account_code = excluded.account_code, tax_code = excluded.tax_code, xero_id = "
                       "excluded.xero_id"),
        {{QStringLiteral("code"), i.code.trimmed()},
         {QStringLiteral("name"), i.name.trimmed()},
         {QStringLiteral("price"), qint64(i.unitPrice.units())},
         {QStringLiteral("account"), i.accountCode},
         {QStringLiteral("tax"), i.taxCode},
         {QStringLiteral("xero"), i.xeroId}},
        tr("save the item"));
}

QList<Item> ReferenceStore::items() const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, code, name, unit_price, account_code, tax_code, xero_id FROM items ORDER BY code"));
    QList<Item> out;
    if (q.exec()) {
        while (q.next()) {
            Item i;
            i.id = q.value(0).toLongLong();
            i.code = q.value(1).toString();
            i.name = q.value(2).toString();
            i.unitPrice = UnitPrice::fromUnits(q.value(3).toLongLong());
            i.accountCode = q.value(4).toString();
            i.taxCode = q.value(5).toString();
            i.xeroId = q.value(6).toString();
            out.append(i);
        }
    }
    q.finish();
    return out;
}

} // namespace billhook
