// billhook-cli sync | sync issues | sync log | sync resolve | sync options (issue 6). Kept apart from
// cli.cpp, which other commands share; cli.cpp only dispatches "sync" here.
#include "cli.h"

#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/settingsstore.h"
#include "storage/sqlutil.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"
#include "sync/syncoptions.h"
#include "sync/syncrunner.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace billhook {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(sql::timestamp(t)) : QJsonValue();
}

} // namespace

// The local record an issue is about, as the user knows it: a customer's name and contact number, an
// invoice's number, a payment's amount and invoice.
QJsonObject Cli::issueRecord(const SyncIssue &issue)
{
    QJsonObject record{{QStringLiteral("entity"), syncEntityKey(issue.entity)},
                       {QStringLiteral("id"), issue.localId}};
    QString label;
    switch (issue.entity) {
    case SyncEntity::Customer:
        if (auto c = CustomerStore(*m_db).get(issue.localId)) {
            record.insert(QStringLiteral("name"), c->name);
            record.insert(QStringLiteral("contact_number"), c->contactNumber);
            label = c->contactNumber.isEmpty() ? c->name : tr("%1 (%2)").arg(c->name, c->contactNumber);
        }
        break;
    case SyncEntity::Invoice:
        if (auto inv = InvoiceStore(*m_db).get(issue.localId)) {
            record.insert(QStringLiteral("number"), inv->number);
            label = inv->number.isEmpty() ? tr("draft invoice %1").arg(issue.localId) : inv->number;
        }
        break;
    case SyncEntity::Payment:
        if (auto p = InvoiceStore(*m_db).payment(issue.localId)) {
            const auto inv = InvoiceStore(*m_db).get(p->invoiceId);
            const QString number = inv ? inv->number : QString();
            record.insert(QStringLiteral("invoice_number"), number);
            record.insert(QStringLiteral("amount"), p->amount.toString());
            label = tr("payment of %1 on %2").arg(p->amount.toString(), number);
        }
        break;
    }
    if (label.isEmpty())
        label = tr("%1 %2 (no longer in Billhook)").arg(syncEntityNoun(issue.entity)).arg(issue.localId);
    record.insert(QStringLiteral("label"), label);
    return record;
}

QJsonObject Cli::issueJson(const SyncIssue &issue)
{
    return {{QStringLiteral("id"), issue.id},
            {QStringLiteral("kind"), syncIssueKindKey(issue.kind)},
            {QStringLiteral("record"), issueRecord(issue)},
            {QStringLiteral("xero_message"), issue.xeroMessage},
            {QStringLiteral("explanation"), issue.explanation},
            {QStringLiteral("remedy"), issue.remedy},
            {QStringLiteral("detail"), issue.detail},
            {QStringLiteral("run_id"), issue.runId},
            {QStringLiteral("created_at"), timeOrNull(issue.createdAt)}};
}

void Cli::printIssues(const QList<SyncIssue> &issues)
{
    for (const auto &i : issues) {
        m_out << i.id << '\t' << syncIssueKindKey(i.kind) << '\t'
              << issueRecord(i).value(QStringLiteral("label")).toString() << '\n';
        if (!i.xeroMessage.isEmpty())
            m_out << "    " << tr("Xero: %1").arg(i.xeroMessage) << '\n';
        if (!i.explanation.isEmpty())
            m_out << "    " << i.explanation << '\n';
        if (!i.remedy.isEmpty())
            m_out << "    " << i.remedy << '\n';
    }
}

int Cli::syncCommand(const QStringList &allArgs)
{
    const QString sub = allArgs.value(0);
    Options o;

    if (sub.isEmpty() || sub.startsWith(QStringLiteral("--")))
        return syncRun(allArgs);

    const QStringList args = allArgs.mid(1);
    if (sub == u"issues") {
        if (!parseOptions(args, {}, {QStringLiteral("json")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        const auto issues = SyncStore(*m_db).openIssues();
        if (m_json || o.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const auto &i : issues)
                a.append(issueJson(i));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else if (issues.isEmpty()) {
            m_out << tr("No open sync problems.") << '\n';
        } else {
            printIssues(issues);
        }
        return Ok;
    }

    if (sub == u"log") {
        if (!parseOptions(args, {QStringLiteral("limit")}, {QStringLiteral("json")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        int limit = 20;
        if (o.has(QStringLiteral("limit"))) {
            bool ok = false;
            limit = o.value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1)
                return usage(tr("--limit needs a whole number of runs, 1 or more."));
        }
        if (!openDatabase())
            return Failed;
        const auto runs = SyncStore(*m_db).runs(limit);
        if (m_json || o.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const auto &r : runs)
                a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("tenant_id"), r.tenantId},
                                     {QStringLiteral("started_at"), timeOrNull(r.startedAt)},
                                     {QStringLiteral("finished_at"), timeOrNull(r.finishedAt)},
                                     {QStringLiteral("result"), syncResultKey(r.result)},
                                     {QStringLiteral("pulled"), r.pulled},
                                     {QStringLiteral("pushed"), r.pushed},
                                     {QStringLiteral("failed"), r.failed},
                                     {QStringLiteral("open_issues"), r.openIssues},
                                     {QStringLiteral("held_back"), r.heldBack},
                                     {QStringLiteral("calls"), r.callsUsed},
                                     {QStringLiteral("detail"), r.detail}});
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else if (runs.isEmpty()) {
            m_out << tr("No sync has run yet.") << '\n';
        } else {
            for (const auto &r : runs)
                m_out << r.id << '\t' << r.startedAt.toLocalTime().toString(Qt::ISODate) << '\t'
                      << syncResultKey(r.result) << '\t'
                      << tr("pulled %1, sent %2, failed %3, %4 open, %5 call(s)")
                             .arg(r.pulled)
                             .arg(r.pushed)
                             .arg(r.failed)
                             .arg(r.openIssues)
                             .arg(r.callsUsed)
                      << (r.detail.isEmpty() ? QString() : QStringLiteral("\t") + r.detail) << '\n';
        }
        return Ok;
    }

    if (sub == u"resolve") {
        if (!parseOptions(args, {QStringLiteral("keep")},
                          {QStringLiteral("renumber"), QStringLiteral("link"), QStringLiteral("different"),
                           QStringLiteral("try-again")},
                          o))
            return Usage;
        if (o.positional.size() != 1)
            return usage(tr("sync resolve needs one problem id (from billhook-cli sync issues)."));
        const bool tryAgain = o.has(QStringLiteral("try-again"));
        const bool renumber = o.has(QStringLiteral("renumber"));
        const bool link = o.has(QStringLiteral("link"));
        const bool different = o.has(QStringLiteral("different"));
        const QString keep = o.value(QStringLiteral("keep"));
        if (int(tryAgain) + int(renumber) + int(link) + int(different) + int(!keep.isEmpty()) != 1 ||
            (!keep.isEmpty() && keep != u"mine" && keep != u"xero"))
            return usage(tr("sync resolve needs one of --keep mine, --keep xero (a conflict), --renumber or "
                            "--link (an invoice number already used in Xero), --link or --different (a Xero "
                            "contact that may be one of your customers), --try-again (a change Xero "
                            "refused)."));
        auto id = parseId(o.positional.first(), tr("problem"));
        if (!id)
            return usage(id.error().message);
        if (!openDatabase())
            return Failed;
        if (tryAgain || renumber || link || different) {
            auto done = tryAgain
                            ? SyncEngine::tryAgain(*m_db, *id)
                            : SyncEngine::resolveCollision(*m_db, *id,
                                                           renumber ? SyncEngine::CollisionChoice::Renumber
                                                           : link   ? SyncEngine::CollisionChoice::Link
                                                                    : SyncEngine::CollisionChoice::Different);
            if (!done)
                return done.error().code == Error::Code::Invalid || done.error().code == Error::Code::NotFound
                           ? usage(done.error().message)
                           : fail(done.error());
            m_out << *done << '\n';
            return Ok;
        }
        const std::optional<SyncIssue> issue = SyncStore(*m_db).openIssue(*id);
        if (!issue)
            return usage(
                tr("There is no open sync problem %1; billhook-cli sync issues lists them.").arg(*id));
        if (issue->kind != SyncIssueKind::Conflict)
            return usage(
                tr("Problem %1 is not a conflict, so there is nothing to choose: it clears itself once "
                   "the record syncs cleanly. %2")
                    .arg(*id)
                    .arg(issue->remedy));
        if (auto s = SyncEngine::resolveConflict(*m_db, *id, keep == u"mine"); !s)
            return fail(s.error());
        const QString label = issueRecord(*issue).value(QStringLiteral("label")).toString();
        m_out << (keep == u"mine" ? tr("Kept Billhook's values for %1; the next sync sends them to Xero.")
                                  : tr("Kept Xero's values for %1; they are now in Billhook."))
                     .arg(label)
              << '\n';
        return Ok;
    }

    if (sub == u"options")
        return syncOptionsCommand(args);

    return usage(tr("Unknown sync subcommand \"%1\".").arg(sub));
}

int Cli::syncRun(const QStringList &args)
{
    Options o;
    if (!parseOptions(args, {}, {QStringLiteral("dry-run"), QStringLiteral("json")}, o))
        return Usage;
    if (!o.positional.isEmpty())
        return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
    const bool json = m_json || o.has(QStringLiteral("json"));
    if (!openDatabase())
        return Failed;

    // The run happens in the runner's worker thread; this thread keeps its event loop turning (the keychain
    // answers here) until the run ends.
    SyncRunner runner(m_db->path());
    QEventLoop loop;
    SyncSummary summary;
    std::optional<SyncProgress::Phase> phase;
    QObject::connect(&runner, &SyncRunner::progress, &loop, [&](const SyncProgress &p) {
        if (json || phase == p.phase)
            return;
        phase = p.phase;
        m_err << p.text << Qt::endl;
    });
    QObject::connect(&runner, &SyncRunner::waitingForRateLimit, &loop, [&](int seconds) {
        if (!json)
            m_err << tr("Waiting %n s for Xero's rate limit…", "", seconds) << Qt::endl;
    });
    QObject::connect(&runner, &SyncRunner::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    if (!runner.start(o.has(QStringLiteral("dry-run"))))
        return fail(Error::make(Error::Code::Invalid, tr("The sync could not start.")));
    loop.exec();

    const auto issues = SyncStore(*m_db).openIssues();
    if (json) {
        QJsonArray issueArray;
        for (const auto &i : issues)
            issueArray.append(issueJson(i));
        print(QJsonObject{{QStringLiteral("result"), syncResultKey(summary.result)},
                          {QStringLiteral("dry_run"), summary.dryRun},
                          {QStringLiteral("run_id"), summary.runId},
                          {QStringLiteral("pulled"), summary.pulled},
                          {QStringLiteral("pushed"), summary.pushed},
                          {QStringLiteral("failed"), summary.failed},
                          {QStringLiteral("conflicts"), summary.conflicts},
                          {QStringLiteral("open_issues"), summary.openIssues},
                          {QStringLiteral("held_back"), summary.heldBack},
                          {QStringLiteral("calls"), summary.callsUsed},
                          {QStringLiteral("message"), summary.message},
                          {QStringLiteral("planned"), QJsonArray::fromStringList(summary.planned)},
                          {QStringLiteral("issues"), issueArray}});
    } else if (summary.result != SyncResult::Failed) {
        for (const auto &line : summary.planned)
            m_out << line << '\n';
        m_out << tr("Sync %1: pulled %2, sent %3, %4 failed, %5 conflict(s), %6 call(s) to Xero.")
                     .arg(summary.dryRun ? tr("(dry run) %1").arg(syncResultKey(summary.result))
                                         : syncResultKey(summary.result))
                     .arg(summary.pulled)
                     .arg(summary.pushed)
                     .arg(summary.failed)
                     .arg(summary.conflicts)
                     .arg(summary.callsUsed)
              << '\n';
        if (summary.heldBack > 0)
            m_out << SyncEngine::heldBackText(summary.heldBack) << '\n';
        if (!issues.isEmpty()) {
            m_out << tr("Open problems (billhook-cli sync resolve ID --keep mine|xero settles a conflict; "
                        "--renumber or --link a number already used in Xero; --link or --different a "
                        "contact that may be one of your customers):")
                  << '\n';
            printIssues(issues);
        }
    }
    // Held back by the user's own choice: not a failure, but not called clean either (the result says so).
    if (summary.result == SyncResult::Clean || summary.result == SyncResult::HeldBack)
        return Ok;
    if (summary.result == SyncResult::Issues)
        return Issues;
    if (!json)
        m_err << "billhook-cli: " << QString(summary.message).replace(u'\n', u' ') << '\n';
    return Failed;
}

// sync options [KEY=VALUE ...]: the sync.* settings the Xero pane's setup edits, for scripts and for a
// Billhook used without the desktop app. Every change is checked together and saved in one transaction.
int Cli::syncOptionsCommand(const QStringList &args)
{
    Options o;
    if (!parseOptions(args, {}, {QStringLiteral("json")}, o))
        return Usage;
    if (!openDatabase())
        return Failed;
    if (!o.positional.isEmpty()) {
        Transaction tx(*m_db);
        if (!tx.started())
            return fail(tx.started().error());
        SettingsStore settings(*m_db);
        for (const QString &pair : o.positional) {
            const auto eq = pair.indexOf(u'=');
            const QString key = pair.left(eq).trimmed();
            if (eq <= 0 || !key.startsWith(QStringLiteral("sync.")))
                return usage(
                    tr("\"%1\" is not a sync option; write KEY=VALUE with a key starting with sync., "
                       "such as sync.bank_account_code=090.")
                        .arg(pair));
            if (auto s = settings.setValue(key, pair.mid(eq + 1).trimmed()); !s)
                return fail(s.error());
        }
        // Read back as the sync will: a value it would refuse is refused now, and nothing is saved.
        if (auto checked = SyncOptions::load(*m_db); !checked)
            return fail(checked.error());
        if (auto s = tx.commit(); !s)
            return fail(s.error());
    }
    // Listed whatever their state: a value the sync would refuse is shown as stored, with what is wrong.
    QList<Error> problems;
    const SyncOptions so = SyncOptions::read(*m_db, &problems);
    QJsonObject taxTypes;
    for (auto it = so.taxTypes.cbegin(); it != so.taxTypes.cend(); ++it)
        taxTypes.insert(it.key(), it.value());
    QJsonObject shown{
        {QStringLiteral("sync.customers"), so.syncCustomers},
        {QStringLiteral("sync.invoices"), so.syncInvoices},
        {QStringLiteral("sync.payments"), so.syncPayments},
        {QStringLiteral("sync.send_customer_edits"), so.sendCustomerEdits},
        {QStringLiteral("sync.accept_xero_edits"), so.acceptXeroEdits},
        {QStringLiteral("sync.send_invoices_as"), SyncOptions::sendInvoicesAsKey(so.sendInvoicesAs)},
        {QStringLiteral("sync.import_xero_invoices"), so.importXeroInvoices},
        {QStringLiteral("sync.revenue_account"), so.revenueAccountCode},
        {QStringLiteral("sync.bank_account_code"), so.bankAccountCode},
        {QStringLiteral("sync.bank_account_id"), so.bankAccountId},
        {QStringLiteral("sync.conflict_default"), SyncOptions::conflictDefaultKey(so.conflictDefault)},
        {QStringLiteral("sync.overlap_seconds"), so.overlapSeconds},
        {QStringLiteral("tax_types"), taxTypes}};
    QJsonArray problemList;
    const SettingsStore settings(*m_db);
    for (const Error &e : problems) {
        if (shown.contains(e.field) && !settings.value(e.field).isEmpty())
            shown.insert(e.field, settings.value(e.field));
        problemList.append(
            QJsonObject{{QStringLiteral("key"), e.field}, {QStringLiteral("message"), e.message}});
    }
    if (m_json || o.has(QStringLiteral("json"))) {
        shown.insert(QStringLiteral("problems"), problemList);
        print(shown);
    } else {
        for (auto it = shown.begin(); it != shown.end(); ++it) {
            if (it.key() == u"tax_types")
                continue;
            const QJsonValue v = it.value();
            m_out << it.key() << '='
                  << (v.isBool()     ? (v.toBool() ? QStringLiteral("1") : QStringLiteral("0"))
                      : v.isDouble() ? QString::number(v.toInt())
                                     : v.toString())
                  << '\n';
        }
        for (auto it = so.taxTypes.cbegin(); it != so.taxTypes.cend(); ++it)
            m_out << "sync.tax_type." << it.key() << '=' << it.value() << '\n';
        for (const Error &e : problems)
            m_err << tr("Not ready to sync: %1").arg(e.message) << '\n';
    }
    return Ok;
}

} // namespace billhook
