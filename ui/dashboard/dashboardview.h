#pragma once

#include "core/entities.h"
#include "ui/common/queryworker.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace billhook {

class Database;

struct DashboardFigures;

// What needs doing today: money outstanding and overdue, this month's invoicing, and the oldest overdue
// invoices to chase (activating one opens it). The figures are computed by the QueryWorker (they sum every
// invoice) and shown when they arrive.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QueryWorker &queries, QWidget *parent = nullptr);
    // Asks for fresh figures; they replace the shown ones when they arrive.
    void refresh();

    QString outstandingText() const;
    QString overdueText() const;
    QString invoicedThisMonthText() const;
    QTreeWidget *overdueList() const { return m_oldest; }

Q_SIGNALS:
    void openInvoice(billhook::Id id);
    void loaded();

private:
    void show(const DashboardFigures &figures, QDate today);

    QueryWorker &m_queries;
    QueryChannel m_channel;
    QLabel *m_outstanding;
    QLabel *m_overdue;
    QLabel *m_overdueCount;
    QLabel *m_invoiced;
    QTreeWidget *m_oldest;
};

} // namespace billhook
