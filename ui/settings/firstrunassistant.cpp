#include "firstrunassistant.h"

#include "core/numbering.h"
#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/common/dialogs.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
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

namespace {

const QString kSkipped = QStringLiteral("firstrun/skipped");
const QString kDone = QStringLiteral("firstrun/done");

TaxRate rate(const QString &code, const QString &name, qint64 units, bool reverseCharge = false)
{
    TaxRate r{0, code, name, Percent::fromUnits(units), {}, true};
    r.reverseCharge = reverseCharge;
    return r;
}

constexpr qint64 pc(int whole)
{
    return qint64(whole) * Percent::scale;
}

} // namespace

FirstRunAssistant::CountryPreset FirstRunAssistant::preset(Country country)
{
    switch (country) {
    case Country::UnitedKingdom:
        return {
            QStringLiteral("GBP"),
            {rate(QStringLiteral("VAT20"), tr("Standard 20%"), pc(20)),
             rate(QStringLiteral("VAT5"), tr("Reduced 5%"), pc(5)),
             rate(QStringLiteral("ZERO"), tr("Zero-rated 0%"), 0),
             rate(QStringLiteral("EXEMPT"), tr("Exempt"), 0),
             rate(QStringLiteral("NOVAT"), tr("Outside the scope of VAT"), 0),
             rate(QStringLiteral("DRC20"), tr("Domestic reverse charge 20% (construction)"), pc(20), true),
             rate(QStringLiteral("DRC5"), tr("Domestic reverse charge 5% (construction)"), pc(5), true)},
            QStringLiteral("VAT20")};
    case Country::Ireland:
        return {QStringLiteral("EUR"),
                {rate(QStringLiteral("VAT23"), tr("Standard 23%"), pc(23)),
                 rate(QStringLiteral("VAT135"), tr("Reduced 13.5%"), 135000),
                 rate(QStringLiteral("VAT9"), tr("Second reduced 9%"), pc(9)),
                 rate(QStringLiteral("ZERO"), tr("Zero-rated 0%"), 0)},
                QStringLiteral("VAT23")};
    case Country::Australia:
        return {QStringLiteral("AUD"),
                {rate(QStringLiteral("GST"), tr("GST 10%"), pc(10)),
                 rate(QStringLiteral("GSTFREE"), tr("GST-free"), 0)},
                QStringLiteral("GST")};
    case Country::NewZealand:
        return {QStringLiteral("NZD"),
                {rate(QStringLiteral("GST"), tr("GST 15%"), pc(15)),
                 rate(QStringLiteral("ZERO"), tr("Zero-rated 0%"), 0)},
                QStringLiteral("GST")};
    case Country::None:
        break;
    }
    return {};
}

bool FirstRunAssistant::isWanted(Database &db)
{
    SettingsStore settings(db);
    return settings.businessProfile().name.isEmpty() && settings.value(kSkipped) != u"1";
}

FirstRunAssistant::FirstRunAssistant(Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_name(new QLineEdit)
    , m_address(new QPlainTextEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_taxNumber(new QLineEdit)
    , m_bank(new QPlainTextEdit)
    , m_logoPreview(new QLabel)
    , m_country(new QComboBox)
    , m_currency(new QLineEdit)
    , m_ratesPreview(new QLabel)
    , m_numbering(new QLineEdit)
    , m_numberingPreview(new QLabel)
    , m_dueDays(new QSpinBox)
    , m_terms(new QPlainTextEdit)
{
    setWindowTitle(tr("Set up Billhook"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoCancelButton, true); // "Skip for now" is the way out (Escape too)
    setButtonText(QWizard::CustomButton1, tr("&Skip for now"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            reject();
    });

    const auto errorLabel = [this](QWidget *page) {
        auto *label = new QLabel(page);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        label->hide();
        m_errors.append(label);
        return label;
    };
    for (QPlainTextEdit *e : {m_address, m_bank, m_terms}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    }

    // 1. The business, as the invoice shows it.
    auto *business = new QWizardPage;
    business->setTitle(tr("Your business"));
    business->setSubTitle(tr("Printed at the top of every invoice. Only the name is needed now; everything "
                             "here can be changed later in Settings."));
    m_logoPreview->setFixedSize(160, 60);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    auto *logoButton = new QPushButton(tr("Choose &logo…"));
    logoButton->setObjectName(QStringLiteral("chooseLogo"));
    auto *removeLogo = new QPushButton(tr("Remove logo"));
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(logoButton);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch(1);
    auto *bf = new QFormLayout(business);
    bf->addRow(tr("Business &name:"), m_name);
    bf->addRow(tr("&Address:"), m_address);
    bf->addRow(tr("&Email:"), m_email);
    bf->addRow(tr("&Phone:"), m_phone);
    bf->addRow(tr("&VAT or tax number:"), m_taxNumber);
    bf->addRow(tr("&Bank details:"), m_bank);
    bf->addRow(tr("Logo (image, 2 MB at most):"), logoRow);
    bf->addRow(errorLabel(business));
    setPage(BusinessPage, business);

    // 2. The country: the currency and the usual tax rates.
    auto *country = new QWizardPage;
    country->setTitle(tr("Country and tax"));
    country->setSubTitle(tr("Sets the currency and adds the country's usual tax rates. Add, rename or "
                            "archive rates later in Settings > Tax rates."));
    m_country->addItem(tr("United Kingdom"), int(Country::UnitedKingdom));
    m_country->addItem(tr("Ireland"), int(Country::Ireland));
    m_country->addItem(tr("Australia"), int(Country::Australia));
    m_country->addItem(tr("New Zealand"), int(Country::NewZealand));
    m_country->addItem(tr("None of these: I'll add my own rates"), int(Country::None));
    m_currency->setMaxLength(3);
    m_ratesPreview->setWordWrap(true);
    auto *cf = new QFormLayout(country);
    cf->addRow(tr("&Country:"), m_country);
    cf->addRow(tr("C&urrency:"), m_currency);
    cf->addRow(tr("Tax rates added:"), m_ratesPreview);
    cf->addRow(errorLabel(country));
    setPage(CountryPage, country);

    // 3. Numbering and terms.
    auto *numbering = new QWizardPage;
    numbering->setTitle(tr("Invoice numbers and payment terms"));
    numbering->setSubTitle(tr("{0000} is the counter (its zeros give the width); {YYYY}, {YY} and {MM} "
                              "insert the invoice's year and month."));
    m_numbering->setPlaceholderText(QStringLiteral("INV-{0000}"));
    m_dueDays->setRange(0, 365);
    m_dueDays->setSuffix(tr(" days"));
    auto *nf = new QFormLayout(numbering);
    nf->addRow(tr("&Numbering:"), m_numbering);
    nf->addRow(tr("Preview:"), m_numberingPreview);
    nf->addRow(tr("Payment &due after:"), m_dueDays);
    nf->addRow(tr("Payment &terms (printed):"), m_terms);
    nf->addRow(errorLabel(numbering));
    setPage(NumberingPage, numbering);

    // What is there already (reopened from Settings, or set by the CLI).
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
    m_currency->setText(settings.defaultCurrency());
    static const QHash<QString, Country> byCurrency = {{QStringLiteral("GBP"), Country::UnitedKingdom},
                                                       {QStringLiteral("EUR"), Country::Ireland},
                                                       {QStringLiteral("AUD"), Country::Australia},
                                                       {QStringLiteral("NZD"), Country::NewZealand}};
    m_country->setCurrentIndex(
        m_country->findData(int(byCurrency.value(settings.defaultCurrency(), Country::None))));
    m_numbering->setText(settings.numberingTemplate().pattern());
    m_dueDays->setValue(settings.defaultDueDays());
    countryChanged();
    numberingChanged();

    connect(m_country, &QComboBox::currentIndexChanged, this, &FirstRunAssistant::countryChanged);
    connect(m_numbering, &QLineEdit::textChanged, this, &FirstRunAssistant::numberingChanged);
    connect(logoButton, &QPushButton::clicked, this, &FirstRunAssistant::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(this, &QWizard::currentIdChanged, this, [this] {
        for (QLabel *l : std::as_const(m_errors))
            l->hide();
    });
}

QString FirstRunAssistant::errorText() const
{
    for (QLabel *l : m_errors)
        if (!l->isHidden())
            return l->text();
    return {};
}

void FirstRunAssistant::showError(const QString &message)
{
    const int page = qBound(0, currentId(), int(m_errors.size()) - 1);
    for (int i = 0; i < m_errors.size(); ++i) {
        m_errors[i]->setText(message);
        m_errors[i]->setVisible(i == page);
    }
}

void FirstRunAssistant::countryChanged()
{
    const CountryPreset p = preset(Country(m_country->currentData().toInt()));
    if (!p.currency.isEmpty())
        m_currency->setText(p.currency);
    QStringList names;
    for (const TaxRate &r : p.rates)
        names.append(r.name); // each name says its rate, or that it has none
    m_ratesPreview->setText(names.isEmpty() ? tr("None: add your own in Settings > Tax rates.")
                                            : names.join(u'\n'));
}

void FirstRunAssistant::numberingChanged()
{
    auto parsed = NumberingTemplate::parse(m_numbering->text().trimmed());
    m_numberingPreview->setText(
        parsed ? tr("%1, %2, %3…").arg(parsed->format(1), parsed->format(2), parsed->format(3))
               : parsed.error().message);
}

void FirstRunAssistant::showLogo()
{
    QImage image;
    if (!m_logo.isEmpty() && image.loadFromData(m_logo))
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
    }
}

void FirstRunAssistant::chooseLogo()
{
    const QString path = Dialogs::getOpenFileName(
        this, tr("Choose your logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

bool FirstRunAssistant::setLogoFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        showError(tr("%1 is not a file.").arg(path));
        return false;
    }
    if (info.size() > BusinessProfile::MaxLogoBytes) {
        showError(tr("The logo %1 is larger than 2 MB; choose a smaller image.").arg(info.fileName()));
        return false;
    }
    QImage image(path);
    if (image.isNull()) {
        showError(tr("%1 is not an image Billhook can read; choose a PNG, JPEG, SVG or BMP file.")
                      .arg(info.fileName()));
        return false;
    }
    // Stored as Settings stores it: a PNG large enough to print sharply.
    if (image.width() > 800 || image.height() > 400)
        image = image.scaled(800, 400, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logo = png;
    showLogo();
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    return true;
}

bool FirstRunAssistant::validateCurrentPage()
{
    if (currentId() == BusinessPage) {
        if (m_name->text().trimmed().isEmpty()) {
            showError(tr("Enter your business's name: it heads every invoice."));
            m_name->setFocus();
            return false;
        }
        if (!m_email->text().trimmed().isEmpty() && !Validation::isValidEmail(m_email->text().trimmed())) {
            showError(tr("\"%1\" is not an email address.").arg(m_email->text().trimmed()));
            m_email->setFocus();
            return false;
        }
    } else if (currentId() == CountryPage) {
        if (!Validation::isValidCurrency(m_currency->text().trimmed().toUpper())) {
            showError(tr("\"%1\" is not a currency code; use three letters such as GBP.")
                          .arg(m_currency->text().trimmed()));
            m_currency->setFocus();
            return false;
        }
    } else if (currentId() == NumberingPage) {
        if (auto parsed = NumberingTemplate::parse(m_numbering->text().trimmed()); !parsed) {
            showError(parsed.error().message);
            m_numbering->setFocus();
            return false;
        }
        return apply();
    }
    return true;
}

bool FirstRunAssistant::apply()
{
    SettingsStore settings(m_db);
    ReferenceStore reference(m_db);
    BusinessProfile p = settings.businessProfile();
    p.name = m_name->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.taxNumber = m_taxNumber->text().trimmed();
    p.bankDetails = m_bank->toPlainText().trimmed();
    p.paymentTerms = m_terms->toPlainText().trimmed();
    p.logoPng = m_logo;
    if (p.name.isEmpty()) {
        showError(tr("Enter your business's name: it heads every invoice."));
        return false;
    }
    const CountryPreset preset = FirstRunAssistant::preset(Country(m_country->currentData().toInt()));

    Transaction tx(m_db);
    Status st = tx.started();
    const auto write = [&](const std::function<Status()> &f) {
        if (st)
            st = f();
    };
    write([&] { return settings.setBusinessProfile(p); });
    write([&] { return settings.setDefaultCurrency(m_currency->text().trimmed()); });
    write([&] { return settings.setNumberingTemplate(m_numbering->text().trimmed()); });
    write([&] { return settings.setDefaultDueDays(m_dueDays->value()); });
    // The country's rates, except those the user has already (run again, or added by hand).
    QStringList names;
    for (const TaxRate &r : reference.taxRates(true))
        if (!r.fromXero)
            names.append(r.name.toCaseFolded());
    for (const TaxRate &r : preset.rates) {
        if (reference.taxRateByCode(r.code) || names.contains(r.name.toCaseFolded()))
            continue;
        write([&] { return reference.addTaxRate(r); });
    }
    if (!preset.defaultTaxCode.isEmpty() && settings.defaultTaxCode().isEmpty()) {
        auto standard = reference.taxRateByCode(preset.defaultTaxCode);
        if (standard && standard->active && !standard->fromXero)
            write([&] { return settings.setDefaultTaxCode(standard->code); });
    }
    write([&] { return settings.setValue(kDone, QStringLiteral("1")); });
    if (st)
        st = tx.commit();
    if (!st) {
        showError(st.error().message);
        return false;
    }
    return true;
}

void FirstRunAssistant::reject()
{
    // Remembered so the assistant is not shown at every start; a write that fails only means it is
    // offered again next time.
    if (SettingsStore settings(m_db);
        settings.value(kDone) != u"1" && !settings.setValue(kSkipped, QStringLiteral("1")))
        qWarning("Could not remember that the first-run assistant was skipped.");
    QWizard::reject();
}

} // namespace billhook
