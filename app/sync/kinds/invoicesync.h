#pragma once

#include "core/numbering.h"
#include "sync/pager.h"
#include "sync/synccontext.h"

namespace billhook {

// Xero's values of `fields` (named as in xeromap::invoiceFields) written onto `inv`: the one place that
// takes an invoice's fields from Xero, for a pulled invoice and for "Keep Xero's" on a conflict. The
// contact is taken when `customerOf` knows its customer; the status keeps what Billhook adds (approved while
// Xero holds a draft) as xeromap::localInvoiceStatus says.
Invoice withXeroInvoiceFields(Invoice inv, const QStringList &fields, const QJsonObject &values,
                              const std::function<std::optional<Id>(const QString &contactId)> &customerOf,
                              const std::function<xeromap::LocalTax(const QString &taxType)> &taxFor);

// Sales invoices (ACCREC): pulled and merged field by field (Xero's version stands once it is paid, part
// paid, voided or deleted there), linked only by what Billhook sent (or the user's choice) and imported when
// the user asked for it; a local invoice whose number Xero holds is a collision, never sent or linked until
// the user decides. Pushed from the outbox with Xero's amounts kept, and a conflict's "Keep Xero's" written
// back.
class InvoiceSync
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    explicit InvoiceSync(SyncContext &ctx)
        : m_ctx(ctx)
    {}

    QCoro::Task<bool> pull();
    QCoro::Task<bool> push();
    // Reads these invoices again (by Xero id), e.g. once Xero has deleted one of their payments: their
    // amounts and status then come from Xero, as on any pull.
    QCoro::Task<bool> reread(const QStringList &xeroIds);
    // With Xero's invoices wanted, nothing pulled is dropped for want of what it belongs to. The contacts of
    // pulled invoices that no customer is linked to (the sync fetches them; taken once). The import of the
    // invoices that waited for their contact, once it is linked, whatever their time of change (this run's,
    // or earlier runs' waiting for the user's decision); and of invoices read by id (a payment's, when the
    // invoice was created after the invoices were read). Their payments may be older than the payments'
    // watermark: takeImportedLate() lists the invoices imported this way, for PaymentSync::pullFor.
    QStringList takeContactsToFetch();
    QCoro::Task<bool> importAwaited();
    QCoro::Task<bool> importByIds(const QStringList &xeroIds);
    QStringList takeImportedLate();
    // This run read an invoice whose amount paid is not what Billhook knew (paid, part paid or a payment
    // deleted in Xero), or brought one in that has payments: its payments are to be read.
    bool paymentsMayHaveChanged() const { return m_paymentsMayHaveChanged; }
    // "Keep Xero's" on a conflict: every field of the conflict written from Xero (no outbox row).
    static Status keepXeros(Database &db, Id invoiceId, const QString &tenantId, const QJsonObject &values);

private:
    PullSpec pullSpec();
    Status apply(const QJsonObject &invoice);
    // The local invoice's number is held in Xero by another invoice: a problem, with its two remedies.
    void raiseCollision(const Invoice &invoice, const XeroInvoiceNumber &held);
    QString taxTypeFor(const InvoiceLine &line);
    xeromap::LocalTax localTaxFor(const QString &taxType);
    xeromap::InvoiceContext invoiceContext(const Invoice &invoice);
    std::optional<Id> customerForContact(const QString &contactId);
    // Reads the links of a page of pulled invoices and of their contacts at once; an empty page forgets them.
    void prefetchLinks(const QJsonArray &records);

    SyncContext &m_ctx;
    QHash<QString, QString> m_taxTypeCache;   // Billhook tax code + rate -> TaxType
    QHash<QString, QString> m_storedTaxTypes; // Billhook tax code -> its xero_tax_type
    bool m_storedTaxTypesLoaded = false;
    // The invoice page being applied: the links of its invoices and of their contacts, read in one query each
    // instead of two per record. An invoice id's entry is used once (a repeat reads the table again); contact
    // links do not change while invoices are applied.
    QSet<QString> m_pageInvoiceIds;
    QHash<QString, XeroLink> m_pageInvoiceLinks;
    QSet<QString> m_pageContactIds;
    QHash<QString, Id> m_pageContactLinks;
    // Identity and numbers: what the outbox sent (fingerprint -> local invoice, read once a run), the
    // unlinked Xero invoices this run read (number -> what holds it; a dry run writes nothing, so the push
    // needs them from here), and the highest counter of the numbering template among them.
    QHash<QString, Id> m_sentFingerprints;
    bool m_sentFingerprintsLoaded = false;
    QHash<QString, XeroInvoiceNumber> m_heldNumbers;
    // A numbering pattern of Billhook's own that none of the numbers read from Xero matches; empty if none.
    QString ownNumbering() const;

    QSet<QString> m_seenNumbers; // every invoice number this pull read
    bool m_paymentsMayHaveChanged = false;
    QSet<QString> m_contactsToFetch;
    QStringList m_importedLate;
    NumberingTemplate m_numbering = NumberingTemplate::defaultTemplate();
    qint64 m_highestCounter = 0;
};

} // namespace billhook
