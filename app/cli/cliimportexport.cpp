// billhook-cli import customers FILE.csv, export invoices [--format csv|json].
#include "cli.h"

#include "core/csv.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace billhook {

int Cli::importCommand(const QStringList &args)
{
    if (args.size() != 2 || args[0] != u"customers")
        return usage(tr("Use: import customers FILE.csv"));
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::invalid(tr("Cannot read %1: %2").arg(args[1], file.errorString())));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return fail(Error::invalid(
            tr("%1 is not UTF-8 text. Save the spreadsheet as \"CSV UTF-8\" and try again.").arg(args[1])));
    auto customers = Csv::customers(text);
    if (!customers)
        return fail(customers.error());
    if (!openDatabase())
        return Failed;
    // Rows are numbered as a spreadsheet numbers them: the header is row 1.
    auto ids = CustomerStore(*m_db).addAll(*customers, 2);
    if (!ids)
        return fail(ids.error());
    if (m_json) {
        QJsonArray a;
        for (Id id : *ids)
            a.append(id);
        print(QJsonObject{{QStringLiteral("imported"), a}});
    } else {
        m_out << tr("Imported %n customer(s).", nullptr, int(ids->size())) << '\n';
    }
    return Ok;
}

int Cli::exportCommand(const QStringList &args)
{
    Options o;
    if (args.isEmpty() || args[0] != u"invoices")
        return usage(tr("Use: export invoices [--format csv|json]"));
    if (!parseOptions(args.mid(1), {QStringLiteral("format")}, {}, o))
        return Usage;
    const QString format = o.has(QStringLiteral("format"))
                               ? o.value(QStringLiteral("format"))
                               : (m_json ? QStringLiteral("json") : QStringLiteral("csv"));
    if (format != u"csv" && format != u"json")
        return usage(tr("--format must be csv or json."));
    if (!openDatabase())
        return Failed;
    InvoiceStore store(*m_db);
    InvoiceFilter f;
    f.limit = -1;
    const auto invoices = store.list(f);
    if (format == u"json") {
        QJsonArray a;
        for (const auto &summary : invoices)
            a.append(invoiceJson(store.get(summary.id).value()));
        m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << Csv::row({QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("date"),
                       QStringLiteral("due_date"), QStringLiteral("customer"),
                       QStringLiteral("contact_number"), QStringLiteral("reference"),
                       QStringLiteral("currency"), QStringLiteral("tax_mode"), QStringLiteral("subtotal"),
                       QStringLiteral("total_tax"), QStringLiteral("total"), QStringLiteral("amount_paid"),
                       QStringLiteral("amount_due")});
    CustomerStore customers(*m_db);
    QHash<Id, QString> numbers;
    for (const auto &inv : invoices) {
        if (!numbers.contains(inv.customerId))
            numbers.insert(inv.customerId, customers.get(inv.customerId)->contactNumber);
        m_out << Csv::row({inv.number, invoiceStatusKey(inv.status), inv.issueDate.toString(Qt::ISODate),
                           inv.dueDate.toString(Qt::ISODate), inv.customerName, numbers.value(inv.customerId),
                           inv.reference, inv.currency, taxModeKey(inv.taxMode), inv.subtotal.toString(),
                           inv.totalTax.toString(), inv.total.toString(), inv.amountPaid.toString(),
                           inv.amountDue().toString()});
    }
    return Ok;
}

} // namespace billhook
