#pragma once

#include "core/numbering.h"
#include "core/tax.h"
#include "database.h"

#include <QByteArray>
#include <QString>

namespace billhook {

// The business's own details and defaults. They live in the database, beside the invoices they shape
// (a copied database prints the same invoices); window geometry and the like stay in QSettings.
struct BusinessProfile
{
    QString name;
    QString address;
    QString email;
    QString phone;
    QString taxNumber; // VAT / GST / ABN number
    QString bankDetails;
    QString paymentTerms; // free text printed on invoices
    QByteArray logoPng;

    // The largest logo kept (the store refuses more; the app and the CLI say so before reading a file).
    static constexpr qint64 MaxLogoBytes = 2 * 1024 * 1024;
};

class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)
public:
    explicit SettingsStore(Database &db)
        : m_db(db)
    {}

    QString value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    BusinessProfile businessProfile() const;
    Status setBusinessProfile(const BusinessProfile &profile);

    NumberingTemplate numberingTemplate() const;
    Status setNumberingTemplate(const QString &pattern);
    int defaultDueDays() const;
    Status setDefaultDueDays(int days);
    QString defaultCurrency() const;
    Status setDefaultCurrency(const QString &code);
    TaxMode defaultTaxMode() const;
    Status setDefaultTaxMode(TaxMode mode);
    QString defaultTaxCode() const;
    Status setDefaultTaxCode(const QString &code);
    // The Xero app's client id entered in Settings > Xero ("xero.client_id"; the sync layer's
    // loadXeroConfig() reads it); empty: the environment's or the build's. Refuses anything that cannot be a
    // client id.
    QString xeroClientId() const;
    Status setXeroClientId(const QString &clientId);

    // Takes the next value of a named counter inside the caller's transaction.
    Result<qint64> nextCounter(const QString &name);
    // Moves a counter on to at least `atLeast` (never back), e.g. past the numbers Xero already holds.
    Status raiseCounter(const QString &name, qint64 atLeast);
    // The value the counter hands out next, without taking it.
    qint64 peekCounter(const QString &name) const;
    Status setCounter(const QString &name, qint64 nextValue);

private:
    Database &m_db;
};

} // namespace billhook
