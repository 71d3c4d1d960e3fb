#include "synccontext.h"

#include "storage/database.h"

#include <QCryptographicHash>

namespace billhook {

SyncContext::SyncContext(Database &db_, SyncEngine::Send send_, QString tenantId, SyncOptions options_,
                         Clock &clock_)
    : db(db_)
    , send(std::move(send_))
    , tenant(std::move(tenantId))
    , options(std::move(options_))
    , clock(clock_)
{}

QCoro::Task<XeroResponse> SyncContext::call(XeroRequest request)
{
    if (cancelled) {
        XeroResponse r;
        r.outcome = XeroResponse::Outcome::NotSent;
        r.error = Error::make(Error::Code::Network, tr("The sync was cancelled."));
        co_return r;
    }
    XeroResponse r = co_await send(std::move(request));
    if (r.outcome != XeroResponse::Outcome::NotSent)
        ++summary.callsUsed;
    co_return r;
}

void SyncContext::report(SyncProgress::Phase phase, const QString &text, int done, int total)
{
    if (progress)
        progress(SyncProgress{phase, text, done, total});
}

void SyncContext::fail(const Error &error)
{
    if (!failed) {
        summary.message = error.message;
        summary.error = error;
    }
    failed = true;
}

Status PlanRecorder::write(const PlanOf &plan, const std::function<Status()> &)
{
    if (!plan)
        return {};
    for (const PlannedChange &c : plan()) {
        if (!c.line.isEmpty()) {
            m_summary.planned.append(c.line);
            if (!c.shownAsMatch)
                m_summary.plannedOther.append(c.line);
        }
        if (c.match)
            m_summary.matches.append(*c.match);
    }
    return {};
}

Status SyncContext::raise(SyncEntity entity, Id localId, SyncIssueKind kind, const QString &xeroMessage,
                          const QString &explanation, const QString &remedy, const QJsonObject &detail,
                          const std::optional<PlannedMatch> &plannedMatch)
{
    const QString key = QStringList{syncEntityKey(entity), QString::number(localId), syncIssueKindKey(kind),
                                    detail.value(QStringLiteral("reason")).toString()}
                            .join(u'|');
    if (!raised.contains(key)) {
        raised.insert(key);
        if (kind == SyncIssueKind::Conflict)
            ++summary.conflicts;
        else
            ++summary.failed;
    }
    const auto planned = [&]() -> Plan {
        return {PlannedChange(tr("Would report a problem with %1 %2: %3")
                                  .arg(syncEntityNoun(entity))
                                  .arg(localId)
                                  .arg(explanation),
                              plannedMatch.has_value() ||
                                  detail.value(QStringLiteral("reason")).toString() == u"ambiguous-match" ||
                                  detail.value(QStringLiteral("reason")).toString() == u"contact-candidate",
                              plannedMatch)};
    };
    return write(planned, [&]() -> Status {
        SyncIssue issue;
        issue.runId = summary.runId;
        issue.entity = entity;
        issue.localId = localId;
        issue.kind = kind;
        issue.xeroMessage = xeroMessage;
        issue.explanation = explanation;
        issue.remedy = remedy;
        issue.detail = detail;
        auto id = SyncStore(db).raiseIssue(issue);
        if (!id)
            return id.error();
        return {};
    });
}

namespace syncutil {

QList<QJsonObject> recordsIn(const XeroResponse &r, const QString &collection)
{
    QList<QJsonObject> out;
    if (!r.ok())
        return out;
    for (const auto &v : xerojson::parseExact(r.rawBody).object().value(collection).toArray())
        out.append(v.toObject());
    return out;
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString invoiceFingerprint(const QJsonObject &fields)
{
    QStringList parts;
    for (const char *f : {"contact", "number", "date", "dueDate", "currency", "taxMode", "lines"})
        parts.append(fields.value(QLatin1String(f)).toString());
    return hashOf(parts.join(QChar(0x1f)).toUtf8());
}

QString contactFingerprint(const QString &name, const QString &email, const QString &number)
{
    return hashOf(QStringList{name.simplified().toLower(), email.trimmed().toLower(), number.trimmed()}
                      .join(QChar(0x1f))
                      .toUtf8());
}

QString contactFingerprintOf(const QJsonObject &c)
{
    return contactFingerprint(c.value(QStringLiteral("Name")).toString(),
                              c.value(QStringLiteral("EmailAddress")).toString(),
                              c.value(QStringLiteral("ContactNumber")).toString());
}

QJsonArray conflictsJson(const QList<FieldConflict> &conflicts)
{
    QJsonArray a;
    for (const auto &c : conflicts)
        a.append(QJsonObject{{QStringLiteral("field"), c.field},
                             {QStringLiteral("base"), c.base},
                             {QStringLiteral("mine"), c.mine},
                             {QStringLiteral("xero"), c.xero}});
    return a;
}

QJsonObject newBase(const QJsonObject &oldBase, const MergeResult &m, const QJsonObject &local,
                    const QJsonObject &remote)
{
    // Agreed now: fields equal on both sides and fields taken from Xero. Fields still to be sent, and
    // conflicts, keep the old base so they still count as changed.
    QJsonObject b = oldBase;
    for (auto it = m.merged.begin(); it != m.merged.end(); ++it) {
        const QString k = it.key();
        if (m.toLocal.contains(k) || local.value(k) == remote.value(k))
            b.insert(k, remote.value(k));
    }
    // Xero's changes held back by the user's options: they still differ from the base (so they go through
    // once Xero edits are accepted again), and the mark makes them counted and read again then.
    if (m.heldBack.isEmpty())
        b.remove(QString::fromLatin1(kHeldBackKey));
    else
        b.insert(QString::fromLatin1(kHeldBackKey), m.heldBack.join(u','));
    return b;
}

QString fieldNames(const QList<FieldConflict> &conflicts)
{
    QStringList f;
    for (const auto &c : conflicts)
        f.append(c.field);
    return f.join(QStringLiteral(", "));
}

QStringList changedFields(const QJsonObject &base, const QJsonObject &local, const QSet<QString> &excluded)
{
    QStringList out;
    for (auto it = local.begin(); it != local.end(); ++it) {
        if (!excluded.contains(it.key()) && base.value(it.key()) != it.value())
            out.append(it.key());
    }
    return out;
}

void settleMerge(MergeResult &m, const SyncOptions &options)
{
    if (!options.acceptXeroEdits)
        m.heldBack = std::exchange(m.toLocal, {});
    for (const FieldConflict &c : QList<FieldConflict>(m.conflicts)) {
        if (options.conflictDefault == SyncOptions::ConflictDefault::KeepMine)
            billhook::resolveConflict(m, c, true);
        else if (options.conflictDefault == SyncOptions::ConflictDefault::KeepXero && options.acceptXeroEdits)
            billhook::resolveConflict(m, c, false);
    }
}

} // namespace syncutil

} // namespace billhook
