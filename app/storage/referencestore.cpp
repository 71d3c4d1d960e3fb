#include "referencestore.h"

#include "settingsstore.h"

#include <QRegularExpression>
#include <QSet>
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
    r.fromXero = q.value(6).toString() == u"xero";
    r.reverseCharge = q.value(7).toBool();
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

const QString kTaxColumns = QStringLiteral(
    "SELECT id, code, name, rate, xero_tax_type, active, origin, reverse_charge FROM tax_rates");

// The same characters as the account codes and tax types Xero takes; the code also names the setting
// sync.tax_type.CODE.
const QRegularExpression kCodePattern(QStringLiteral("^[A-Za-z0-9_.\\-]{1,20}$"));
const QRegularExpression kAccountCodePattern(QStringLiteral("^[A-Za-z0-9_.\\-]{1,10}$"));
const QString kAccountColumns =
    QStringLiteral("SELECT id, code, name, type, xero_id, active, payments_enabled FROM accounts");

} // namespace

Status ReferenceStore::saveTaxRate(const TaxRate &r)
{
    const QString code = r.code.trimmed();
    const QString name = r.name.trimmed();
    if (code.isEmpty())
        return Error::invalid(tr("A tax rate needs a code."), QStringLiteral("code"));
    if (!r.fromXero && !kCodePattern.match(code).hasMatch())
        return Error::invalid(tr("The tax rate code \"%1\" is not a code: use 1 to 20 letters, digits, "
                                 "'-', '_' or '.', like VAT20.")
                                  .arg(code),
                              QStringLiteral("code"));
    if (name.isEmpty())
        return Error::invalid(tr("A tax rate needs a name."), QStringLiteral("name"));
    if (r.rate.isNegative() || r.rate > Percent::fromWhole(100))
        return Error::invalid(tr("A tax rate must be between 0% and 100%."), QStringLiteral("rate"));

    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    std::optional<TaxRate> existing;
    {
        QSqlQuery &q = m_db.prepare(kTaxColumns + QStringLiteral(" WHERE code = ?"));
        q.addBindValue(code);
        if (q.exec() && q.next())
            existing = readTaxRate(q);
        q.finish();
    }
    if (existing && !existing->fromXero && r.fromXero)
        return tx.commit(); // the user's rate keeps its code; Xero's rate of that TaxType is not stored
    if (existing && existing->fromXero && !r.fromXero)
        return Error::invalid(
            tr("The code %1 is a tax rate of the Xero organisation's; choose another code.").arg(code),
            QStringLiteral("code"));
    if (!r.fromXero) {
        if (existing && (existing->rate != r.rate || existing->reverseCharge != r.reverseCharge) &&
            isTaxRateUsed(code))
            return Error::invalid(tr("The tax rate %1 is used on invoices, so its percentage cannot change: "
                                     "archive it and add a new rate.")
                                      .arg(code),
                                  QStringLiteral("rate"));
        QSqlQuery &q = m_db.prepare(
            QStringLiteral("SELECT code FROM tax_rates WHERE origin = 'local' AND active = 1 AND "
                           "name = ? COLLATE NOCASE AND code <> ? LIMIT 1"));
        q.addBindValue(name);
        q.addBindValue(code);
        const bool taken = q.exec() && q.next();
        const QString other = taken ? q.value(0).toString() : QString();
        q.finish();
        if (taken)
            return Error::invalid(tr("There is already a tax rate named \"%1\" (code %2).").arg(name, other),
                                  QStringLiteral("name"));
    }
    if (auto st = m_db.exec(
            QStringLiteral(
                "INSERT INTO tax_rates (code, name, rate, xero_tax_type, active, origin, reverse_charge) "
                "VALUES (:code, :name, :rate, :xero, :active, :origin, :reverse) ON CONFLICT (code) DO "
                "UPDATE SET name = excluded.name, rate = excluded.rate, xero_tax_type = "
                "excluded.xero_tax_type, active = excluded.active, reverse_charge = "
                "excluded.reverse_charge"),
            {{QStringLiteral("code"), code},
             {QStringLiteral("name"), name},
             {QStringLiteral("rate"), qint64(r.rate.units())},
             {QStringLiteral("xero"), r.xeroTaxType},
             {QStringLiteral("active"), r.active ? 1 : 0},
             {QStringLiteral("origin"), r.fromXero ? QStringLiteral("xero") : QStringLiteral("local")},
             {QStringLiteral("reverse"), r.reverseCharge ? 1 : 0}},
            tr("save the tax rate"));
        !st)
        return st;
    return tx.commit();
}

Status ReferenceStore::addTaxRate(const TaxRate &rate)
{
    TaxRate r = rate;
    r.id = 0;
    r.fromXero = false;
    r.active = true;
    if (auto taken = taxRateByCode(r.code.trimmed()))
        return Error::invalid(
            tr("There is already a tax rate with the code %1 (%2).").arg(taken->code, taken->name),
            QStringLiteral("code"));
    return saveTaxRate(r);
}

Status ReferenceStore::renameTaxRate(const QString &code, const QString &name)
{
    auto r = taxRateByCode(code.trimmed());
    if (!r)
        return Error::make(Error::Code::NotFound, tr("There is no tax rate with the code %1.").arg(code));
    if (r->fromXero)
        return Error::invalid(
            tr("%1 is a tax rate of the Xero organisation's; rename it in Xero.").arg(r->code));
    r->name = name;
    return saveTaxRate(*r);
}

Status ReferenceStore::archiveTaxRate(const QString &code)
{
    auto r = taxRateByCode(code.trimmed());
    if (!r)
        return Error::make(Error::Code::NotFound, tr("There is no tax rate with the code %1.").arg(code));
    if (r->fromXero)
        return Error::invalid(
            tr("%1 is a tax rate of the Xero organisation's; archive it in Xero.").arg(r->code));
    if (!r->active)
        return Error::invalid(tr("The tax rate %1 is already archived.").arg(r->code));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    if (auto st = m_db.exec(QStringLiteral("UPDATE tax_rates SET active = 0 WHERE id = :id"),
                            {{QStringLiteral("id"), r->id}}, tr("archive the tax rate"));
        !st)
        return st;
    SettingsStore settings(m_db);
    if (settings.defaultTaxCode().compare(r->code, Qt::CaseInsensitive) == 0) {
        if (auto st = settings.setDefaultTaxCode(QString()); !st)
            return st;
    }
    return tx.commit();
}

bool ReferenceStore::isTaxRateUsed(const QString &code) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM invoice_lines WHERE tax_code = ? LIMIT 1"));
    q.addBindValue(code);
    const bool used = q.exec() && q.next();
    q.finish();
    return used;
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

QList<TaxRate> ReferenceStore::choosableTaxRates() const
{
    QSqlQuery &q = m_db.prepare(
        kTaxColumns +
        QStringLiteral(" AS t WHERE t.active = 1 AND (t.origin = 'local' OR NOT EXISTS (SELECT 1 FROM "
                       "tax_rates AS l LEFT JOIN settings AS s ON s.key = 'sync.tax_type.' || l.code WHERE "
                       "l.origin = 'local' AND (l.xero_tax_type = t.code OR s.value = t.code))) ORDER BY "
                       "t.origin = 'xero', t.rate DESC, t.name"));
    QList<TaxRate> out;
    if (q.exec()) {
        while (q.next())
            out.append(readTaxRate(q));
    }
    q.finish();
    const auto revenue = revenueTaxTypes();
    out.removeIf([&](const TaxRate &t) { return !appliesToRevenue(t, revenue); });
    return out;
}

std::optional<QSet<QString>> ReferenceStore::revenueTaxTypes() const
{
    // Of Xero's rates, those that apply to sales (Xero's CanApplyToRevenue): the reference pull lists them
    // per organisation in xero.TENANT.revenue_tax_types ("OUTPUT2=200000,..."); a purchase rate has no place
    // on an invoice.
    QSqlQuery &r =
        m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key LIKE 'xero.%.revenue_tax_types'"));
    std::optional<QSet<QString>> revenue;
    if (r.exec()) {
        while (r.next()) {
            if (!revenue)
                revenue.emplace();
            for (const QString &entry : r.value(0).toString().split(u',', Qt::SkipEmptyParts))
                revenue->insert(entry.section(u'=', 0, 0));
        }
    }
    r.finish();
    return revenue;
}

bool ReferenceStore::appliesToRevenue(const TaxRate &rate, const std::optional<QSet<QString>> &revenue)
{
    return !rate.fromXero || !revenue || revenue->contains(rate.code);
}

bool ReferenceStore::appliesToRevenue(const TaxRate &rate) const
{
    return appliesToRevenue(rate, revenueTaxTypes());
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
        m_db.prepare(kTaxColumns + QStringLiteral(" WHERE rate = ? AND active = 1 AND reverse_charge = 0 "
                                                  "ORDER BY origin = 'xero', id LIMIT 1"));
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

Status ReferenceStore::addAccount(const Account &account)
{
    const QString code = account.code.trimmed();
    if (!kAccountCodePattern.match(code).hasMatch())
        return Error::invalid(tr("The account code \"%1\" is not a code: use 1 to 10 letters or digits, "
                                 "like 200.")
                                  .arg(code),
                              QStringLiteral("code"));
    if (account.name.trimmed().isEmpty())
        return Error::invalid(tr("An account needs a name."), QStringLiteral("name"));
    if (auto taken = accountByCode(code))
        return Error::invalid(tr("The account code %1 is already used (%2).").arg(taken->code, taken->name),
                              QStringLiteral("code"));
    Account a = account;
    a.code = code;
    a.id = 0;
    a.xeroId.clear();
    a.active = true;
    if (a.type.isEmpty())
        a.type = QStringLiteral("REVENUE");
    return saveAccount(a);
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
    QSqlQuery &q = m_db.prepare(kAccountColumns + QStringLiteral(" WHERE code = ? COLLATE NOCASE"));
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
