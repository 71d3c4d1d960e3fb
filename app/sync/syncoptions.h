#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace billhook {

class Database;

// What the sync does, stored in the database's settings under "sync.*" (a copied database syncs the same
// way). The Xero pane edits these; the engine reads them at the start of each run.
struct SyncOptions
{
    enum class SendInvoicesAs
    {
        Draft,   // every invoice goes to Xero as DRAFT; the accountant approves it there
        Approved // an invoice approved in Billhook goes as AUTHORISED (drafts stay DRAFT)
    };
    enum class ConflictDefault
    {
        Ask,      // a conflict waits for the user (an issue with both values)
        KeepMine, // the Billhook value wins and is sent to Xero
        KeepXero  // Xero's value wins and is written locally
    };

    bool syncCustomers = true;
    bool syncInvoices = true; // needs syncCustomers: an invoice's contact must exist in Xero
    bool syncPayments = true; // needs syncInvoices
    bool sendCustomerEdits = true;
    bool acceptXeroEdits = true;
    SendInvoicesAs sendInvoicesAs = SendInvoicesAs::Approved;
    bool importXeroInvoices = false; // invoices created in Xero become local invoices
    QString revenueAccountCode = QStringLiteral("200");
    QString bankAccountCode;         // the Xero bank account (Code) payments are recorded against
    QString bankAccountId;           // its AccountID, when known
    QMap<QString, QString> taxTypes; // Billhook tax code -> Xero TaxType
    ConflictDefault conflictDefault = ConflictDefault::Ask;
    int overlapSeconds = 10; // the pull re-reads this much before its watermark

    // Through SettingsStore; unset keys take the defaults above. Refuses options the sync cannot run with
    // (a value it cannot read, or options that do not go together).
    static Result<SyncOptions> load(Database &db);
    // The stored options whatever their state, for showing them: a value that cannot be read takes its
    // default here and its problem is added to `problems` (each naming its key in Error::field), followed
    // by validate()'s.
    static SyncOptions read(Database &db, QList<Error> *problems);
    // Validates first; saves every key in one transaction, or nothing.
    Status save(Database &db) const;
    // The first problem, naming the option and what to do.
    Status validate() const;

    // Keys and values as stored ("sync.invoices" = "1", "sync.conflict_default" = "ask", ...).
    static QString conflictDefaultKey(ConflictDefault c);
    static std::optional<ConflictDefault> conflictDefaultFromKey(const QString &key);
    static QString sendInvoicesAsKey(SendInvoicesAs s);
    static std::optional<SendInvoicesAs> sendInvoicesAsFromKey(const QString &key);

    Q_DECLARE_TR_FUNCTIONS(SyncOptions) // last: the macro leaves what follows private
};

} // namespace billhook
