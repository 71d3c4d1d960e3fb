#pragma once

#include <QByteArray>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace billhook {

class Database;
class MessageBanner;

// The business's details printed on every invoice, the defaults new invoices start from, the user's own tax
// rates and sales accounts, and the Xero app's client id. They live in the database (they belong with the
// invoices); nothing secret is kept here (a client id is public; the tokens are in the keychain).
//
// Tax rates and accounts are written at once by their own buttons (each write checked on its own); the
// other fields by Save settings, all together or not at all.
class SettingsView : public QWidget
{
    Q_OBJECT
public:
    SettingsView(Database &db, MessageBanner &banner, QWidget *parent = nullptr);
    void reload();
    bool save();
    bool isModified() const { return m_modified; }

    // For tests and the screenshot tour.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *numberingEdit() const { return m_numbering; }
    QLineEdit *currencyEdit() const { return m_currency; }
    QComboBox *defaultTaxRateCombo() const { return m_taxRate; }
    QTableWidget *taxRateTable() const { return m_taxTable; }
    QLineEdit *newTaxCodeEdit() const { return m_newTaxCode; }
    QLineEdit *newTaxNameEdit() const { return m_newTaxName; }
    QLineEdit *newTaxRateEdit() const { return m_newTaxRate; }
    QCheckBox *newTaxReverseChargeBox() const { return m_newTaxReverse; }
    QPushButton *addTaxRateButton() const { return m_addTaxRate; }
    QPushButton *archiveTaxRateButton() const { return m_archiveTaxRate; }
    QTableWidget *accountTable() const { return m_accountTable; }
    QLineEdit *newAccountCodeEdit() const { return m_newAccountCode; }
    QLineEdit *newAccountNameEdit() const { return m_newAccountName; }
    QPushButton *addAccountButton() const { return m_addAccount; }
    QLineEdit *xeroClientIdEdit() const { return m_clientId; }

    // The table columns of taxRateTable(); the code is in the first column's Qt::UserRole too.
    enum TaxColumn
    {
        TaxCodeColumn,
        TaxNameColumn,
        TaxRateColumn,
        TaxKindColumn,
        TaxStatusColumn,
        TaxColumnCount
    };

Q_SIGNALS:
    void saved();
    // A tax rate or account was added, renamed or archived.
    void referenceChanged();

private:
    void addTaxRate();
    void archiveTaxRate();
    void renameTaxRate(QTableWidgetItem *item);
    void addAccount();
    void reloadReference();
    void fillDefaultTaxRates(const QString &selected);
    void chooseLogo();
    QWidget *fieldFor(const QString &field) const;
    void showLogo();

    Database &m_db;
    MessageBanner &m_banner;
    bool m_modified = false;
    bool m_loading = false;
    QByteArray m_logo;
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_taxNumber;
    QPlainTextEdit *m_bank;
    QPlainTextEdit *m_terms;
    QLabel *m_logoPreview;
    QLineEdit *m_numbering;
    QLabel *m_numberingExample;
    QSpinBox *m_dueDays;
    QComboBox *m_taxRate;
    QComboBox *m_taxMode;
    QLineEdit *m_currency;
    QTableWidget *m_taxTable;
    QLineEdit *m_newTaxCode;
    QLineEdit *m_newTaxName;
    QLineEdit *m_newTaxRate;
    QCheckBox *m_newTaxReverse;
    QPushButton *m_addTaxRate;
    QPushButton *m_archiveTaxRate;
    QTableWidget *m_accountTable;
    QLineEdit *m_newAccountCode;
    QLineEdit *m_newAccountName;
    QPushButton *m_addAccount;
    QLineEdit *m_clientId;
    QLabel *m_clientIdNote;
};

} // namespace billhook
