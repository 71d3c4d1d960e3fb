#include "customerpage.h"

#include "render/moneyformat.h"
#include "storage/customerstore.h"
#include "storage/settingsstore.h"
#include "ui/common/banner.h"
#include "ui/invoices/invoicelistmodel.h"
#include "ui/xero/recordsyncbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace billhook {

namespace {
QLabel *figureLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    label->setFont(f);
    return label;
}
} // namespace

CustomerPage::CustomerPage(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_banner(banner)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_paid(figureLabel(this, QStringLiteral("customerPaid")))
    , m_unpaid(figureLabel(this, QStringLiteral("customerUnpaid")))
    , m_overdue(figureLabel(this, QStringLiteral("customerOverdue")))
    , m_show(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_invoices(new QTableView(this))
    , m_model(new InvoiceListModel(queries, this))
    , m_payments(new QTreeWidget(this))
    , m_syncBar(new RecordSyncBar(db, SyncEntity::Customer, this))
{
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *backButton = new QPushButton(tr("← All customers"), this);
    auto *editButton = new QPushButton(tr("&Edit customer"), this);
    auto *invoiceButton = new QPushButton(tr("New &invoice"), this);
    auto *header = new QHBoxLayout;
    header->addWidget(backButton);
    header->addStretch(1);
    header->addWidget(editButton);
    header->addWidget(invoiceButton);

    auto *figures = new QGridLayout;
    const QStringList captions = {tr("Paid"), tr("Unpaid"), tr("Overdue")};
    const QList<QLabel *> values = {m_paid, m_unpaid, m_overdue};
    for (int i = 0; i < 3; ++i) {
        auto *caption = new QLabel(captions.at(i), this);
        figures->addWidget(caption, 0, i);
        figures->addWidget(values.at(i), 1, i);
    }
    m_overdue->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_show->addItem(tr("All invoices"), int(Show::All));
    m_show->addItem(tr("Paid"), int(Show::Paid));
    m_show->addItem(tr("Unpaid"), int(Show::Unpaid));
    m_show->addItem(tr("Open"), int(Show::Open));
    m_show->addItem(tr("Overdue"), int(Show::Overdue));
    m_show->setToolTip(tr("Unpaid: approved and awaiting payment. Open: drafts as well."));
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(QDate::currentDate().addMonths(-12));
    m_to->setDate(QDate::currentDate());
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_search->setPlaceholderText(tr("Invoice number…"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("&Show:"), this));
    static_cast<QLabel *>(filters->itemAt(0)->widget())->setBuddy(m_show);
    filters->addWidget(m_show);
    filters->addSpacing(12);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);

    m_invoices->setModel(m_model);
    m_invoices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invoices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invoices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invoices->verticalHeader()->hide();
    m_invoices->horizontalHeader()->setStretchLastSection(true);
    m_invoices->setColumnHidden(InvoiceListModel::CustomerColumn, true);
    m_invoices->setAlternatingRowColors(true);

    m_payments->setHeaderLabels({tr("Payment date"), tr("Amount"), tr("Reference")});
    m_payments->setRootIsDecorated(false);
    m_payments->setObjectName(QStringLiteral("customerPayments"));

    auto *paymentsBox = new QWidget(this);
    auto *paymentsLayout = new QVBoxLayout(paymentsBox);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(new QLabel(tr("Payments on the selected invoice:"), this));
    paymentsLayout->addWidget(m_payments);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_invoices);
    splitter->addWidget(paymentsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_syncBar);
    layout->addLayout(figures);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(backButton, &QPushButton::clicked, this, &CustomerPage::back);
    connect(editButton, &QPushButton::clicked, this, [this] { Q_EMIT editCustomer(m_customerId); });
    connect(invoiceButton, &QPushButton::clicked, this, [this] { Q_EMIT newInvoice(m_customerId); });
    connect(m_show, &QComboBox::currentIndexChanged, this, &CustomerPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &CustomerPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &CustomerPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &CustomerPage::applyFilter);
    connect(m_invoices, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openInvoice(m_model->idAt(index.row())); });
    connect(m_invoices->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showPaymentsOf(m_model->idAt(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_payments->clear(); });
}

void CustomerPage::showCustomer(Id id)
{
    m_customerId = id;
    m_syncBar->setRecord(id);
    refresh();
}

void CustomerPage::refresh()
{
    m_syncBar->refresh();
    auto customer = CustomerStore(m_db).get(m_customerId);
    if (!customer) {
        m_banner.showMessage(customer.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_name->setText(customer->archived ? tr("%1 (archived)").arg(customer->name) : customer->name);
    QStringList details;
    for (const QString &part : {customer->contactPerson, customer->email, customer->phone, customer->mobile})
        if (!part.isEmpty())
            details << part.toHtmlEscaped();
    if (!customer->address.isEmpty())
        details << customer->address.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral(", "));
    m_details->setText(details.join(QStringLiteral(" · ")));

    const CustomerTotals totals = CustomerStore(m_db).totals(m_customerId, QDate::currentDate());
    const QString currency = SettingsStore(m_db).defaultCurrency();
    m_paid->setText(MoneyFormat::money(totals.paid, currency));
    m_unpaid->setText(MoneyFormat::money(totals.unpaid, currency));
    m_overdue->setText(totals.overdueCount > 0 ? tr("%1 (%n invoice(s))", "", totals.overdueCount)
                                                     .arg(MoneyFormat::money(totals.overdue, currency))
                                               : MoneyFormat::money(totals.overdue, currency));
    applyFilter();
}

void CustomerPage::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void CustomerPage::setSearch(const QString &text)
{
    m_search->setText(text);
}

void CustomerPage::setDateRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_useDates->setChecked(from.isValid() || to.isValid());
}

QString CustomerPage::paidText() const
{
    return m_paid->text();
}

QString CustomerPage::unpaidText() const
{
    return m_unpaid->text();
}

QString CustomerPage::overdueText() const
{
    return m_overdue->text();
}

void CustomerPage::applyFilter()
{
    if (m_customerId == 0)
        return;
    InvoiceFilter f;
    f.customerId = m_customerId;
    switch (Show(m_show->currentData().toInt())) {
    case Show::All:
        f.show = InvoiceFilter::Show::All;
        break;
    case Show::Paid:
        f.show = InvoiceFilter::Show::Paid;
        break;
    case Show::Unpaid:
        f.show = InvoiceFilter::Show::Unpaid;
        break;
    case Show::Open:
        f.show = InvoiceFilter::Show::Open;
        break;
    case Show::Overdue:
        f.show = InvoiceFilter::Show::Overdue;
        break;
    }
    if (m_useDates->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.search = m_search->text().trimmed();
    m_model->setFilter(f);
}

void CustomerPage::showPaymentsOf(Id invoiceId)
{
    m_payments->clear();
    if (invoiceId == 0)
        return;
    auto invoice = InvoiceStore(m_db).get(invoiceId);
    if (!invoice)
        return;
    const QLocale locale;
    for (const Payment &p : InvoiceStore(m_db).payments(invoiceId)) {
        auto *item =
            new QTreeWidgetItem(m_payments, {locale.toString(p.date, QLocale::ShortFormat),
                                             MoneyFormat::money(p.amount, invoice->currency), p.reference});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace billhook
