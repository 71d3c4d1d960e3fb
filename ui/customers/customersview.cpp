#include "customersview.h"

#include "customereditor.h"
#include "customerlistmodel.h"
#include "customerpage.h"
#include "ui/common/banner.h"
#include "ui/common/unsavedchanges.h"
#include "ui/invoices/invoicelistmodel.h"
#include "ui/xero/recordsyncbar.h"
#include "ui/xero/xerocontext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace billhook {

CustomersView::CustomersView(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_stack(new QStackedWidget(this))
    , m_list(new QTableView(this))
    , m_model(new CustomerListModel(queries, this))
    , m_count(new QLabel(this))
    , m_archived(new QCheckBox(tr("Show &archived"), this))
    , m_page(new CustomerPage(db, queries, banner, this))
    , m_editor(new CustomerEditor(db, banner, this))
{
    auto *listPage = new QWidget(this);
    auto *newButton = new QPushButton(tr("&New customer"), listPage);
    newButton->setObjectName(QStringLiteral("newCustomer"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(newButton);
    bar->addWidget(m_archived);
    bar->addStretch(1);
    bar->addWidget(m_count);

    m_list->setObjectName(QStringLiteral("customerList"));
    m_list->setModel(m_model);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(CustomerListModel::NameColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setObjectName(QStringLiteral("customerListHeader"));
    m_list->setColumnWidth(CustomerListModel::NameColumn, 240);
    m_list->setColumnWidth(CustomerListModel::ContactPersonColumn, 160);
    m_list->setColumnWidth(CustomerListModel::EmailColumn, 220);

    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_list, 1);

    auto *editorScroll = new QScrollArea(this);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editor);

    m_stack->addWidget(listPage);
    m_stack->addWidget(m_page);
    m_stack->addWidget(editorScroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    auto updateCount = [this](int total) { m_count->setText(tr("%n customer(s)", "", total)); };
    connect(m_model, &CustomerListModel::countChanged, this, updateCount);
    updateCount(m_model->matchingCount());
    connect(newButton, &QPushButton::clicked, this, &CustomersView::newCustomer);
    connect(m_stack, &QStackedWidget::currentChanged, this, &CustomersView::editingChanged);
    connect(m_archived, &QCheckBox::toggled, m_model, &CustomerListModel::setShowArchived);
    connect(m_list, &QTableView::activated, this,
            [this](const QModelIndex &index) { showCustomer(m_model->idAt(index.row())); });
    connect(m_page, &CustomerPage::back, this, &CustomersView::showList);
    connect(m_page, &CustomerPage::editCustomer, this, &CustomersView::editCustomer);
    connect(m_page, &CustomerPage::newInvoice, this, &CustomersView::newInvoiceFor);
    connect(m_page, &CustomerPage::openInvoice, this, &CustomersView::openInvoice);
    connect(m_editor, &CustomerEditor::saved, this, [this](Id id) {
        m_model->reload();
        m_page->showCustomer(id);
        m_stack->setCurrentWidget(m_page);
    });
    connect(m_editor, &CustomerEditor::closed, this, [this] {
        if (m_editor->customerId() != 0)
            showCustomer(m_editor->customerId());
        else
            showList();
    });
}

void CustomersView::setSearch(const QString &text)
{
    if (m_stack->currentIndex() == 1 || isEditing())
        return; // the search box filters lists; on a customer's page it filters their invoices instead
    m_model->setSearch(text);
}

bool CustomersView::isEditing() const
{
    return m_stack->currentIndex() == 2;
}

bool CustomersView::canLeave()
{
    if (!isEditing() || !m_editor->isModified())
        return true;
    return resolveUnsavedChanges(
        this, m_editor->title(), [this] { return m_editor->save(); }, [this] { m_editor->discard(); });
}

bool CustomersView::saveCurrent()
{
    return isEditing() && m_editor->save();
}

void CustomersView::newCustomer()
{
    if (!canLeave())
        return;
    m_editor->newCustomer();
    m_stack->setCurrentIndex(2);
    m_editor->nameEdit()->setFocus();
}

void CustomersView::showList()
{
    if (!canLeave())
        return;
    m_stack->setCurrentIndex(0);
    m_list->setFocus();
}

void CustomersView::showCustomer(Id id)
{
    if (id == 0 || !canLeave())
        return;
    m_page->showCustomer(id);
    m_stack->setCurrentIndex(1);
}

void CustomersView::editCustomer(Id id)
{
    if (!canLeave())
        return;
    if (m_editor->openCustomer(id)) {
        m_stack->setCurrentIndex(2);
        m_editor->nameEdit()->setFocus();
    }
}

void CustomersView::refresh()
{
    m_model->reload();
    if (m_stack->currentIndex() == 1)
        m_page->refresh();
}

void CustomersView::setXeroContext(XeroContext *context)
{
    m_page->syncBar()->setContext(context);
    const auto apply = [this, context] {
        m_list->setColumnHidden(CustomerListModel::SyncColumn, !context->isLinked());
        m_page->invoiceView()->setColumnHidden(InvoiceListModel::SyncColumn, !context->isLinked());
    };
    connect(context, &XeroContext::linkChanged, this, apply);
    connect(context, &XeroContext::syncStatesChanged, this, [this] {
        m_model->refreshSyncStates();
        m_page->invoiceModel()->refreshSyncStates();
    });
    apply();
}

bool CustomersView::restoreDraft()
{
    if (!m_editor->restoreDraft())
        return false;
    m_stack->setCurrentIndex(2);
    return true;
}

} // namespace billhook
