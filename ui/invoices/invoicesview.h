#pragma once

#include "core/entities.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;

namespace billhook {

class Database;
class QueryWorker;
class InvoiceEditor;
class InvoiceListModel;
class MessageBanner;
class XeroContext;

// The Invoices section: the list with its status filters, and the editor.
class InvoicesView : public QWidget
{
    Q_OBJECT
public:
    enum class Show
    {
        All,
        Draft,
        AwaitingPayment,
        Overdue,
        Paid,
        Voided
    };
    InvoicesView(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent = nullptr);

    void setSearch(const QString &text);
    void setShow(Show show);
    void newInvoice(Id customerId = 0);
    void openInvoice(Id id);
    void showList();
    void refresh();
    bool canLeave();
    bool isEditing() const;
    bool restoreDraft();
    // Shows the Xero column and the invoice's sync bar while an organisation is linked.
    void setXeroContext(XeroContext *context);

    QTableView *listView() const { return m_list; }
    InvoiceListModel *listModel() const { return m_model; }
    InvoiceEditor *editor() const { return m_editor; }

Q_SIGNALS:
    // The editor opened, closed or shows another invoice (the window's Save, Print and Delete follow it).
    void editingChanged();
    void dataChanged();

private:
    QStackedWidget *m_stack;
    QTableView *m_list;
    InvoiceListModel *m_model;
    QButtonGroup *m_filters;
    QLabel *m_count;
    InvoiceEditor *m_editor;
};

} // namespace billhook
