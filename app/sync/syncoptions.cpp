#include "syncoptions.h"

#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"

#include <QRegularExpression>

namespace billhook {

namespace {

const QString kCustomers = QStringLiteral("sync.customers");
const QString kInvoices = QStringLiteral("sync.invoices");
const QString kPayments = QStringLiteral("sync.payments");
const QString kSendCustomerEdits = QStringLiteral("sync.send_customer_edits");
const QString kAcceptXeroEdits = QStringLiteral("sync.accept_xero_edits");
const QString kSendInvoicesAs = QStringLiteral("sync.send_invoices_as");
const QString kImportInvoices = QStringLiteral("sync.import_xero_invoices");
const QString kRevenueAccount = QStringLiteral("sync.revenue_account");
const QString kBankAccountCode = QStringLiteral("sync.bank_account_code");
const QString kBankAccountId = QStringLiteral("sync.bank_account_id");
const QString kTaxTypePrefix = QStringLiteral("sync.tax_type.");
const QString kTaxTypeList = QStringLiteral("sync.tax_types");
const QString kConflictDefault = QStringLiteral("sync.conflict_default");
const QString kOverlap = QStringLiteral("sync.overlap_seconds");

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QStringLiteral("0");
}

Result<bool> readFlag(const SettingsStore &s, const QString &key, bool fallback)
{
    const QString v = s.value(key, flag(fallback)).trimmed();
    if (v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (v == u"0" || v.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return Error::invalid(SyncOptions::tr("The setting %1 is \"%2\"; it must be 1 or 0.").arg(key, v), key);
}

} // namespace

QString SyncOptions::conflictDefaultKey(ConflictDefault c)
{
    switch (c) {
    case ConflictDefault::Ask:
        return QStringLiteral("ask");
    case ConflictDefault::KeepMine:
        return QStringLiteral("mine");
    case ConflictDefault::KeepXero:
        return QStringLiteral("xero");
    }
    return {};
}

std::optional<SyncOptions::ConflictDefault> SyncOptions::conflictDefaultFromKey(const QString &key)
{
    for (auto c : {ConflictDefault::Ask, ConflictDefault::KeepMine, ConflictDefault::KeepXero}) {
        if (key.trimmed().compare(conflictDefaultKey(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString SyncOptions::sendInvoicesAsKey(SendInvoicesAs s)
{
    return s == SendInvoicesAs::Draft ? QStringLiteral("draft") : QStringLiteral("approved");
}

std::optional<SyncOptions::SendInvoicesAs> SyncOptions::sendInvoicesAsFromKey(const QString &key)
{
    for (auto s : {SendInvoicesAs::Draft, SendInvoicesAs::Approved}) {
        if (key.trimmed().compare(sendInvoicesAsKey(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

Result<SyncOptions> SyncOptions::load(Database &db)
{
    QList<Error> problems;
    SyncOptions o = read(db, &problems);
    if (!problems.isEmpty())
        return problems.first();
    return o;
}

SyncOptions SyncOptions::read(Database &db, QList<Error> *problems)
{
    const SettingsStore s(db);
    SyncOptions o;
    QList<Error> found;
    for (auto [key, target] :
         {std::pair{kCustomers, &o.syncCustomers}, std::pair{kInvoices, &o.syncInvoices},
          std::pair{kPayments, &o.syncPayments}, std::pair{kSendCustomerEdits, &o.sendCustomerEdits},
          std::pair{kAcceptXeroEdits, &o.acceptXeroEdits},
          std::pair{kImportInvoices, &o.importXeroInvoices}}) {
        auto v = readFlag(s, key, *target);
        if (v)
            *target = *v;
        else
            found.append(v.error());
    }
    const QString sendAs = s.value(kSendInvoicesAs, sendInvoicesAsKey(o.sendInvoicesAs));
    if (auto parsedSendAs = sendInvoicesAsFromKey(sendAs))
        o.sendInvoicesAs = *parsedSendAs;
    else
        found.append(Error::invalid(
            tr("The setting %1 is \"%2\"; it must be draft or approved.").arg(kSendInvoicesAs, sendAs),
            kSendInvoicesAs));
    const QString conflict = s.value(kConflictDefault, conflictDefaultKey(o.conflictDefault));
    if (auto parsedConflict = conflictDefaultFromKey(conflict))
        o.conflictDefault = *parsedConflict;
    else
        found.append(Error::invalid(
            tr("The setting %1 is \"%2\"; it must be ask, mine or xero.").arg(kConflictDefault, conflict),
            kConflictDefault));
    o.revenueAccountCode = s.value(kRevenueAccount, o.revenueAccountCode).trimmed();
    o.bankAccountCode = s.value(kBankAccountCode).trimmed();
    o.bankAccountId = s.value(kBankAccountId).trimmed();
    const QStringList taxCodes = s.value(kTaxTypeList).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &code : taxCodes)
        o.taxTypes.insert(code, s.value(kTaxTypePrefix + code).trimmed());
    bool ok = false;
    const QString overlap = s.value(kOverlap, QString::number(o.overlapSeconds));
    const int overlapSeconds = overlap.toInt(&ok);
    if (ok)
        o.overlapSeconds = overlapSeconds;
    else
        found.append(Error::invalid(
            tr("The setting %1 is \"%2\"; it must be a number of seconds.").arg(kOverlap, overlap),
            kOverlap));
    if (found.isEmpty()) {
        if (auto v = o.validate(); !v)
            found.append(v.error());
    }
    if (problems)
        *problems = found;
    return o;
}

Status SyncOptions::validate() const
{
    if (syncInvoices && !syncCustomers)
        return Error::invalid(tr("Invoices can only be synced together with customers: every invoice in Xero "
                                 "needs its contact. Turn on customer sync, or turn off invoice sync."),
                              kInvoices);
    if (syncPayments && !syncInvoices)
        return Error::invalid(tr("Payments can only be synced together with invoices: a payment belongs to "
                                 "an invoice. Turn on invoice sync, or turn off payment sync."),
                              kPayments);
    static const QRegularExpression code(QStringLiteral("^[A-Za-z0-9_.\\-]{1,10}$"));
    if (syncInvoices && !code.match(revenueAccountCode).hasMatch())
        return Error::invalid(
            tr("The revenue account \"%1\" is not an account code (up to 10 letters or digits). Choose the "
               "Xero sales account invoice lines go to, for example 200.")
                .arg(revenueAccountCode),
            kRevenueAccount);
    if (!bankAccountCode.isEmpty() && !code.match(bankAccountCode).hasMatch())
        return Error::invalid(
            tr("The bank account \"%1\" is not an account code (up to 10 letters or digits).")
                .arg(bankAccountCode),
            kBankAccountCode);
    if (syncPayments && bankAccountCode.isEmpty() && bankAccountId.isEmpty())
        return Error::invalid(tr("Choose the Xero bank account payments are recorded against, or turn off "
                                 "payment sync."),
                              kBankAccountCode);
    static const QRegularExpression taxType(QStringLiteral("^[A-Za-z0-9_]{1,50}$"));
    for (auto it = taxTypes.cbegin(); it != taxTypes.cend(); ++it) {
        if (it.key().trimmed().isEmpty() || it.key().contains(u'\n'))
            return Error::invalid(tr("A tax-rate mapping has an empty Billhook tax code."), kTaxTypeList);
        if (!taxType.match(it.value()).hasMatch())
            return Error::invalid(
                tr("The Xero tax type \"%1\" mapped to %2 is not a tax type (letters, digits "
                   "and _ only, such as OUTPUT2).")
                    .arg(it.value(), it.key()),
                kTaxTypePrefix + it.key());
    }
    if (overlapSeconds < 1 || overlapSeconds > 3600)
        return Error::invalid(tr("The pull overlap must be between 1 second and 1 hour."), kOverlap);
    return {};
}

Status SyncOptions::save(Database &db) const
{
    if (auto v = validate(); !v)
        return v;
    SettingsStore s(db);
    const QList<std::pair<QString, QString>> values = {
        {kCustomers, flag(syncCustomers)},
        {kInvoices, flag(syncInvoices)},
        {kPayments, flag(syncPayments)},
        {kSendCustomerEdits, flag(sendCustomerEdits)},
        {kAcceptXeroEdits, flag(acceptXeroEdits)},
        {kSendInvoicesAs, sendInvoicesAsKey(sendInvoicesAs)},
        {kImportInvoices, flag(importXeroInvoices)},
        {kRevenueAccount, revenueAccountCode},
        {kBankAccountCode, bankAccountCode},
        {kBankAccountId, bankAccountId},
        {kConflictDefault, conflictDefaultKey(conflictDefault)},
        {kOverlap, QString::number(overlapSeconds)},
        {kTaxTypeList, QStringList(taxTypes.keys()).join(u'\n')},
    };
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    // Xero's invoices are wanted from now on: the next sync reads the organisation's invoices and their
    // payments from the start, so its history comes down whole (until now each was only remembered by its
    // number), however long ago the first sync ran.
    if (importXeroInvoices && s.value(kImportInvoices) != flag(true)) {
        for (SyncEntity e : {SyncEntity::Invoice, SyncEntity::Payment}) {
            if (auto r = SyncStore(db).forgetWatermarks(e); !r)
                return r;
        }
    }
    // Xero edits are accepted again: the records whose Xero changes were held back are read again on the
    // next sync, and their changes go through. (Customer edits held back wait in the outbox.)
    if (acceptXeroEdits && s.value(kAcceptXeroEdits, flag(true)) != flag(true)) {
        if (auto r = SyncStore(db).rereadHeldBack(); !r)
            return r;
    }
    for (const auto &[key, value] : values) {
        if (auto r = s.setValue(key, value); !r)
            return r;
    }
    for (auto it = taxTypes.cbegin(); it != taxTypes.cend(); ++it) {
        if (auto r = s.setValue(kTaxTypePrefix + it.key(), it.value()); !r)
            return r;
    }
    return tx.commit();
}

} // namespace billhook
