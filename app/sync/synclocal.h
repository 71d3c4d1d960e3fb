#pragma once

#include "core/entities.h"
#include "storage/database.h"
#include "xero/xeromapping.h"

namespace billhook {

// The sync's own writes to local records: what Xero says, written without queueing it back to Xero. Every
// write checks the record's version, so an edit the user saved meanwhile is never overwritten: the write
// reports "stale" (false) and the record is merged again on the next run.
namespace synclocal {

Result<bool> updateCustomer(Database &db, const Customer &c, int expectedVersion);
Status setCustomerXeroStatus(Database &db, Id id, const QString &xeroStatus);
QString customerXeroStatus(Database &db, Id id);
// A customer created from a Xero contact (no outbox row: it came from Xero).
Result<Id> insertCustomer(Database &db, Customer c);

struct InvoiceFromXero
{
    Invoice invoice; // header and lines as merged; totals and line amounts from `figures`
    xeromap::XeroInvoiceFigures figures;
    bool takeFigures = true;
};
Result<bool> writeInvoice(Database &db, const InvoiceFromXero &in, int expectedVersion);
Result<Id> insertInvoice(Database &db, const InvoiceFromXero &in);
QStringList lineItemIds(Database &db, Id invoiceId);
// The sum of the invoice's local payments Xero does not have yet.
Money pendingLocalPayments(Database &db, Id invoiceId, const QString &tenantId);

Result<Id> insertPayment(Database &db, const Payment &p);
Status markPaymentDeleted(Database &db, Id paymentId);
Result<Payment> payment(Database &db, Id paymentId);

// Removes an outbox row only if no newer local edit arrived since `version` was read.
Result<bool> removeOutboxIfVersion(Database &db, Id outboxId, int version);

} // namespace synclocal

} // namespace billhook
