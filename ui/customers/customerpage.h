#pragma once

#include "core/entities.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace billhook {

class Database;
class QueryWorker;
class InvoiceListModel;
class MessageBanner;
class RecordSyncBar;

// One customer at a glance: contact details, what they have paid and still owe, their invoices (filtered
// by status, date range and number) and the payments on the selected invoice.
class CustomerPage : public QWidget
{
    Q_OBJECT
public:
    enum class Show
    {
        All,
        Paid,
        Unpaid,
        Open,
        Overdue
    };
    CustomerPage(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent = nullptr);

    void showCustomer(Id id);
    void refresh();
    Id customerId() const { return m_customerId; }

    void setShow(Show show);
    void setSearch(const QString &text);
    void setDateRange(QDate from, QDate to);
    QTableView *invoiceView() const { return m_invoices; }
    InvoiceListModel *invoiceModel() const { return m_model; }
    QTreeWidget *paymentView() const { return m_payments; }
    RecordSyncBar *syncBar() const { return m_syncBar; }
    QString paidText() const;
    QString unpaidText() const;
    QString overdueText() const;

Q_SIGNALS:
    void editCustomer(billhook::Id id);
    void newInvoice(billhook::Id customerId);
    void openInvoice(billhook::Id invoiceId);
    void back();

private:
    void applyFilter();
    void showPaymentsOf(Id invoiceId);

    Database &m_db;
    MessageBanner &m_banner;
    Id m_customerId = 0;
    QLabel *m_name;
    QLabel *m_details;
    QLabel *m_paid;
    QLabel *m_unpaid;
    QLabel *m_overdue;
    QComboBox *m_show;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTableView *m_invoices;
    InvoiceListModel *m_model;
    QTreeWidget *m_payments;
    RecordSyncBar *m_syncBar;
};

} // namespace billhook
