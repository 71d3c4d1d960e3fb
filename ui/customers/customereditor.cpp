#include "customereditor.h"

#include "storage/customerstore.h"
#include "ui/common/banner.h"
#include "ui/common/unsavedchanges.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace billhook {

namespace {
const QString kDraftKind = QStringLiteral("customer");
}

CustomerEditor::CustomerEditor(Database &db, MessageBanner &banner, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_banner(banner)
    , m_heading(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_contactPerson(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_contactNumber(new QLineEdit(this))
    , m_terms(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_archive(new QPushButton(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_name->setObjectName(QStringLiteral("customerName"));
    m_email->setObjectName(QStringLiteral("customerEmail"));
    m_name->setPlaceholderText(tr("e.g. Hannah Price or Price & Sons Ltd"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_contactNumber->setPlaceholderText(tr("Given automatically when left empty"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_terms->setRange(-1, 365);
    m_terms->setSpecialValueText(tr("Business default"));
    m_terms->setSuffix(tr(" days"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const QString &label, QWidget *field, const QString &errorKey) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        if (!errorKey.isEmpty()) {
            auto *error = new QLabel(this);
            error->setObjectName(QStringLiteral("error_") + errorKey);
            error->setStyleSheet(QStringLiteral("color: #c0392b;"));
            error->setWordWrap(true);
            error->hide();
            column->addWidget(error);
            m_errorLabels.insert(errorKey, error);
        }
        form->addRow(label, column);
        qobject_cast<QLabel *>(form->labelForField(column))->setBuddy(field); // "&" is a shortcut, not text
    };
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("Contact &person:"), m_contactPerson, {});
    addRow(tr("&Email:"), m_email, QStringLiteral("email"));
    addRow(tr("&Phone:"), m_phone, {});
    addRow(tr("&Mobile:"), m_mobile, {});
    addRow(tr("&Address:"), m_address, {});
    addRow(tr("Contact n&umber:"), m_contactNumber, QStringLiteral("contact_number"));
    addRow(tr("Payment &terms:"), m_terms, QStringLiteral("payment_terms"));
    addRow(tr("N&otes:"), m_notes, {});

    auto *buttons = new QDialogButtonBox(this);
    auto *saveButton = buttons->addButton(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveCustomer"));
    auto *closeButton = buttons->addButton(QDialogButtonBox::Close);
    buttons->addButton(m_archive, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(saveButton, &QPushButton::clicked, this, &CustomerEditor::save);
    connect(closeButton, &QPushButton::clicked, this, [this] {
        if (!m_modified || resolveUnsavedChanges(
                               this, title(), [this] { return save(); }, [this] { discard(); }))
            Q_EMIT closed();
    });
    connect(m_archive, &QPushButton::clicked, this, [this] {
        if (m_customer.id == 0)
            return;
        const bool archive = !m_customer.archived;
        if (auto st = CustomerStore(m_db).setArchived(m_customer.id, archive); !st) {
            m_banner.showMessage(st.error().message, MessageBanner::Kind::Error);
            return;
        }
        m_banner.showMessage(
            archive ? tr("%1 is archived. Find it again under \"Show archived\".").arg(m_customer.name)
                    : tr("%1 is restored.").arg(m_customer.name),
            MessageBanner::Kind::Positive);
        openCustomer(m_customer.id);
        Q_EMIT saved(m_customer.id);
    });
    for (QLineEdit *edit : {m_name, m_contactPerson, m_email, m_phone, m_mobile, m_contactNumber})
        connect(edit, &QLineEdit::textEdited, this, &CustomerEditor::markModified);
    for (QPlainTextEdit *edit : {m_address, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &CustomerEditor::markModified);
    connect(m_terms, &QSpinBox::valueChanged, this, &CustomerEditor::markModified);
    // Invalid email is flagged as soon as the user leaves the field, not only on save.
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        const QString email = m_email->text().trimmed();
        if (!email.isEmpty() && !Validation::isValidEmail(email))
            showFieldError(QStringLiteral("email"), tr("\"%1\" is not a valid email address.").arg(email));
        else if (auto *label = m_errorLabels.value(QStringLiteral("email")))
            label->hide();
    });
    newCustomer();
}

QString CustomerEditor::title() const
{
    return m_customer.id == 0 ? tr("the new customer") : m_customer.name;
}

void CustomerEditor::newCustomer()
{
    load(Customer{});
}

bool CustomerEditor::openCustomer(Id id)
{
    auto c = CustomerStore(m_db).get(id);
    if (!c) {
        m_banner.showMessage(c.error().message, MessageBanner::Kind::Error);
        return false;
    }
    load(*c);
    return true;
}

void CustomerEditor::load(const Customer &c)
{
    m_loading = true;
    m_customer = c;
    m_heading->setText(c.id == 0 ? tr("New customer") : c.name);
    m_name->setText(c.name);
    m_contactPerson->setText(c.contactPerson);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_mobile->setText(c.mobile);
    m_address->setPlainText(c.address);
    m_contactNumber->setText(c.contactNumber);
    m_terms->setValue(c.paymentTermsDays);
    m_notes->setPlainText(c.notes);
    m_archive->setText(c.archived ? tr("&Restore") : tr("Arc&hive"));
    m_archive->setVisible(c.id != 0);
    clearFieldErrors();
    m_modified = false;
    m_loading = false;
}

Customer CustomerEditor::fromForm() const
{
    Customer c = m_customer;
    c.name = m_name->text().trimmed();
    c.contactPerson = m_contactPerson->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.mobile = m_mobile->text().trimmed();
    c.address = m_address->toPlainText().trimmed();
    c.contactNumber = m_contactNumber->text().trimmed();
    c.paymentTermsDays = m_terms->value();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

void CustomerEditor::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    DraftSnapshot::write(kDraftKind, snapshot());
}

QByteArray CustomerEditor::snapshot() const
{
    const Customer c = fromForm();
    QJsonObject o{{QStringLiteral("id"), double(c.id)},
                  {QStringLiteral("version"), c.version},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("contactPerson"), c.contactPerson},
                  {QStringLiteral("email"), c.email},
                  {QStringLiteral("phone"), c.phone},
                  {QStringLiteral("mobile"), c.mobile},
                  {QStringLiteral("address"), c.address},
                  {QStringLiteral("contactNumber"), c.contactNumber},
                  {QStringLiteral("terms"), c.paymentTermsDays},
                  {QStringLiteral("notes"), c.notes}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool CustomerEditor::restoreDraft()
{
    const QJsonObject o = QJsonDocument::fromJson(DraftSnapshot::read(kDraftKind)).object();
    if (o.isEmpty())
        return false;
    const Id id = Id(o.value(QStringLiteral("id")).toDouble());
    if (id != 0 && !openCustomer(id))
        return false;
    if (id == 0)
        newCustomer();
    m_loading = true;
    m_name->setText(o.value(QStringLiteral("name")).toString());
    m_contactPerson->setText(o.value(QStringLiteral("contactPerson")).toString());
    m_email->setText(o.value(QStringLiteral("email")).toString());
    m_phone->setText(o.value(QStringLiteral("phone")).toString());
    m_mobile->setText(o.value(QStringLiteral("mobile")).toString());
    m_address->setPlainText(o.value(QStringLiteral("address")).toString());
    m_contactNumber->setText(o.value(QStringLiteral("contactNumber")).toString());
    m_terms->setValue(o.value(QStringLiteral("terms")).toInt(-1));
    m_notes->setPlainText(o.value(QStringLiteral("notes")).toString());
    m_loading = false;
    m_modified = true;
    return true;
}

void CustomerEditor::showFieldError(const QString &field, const QString &message)
{
    if (QLabel *label = m_errorLabels.value(field)) {
        label->setText(message);
        label->show();
    } else {
        m_banner.showMessage(message, MessageBanner::Kind::Error);
    }
}

void CustomerEditor::clearFieldErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

QString CustomerEditor::fieldError(const QString &field) const
{
    QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool CustomerEditor::save()
{
    clearFieldErrors();
    const Customer c = fromForm();
    if (auto valid = Validation::validate(c); !valid) {
        showFieldError(valid.error().field, valid.error().message);
        if (valid.error().field == QLatin1String("email"))
            m_email->setFocus();
        else if (valid.error().field == QLatin1String("name"))
            m_name->setFocus();
        return false;
    }
    CustomerStore store(m_db);
    Id id = c.id;
    if (c.id == 0) {
        auto added = store.add(c);
        if (!added) {
            showFieldError(added.error().field, added.error().message);
            return false;
        }
        id = *added;
    } else if (auto st = store.update(c); !st) {
        showFieldError(st.error().field, st.error().message);
        return false;
    }
    DraftSnapshot::clear(kDraftKind);
    openCustomer(id);
    m_banner.showMessage(tr("Saved %1.").arg(c.name), MessageBanner::Kind::Positive);
    Q_EMIT saved(id);
    return true;
}

void CustomerEditor::discard()
{
    DraftSnapshot::clear(kDraftKind);
    if (m_customer.id != 0)
        openCustomer(m_customer.id);
    else
        newCustomer();
}

} // namespace billhook
