#include "synclocal.h"

#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

namespace billhook::synclocal {

namespace {

int changedRows(Database &db)
{
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT changes()")); // prepared once: it runs per record
    const int out = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return out;
}

Status deleteOutboxRow(Database &db, const QString &entity, Id localId)
{
    return db.exec(QStringLiteral("DELETE FROM outbox WHERE entity = :e AND local_id = :id"),
                   {{QStringLiteral("e"), entity}, {QStringLiteral("id"), localId}},
                   QCoreApplication::translate("SyncEngine", "update the outbox"));
}

Status writeLines(Database &db, const InvoiceFromXero &in, Id invoiceId)
{
    if (auto s = db.exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = :id"),
                         {{QStringLiteral("id"), invoiceId}},
                         QCoreApplication::translate("SyncEngine", "save the invoice lines"));
        !s)
        return s;
    QSqlQuery &q =
        db.prepare(QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
                                  "unit_price, discount, tax_code, "
                                  "tax_rate, account_code, item_code, line_amount, tax_amount, xero_line_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const auto &lines = in.invoice.lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine &l = lines[i];
        const bool fromXero = in.takeFigures && i < in.figures.lineAmounts.size();
        const Money amount = fromXero ? in.figures.lineAmounts[i] : l.lineAmount;
        const Money tax = fromXero ? in.figures.lineTaxes[i] : l.taxAmount;
        const QString lineId = i < in.figures.lineItemIds.size() ? in.figures.lineItemIds[i] : QString();
        if (auto s = db.exec(q,
                             {QVariant(invoiceId), QVariant(int(i)), QVariant(sql::text(l.description)),
                              QVariant(qint64(l.quantity.units())), QVariant(qint64(l.unitPrice.units())),
                              QVariant(qint64(l.discount.units())), QVariant(sql::text(l.taxCode)),
                              QVariant(qint64(l.taxRate.units())), QVariant(sql::text(l.accountCode)),
                              QVariant(sql::text(l.itemCode)), QVariant(qint64(amount.units())),
                              QVariant(qint64(tax.units())), QVariant(sql::text(lineId))},
                             QCoreApplication::translate("SyncEngine", "save the invoice lines"));
            !s)
            return s;
    }
    q.finish();
    return {};
}

} // namespace

Result<bool> updateCustomer(Database &db, const Customer &c, int expectedVersion)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, contact_person = ?, email = ?, phone = ?, mobile = ?, address = ?, "
        "contact_number = ?, archived = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = "
        "?"));
    if (auto s = db.exec(q,
                         {QVariant(sql::text(c.name)), QVariant(sql::text(c.contactPerson)),
                          QVariant(sql::text(c.email)), QVariant(sql::text(c.phone)),
                          QVariant(sql::text(c.mobile)), QVariant(sql::text(c.address)),
                          QVariant(c.contactNumber), QVariant(c.archived ? 1 : 0), QVariant(sql::timestamp()),
                          QVariant(c.id), QVariant(expectedVersion)},
                         QCoreApplication::translate("SyncEngine", "save the customer from Xero"));
        !s)
        return s.error();
    q.finish();
    return changedRows(db) == 1;
}

Status setCustomerXeroStatus(Database &db, Id id, const QString &xeroStatus)
{
    return db.exec(
        QStringLiteral("UPDATE customers SET xero_status = :s WHERE id = :id AND xero_status != :s"),
        {{QStringLiteral("s"), sql::text(xeroStatus)}, {QStringLiteral("id"), id}},
        QCoreApplication::translate("SyncEngine", "save the customer from Xero"));
}

QString customerXeroStatus(Database &db, Id id)
{
    QSqlQuery &q = db.prepare(QStringLiteral("SELECT xero_status FROM customers WHERE id = ?"));
    q.addBindValue(id);
    QString out;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

Result<Id> insertCustomer(Database &db, Customer c)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    auto id = CustomerStore(db).add(c);
    if (!id)
        return id.error();
    if (auto s = deleteOutboxRow(db, QStringLiteral("customer"), *id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

namespace {

// searchTextStored: the row already holds in.invoice's number and reference, so the UPDATE leaves them out
// and the search index's update trigger (a delete and an insert in the FTS table) does not fire.
Result<bool> writeInvoiceRow(Database &db, const InvoiceFromXero &in, int expectedVersion,
                             bool searchTextStored)
{
    const Invoice &inv = in.invoice;
    const Money subtotal = in.takeFigures ? in.figures.subtotal : inv.subtotal;
    const Money tax = in.takeFigures ? in.figures.totalTax : inv.totalTax;
    const Money total = in.takeFigures ? in.figures.total : inv.total;
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    QSqlQuery &q = db.prepare(
        searchTextStored
            ? QStringLiteral(
                  "UPDATE invoices SET customer_id = ?, issue_date = ?, due_date = ?, currency = ?, "
                  "tax_mode = ?, status = ?, subtotal = ?, total_tax = ?, total = ?, amount_paid = ?, "
                  "version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
            : QStringLiteral(
                  "UPDATE invoices SET customer_id = ?, number = ?, reference = ?, issue_date = ?, "
                  "due_date = ?, currency = ?, tax_mode = ?, status = ?, subtotal = ?, total_tax = ?, "
                  "total = ?, amount_paid = ?, version = version + 1, updated_at = ? WHERE id = ? AND "
                  "version = ?"));
    QVariantList values{QVariant(inv.customerId)};
    if (!searchTextStored)
        values << QVariant(inv.number) << QVariant(sql::text(inv.reference));
    values << QVariant(sql::date(inv.issueDate)) << QVariant(sql::date(inv.dueDate)) << QVariant(inv.currency)
           << QVariant(taxModeKey(inv.taxMode)) << QVariant(invoiceStatusKey(inv.status))
           << QVariant(qint64(subtotal.units())) << QVariant(qint64(tax.units()))
           << QVariant(qint64(total.units())) << QVariant(qint64(inv.amountPaid.units()))
           << QVariant(sql::timestamp()) << QVariant(inv.id) << QVariant(expectedVersion);
    if (auto s = db.exec(q, values, QCoreApplication::translate("SyncEngine", "save the invoice from Xero"));
        !s)
        return s.error();
    q.finish();
    if (changedRows(db) != 1)
        return false;
    if (auto s = writeLines(db, in, inv.id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

} // namespace

Result<bool> writeInvoice(Database &db, const InvoiceFromXero &in, int expectedVersion)
{
    return writeInvoiceRow(db, in, expectedVersion, false);
}

Result<Id> insertInvoice(Database &db, const InvoiceFromXero &in)
{
    Transaction tx(db);
    if (!tx.started())
        return tx.started().error();
    Invoice draft = in.invoice;
    draft.status = InvoiceStatus::Draft;
    auto id = InvoiceStore(db).add(draft);
    if (!id)
        return id.error();
    if (auto s = deleteOutboxRow(db, QStringLiteral("invoice"), *id); !s)
        return s.error();
    InvoiceFromXero written = in;
    written.invoice.id = *id;
    // InvoiceStore::add stored the number and reference trimmed; when they already were, they stand.
    const Invoice &inv = in.invoice;
    const bool searchTextStored = !inv.number.trimmed().isEmpty() && inv.number == inv.number.trimmed() &&
                                  inv.reference == inv.reference.trimmed();
    auto ok = writeInvoiceRow(db, written, 1, searchTextStored);
    if (!ok)
        return ok.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

QStringList lineItemIds(Database &db, Id invoiceId)
{
    QSqlQuery &q = db.prepare(
        QStringLiteral("SELECT xero_line_id FROM invoice_lines WHERE invoice_id = ? ORDER BY position, id"));
    q.addBindValue(invoiceId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    q.finish();
    return out;
}

Money pendingLocalPayments(Database &db, Id invoiceId, const QString &tenantId)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT coalesce(sum(p.amount), 0) FROM payments p WHERE p.invoice_id = ? AND p.deleted = 0 AND NOT "
        "EXISTS (SELECT 1 FROM xero_links l WHERE l.entity = 'payment' AND l.local_id = p.id AND l.tenant_id "
        "= ?)"));
    q.addBindValue(invoiceId);
    q.addBindValue(tenantId);
    Money out;
    if (q.exec() && q.next())
        out = Money::fromUnits(q.value(0).toLongLong());
    q.finish();
    return out;
}

Result<Id> insertPayment(Database &db, const Payment &p)
{
    const QString now = sql::timestamp();
    QSqlQuery &q =
        db.prepare(QStringLiteral("INSERT INTO payments (uuid, invoice_id, date, amount, reference, "
                                  "source, version, created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, ?, 'xero', 1, ?, ?)"));
    if (auto s = db.exec(q,
                         {QVariant(sql::newUuid()), QVariant(p.invoiceId), QVariant(sql::date(p.date)),
                          QVariant(qint64(p.amount.units())), QVariant(sql::text(p.reference)), QVariant(now),
                          QVariant(now)},
                         QCoreApplication::translate("SyncEngine", "save the payment from Xero"));
        !s)
        return s.error();
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status markPaymentDeleted(Database &db, Id paymentId)
{
    return db.exec(QStringLiteral("UPDATE payments SET deleted = 1, version = version + 1, updated_at = :now "
                                  "WHERE id = :id AND deleted = 0"),
                   {{QStringLiteral("now"), sql::timestamp()}, {QStringLiteral("id"), paymentId}},
                   QCoreApplication::translate("SyncEngine", "save the payment from Xero"));
}

Result<Payment> payment(Database &db, Id paymentId)
{
    QSqlQuery &q = db.prepare(QStringLiteral(
        "SELECT uuid, invoice_id, date, amount, reference, source, deleted FROM payments WHERE id = ?"));
    q.addBindValue(paymentId);
    if (!q.exec() || !q.next()) {
        q.finish();
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("SyncEngine", "There is no payment with id %1.").arg(paymentId));
    }
    Payment p;
    p.id = paymentId;
    p.uuid = q.value(0).toString();
    p.invoiceId = q.value(1).toLongLong();
    p.date = sql::fromDate(q.value(2));
    p.amount = Money::fromUnits(q.value(3).toLongLong());
    p.reference = q.value(4).toString();
    p.source = q.value(5).toString();
    const bool deleted = q.value(6).toBool();
    q.finish();
    if (deleted)
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("SyncEngine", "The payment %1 was deleted.").arg(paymentId));
    return p;
}

Result<bool> removeOutboxIfVersion(Database &db, Id outboxId, int version)
{
    if (auto s = db.exec(QStringLiteral("DELETE FROM outbox WHERE id = :id AND local_version = :v"),
                         {{QStringLiteral("id"), outboxId}, {QStringLiteral("v"), version}},
                         QCoreApplication::translate("SyncEngine", "update the outbox"));
        !s)
        return s.error();
    return changedRows(db) == 1;
}

} // namespace billhook::synclocal
