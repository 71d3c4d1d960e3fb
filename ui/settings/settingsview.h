#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace billhook {

class Database;
class MessageBanner;

// The business's details printed on every invoice, and the defaults new invoices start from. They live in
// the database (they belong with the invoices); nothing secret is kept here.
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

Q_SIGNALS:
    void saved();

private:
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
};

} // namespace billhook
