#pragma once

#include "core/entities.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace billhook {

struct SyncIssue;

// billhook-cli: the command-line face of billhook_core. Its commands and output are a contract that
// scripts and the acceptance tests rely on (README, "Command line").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit
    {
        Ok = 0,
        Failed = 1,
        Usage = 2,
        Issues = 3 // sync: the run finished, some records need the user
    };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);
    // Whether the command in `arguments` (as run takes them) draws pages, and so needs a QGuiApplication.
    static bool draws(const QStringList &arguments);

    // Parsed options of one command: repeated options keep every value.
    struct Options
    {
        QHash<QString, QStringList> values;
        QStringList positional;
        bool has(const QString &name) const { return values.contains(name); }
        QString value(const QString &name) const { return values.value(name).value(0); }
    };

private:
    int usage(const QString &problem);
    int fail(const Error &error);
    bool parseOptions(const QStringList &args, const QStringList &withValue, const QStringList &flags,
                      Options &options);
    bool openDatabase();

    int customerCommand(const QStringList &args);
    int invoiceCommand(const QStringList &args);
    int importCommand(const QStringList &args);
    int exportCommand(const QStringList &args);
    int xeroCommand(const QStringList &args); // clixero.cpp
    // clisync.cpp: sync, sync issues | log | resolve | options
    int syncCommand(const QStringList &args);
    // clisettings.cpp: tax-rate add | list | rename | archive, account add | list, settings show | set
    int taxRateCommand(const QStringList &args);
    int accountCommand(const QStringList &args);
    int settingsCommand(const QStringList &args);
    QJsonObject settingsJson();
    int syncRun(const QStringList &args);
    int syncOptionsCommand(const QStringList &args);
    QJsonObject issueRecord(const SyncIssue &issue);
    QJsonObject issueJson(const SyncIssue &issue);
    void printIssues(const QList<SyncIssue> &issues);

    Result<Id> resolveCustomer(const QString &idOrNumber);
    Result<Id> parseId(const QString &text, const QString &what);
    Result<InvoiceLine> parseLine(const QString &spec, int row);
    Result<QDate> parseDate(const QString &text, const QString &what);
    Status applyCustomerOptions(const Options &o, Customer &c);
    // invoice add and edit: the options given, applied to `inv` (what is not given is left as it is).
    Status applyInvoiceOptions(const Options &o, Invoice &inv);

    void print(const QJsonObject &object);
    QJsonObject customerJson(const Customer &c) const;
    QJsonObject invoiceJson(const Invoice &inv) const;
    void printCustomer(const Customer &c);
    void printInvoice(const Invoice &inv);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    bool m_json = false;
    std::unique_ptr<Database> m_db;
};

} // namespace billhook
