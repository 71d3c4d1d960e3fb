#pragma once

#include "core/entities.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;
class QFrame;

namespace billhook {

class ChoiceDelegate;
class CustomerPicker;
class Database;
class QueryWorker;
class LineItemsModel;
class MessageBanner;
class RecordSyncBar;

// One invoice: header fields, the line items with live totals, and the actions its status allows.
// An invoice Xero would lock (payments recorded, paid or voided) opens read-only with the reason.
class InvoiceEditor : public QWidget
{
    Q_OBJECT
public:
    InvoiceEditor(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent = nullptr);

    void newInvoice(Id customerId = 0);
    bool openInvoice(Id id);
    bool restoreDraft();

    bool save();
    void discard();
    bool approve();
    bool voidInvoice();
    bool deleteDraft();
    bool duplicate();
    // Shows the inline payment row, with the amount due filled in.
    void beginPayment();
    bool recordPayment(const QString &amountText, QDate date, const QString &reference = {});
    // Removes a payment recorded by mistake, after asking; Xero's copy is deleted by the next sync.
    bool removePayment(Id paymentId);
    bool savePdf();
    bool print();
    bool email();

    bool isModified() const { return m_modified; }
    bool isReadOnly() const { return m_readOnly; }
    Id invoiceId() const { return m_invoice.id; }
    const Invoice &invoice() const { return m_invoice; }
    QString title() const;

    // For tests and the screenshot tour.
    LineItemsModel *lineModel() const { return m_lines; }
    QTableView *lineView() const { return m_lineView; }
    CustomerPicker *customerPicker() const { return m_customer; }
    QString subtotalText() const;
    QString taxText() const;
    QString totalText() const;
    QString amountDueText() const;
    QString lockedText() const;
    QLineEdit *paymentAmountEdit() const { return m_paymentAmount; }
    QTreeWidget *paymentList() const { return m_paymentList; }
    QPushButton *removePaymentButton() const { return m_removePayment; }
    QLineEdit *numberEdit() const { return m_number; }
    // Every field a locked invoice locks: the header fields and the line items.
    QList<QWidget *> lockableFields() const;
    RecordSyncBar *syncBar() const { return m_syncBar; }

Q_SIGNALS:
    void changed(billhook::Id id); // saved, approved, paid...: lists and the dashboard refresh
    void closed();

private:
    void load(const Invoice &invoice);
    Invoice fromForm() const;
    void markModified();
    void updateTotals();
    void updateActions();
    QByteArray snapshot() const;
    void selectCustomer(Id id, const QString &name);
    bool saveIfModified();

    Database &m_db;
    MessageBanner &m_banner;
    Invoice m_invoice;
    bool m_modified = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLabel *m_heading;
    QLabel *m_locked;
    RecordSyncBar *m_syncBar;
    CustomerPicker *m_customer;
    QLineEdit *m_number;
    QLineEdit *m_reference;
    QDateEdit *m_issueDate;
    QDateEdit *m_dueDate;
    QComboBox *m_taxMode;
    QLineEdit *m_currency;
    QTableView *m_lineView;
    LineItemsModel *m_lines;
    ChoiceDelegate *m_taxDelegate;
    ChoiceDelegate *m_accountDelegate;
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QLabel *m_subtotal;
    QLabel *m_tax;
    QLabel *m_total;
    QLabel *m_paid;
    QLabel *m_due;
    QFrame *m_paymentRow;
    QLineEdit *m_paymentAmount;
    QDateEdit *m_paymentDate;
    QLineEdit *m_paymentReference;
    QWidget *m_paymentsBox;
    QTreeWidget *m_paymentList;
    QPushButton *m_removePayment;
    QPushButton *m_save;
    QPushButton *m_approve;
    QPushButton *m_void;
    QPushButton *m_pay;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QPushButton *m_email;
};

} // namespace billhook
