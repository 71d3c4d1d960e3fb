#include "settingsview.h"

#include "firstrunassistant.h"
#include "render/moneyformat.h"
#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "sync/xeroadapters.h"
#include "ui/common/banner.h"
#include "ui/common/dialogs.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace billhook {

SettingsView::SettingsView(Database &db, MessageBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_banner(banner)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_taxNumber(new QLineEdit(this))
    , m_bank(new QPlainTextEdit(this))
    , m_terms(new QPlainTextEdit(this))
    , m_logoPreview(new QLabel(this))
    , m_numbering(new QLineEdit(this))
    , m_numberingExample(new QLabel(this))
    , m_dueDays(new QSpinBox(this))
    , m_taxRate(new QComboBox(this))
    , m_taxMode(new QComboBox(this))
    , m_currency(new QLineEdit(this))
    , m_taxTable(new QTableWidget(0, TaxColumnCount, this))
    , m_newTaxCode(new QLineEdit(this))
    , m_newTaxName(new QLineEdit(this))
    , m_newTaxRate(new QLineEdit(this))
    , m_newTaxReverse(new QCheckBox(tr("Domestic &reverse charge"), this))
    , m_addTaxRate(new QPushButton(tr("&Add tax rate"), this))
    , m_archiveTaxRate(new QPushButton(tr("Arc&hive the selected rate"), this))
    , m_accountTable(new QTableWidget(0, 3, this))
    , m_newAccountCode(new QLineEdit(this))
    , m_newAccountName(new QLineEdit(this))
    , m_addAccount(new QPushButton(tr("Add a&ccount"), this))
    , m_clientId(new QLineEdit(this))
    , m_clientIdNote(new QLabel(this))
{
    for (QPlainTextEdit *e : {m_address, m_bank, m_terms}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_logoPreview->setFixedSize(160, 60);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    auto *logoButton = new QPushButton(tr("Choose &logo…"), this);
    auto *removeLogo = new QPushButton(tr("Remove logo"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(logoButton);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch(1);

    auto *business = new QGroupBox(tr("Your business (printed on invoices)"), this);
    auto *bf = new QFormLayout(business);
    bf->addRow(tr("Business &name:"), m_name);
    bf->addRow(tr("&Address:"), m_address);
    bf->addRow(tr("&Email:"), m_email);
    bf->addRow(tr("&Phone:"), m_phone);
    bf->addRow(tr("&Tax number:"), m_taxNumber);
    bf->addRow(tr("&Bank details:"), m_bank);
    bf->addRow(tr("Payment ter&ms:"), m_terms);
    bf->addRow(tr("Logo:"), logoRow);
    auto *assistantButton = new QPushButton(tr("Run the setup &assistant…"), this);
    assistantButton->setObjectName(QStringLiteral("runAssistant"));
    auto *assistantRow = new QHBoxLayout;
    assistantRow->addWidget(assistantButton);
    assistantRow->addStretch(1);
    bf->addRow(QString(), assistantRow);
    connect(assistantButton, &QPushButton::clicked, this, [this] {
        auto *assistant = new FirstRunAssistant(m_db, this);
        assistant->setAttribute(Qt::WA_DeleteOnClose);
        connect(assistant, &QDialog::accepted, this, [this] {
            reload();
            m_banner.showMessage(tr("Settings saved."), MessageBanner::Kind::Positive);
            Q_EMIT saved();
            Q_EMIT referenceChanged();
        });
        assistant->open();
    });

    m_numbering->setPlaceholderText(QStringLiteral("INV-{0000}"));
    m_numbering->setToolTip(
        tr("{0000} is the counter (its zeros give the width); {YYYY}, {YY} and {MM} insert "
           "the invoice's year and month."));
    m_dueDays->setRange(0, 365);
    m_dueDays->setSuffix(tr(" days"));
    m_taxMode->addItem(tr("Tax exclusive"), int(TaxMode::Exclusive));
    m_taxMode->addItem(tr("Tax inclusive"), int(TaxMode::Inclusive));
    m_taxMode->addItem(tr("No tax"), int(TaxMode::NoTax));
    m_currency->setMaxLength(3);

    auto *defaults = new QGroupBox(tr("New invoices"), this);
    auto *df = new QFormLayout(defaults);
    auto *numberingColumn = new QVBoxLayout;
    numberingColumn->addWidget(m_numbering);
    numberingColumn->addWidget(m_numberingExample);
    df->addRow(tr("&Numbering:"), numberingColumn);
    qobject_cast<QLabel *>(df->labelForField(numberingColumn))->setBuddy(m_numbering); // Alt+N, not "&"
    df->addRow(tr("&Due after:"), m_dueDays);
    df->addRow(tr("Default tax &rate:"), m_taxRate);
    df->addRow(tr("Amounts are:"), m_taxMode);
    df->addRow(tr("&Currency:"), m_currency);

    // Tax rates: the user's own, then the Xero organisation's (read-only here). The name is edited in place.
    m_taxTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Rate"), tr("Kind"), tr("Status")});
    m_taxTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taxTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_taxTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_taxTable->verticalHeader()->hide();
    m_taxTable->setWordWrap(false);
    m_taxTable->horizontalHeader()->setSectionResizeMode(TaxNameColumn, QHeaderView::Stretch);
    m_taxTable->setMinimumHeight(m_taxTable->fontMetrics().lineSpacing() * 9);
    m_newTaxCode->setPlaceholderText(tr("Code, e.g. VAT20"));
    m_newTaxCode->setMaxLength(20);
    m_newTaxName->setPlaceholderText(tr("Name, e.g. Standard rate"));
    m_newTaxRate->setPlaceholderText(tr("Rate %, e.g. 20"));
    m_newTaxRate->setMaximumWidth(m_newTaxRate->fontMetrics().horizontalAdvance(u'0') * 14);
    m_newTaxReverse->setToolTip(
        tr("Construction services under the UK domestic reverse charge: the line is charged no VAT, the "
           "customer accounts to HMRC for it at this rate, and the invoice says so."));
    auto *taxes = new QGroupBox(tr("Tax rates"), this);
    auto *tl = new QVBoxLayout(taxes);
    auto *taxNote = new QLabel(tr("Added, renamed (double-click a name) and archived at once. A rate used "
                                  "on an invoice keeps its percentage: archive it and add the new one."),
                               taxes);
    taxNote->setWordWrap(true);
    tl->addWidget(taxNote);
    tl->addWidget(m_taxTable);
    auto *newTax = new QHBoxLayout;
    newTax->addWidget(m_newTaxCode);
    newTax->addWidget(m_newTaxName, 1);
    newTax->addWidget(m_newTaxRate);
    newTax->addWidget(m_newTaxReverse);
    newTax->addWidget(m_addTaxRate);
    tl->addLayout(newTax);
    auto *archiveRow = new QHBoxLayout;
    archiveRow->addStretch(1);
    archiveRow->addWidget(m_archiveTaxRate);
    tl->addLayout(archiveRow);

    m_accountTable->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Status")});
    m_accountTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accountTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountTable->verticalHeader()->hide();
    m_accountTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_accountTable->setMinimumHeight(m_accountTable->fontMetrics().lineSpacing() * 6);
    m_newAccountCode->setPlaceholderText(tr("Code, e.g. 200"));
    m_newAccountCode->setMaxLength(10);
    m_newAccountName->setPlaceholderText(tr("Name, e.g. Sales"));
    auto *accounts = new QGroupBox(tr("Sales accounts (for invoice lines)"), this);
    auto *al = new QVBoxLayout(accounts);
    al->addWidget(m_accountTable);
    auto *newAccount = new QHBoxLayout;
    newAccount->addWidget(m_newAccountCode);
    newAccount->addWidget(m_newAccountName, 1);
    newAccount->addWidget(m_addAccount);
    al->addLayout(newAccount);

    // Xero: the client id of the user's own Xero app (the build may bake one in for packagers).
    m_clientId->setPlaceholderText(tr("32 letters and digits from developer.xero.com"));
    m_clientId->setMaxLength(100);
    auto *xero = new QGroupBox(tr("Xero"), this);
    auto *xf = new QFormLayout(xero);
    auto *howTo = new QLabel(
        tr("To connect, register an app at developer.xero.com (My Apps > New app, integration type "
           "\"Mobile or desktop app\") with these three redirect URIs: %1, %2 and %3; then paste its client "
           "id here.")
            .arg(QStringLiteral("http://localhost:53682/callback"),
                 QStringLiteral("http://localhost:53683/callback"),
                 QStringLiteral("http://localhost:53684/callback")),
        xero);
    howTo->setWordWrap(true);
    howTo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clientIdNote->setWordWrap(true);
    xf->addRow(howTo);
    xf->addRow(tr("Xero app's client &id:"), m_clientId);
    xf->addRow(m_clientIdNote);

    auto *saveButton = new QPushButton(tr("&Save settings"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(business);
    layout->addWidget(defaults);
    layout->addWidget(xero);
    layout->addLayout(buttons);
    layout->addWidget(taxes);
    layout->addWidget(accounts);
    layout->addStretch(1);

    connect(saveButton, &QPushButton::clicked, this, &SettingsView::save);
    connect(logoButton, &QPushButton::clicked, this, &SettingsView::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        m_modified = true;
        showLogo();
    });
    auto modified = [this] {
        if (!m_loading)
            m_modified = true;
    };
    for (QLineEdit *e : {m_name, m_email, m_phone, m_taxNumber, m_currency, m_clientId})
        connect(e, &QLineEdit::textEdited, this, modified);
    for (QPlainTextEdit *e : {m_address, m_bank, m_terms})
        connect(e, &QPlainTextEdit::textChanged, this, modified);
    connect(m_dueDays, &QSpinBox::valueChanged, this, modified);
    connect(m_taxRate, &QComboBox::currentIndexChanged, this, modified);
    connect(m_taxMode, &QComboBox::currentIndexChanged, this, modified);
    connect(m_addTaxRate, &QPushButton::clicked, this, &SettingsView::addTaxRate);
    connect(m_newTaxRate, &QLineEdit::returnPressed, this, &SettingsView::addTaxRate);
    connect(m_archiveTaxRate, &QPushButton::clicked, this, &SettingsView::archiveTaxRate);
    connect(m_taxTable, &QTableWidget::itemChanged, this, &SettingsView::renameTaxRate);
    connect(m_addAccount, &QPushButton::clicked, this, &SettingsView::addAccount);
    connect(m_newAccountName, &QLineEdit::returnPressed, this, &SettingsView::addAccount);
    connect(m_numbering, &QLineEdit::textEdited, this, [this, modified](const QString &text) {
        modified();
        auto parsed = NumberingTemplate::parse(text);
        m_numberingExample->setText(
            parsed ? tr("Next invoices look like %1, %2…").arg(parsed->format(1), parsed->format(2))
                   : parsed.error().message);
    });
    reload();
}

void SettingsView::reload()
{
    m_loading = true;
    SettingsStore settings(m_db);
    const BusinessProfile p = settings.businessProfile();
    m_name->setText(p.name);
    m_address->setPlainText(p.address);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_taxNumber->setText(p.taxNumber);
    m_bank->setPlainText(p.bankDetails);
    m_terms->setPlainText(p.paymentTerms);
    m_logo = p.logoPng;
    showLogo();
    const NumberingTemplate numbering = settings.numberingTemplate();
    m_numbering->setText(numbering.pattern());
    m_numberingExample->setText(
        tr("Next invoices look like %1, %2…").arg(numbering.format(1), numbering.format(2)));
    m_dueDays->setValue(settings.defaultDueDays());
    fillDefaultTaxRates(settings.defaultTaxCode());
    m_taxMode->setCurrentIndex(m_taxMode->findData(int(settings.defaultTaxMode())));
    m_currency->setText(settings.defaultCurrency());
    m_clientId->setText(settings.xeroClientId());
    if (qEnvironmentVariableIsSet("BILLHOOK_XERO_CLIENT_ID"))
        m_clientIdNote->setText(
            tr("The environment variable BILLHOOK_XERO_CLIENT_ID is set: its client id is used instead."));
    else if (!xeroClientIdWithoutSettings().isEmpty())
        m_clientIdNote->setText(tr("This copy of Billhook has a client id built in; one entered here is "
                                   "used instead."));
    m_clientIdNote->setVisible(!m_clientIdNote->text().isEmpty());
    reloadReference();
    m_modified = false;
    m_loading = false;
}

namespace {

QString rateLabel(const TaxRate &r)
{
    return r.reverseCharge
               ? SettingsView::tr("%1 (reverse charge, %2%)").arg(r.name, MoneyFormat::percent(r.rate))
               : SettingsView::tr("%1 (%2%)").arg(r.name, MoneyFormat::percent(r.rate));
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

void SettingsView::fillDefaultTaxRates(const QString &selected)
{
    const bool loading = m_loading;
    m_loading = true;
    m_taxRate->clear();
    m_taxRate->addItem(tr("(none)"), QString());
    for (const TaxRate &r : ReferenceStore(m_db).choosableTaxRates())
        m_taxRate->addItem(rateLabel(r), r.code);
    m_taxRate->setCurrentIndex(qMax(0, m_taxRate->findData(selected)));
    m_loading = loading;
}

void SettingsView::reloadReference()
{
    ReferenceStore reference(m_db);
    SettingsStore settings(m_db);
    // Which of the user's rates each Xero rate is mapped to (the Xero setup's choice, else the rate's own).
    QHash<QString, QString> mappedTo;
    const QList<TaxRate> all = reference.taxRates(false);
    for (const TaxRate &r : all) {
        if (r.fromXero)
            continue;
        const QString type = settings.value(QStringLiteral("sync.tax_type.") + r.code, r.xeroTaxType);
        if (!type.isEmpty())
            mappedTo.insert(type, r.code);
    }
    QList<TaxRate> ordered;
    for (const TaxRate &r : all)
        if (!r.fromXero)
            ordered.append(r);
    for (const TaxRate &r : all)
        if (r.fromXero)
            ordered.append(r);

    const QSignalBlocker blocker(m_taxTable);
    m_taxTable->setRowCount(int(ordered.size()));
    for (int row = 0; row < ordered.size(); ++row) {
        const TaxRate &r = ordered[row];
        auto *code = readOnlyItem(r.code);
        code->setData(Qt::UserRole, r.code);
        m_taxTable->setItem(row, TaxCodeColumn, code);
        auto *name = new QTableWidgetItem(r.name);
        if (r.fromXero)
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        else
            name->setToolTip(tr("Double-click to rename"));
        m_taxTable->setItem(row, TaxNameColumn, name);
        auto *rate = readOnlyItem(tr("%1%").arg(MoneyFormat::percent(r.rate)));
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_taxTable->setItem(row, TaxRateColumn, rate);
        m_taxTable->setItem(row, TaxKindColumn,
                            readOnlyItem(r.reverseCharge ? tr("Reverse charge") : QString()));
        QString status;
        if (!r.fromXero)
            status = r.active ? tr("Yours") : tr("Archived");
        else if (!r.active)
            status = tr("From Xero, not active there");
        else if (mappedTo.contains(r.code))
            status = tr("From Xero, shown as %1").arg(mappedTo.value(r.code));
        else
            status = tr("From Xero");
        m_taxTable->setItem(row, TaxStatusColumn, readOnlyItem(status));
    }
    for (int column : {int(TaxCodeColumn), int(TaxRateColumn), int(TaxKindColumn), int(TaxStatusColumn)})
        m_taxTable->resizeColumnToContents(column);

    const QList<Account> accounts = reference.accounts(false);
    m_accountTable->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const Account &a = accounts[row];
        m_accountTable->setItem(row, 0, readOnlyItem(a.code));
        m_accountTable->setItem(row, 1, readOnlyItem(a.name));
        m_accountTable->setItem(row, 2,
                                readOnlyItem(!a.active      ? tr("Archived")
                                             : a.fromXero() ? tr("From Xero")
                                                            : tr("Yours")));
    }
    m_accountTable->resizeColumnToContents(0);

    // The default tax rate keeps the choice on screen (saved or not) while it is still offered.
    fillDefaultTaxRates(m_taxRate->count() > 0 ? m_taxRate->currentData().toString()
                                               : settings.defaultTaxCode());
}

void SettingsView::addTaxRate()
{
    const auto refuse = [this](const QString &message, QWidget *field) {
        m_banner.showMessage(message, MessageBanner::Kind::Error);
        field->setFocus();
    };
    QString rateText = m_newTaxRate->text().trimmed();
    if (rateText.endsWith(u'%'))
        rateText.chop(1);
    if (rateText.trimmed().isEmpty())
        return refuse(tr("Enter the tax rate's percentage, like 20."), m_newTaxRate);
    auto rate = MoneyFormat::parse<Percent>(rateText.trimmed(), tr("The tax rate"));
    if (!rate)
        return refuse(rate.error().message, m_newTaxRate);
    TaxRate r;
    r.code = m_newTaxCode->text().trimmed();
    r.name = m_newTaxName->text().trimmed();
    r.rate = *rate;
    r.reverseCharge = m_newTaxReverse->isChecked();
    if (const Status st = ReferenceStore(m_db).addTaxRate(r); !st) {
        QWidget *field = st.error().field == u"code"   ? static_cast<QWidget *>(m_newTaxCode)
                         : st.error().field == u"name" ? static_cast<QWidget *>(m_newTaxName)
                                                       : static_cast<QWidget *>(m_newTaxRate);
        return refuse(st.error().message, field);
    }
    m_newTaxCode->clear();
    m_newTaxName->clear();
    m_newTaxRate->clear();
    m_newTaxReverse->setChecked(false);
    reloadReference();
    m_banner.showMessage(tr("Tax rate %1 added: new invoice lines can use it.").arg(r.code),
                         MessageBanner::Kind::Positive);
    Q_EMIT referenceChanged();
}

void SettingsView::archiveTaxRate()
{
    const int row = m_taxTable->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_taxTable->item(row, TaxCodeColumn) : nullptr;
    if (!item) {
        m_banner.showMessage(tr("Select one of your tax rates in the list first."),
                             MessageBanner::Kind::Error);
        return;
    }
    const QString code = item->data(Qt::UserRole).toString();
    auto rate = ReferenceStore(m_db).taxRateByCode(code);
    if (rate && !rate->fromXero && rate->active &&
        Dialogs::question(
            this, tr("Archive tax rate"),
            tr("Archive %1? Invoices that use it keep it; no new line can choose it.").arg(rateLabel(*rate)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Status st = ReferenceStore(m_db).archiveTaxRate(code); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return;
    }
    reloadReference();
    m_banner.showMessage(tr("Tax rate %1 archived.").arg(code), MessageBanner::Kind::Positive);
    Q_EMIT referenceChanged();
}

void SettingsView::renameTaxRate(QTableWidgetItem *item)
{
    if (!item || item->column() != TaxNameColumn)
        return;
    QTableWidgetItem *codeItem = m_taxTable->item(item->row(), TaxCodeColumn);
    if (!codeItem)
        return;
    const QString code = codeItem->data(Qt::UserRole).toString();
    const Status st = ReferenceStore(m_db).renameTaxRate(code, item->text());
    // Reloaded either way: a refused name goes back to the stored one.
    reloadReference();
    if (!st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        return;
    }
    m_banner.showMessage(tr("Tax rate %1 renamed.").arg(code), MessageBanner::Kind::Positive);
    Q_EMIT referenceChanged();
}

void SettingsView::addAccount()
{
    Account a;
    a.code = m_newAccountCode->text().trimmed();
    a.name = m_newAccountName->text().trimmed();
    if (const Status st = ReferenceStore(m_db).addAccount(a); !st) {
        m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
        (st.error().field == u"name" ? m_newAccountName : m_newAccountCode)->setFocus();
        return;
    }
    m_newAccountCode->clear();
    m_newAccountName->clear();
    reloadReference();
    m_banner.showMessage(tr("Account %1 added.").arg(a.code), MessageBanner::Kind::Positive);
    Q_EMIT referenceChanged();
}

QWidget *SettingsView::fieldFor(const QString &field) const
{
    if (field == QLatin1String("email"))
        return m_email;
    if (field == QLatin1String("currency"))
        return m_currency;
    if (field == QLatin1String("due_days"))
        return m_dueDays;
    if (field == QLatin1String("numbering"))
        return m_numbering;
    if (field == QLatin1String("xero.client_id"))
        return m_clientId;
    return nullptr;
}

void SettingsView::showLogo()
{
    QImage image;
    if (!m_logo.isEmpty() && image.loadFromData(m_logo))
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else
        m_logoPreview->setText(tr("No logo"));
}

void SettingsView::chooseLogo()
{
    const QString path = Dialogs::getOpenFileName(
        this, tr("Choose your logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        m_banner.showMessage(tr("Could not read %1 as an image.").arg(path), MessageBanner::Kind::Error);
        return;
    }
    // Stored as a modest PNG: large enough to print sharply, small enough to keep the database lean.
    if (image.width() > 800 || image.height() > 400)
        image = image.scaled(800, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QBuffer buffer(&m_logo);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_modified = true;
    showLogo();
}

bool SettingsView::save()
{
    SettingsStore settings(m_db);
    BusinessProfile p;
    p.name = m_name->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.taxNumber = m_taxNumber->text().trimmed();
    p.bankDetails = m_bank->toPlainText().trimmed();
    p.paymentTerms = m_terms->toPlainText().trimmed();
    p.logoPng = m_logo;
    // All or nothing: every field is written in one transaction, and the first one refused rolls back the
    // others, so a bad currency never leaves a new numbering template saved behind it.
    const auto refuse = [this](const Error &error) {
        m_banner.showMessage(error.message, MessageBanner::Kind::Error);
        if (QWidget *field = fieldFor(error.field))
            field->setFocus();
        return false;
    };
    Transaction tx(m_db);
    if (!tx.started())
        return refuse(tx.started().error());
    const QList<std::function<Status()>> writes = {
        [&] { return settings.setBusinessProfile(p); },
        [&] { return settings.setNumberingTemplate(m_numbering->text().trimmed()); },
        [&] { return settings.setDefaultCurrency(m_currency->text().trimmed()); },
        [&] { return settings.setDefaultDueDays(m_dueDays->value()); },
        [&] { return settings.setDefaultTaxCode(m_taxRate->currentData().toString()); },
        [&] { return settings.setDefaultTaxMode(TaxMode(m_taxMode->currentData().toInt())); },
        [&] { return settings.setXeroClientId(m_clientId->text()); },
    };
    for (const auto &write : writes) {
        if (const Status st = write(); !st)
            return refuse(st.error());
    }
    if (const Status st = tx.commit(); !st)
        return refuse(st.error());
    m_modified = false;
    m_banner.showMessage(tr("Settings saved."), MessageBanner::Kind::Positive);
    Q_EMIT saved();
    return true;
}

} // namespace billhook
