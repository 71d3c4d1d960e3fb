#pragma once

#include "core/entities.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace billhook {

class CustomerEditor;
class CustomerListModel;
class CustomerPage;
class Database;
class QueryWorker;
class MessageBanner;
class XeroContext;

// The Customers section: the list, a customer's page, and the editor, one at a time.
class CustomersView : public QWidget
{
    Q_OBJECT
public:
    CustomersView(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent = nullptr);

    void setSearch(const QString &text);
    void newCustomer();
    void showList();
    void showCustomer(Id id);
    void editCustomer(Id id);
    void refresh();
    // Asks about unsaved edits; false when the user wants to stay.
    bool canLeave();
    bool saveCurrent();
    bool isEditing() const;
    bool restoreDraft();
    // Shows the Xero column and the customer's sync bar while an organisation is linked.
    void setXeroContext(XeroContext *context);

    QTableView *listView() const { return m_list; }
    CustomerListModel *listModel() const { return m_model; }
    CustomerEditor *editor() const { return m_editor; }
    CustomerPage *page() const { return m_page; }

Q_SIGNALS:
    // The editor opened or closed (the window's Save follows it).
    void editingChanged();
    void newInvoiceFor(billhook::Id customerId);
    void openInvoice(billhook::Id invoiceId);

private:
    Database &m_db;
    QStackedWidget *m_stack;
    QTableView *m_list;
    CustomerListModel *m_model;
    QLabel *m_count;
    QCheckBox *m_archived;
    CustomerPage *m_page;
    CustomerEditor *m_editor;
};

} // namespace billhook
