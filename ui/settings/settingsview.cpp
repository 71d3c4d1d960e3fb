#include "settingsview.h"

#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/common/banner.h"
#include "ui/common/dialogs.h"
#include "ui/common/moneyformat.h"

#include <QBuffer>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
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

    auto *saveButton = new QPushButton(tr("&Save settings"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(business);
    layout->addWidget(defaults);
    layout->addLayout(buttons);
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
    for (QLineEdit *e : {m_name, m_email, m_phone, m_taxNumber, m_currency})
        connect(e, &QLineEdit::textEdited, this, modified);
    for (QPlainTextEdit *e : {m_address, m_bank, m_terms})
        connect(e, &QPlainTextEdit::textChanged, this, modified);
    connect(m_dueDays, &QSpinBox::valueChanged, this, modified);
    connect(m_taxRate, &QComboBox::currentIndexChanged, this, modified);
    connect(m_taxMode, &QComboBox::currentIndexChanged, this, modified);
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
    m_taxRate->clear();
    m_taxRate->addItem(tr("(none)"), QString());
    for (const TaxRate &r : ReferenceStore(m_db).taxRates())
        m_taxRate->addItem(tr("%1 (%2%)").arg(r.name, MoneyFormat::percent(r.rate)), r.code);
    m_taxRate->setCurrentIndex(qMax(0, m_taxRate->findData(settings.defaultTaxCode())));
    m_taxMode->setCurrentIndex(m_taxMode->findData(int(settings.defaultTaxMode())));
    m_currency->setText(settings.defaultCurrency());
    m_modified = false;
    m_loading = false;
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
