#pragma once

#include "core/entities.h"

#include <QByteArray>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace billhook {

class Database;

// The first-run assistant: the business's details for the invoice, the country (which sets the currency
// and adds that country's usual tax rates), the numbering and the payment terms. Shown at start while the
// database has no business name and the user has not skipped it; reopened from Settings. Finish writes
// everything in one transaction, or nothing; everything it sets stays editable in Settings.
class FirstRunAssistant : public QWizard
{
    Q_OBJECT
public:
    enum class Country
    {
        UnitedKingdom,
        Ireland,
        Australia,
        NewZealand,
        None // "none, I'll add my own"
    };
    struct CountryPreset
    {
        QString currency; // empty: keep the one entered
        QList<TaxRate> rates;
        QString defaultTaxCode;
    };
    static CountryPreset preset(Country country);

    // No business name yet, and the assistant was not skipped.
    static bool isWanted(Database &db);

    explicit FirstRunAssistant(Database &db, QWidget *parent = nullptr);

    // Checks and writes everything; false, with the reason on the page, when something is refused.
    bool apply();
    // Reads a logo file: refuses one that is not an image or is larger than 2 MB (the reason on the page).
    bool setLogoFile(const QString &path);
    void reject() override; // closing or "Skip for now": not shown again at start

    // For tests.
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *taxNumberEdit() const { return m_taxNumber; }
    QPlainTextEdit *bankEdit() const { return m_bank; }
    QComboBox *countryCombo() const { return m_country; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QLabel *ratesPreview() const { return m_ratesPreview; }
    QLineEdit *numberingEdit() const { return m_numbering; }
    QLabel *numberingPreview() const { return m_numberingPreview; }
    QSpinBox *dueDaysSpin() const { return m_dueDays; }
    QPlainTextEdit *termsEdit() const { return m_terms; }
    QString errorText() const;
    const QByteArray &logo() const { return m_logo; }

    enum PageId
    {
        BusinessPage,
        CountryPage,
        NumberingPage
    };

protected:
    bool validateCurrentPage() override;

private:
    void showError(const QString &message);
    void chooseLogo();
    void showLogo();
    void countryChanged();
    void numberingChanged();

    Database &m_db;
    QByteArray m_logo;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_taxNumber;
    QPlainTextEdit *m_bank;
    QLabel *m_logoPreview;
    QComboBox *m_country;
    QLineEdit *m_currency;
    QLabel *m_ratesPreview;
    QLineEdit *m_numbering;
    QLabel *m_numberingPreview;
    QSpinBox *m_dueDays;
    QPlainTextEdit *m_terms;
    QList<QLabel *> m_errors; // one per page
};

} // namespace billhook
