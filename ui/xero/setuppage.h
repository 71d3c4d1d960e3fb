#pragma once

#include "core/fixed.h"
#include "sync/syncoptions.h"
#include "sync/syncreport.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace billhook {

class Database;

// What the setup page offers, read from the organisation in Xero right after connecting.
struct XeroSetupReference
{
    struct AccountChoice
    {
        QString code;
        QString name;
        QString id;
    };
    struct TaxChoice
    {
        QString type; // Xero's TaxType, e.g. OUTPUT2
        QString name;
        Percent rate;
    };
    QString organisation;
    QString shortCode;
    QString baseCurrency;
    QStringList currencies;               // enabled in the organisation, the base currency included
    QList<AccountChoice> bankAccounts;    // active, payments allowed
    QList<AccountChoice> revenueAccounts; // active revenue accounts
    QList<TaxChoice> taxTypes;            // active, usable on sales
};

// One page, not a wizard: the organisation, the bank account payments go to (or what it means that there is
// none and how to add one), the revenue account (200 by default), each Billhook tax rate mapped to one of
// the organisation's tax types (drop-downs, confirmed by the user), the currency check, the sync options
// and the customers already in Xero, with a preview of the first sync (a dry run) that imports them and links
// the ones Billhook has already. "Start syncing" stays disabled, with the list
// of what is missing, until everything is chosen and the currencies match.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(Database &db, QWidget *parent = nullptr);

    void setReference(const XeroSetupReference &reference);
    const XeroSetupReference &reference() const { return m_reference; }
    // The options as chosen on the page.
    SyncOptions options() const;
    // What keeps the setup from being complete, one sentence each; empty when complete.
    QStringList missing() const;
    bool isComplete() const { return missing().isEmpty(); }
    // Validates, saves the options (one transaction) and emits finished; false with the reason shown.
    bool finish();

    void setBusy(const QString &message);
    // Once set up, the page can be left without saving (Cancel).
    void setCancellable(bool cancellable);
    QPushButton *cancelButton() const { return m_cancel; }
    // The first sync's plan from a dry run (nothing written), grouped: Xero contacts linked to customers
    // here (and why), contacts to import, customers to create in Xero, unclear matches left alone; then any
    // other change (invoices, payments) as the engine's text lines.
    void setImportPreview(const SyncSummary &dryRun);
    // The preview's group headings as shown, e.g. "Matched (2)"; for tests.
    QStringList importGroups() const;
    QTreeWidget *importList() const { return m_importList; }
    // Shown when the organisation's numbers follow Billhook's pattern: use Billhook's own instead.
    QCheckBox *ownNumbersCheck() const { return m_ownNumbers; }

    QComboBox *bankCombo() const { return m_bank; }
    QComboBox *revenueCombo() const { return m_revenue; }
    QComboBox *taxCombo(const QString &billhookCode) const { return m_taxCombos.value(billhookCode); }
    QCheckBox *confirmTaxes() const { return m_confirmTaxes; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *previewImportButton() const { return m_previewImport; }
    QString missingText() const;
    QString currencyText() const;
    QString bankText() const;
    QString importText() const;

Q_SIGNALS:
    void finished(const billhook::SyncOptions &options);
    void checkAgainRequested();
    void cancelled();
    void importPreviewRequested();

private:
    void rebuildTaxRows();
    void updateState();

    Database &m_db;
    XeroSetupReference m_reference;
    SyncOptions m_saved;
    QLabel *m_title;
    QLabel *m_busy;
    QLabel *m_currency;
    QComboBox *m_bank;
    QLabel *m_bankNote;
    QComboBox *m_revenue;
    QFormLayout *m_taxForm;
    QWidget *m_taxBox;
    QHash<QString, QComboBox *> m_taxCombos;
    QCheckBox *m_confirmTaxes;
    QCheckBox *m_customers;
    QCheckBox *m_invoices;
    QCheckBox *m_payments;
    QComboBox *m_sendAs;
    QComboBox *m_conflicts;
    QCheckBox *m_importInvoices;
    QPushButton *m_previewImport;
    QLabel *m_importText;
    QTreeWidget *m_importList;
    QCheckBox *m_ownNumbers;
    QString m_ownPattern; // the numbering pattern m_ownNumbers proposes
    QLabel *m_missing;
    QPushButton *m_checkAgain;
    QPushButton *m_finish;
    QPushButton *m_cancel;
};

} // namespace billhook
