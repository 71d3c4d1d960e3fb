#include "dashboardview.h"

#include "render/moneyformat.h"
#include "storage/invoicestore.h"
#include "storage/settingsstore.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace billhook {

namespace {
// A card with a caption over a large figure.
QFrame *figureCard(QWidget *parent, const QString &caption, QLabel *value, QLabel *detail = nullptr)
{
    auto *card = new QFrame(parent);
    card->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(card);
    auto *captionLabel = new QLabel(caption, card);
    layout->addWidget(captionLabel);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.8);
    f.setBold(true);
    value->setFont(f);
    layout->addWidget(value);
    if (detail)
        layout->addWidget(detail);
    layout->addStretch(1);
    return card;
}
} // namespace

DashboardView::DashboardView(QueryWorker &queries, QWidget *parent)
    : QWidget(parent)
    , m_queries(queries)
    , m_outstanding(new QLabel(this))
    , m_overdue(new QLabel(this))
    , m_overdueCount(new QLabel(this))
    , m_invoiced(new QLabel(this))
    , m_oldest(new QTreeWidget(this))
{
    m_outstanding->setObjectName(QStringLiteral("dashboardOutstanding"));
    m_overdue->setObjectName(QStringLiteral("dashboardOverdue"));
    m_invoiced->setObjectName(QStringLiteral("dashboardInvoiced"));
    m_overdue->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *cards = new QGridLayout;
    cards->addWidget(figureCard(this, tr("Outstanding"), m_outstanding), 0, 0);
    cards->addWidget(figureCard(this, tr("Overdue"), m_overdue, m_overdueCount), 0, 1);
    cards->addWidget(figureCard(this, tr("Invoiced this month"), m_invoiced), 0, 2);

    m_oldest->setObjectName(QStringLiteral("oldestOverdue"));
    m_oldest->setHeaderLabels(
        {tr("Number"), tr("Customer"), tr("Due date"), tr("Days overdue"), tr("Amount due")});
    m_oldest->setRootIsDecorated(false);
    m_oldest->setAlternatingRowColors(true);
    m_oldest->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_oldest->header()->setStretchLastSection(false);

    auto *heading = new QLabel(tr("Oldest overdue invoices"), this);
    QFont hf = heading->font();
    hf.setBold(true);
    heading->setFont(hf);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(cards);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(m_oldest, 1);

    connect(m_oldest, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openInvoice(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_oldest, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openInvoice(item->data(0, Qt::UserRole).toLongLong()); });
}

void DashboardView::refresh()
{
    const QDate today = QDate::currentDate();
    m_queries.run<DashboardFigures>(
        m_channel, this,
        [today](Database &db) {
            DashboardFigures figures = InvoiceStore(db).dashboard(today, SettingsStore(db).defaultCurrency());
            return figures;
        },
        [this, today](const DashboardFigures &figures) {
            show(figures, today);
            Q_EMIT loaded();
        });
}

void DashboardView::show(const DashboardFigures &figures, QDate today)
{
    const QString &currency = figures.currency;
    m_outstanding->setText(MoneyFormat::money(figures.outstanding, currency));
    m_overdue->setText(MoneyFormat::money(figures.overdue, currency));
    m_overdueCount->setText(tr("%n invoice(s) overdue", "", figures.overdueCount));
    m_invoiced->setText(MoneyFormat::money(figures.invoicedThisMonth, currency));
    m_oldest->clear();
    const QLocale locale;
    for (const Invoice &inv : figures.oldestOverdue) {
        auto *item = new QTreeWidgetItem(m_oldest, {inv.number, inv.customerName,
                                                    locale.toString(inv.dueDate, QLocale::ShortFormat),
                                                    locale.toString(inv.dueDate.daysTo(today)),
                                                    MoneyFormat::money(inv.amountDue(), inv.currency)});
        item->setData(0, Qt::UserRole, inv.id);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (figures.oldestOverdue.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_oldest, {tr("Nothing overdue. Well done.")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
}

QString DashboardView::outstandingText() const
{
    return m_outstanding->text();
}

QString DashboardView::overdueText() const
{
    return m_overdue->text();
}

QString DashboardView::invoicedThisMonthText() const
{
    return m_invoiced->text();
}

} // namespace billhook
