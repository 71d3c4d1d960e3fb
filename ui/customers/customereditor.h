#pragma once

#include "core/entities.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QPushButton;

namespace billhook {

class Database;
class MessageBanner;

// Add or edit one customer. Problems are shown under the field they concern; nothing is saved until the
// whole form is valid.
class CustomerEditor : public QWidget
{
    Q_OBJECT
public:
    CustomerEditor(Database &db, MessageBanner &banner, QWidget *parent = nullptr);

    void newCustomer();
    bool openCustomer(Id id);
    // Restores an unsaved edit left by a crash; false when there was none.
    bool restoreDraft();
    bool save();
    void discard();
    bool isModified() const { return m_modified; }
    Id customerId() const { return m_customer.id; }
    QString title() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QString fieldError(const QString &field) const;

Q_SIGNALS:
    void saved(billhook::Id id);
    void closed();

private:
    void load(const Customer &c);
    Customer fromForm() const;
    void markModified();
    void showFieldError(const QString &field, const QString &message);
    void clearFieldErrors();
    QByteArray snapshot() const;

    Database &m_db;
    MessageBanner &m_banner;
    Customer m_customer;
    bool m_modified = false;
    bool m_loading = false;
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_contactPerson;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_mobile;
    QPlainTextEdit *m_address;
    QLineEdit *m_contactNumber;
    QSpinBox *m_terms;
    QPlainTextEdit *m_notes;
    QPushButton *m_archive;
    QHash<QString, QLabel *> m_errorLabels;
};

} // namespace billhook
