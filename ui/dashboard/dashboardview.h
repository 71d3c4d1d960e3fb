#pragma once

#include "core/entities.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace billhook {

class Database;

// What needs doing today: money outstanding and overdue, this month's invoicing, and the oldest overdue
// invoices to chase (activating one opens it).
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Database &db, QWidget *parent = nullptr);
    void refresh();

    QString outstandingText() const;
    QString overdueText() const;
    QString invoicedThisMonthText() const;
    QTreeWidget *overdueList() const { return m_oldest; }

Q_SIGNALS:
    void openInvoice(billhook::Id id);

private:
    Database &m_db;
    QLabel *m_outstanding;
    QLabel *m_overdue;
    QLabel *m_overdueCount;
    QLabel *m_invoiced;
    QTreeWidget *m_oldest;
};

} // namespace billhook
