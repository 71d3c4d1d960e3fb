#include "invoiceeditor.h"

#include "customerpicker.h"
#include "lineitemsmodel.h"
#include "render/invoicerenderer.h"
#include "render/moneyformat.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/common/banner.h"
#include "ui/common/choicedelegate.h"
#include "ui/common/dialogs.h"
#include "ui/common/readonlylook.h"
#include "ui/common/unsavedchanges.h"
#include "ui/pdf/invoiceprinter.h"
#include "ui/xero/recordsyncbar.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTreeWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace billhook {

namespace {
const QString kDraftKind = QStringLiteral("invoice");

QLabel *amountLabel(QWidget *parent, const QString &objectName, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        label->setFont(f);
    }
    return label;
}
} // namespace

InvoiceEditor::InvoiceEditor(Database &db, QueryWorker &queries, MessageBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_banner(banner)
    , m_heading(new QLabel(this))
    , m_locked(new QLabel(this))
    , m_syncBar(new RecordSyncBar(db, SyncEntity::Invoice, this))
    , m_customer(new CustomerPicker(queries, this))
    , m_number(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_issueDate(new QDateEdit(this))
    , m_dueDate(new QDateEdit(this))
    , m_taxMode(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_lineView(new QTableView(this))
    , m_lines(new LineItemsModel(this))
    , m_taxDelegate(new ChoiceDelegate(this))
    , m_accountDelegate(new ChoiceDelegate(this))
    , m_addLine(new QPushButton(tr("&Add line"), this))
    , m_removeLine(new QPushButton(tr("&Remove line"), this))
    , m_moveUp(new QPushButton(tr("Move u&p"), this))
    , m_moveDown(new QPushButton(tr("Move do&wn"), this))
    , m_subtotal(amountLabel(this, QStringLiteral("subtotal")))
    , m_tax(amountLabel(this, QStringLiteral("totalTax")))
    , m_total(amountLabel(this, QStringLiteral("total"), true))
    , m_paid(amountLabel(this, QStringLiteral("amountPaid")))
    , m_due(amountLabel(this, QStringLiteral("amountDue"), true))
    , m_paymentRow(new QFrame(this))
    , m_paymentAmount(new QLineEdit(this))
    , m_paymentDate(new QDateEdit(this))
    , m_paymentReference(new QLineEdit(this))
    , m_paymentsBox(new QWidget(this))
    , m_paymentList(new QTreeWidget(m_paymentsBox))
    , m_removePayment(new QPushButton(tr("Remove pay&ment…"), m_paymentsBox))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_approve(new QPushButton(tr("Appro&ve"), this))
    , m_void(new QPushButton(tr("V&oid"), this))
    , m_pay(new QPushButton(tr("Record pa&yment"), this))
    , m_duplicate(new QPushButton(tr("Dupli&cate"), this))
    , m_delete(new QPushButton(tr("&Delete draft"), this))
    , m_pdf(new QPushButton(tr("Save as PD&F"), this))
    , m_print(new QPushButton(tr("Pri&nt"), this))
    , m_email(new QPushButton(tr("E&mail"), this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_locked->setObjectName(QStringLiteral("lockedReason"));
    m_locked->setWordWrap(true);
    m_locked->setStyleSheet(QStringLiteral("QLabel { background: rgba(230, 160, 20, 50); padding: 6px; "
                                           "border-radius: 4px; }"));

    m_number->setPlaceholderText(tr("Given on save"));
    for (QDateEdit *d : {m_issueDate, m_dueDate, m_paymentDate})
        d->setCalendarPopup(true);
    m_taxMode->addItem(tr("Tax exclusive"), int(TaxMode::Exclusive));
    m_taxMode->addItem(tr("Tax inclusive"), int(TaxMode::Inclusive));
    m_taxMode->addItem(tr("No tax"), int(TaxMode::NoTax));
    m_currency->setMaxLength(3);
    m_currency->setMaximumWidth(m_currency->fontMetrics().horizontalAdvance(QStringLiteral("WWWW")) + 16);

    auto *header = new QGridLayout;
    header->addWidget(new QLabel(tr("Customer:"), this), 0, 0);
    header->addWidget(m_customer, 0, 1, 1, 3);
    header->addWidget(new QLabel(tr("Number:"), this), 1, 0);
    header->addWidget(m_number, 1, 1);
    header->addWidget(new QLabel(tr("Reference:"), this), 1, 2);
    header->addWidget(m_reference, 1, 3);
    header->addWidget(new QLabel(tr("Date:"), this), 2, 0);
    header->addWidget(m_issueDate, 2, 1);
    header->addWidget(new QLabel(tr("Due:"), this), 2, 2);
    header->addWidget(m_dueDate, 2, 3);
    header->addWidget(new QLabel(tr("Amounts are:"), this), 3, 0);
    header->addWidget(m_taxMode, 3, 1);
    header->addWidget(new QLabel(tr("Currency:"), this), 3, 2);
    header->addWidget(m_currency, 3, 3, Qt::AlignLeft);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);

    m_lineView->setObjectName(QStringLiteral("lineItems"));
    m_lineView->setModel(m_lines);
    m_lineView->setItemDelegateForColumn(LineItemsModel::TaxRateColumn, m_taxDelegate);
    m_lineView->setItemDelegateForColumn(LineItemsModel::AccountColumn, m_accountDelegate);
    m_lineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lineView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lineView->verticalHeader()->hide();
    m_lineView->horizontalHeader()->setSectionResizeMode(LineItemsModel::DescriptionColumn,
                                                         QHeaderView::Stretch);
    m_lineView->setColumnWidth(LineItemsModel::QuantityColumn, 70);
    m_lineView->setColumnWidth(LineItemsModel::UnitPriceColumn, 100);
    m_lineView->setColumnWidth(LineItemsModel::DiscountColumn, 70);
    m_lineView->setColumnWidth(LineItemsModel::TaxRateColumn, 150);
    m_lineView->setColumnWidth(LineItemsModel::AccountColumn, 90);
    m_lineView->setColumnWidth(LineItemsModel::AmountColumn, 100);
    m_lineView->setMinimumHeight(160);

    auto *lineButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addLine, m_removeLine, m_moveUp, m_moveDown})
        lineButtons->addWidget(b);
    lineButtons->addStretch(1);

    auto *totals = new QFormLayout;
    totals->setLabelAlignment(Qt::AlignRight);
    totals->addRow(tr("Subtotal"), m_subtotal);
    totals->addRow(tr("Tax"), m_tax);
    totals->addRow(tr("Total"), m_total);
    totals->addRow(tr("Paid"), m_paid);
    totals->addRow(tr("Amount due"), m_due);
    auto *totalsRow = new QHBoxLayout;
    totalsRow->addStretch(1);
    totalsRow->addLayout(totals);

    // Recording a payment happens inline, under the totals, instead of in a modal dialog.
    m_paymentAmount->setObjectName(QStringLiteral("paymentAmount"));
    auto *recordButton = new QPushButton(tr("Record"), m_paymentRow);
    recordButton->setObjectName(QStringLiteral("recordPayment"));
    auto *cancelPayment = new QPushButton(tr("Cancel"), m_paymentRow);
    auto *paymentLayout = new QHBoxLayout(m_paymentRow);
    paymentLayout->setContentsMargins(0, 0, 0, 0);
    paymentLayout->addWidget(new QLabel(tr("Payment of"), m_paymentRow));
    paymentLayout->addWidget(m_paymentAmount);
    paymentLayout->addWidget(new QLabel(tr("received on"), m_paymentRow));
    paymentLayout->addWidget(m_paymentDate);
    paymentLayout->addWidget(new QLabel(tr("reference"), m_paymentRow));
    paymentLayout->addWidget(m_paymentReference, 1);
    paymentLayout->addWidget(recordButton);
    paymentLayout->addWidget(cancelPayment);
    m_paymentRow->hide();

    // The payments received, under the totals; one recorded by mistake can be removed.
    m_paymentList->setObjectName(QStringLiteral("invoicePayments"));
    m_paymentList->setHeaderLabels({tr("Payment received"), tr("Amount"), tr("Reference")});
    m_paymentList->setRootIsDecorated(false);
    m_paymentList->setMaximumHeight(110);
    m_paymentList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_paymentList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_removePayment->setObjectName(QStringLiteral("removePayment"));
    m_removePayment->setToolTip(tr("Remove the selected payment if it was recorded by mistake"));
    auto *paymentsLayout = new QHBoxLayout(m_paymentsBox);
    paymentsLayout->setContentsMargins(0, 0, 0, 0);
    paymentsLayout->addWidget(m_paymentList, 1);
    paymentsLayout->addWidget(m_removePayment, 0, Qt::AlignTop);
    m_paymentsBox->hide();

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_approve, m_pay, m_void, m_duplicate, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    for (QPushButton *b : {m_pdf, m_print, m_email})
        actions->addWidget(b);
    auto *closeButton = new QPushButton(tr("Close"), this);
    actions->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_locked);
    layout->addWidget(m_syncBar);
    layout->addLayout(header);
    layout->addWidget(m_lineView, 1);
    layout->addLayout(lineButtons);
    layout->addLayout(totalsRow);
    layout->addWidget(m_paymentsBox);
    layout->addWidget(m_paymentRow);
    layout->addLayout(actions);

    connect(m_lines, &LineItemsModel::totalsChanged, this, &InvoiceEditor::updateTotals);
    connect(m_lines, &LineItemsModel::edited, this, &InvoiceEditor::markModified);
    connect(m_lines, &LineItemsModel::inputRefused, this,
            [this](const QString &message) { m_banner.showMessage(message, MessageBanner::Kind::Warning); });
    connect(m_addLine, &QPushButton::clicked, this, [this] {
        const int row = m_lines->addLine();
        m_lineView->setCurrentIndex(m_lines->index(row, LineItemsModel::DescriptionColumn));
        m_lineView->edit(m_lineView->currentIndex());
    });
    connect(m_removeLine, &QPushButton::clicked, this,
            [this] { m_lines->removeLine(m_lineView->currentIndex().row()); });
    auto move = [this](int delta) {
        const QModelIndex current = m_lineView->currentIndex();
        if (m_lines->moveLine(current.row(), delta))
            m_lineView->setCurrentIndex(m_lines->index(current.row() + delta, current.column()));
    };
    connect(m_moveUp, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_taxMode, &QComboBox::currentIndexChanged, this, [this] {
        m_lines->setTaxMode(TaxMode(m_taxMode->currentData().toInt()));
        markModified();
    });
    connect(m_customer, &CustomerPicker::customerChanged, this, &InvoiceEditor::markModified);
    for (QLineEdit *e : {m_number, m_reference, m_currency})
        connect(e, &QLineEdit::textEdited, this, &InvoiceEditor::markModified);
    connect(m_issueDate, &QDateEdit::dateChanged, this, [this](QDate d) {
        // Moving the invoice date moves the due date with it, keeping the payment terms.
        if (!m_loading && m_invoice.issueDate.isValid())
            m_dueDate->setDate(d.addDays(m_invoice.issueDate.daysTo(m_invoice.dueDate)));
        markModified();
    });
    connect(m_dueDate, &QDateEdit::dateChanged, this, &InvoiceEditor::markModified);

    connect(m_save, &QPushButton::clicked, this, &InvoiceEditor::save);
    connect(m_approve, &QPushButton::clicked, this, &InvoiceEditor::approve);
    connect(m_void, &QPushButton::clicked, this, &InvoiceEditor::voidInvoice);
    connect(m_pay, &QPushButton::clicked, this, &InvoiceEditor::beginPayment);
    connect(m_duplicate, &QPushButton::clicked, this, &InvoiceEditor::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &InvoiceEditor::deleteDraft);
    connect(m_pdf, &QPushButton::clicked, this, &InvoiceEditor::savePdf);
    connect(m_print, &QPushButton::clicked, this, &InvoiceEditor::print);
    connect(m_email, &QPushButton::clicked, this, &InvoiceEditor::email);
    connect(recordButton, &QPushButton::clicked, this, [this] {
        recordPayment(m_paymentAmount->text(), m_paymentDate->date(), m_paymentReference->text());
    });
    connect(m_paymentAmount, &QLineEdit::returnPressed, recordButton, &QPushButton::click);
    connect(cancelPayment, &QPushButton::clicked, m_paymentRow, &QWidget::hide);
    connect(m_paymentList, &QTreeWidget::itemSelectionChanged, this, &InvoiceEditor::updateActions);
    connect(m_removePayment, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_paymentList->currentItem())
            removePayment(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(closeButton, &QPushButton::clicked, this, [this] {
        if (!m_modified || resolveUnsavedChanges(
                               this, title(), [this] { return save(); }, [this] { discard(); }))
            Q_EMIT closed();
    });
}

void InvoiceEditor::selectCustomer(Id id, const QString &name)
{
    const QSignalBlocker blocker(m_customer);
    m_customer->setCustomer(id, name);
}

QString InvoiceEditor::title() const
{
    return m_invoice.number.isEmpty() ? tr("the new invoice") : tr("invoice %1").arg(m_invoice.number);
}

void InvoiceEditor::newInvoice(Id customerId)
{
    SettingsStore settings(m_db);
    ReferenceStore reference(m_db);
    Invoice inv;
    inv.customerId = customerId;
    inv.issueDate = QDate::currentDate();
    int days = settings.defaultDueDays();
    if (customerId != 0) {
        if (auto c = CustomerStore(m_db).get(customerId); c) {
            inv.customerName = c->name;
            if (c->paymentTermsDays >= 0)
                days = c->paymentTermsDays;
        }
    }
    inv.dueDate = inv.issueDate.addDays(days);
    inv.currency = settings.defaultCurrency();
    inv.taxMode = settings.defaultTaxMode();
    load(inv);
    m_lines->addLine();
    m_modified = false;
    m_banner.hideMessage();
}

bool InvoiceEditor::openInvoice(Id id)
{
    auto inv = InvoiceStore(m_db).get(id);
    if (!inv) {
        m_banner.showMessage(inv.error().message, MessageBanner::Kind::Error);
        return false;
    }
    load(*inv);
    return true;
}

void InvoiceEditor::load(const Invoice &inv)
{
    m_loading = true;
    m_invoice = inv;
    m_syncBar->setRecord(inv.id);
    ReferenceStore reference(m_db);
    SettingsStore settings(m_db);
    // A new line chooses among the active rates, each once (a Xero rate mapped to one of the user's shows
    // as the user's); the lines already there keep theirs, archived or not, and show its name.
    const QList<TaxRate> rates = reference.choosableTaxRates();
    const QList<Account> accounts = reference.accounts();
    m_lines->setReferenceData(reference.taxRates(false), accounts);
    QString defaultAccount;
    for (const Account &a : accounts)
        if (defaultAccount.isEmpty() &&
            (a.type == QLatin1String("REVENUE") || a.type == QLatin1String("SALES")))
            defaultAccount = a.code;
    m_lines->setDefaults(settings.defaultTaxCode(), defaultAccount);
    QList<ChoiceDelegate::Choice> taxChoices;
    for (const TaxRate &r : rates)
        taxChoices.append({r.reverseCharge
                               ? tr("%1 (reverse charge, %2%)").arg(r.name, MoneyFormat::percent(r.rate))
                               : tr("%1 (%2%)").arg(r.name, MoneyFormat::percent(r.rate)),
                           r.code});
    m_taxDelegate->setChoices(taxChoices);
    QList<ChoiceDelegate::Choice> accountChoices{{tr("(none)"), QString()}};
    for (const Account &a : accounts)
        accountChoices.append({QStringLiteral("%1 – %2").arg(a.code, a.name), a.code});
    m_accountDelegate->setChoices(accountChoices);

    const bool removalWaiting = inv.id != 0 && InvoiceStore(m_db).paymentRemovalWaiting(inv.id);
    m_readOnly = !InvoiceStatusRules::isEditable(inv.status) || !inv.amountPaid.isZero() || removalWaiting;
    m_lines->setReadOnly(m_readOnly);
    m_lines->setTaxMode(inv.taxMode);
    m_lines->setLines(inv.lines);
    selectCustomer(inv.customerId, inv.customerName);
    m_number->setText(inv.number);
    m_reference->setText(inv.reference);
    m_issueDate->setDate(inv.issueDate);
    m_dueDate->setDate(inv.dueDate);
    m_taxMode->setCurrentIndex(m_taxMode->findData(int(inv.taxMode)));
    m_currency->setText(inv.currency);
    m_paymentRow->hide();
    m_paymentList->clear();
    const QLocale locale;
    for (const Payment &p : inv.payments) {
        auto *item =
            new QTreeWidgetItem(m_paymentList, {locale.toString(p.date, QLocale::ShortFormat),
                                                MoneyFormat::money(p.amount, inv.currency), p.reference});
        item->setData(0, Qt::UserRole, p.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_paymentsBox->setVisible(!inv.payments.isEmpty());

    QString heading = inv.id == 0 ? tr("New invoice")
                                  : tr("Invoice %1").arg(inv.number.isEmpty() ? tr("(draft)") : inv.number);
    if (inv.id != 0)
        heading +=
            QStringLiteral(" · ") +
            (inv.isOverdue(QDate::currentDate()) ? tr("Overdue") : invoiceStatusDisplayName(inv.status));
    m_heading->setText(heading);
    QString reason = InvoiceStatusRules::lockedReason(inv.status);
    if (m_readOnly && reason.isEmpty() && removalWaiting)
        reason = tr("A payment removed from this invoice is still to be deleted in Xero. The invoice can "
                    "change once the next sync has done that.");
    if (m_readOnly && reason.isEmpty())
        reason =
            tr("This invoice has payments, so Xero will not let it change. To correct it, raise a credit "
               "note in Xero or a new invoice for the difference.");
    if (m_readOnly && !removalWaiting && !inv.payments.isEmpty())
        reason += u' ' + tr("A payment recorded by mistake can be removed below.");
    m_locked->setText(reason);
    m_locked->setVisible(m_readOnly);
    m_modified = false;
    m_loading = false;
    updateTotals();
    updateActions();
}

void InvoiceEditor::updateActions()
{
    const bool saved = m_invoice.id != 0;
    const InvoiceStatus s = m_invoice.status;
    const bool awaiting = s == InvoiceStatus::Approved || s == InvoiceStatus::PartPaid;
    // Locked fields look locked (see ReadOnlyLook), each saying why in its tooltip.
    const QString reason = m_locked->text();
    for (QWidget *w : lockableFields())
        ReadOnlyLook::setLocked(w, m_readOnly, reason);
    const bool numberFixed = !m_readOnly && !InvoiceStatusRules::isNumberEditable(s);
    ReadOnlyLook::setLocked(m_number, m_readOnly || numberFixed,
                            numberFixed
                                ? tr("The number is fixed once the invoice is approved: your customer "
                                     "and Xero already know it by this number.")
                                : reason);
    for (QPushButton *b : {m_addLine, m_removeLine, m_moveUp, m_moveDown})
        b->setVisible(!m_readOnly);
    m_lineView->setEditTriggers(m_readOnly ? QAbstractItemView::NoEditTriggers
                                           : QAbstractItemView::AllEditTriggers);
    m_save->setVisible(!m_readOnly);
    m_approve->setVisible(s == InvoiceStatus::Draft);
    m_delete->setVisible(saved && s == InvoiceStatus::Draft);
    m_void->setVisible(saved && s == InvoiceStatus::Approved && m_invoice.amountPaid.isZero());
    m_pay->setVisible(saved && awaiting);
    m_duplicate->setVisible(saved);
    for (QPushButton *b : {m_pdf, m_print, m_email})
        b->setEnabled(saved);
    m_removePayment->setEnabled(m_paymentList->currentItem() != nullptr &&
                                (s == InvoiceStatus::Paid || s == InvoiceStatus::PartPaid));
}

void InvoiceEditor::updateTotals()
{
    const Totals t = m_lines->totals();
    const QString currency = m_currency->text().isEmpty() ? m_invoice.currency : m_currency->text();
    m_subtotal->setText(MoneyFormat::money(t.subtotal, currency));
    m_tax->setText(MoneyFormat::money(t.tax, currency));
    m_total->setText(MoneyFormat::money(t.total, currency));
    m_paid->setText(MoneyFormat::money(m_invoice.amountPaid, currency));
    m_due->setText(MoneyFormat::money(t.total - m_invoice.amountPaid, currency));
}

QList<QWidget *> InvoiceEditor::lockableFields() const
{
    return {m_customer, m_number, m_reference, m_issueDate, m_dueDate, m_taxMode, m_currency, m_lineView};
}

QString InvoiceEditor::subtotalText() const
{
    return m_subtotal->text();
}
QString InvoiceEditor::taxText() const
{
    return m_tax->text();
}
QString InvoiceEditor::totalText() const
{
    return m_total->text();
}
QString InvoiceEditor::amountDueText() const
{
    return m_due->text();
}
QString InvoiceEditor::lockedText() const
{
    return m_locked->isHidden() ? QString() : m_locked->text();
}

Invoice InvoiceEditor::fromForm() const
{
    Invoice inv = m_invoice;
    inv.customerId = m_customer->customerId();
    inv.customerName = m_customer->customerId() != 0 ? m_customer->text() : QString();
    inv.number = m_number->text().trimmed();
    inv.reference = m_reference->text().trimmed();
    inv.issueDate = m_issueDate->date();
    inv.dueDate = m_dueDate->date();
    inv.taxMode = TaxMode(m_taxMode->currentData().toInt());
    inv.currency = m_currency->text().trimmed().toUpper();
    inv.lines = m_lines->lines();
    for (int i = 0; i < inv.lines.size(); ++i)
        inv.lines[i].position = i;
    return inv;
}

void InvoiceEditor::markModified()
{
    if (m_loading || m_readOnly)
        return;
    m_modified = true;
    DraftSnapshot::write(kDraftKind, snapshot());
}

QByteArray InvoiceEditor::snapshot() const
{
    const Invoice inv = fromForm();
    QJsonArray lines;
    for (const InvoiceLine &l : inv.lines)
        lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity.toString()},
                                 {QStringLiteral("unitPrice"), l.unitPrice.toString()},
                                 {QStringLiteral("discount"), l.discount.toString()},
                                 {QStringLiteral("taxCode"), l.taxCode},
                                 {QStringLiteral("taxRate"), l.taxRate.toString()},
                                 {QStringLiteral("account"), l.accountCode}});
    // Amounts travel as decimal strings, never as JSON numbers (doubles).
    const QJsonObject o{{QStringLiteral("id"), QString::number(inv.id)},
                        {QStringLiteral("version"), inv.version},
                        {QStringLiteral("customer"), QString::number(inv.customerId)},
                        {QStringLiteral("number"), inv.number},
                        {QStringLiteral("reference"), inv.reference},
                        {QStringLiteral("issueDate"), inv.issueDate.toString(Qt::ISODate)},
                        {QStringLiteral("dueDate"), inv.dueDate.toString(Qt::ISODate)},
                        {QStringLiteral("taxMode"), taxModeKey(inv.taxMode)},
                        {QStringLiteral("currency"), inv.currency},
                        {QStringLiteral("lines"), lines}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool InvoiceEditor::restoreDraft()
{
    const QJsonObject o = QJsonDocument::fromJson(DraftSnapshot::read(kDraftKind)).object();
    if (o.isEmpty())
        return false;
    const Id id = o.value(QStringLiteral("id")).toString().toLongLong();
    Invoice inv;
    if (id != 0) {
        auto stored = InvoiceStore(m_db).get(id);
        if (!stored || !InvoiceStatusRules::isEditable(stored->status) || !stored->amountPaid.isZero()) {
            DraftSnapshot::clear(kDraftKind);
            return false;
        }
        inv = *stored;
    }
    inv.customerId = o.value(QStringLiteral("customer")).toString().toLongLong();
    if (auto customer = CustomerStore(m_db).get(inv.customerId); customer)
        inv.customerName = customer->name;
    inv.number = o.value(QStringLiteral("number")).toString();
    inv.reference = o.value(QStringLiteral("reference")).toString();
    inv.issueDate = QDate::fromString(o.value(QStringLiteral("issueDate")).toString(), Qt::ISODate);
    inv.dueDate = QDate::fromString(o.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
    inv.taxMode = taxModeFromKey(o.value(QStringLiteral("taxMode")).toString()).value_or(TaxMode::Exclusive);
    inv.currency = o.value(QStringLiteral("currency")).toString();
    inv.lines.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject lo = v.toObject();
        InvoiceLine l;
        l.description = lo.value(QStringLiteral("description")).toString();
        l.quantity = Quantity::parse(lo.value(QStringLiteral("quantity")).toString()).value();
        l.unitPrice = UnitPrice::parse(lo.value(QStringLiteral("unitPrice")).toString()).value();
        l.discount = Percent::parse(lo.value(QStringLiteral("discount")).toString()).value();
        l.taxCode = lo.value(QStringLiteral("taxCode")).toString();
        l.taxRate = Percent::parse(lo.value(QStringLiteral("taxRate")).toString()).value();
        l.accountCode = lo.value(QStringLiteral("account")).toString();
        inv.lines.append(l);
    }
    load(inv);
    m_modified = true;
    return true;
}

bool InvoiceEditor::save()
{
    if (m_readOnly) {
        m_banner.showMessage(m_locked->text(), MessageBanner::Kind::Warning);
        return false;
    }
    // Commit a cell still being typed in, so "Save" saves what the user sees.
    m_lineView->setCurrentIndex({});
    Invoice inv = fromForm();
    if (inv.customerId == 0 && !m_customer->text().trimmed().isEmpty()) {
        m_banner.showMessage(tr("No customer is chosen: pick \"%1\" from the list as you type, or add them "
                                "under Customers first.")
                                 .arg(m_customer->text().trimmed()),
                             MessageBanner::Kind::Error);
        m_customer->setFocus();
        return false;
    }
    if (auto valid = Validation::validate(inv); !valid) {
        m_banner.showMessage(valid.error().message, MessageBanner::Kind::Error);
        return false;
    }
    InvoiceStore store(m_db);
    Id id = inv.id;
    if (id == 0) {
        auto added = store.add(inv);
        if (!added) {
            m_banner.showMessage(added.error().message, MessageBanner::Kind::Error);
            return false;
        }
        id = *added;
    } else if (auto st = store.update(inv); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return false;
    }
    DraftSnapshot::clear(kDraftKind);
    openInvoice(id);
    m_banner.showMessage(tr("Saved invoice %1.").arg(m_invoice.number), MessageBanner::Kind::Positive);
    Q_EMIT changed(id);
    return true;
}

void InvoiceEditor::discard()
{
    DraftSnapshot::clear(kDraftKind);
    if (m_invoice.id != 0)
        openInvoice(m_invoice.id);
    else
        newInvoice(m_invoice.customerId);
}

bool InvoiceEditor::saveIfModified()
{
    return !m_modified && m_invoice.id != 0 ? true : save();
}

bool InvoiceEditor::approve()
{
    if (!saveIfModified())
        return false;
    if (auto st = InvoiceStore(m_db).approve(m_invoice.id); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return false;
    }
    openInvoice(m_invoice.id);
    m_banner.showMessage(tr("Invoice %1 is approved. Its number is now fixed.").arg(m_invoice.number),
                         MessageBanner::Kind::Positive);
    Q_EMIT changed(m_invoice.id);
    return true;
}

bool InvoiceEditor::voidInvoice()
{
    const auto answer = Dialogs::question(
        this, tr("Void invoice"),
        tr("Void invoice %1? It stays on record as voided and can no longer be paid.").arg(m_invoice.number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    if (auto st = InvoiceStore(m_db).voidInvoice(m_invoice.id); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return false;
    }
    openInvoice(m_invoice.id);
    m_banner.showMessage(tr("Invoice %1 is voided.").arg(m_invoice.number), MessageBanner::Kind::Information);
    Q_EMIT changed(m_invoice.id);
    return true;
}

bool InvoiceEditor::deleteDraft()
{
    const auto answer =
        Dialogs::question(this, tr("Delete draft"), tr("Delete this draft invoice? This cannot be undone."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const Id id = m_invoice.id;
    if (auto st = InvoiceStore(m_db).deleteDraft(id); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return false;
    }
    DraftSnapshot::clear(kDraftKind);
    m_modified = false;
    m_banner.showMessage(tr("The draft is deleted."), MessageBanner::Kind::Information);
    Q_EMIT changed(id);
    Q_EMIT closed();
    return true;
}

bool InvoiceEditor::duplicate()
{
    if (m_modified && !save())
        return false;
    auto copy = InvoiceStore(m_db).duplicate(m_invoice.id);
    if (!copy) {
        m_banner.showMessage(copy.error().message, MessageBanner::Kind::Error);
        return false;
    }
    const QString original = m_invoice.number;
    openInvoice(*copy);
    m_banner.showMessage(tr("This is a new draft copied from %1.").arg(original),
                         MessageBanner::Kind::Information);
    Q_EMIT changed(*copy);
    return true;
}

void InvoiceEditor::beginPayment()
{
    m_paymentAmount->setText(MoneyFormat::decimal(m_invoice.amountDue().units(), 2, 2));
    m_paymentDate->setDate(QDate::currentDate());
    m_paymentReference->clear();
    m_paymentRow->show();
    m_paymentAmount->setFocus();
    m_paymentAmount->selectAll();
}

bool InvoiceEditor::recordPayment(const QString &amountText, QDate date, const QString &reference)
{
    auto amount = MoneyFormat::parse<Money>(amountText, tr("Payment amount"));
    if (!amount) {
        m_banner.showMessage(amount.error().message, MessageBanner::Kind::Error);
        return false;
    }
    Payment p;
    p.amount = *amount;
    p.date = date;
    p.reference = reference.trimmed();
    auto recorded = InvoiceStore(m_db).recordPayment(m_invoice.id, p);
    if (!recorded) {
        m_banner.showMessage(recorded.error().message, MessageBanner::Kind::Error);
        return false;
    }
    openInvoice(m_invoice.id);
    m_banner.showMessage(m_invoice.status == InvoiceStatus::Paid
                             ? tr("Payment recorded. Invoice %1 is paid in full.").arg(m_invoice.number)
                             : tr("Payment of %1 recorded. %2 is still due.")
                                   .arg(MoneyFormat::money(p.amount, m_invoice.currency),
                                        MoneyFormat::money(m_invoice.amountDue(), m_invoice.currency)),
                         MessageBanner::Kind::Positive);
    Q_EMIT changed(m_invoice.id);
    return true;
}

bool InvoiceEditor::removePayment(Id paymentId)
{
    InvoiceStore store(m_db);
    auto p = store.payment(paymentId);
    if (!p || p->invoiceId != m_invoice.id) {
        m_banner.showMessage(tr("That payment is not on this invoice."), MessageBanner::Kind::Error);
        return false;
    }
    const QString amount = MoneyFormat::money(p->amount, m_invoice.currency);
    const auto answer = Dialogs::question(
        this, tr("Remove payment"),
        tr("Remove the payment of %1 received on %2 from invoice %3? Only do this if it was recorded by "
           "mistake. If Xero has it, Billhook deletes it there on the next sync.")
            .arg(amount, QLocale().toString(p->date, QLocale::ShortFormat), m_invoice.number),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    auto removed = store.removePayment(paymentId);
    if (!removed) {
        m_banner.showMessage(removed.error().message, MessageBanner::Kind::Error);
        return false;
    }
    openInvoice(m_invoice.id);
    m_banner.showMessage(
        *removed == InvoiceStore::PaymentRemoval::Removed
            ? tr("Payment of %1 removed. %2 is due.")
                  .arg(amount, MoneyFormat::money(m_invoice.amountDue(), m_invoice.currency))
            : tr("Payment of %1 removed. %2 is due; Xero's copy is deleted on the next sync.")
                  .arg(amount, MoneyFormat::money(m_invoice.amountDue(), m_invoice.currency)),
        MessageBanner::Kind::Positive);
    Q_EMIT changed(m_invoice.id);
    return true;
}

bool InvoiceEditor::savePdf()
{
    if (!saveIfModified())
        return false;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Dialogs::getSaveFileName(
        this, tr("Save invoice as PDF"), QDir(dir).filePath(InvoiceRenderer::suggestedFileName(m_invoice)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (auto st = InvoiceRenderer::writePdf(m_db, m_invoice.id, path); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner.showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), MessageBanner::Kind::Positive);
    return true;
}

bool InvoiceEditor::print()
{
    if (!saveIfModified())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Invoice %1").arg(m_invoice.number));
    if (!Dialogs::confirmPrint(this, printer))
        return false;
    if (auto st = InvoicePrinter::print(m_db, m_invoice.id, printer); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return false;
    }
    m_banner.showMessage(tr("Sent invoice %1 to the printer.").arg(m_invoice.number),
                         MessageBanner::Kind::Positive);
    return true;
}

bool InvoiceEditor::email()
{
    if (!saveIfModified())
        return false;
    // mailto: cannot carry an attachment, so the PDF is saved where the user can attach it, and the
    // banner says where.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .filePath(QStringLiteral("Billhook"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(InvoiceRenderer::suggestedFileName(m_invoice));
    if (auto st = InvoiceRenderer::writePdf(m_db, m_invoice.id, path); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return false;
    }
    const auto customer = CustomerStore(m_db).get(m_invoice.customerId);
    const BusinessProfile business = SettingsStore(m_db).businessProfile();
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(customer ? customer->email : QString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"),
                       tr("Invoice %1 from %2").arg(m_invoice.number, business.name));
    query.addQueryItem(QStringLiteral("body"),
                       tr("Hello,\n\nPlease find attached invoice %1 for %2, due on %3.\n\nThank you,\n%4")
                           .arg(m_invoice.number,
                                MoneyFormat::money(m_invoice.amountDue(), m_invoice.currency),
                                QLocale().toString(m_invoice.dueDate, QLocale::LongFormat), business.name));
    url.setQuery(query);
    QDesktopServices::openUrl(url);
    m_banner.showMessage(tr("Your mail program should open now. Attach the PDF saved at %1.")
                             .arg(QDir::toNativeSeparators(path)),
                         MessageBanner::Kind::Information);
    return true;
}

} // namespace billhook
