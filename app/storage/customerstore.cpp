#include "customerstore.h"

#include "settingsstore.h"
#include "sqlutil.h"
#include "syncstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace billhook {

namespace {

const QString kColumns =
    QStringLiteral("id, uuid, name, contact_person, email, phone, mobile, address, "
                   "contact_number, payment_terms_days, notes, archived, version, updated_at");

Customer readCustomer(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.contactPerson = q.value(3).toString();
    c.email = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.mobile = q.value(6).toString();
    c.address = q.value(7).toString();
    c.contactNumber = q.value(8).toString();
    c.paymentTermsDays = q.value(9).toInt();
    c.notes = q.value(10).toString();
    c.archived = q.value(11).toBool();
    c.version = q.value(12).toInt();
    c.updatedAt = sql::fromTimestamp(q.value(13));
    return c;
}

void normalise(Customer &c)
{
    for (QString *s :
         {&c.name, &c.contactPerson, &c.email, &c.phone, &c.mobile, &c.address, &c.contactNumber, &c.notes})
        *s = sql::text(s->trimmed());
}

QString whereClause(const CustomerFilter &f)
{
    QString where = QStringLiteral(" WHERE 1");
    if (f.archivedOnly)
        where += QStringLiteral(" AND archived = 1");
    else if (!f.includeArchived)
        where += QStringLiteral(" AND archived = 0");
    if (!f.search.trimmed().isEmpty())
        where +=
            QStringLiteral(" AND (name LIKE :s ESCAPE '\\' OR contact_person LIKE :s ESCAPE '\\' OR email "
                           "LIKE :s ESCAPE '\\' OR phone LIKE :s ESCAPE '\\' OR contact_number LIKE :s "
                           "ESCAPE '\\')");
    return where;
}

} // namespace

Status CustomerStore::checkUnique(const Customer &c) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT name FROM customers WHERE contact_number = ? AND id != ?"));
    q.addBindValue(c.contactNumber);
    q.addBindValue(c.id);
    if (q.exec() && q.next()) {
        const QString other = q.value(0).toString();
        q.finish();
        return Error::make(Error::Code::Duplicate,
                           tr("The contact number %1 already belongs to %2. Each customer needs their own.")
                               .arg(c.contactNumber, other),
                           QStringLiteral("contact_number"));
    }
    q.finish();
    return {};
}

Result<Id> CustomerStore::insert(Customer &c)
{
    normalise(c);
    if (auto s = Validation::validate(c); !s)
        return s.error();
    SettingsStore settings(m_db);
    if (c.contactNumber.isEmpty()) {
        // Give every customer a stable number: it is how Xero's ContactNumber finds them again.
        for (;;) {
            auto n = settings.nextCounter(QStringLiteral("customer"));
            if (!n)
                return n.error();
            c.contactNumber = QStringLiteral("C-%1").arg(*n, 5, 10, QChar(u'0'));
            QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT 1 FROM customers WHERE contact_number = ?"));
            q.addBindValue(c.contactNumber);
            const bool taken = q.exec() && q.next();
            q.finish();
            if (!taken)
                break;
        }
    } else if (auto s = checkUnique(c); !s) {
        return s.error();
    }
    if (c.uuid.isEmpty())
        c.uuid = sql::newUuid();
    const QString now = sql::timestamp();
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "INSERT INTO customers (uuid, name, contact_person, email, phone, mobile, address, contact_number, "
        "payment_terms_days, notes, archived, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    if (auto s = m_db.exec(q,
                           {QVariant(c.uuid), QVariant(c.name), QVariant(c.contactPerson), QVariant(c.email),
                            QVariant(c.phone), QVariant(c.mobile), QVariant(c.address),
                            QVariant(c.contactNumber), QVariant(c.paymentTermsDays), QVariant(c.notes),
                            QVariant(c.archived ? 1 : 0), QVariant(now), QVariant(now)},
                           tr("save the customer"));
        !s)
        return s.error();
    c.id = q.lastInsertId().toLongLong();
    c.version = 1;
    q.finish();
    if (auto s = SyncStore(m_db).enqueue(SyncEntity::Customer, c.id, OutboxOp::Upsert, 1); !s)
        return s.error();
    return c.id;
}

Result<Id> CustomerStore::add(Customer customer)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = insert(customer);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Id>> CustomerStore::addAll(const QList<Customer> &customers, int firstRow)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    QList<Id> ids;
    ids.reserve(customers.size());
    for (qsizetype i = 0; i < customers.size(); ++i) {
        Customer c = customers[i];
        auto id = insert(c);
        if (!id) {
            Error e = id.error();
            e.message = tr("Row %1: %2 Nothing was imported.").arg(firstRow + i).arg(e.message);
            return e;
        }
        ids.append(*id);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

Status CustomerStore::update(const Customer &input)
{
    Customer c = input;
    normalise(c);
    if (auto s = Validation::validate(c); !s)
        return s;
    if (c.contactNumber.isEmpty())
        return Error::invalid(tr("The contact number cannot be empty."), QStringLiteral("contact_number"));
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = get(c.id);
    if (!current)
        return current.error();
    if (current->version != c.version)
        return Error::make(
            Error::Code::Invalid,
            tr("%1 was changed elsewhere (by a sync, or in another window) while you were editing. "
               "Reopen the customer to see the latest details, then make your change again.")
                .arg(current->name));
    if (auto s = checkUnique(c); !s)
        return s;
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, contact_person = ?, email = ?, phone = ?, mobile = ?, address = ?, "
        "contact_number = ?, payment_terms_days = ?, notes = ?, archived = ?, version = version + 1, "
        "updated_at = ? WHERE id = ? AND version = ?"));
    if (auto s = m_db.exec(q,
                           {QVariant(c.name), QVariant(c.contactPerson), QVariant(c.email), QVariant(c.phone),
                            QVariant(c.mobile), QVariant(c.address), QVariant(c.contactNumber),
                            QVariant(c.paymentTermsDays), QVariant(c.notes), QVariant(c.archived ? 1 : 0),
                            QVariant(sql::timestamp()), QVariant(c.id), QVariant(c.version)},
                           tr("save the customer"));
        !s)
        return s;
    q.finish();
    if (auto s = SyncStore(m_db).enqueue(SyncEntity::Customer, c.id, OutboxOp::Upsert, c.version + 1); !s)
        return s;
    return tx.commit();
}

Status CustomerStore::setArchived(Id id, bool archived)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = get(id);
    if (!current)
        return current.error();
    if (current->archived == archived)
        return tx.commit();
    if (auto s = m_db.exec(
            QStringLiteral("UPDATE customers SET archived = :a, version = version + 1, updated_at = "
                           ":now WHERE id = :id"),
            {{QStringLiteral("a"), archived ? 1 : 0},
             {QStringLiteral("now"), sql::timestamp()},
             {QStringLiteral("id"), id}},
            tr("archive the customer"));
        !s)
        return s;
    if (auto s = SyncStore(m_db).enqueue(SyncEntity::Customer, id, OutboxOp::Upsert, current->version + 1);
        !s)
        return s;
    return tx.commit();
}

Result<Customer> CustomerStore::get(Id id) const
{
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.databaseError(tr("read the customer"), q.lastError().text());
    if (!q.next()) {
        q.finish();
        return Error::make(Error::Code::NotFound, tr("There is no customer with id %1.").arg(id));
    }
    Customer c = readCustomer(q);
    q.finish();
    return c;
}

Result<Customer> CustomerStore::findByContactNumber(const QString &contactNumber) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                                QStringLiteral(" FROM customers WHERE contact_number = ?"));
    q.addBindValue(contactNumber);
    if (!q.exec())
        return m_db.databaseError(tr("read the customer"), q.lastError().text());
    if (!q.next()) {
        q.finish();
        return Error::make(Error::Code::NotFound,
                           tr("There is no customer with contact number %1.").arg(contactNumber));
    }
    Customer c = readCustomer(q);
    q.finish();
    return c;
}

QList<Customer> CustomerStore::list(const CustomerFilter &f) const
{
    QString order;
    switch (f.sort) {
    case CustomerFilter::Sort::Name:
        order = QStringLiteral("name COLLATE NOCASE");
        break;
    case CustomerFilter::Sort::ContactNumber:
        order = QStringLiteral("contact_number");
        break;
    case CustomerFilter::Sort::Email:
        order = QStringLiteral("email COLLATE NOCASE");
        break;
    case CustomerFilter::Sort::Updated:
        order = QStringLiteral("updated_at");
        break;
    }
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery &q =
        m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers") +
                     whereClause(f) + QStringLiteral(" ORDER BY ") + order + dir + QStringLiteral(", id") +
                     dir + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    if (!f.search.trimmed().isEmpty())
        q.bindValue(QStringLiteral(":s"), sql::likePattern(f.search.trimmed()));
    q.bindValue(QStringLiteral(":limit"), f.limit);
    q.bindValue(QStringLiteral(":offset"), f.offset);
    QList<Customer> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readCustomer(q));
    q.finish();
    return out;
}

int CustomerStore::count(const CustomerFilter &f) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT count(*) FROM customers") + whereClause(f));
    if (!f.search.trimmed().isEmpty())
        q.bindValue(QStringLiteral(":s"), sql::likePattern(f.search.trimmed()));
    int n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

CustomerTotals CustomerStore::totals(Id customerId, QDate today) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "SELECT coalesce(sum(total), 0), coalesce(sum(amount_paid), 0), "
        "coalesce(sum(CASE WHEN status IN ('approved', 'part_paid') THEN total - amount_paid END), 0), "
        "coalesce(sum(CASE WHEN status IN ('approved', 'part_paid') AND due_date < :today "
        "THEN total - amount_paid END), 0), "
        "count(CASE WHEN status IN ('approved', 'part_paid') AND due_date < :today THEN 1 END) "
        "FROM invoices WHERE customer_id = :id AND status IN ('approved', 'part_paid', 'paid')"));
    q.bindValue(QStringLiteral(":id"), customerId);
    q.bindValue(QStringLiteral(":today"), sql::date(today));
    CustomerTotals t;
    if (q.exec() && q.next()) {
        t.invoiced = Money::fromUnits(q.value(0).toLongLong());
        t.paid = Money::fromUnits(q.value(1).toLongLong());
        t.unpaid = Money::fromUnits(q.value(2).toLongLong());
        t.overdue = Money::fromUnits(q.value(3).toLongLong());
        t.overdueCount = q.value(4).toInt();
    }
    q.finish();
    return t;
}

Result<bool> CustomerStore::writeFromXero(const Customer &c, int expectedVersion)
{
    QSqlQuery &q = m_db.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, contact_person = ?, email = ?, phone = ?, mobile = ?, address = ?, "
        "contact_number = ?, archived = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = "
        "?"));
    if (auto s = m_db.exec(q,
                           {QVariant(sql::text(c.name)), QVariant(sql::text(c.contactPerson)),
                            QVariant(sql::text(c.email)), QVariant(sql::text(c.phone)),
                            QVariant(sql::text(c.mobile)), QVariant(sql::text(c.address)),
                            QVariant(c.contactNumber), QVariant(c.archived ? 1 : 0),
                            QVariant(sql::timestamp()), QVariant(c.id), QVariant(expectedVersion)},
                           QCoreApplication::translate("SyncEngine", "save the customer from Xero"));
        !s)
        return s.error();
    q.finish();
    return sql::changedRows(m_db) == 1;
}

Result<Id> CustomerStore::addFromXero(Customer c)
{
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    auto id = add(c);
    if (!id)
        return id.error();
    if (auto s = SyncStore(m_db).removeFromOutboxFor(SyncEntity::Customer, *id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status CustomerStore::setXeroStatus(Id id, const QString &xeroStatus)
{
    return m_db.exec(
        QStringLiteral("UPDATE customers SET xero_status = :s WHERE id = :id AND xero_status != :s"),
        {{QStringLiteral("s"), sql::text(xeroStatus)}, {QStringLiteral("id"), id}},
        QCoreApplication::translate("SyncEngine", "save the customer from Xero"));
}

QString CustomerStore::xeroStatus(Id id) const
{
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT xero_status FROM customers WHERE id = ?"));
    q.addBindValue(id);
    QString out;
    if (q.exec() && q.next())
        out = q.value(0).toString();
    q.finish();
    return out;
}

} // namespace billhook
