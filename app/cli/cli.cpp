// billhook-cli: the usage text, option parsing, the database, and dispatch to the command groups
// (clicustomers, cliinvoices, cliimportexport, clixero, clisync; output in clioutput).
#include "cli.h"

#include "billhook/version.h"

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
  invoice edit ID [the options of invoice add]   while the invoice may change (a draft, or approved with
              nothing paid); what is not given stays as it is; any --line replaces the lines whole
  invoice list [--status draft|approved|paid|overdue|voided] [--customer ID] [--search TEXT]
  invoice show ID | approve ID | void ID | delete ID
  invoice pay ID --amount DECIMAL [--date YYYY-MM-DD] [--reference TEXT]
  invoice payment delete PAYMENT_ID   a payment recorded by mistake (invoice show lists the ids)
  invoice pdf ID --out FILE   writes the invoice's PDF, as the desktop app does

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
  sync resolve ISSUE_ID --renumber|--link        an invoice number Xero already uses: give yours the next
                                                 free number, or link the two as the same invoice
  sync resolve ISSUE_ID --link|--different       a Xero contact that may be your customer: link the two,
                                                 or keep them apart (each goes to the other side)
  sync resolve ISSUE_ID --try-again              a change Xero refused: send it again on the next sync
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

bool Cli::draws(const QStringList &arguments)
{
    // The global options as run reads them, then the command.
    qsizetype i = 0;
    while (i < arguments.size() && arguments.at(i).startsWith(QStringLiteral("--")))
        i += arguments.at(i) == u"--db" ? 2 : 1;
    return arguments.mid(i, 2) == QStringList{QStringLiteral("invoice"), QStringLiteral("pdf")};
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

} // namespace billhook
