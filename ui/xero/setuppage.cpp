#include "setuppage.h"

#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace billhook {

namespace {

QLabel *note(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

SetupPage::SetupPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_busy(note(this))
    , m_currency(note(this))
    , m_bank(new QComboBox(this))
    , m_bankNote(note(this))
    , m_revenue(new QComboBox(this))
    , m_taxForm(new QFormLayout)
    , m_taxBox(new QWidget(this))
    , m_confirmTaxes(new QCheckBox(tr("I have checked these tax rates"), this))
    , m_customers(new QCheckBox(tr("Customers"), this))
    , m_invoices(new QCheckBox(tr("Invoices"), this))
    , m_payments(new QCheckBox(tr("Payments"), this))
    , m_sendAs(new QComboBox(this))
    , m_conflicts(new QComboBox(this))
    , m_importInvoices(new QCheckBox(tr("Also bring invoices created in Xero into Billhook"), this))
    , m_previewImport(new QPushButton(tr("Preview the first sync"), this))
    , m_importText(note(this))
    , m_importList(new QTreeWidget(this))
    , m_ownNumbers(new QCheckBox(this))
    , m_missing(note(this))
    , m_checkAgain(new QPushButton(tr("Check again"), this))
    , m_finish(new QPushButton(tr("Start syncing"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("xeroSetup"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("setupBusy"));
    m_currency->setObjectName(QStringLiteral("currencyCheck"));
    m_bank->setObjectName(QStringLiteral("bankAccount"));
    m_bankNote->setObjectName(QStringLiteral("bankNote"));
    m_revenue->setObjectName(QStringLiteral("revenueAccount"));
    m_confirmTaxes->setObjectName(QStringLiteral("confirmTaxes"));
    m_missing->setObjectName(QStringLiteral("setupMissing"));
    m_missing->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_finish->setObjectName(QStringLiteral("finishSetup"));
    m_finish->setDefault(true);
    m_previewImport->setObjectName(QStringLiteral("previewImport"));
    m_checkAgain->setObjectName(QStringLiteral("checkAgain"));
    m_checkAgain->setToolTip(
        tr("Read the organisation's accounts, tax rates and currencies from Xero again"));
    m_importList->setObjectName(QStringLiteral("importPreview"));
    m_importList->setHeaderLabels({tr("Name"), tr("Why")});
    m_importList->setWordWrap(true);
    m_importList->hide();
    m_ownNumbers->setObjectName(QStringLiteral("ownNumbers"));
    m_ownNumbers->hide();

    m_sendAs->addItem(tr("Approved (ready to send to the customer)"),
                      SyncOptions::sendInvoicesAsKey(SyncOptions::SendInvoicesAs::Approved));
    m_sendAs->addItem(tr("Drafts (your accountant approves them in Xero)"),
                      SyncOptions::sendInvoicesAsKey(SyncOptions::SendInvoicesAs::Draft));
    m_conflicts->addItem(tr("Ask me"), SyncOptions::conflictDefaultKey(SyncOptions::ConflictDefault::Ask));
    m_conflicts->addItem(tr("Keep Billhook's version"),
                         SyncOptions::conflictDefaultKey(SyncOptions::ConflictDefault::KeepMine));
    m_conflicts->addItem(tr("Keep Xero's version"),
                         SyncOptions::conflictDefaultKey(SyncOptions::ConflictDefault::KeepXero));

    auto *accounts = new QGroupBox(tr("Accounts"), this);
    auto *accountsForm = new QFormLayout(accounts);
    accountsForm->addRow(tr("Payments go to:"), m_bank);
    accountsForm->addRow(QString(), m_bankNote);
    accountsForm->addRow(tr("Invoice lines go to:"), m_revenue);

    auto *taxes = new QGroupBox(tr("Tax rates"), this);
    auto *taxLayout = new QVBoxLayout(taxes);
    taxLayout->addWidget(note(taxes));
    static_cast<QLabel *>(taxLayout->itemAt(0)->widget())
        ->setText(
            tr("Each Billhook tax rate is sent to Xero as one of the organisation's tax rates. Check that "
               "each pair is right; your accountant can tell you if unsure."));
    m_taxBox->setLayout(m_taxForm);
    taxLayout->addWidget(m_taxBox);
    taxLayout->addWidget(m_confirmTaxes);

    auto *what = new QGroupBox(tr("What to sync"), this);
    auto *whatForm = new QFormLayout(what);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_customers);
    kinds->addWidget(m_invoices);
    kinds->addWidget(m_payments);
    kinds->addStretch(1);
    whatForm->addRow(tr("Send and receive:"), kinds);
    whatForm->addRow(tr("Approved invoices arrive in Xero as:"), m_sendAs);
    whatForm->addRow(tr("Changed in both places:"), m_conflicts);
    whatForm->addRow(QString(), m_importInvoices);

    auto *import = new QGroupBox(tr("Customers already in Xero"), this);
    auto *importLayout = new QVBoxLayout(import);
    auto *importIntro = note(import);
    importIntro->setText(
        tr("The first sync imports the organisation's contacts into Billhook. A contact that is "
           "surely already here (the same name, and the same email address, phone or contact number) is "
           "linked, not copied; one that only might be one of your customers, or could be several, is left "
           "alone on both sides until you decide under Problems. "
           "Preview it first: nothing is written until you choose Start syncing."));
    importLayout->addWidget(importIntro);
    auto *importButtons = new QHBoxLayout;
    importButtons->addWidget(m_previewImport);
    importButtons->addStretch(1);
    importLayout->addLayout(importButtons);
    importLayout->addWidget(m_importText);
    importLayout->addWidget(m_ownNumbers);
    importLayout->addWidget(m_importList);

    auto *finishRow = new QHBoxLayout;
    finishRow->addWidget(m_finish);
    finishRow->addWidget(m_checkAgain);
    finishRow->addWidget(m_cancel);
    finishRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_busy);
    layout->addWidget(m_currency);
    layout->addWidget(accounts);
    layout->addWidget(taxes);
    layout->addWidget(what);
    layout->addWidget(import);
    layout->addWidget(m_missing);
    layout->addLayout(finishRow);
    layout->addStretch(1);

    for (QComboBox *c : {m_bank, m_revenue, m_sendAs, m_conflicts})
        connect(c, &QComboBox::currentIndexChanged, this, &SetupPage::updateState);
    for (QCheckBox *c : {m_confirmTaxes, m_customers, m_invoices, m_payments, m_importInvoices})
        connect(c, &QCheckBox::toggled, this, &SetupPage::updateState);
    connect(m_finish, &QPushButton::clicked, this, &SetupPage::finish);
    connect(m_checkAgain, &QPushButton::clicked, this, &SetupPage::checkAgainRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SetupPage::cancelled);
    m_cancel->hide();
    connect(m_previewImport, &QPushButton::clicked, this, &SetupPage::importPreviewRequested);

    auto loaded = SyncOptions::load(db);
    m_saved = loaded ? *loaded : SyncOptions{};
    setReference({});
}

void SetupPage::setReference(const XeroSetupReference &reference)
{
    m_reference = reference;
    m_busy->clear();
    m_busy->hide();
    const QString org = reference.organisation.isEmpty() ? tr("your organisation") : reference.organisation;
    m_title->setText(tr("Set up the link with %1").arg(org));

    {
        const QSignalBlocker b1(m_bank), b2(m_revenue);
        m_bank->clear();
        for (const auto &a : reference.bankAccounts)
            m_bank->addItem(tr("%1 (%2)").arg(a.name, a.code), a.code);
        selectData(m_bank, m_saved.bankAccountCode);
        m_bank->setEnabled(!reference.bankAccounts.isEmpty());
        m_revenue->clear();
        for (const auto &a : reference.revenueAccounts)
            m_revenue->addItem(tr("%1 (%2)").arg(a.name, a.code), a.code);
        selectData(m_revenue,
                   m_saved.revenueAccountCode.isEmpty() ? QStringLiteral("200") : m_saved.revenueAccountCode);
    }
    if (reference.bankAccounts.isEmpty())
        m_bankNote->setText(tr("%1 has no bank account in Xero yet. Xero records every payment against a "
                               "bank account, so the "
                               "payments you record in Billhook cannot be sent until there is one; customers "
                               "and invoices still "
                               "sync. To add one, in Xero open Accounting › Bank accounts › Add bank "
                               "account, then choose Check "
                               "again. Or turn off Payments below.")
                                .arg(org));
    else
        m_bankNote->setText(
            tr("The bank account the money arrives in. Xero records each payment against it."));

    {
        const QSignalBlocker b1(m_customers), b2(m_invoices), b3(m_payments), b4(m_importInvoices);
        m_customers->setChecked(m_saved.syncCustomers);
        m_invoices->setChecked(m_saved.syncInvoices);
        m_payments->setChecked(m_saved.syncPayments && !reference.bankAccounts.isEmpty());
        m_importInvoices->setChecked(m_saved.importXeroInvoices);
        const QSignalBlocker b5(m_sendAs), b6(m_conflicts);
        selectData(m_sendAs, SyncOptions::sendInvoicesAsKey(m_saved.sendInvoicesAs));
        selectData(m_conflicts, SyncOptions::conflictDefaultKey(m_saved.conflictDefault));
    }
    rebuildTaxRows();
    updateState();
}

void SetupPage::rebuildTaxRows()
{
    while (m_taxForm->rowCount() > 0)
        m_taxForm->removeRow(0);
    m_taxCombos.clear();
    QSet<QString> xeroTypes;
    for (const auto &t : m_reference.taxTypes)
        xeroTypes.insert(t.type);
    for (const TaxRate &rate : ReferenceStore(m_db).taxRates()) {
        if (rate.fromXero || xeroTypes.contains(rate.code))
            continue; // one of Xero's own rates, read from the organisation
        auto *combo = new QComboBox(m_taxBox);
        combo->setObjectName(QStringLiteral("taxType_") + rate.code);
        combo->addItem(tr("Choose Xero's rate…"), QString());
        for (const auto &t : m_reference.taxTypes)
            combo->addItem(tr("%1 (%2%)").arg(t.name, t.rate.toString(0)), t.type);
        QString chosen = m_saved.taxTypes.value(rate.code, rate.xeroTaxType);
        if (chosen.isEmpty()) {
            // Suggest the first of Xero's rates with the same percentage; the user confirms it.
            for (const auto &t : m_reference.taxTypes)
                if (t.rate == rate.rate) {
                    chosen = t.type;
                    break;
                }
        }
        selectData(combo, chosen);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            const QSignalBlocker blocker(m_confirmTaxes);
            m_confirmTaxes->setChecked(false); // a changed mapping needs a new look
            updateState();
        });
        auto *label =
            new QLabel(tr("%1 (%2%) in Billhook is").arg(rate.name, rate.rate.toString(0)), m_taxBox);
        m_taxForm->addRow(label, combo);
        m_taxCombos.insert(rate.code, combo);
        // Added to a page that may already be on screen: shown explicitly.
        label->show();
        combo->show();
    }
    if (m_taxCombos.isEmpty()) {
        auto *none = note(m_taxBox);
        none->setText(
            tr("You have not added tax rates of your own (Settings > Tax rates): invoice lines use the "
               "organisation's rates."));
        m_taxForm->addRow(none);
        none->show();
    }
}

SyncOptions SetupPage::options() const
{
    SyncOptions o = m_saved;
    o.syncCustomers = m_customers->isChecked();
    o.syncInvoices = m_invoices->isChecked();
    o.syncPayments = m_payments->isChecked();
    o.importXeroInvoices = m_importInvoices->isChecked();
    o.sendInvoicesAs = SyncOptions::sendInvoicesAsFromKey(m_sendAs->currentData().toString())
                           .value_or(SyncOptions::SendInvoicesAs::Approved);
    o.conflictDefault = SyncOptions::conflictDefaultFromKey(m_conflicts->currentData().toString())
                            .value_or(SyncOptions::ConflictDefault::Ask);
    o.revenueAccountCode = m_revenue->currentData().toString();
    o.bankAccountCode = m_bank->currentData().toString();
    o.bankAccountId.clear();
    for (const auto &a : m_reference.bankAccounts)
        if (a.code == o.bankAccountCode)
            o.bankAccountId = a.id;
    o.taxTypes.clear();
    for (auto it = m_taxCombos.cbegin(); it != m_taxCombos.cend(); ++it)
        if (!it.value()->currentData().toString().isEmpty())
            o.taxTypes.insert(it.key(), it.value()->currentData().toString());
    return o;
}

QStringList SetupPage::missing() const
{
    QStringList out;
    const QString org =
        m_reference.organisation.isEmpty() ? tr("The organisation") : m_reference.organisation;
    const QString currency = SettingsStore(m_db).defaultCurrency();
    if (m_reference.currencies.isEmpty())
        out << tr("Billhook has not read the organisation from Xero yet.");
    else if (!currency.isEmpty() && !m_reference.currencies.contains(currency))
        out << tr("Currencies must match: Billhook invoices in %1, which %2 does not use.")
                   .arg(currency, org);
    if (m_payments->isChecked() && m_bank->currentData().toString().isEmpty())
        out << tr("Choose the bank account payments go to, or turn off Payments.");
    if (m_invoices->isChecked() && m_revenue->currentData().toString().isEmpty())
        out << tr("Choose the account invoice lines go to.");
    if (m_invoices->isChecked()) {
        for (auto it = m_taxCombos.cbegin(); it != m_taxCombos.cend(); ++it)
            if (it.value()->currentData().toString().isEmpty()) {
                out << tr("Choose Xero's tax rate for each Billhook tax rate.");
                break;
            }
        if (!m_taxCombos.isEmpty() && !m_confirmTaxes->isChecked())
            out << tr("Confirm the tax rates.");
    }
    if (auto v = options().validate(); !v)
        out << v.error().message;
    out.removeDuplicates();
    return out;
}

QString SetupPage::missingText() const
{
    return m_missing->text();
}

QString SetupPage::currencyText() const
{
    return m_currency->text();
}

QString SetupPage::bankText() const
{
    return m_bankNote->text();
}

QString SetupPage::importText() const
{
    return m_importText->text();
}

void SetupPage::updateState()
{
    // Payments need invoices, invoices need customers: the options that cannot apply are off.
    m_invoices->setEnabled(m_customers->isChecked());
    m_payments->setEnabled(m_invoices->isChecked() && !m_reference.bankAccounts.isEmpty());
    m_bank->setEnabled(m_payments->isChecked() && !m_reference.bankAccounts.isEmpty());
    const QString currency = SettingsStore(m_db).defaultCurrency();
    const QString org =
        m_reference.organisation.isEmpty() ? tr("The organisation") : m_reference.organisation;
    if (m_reference.currencies.isEmpty()) {
        m_currency->clear();
    } else if (m_reference.currencies.contains(currency)) {
        m_currency->setStyleSheet(QString());
        m_currency->setText(tr("✓ Currency: Billhook invoices in %1, and %2 uses %1.").arg(currency, org));
    } else {
        m_currency->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_currency->setText(
            tr("✗ Currency: Billhook invoices in %1, but %2 uses %3. Enable %1 in Xero (Settings › "
               "Currencies; the Xero plan must allow several currencies), or change Billhook's "
               "currency in Settings to %4. Then choose Check again.")
                .arg(currency, org, m_reference.currencies.join(QStringLiteral(", ")),
                     m_reference.baseCurrency));
    }
    const QStringList gaps = missing();
    m_missing->setText(gaps.isEmpty() ? QString()
                                      : tr("Before syncing: %1").arg(gaps.join(QLatin1Char(' '))));
    m_missing->setVisible(!gaps.isEmpty());
    m_finish->setEnabled(gaps.isEmpty());
}

bool SetupPage::finish()
{
    updateState();
    if (!isComplete())
        return false;
    const SyncOptions o = options();
    // The options and, when chosen, Billhook's own invoice numbers: together or not at all.
    Transaction tx(m_db);
    Status s = tx.started();
    if (s && !m_ownPattern.isEmpty() && m_ownNumbers->isChecked())
        s = SettingsStore(m_db).setNumberingTemplate(m_ownPattern);
    if (s)
        s = o.save(m_db);
    if (s)
        s = tx.commit();
    if (!s) {
        m_missing->setText(s.error().message);
        m_missing->show();
        return false;
    }
    m_saved = o;
    Q_EMIT finished(o);
    return true;
}

void SetupPage::setCancellable(bool cancellable)
{
    m_cancel->setVisible(cancellable);
    m_finish->setText(cancellable ? tr("Save and sync") : tr("Start syncing"));
}

void SetupPage::setBusy(const QString &message)
{
    m_busy->setText(message);
    m_busy->setVisible(!message.isEmpty());
}

void SetupPage::setImportPreview(const SyncSummary &dryRun)
{
    struct Group
    {
        PlannedMatch::Kind kind;
        QString title;       // with %1 for the count
        QString explanation; // one line, plain words
    };
    const Group groups[] = {
        {PlannedMatch::Kind::Matched, tr("Matched (%1)"),
         tr("Already in both places: linked, nothing is copied.")},
        {PlannedMatch::Kind::NewFromXero, tr("New from Xero (%1)"),
         tr("Only in Xero: added to your customers here.")},
        {PlannedMatch::Kind::NewToXero, tr("New to Xero (%1)"),
         tr("Only in Billhook: created as contacts in Xero.")},
        {PlannedMatch::Kind::Ambiguous, tr("Needs your decision (%1)"),
         tr("Might be one of your customers, or could be several: left alone on both sides until you choose, "
            "under Problems.")},
        {PlannedMatch::Kind::Collision, tr("Numbers already used in Xero (%1)"),
         tr("Your invoice has the number of another invoice in Xero: neither is touched until you choose, "
            "under Problems (one click gives yours the next free number).")},
    };
    m_importList->clear();
    for (const Group &g : groups) {
        QList<const PlannedMatch *> members;
        for (const PlannedMatch &m : dryRun.matches) {
            if (m.kind == g.kind)
                members.append(&m);
        }
        auto *head = new QTreeWidgetItem(m_importList, {g.title.arg(members.size()), g.explanation});
        QFont bold = head->font(0);
        bold.setBold(true);
        head->setFont(0, bold);
        for (const PlannedMatch *m : members)
            new QTreeWidgetItem(head, {m->name, m->detail});
        head->setExpanded(!members.isEmpty());
    }
    // Invoices, payments and any other change the groups above do not show.
    const QStringList &other = dryRun.plannedOther;
    if (!other.isEmpty()) {
        auto *head =
            new QTreeWidgetItem(m_importList, {tr("Other changes (%1)").arg(other.size()),
                                               tr("Everything else the first sync would send or bring "
                                                  "in.")});
        for (const QString &line : other)
            new QTreeWidgetItem(head, {line});
    }
    m_importList->resizeColumnToContents(0);
    QString text = dryRun.planned.isEmpty()
                       ? tr("The first sync would change nothing: Billhook and Xero already agree.")
                       : tr("The first sync would make %n change(s). Nothing has been written yet.", "",
                            int(dryRun.planned.size()));
    if (!dryRun.nextInvoiceNumber.isEmpty())
        text += u' ' + tr("Your next invoice will be %1, after the numbers this organisation already uses.")
                           .arg(dryRun.nextInvoiceNumber);
    m_importText->setText(text);
    // The organisation numbers its invoices as Billhook does: Billhook's own prefix is offered, so the
    // invoices made here and the ones typed in Xero never take each other's numbers.
    m_ownPattern = dryRun.ownNumbering;
    m_ownNumbers->setText(tr("Give Billhook's invoices numbers of their own instead (the next one: %1), so "
                             "they never mix with the ones made in Xero")
                              .arg(dryRun.ownNumberingNext));
    m_ownNumbers->setVisible(!m_ownPattern.isEmpty());
    m_importList->setVisible(!dryRun.planned.isEmpty() || !dryRun.matches.isEmpty());
}

QStringList SetupPage::importGroups() const
{
    QStringList out;
    for (int i = 0; i < m_importList->topLevelItemCount(); ++i)
        out.append(m_importList->topLevelItem(i)->text(0));
    return out;
}

} // namespace billhook
