#include "invoicestore.h"

#include "settingsstore.h"
#include "sqlutil.h"
#include "syncstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace billhook {

namespace {

const QString kColumns = QStringLiteral(
    "i.id, i.uuid, i.customer_id, c.name, i.number, i.reference, i.issue_date, i.due_date, i.currency, "
    "i.tax_mode, i.status, i.subtotal, i.total_tax, i.total, i.amount_paid, i.version, i.updated_at");
const QString kFrom = QStringLiteral(" FROM invoices i JOIN customers c ON c.id = i.customer_id");
const QString kOrder = QStringLiteral(" ORDER BY i.issue_date DESC, i.id DESC");

Invoice readInvoice(const QSqlQuery &q)
{
    Invoice inv;
    inv.id = q.value(0).toLongLong();
    inv.uuid = q.value(1).toString();
    inv.customerId = q.value(2).toLongLong();
    inv.customerName = q.value(3).toString();
    inv.number = q.value(4).toString();
    inv.reference = q.value(5).toString();
    inv.issueDate = sql::fromDate(q.value(6));
    inv.dueDate = sql::fromDate(q.value(7));
    inv.currency = q.value(8).toString();
    inv.taxMode = taxModeFromKey(q.value(9).toString()).value_or(TaxMode::Exclusive);
    inv.status = invoiceStatusFromKey(q.value(10).toString()).value_or(InvoiceStatus::Draft);
    inv.subtotal = Money::fromUnits(q.value(11).toLongLong());
    inv.totalTax = Money::fromUnits(q.value(12).toLongLong());
    inv.total = Money::fromUnits(q.value(13).toLongLong());
    inv.amountPaid = Money::fromUnits(q.value(14).toLongLong());
    inv.version = q.value(15).toInt();
    inv.updatedAt = sql::fromTimestamp(q.value(16));
    return inv;
}

void normalise(Invoice &inv)
{
    inv.currency = inv.currency.trimmed().toUpper();
    inv.number = sql::text(inv.number.trimmed());
    inv.reference = sql::text(inv.reference.trimmed());
    for (auto &l : inv.lines) {
        for (QString *s : {&l.description, &l.taxCode, &l.accountCode, &l.itemCode})
            *s = sql::text(s->trimmed());
    }
}

// The trigram index finds substrings of three characters or more; shorter searches scan.
bool useSearchIndex(const InvoiceFilter &f, bool indexed)
{
    return indexed && f.search.trimmed().size() >= 3;
}

// An FTS5 phrase: the search text quoted, so its characters are matched literally as a substring.
QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString whereClause(const InvoiceFilter &f, bool indexed)
{
    QString w = QStringLiteral(" WHERE 1");
    if (!f.includeDeleted)
        w += QStringLiteral(" AND i.status != 'deleted'");
    switch (f.show) {
    case InvoiceFilter::Show::All:
        break;
    case InvoiceFilter::Show::Draft:
        w += QStringLiteral(" AND i.status = 'draft'");
        break;
    case InvoiceFilter::Show::AwaitingPayment:
    case InvoiceFilter::Show::Unpaid:
        w += QStringLiteral(" AND i.status IN ('approved', 'part_paid')");
        break;
    case InvoiceFilter::Show::Overdue:
        w += QStringLiteral(" AND i.status IN ('approved', 'part_paid') AND i.due_date < :today");
        break;
    case InvoiceFilter::Show::Open:
        w += QStringLiteral(" AND i.status IN ('draft', 'approved', 'part_paid')");
        break;
    case InvoiceFilter::Show::Paid:
        w += QStringLiteral(" AND i.status = 'paid'");
        break;
    case InvoiceFilter::Show::Voided:
        w += QStringLiteral(" AND i.status = 'voided'");
        break;
    }
    if (f.customerId > 0)
        w += QStringLiteral(" AND i.customer_id = :customer");
    if (f.from.isValid())
        w += QStringLiteral(" AND i.issue_date >= :from");
    if (f.to.isValid())
        w += QStringLiteral(" AND i.issue_date <= :to");
    if (!f.search.trimmed().isEmpty()) {
        if (useSearchIndex(f, indexed))
            w += QStringLiteral(
                " AND (i.id IN (SELECT rowid FROM invoice_search WHERE invoice_search MATCH :m) OR "
                "i.customer_id IN (SELECT id FROM customers WHERE name LIKE :s ESCAPE '\\'))");
        else
            w += QStringLiteral(
                " AND (i.number LIKE :s ESCAPE '\\' OR i.reference LIKE :s ESCAPE '\\' OR c.name LIKE "
                ":s ESCAPE '\\')");
    }
    return w;
}

void bindFilter(QSqlQuery &q, const InvoiceFilter &f, bool indexed)
{
    if (f.show == InvoiceFilter::Show::Overdue)
        q.bindValue(QStringLiteral(":today"), sql::date(f.today));
    if (f.customerId > 0)
        q.bindValue(QStringLiteral(":customer"), f.customerId);
    if (f.from.isValid())
        q.bindValue(QStringLiteral(":from"), sql::date(f.from));
    if (f.to.isValid())
        q.bindValue(QStringLiteral(":to"), sql::date(f.to));
    if (!f.search.trimmed().isEmpty())
        q.bindValue(QStringLiteral(":s"), sql::likePattern(f.search.trimmed()));
    if (useSearchIndex(f, indexed))
        q.bindValue(QStringLiteral(":m"), phrase(f.search.trimmed()));
}

} // namespace

Status InvoiceStore::checkCustomer(Id customerId, bool allowArchived) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT name, archived FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!q.exec())
        return m_db.databaseError(tr("read the customer"), q.lastError().text());
    if (!q.next()) {
        q.finish();
        return Error::make(Error::Code::NotFound, tr("There is no customer with id %1.").arg(customerId),
                           QStringLiteral("customer"));
    }
    const QString name = q.value(0).toString();
    const bool archived = q.value(1).toBool();
    q.finish();
    if (archived && !allowArchived)
        return Error::invalid(tr("%1 is archived. Restore the customer before invoicing them.").arg(name),
                              QStringLiteral("customer"));
    return {};
}

Status InvoiceStore::checkNumberFree(const QString &number, Id exceptId, bool refuseXeroNumbers) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM invoices WHERE number = ? AND id != ?"));
    q.addBindValue(number);
    q.addBindValue(exceptId);
    const bool taken = q.exec() && q.next();
    q.finish();
    if (taken)
        return Error::make(
            Error::Code::Duplicate,
            tr("Invoice number %1 is already used. Each invoice needs its own number.").arg(number),
            QStringLiteral("number"));
    if (!refuseXeroNumbers)
        return {};
    // A number the connected Xero organisation holds for an invoice Billhook has not linked: another
    // customer's invoice there, as far as anyone can tell. (The numbers of an organisation go with its link.)
    QSqlQuery &x =
        m_db.prepare(QStringLiteral("SELECT 1 FROM xero_invoice_numbers n WHERE n.number = ? AND NOT EXISTS "
                                    "(SELECT 1 FROM xero_links l WHERE l.entity = 'invoice' AND "
                                    "l.tenant_id = n.tenant_id AND l.xero_id = n.xero_id)"));
    x.addBindValue(number);
    const bool inXero = x.exec() && x.next();
    x.finish();
    if (inXero)
        return Error::make(Error::Code::Duplicate,
                           tr("Invoice number %1 is already used by another invoice in Xero. Each invoice "
                              "needs its own number: leave the number empty and Billhook gives the next free "
                              "one.")
                               .arg(number),
                           QStringLiteral("number"));
    return {};
}

Result<QString> InvoiceStore::nextFreeNumber(QDate issueDate)
{
    SettingsStore settings(m_db);
    const NumberingTemplate numbering = settings.numberingTemplate();
    for (;;) { // skip numbers taken by hand here, or held in Xero
        auto n = settings.nextCounter(QStringLiteral("invoice"));
        if (!n)
            return n.error();
        const QString number = numbering.format(*n, issueDate);
        if (checkNumberFree(number, 0))
            return number;
    }
}

Result<QString> InvoiceStore::renumberUnsent(Id id)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto current = get(id);
    if (!current)
        return current.error();
    if (SyncStore(m_db).anyLink(SyncEntity::Invoice, id))
        return Error::make(
            Error::Code::Locked,
            tr("Invoice %1 is already in Xero under that number; it keeps it.").arg(current->number),
            QStringLiteral("number"));
    auto number = nextFreeNumber(current->issueDate);
    if (!number)
        return number.error();
    if (auto s = m_db.exec(QStringLiteral("UPDATE invoices SET number = :n, version = version + 1, "
                                          "updated_at = :now WHERE id = :id"),
                           {{QStringLiteral("n"), *number},
                            {QStringLiteral("now"), sql::timestamp()},
                            {QStringLiteral("id"), id}},
                           tr("save the invoice"));
        !s)
        return s.error();
    if (auto s = SyncStore(m_db).enqueue(SyncEntity::Invoice, id, OutboxOp::Upsert, current->version + 1); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *number;
}

Status InvoiceStore::writeLines(Invoice &inv, bool replace)
{
    if (replace) {
        if (auto s = m_db.exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = :id"),
                               {{QStringLiteral("id"), inv.id}}, tr("save the invoice lines"));
            !s)
            return s;
    }
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity, unit_price, "
                       "discount, tax_code, "
                       "tax_rate, account_code, item_code, line_amount, tax_amount, xero_line_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"));
    for (auto &l : inv.lines) {
        if (auto s =
                m_db.exec(q,
                          {QVariant(inv.id), QVariant(l.position), QVariant(l.description),
                           QVariant(qint64(l.quantity.units())), QVariant(qint64(l.unitPrice.units())),
                           QVariant(qint64(l.discount.units())), QVariant(l.taxCode),
                           QVariant(qint64(l.taxRate.units())), QVariant(l.accountCode), QVariant(l.itemCode),
                           QVariant(qint64(l.lineAmount.units())), QVariant(qint64(l.taxAmount.units()))},
                          tr("save the invoice lines"));
            !s)
            return s;
        l.id = q.lastInsertId().toLongLong();
    }
    q.finish();
    return {};
}

Result<Id> InvoiceStore::add(Invoice inv)
{
    normalise(inv);
    inv.status = InvoiceStatus::Draft;
    inv.amountPaid = {};
    if (auto s = Validation::validate(inv); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = checkCustomer(inv.customerId); !s)
        return s.error();
    if (inv.number.isEmpty()) {
        auto number = nextFreeNumber(inv.issueDate);
        if (!number)
            return number.error();
        inv.number = *number;
    } else if (auto s = checkNumberFree(inv.number, 0); !s) {
        return s.error();
    }
    inv.recalculate();
    if (inv.uuid.isEmpty())
        inv.uuid = sql::newUuid();
    const QString now = sql::timestamp();
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO invoices (uuid, customer_id, number, reference, issue_date, due_date, "
                       "currency, tax_mode, "
                       "status, subtotal, total_tax, total, amount_paid, version, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, 0, 1, ?, ?)"));
    if (auto s = m_db.exec(q,
                           {QVariant(inv.uuid), QVariant(inv.customerId), QVariant(inv.number),
                            QVariant(inv.reference), QVariant(sql::date(inv.issueDate)),
                            QVariant(sql::date(inv.dueDate)), QVariant(inv.currency),
                            QVariant(taxModeKey(inv.taxMode)), QVariant(qint64(inv.subtotal.units())),
                            QVariant(qint64(inv.totalTax.units())), QVariant(qint64(inv.total.units())),
                            QVariant(now), QVariant(now)},
                           tr("save the invoice"));
        !s)
        return s.error();
    inv.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto s = writeLines(inv, false); !s)
        return s.error();
    if (auto s = SyncStore(m_db).enqueue(SyncEntity::Invoice, inv.id, OutboxOp::Upsert, 1); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return inv.id;
}

Status InvoiceStore::update(Invoice inv)
{
    normalise(inv);
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = get(inv.id);
    if (!current)
        return current.error();
    // A paid, voided or deleted invoice says so; one that may change but for a payment says that.
    if (!InvoiceStatusRules::isEditable(current->status) || current->amountPaid.units() > 0)
        return Error::make(Error::Code::Locked,
                           InvoiceStatusRules::lockedReason(InvoiceStatusRules::isEditable(current->status)
                                                                ? InvoiceStatus::PartPaid
                                                                : current->status));
    if (auto s = checkNoRemovalWaiting(*current); !s)
        return s;
    if (current->version != inv.version)
        return Error::make(
            Error::Code::Invalid,
            tr("Invoice %1 was changed elsewhere (by a sync, or in another window) while you were "
               "editing. Reopen it to see the latest version, then make your change again.")
                .arg(current->number));
    if (inv.number.isEmpty())
        inv.number = current->number;
    if (inv.number != current->number) {
        if (!InvoiceStatusRules::isNumberEditable(current->status))
            return Error::make(
                Error::Code::Locked,
                tr("The number of an approved invoice cannot change (it is %1).").arg(current->number),
                QStringLiteral("number"));
        if (auto s = checkNumberFree(inv.number, inv.id); !s)
            return s;
    }
    inv.status = current->status;
    if (auto s = Validation::validate(inv); !s)
        return s;
    if (inv.customerId != current->customerId) {
        if (auto s = checkCustomer(inv.customerId); !s)
            return s;
    }
    inv.recalculate();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE invoices SET customer_id = ?, number = ?, reference = ?, issue_date = ?, due_date = ?, "
        "currency = ?, "
        "tax_mode = ?, subtotal = ?, total_tax = ?, total = ?, version = version + 1, updated_at = ? "
        "WHERE id = ? AND version = ?"));
    if (auto s = m_db.exec(q,
                           {QVariant(inv.customerId), QVariant(inv.number), QVariant(inv.reference),
                            QVariant(sql::date(inv.issueDate)), QVariant(sql::date(inv.dueDate)),
                            QVariant(inv.currency), QVariant(taxModeKey(inv.taxMode)),
                            QVariant(qint64(inv.subtotal.units())), QVariant(qint64(inv.totalTax.units())),
                            QVariant(qint64(inv.total.units())), QVariant(sql::timestamp()), QVariant(inv.id),
                            QVariant(inv.version)},
                           tr("save the invoice"));
        !s)
        return s;
    q.finish();
    if (auto s = writeLines(inv, true); !s)
        return s;
    if (auto s = SyncStore(m_db).enqueue(SyncEntity::Invoice, inv.id, OutboxOp::Upsert, inv.version + 1); !s)
        return s;
    return tx.commit();
}

Status InvoiceStore::transition(Id id, InvoiceAction action)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = get(id);
    if (!current)
        return current.error();
    auto next = InvoiceStatusRules::apply(current->status, action);
    if (!next)
        return next.error();
    if (action == InvoiceAction::Void) {
        if (auto s = checkNoRemovalWaiting(*current); !s)
            return s;
    }
    if (action == InvoiceAction::Approve) {
        if (auto s = checkCustomer(current->customerId); !s)
            return s;
        if (current->total.isNegative())
            return Error::invalid(
                tr("An invoice cannot total less than zero. To refund, raise a credit note."));
    }
    if (auto s = m_db.exec(QStringLiteral("UPDATE invoices SET status = :status, version = version + 1, "
                                          "updated_at = :now WHERE id = :id"),
                           {{QStringLiteral("status"), invoiceStatusKey(*next)},
                            {QStringLiteral("now"), sql::timestamp()},
                            {QStringLiteral("id"), id}},
                           tr("change the invoice's status"));
        !s)
        return s;
    const OutboxOp op = action == InvoiceAction::Void     ? OutboxOp::Void
                        : action == InvoiceAction::Delete ? OutboxOp::Delete
                                                          : OutboxOp::Upsert;
    if (auto s = SyncStore(m_db).enqueue(SyncEntity::Invoice, id, op, current->version + 1); !s)
        return s;
    return tx.commit();
}

Status InvoiceStore::approve(Id id)
{
    return transition(id, InvoiceAction::Approve);
}

bool InvoiceStore::paymentRemovalWaiting(Id invoiceId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM outbox o JOIN payments p ON p.id = o.local_id WHERE o.entity = 'payment' AND "
        "o.op = 'delete' AND p.invoice_id = ?"));
    q.addBindValue(invoiceId);
    const bool waiting = q.exec() && q.next();
    q.finish();
    return waiting;
}

Status InvoiceStore::checkNoRemovalWaiting(const Invoice &inv) const
{
    // Xero holds the invoice locked until it has deleted the payment; a change sent before would be refused.
    if (!paymentRemovalWaiting(inv.id))
        return {};
    return Error::make(Error::Code::Locked,
                       tr("A payment removed from invoice %1 is still to be deleted in Xero. The invoice can "
                          "change once the next sync has done that.")
                           .arg(inv.number));
}

Status InvoiceStore::voidInvoice(Id id)
{
    return transition(id, InvoiceAction::Void);
}

Status InvoiceStore::deleteDraft(Id id)
{
    return transition(id, InvoiceAction::Delete);
}

Result<Id> InvoiceStore::duplicate(Id id, QDate issueDate)
{
    auto source = get(id);
    if (!source)
        return source.error();
    Invoice copy = *source;
    const qint64 termsDays = copy.issueDate.daysTo(copy.dueDate);
    copy.id = 0;
    copy.uuid.clear();
    copy.number.clear();
    copy.issueDate = issueDate;
    copy.dueDate = issueDate.addDays(termsDays);
    copy.payments.clear();
    for (auto &l : copy.lines)
        l.id = 0;
    return add(copy);
}

Result<Id> InvoiceStore::recordPayment(Id invoiceId, Payment p)
{
    p.reference = sql::text(p.reference.trimmed());
    if (auto s = Validation::validate(p); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto inv = get(invoiceId);
    if (!inv)
        return inv.error();
    const Money due = inv->amountDue();
    if (inv->status == InvoiceStatus::Approved || inv->status == InvoiceStatus::PartPaid) {
        if (p.amount > due)
            return Error::invalid(tr("The payment of %1 is more than the %2 due on invoice %3.")
                                      .arg(p.amount.toString(), due.toString(), inv->number),
                                  QStringLiteral("amount"));
        if (p.date < inv->issueDate)
            return Error::invalid(tr("The payment date cannot be before the invoice date (%1).")
                                      .arg(inv->issueDate.toString(Qt::ISODate)),
                                  QStringLiteral("date"));
    }
    const InvoiceAction action = p.amount == due ? InvoiceAction::PayInFull : InvoiceAction::PayPart;
    auto next = InvoiceStatusRules::apply(inv->status, action);
    if (!next)
        return next.error();
    if (p.uuid.isEmpty())
        p.uuid = sql::newUuid();
    const QString now = sql::timestamp();
    QSqlQuery &q = m_db.prepare(QStringLiteral("INSERT INTO payments (uuid, invoice_id, date, amount, "
                                               "reference, source, version, created_at, updated_at) "
                                               "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    if (auto s = m_db.exec(q,
                           {QVariant(p.uuid), QVariant(invoiceId), QVariant(sql::date(p.date)),
                            QVariant(qint64(p.amount.units())), QVariant(p.reference),
                            QVariant(p.source == u"xero" ? QStringLiteral("xero") : QStringLiteral("local")),
                            QVariant(now), QVariant(now)},
                           tr("save the payment"));
        !s)
        return s.error();
    p.id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto s = m_db.exec(
            QStringLiteral("UPDATE invoices SET amount_paid = amount_paid + :amount, status = :status, "
                           "version = version + 1, updated_at = :now WHERE id = :id"),
            {{QStringLiteral("amount"), qint64(p.amount.units())},
             {QStringLiteral("status"), invoiceStatusKey(*next)},
             {QStringLiteral("now"), now},
             {QStringLiteral("id"), invoiceId}},
            tr("save the payment"));
        !s)
        return s.error();
    if (p.source != u"xero") {
        if (auto s = SyncStore(m_db).enqueue(SyncEntity::Payment, p.id, OutboxOp::Upsert, 1); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return p.id;
}

Result<Invoice> InvoiceStore::get(Id id) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns + kFrom + QStringLiteral(" WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.databaseError(tr("read the invoice"), q.lastError().text());
    if (!q.next()) {
        q.finish();
        return Error::make(Error::Code::NotFound, tr("There is no invoice with id %1.").arg(id));
    }
    Invoice inv = readInvoice(q);
    q.finish();

    QSqlQuery &l = m_db.prepare(QStringLiteral(
        "SELECT id, position, description, quantity, unit_price, discount, tax_code, tax_rate, account_code, "
        "item_code, line_amount, tax_amount FROM invoice_lines WHERE invoice_id = ? ORDER BY position, id"));
    l.addBindValue(id);
    if (!l.exec())
        return m_db.databaseError(tr("read the invoice"), l.lastError().text());
    while (l.next()) {
        InvoiceLine line;
        line.id = l.value(0).toLongLong();
        line.position = l.value(1).toInt();
        line.description = l.value(2).toString();
        line.quantity = Quantity::fromUnits(l.value(3).toLongLong());
        line.unitPrice = UnitPrice::fromUnits(l.value(4).toLongLong());
        line.discount = Percent::fromUnits(l.value(5).toLongLong());
        line.taxCode = l.value(6).toString();
        line.taxRate = Percent::fromUnits(l.value(7).toLongLong());
        line.accountCode = l.value(8).toString();
        line.itemCode = l.value(9).toString();
        line.lineAmount = Money::fromUnits(l.value(10).toLongLong());
        line.taxAmount = Money::fromUnits(l.value(11).toLongLong());
        inv.lines.append(line);
    }
    l.finish();
    inv.payments = payments(id);
    return inv;
}

Result<Invoice> InvoiceStore::findByNumber(const QString &number) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT id FROM invoices WHERE number = ?"));
    q.addBindValue(number);
    Id id = 0;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    if (id == 0)
        return Error::make(Error::Code::NotFound, tr("There is no invoice numbered %1.").arg(number));
    return get(id);
}

QList<Payment> InvoiceStore::payments(Id invoiceId) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT id, uuid, date, amount, reference, source FROM payments "
                                    "WHERE invoice_id = ? AND deleted = 0 ORDER BY date, id"));
    q.addBindValue(invoiceId);
    QList<Payment> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Payment p;
        p.id = q.value(0).toLongLong();
        p.uuid = q.value(1).toString();
        p.invoiceId = invoiceId;
        p.date = sql::fromDate(q.value(2));
        p.amount = Money::fromUnits(q.value(3).toLongLong());
        p.reference = q.value(4).toString();
        p.source = q.value(5).toString();
        out.append(p);
    }
    q.finish();
    return out;
}

Result<Payment> InvoiceStore::payment(Id paymentId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT id, uuid, invoice_id, date, amount, reference, source, deleted, version FROM payments "
        "WHERE id = ?"));
    q.addBindValue(paymentId);
    if (!q.exec() || !q.next()) {
        q.finish();
        return Error::make(Error::Code::NotFound, tr("There is no payment with id %1.").arg(paymentId));
    }
    Payment p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.invoiceId = q.value(2).toLongLong();
    p.date = sql::fromDate(q.value(3));
    p.amount = Money::fromUnits(q.value(4).toLongLong());
    p.reference = q.value(5).toString();
    p.source = q.value(6).toString();
    p.deleted = q.value(7).toBool();
    p.version = q.value(8).toInt();
    q.finish();
    return p;
}

QList<Invoice> InvoiceStore::list(const InvoiceFilter &f) const
{
    // The page's ids first, then their rows: ordering and limiting then work on ids and dates from the
    // indexes instead of on every matching row in full.
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kColumns + kFrom +
                                QStringLiteral(" WHERE i.id IN (SELECT i.id") + kFrom +
                                whereClause(f, m_db.hasInvoiceSearchIndex()) + kOrder +
                                QStringLiteral(" LIMIT :limit OFFSET :offset)") + kOrder);
    bindFilter(q, f, m_db.hasInvoiceSearchIndex());
    q.bindValue(QStringLiteral(":limit"), f.limit);
    q.bindValue(QStringLiteral(":offset"), f.offset);
    QList<Invoice> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readInvoice(q));
    q.finish();
    return out;
}

int InvoiceStore::count(const InvoiceFilter &f) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*)") + kFrom +
                                whereClause(f, m_db.hasInvoiceSearchIndex()));
    bindFilter(q, f, m_db.hasInvoiceSearchIndex());
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

DashboardFigures InvoiceStore::dashboard(QDate today, const QString &currency) const
{
    DashboardFigures d;
    d.currency = currency;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN status IN ('approved', 'part_paid') THEN total - amount_paid END), "
        "0), "
        "coalesce(sum(CASE WHEN status IN ('approved', 'part_paid') AND due_date < :today "
        "THEN total - amount_paid END), 0), "
        "count(CASE WHEN status IN ('approved', 'part_paid') AND due_date < :today THEN 1 END), "
        "coalesce(sum(CASE WHEN status IN ('approved', 'part_paid', 'paid') AND issue_date >= :month "
        "AND issue_date <= :today THEN total END), 0) "
        "FROM invoices WHERE currency = :currency AND status IN ('approved', 'part_paid', 'paid')"));
    q.bindValue(QStringLiteral(":today"), sql::date(today));
    q.bindValue(QStringLiteral(":month"), sql::date(QDate(today.year(), today.month(), 1)));
    q.bindValue(QStringLiteral(":currency"), currency);
    if (q.exec() && q.next()) {
        d.outstanding = Money::fromUnits(q.value(0).toLongLong());
        d.overdue = Money::fromUnits(q.value(1).toLongLong());
        d.overdueCount = q.value(2).toInt();
        d.invoicedThisMonth = Money::fromUnits(q.value(3).toLongLong());
    }
    q.finish();
    QSqlQuery &o =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns + kFrom +
                     QStringLiteral(" WHERE i.status IN ('approved', 'part_paid') AND i.due_date < ? "
                                    "AND i.currency = ? ORDER BY i.due_date, i.id LIMIT 10"));
    o.addBindValue(sql::date(today));
    o.addBindValue(currency);
    if (o.exec()) {
        while (o.next())
            d.oldestOverdue.append(readInvoice(o));
    }
    o.finish();
    return d;
}

Status InvoiceStore::writeLinesFromXero(const InvoiceFromXero &in, Id invoiceId, bool replace)
{
    if (replace) {
        if (auto s = m_db.exec(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = :id"),
                               {{QStringLiteral("id"), invoiceId}},
                               QCoreApplication::translate("SyncEngine", "save the invoice lines"));
            !s)
            return s;
    }
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO invoice_lines (invoice_id, position, description, quantity, "
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
        if (auto s = m_db.exec(q,
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

Result<bool> InvoiceStore::writeFromXero(const InvoiceFromXero &in, int expectedVersion)
{
    const Invoice &inv = in.invoice;
    const Money subtotal = in.takeFigures ? in.figures.subtotal : inv.subtotal;
    const Money tax = in.takeFigures ? in.figures.totalTax : inv.totalTax;
    const Money total = in.takeFigures ? in.figures.total : inv.total;
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE invoices SET customer_id = ?, number = ?, reference = ?, issue_date = ?, due_date = ?, "
        "currency = ?, tax_mode = ?, status = ?, subtotal = ?, total_tax = ?, total = ?, amount_paid = ?, "
        "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    if (auto s = m_db.exec(
            q,
            {QVariant(inv.customerId), QVariant(inv.number), QVariant(sql::text(inv.reference)),
             QVariant(sql::date(inv.issueDate)), QVariant(sql::date(inv.dueDate)), QVariant(inv.currency),
             QVariant(taxModeKey(inv.taxMode)), QVariant(invoiceStatusKey(inv.status)),
             QVariant(qint64(subtotal.units())), QVariant(qint64(tax.units())),
             QVariant(qint64(total.units())), QVariant(qMax<qint64>(0, inv.amountPaid.units())),
             QVariant(sql::timestamp()), QVariant(inv.id), QVariant(expectedVersion)},
            QCoreApplication::translate("SyncEngine", "save the invoice from Xero"));
        !s)
        return s.error();
    q.finish();
    if (sql::changedRows(m_db) != 1)
        return false;
    if (auto s = writeLinesFromXero(in, inv.id, true); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<Id> InvoiceStore::addFromXero(const InvoiceFromXero &in)
{
    // Checked as a new draft typed here would be, but for what makes it Xero's: its own number (held in
    // Xero by this very invoice), a customer archived since (history), its status, amounts paid and
    // figures, and the number, reference and lines exactly as Xero holds them. One insert, no outbox row.
    Invoice draft = in.invoice;
    normalise(draft);
    draft.status = InvoiceStatus::Draft;
    draft.amountPaid = {};
    if (auto s = Validation::validate(draft); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (auto s = checkCustomer(draft.customerId, true); !s)
        return s.error();
    const Invoice &inv = in.invoice;
    QString number = inv.number;
    if (draft.number.isEmpty()) {
        auto next = nextFreeNumber(inv.issueDate);
        if (!next)
            return next.error();
        number = *next;
    } else if (auto s = checkNumberFree(draft.number, 0, false); !s) {
        return s.error();
    }
    Money subtotal = inv.subtotal, tax = inv.totalTax, total = inv.total;
    if (in.takeFigures) {
        subtotal = in.figures.subtotal;
        tax = in.figures.totalTax;
        total = in.figures.total;
    }
    const QString now = sql::timestamp();
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("INSERT INTO invoices (uuid, customer_id, number, reference, issue_date, due_date, "
                       "currency, tax_mode, status, subtotal, total_tax, total, amount_paid, version, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    if (auto s = m_db.exec(q,
                           {QVariant(inv.uuid.isEmpty() ? sql::newUuid() : inv.uuid),
                            QVariant(inv.customerId), QVariant(number), QVariant(sql::text(inv.reference)),
                            QVariant(sql::date(inv.issueDate)), QVariant(sql::date(inv.dueDate)),
                            QVariant(draft.currency), QVariant(taxModeKey(inv.taxMode)),
                            QVariant(invoiceStatusKey(inv.status)), QVariant(qint64(subtotal.units())),
                            QVariant(qint64(tax.units())), QVariant(qint64(total.units())),
                            QVariant(qMax<qint64>(0, inv.amountPaid.units())), QVariant(now), QVariant(now)},
                           QCoreApplication::translate("SyncEngine", "save the invoice from Xero"));
        !s)
        return s.error();
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    if (auto s = writeLinesFromXero(in, id, false); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

QStringList InvoiceStore::xeroLineIds(Id invoiceId) const
{
    QSqlQuery &q = m_db.prepare(
        QStringLiteral("SELECT xero_line_id FROM invoice_lines WHERE invoice_id = ? ORDER BY position, id"));
    q.addBindValue(invoiceId);
    return sql::strings(q);
}

Result<Id> InvoiceStore::addPaymentFromXero(const Payment &p)
{
    const QString now = sql::timestamp();
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("INSERT INTO payments (uuid, invoice_id, date, amount, reference, "
                                    "source, version, created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, 'xero', 1, ?, ?)"));
    if (auto s = m_db.exec(q,
                           {QVariant(sql::newUuid()), QVariant(p.invoiceId), QVariant(sql::date(p.date)),
                            QVariant(qint64(p.amount.units())), QVariant(sql::text(p.reference)),
                            QVariant(now), QVariant(now)},
                           QCoreApplication::translate("SyncEngine", "save the payment from Xero"));
        !s)
        return s.error();
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status InvoiceStore::markPaymentDeletedFromXero(Id paymentId)
{
    return m_db.exec(
        QStringLiteral("UPDATE payments SET deleted = 1, version = version + 1, updated_at = :now "
                       "WHERE id = :id AND deleted = 0"),
        {{QStringLiteral("now"), sql::timestamp()}, {QStringLiteral("id"), paymentId}},
        QCoreApplication::translate("SyncEngine", "save the payment from Xero"));
}

namespace {

// An approved invoice's status once its payments come to `paid`.
QString statusForPaid(Money paid, Money total)
{
    if (paid.units() <= 0)
        return invoiceStatusKey(InvoiceStatus::Approved);
    return invoiceStatusKey(paid >= total ? InvoiceStatus::Paid : InvoiceStatus::PartPaid);
}

} // namespace

Result<InvoiceStore::PaymentRemoval> InvoiceStore::removePayment(Id paymentId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto p = payment(paymentId);
    if (!p)
        return p.error();
    if (p->deleted)
        return Error::invalid(tr("That payment was already removed."));
    auto inv = get(p->invoiceId);
    if (!inv)
        return inv.error();
    if (inv->status != InvoiceStatus::Paid && inv->status != InvoiceStatus::PartPaid)
        return Error::invalid(tr("Invoice %1 is %2, so its payments cannot be changed.")
                                  .arg(inv->number, invoiceStatusInSentence(inv->status)));
    SyncStore sync(m_db);
    // In Xero, or perhaps there: linked to a Xero payment, or sent with an answer still unsettled.
    const bool mayBeInXero = sync.anyLink(SyncEntity::Payment, paymentId).has_value() ||
                             sync.sentBefore(SyncEntity::Payment, paymentId);
    const QString now = sql::timestamp();
    if (auto s = m_db.exec(
            QStringLiteral("UPDATE payments SET deleted = 1, version = version + 1, updated_at = :now "
                           "WHERE id = :id AND deleted = 0"),
            {{QStringLiteral("now"), now}, {QStringLiteral("id"), paymentId}}, tr("remove the payment"));
        !s)
        return s.error();
    const Money paid = inv->amountPaid - p->amount;
    if (auto s = m_db.exec(QStringLiteral("UPDATE invoices SET amount_paid = :paid, status = :status, "
                                          "version = version + 1, updated_at = :now WHERE id = :id"),
                           {{QStringLiteral("paid"), qint64(qMax<qint64>(0, paid.units()))},
                            {QStringLiteral("status"), statusForPaid(paid, inv->total)},
                            {QStringLiteral("now"), now},
                            {QStringLiteral("id"), inv->id}},
                           tr("remove the payment"));
        !s)
        return s.error();
    if (mayBeInXero) {
        if (auto s = sync.enqueue(SyncEntity::Payment, paymentId, OutboxOp::Delete, p->version + 1); !s)
            return s.error();
    } else {
        // Never reached Xero: nothing to send, and a refusal of its create is moot.
        if (auto s = sync.removeFromOutboxFor(SyncEntity::Payment, paymentId); !s)
            return s.error();
        if (auto s = sync.resolveIssuesFor(SyncEntity::Payment, paymentId); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return mayBeInXero ? PaymentRemoval::WaitingForXero : PaymentRemoval::Removed;
}

Status InvoiceStore::restorePayment(Id paymentId)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto p = payment(paymentId);
    if (!p)
        return p.error();
    if (!p->deleted)
        return {};
    auto inv = get(p->invoiceId);
    if (!inv)
        return inv.error();
    const QString now = sql::timestamp();
    const Money paid = inv->amountPaid + p->amount;
    if (auto s = m_db.exec(
            QStringLiteral("UPDATE payments SET deleted = 0, version = version + 1, updated_at = :now "
                           "WHERE id = :id"),
            {{QStringLiteral("now"), now}, {QStringLiteral("id"), paymentId}},
            QCoreApplication::translate("SyncEngine", "restore the payment"));
        !s)
        return s;
    const bool approved = inv->status == InvoiceStatus::Approved || inv->status == InvoiceStatus::PartPaid ||
                          inv->status == InvoiceStatus::Paid;
    if (auto s = m_db.exec(QStringLiteral("UPDATE invoices SET amount_paid = :paid, status = :status, "
                                          "version = version + 1, updated_at = :now WHERE id = :id"),
                           {{QStringLiteral("paid"), qint64(paid.units())},
                            {QStringLiteral("status"),
                             approved ? statusForPaid(paid, inv->total) : invoiceStatusKey(inv->status)},
                            {QStringLiteral("now"), now},
                            {QStringLiteral("id"), inv->id}},
                           QCoreApplication::translate("SyncEngine", "restore the payment"));
        !s)
        return s;
    return tx.commit();
}

Result<Payment> InvoiceStore::livePayment(Id paymentId) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
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

Status InvoiceStore::setAmountPaidFromXero(Id invoiceId, Money amountPaid)
{
    // Never below nothing (a removal counted against a figure Xero has not updated yet): the next read of
    // the invoice brings Xero's own.
    amountPaid = Money::fromUnits(qMax<qint64>(0, amountPaid.units()));
    return m_db.exec(
        QStringLiteral("UPDATE invoices SET amount_paid = :a WHERE id = :id AND amount_paid != :a"),
        {{QStringLiteral("a"), qint64(amountPaid.units())}, {QStringLiteral("id"), invoiceId}},
        QCoreApplication::translate("SyncEngine", "save the payment from Xero"));
}

} // namespace billhook
