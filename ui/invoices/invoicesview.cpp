#include "invoicesview.h"

#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "ui/common/unsavedchanges.h"
#include "ui/xero/recordsyncbar.h"
#include "ui/xero/xerocontext.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace billhook {

InvoicesView::InvoicesView(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_list(new QTableView(this))
    , m_model(new InvoiceListModel(queries, this))
    , m_filters(new QButtonGroup(this))
    , m_count(new QLabel(this))
    , m_editor(new InvoiceEditor(db, queries, banner, this))
{
    auto *listPage = new QWidget(this);
    auto *newButton = new QPushButton(tr("&New invoice"), listPage);
    auto *bar = new QHBoxLayout;
    bar->addWidget(newButton);
    bar->addSpacing(12);
    const QList<QPair<Show, QString>> filters = {{Show::All, tr("All")},
                                                 {Show::Draft, tr("Draft")},
                                                 {Show::AwaitingPayment, tr("Awaiting payment")},
                                                 {Show::Overdue, tr("Overdue")},
                                                 {Show::Paid, tr("Paid")},
                                                 {Show::Voided, tr("Voided")}};
    for (const auto &[show, label] : filters) {
        auto *button = new QToolButton(listPage);
        button->setText(label);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(show == Show::All);
        m_filters->addButton(button, int(show));
        bar->addWidget(button);
    }
    m_filters->setExclusive(true);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_list->setObjectName(QStringLiteral("invoiceList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setObjectName(QStringLiteral("invoiceListHeader"));
    m_list->setColumnWidth(InvoiceListModel::NumberColumn, 110);
    m_list->setColumnWidth(InvoiceListModel::CustomerColumn, 220);
    m_list->setColumnWidth(InvoiceListModel::TotalColumn, 110);
    m_list->setColumnWidth(InvoiceListModel::DueColumn, 110);

    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_list, 1);

    m_stack->addWidget(listPage);
    m_stack->addWidget(m_editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto updateCount = [this](int total) { m_count->setText(tr("%n invoice(s)", "", total)); };
    connect(m_model, &InvoiceListModel::countChanged, this, updateCount);
    updateCount(m_model->matchingCount());
    connect(newButton, &QPushButton::clicked, this, [this] { newInvoice(); });
    connect(m_stack, &QStackedWidget::currentChanged, this, &InvoicesView::editingChanged);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) { setShow(Show(id)); });
    connect(m_list, &QTableView::activated, this,
            [this](const QModelIndex &index) { openInvoice(m_model->idAt(index.row())); });
    connect(m_editor, &InvoiceEditor::changed, this, [this] {
        m_model->reload();
        Q_EMIT dataChanged();
    });
    connect(m_editor, &InvoiceEditor::closed, this, [this] {
        m_stack->setCurrentIndex(0);
        m_list->setFocus();
    });
}

void InvoicesView::setSearch(const QString &text)
{
    m_model->setSearch(text);
}

void InvoicesView::setShow(Show show)
{
    if (auto *button = m_filters->button(int(show)))
        button->setChecked(true);
    InvoiceFilter f = m_model->filter();
    switch (show) {
    case Show::All:
        f.show = InvoiceFilter::Show::All;
        break;
    case Show::Draft:
        f.show = InvoiceFilter::Show::Draft;
        break;
    case Show::AwaitingPayment:
        f.show = InvoiceFilter::Show::AwaitingPayment;
        break;
    case Show::Overdue:
        f.show = InvoiceFilter::Show::Overdue;
        break;
    case Show::Paid:
        f.show = InvoiceFilter::Show::Paid;
        break;
    case Show::Voided:
        f.show = InvoiceFilter::Show::Voided;
        break;
    }
    m_model->setFilter(f);
}

bool InvoicesView::isEditing() const
{
    return m_stack->currentIndex() == 1;
}

bool InvoicesView::canLeave()
{
    if (!isEditing() || !m_editor->isModified())
        return true;
    return resolveUnsavedChanges(
        this, m_editor->title(), [this] { return m_editor->save(); }, [this] { m_editor->discard(); });
}

void InvoicesView::newInvoice(Id customerId)
{
    if (!canLeave())
        return;
    m_editor->newInvoice(customerId);
    m_stack->setCurrentIndex(1);
    Q_EMIT editingChanged();
}

void InvoicesView::openInvoice(Id id)
{
    if (id == 0 || !canLeave())
        return;
    if (m_editor->openInvoice(id)) {
        m_stack->setCurrentIndex(1);
        Q_EMIT editingChanged();
    }
}

void InvoicesView::showList()
{
    if (!canLeave())
        return;
    m_stack->setCurrentIndex(0);
}

void InvoicesView::refresh()
{
    m_model->reload();
}

void InvoicesView::setXeroContext(XeroContext *context)
{
    m_editor->syncBar()->setContext(context);
    const auto apply = [this, context] {
        m_list->setColumnHidden(InvoiceListModel::SyncColumn, !context->isLinked());
    };
    connect(context, &XeroContext::linkChanged, this, apply);
    connect(context, &XeroContext::syncStatesChanged, m_model, &InvoiceListModel::refreshSyncStates);
    apply();
}

bool InvoicesView::restoreDraft()
{
    if (!m_editor->restoreDraft())
        return false;
    m_stack->setCurrentIndex(1);
    return true;
}

} // namespace billhook
