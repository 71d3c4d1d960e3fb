// billhook-cli invoice add | edit | list | show | approve | void | delete | pay | payment delete | pdf.
#include "cli.h"

#include "render/invoicerenderer.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace billhook {

Result<InvoiceLine> Cli::parseLine(const QString &spec, int row)
{
    const QStringList parts = spec.split(u'|');
    if (parts.size() < 4 || parts.size() > 5)
        return Error::invalid(tr("Line %1 \"%2\" must be DESCRIPTION|QTY|UNIT_PRICE|TAX[|DISCOUNT_PERCENT].")
                                  .arg(row)
                                  .arg(spec));
    InvoiceLine l;
    l.description = parts[0].trimmed();
    auto qty = Quantity::parse(parts[1], tr("Line %1's quantity").arg(row));
    if (!qty)
        return qty.error();
    l.quantity = *qty;
    auto price = UnitPrice::parse(parts[2], tr("Line %1's unit price").arg(row));
    if (!price)
        return price.error();
    l.unitPrice = *price;
    const QString tax = parts[3].trimmed();
    if (tax.endsWith(u'%')) {
        auto rate = Percent::parse(tax.chopped(1), tr("Line %1's tax rate").arg(row));
        if (!rate)
            return rate.error();
        l.taxRate = *rate;
        // A bare percentage takes the code of a matching rate a sales line may use, if there is one, for
        // the Xero mapping (the user's first, never one of Xero's purchase rates).
        for (const TaxRate &r : ReferenceStore(*m_db).choosableTaxRates()) {
            if (r.rate == *rate && !r.reverseCharge) {
                l.taxCode = r.code;
                break;
            }
        }
    } else {
        ReferenceStore reference(*m_db);
        auto known = reference.taxRateByCode(tax);
        QStringList codes;
        for (const auto &r : reference.choosableTaxRates())
            codes.append(r.code);
        if (known && !reference.appliesToRevenue(*known))
            return Error::invalid(
                tr("Line %1: the tax rate %2 (%3) does not apply to sales in Xero, so it cannot go on an "
                   "invoice line. Use one of %4, or a percentage like 20%.")
                    .arg(row)
                    .arg(known->code, known->name, codes.join(QStringLiteral(", "))));
        if (!known) {
            return Error::invalid(codes.isEmpty() ? tr("Line %1: there is no tax rate with code \"%2\". Give "
                                                       "the rate as a percentage, like 20%.")
                                                        .arg(row)
                                                        .arg(tax)
                                                  : tr("Line %1: there is no tax rate with code \"%2\". Use "
                                                       "one of %3, or a percentage like 20%.")
                                                        .arg(row)
                                                        .arg(tax, codes.join(QStringLiteral(", "))));
        }
        l.taxCode = known->code;
        l.taxRate = known->chargedRate();
    }
    if (parts.size() == 5 && !parts[4].trimmed().isEmpty()) {
        QString d = parts[4].trimmed();
        if (d.endsWith(u'%'))
            d.chop(1);
        auto discount = Percent::parse(d, tr("Line %1's discount").arg(row));
        if (!discount)
            return discount.error();
        l.discount = *discount;
    }
    return l;
}

Status Cli::applyInvoiceOptions(const Options &o, Invoice &inv)
{
    if (o.has(QStringLiteral("customer"))) {
        auto customer = resolveCustomer(o.value(QStringLiteral("customer")));
        if (!customer)
            return customer.error();
        inv.customerId = *customer;
    }
    if (o.has(QStringLiteral("date"))) {
        auto d = parseDate(o.value(QStringLiteral("date")), tr("The invoice date"));
        if (!d)
            return d.error();
        inv.issueDate = *d;
    }
    if (o.has(QStringLiteral("due"))) {
        auto d = parseDate(o.value(QStringLiteral("due")), tr("The due date"));
        if (!d)
            return d.error();
        inv.dueDate = *d;
    }
    if (o.has(QStringLiteral("currency")))
        inv.currency = o.value(QStringLiteral("currency")).toUpper();
    if (o.has(QStringLiteral("reference")))
        inv.reference = o.value(QStringLiteral("reference"));
    if (o.has(QStringLiteral("number")))
        inv.number = o.value(QStringLiteral("number"));
    if (o.has(QStringLiteral("line"))) {
        // Given lines replace the invoice's lines whole.
        inv.lines.clear();
        int row = 0;
        for (const auto &spec : o.values.value(QStringLiteral("line"))) {
            auto line = parseLine(spec, ++row);
            if (!line)
                return line.error();
            inv.lines.append(*line);
        }
    }
    return {};
}

int Cli::invoiceCommand(const QStringList &allArgs)
{
    if (allArgs.isEmpty())
        return usage(tr("invoice needs a subcommand: add, edit, list, show, approve, void, delete, pay, "
                        "payment delete or "
                        "pdf."));
    const QString sub = allArgs.first();
    const QStringList args = allArgs.mid(1);
    Options o;
    if (sub == u"add" || sub == u"edit") {
        const bool add = sub == u"add";
        if (!parseOptions(args,
                          {QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("due"),
                           QStringLiteral("currency"), QStringLiteral("tax-mode"),
                           QStringLiteral("reference"), QStringLiteral("line"), QStringLiteral("number")},
                          {}, o))
            return Usage;
        Id id = 0;
        if (add) {
            if (!o.positional.isEmpty())
                return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
            if (!o.has(QStringLiteral("customer")))
                return usage(tr("invoice add needs --customer."));
            if (!o.has(QStringLiteral("line")))
                return usage(tr("invoice add needs at least one --line."));
        } else {
            if (o.positional.size() != 1)
                return usage(tr("invoice edit needs one invoice id."));
            auto parsed = parseId(o.positional.first(), tr("invoice"));
            if (!parsed)
                return usage(parsed.error().message);
            id = *parsed;
        }
        std::optional<TaxMode> mode;
        if (o.has(QStringLiteral("tax-mode"))) {
            mode = taxModeFromKey(o.value(QStringLiteral("tax-mode")));
            if (!mode)
                return usage(tr("--tax-mode must be exclusive, inclusive or none."));
        }
        if (!openDatabase())
            return Failed;
        InvoiceStore store(*m_db);
        Invoice inv;
        if (add) {
            SettingsStore settings(*m_db);
            inv.issueDate = QDate::currentDate();
            inv.currency = settings.defaultCurrency();
            inv.taxMode = settings.defaultTaxMode();
        } else {
            // What is not given stays as it is; the store refuses an invoice that may no longer change.
            auto current = store.get(id);
            if (!current)
                return fail(current.error());
            inv = *current;
        }
        if (auto applied = applyInvoiceOptions(o, inv); !applied)
            return fail(applied.error());
        if (mode)
            inv.taxMode = *mode;
        if (add && !o.has(QStringLiteral("due"))) {
            const int terms = CustomerStore(*m_db).get(inv.customerId)->paymentTermsDays;
            inv.dueDate = inv.issueDate.addDays(terms >= 0 ? terms : SettingsStore(*m_db).defaultDueDays());
        }
        if (add) {
            auto added = store.add(inv);
            if (!added)
                return fail(added.error());
            id = *added;
        } else if (auto updated = store.update(inv); !updated) {
            // The desktop editor's save: the edit and its outbox row for the Xero sync in one transaction.
            return fail(updated.error());
        }
        if (add && !m_json)
            m_out << id << '\n'; // a script's way to the new invoice
        else
            printInvoice(store.get(id).value());
        return Ok;
    }
    if (sub == u"list") {
        if (!parseOptions(args,
                          {QStringLiteral("status"), QStringLiteral("customer"), QStringLiteral("search")},
                          {}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        InvoiceFilter f;
        f.limit = -1;
        if (o.has(QStringLiteral("status"))) {
            const QString s = o.value(QStringLiteral("status"));
            const QHash<QString, InvoiceFilter::Show> shows = {
                {QStringLiteral("draft"), InvoiceFilter::Show::Draft},
                {QStringLiteral("approved"), InvoiceFilter::Show::AwaitingPayment},
                {QStringLiteral("paid"), InvoiceFilter::Show::Paid},
                {QStringLiteral("overdue"), InvoiceFilter::Show::Overdue},
                {QStringLiteral("voided"), InvoiceFilter::Show::Voided}};
            if (!shows.contains(s))
                return usage(tr("--status must be draft, approved, paid, overdue or voided."));
            f.show = shows.value(s);
        }
        if (!openDatabase())
            return Failed;
        if (o.has(QStringLiteral("customer"))) {
            auto c = resolveCustomer(o.value(QStringLiteral("customer")));
            if (!c)
                return fail(c.error());
            f.customerId = *c;
        }
        f.search = o.value(QStringLiteral("search"));
        const auto invoices = InvoiceStore(*m_db).list(f);
        if (m_json) {
            QJsonArray a;
            for (const auto &inv : invoices)
                a.append(invoiceJson(inv));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const auto &inv : invoices)
                m_out << inv.id << '\t' << inv.number << '\t' << inv.issueDate.toString(Qt::ISODate) << '\t'
                      << inv.customerName << '\t' << invoiceStatusKey(inv.status) << '\t' << inv.currency
                      << ' ' << inv.total.toString() << '\t' << tr("due") << ' ' << inv.amountDue().toString()
                      << '\n';
        }
        return Ok;
    }
    if (sub == u"show" || sub == u"approve" || sub == u"void" || sub == u"delete" || sub == u"pay") {
        const bool pay = sub == u"pay";
        if (!parseOptions(args,
                          pay ? QStringList{QStringLiteral("amount"), QStringLiteral("date"),
                                            QStringLiteral("reference")}
                              : QStringList(),
                          {}, o))
            return Usage;
        if (o.positional.size() != 1)
            return usage(tr("invoice %1 needs one invoice id.").arg(sub));
        auto id = parseId(o.positional.first(), tr("invoice"));
        if (!id)
            return usage(id.error().message);
        if (pay && !o.has(QStringLiteral("amount")))
            return usage(tr("invoice pay needs --amount."));
        if (!openDatabase())
            return Failed;
        InvoiceStore store(*m_db);
        Status done;
        if (sub == u"approve") {
            done = store.approve(*id);
        } else if (sub == u"void") {
            done = store.voidInvoice(*id);
        } else if (sub == u"delete") {
            done = store.deleteDraft(*id);
        } else if (pay) {
            Payment p;
            auto amount = Money::parse(o.value(QStringLiteral("amount")), tr("The payment amount"));
            if (!amount)
                return fail(amount.error());
            p.amount = *amount;
            p.date = QDate::currentDate();
            if (o.has(QStringLiteral("date"))) {
                auto d = parseDate(o.value(QStringLiteral("date")), tr("The payment date"));
                if (!d)
                    return fail(d.error());
                p.date = *d;
            }
            p.reference = o.value(QStringLiteral("reference"));
            if (auto r = store.recordPayment(*id, p); !r)
                done = r.error();
        }
        if (!done)
            return fail(done.error());
        auto inv = store.get(*id);
        if (!inv)
            return fail(inv.error());
        printInvoice(*inv);
        return Ok;
    }
    if (sub == u"payment") {
        // invoice payment delete PAYMENT_ID: a payment recorded by mistake.
        if (!parseOptions(args, {}, {}, o))
            return Usage;
        if (o.positional.size() != 2 || o.positional.first() != u"delete")
            return usage(tr("invoice payment delete needs one payment id (invoice show lists them)."));
        auto id = parseId(o.positional.at(1), tr("payment"));
        if (!id)
            return usage(id.error().message);
        if (!openDatabase())
            return Failed;
        InvoiceStore store(*m_db);
        auto removed = store.removePayment(*id);
        if (!removed)
            return fail(removed.error());
        auto payment = store.payment(*id);
        auto inv = payment ? store.get(payment->invoiceId) : Result<Invoice>(payment.error());
        if (!inv)
            return fail(inv.error());
        if (!m_json)
            m_out << (*removed == InvoiceStore::PaymentRemoval::Removed
                          ? tr("Payment %1 removed.").arg(*id)
                          : tr("Payment %1 removed here; the next sync deletes it in Xero.").arg(*id))
                  << '\n';
        printInvoice(*inv);
        return Ok;
    }
    if (sub == u"pdf") {
        // Drawn by the desktop's own renderer; main.cpp gave this command a QGuiApplication for the fonts.
        if (!parseOptions(args, {QStringLiteral("out")}, {}, o))
            return Usage;
        if (o.positional.size() != 1)
            return usage(tr("invoice pdf needs one invoice id."));
        auto id = parseId(o.positional.first(), tr("invoice"));
        if (!id)
            return usage(id.error().message);
        const QString path = o.value(QStringLiteral("out"));
        if (path.isEmpty())
            return usage(tr("invoice pdf needs --out FILE, the PDF to write."));
        if (!openDatabase())
            return Failed;
        auto doc = InvoiceRenderer::load(*m_db, *id);
        if (!doc)
            return fail(doc.error());
        if (auto written = InvoiceRenderer::writePdf(*doc, path); !written)
            return fail(written.error());
        if (m_json)
            print({{QStringLiteral("id"), *id},
                   {QStringLiteral("number"), doc->invoice.number},
                   {QStringLiteral("file"), path},
                   {QStringLiteral("pages"), InvoiceRenderer::pageCount(*doc)}});
        else
            m_out << path << '\n';
        return Ok;
    }
    return usage(tr("Unknown invoice subcommand \"%1\".").arg(sub));
}

} // namespace billhook
