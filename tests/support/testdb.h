#pragma once

#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace billhook::test {

// A fresh database in a temporary folder, deleted with the object.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    TempDatabase()
    {
        auto opened = Database::open(path());
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().message));
        db = std::move(opened).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("billhook.sqlite")); }
    Database &operator*() { return *db; }

    Id addCustomer(const QString &name, const QString &email = {})
    {
        Customer c;
        c.name = name;
        c.email = email;
        auto id = CustomerStore(*db).add(c);
        if (!id)
            qFatal("cannot add customer: %s", qPrintable(id.error().message));
        return *id;
    }

    // An invoice dated 2026-11-01, due 2026-11-15, with one line per price at `rate` percent.
    Invoice draftInvoice(Id customerId, const QStringList &prices = {QStringLiteral("100.00")}, int rate = 20)
    {
        Invoice inv;
        inv.customerId = customerId;
        inv.issueDate = QDate(2026, 11, 1);
        inv.dueDate = QDate(2026, 11, 15);
        inv.currency = QStringLiteral("GBP");
        for (const auto &p : prices) {
            InvoiceLine l;
            l.description = QStringLiteral("Labour");
            l.unitPrice = UnitPrice::parse(p).value();
            l.taxRate = Percent::fromWhole(rate);
            inv.lines.append(l);
        }
        return inv;
    }

    Id addInvoice(Id customerId, const QStringList &prices = {QStringLiteral("100.00")}, int rate = 20)
    {
        auto id = InvoiceStore(*db).add(draftInvoice(customerId, prices, rate));
        if (!id)
            qFatal("cannot add invoice: %s", qPrintable(id.error().message));
        return *id;
    }

    int count(const QString &table)
    {
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }
};

} // namespace billhook::test
