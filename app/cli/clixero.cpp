// billhook-cli xero connect | status | disconnect (issue 5). Kept apart from cli.cpp, which other commands
// share; cli.cpp only dispatches "xero" here.
#include "cli.h"

#include "storage/sqlutil.h"
#include "storage/syncstore.h"
#include "sync/xeroconnection.h"

#include <QEventLoop>
#include <QJsonObject>

namespace billhook {

namespace {

// What came of a run, in the words of the Xero page's history.
QString runResultText(const SyncRun &run)
{
    switch (run.result) {
    case SyncResult::Clean:
        return Cli::tr("in sync");
    case SyncResult::Issues:
        return Cli::tr("%n problem(s) need attention", "", qMax(1, qMax(run.openIssues, run.failed)));
    case SyncResult::HeldBack:
        return Cli::tr("%n record(s) held back by your settings", "", run.heldBack);
    case SyncResult::Failed:
        return Cli::tr("failed");
    case SyncResult::Cancelled:
        return Cli::tr("cancelled");
    case SyncResult::Running:
        break;
    }
    return Cli::tr("stopped");
}

} // namespace

int Cli::xeroCommand(const QStringList &allArgs)
{
    if (allArgs.isEmpty())
        return usage(tr("xero needs a subcommand: connect, status or disconnect."));
    const QString sub = allArgs.first();
    const QStringList args = allArgs.mid(1);
    Options o;

    if (sub == u"status") {
        if (!parseOptions(args, {}, {QStringLiteral("json"), QStringLiteral("check")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        XeroConnection connection(*m_db); // the refresh token in the OS keychain
        std::optional<Error> checkFailed;
        const bool check = o.has(QStringLiteral("check")) &&
                           connection.status().state != XeroConnection::LinkState::NotConnected;
        if (check) {
            if (auto checked = QCoro::waitFor(connection.checkWithXero()); !checked)
                checkFailed = checked.error();
        }
        const XeroConnection::Status s = connection.status();
        // The last finished run with this organisation: what came of it, and when (the link's last_sync_at,
        // or the run's own time for a database synced before the link kept it).
        std::optional<SyncRun> lastRun;
        for (const SyncRun &r : SyncStore(*m_db).runs(20)) {
            if (r.tenantId == s.tenantId && r.finishedAt.isValid()) {
                lastRun = r;
                break;
            }
        }
        const QDateTime lastSyncAt = s.lastSyncAt.isValid() ? s.lastSyncAt
                                     : lastRun              ? lastRun->finishedAt
                                                            : QDateTime();
        if (m_json || o.has(QStringLiteral("json"))) {
            print(QJsonObject{
                {QStringLiteral("linked"), s.state == XeroConnection::LinkState::Linked},
                {QStringLiteral("state"), s.stateKey()},
                {QStringLiteral("organisation"),
                 s.tenantName.isEmpty() ? QJsonValue() : QJsonValue(s.tenantName)},
                {QStringLiteral("tenantId"), s.tenantId.isEmpty() ? QJsonValue() : QJsonValue(s.tenantId)},
                {QStringLiteral("connectedAt"),
                 s.connectedAt.isValid() ? QJsonValue(sql::timestamp(s.connectedAt)) : QJsonValue()},
                {QStringLiteral("lastSync"),
                 lastSyncAt.isValid() ? QJsonValue(sql::timestamp(lastSyncAt)) : QJsonValue()},
                {QStringLiteral("lastSyncResult"),
                 lastRun ? QJsonValue(syncResultKey(lastRun->result)) : QJsonValue()},
                {QStringLiteral("lastSyncDetail"), lastRun ? QJsonValue(lastRun->detail) : QJsonValue()},
                {QStringLiteral("checked"), check ? QJsonValue(!checkFailed) : QJsonValue()},
                {QStringLiteral("problem"), checkFailed ? QJsonValue(checkFailed->message) : QJsonValue()}});
            return checkFailed ? Failed : Ok;
        }
        m_out << s.describe() << '\n';
        if (s.state != XeroConnection::LinkState::NotConnected) {
            m_out << tr("Organisation: %1").arg(s.tenantName) << '\n'
                  << tr("Tenant id: %1").arg(s.tenantId) << '\n'
                  << tr("State: %1").arg(s.stateKey()) << '\n'
                  << (lastSyncAt.isValid()
                          ? tr("Last sync: %1, %2")
                                .arg(lastSyncAt.toLocalTime().toString(Qt::ISODate),
                                     lastRun ? runResultText(*lastRun) : tr("result not recorded"))
                          : tr("Last sync: never"))
                  << '\n';
            if (lastRun && !lastRun->detail.isEmpty())
                m_out << "  " << lastRun->detail << '\n';
        }
        if (check && !checkFailed)
            m_out << tr("Xero confirms the link.") << '\n';
        if (checkFailed)
            return fail(*checkFailed);
        return Ok;
    }

    if (sub == u"connect") {
        if (!parseOptions(args, {QStringLiteral("tenant")}, {QStringLiteral("switch-organisation")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        XeroConnection connection(*m_db); // the refresh token in the OS keychain
        QEventLoop loop;
        int exitCode = Failed;
        QObject::connect(&connection, &XeroConnection::authorizationUrlReady, &loop, [this](const QUrl &url) {
            m_out << tr("Open this address to authorise Billhook: %1").arg(url.toString(QUrl::FullyEncoded))
                  << Qt::endl;
        });
        QObject::connect(&connection, &XeroConnection::connected, &loop, [&](const QString &name) {
            m_out << name << Qt::endl;
            exitCode = Ok;
            loop.quit();
        });
        QObject::connect(&connection, &XeroConnection::failed, &loop, [&](const Error &error) {
            exitCode = fail(error);
            loop.quit();
        });
        QObject::connect(
            &connection, &XeroConnection::organisationChoiceNeeded, &loop,
            [&](const QList<XeroOrganisation> &organisations) {
                m_err << tr("You authorised several Xero organisations. Choose one with --tenant:") << '\n';
                for (const auto &org : organisations)
                    m_err << "  " << org.tenantId << '\t' << org.name << '\n';
                exitCode = Usage;
                loop.quit();
            });
        QObject::connect(
            &connection, &XeroConnection::differentOrganisation, &loop,
            [&](const XeroOrganisation &linked, const XeroOrganisation &chosen) {
                m_err << "billhook-cli: "
                      << tr("Billhook is linked to %1 (%2), but you authorised %3 (%4). Nothing was "
                            "changed. To link %3 instead, run billhook-cli xero connect --tenant %4 "
                            "--switch-organisation.")
                             .arg(linked.name, linked.tenantId, chosen.name, chosen.tenantId)
                      << '\n';
                exitCode = Failed;
                loop.quit();
            });
        connection.startConnect(o.value(QStringLiteral("tenant")),
                                o.has(QStringLiteral("switch-organisation")));
        if (connection.phase() != XeroConnection::Phase::Idle)
            loop.exec();
        return exitCode;
    }

    if (sub == u"disconnect") {
        if (!parseOptions(args, {}, {}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        XeroConnection connection(*m_db); // the refresh token in the OS keychain
        const QString name = connection.status().tenantName;
        auto done = QCoro::waitFor(connection.disconnectXero());
        if (!done)
            return fail(done.error());
        m_out << tr("Disconnected from %1. Local invoices and customers are kept.").arg(name) << '\n';
        return Ok;
    }
    return usage(tr("Unknown xero subcommand \"%1\".").arg(sub));
}

} // namespace billhook
