#include "cli.h"

#include "billhook/version.h"
#include "core/csv.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace billhook {

namespace {

const char *const kUsage = R"(Usage: billhook-cli [--db FILE] [--json] COMMAND ...

Customers
  customer add --name NAME [--email E] [--phone P] [--mobile M] [--number CONTACT_NUMBER]
               [--address TEXT] [--contact-person NAME] [--terms DAYS] [--notes TEXT]   prints the new id
  customer list [--search TEXT] [--all]
  customer show ID
  customer edit ID [the options of customer add]
  customer archive ID
  customer restore ID

Invoices
  invoice add --customer ID_OR_CONTACT_NUMBER [--date YYYY-MM-DD] [--due YYYY-MM-DD] [--currency CODE]
              [--tax-mode exclusive|inclusive|none] [--reference TEXT] [--number NUMBER]
              --line "DESCRIPTION|QTY|UNIT_PRICE|TAX[|DISCOUNT_PERCENT]" [--line ...]   prints the new id
              (TAX is a tax rate's code, or a percentage such as 15%)
  invoice list [--status draft|approved|paid|overdue|voided] [--customer ID] [--search TEXT]
  invoice show ID | approve ID | void ID | delete ID
  invoice pay ID --amount DECIMAL [--date YYYY-MM-DD] [--reference TEXT]

Import and export
  import customers FILE.csv
  export invoices [--format csv|json]

Tax rates, sales accounts and settings
  tax-rate add --code CODE --name NAME --rate PERCENT [--reverse-charge]   prints the code
  tax-rate list [--all] [--json]   the rates new lines can choose; --all adds archived and Xero's mapped ones
  tax-rate rename CODE --name NAME
  tax-rate archive CODE            a rate used on invoices is archived, never changed; add the new one
  account add --code CODE --name NAME   a sales account for invoice lines; prints the code
  account list [--all] [--json]
  settings show [--json]           business profile, numbering and defaults as KEY=VALUE lines
  settings set KEY=VALUE ...       all checked, then saved together or not at all; keys as settings show
                                   (a newline in a value is \n; business.logo=FILE.png, empty removes it)

Xero (see README, "Connecting to Xero")
  xero connect [--tenant TENANT_ID] [--switch-organisation]
               prints "Open this address to authorise Billhook: URL", waits for the browser, prints the
               organisation's name; with several organisations and no --tenant, lists them and exits 2
  xero status [--json] [--check]   --check asks Xero whether the link still works (exit 1 if not)
  xero disconnect

Sync with Xero (see README, "Syncing with Xero")
  sync [--dry-run] [--json]   one run; prints a summary; exit 0 clean, 3 finished with record problems,
                              1 the run failed (not connected, auth, network, Xero's limits)
  sync issues [--json]        open problems: record, Xero's message, explanation, remedy
  sync log [--json] [--limit N]                  recent runs
  sync resolve ISSUE_ID --keep mine|xero         settles a conflict (exit 2: no such conflict)
  sync options [--json] [KEY=VALUE ...]          shows or sets the sync.* options

Options
  --db FILE    the database (default: BILLHOOK_DB, or billhook.sqlite in the app's data folder)
  --json       print JSON instead of text
  --version    print the version
  --help       print this help

Exit status: 0 success, 1 input refused or operation failed, 2 usage error, 3 (sync) record problems.
)";

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int Cli::usage(const QString &problem)
{
    m_err << "billhook-cli: " << problem << '\n' << tr("Run billhook-cli --help for the commands.") << '\n';
    return Usage;
}

int Cli::fail(const Error &error)
{
    m_err << "billhook-cli: " << QString(error.message).replace(u'\n', u' ') << '\n';
    return Failed;
}

bool Cli::parseOptions(const QStringList &args, const QStringList &withValue, const QStringList &flags,
                       Options &options)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QStringLiteral("--"))) {
            QString name = a.mid(2);
            QString value;
            bool inlineValue = false;
            if (const auto eq = name.indexOf(u'='); eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inlineValue = true;
            }
            if (withValue.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        usage(tr("The option --%1 needs a value.").arg(name));
                        return false;
                    }
                    value = args[++i];
                }
                options.values[name].append(value);
            } else if (flags.contains(name) && !inlineValue) {
                options.values[name].append(QString());
            } else {
                usage(tr("Unknown option %1.").arg(a));
                return false;
            }
        } else {
            options.positional.append(a);
        }
    }
    return true;
}

bool Cli::openDatabase()
{
    auto db = Database::open(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath);
    if (!db) {
        fail(db.error());
        return false;
    }
    m_db = std::move(db).value();
    return true;
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QStringLiteral("--"))) {
        const QString a = args.takeFirst();
        if (a == u"--json") {
            m_json = true;
        } else if (a == u"--db") {
            if (args.isEmpty())
                return usage(tr("The option --db needs a file."));
            m_dbPath = args.takeFirst();
        } else if (a.startsWith(QStringLiteral("--db="))) {
            m_dbPath = a.mid(5);
        } else if (a == u"--version") {
            m_out << "billhook-cli " << BILLHOOK_VERSION_FULL << '\n';
            return Ok;
        } else if (a == u"--help") {
            m_out << kUsage;
            return Ok;
        } else {
            return usage(tr("Unknown option %1.").arg(a));
        }
    }
    if (args.isEmpty())
        return usage(tr("No command given."));
    const QString command = args.takeFirst();
    if (command == u"help") {
        m_out << kUsage;
        return Ok;
    }
    if (command == u"customer")
        return customerCommand(args);
    if (command == u"invoice")
        return invoiceCommand(args);
    if (command == u"import")
        return importCommand(args);
    if (command == u"export")
        return exportCommand(args);
    if (command == u"xero")
        return xeroCommand(args);
    if (command == u"sync")
        return syncCommand(args);
    if (command == u"tax-rate")
        return taxRateCommand(args);
    if (command == u"account")
        return accountCommand(args);
    if (command == u"settings")
        return settingsCommand(args);
    return usage(tr("Unknown command \"%1\".").arg(command));
}

Result<Id> Cli::parseId(const QString &text, const QString &what)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::invalid(
            tr("\"%1\" is not a %2 id (a whole number, as printed by the list command).").arg(text, what));
    return id;
}

Result<QDate> Cli::parseDate(const QString &text, const QString &what)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return Error::invalid(
            tr("%1 \"%2\" is not a date. Use YYYY-MM-DD, like 2026-11-21.").arg(what, text));
    return d;
}

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
        // A bare percentage takes the code of a matching local rate, if there is one, for the Xero mapping.
        if (auto known = ReferenceStore(*m_db).taxRateByRate(*rate))
            l.taxCode = known->code;
    } else {
        auto known = ReferenceStore(*m_db).taxRateByCode(tax);
        if (!known) {
            QStringList codes;
            for (const auto &r : ReferenceStore(*m_db).taxRates())
                codes.append(r.code);
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

int Cli::invoiceCommand(const QStringList &allArgs)
{
    if (allArgs.isEmpty())
        return usage(tr("invoice needs a subcommand: add, list, show, approve, void, delete or pay."));
    const QString sub = allArgs.first();
    const QStringList args = allArgs.mid(1);
    Options o;
    if (sub == u"add") {
        if (!parseOptions(args,
                          {QStringLiteral("customer"), QStringLiteral("date"), QStringLiteral("due"),
                           QStringLiteral("currency"), QStringLiteral("tax-mode"),
                           QStringLiteral("reference"), QStringLiteral("line"), QStringLiteral("number")},
                          {}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!o.has(QStringLiteral("customer")))
            return usage(tr("invoice add needs --customer."));
        if (!o.has(QStringLiteral("line")))
            return usage(tr("invoice add needs at least one --line."));
        std::optional<TaxMode> mode;
        if (o.has(QStringLiteral("tax-mode"))) {
            mode = taxModeFromKey(o.value(QStringLiteral("tax-mode")));
            if (!mode)
                return usage(tr("--tax-mode must be exclusive, inclusive or none."));
        }
        if (!openDatabase())
            return Failed;
        SettingsStore settings(*m_db);
        Invoice inv;
        auto customer = resolveCustomer(o.value(QStringLiteral("customer")));
        if (!customer)
            return fail(customer.error());
        inv.customerId = *customer;
        inv.issueDate = QDate::currentDate();
        if (o.has(QStringLiteral("date"))) {
            auto d = parseDate(o.value(QStringLiteral("date")), tr("The invoice date"));
            if (!d)
                return fail(d.error());
            inv.issueDate = *d;
        }
        const int terms = CustomerStore(*m_db).get(*customer)->paymentTermsDays;
        inv.dueDate = inv.issueDate.addDays(terms >= 0 ? terms : settings.defaultDueDays());
        if (o.has(QStringLiteral("due"))) {
            auto d = parseDate(o.value(QStringLiteral("due")), tr("The due date"));
            if (!d)
                return fail(d.error());
            inv.dueDate = *d;
        }
        inv.currency = o.has(QStringLiteral("currency")) ? o.value(QStringLiteral("currency")).toUpper()
                                                         : settings.defaultCurrency();
        inv.taxMode = mode.value_or(settings.defaultTaxMode());
        inv.reference = o.value(QStringLiteral("reference"));
        inv.number = o.value(QStringLiteral("number"));
        int row = 0;
        for (const auto &spec : o.values.value(QStringLiteral("line"))) {
            auto line = parseLine(spec, ++row);
            if (!line)
                return fail(line.error());
            inv.lines.append(*line);
        }
        auto id = InvoiceStore(*m_db).add(inv);
        if (!id)
            return fail(id.error());
        if (m_json)
            print(invoiceJson(InvoiceStore(*m_db).get(*id).value()));
        else
            m_out << *id << '\n';
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
    return usage(tr("Unknown invoice subcommand \"%1\".").arg(sub));
}

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

void Cli::print(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject Cli::customerJson(const Customer &c) const
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("contact_person"), c.contactPerson},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("mobile"), c.mobile},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("contact_number"), c.contactNumber},
            {QStringLiteral("payment_terms_days"), c.paymentTermsDays},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("archived"), c.archived},
            {QStringLiteral("version"), c.version}};
}

QJsonObject Cli::invoiceJson(const Invoice &inv) const
{
    QJsonArray lines;
    for (const auto &l : inv.lines)
        lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity.toString(0)},
                                 {QStringLiteral("unit_price"), l.unitPrice.toString(2)},
                                 {QStringLiteral("discount_percent"), l.discount.toString(0)},
                                 {QStringLiteral("tax_code"), l.taxCode},
                                 {QStringLiteral("tax_rate"), l.taxRate.toString(0)},
                                 {QStringLiteral("account_code"), l.accountCode},
                                 {QStringLiteral("item_code"), l.itemCode},
                                 {QStringLiteral("line_amount"), l.lineAmount.toString()},
                                 {QStringLiteral("tax_amount"), l.taxAmount.toString()}});
    QJsonArray payments;
    for (const auto &p : inv.payments)
        payments.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                                    {QStringLiteral("amount"), p.amount.toString()},
                                    {QStringLiteral("reference"), p.reference},
                                    {QStringLiteral("source"), p.source}});
    return {{QStringLiteral("id"), inv.id},
            {QStringLiteral("uuid"), inv.uuid},
            {QStringLiteral("number"), inv.number},
            {QStringLiteral("status"), invoiceStatusKey(inv.status)},
            {QStringLiteral("overdue"), inv.isOverdue(QDate::currentDate())},
            {QStringLiteral("customer_id"), inv.customerId},
            {QStringLiteral("customer_name"), inv.customerName},
            {QStringLiteral("reference"), inv.reference},
            {QStringLiteral("date"), inv.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), inv.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("currency"), inv.currency},
            {QStringLiteral("tax_mode"), taxModeKey(inv.taxMode)},
            {QStringLiteral("subtotal"), inv.subtotal.toString()},
            {QStringLiteral("total_tax"), inv.totalTax.toString()},
            {QStringLiteral("total"), inv.total.toString()},
            {QStringLiteral("amount_paid"), inv.amountPaid.toString()},
            {QStringLiteral("amount_due"), inv.amountDue().toString()},
            {QStringLiteral("version"), inv.version},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("payments"), payments}};
}

void Cli::printCustomer(const Customer &c)
{
    if (m_json) {
        print(customerJson(c));
        return;
    }
    m_out << tr("Customer %1: %2").arg(c.id).arg(c.name) << (c.archived ? tr(" (archived)") : QString())
          << '\n';
    m_out << tr("  Contact number: %1").arg(c.contactNumber) << '\n';
    if (!c.contactPerson.isEmpty())
        m_out << tr("  Contact: %1").arg(c.contactPerson) << '\n';
    if (!c.email.isEmpty())
        m_out << tr("  Email: %1").arg(c.email) << '\n';
    if (!c.phone.isEmpty())
        m_out << tr("  Phone: %1").arg(c.phone) << '\n';
    if (!c.address.isEmpty())
        m_out << tr("  Address: %1").arg(QString(c.address).replace(u'\n', QStringLiteral(", "))) << '\n';
}

void Cli::printInvoice(const Invoice &inv)
{
    if (m_json) {
        print(invoiceJson(inv));
        return;
    }
    m_out
        << tr("Invoice %1 (id %2): %3").arg(inv.number).arg(inv.id).arg(invoiceStatusDisplayName(inv.status))
        << '\n';
    m_out << tr("  Customer: %1 (id %2)").arg(inv.customerName).arg(inv.customerId) << '\n';
    m_out << tr("  Date: %1  Due: %2")
                 .arg(inv.issueDate.toString(Qt::ISODate), inv.dueDate.toString(Qt::ISODate))
          << '\n';
    for (const auto &l : inv.lines)
        m_out << "  " << l.description << "  " << l.quantity.toString(0) << " x " << l.unitPrice.toString(2)
              << "  " << l.lineAmount.toString() << '\n';
    m_out << tr("  Subtotal %1  Tax %2  Total %3 %4")
                 .arg(inv.subtotal.toString(), inv.totalTax.toString(), inv.currency, inv.total.toString())
          << '\n';
    m_out << tr("  Paid %1  Due %2").arg(inv.amountPaid.toString(), inv.amountDue().toString()) << '\n';
}

} // namespace billhook
