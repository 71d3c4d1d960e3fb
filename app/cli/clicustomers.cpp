// billhook-cli customer add | list | show | edit | archive | restore.
#include "cli.h"

#include "storage/customerstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace billhook {

Status Cli::applyCustomerOptions(const Options &o, Customer &c)
{
    if (o.has(QStringLiteral("name")))
        c.name = o.value(QStringLiteral("name"));
    if (o.has(QStringLiteral("email")))
        c.email = o.value(QStringLiteral("email"));
    if (o.has(QStringLiteral("phone")))
        c.phone = o.value(QStringLiteral("phone"));
    if (o.has(QStringLiteral("mobile")))
        c.mobile = o.value(QStringLiteral("mobile"));
    if (o.has(QStringLiteral("number")))
        c.contactNumber = o.value(QStringLiteral("number"));
    if (o.has(QStringLiteral("address")))
        c.address = o.value(QStringLiteral("address"));
    if (o.has(QStringLiteral("contact-person")))
        c.contactPerson = o.value(QStringLiteral("contact-person"));
    if (o.has(QStringLiteral("notes")))
        c.notes = o.value(QStringLiteral("notes"));
    if (o.has(QStringLiteral("terms"))) {
        bool ok = false;
        c.paymentTermsDays = o.value(QStringLiteral("terms")).toInt(&ok);
        if (!ok)
            return Error::invalid(tr("--terms must be a number of days."));
    }
    return {};
}

int Cli::customerCommand(const QStringList &allArgs)
{
    if (allArgs.isEmpty())
        return usage(tr("customer needs a subcommand: add, list, show, edit, archive or restore."));
    const QString sub = allArgs.first();
    const QStringList args = allArgs.mid(1);
    const QStringList valueOptions = {
        QStringLiteral("name"),           QStringLiteral("email"),  QStringLiteral("phone"),
        QStringLiteral("mobile"),         QStringLiteral("number"), QStringLiteral("address"),
        QStringLiteral("contact-person"), QStringLiteral("terms"),  QStringLiteral("notes")};
    Options o;
    if (sub == u"add") {
        if (!parseOptions(args, valueOptions, {}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!o.has(QStringLiteral("name")))
            return usage(tr("customer add needs --name."));
        Customer c;
        if (auto s = applyCustomerOptions(o, c); !s)
            return fail(s.error());
        if (!openDatabase())
            return Failed;
        auto id = CustomerStore(*m_db).add(c);
        if (!id)
            return fail(id.error());
        if (m_json)
            print(customerJson(CustomerStore(*m_db).get(*id).value()));
        else
            m_out << *id << '\n';
        return Ok;
    }
    if (sub == u"list") {
        if (!parseOptions(args, {QStringLiteral("search")}, {QStringLiteral("all")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        CustomerFilter f;
        f.search = o.value(QStringLiteral("search"));
        f.includeArchived = o.has(QStringLiteral("all"));
        f.limit = -1;
        const auto customers = CustomerStore(*m_db).list(f);
        if (m_json) {
            QJsonArray a;
            for (const auto &c : customers)
                a.append(customerJson(c));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const auto &c : customers)
                m_out << c.id << '\t' << c.contactNumber << '\t' << c.name << '\t' << c.email
                      << (c.archived ? QStringLiteral("\t(archived)") : QString()) << '\n';
        }
        return Ok;
    }
    if (sub == u"show" || sub == u"archive" || sub == u"restore" || sub == u"edit") {
        if (!parseOptions(args, sub == u"edit" ? valueOptions : QStringList(), {}, o))
            return Usage;
        if (o.positional.size() != 1)
            return usage(tr("customer %1 needs one customer id.").arg(sub));
        auto id = parseId(o.positional.first(), tr("customer"));
        if (!id)
            return usage(id.error().message);
        if (!openDatabase())
            return Failed;
        CustomerStore store(*m_db);
        auto c = store.get(*id);
        if (!c)
            return fail(c.error());
        if (sub == u"edit") {
            Customer edited = *c;
            if (auto s = applyCustomerOptions(o, edited); !s)
                return fail(s.error());
            if (auto s = store.update(edited); !s)
                return fail(s.error());
        } else if (sub != u"show") {
            if (auto s = store.setArchived(*id, sub == u"archive"); !s)
                return fail(s.error());
        }
        printCustomer(store.get(*id).value());
        return Ok;
    }
    return usage(tr("Unknown customer subcommand \"%1\".").arg(sub));
}

Result<Id> Cli::resolveCustomer(const QString &idOrNumber)
{
    CustomerStore store(*m_db);
    // A contact number wins: "1001" might be either, and a contact number is what the user typed on purpose.
    if (auto byNumber = store.findByContactNumber(idOrNumber))
        return byNumber->id;
    bool isNumber = false;
    const Id id = idOrNumber.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        if (auto c = store.get(id))
            return c->id;
    }
    return Error::make(Error::Code::NotFound,
                       tr("There is no customer with id or contact number \"%1\".").arg(idOrNumber),
                       QStringLiteral("customer"));
}

} // namespace billhook
