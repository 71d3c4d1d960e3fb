#include "settingsstore.h"

#include "core/entities.h"
#include "sqlutil.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace billhook {

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    QString out = fallback;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    return m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, :v) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {{QStringLiteral("k"), key}, {QStringLiteral("v"), sql::text(value)}},
                     tr("save the setting"));
}

BusinessProfile SettingsStore::businessProfile() const
{
    BusinessProfile p;
    p.name = value(QStringLiteral("business/name"));
    p.address = value(QStringLiteral("business/address"));
    p.email = value(QStringLiteral("business/email"));
    p.phone = value(QStringLiteral("business/phone"));
    p.taxNumber = value(QStringLiteral("business/tax_number"));
    p.bankDetails = value(QStringLiteral("business/bank_details"));
    p.paymentTerms = value(QStringLiteral("business/payment_terms"));
    p.logoPng = QByteArray::fromBase64(value(QStringLiteral("business/logo_png")).toLatin1());
    return p;
}

Status SettingsStore::setBusinessProfile(const BusinessProfile &p)
{
    if (!p.email.trimmed().isEmpty() && !Validation::isValidEmail(p.email.trimmed()))
        return Error::invalid(tr("\"%1\" is not a valid email address.").arg(p.email),
                              QStringLiteral("email"));
    if (p.logoPng.size() > BusinessProfile::MaxLogoBytes)
        return Error::invalid(tr("The logo is too large (2 MB at most)."), QStringLiteral("logo"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("business/name"), p.name.trimmed()},
        {QStringLiteral("business/address"), p.address.trimmed()},
        {QStringLiteral("business/email"), p.email.trimmed()},
        {QStringLiteral("business/phone"), p.phone.trimmed()},
        {QStringLiteral("business/tax_number"), p.taxNumber.trimmed()},
        {QStringLiteral("business/bank_details"), p.bankDetails.trimmed()},
        {QStringLiteral("business/payment_terms"), p.paymentTerms.trimmed()},
        {QStringLiteral("business/logo_png"), QString::fromLatin1(p.logoPng.toBase64())},
    };
    for (const auto &[k, v] : values) {
        if (auto s = setValue(k, v); !s)
            return s;
    }
    return tx.commit();
}

NumberingTemplate SettingsStore::numberingTemplate() const
{
    auto t =
        NumberingTemplate::parse(value(QStringLiteral("invoice/numbering"), QStringLiteral("INV-{0000}")));
    return t ? t.value() : NumberingTemplate::defaultTemplate();
}

Status SettingsStore::setNumberingTemplate(const QString &pattern)
{
    auto t = NumberingTemplate::parse(pattern);
    if (!t)
        return t.error();
    return setValue(QStringLiteral("invoice/numbering"), t->pattern());
}

int SettingsStore::defaultDueDays() const
{
    return value(QStringLiteral("invoice/due_days"), QStringLiteral("14")).toInt();
}

Status SettingsStore::setDefaultDueDays(int days)
{
    if (days < 0 || days > 365)
        return Error::invalid(tr("Payment terms must be between 0 and 365 days."),
                              QStringLiteral("due_days"));
    return setValue(QStringLiteral("invoice/due_days"), QString::number(days));
}

QString SettingsStore::defaultCurrency() const
{
    QString fallback = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    if (!Validation::isValidCurrency(fallback))
        fallback = QStringLiteral("GBP");
    return value(QStringLiteral("invoice/currency"), fallback);
}

Status SettingsStore::setDefaultCurrency(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    if (!Validation::isValidCurrency(upper))
        return Error::invalid(
            tr("\"%1\" is not a currency code. Use three capital letters, like GBP.").arg(code),
            QStringLiteral("currency"));
    return setValue(QStringLiteral("invoice/currency"), upper);
}

TaxMode SettingsStore::defaultTaxMode() const
{
    return taxModeFromKey(value(QStringLiteral("invoice/tax_mode"))).value_or(TaxMode::Exclusive);
}

Status SettingsStore::setDefaultTaxMode(TaxMode mode)
{
    return setValue(QStringLiteral("invoice/tax_mode"), taxModeKey(mode));
}

QString SettingsStore::defaultTaxCode() const
{
    return value(QStringLiteral("invoice/tax_code"));
}

Status SettingsStore::setDefaultTaxCode(const QString &code)
{
    return setValue(QStringLiteral("invoice/tax_code"), code);
}

QString SettingsStore::xeroClientId() const
{
    return value(QStringLiteral("xero.client_id")).trimmed();
}

Status SettingsStore::setXeroClientId(const QString &clientId)
{
    // Xero's client ids are 32 letters and digits; the pattern is looser (a test server's ids, and whatever
    // Xero issues next) but refuses spaces, quotes and pasted addresses.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_\\-]{1,100}$"));
    const QString id = clientId.trimmed();
    if (!id.isEmpty() && !pattern.match(id).hasMatch())
        return Error::invalid(tr("\"%1\" is not a Xero client id: copy the 32 letters and digits shown as "
                                 "Client id on your app's page at developer.xero.com.")
                                  .arg(id),
                              QStringLiteral("xero.client_id"));
    return setValue(QStringLiteral("xero.client_id"), id);
}

Result<qint64> SettingsStore::nextCounter(const QString &name)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 2) "
                                               "ON CONFLICT (name) DO UPDATE SET value = value + 1 "
                                               "RETURNING value - 1"));
    q.addBindValue(name);
    if (auto s = m_db.exec(q, tr("number the record")); !s)
        return s.error();
    qint64 v = q.next() ? q.value(0).toLongLong() : 1;
    q.finish();
    return v;
}

Status SettingsStore::setCounter(const QString &name, qint64 nextValue)
{
    if (nextValue < 1)
        return Error::invalid(tr("The next number must be 1 or more."), QStringLiteral("counter"));
    return m_db.exec(QStringLiteral("INSERT INTO counters (name, value) VALUES (:n, :v) "
                                    "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
                     {{QStringLiteral("n"), name}, {QStringLiteral("v"), nextValue}}, tr("save the counter"));
}

Status SettingsStore::raiseCounter(const QString &name, qint64 atLeast)
{
    return m_db.exec(QStringLiteral("INSERT INTO counters (name, value) VALUES (:n, :v) "
                                    "ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)"),
                     {{QStringLiteral("n"), name}, {QStringLiteral("v"), atLeast}}, tr("save the counter"));
}

qint64 SettingsStore::peekCounter(const QString &name) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
    q.addBindValue(name);
    const qint64 v = q.exec() && q.next() ? q.value(0).toLongLong() : 1;
    q.finish();
    return v;
}

} // namespace billhook
