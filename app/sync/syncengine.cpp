#include "syncengine.h"

#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/sqlutil.h"
#include "synclocal.h"
#include "xero/xeroerrors.h"
#include "xero/xeromapping.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUuid>

namespace billhook {

namespace {

// The records of one collection ("Contacts", "Invoices"...) in a successful answer, read with exact decimals;
// none when the call failed.
QList<QJsonObject> recordsIn(const XeroResponse &r, const QString &collection)
{
    QList<QJsonObject> out;
    if (!r.ok())
        return out;
    for (const auto &v : xerojson::parseExact(r.rawBody).object().value(collection).toArray())
        out.append(v.toObject());
    return out;
}

constexpr int kBatchSize = 50;

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Fields whose values wait for the user in an open conflict issue: never sent, never overwritten.
QSet<QString> openConflictFields(Database &db, SyncEntity e, Id localId)
{
    QSet<QString> out;
    QSqlQuery &q =
        db.prepare(QStringLiteral("SELECT detail FROM sync_issues WHERE entity = ? AND local_id = ? AND "
                                  "kind = 'conflict' AND resolved_at IS NULL"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject d = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            for (const auto &f : d.value(QStringLiteral("fields")).toArray())
                out.insert(f.toObject().value(QStringLiteral("field")).toString());
        }
    }
    q.finish();
    return out;
}

// Billhook already sent this record to Xero once (its outbox row holds the Idempotency-Key of that attempt)
// without hearing the answer: a Xero record that matches it now is the one that attempt created, so its
// values are what Billhook sent and are the right merge base (local edits made since then win; an empty
// base would turn every field edited since into a conflict).
bool sentBefore(Database &db, SyncEntity e, Id localId)
{
    QSqlQuery &q = db.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE entity = ? AND local_id = ? AND idempotency_key <> ''"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    const bool sent = q.exec() && q.next();
    q.finish();
    return sent;
}

// The Idempotency-Key and payload hash of the last send of this record whose answer Billhook has not
// stored yet (empty when there is none).
std::pair<QString, QString> pendingAttempt(Database &db, SyncEntity e, Id localId)
{
    QSqlQuery &q = db.prepare(
        QStringLiteral("SELECT idempotency_key, payload_hash FROM outbox WHERE entity = ? AND local_id = ?"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    std::pair<QString, QString> out;
    if (q.exec() && q.next())
        out = {q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return out;
}

// An open issue that holds a record back from being created in Xero (an ambiguous match).
bool heldBack(Database &db, SyncEntity e, Id localId)
{
    QSqlQuery &q =
        db.prepare(QStringLiteral("SELECT detail FROM sync_issues WHERE entity = ? AND local_id = ? AND "
                                  "resolved_at IS NULL"));
    q.addBindValue(syncEntityKey(e));
    q.addBindValue(localId);
    bool out = false;
    if (q.exec()) {
        while (q.next()) {
            const QJsonObject d = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            out = out || d.value(QStringLiteral("reason")).toString() == u"ambiguous-match";
        }
    }
    q.finish();
    return out;
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

struct Explained
{
    QString explanation;
    QString remedy;
};

Explained explain(const QString &xeroMessage)
{
    const XeroExplanation e = XeroErrors::explain(xeroMessage);
    return {e.explanation, e.remedy};
}

// Xero's values of `fields` (named as in xeromap::invoiceFields) written onto `inv`: the one place that
// takes an invoice's fields from Xero, for a pulled invoice and for "Keep Xero's" on a conflict. The
// contact is taken when `customerOf` knows its customer; the status keeps what Billhook adds (approved while
// Xero holds a draft) as xeromap::localInvoiceStatus says.
Invoice withXeroInvoiceFields(Invoice inv, const QStringList &fields, const QJsonObject &values,
                              const std::function<std::optional<Id>(const QString &contactId)> &customerOf,
                              const std::function<xeromap::LocalTax(const QString &taxType)> &taxFor)
{
    for (const QString &f : fields) {
        const QString v = values.value(f).toString();
        if (f == u"contact") {
            if (const std::optional<Id> customer = customerOf(v))
                inv.customerId = *customer;
        } else if (f == u"number")
            inv.number = v;
        else if (f == u"reference")
            inv.reference = v;
        else if (f == u"date")
            inv.issueDate = QDate::fromString(v, Qt::ISODate);
        else if (f == u"dueDate")
            inv.dueDate = QDate::fromString(v, Qt::ISODate);
        else if (f == u"currency")
            inv.currency = v;
        else if (f == u"taxMode")
            inv.taxMode = taxModeFromXero(v).value_or(inv.taxMode);
        else if (f == u"status")
            inv.status = xeromap::localInvoiceStatus(v, inv.amountPaid, inv.status);
        else if (f == u"lines")
            inv.lines = xeromap::linesFromFields(values, taxFor);
    }
    return inv;
}

} // namespace

struct SyncEngine::Context
{
    // Local customers, for matching Xero contacts that are not linked yet.
    QHash<QString, Id> customerByNumber;
    QHash<QString, QList<Id>> customerByEmail; // lower case
    QHash<QString, QList<Id>> customerByName;  // lower case, active only
    QSet<Id> linkedCustomers;
    // Dry run: customers this run would have created in Xero, so their invoices plan to follow them.
    QSet<Id> plannedCustomers;
    // Dry run: customers a real run would hold back as ambiguous matches (it records an issue for each).
    QSet<Id> ambiguousCustomers;
    // Reference data.
    QString baseCurrency;
    QSet<QString> currencies;
    QHash<QString, Percent> revenueTaxTypes; // TaxType -> effective rate
    QHash<QString, QString> localTaxCodeFor; // TaxType -> Billhook tax code (from the user's mapping)
    QHash<QString, QString> taxTypeCache;    // Billhook tax code + rate -> TaxType
    QHash<QString, QString> storedTaxTypes;  // Billhook tax code -> its xero_tax_type
    bool storedTaxTypesLoaded = false;
    // Entities whose watermark must not move this run (a record could not be applied).
    QSet<SyncEntity> holdWatermark;
    // The invoice page being applied: the links of its invoices and of their contacts, read in one query each
    // instead of two per record. An invoice id's entry is used once (a repeat reads the table again); contact
    // links do not change while invoices are applied.
    QSet<QString> pageInvoiceIds;
    QHash<QString, XeroLink> pageInvoiceLinks;
    QSet<QString> pageContactIds;
    QHash<QString, Id> pageContactLinks;
};

struct SyncEngine::Batch
{
    struct Element
    {
        OutboxEntry row;
        int version = 0;
        QString match; // ContactNumber / InvoiceNumber / invoice|amount|date
        QJsonObject payload;
        QString hash;
        QString label; // for progress and the plan
    };
    QList<Element> elements;
};

SyncEngine::SyncEngine(Database &db, Send send, QString tenantId, SyncOptions options, Clock &clock)
    : m_db(db)
    , m_send(std::move(send))
    , m_tenant(std::move(tenantId))
    , m_options(std::move(options))
    , m_clock(clock)
    , m_ctx(std::make_unique<Context>())
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::report(SyncProgress::Phase phase, const QString &text, int done, int total)
{
    if (m_progress)
        m_progress(SyncProgress{phase, text, done, total});
}

void SyncEngine::fail(const Error &error)
{
    if (!m_failed) {
        m_summary.message = error.message;
        m_summary.error = error;
    }
    m_failed = true;
}

QString SyncEngine::runSummary(int pulled, int sent, int problems, int calls)
{
    return tr("%1, %2, %3, %4.", "run summary: pulled, sent, problems, calls to Xero")
        .arg(tr("Pulled %n record(s)", "run summary", pulled), tr("sent %n", "run summary", sent),
             tr("%n problem(s)", "run summary", problems), tr("%n call(s) to Xero", "run summary", calls));
}

void SyncEngine::plan(const QString &line, bool shownAsMatch)
{
    m_summary.planned.append(line);
    if (!shownAsMatch)
        m_summary.plannedOther.append(line);
}

Status SyncEngine::raise(SyncEntity entity, Id localId, const QString &kind, const QString &xeroMessage,
                         const QString &explanation, const QString &remedy, const QJsonObject &detail)
{
    if (kind == u"conflict")
        ++m_summary.conflicts;
    else
        ++m_summary.failed;
    if (m_dryRun) {
        plan(tr("Would report a problem with %1 %2: %3")
                 .arg(syncEntityNoun(entity))
                 .arg(localId)
                 .arg(explanation),
             detail.value(QStringLiteral("reason")).toString() == u"ambiguous-match");
        return {};
    }
    SyncIssue issue;
    issue.runId = m_summary.runId;
    issue.entity = entity;
    issue.localId = localId;
    issue.kind = kind;
    issue.xeroMessage = xeroMessage;
    issue.explanation = explanation;
    issue.remedy = remedy;
    issue.detail = detail;
    auto id = SyncStore(m_db).raiseIssue(issue);
    if (!id)
        return id.error();
    return {};
}

QCoro::Task<XeroResponse> SyncEngine::call(XeroRequest request)
{
    if (m_cancelled) {
        XeroResponse r;
        r.outcome = XeroResponse::Outcome::NotSent;
        r.error = Error::make(Error::Code::Network, tr("The sync was cancelled."));
        co_return r;
    }
    XeroResponse r = co_await m_send(std::move(request));
    if (r.outcome != XeroResponse::Outcome::NotSent)
        ++m_summary.callsUsed;
    co_return r;
}

QCoro::Task<SyncSummary> SyncEngine::run()
{
    m_summary = SyncSummary{};
    m_summary.dryRun = m_dryRun;
    m_failed = false;
    SyncStore store(m_db);
    if (!m_dryRun) {
        auto run = store.startRun(m_tenant);
        if (!run) {
            m_summary.message = run.error().message;
            m_summary.error = run.error();
            co_return m_summary;
        }
        m_summary.runId = *run;
    }
    report(SyncProgress::Phase::Starting, tr("Starting the sync with Xero…"));

    bool ok = co_await pullReference();
    if (ok && m_options.syncCustomers)
        ok = co_await pull(SyncEntity::Customer);
    if (ok && m_options.syncInvoices)
        ok = co_await pull(SyncEntity::Invoice);
    if (ok && m_options.syncPayments)
        ok = co_await pull(SyncEntity::Payment);
    if (ok && m_options.syncCustomers)
        ok = co_await pushCustomers();
    if (ok && m_options.syncInvoices)
        ok = co_await pushInvoices();
    if (ok && m_options.syncPayments)
        ok = co_await pushPayments();

    report(SyncProgress::Phase::Finishing, tr("Finishing…"));
    m_summary.openIssues = int(store.openIssues().size());
    if (m_cancelled && !ok)
        m_summary.result = QStringLiteral("cancelled");
    else if (m_failed || !ok)
        m_summary.result = QStringLiteral("failed");
    else if (m_summary.failed > 0 || m_summary.conflicts > 0 || m_summary.openIssues > 0)
        m_summary.result = QStringLiteral("issues");
    else
        m_summary.result = QStringLiteral("clean");
    if (m_summary.result == u"cancelled")
        m_summary.message =
            tr("The sync was cancelled; what it finished is kept and the next sync carries on.");
    else if (m_summary.message.isEmpty())
        m_summary.message = runSummary(m_summary.pulled, m_summary.pushed,
                                       m_summary.failed + m_summary.conflicts, m_summary.callsUsed);
    if (!m_dryRun) {
        SyncRun r;
        r.id = m_summary.runId;
        r.tenantId = m_tenant;
        r.finishedAt = m_clock.nowUtc();
        r.result = m_summary.result;
        r.pulled = m_summary.pulled;
        r.pushed = m_summary.pushed;
        r.failed = m_summary.failed + m_summary.conflicts;
        r.callsUsed = m_summary.callsUsed;
        r.detail = m_summary.message;
        if (auto s = store.finishRun(r); !s && m_summary.result != u"failed") {
            m_summary.result = QStringLiteral("failed");
            m_summary.message = s.error().message;
        }
    }
    co_return m_summary;
}

// ---------------------------------------------------------------------------------------------------------
// Reference data

QCoro::Task<bool> SyncEngine::pullReference()
{
    SettingsStore settings(m_db);
    const QString prefix = QStringLiteral("xero.") + m_tenant + u'.';
    const QDateTime last =
        QDateTime::fromString(settings.value(prefix + QStringLiteral("reference_at")), Qt::ISODate);
    const auto loadCached = [&] {
        m_ctx->baseCurrency = settings.value(prefix + QStringLiteral("base_currency"));
        for (const QString &c :
             settings.value(prefix + QStringLiteral("currencies")).split(u',', Qt::SkipEmptyParts))
            m_ctx->currencies.insert(c);
        for (const QString &t :
             settings.value(prefix + QStringLiteral("revenue_tax_types")).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = t.indexOf(u'=');
            m_ctx->revenueTaxTypes.insert(t.left(eq), Percent::fromUnits(t.mid(eq + 1).toLongLong()));
        }
    };
    for (auto it = m_options.taxTypes.cbegin(); it != m_options.taxTypes.cend(); ++it)
        m_ctx->localTaxCodeFor.insert(it.value(), it.key());
    // Reference data changes rarely: once a day is enough, and a no-change sync stays one call per type.
    if (last.isValid() && last.secsTo(m_clock.nowUtc()) < 24 * 3600) {
        loadCached();
        co_return true;
    }
    report(SyncProgress::Phase::Reference, tr("Reading the organisation's settings from Xero…"));
    struct Part
    {
        const char *path;
        const char *collection;
    };
    QHash<QString, QJsonArray> got;
    for (const Part part :
         {Part{"Organisation", "Organisations"}, Part{"Currencies", "Currencies"},
          Part{"Accounts", "Accounts"}, Part{"TaxRates", "TaxRates"}, Part{"Items", "Items"}}) {
        XeroRequest req;
        req.path = key(part.path);
        XeroResponse r = co_await call(req);
        if (!r.ok()) {
            fail(r.error ? *r.error : Error::make(Error::Code::Network, tr("Xero did not answer.")));
            co_return false;
        }
        got.insert(key(part.path),
                   xerojson::parseExact(r.rawBody).object().value(key(part.collection)).toArray());
    }
    m_ctx->baseCurrency = got.value(QStringLiteral("Organisation"))
                              .first()
                              .toObject()
                              .value(QStringLiteral("BaseCurrency"))
                              .toString();
    QStringList currencies{m_ctx->baseCurrency};
    for (const auto &v : got.value(QStringLiteral("Currencies")))
        currencies.append(v.toObject().value(QStringLiteral("Code")).toString());
    currencies.removeDuplicates();
    for (const auto &c : currencies)
        m_ctx->currencies.insert(c);
    QStringList revenue;
    QList<TaxRate> rates;
    for (const auto &v : got.value(QStringLiteral("TaxRates"))) {
        const QJsonObject t = v.toObject();
        TaxRate r;
        r.code = t.value(QStringLiteral("TaxType")).toString();
        r.name = t.value(QStringLiteral("Name")).toString();
        r.rate = Percent::fromUnits(
            xerojson::decimalUnits(t.value(QStringLiteral("EffectiveRate")), 4).value_or(0));
        r.xeroTaxType = r.code;
        r.active = t.value(QStringLiteral("Status")).toString() == u"ACTIVE";
        rates.append(r);
        if (r.active && t.value(QStringLiteral("CanApplyToRevenue")).toBool()) {
            m_ctx->revenueTaxTypes.insert(r.code, r.rate);
            revenue.append(r.code + u'=' + QString::number(r.rate.units()));
        }
    }
    if (m_dryRun)
        co_return true;
    Transaction tx(m_db);
    ReferenceStore refs(m_db);
    Status s = tx.started();
    for (const auto &r : rates) {
        if (s)
            s = refs.saveTaxRate(r);
    }
    for (const auto &v : got.value(QStringLiteral("Accounts"))) {
        const QJsonObject a = v.toObject();
        Account acc;
        acc.code = a.value(QStringLiteral("Code")).toString();
        if (acc.code.isEmpty())
            continue; // system accounts without a code cannot be chosen
        acc.name = a.value(QStringLiteral("Name")).toString();
        acc.type = a.value(QStringLiteral("Type")).toString();
        acc.xeroId = a.value(QStringLiteral("AccountID")).toString();
        acc.active = a.value(QStringLiteral("Status")).toString() == u"ACTIVE";
        acc.paymentsEnabled =
            acc.type == u"BANK" || a.value(QStringLiteral("EnablePaymentsToAccount")).toBool();
        if (s)
            s = refs.saveAccount(acc);
    }
    for (const auto &v : got.value(QStringLiteral("Items"))) {
        const QJsonObject i = v.toObject();
        const QJsonObject sales = i.value(QStringLiteral("SalesDetails")).toObject();
        Item item;
        item.code = i.value(QStringLiteral("Code")).toString();
        item.name = i.value(QStringLiteral("Name")).toString();
        item.unitPrice = UnitPrice::fromUnits(
            xerojson::decimalUnits(sales.value(QStringLiteral("UnitPrice")), 4).value_or(0));
        item.accountCode = sales.value(QStringLiteral("AccountCode")).toString();
        item.taxCode = sales.value(QStringLiteral("TaxType")).toString();
        item.xeroId = i.value(QStringLiteral("ItemID")).toString();
        if (s && !item.code.isEmpty())
            s = refs.saveItem(item);
    }
    for (const auto &[k, v] :
         {std::pair{QStringLiteral("base_currency"), m_ctx->baseCurrency},
          std::pair{QStringLiteral("currencies"), currencies.join(u',')},
          std::pair{QStringLiteral("revenue_tax_types"), revenue.join(u',')},
          std::pair{QStringLiteral("reference_at"), m_clock.nowUtc().toString(Qt::ISODate)}}) {
        if (s)
            s = settings.setValue(prefix + k, v);
    }
    if (s)
        s = tx.commit();
    if (!s) {
        fail(s.error());
        co_return false;
    }
    co_return true;
}

// ---------------------------------------------------------------------------------------------------------
// Pull

QCoro::Task<bool> SyncEngine::pull(SyncEntity entity)
{
    SyncStore store(m_db);
    const QString wm = store.watermark(m_tenant, entity);
    QDateTime since;
    if (!wm.isEmpty()) {
        since = QDateTime::fromString(wm, Qt::ISODateWithMs);
        since.setTimeSpec(Qt::UTC);
        since = since.addSecs(-m_options.overlapSeconds);
    }
    QString path, collection, what;
    SyncProgress::Phase phase = SyncProgress::Phase::PullCustomers;
    switch (entity) {
    case SyncEntity::Customer:
        path = QStringLiteral("Contacts");
        what = tr("contacts");
        break;
    case SyncEntity::Invoice:
        path = QStringLiteral("Invoices");
        what = tr("invoices");
        phase = SyncProgress::Phase::PullInvoices;
        break;
    case SyncEntity::Payment:
        path = QStringLiteral("Payments");
        what = tr("payments");
        phase = SyncProgress::Phase::PullPayments;
        break;
    }
    collection = path;
    if (entity == SyncEntity::Customer) {
        // Local customers by number, email and name, to match contacts seen for the first time.
        m_ctx->customerByNumber.clear();
        m_ctx->customerByEmail.clear();
        m_ctx->customerByName.clear();
        m_ctx->linkedCustomers.clear();
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("SELECT c.id, c.contact_number, lower(c.email), lower(c.name), c.archived, "
                              "l.local_id IS NOT NULL FROM customers c LEFT JOIN xero_links l ON l.entity = "
                              "'customer' AND l.local_id = c.id AND l.tenant_id = '") +
               QString(m_tenant).replace(u'\'', QStringLiteral("''")) + QStringLiteral("'"));
        while (q.next()) {
            const Id id = q.value(0).toLongLong();
            m_ctx->customerByNumber.insert(q.value(1).toString(), id);
            if (q.value(5).toBool()) {
                m_ctx->linkedCustomers.insert(id);
                continue;
            }
            if (!q.value(2).toString().isEmpty())
                m_ctx->customerByEmail[q.value(2).toString()].append(id);
            if (!q.value(4).toBool())
                m_ctx->customerByName[q.value(3).toString()].append(id);
        }
    }

    QString maxSeen = wm;
    for (int page = 1;; ++page) {
        if (m_cancelled)
            co_return false;
        report(phase, tr("Reading %1 from Xero (page %2)…").arg(what).arg(page));
        XeroRequest req;
        req.path = path;
        req.query.addQueryItem(QStringLiteral("page"), QString::number(page));
        req.query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
        req.query.addQueryItem(QStringLiteral("order"), QStringLiteral("UpdatedDateUTC ASC"));
        if (entity == SyncEntity::Customer)
            req.query.addQueryItem(QStringLiteral("includeArchived"), QStringLiteral("true"));
        if (entity == SyncEntity::Invoice) {
            req.query.addQueryItem(QStringLiteral("unitdp"), QStringLiteral("4"));
            req.query.addQueryItem(QStringLiteral("where"), QStringLiteral("Type==\"ACCREC\""));
        }
        req.ifModifiedSince = since;
        XeroResponse r = co_await call(req);
        if (r.outcome == XeroResponse::Outcome::Answered && r.status == 304)
            break; // nothing changed since the watermark
        if (!r.ok()) {
            fail(r.error ? *r.error : Error::make(Error::Code::Network, tr("Xero did not answer.")));
            co_return false;
        }
        const QJsonObject doc = xerojson::parseExact(r.rawBody).object();
        const QJsonArray records = doc.value(collection).toArray();
        const int pageCount = doc.value(QStringLiteral("pagination"))
                                  .toObject()
                                  .value(QStringLiteral("pageCount"))
                                  .toString()
                                  .toInt();
        QString pageMax = maxSeen;
        for (const auto &v : records) {
            const QString u = xerojson::updatedUtc(v.toObject());
            if (u > pageMax)
                pageMax = u;
        }
        const bool last = records.size() < m_pageSize || (pageCount > 0 && page >= pageCount);
        if (entity == SyncEntity::Invoice)
            prefetchInvoiceLinks(records);
        {
            Transaction tx(m_db);
            Status s = m_dryRun ? Status() : tx.started();
            for (qsizetype i = 0; s && i < records.size(); ++i) {
                const QJsonObject rec = records[i].toObject();
                switch (entity) {
                case SyncEntity::Customer:
                    s = applyContact(rec);
                    break;
                case SyncEntity::Invoice:
                    s = applyInvoice(rec);
                    break;
                case SyncEntity::Payment:
                    s = applyPayment(rec);
                    break;
                }
            }
            // The watermark moves with the last page, in its transaction.
            if (s && last && !m_dryRun && pageMax != wm && !m_ctx->holdWatermark.contains(entity))
                s = store.setWatermark(m_tenant, entity, pageMax);
            if (s && !m_dryRun)
                s = tx.commit();
            prefetchInvoiceLinks({});
            if (!s) {
                fail(s.error());
                co_return false;
            }
        }
        maxSeen = pageMax;
        if (last)
            break;
    }
    co_return true;
}

Status SyncEngine::applyContact(const QJsonObject &rec)
{
    SyncStore store(m_db);
    CustomerStore customers(m_db);
    const QString xid = rec.value(QStringLiteral("ContactID")).toString();
    const QString updated = xerojson::updatedUtc(rec);
    const QString status = rec.value(QStringLiteral("ContactStatus")).toString();
    const QString number = rec.value(QStringLiteral("ContactNumber")).toString();
    const QString name = rec.value(QStringLiteral("Name")).toString();
    const QString mergedTo = rec.value(QStringLiteral("MergedToContactID")).toString();
    auto link = store.linkByXeroId(SyncEntity::Customer, xid, m_tenant);
    if (link && link->xeroUpdatedUtc == updated)
        return {}; // already applied
    const QJsonObject remote = xeromap::contactFields(rec);

    if (!link) {
        if (!mergedTo.isEmpty())
            return {}; // merged away in Xero before we ever linked it: its records moved to the target
        // Match before importing: ContactNumber, then email, then exact active name. Ambiguity is an issue.
        std::optional<Id> match;
        QList<Id> candidates;
        QString matchedBy;
        if (!number.isEmpty() && m_ctx->customerByNumber.contains(number) &&
            !m_ctx->linkedCustomers.contains(m_ctx->customerByNumber.value(number))) {
            match = m_ctx->customerByNumber.value(number);
            matchedBy = tr("same contact number (%1)").arg(number);
        } else {
            const QString email = rec.value(QStringLiteral("EmailAddress")).toString().toLower().trimmed();
            const QList<Id> byEmail = email.isEmpty() ? QList<Id>() : m_ctx->customerByEmail.value(email);
            const QList<Id> byName =
                status == u"ACTIVE" ? m_ctx->customerByName.value(name.toLower().trimmed()) : QList<Id>();
            for (const QList<Id> *list : {&byEmail, &byName}) {
                matchedBy = list == &byEmail ? tr("same email address (%1)").arg(email) : tr("same name");
                QList<Id> free;
                for (Id id : *list) {
                    if (!m_ctx->linkedCustomers.contains(id))
                        free.append(id);
                }
                if (free.size() == 1) {
                    match = free.first();
                    break;
                }
                if (free.size() > 1) {
                    candidates = free;
                    break;
                }
            }
        }
        if (!match && !candidates.isEmpty()) {
            if (m_dryRun) {
                QStringList names;
                for (Id id : candidates) {
                    m_ctx->ambiguousCustomers.insert(id);
                    if (auto c = customers.get(id))
                        names.append(c->name);
                }
                m_summary.matches.append(
                    {PlannedMatch::Kind::Ambiguous, name,
                     tr("%1: could be any of %2").arg(matchedBy, names.join(QStringLiteral(", "))), 0, xid});
            }
            for (Id id : candidates) {
                if (auto s = raise(
                        SyncEntity::Customer, id, QStringLiteral("error"), {},
                        tr("The Xero contact \"%1\" could belong to %n Billhook customer(s) (same email "
                           "address or name), so Billhook linked none of them.",
                           nullptr, int(candidates.size()))
                            .arg(name),
                        tr("Give each customer a distinct email address or name, or set the customer's "
                           "contact number to the Xero contact's number, then sync again."),
                        QJsonObject{{QStringLiteral("reason"), QStringLiteral("ambiguous-match")},
                                    {QStringLiteral("xeroContactId"), xid},
                                    {QStringLiteral("xeroName"), name}});
                    !s)
                    return s;
            }
            return {};
        }
        if (!match) {
            // A contact Xero has and Billhook does not: import it.
            Customer c;
            xeromap::applyCustomerFields(c, remote);
            if (c.name.trimmed().isEmpty())
                c.name = name.isEmpty() ? tr("Unnamed Xero contact") : name;
            if (!number.isEmpty() && !m_ctx->customerByNumber.contains(number))
                c.contactNumber = number;
            if (!c.email.isEmpty() && !Validation::isValidEmail(c.email))
                c.email
                    .clear(); // Xero accepted it; Billhook's rule is stricter. Keep the link, not the typo.
            ++m_summary.pulled;
            if (m_dryRun) {
                plan(tr("Would add customer %1 from Xero").arg(c.name), true);
                m_summary.matches.append({PlannedMatch::Kind::NewFromXero, c.name,
                                          tr("in Xero only: would be added to Billhook"), 0, xid});
                return {};
            }
            auto id = synclocal::insertCustomer(m_db, c);
            if (!id)
                return id.error();
            m_ctx->linkedCustomers.insert(*id);
            if (auto s = synclocal::setCustomerXeroStatus(m_db, *id, status); !s)
                return s;
            auto added = customers.get(*id);
            return store.saveLink(XeroLink{SyncEntity::Customer, *id, m_tenant, xid, updated,
                                           added ? xeromap::customerFields(*added) : remote});
        }
        link = XeroLink{SyncEntity::Customer,
                        *match,
                        m_tenant,
                        xid,
                        QString(),
                        sentBefore(m_db, SyncEntity::Customer, *match) ? remote : QJsonObject()};
        m_ctx->linkedCustomers.insert(*match);
        if (m_dryRun) {
            plan(tr("Would link customer %1 to the Xero contact %2").arg(*match).arg(name), true);
            const auto local = customers.get(*match);
            m_summary.matches.append({PlannedMatch::Kind::Matched, name,
                                      local ? tr("%1 — %2").arg(local->name, matchedBy) : matchedBy, *match,
                                      xid});
        } else if (auto s = store.saveLink(*link); !s)
            return s;
    }

    auto current = customers.get(link->localId);
    if (!current)
        return {}; // the local customer is gone (cannot happen: customers are archived, not deleted)
    ++m_summary.pulled;

    if (!mergedTo.isEmpty()) {
        // Merged in Xero: its invoices now belong to the target contact. Relink to the target unless
        // another customer is already linked to it; then this one is archived locally.
        auto target = store.linkByXeroId(SyncEntity::Customer, mergedTo, m_tenant);
        if (m_dryRun) {
            plan(tr("Would follow the merge of %1 in Xero").arg(current->name));
            return {};
        }
        if (!target) {
            XeroLink moved = *link;
            moved.xeroId = mergedTo;
            moved.xeroUpdatedUtc.clear(); // the target is merged in full when it is next read
            return store.saveLink(moved);
        }
        Customer c = *current;
        c.archived = true;
        if (auto w = synclocal::updateCustomer(m_db, c, current->version); !w)
            return w.error();
        if (auto s = synclocal::setCustomerXeroStatus(m_db, c.id, QStringLiteral("MERGED")); !s)
            return s;
        XeroLink l = *link;
        l.xeroUpdatedUtc = updated;
        return store.saveLink(l);
    }

    if (status == u"GDPRREQUEST") {
        // Redacted in Xero: read-only there and unusable on new invoices. Billhook keeps its own copy of the
        // details (the user decides whether to erase them), archives the customer so no new invoice can be
        // raised, and sends nothing more for it.
        if (m_dryRun) {
            plan(tr("Would mark %1 as redacted in Xero").arg(current->name));
            return {};
        }
        XeroLink l = *link;
        l.xeroUpdatedUtc = updated;
        if (auto s = store.saveLink(l); !s)
            return s;
        if (synclocal::customerXeroStatus(m_db, current->id) == u"GDPRREQUEST")
            return {};
        if (auto s = synclocal::setCustomerXeroStatus(m_db, current->id, status); !s)
            return s;
        Customer c = *current;
        c.archived = true;
        if (auto w = synclocal::updateCustomer(m_db, c, current->version); !w)
            return w.error();
        if (auto s =
                m_db.exec(QStringLiteral("DELETE FROM outbox WHERE entity = 'customer' AND local_id = :id"),
                          {{QStringLiteral("id"), current->id}}, tr("update the outbox"));
            !s)
            return s;
        return raise(
            SyncEntity::Customer, current->id, QStringLiteral("error"), {},
            tr("%1 was erased in Xero after a GDPR request. Xero no longer accepts changes or new "
               "invoices for this contact, so Billhook archived the customer and stopped sending it.")
                .arg(current->name),
            tr("Keep Billhook's copy for your records, or delete the personal details here too."),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("gdpr")}});
    }

    const QJsonObject local = xeromap::customerFields(*current);
    QJsonObject base = link->base;
    if (const auto [key, hash] = pendingAttempt(m_db, SyncEntity::Customer, current->id);
        !key.isEmpty() && !base.isEmpty()) {
        // An update of ours whose answer was lost may be what changed Xero. If Xero's changes are exactly
        // what that request carried (same payload hash), they are ours: take them as the base, so edits
        // made locally since then win instead of becoming conflicts with Billhook's own earlier values.
        QJsonObject theirs;
        for (auto it = remote.begin(); it != remote.end(); ++it) {
            if (base.value(it.key()) != it.value())
                theirs.insert(it.key(), it.value());
        }
        if (!theirs.isEmpty()) {
            Customer sent = *current;
            xeromap::applyCustomerFields(sent, theirs);
            const QStringList changed = changedFields(
                base, xeromap::customerFields(sent), openConflictFields(m_db, SyncEntity::Customer, sent.id));
            if (hashOf(xerojson::rawBody(xeromap::contactPayload(sent, link->xeroId, changed))) == hash) {
                for (auto it = theirs.begin(); it != theirs.end(); ++it)
                    base.insert(it.key(), it.value());
            }
        }
    }
    MergeResult m = mergeFields(base, local, remote);
    if (!m_options.acceptXeroEdits)
        m.toLocal.clear();
    for (const FieldConflict &c : QList<FieldConflict>(m.conflicts)) {
        if (m_options.conflictDefault == SyncOptions::ConflictDefault::KeepMine)
            billhook::resolveConflict(m, c, true);
        else if (m_options.conflictDefault == SyncOptions::ConflictDefault::KeepXero)
            billhook::resolveConflict(m, c, false);
    }
    if (m_dryRun) {
        if (!m.toLocal.isEmpty())
            plan(tr("Would update customer %1 from Xero: %2")
                     .arg(current->name, m.toLocal.join(QStringLiteral(", "))));
        if (!m.conflicts.isEmpty())
            plan(tr("Would report a conflict on customer %1").arg(current->name));
        return {};
    }
    if (!m.toLocal.isEmpty()) {
        Customer c = *current;
        QJsonObject values;
        for (const QString &f : m.toLocal)
            values.insert(f, m.merged.value(f));
        xeromap::applyCustomerFields(c, values);
        auto w = synclocal::updateCustomer(m_db, c, current->version);
        if (!w)
            return w.error();
        if (!*w) {
            m_ctx->holdWatermark.insert(SyncEntity::Customer); // edited meanwhile: merge again next run
            return {};
        }
    }
    if (auto s = synclocal::setCustomerXeroStatus(m_db, current->id, status); !s)
        return s;
    XeroLink l = *link;
    l.xeroUpdatedUtc = updated;
    l.base = newBase(base, m, local, remote);
    if (auto s = store.saveLink(l); !s)
        return s;
    if (!m.toRemote.isEmpty()) {
        if (auto s = store.enqueue(SyncEntity::Customer, current->id, QStringLiteral("upsert"),
                                   current->version + (m.toLocal.isEmpty() ? 0 : 1));
            !s)
            return s;
    }
    if (!m.conflicts.isEmpty())
        return raise(SyncEntity::Customer, current->id, QStringLiteral("conflict"), {},
                     tr("%1 was changed both in Billhook and in Xero since the last sync, differently: %2.")
                         .arg(current->name, fieldNames(m.conflicts)),
                     tr("On the Xero page, under Problems, choose Keep mine or Keep Xero's (in a script: "
                        "billhook-cli sync resolve ID --keep mine|xero)."),
                     QJsonObject{{QStringLiteral("fields"), conflictsJson(m.conflicts)},
                                 {QStringLiteral("xeroId"), xid}});
    if (m.toRemote.isEmpty())
        return store.resolveIssuesFor(SyncEntity::Customer, current->id);
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Invoices and payments from Xero

QString SyncEngine::taxTypeFor(const InvoiceLine &line)
{
    if (const QString mapped = m_options.taxTypes.value(line.taxCode);
        !line.taxCode.isEmpty() && !mapped.isEmpty())
        return mapped;
    const QString cacheKey = line.taxCode + u'|' + QString::number(line.taxRate.units());
    if (auto it = m_ctx->taxTypeCache.constFind(cacheKey); it != m_ctx->taxTypeCache.cend())
        return *it;
    if (!m_ctx->storedTaxTypesLoaded) {
        for (const TaxRate &r : ReferenceStore(m_db).taxRates(false)) {
            if (!r.xeroTaxType.isEmpty())
                m_ctx->storedTaxTypes.insert(r.code, r.xeroTaxType);
        }
        m_ctx->storedTaxTypesLoaded = true;
    }
    QString type = m_ctx->storedTaxTypes.value(line.taxCode);
    if (type.isEmpty() || !m_ctx->revenueTaxTypes.contains(type)) {
        // The one revenue tax rate of Xero's with the same rate; none or several: the user maps it.
        QStringList same;
        for (auto it = m_ctx->revenueTaxTypes.cbegin(); it != m_ctx->revenueTaxTypes.cend(); ++it) {
            if (it.value() == line.taxRate)
                same.append(it.key());
        }
        type = same.size() == 1 ? same.first() : QString();
    }
    m_ctx->taxTypeCache.insert(cacheKey, type);
    return type;
}

xeromap::LocalTax SyncEngine::localTaxFor(const QString &taxType)
{
    xeromap::LocalTax t;
    t.code = m_ctx->localTaxCodeFor.value(taxType, taxType);
    if (auto it = m_ctx->revenueTaxTypes.constFind(taxType); it != m_ctx->revenueTaxTypes.cend())
        t.rate = *it;
    else if (auto stored = ReferenceStore(m_db).taxRateByCode(taxType))
        t.rate = stored->rate;
    return t;
}

xeromap::InvoiceContext SyncEngine::invoiceContext(const Invoice &inv)
{
    xeromap::InvoiceContext ctx;
    if (auto l = SyncStore(m_db).link(SyncEntity::Customer, inv.customerId, m_tenant))
        ctx.contactId = l->xeroId;
    else if (m_dryRun && m_ctx->plannedCustomers.contains(inv.customerId))
        ctx.contactId = QStringLiteral("(planned)"); // a real run would have created the contact just before
    ctx.sendApprovedAsDraft = m_options.sendInvoicesAs == SyncOptions::SendInvoicesAs::Draft;
    ctx.defaultAccountCode = m_options.revenueAccountCode;
    ctx.taxTypeFor = [this](const InvoiceLine &l) { return taxTypeFor(l); };
    return ctx;
}

void SyncEngine::prefetchInvoiceLinks(const QJsonArray &records)
{
    QStringList invoiceIds, contactIds;
    for (const auto &v : records) {
        const QJsonObject o = v.toObject();
        invoiceIds.append(o.value(QStringLiteral("InvoiceID")).toString());
        contactIds.append(
            o.value(QStringLiteral("Contact")).toObject().value(QStringLiteral("ContactID")).toString());
    }
    contactIds.removeDuplicates();
    SyncStore store(m_db);
    m_ctx->pageInvoiceIds = QSet<QString>(invoiceIds.cbegin(), invoiceIds.cend());
    m_ctx->pageInvoiceLinks = store.linksByXeroIds(SyncEntity::Invoice, invoiceIds, m_tenant);
    m_ctx->pageContactIds = QSet<QString>(contactIds.cbegin(), contactIds.cend());
    m_ctx->pageContactLinks.clear();
    const auto contacts = store.linksByXeroIds(SyncEntity::Customer, contactIds, m_tenant);
    for (auto it = contacts.cbegin(); it != contacts.cend(); ++it)
        m_ctx->pageContactLinks.insert(it.key(), it->localId);
}

std::optional<Id> SyncEngine::customerForContact(const QString &contactId)
{
    if (m_ctx->pageContactIds.contains(contactId)) {
        const auto it = m_ctx->pageContactLinks.constFind(contactId);
        return it == m_ctx->pageContactLinks.cend() ? std::nullopt : std::optional<Id>(*it);
    }
    if (auto l = SyncStore(m_db).linkByXeroId(SyncEntity::Customer, contactId, m_tenant))
        return l->localId;
    return std::nullopt;
}

Status SyncEngine::applyInvoice(const QJsonObject &rec)
{
    if (rec.value(QStringLiteral("Type")).toString() != u"ACCREC")
        return {};
    SyncStore store(m_db);
    InvoiceStore invoices(m_db);
    const QString xid = rec.value(QStringLiteral("InvoiceID")).toString();
    const QString updated = xerojson::updatedUtc(rec);
    const QString xeroStatus = rec.value(QStringLiteral("Status")).toString();
    const QString number = rec.value(QStringLiteral("InvoiceNumber")).toString();
    std::optional<XeroLink> link;
    if (m_ctx->pageInvoiceIds.remove(xid)) {
        if (const auto it = m_ctx->pageInvoiceLinks.constFind(xid); it != m_ctx->pageInvoiceLinks.cend())
            link = *it;
    } else {
        link = store.linkByXeroId(SyncEntity::Invoice, xid, m_tenant);
    }
    if (link && link->xeroUpdatedUtc == updated)
        return {};
    const QJsonObject remote = xeromap::remoteInvoiceFields(rec);
    const xeromap::XeroInvoiceFigures figures = xeromap::invoiceFigures(rec);
    if (!figures.ok)
        return Error::make(
            Error::Code::Network,
            tr("Xero sent invoice %1 without readable amounts; the sync stopped.").arg(number));
    const std::optional<Id> customer = customerForContact(remote.value(QStringLiteral("contact")).toString());

    const auto fromRemote = [&](const Invoice &inv, const QStringList &fields, const QJsonObject &values) {
        return withXeroInvoiceFields(
            inv, fields, values, [&](const QString &) { return customer; },
            [this](const QString &t) { return localTaxFor(t); });
    };
    const auto baseWithFigures = [&](QJsonObject b) {
        b.insert(QStringLiteral("_amountPaid"), figures.amountPaid.toString());
        b.insert(QStringLiteral("_xeroStatus"), xeroStatus);
        return b;
    };

    if (!link) {
        auto existing = invoices.findByNumber(number);
        if (existing && !store.link(SyncEntity::Invoice, existing->id, m_tenant)) {
            link = XeroLink{SyncEntity::Invoice,
                            existing->id,
                            m_tenant,
                            xid,
                            QString(),
                            sentBefore(m_db, SyncEntity::Invoice, existing->id) ? baseWithFigures(remote)
                                                                                : QJsonObject()};
            if (m_dryRun)
                plan(tr("Would link invoice %1 to Xero's").arg(number));
            else if (auto s = store.saveLink(*link); !s)
                return s;
        } else if (m_options.importXeroInvoices && !existing && customer && xeroStatus != u"DELETED") {
            ++m_summary.pulled;
            if (m_dryRun) {
                plan(tr("Would add invoice %1 from Xero").arg(number));
                return {};
            }
            synclocal::InvoiceFromXero in;
            in.invoice.customerId = *customer;
            in.invoice =
                fromRemote(in.invoice,
                           {QStringLiteral("number"), QStringLiteral("reference"), QStringLiteral("date"),
                            QStringLiteral("dueDate"), QStringLiteral("currency"), QStringLiteral("taxMode"),
                            QStringLiteral("lines")},
                           remote);
            in.invoice.status =
                xeromap::localInvoiceStatus(xeroStatus, figures.amountPaid, InvoiceStatus::Draft);
            in.invoice.amountPaid = figures.amountPaid;
            in.figures = figures;
            auto id = synclocal::insertInvoice(m_db, in);
            if (!id)
                return id.error();
            return store.saveLink(
                XeroLink{SyncEntity::Invoice, *id, m_tenant, xid, updated, baseWithFigures(remote)});
        } else {
            return {}; // not one of Billhook's invoices, and importing is off
        }
    }

    auto current = invoices.get(link->localId);
    if (!current)
        return {};
    ++m_summary.pulled;
    const QJsonObject local = xeromap::invoiceFields(*current, invoiceContext(*current));
    const bool locked = xeroStatus == u"PAID" || xeroStatus == u"VOIDED" || xeroStatus == u"DELETED" ||
                        figures.amountPaid.units() > 0;
    const Money pending = synclocal::pendingLocalPayments(m_db, current->id, m_tenant);

    MergeResult m;
    QStringList lockedEdits;
    if (locked) {
        // Paid, part-paid, voided or deleted in Xero: Xero's version stands. Local edits made since the last
        // agreed state are not sent; they are kept in an issue, with the way forward.
        m.merged = remote;
        for (auto it = remote.begin(); it != remote.end(); ++it) {
            if (local.value(it.key()) != it.value())
                m.toLocal.append(it.key());
            if (!link->base.isEmpty() && local.value(it.key()) != link->base.value(it.key()) &&
                local.value(it.key()) != it.value() && it.key() != u"status")
                lockedEdits.append(it.key());
        }
    } else {
        m = mergeFields(link->base, local, remote);
        if (!m_options.acceptXeroEdits)
            m.toLocal.clear();
        for (const FieldConflict &c : QList<FieldConflict>(m.conflicts)) {
            if (m_options.conflictDefault == SyncOptions::ConflictDefault::KeepMine)
                billhook::resolveConflict(m, c, true);
            else if (m_options.conflictDefault == SyncOptions::ConflictDefault::KeepXero)
                billhook::resolveConflict(m, c, false);
        }
    }
    if (m.toLocal.contains(QStringLiteral("contact")) && !customer) {
        m.toLocal.removeAll(QStringLiteral("contact"));
        if (auto s = raise(
                SyncEntity::Invoice, current->id, QStringLiteral("error"), {},
                tr("In Xero, invoice %1 now belongs to a contact Billhook does not know yet.").arg(number),
                tr("Sync again: the contact is read first. If this stays, turn on customer sync."));
            !s)
            return s;
    }
    if (m_dryRun) {
        if (!m.toLocal.isEmpty())
            plan(tr("Would update invoice %1 from Xero: %2")
                     .arg(number, m.toLocal.join(QStringLiteral(", "))));
        return {};
    }

    synclocal::InvoiceFromXero in;
    in.invoice = fromRemote(*current, m.toLocal, m.merged);
    in.invoice.status =
        xeromap::localInvoiceStatus(xeroStatus, figures.amountPaid + pending, current->status);
    if (!locked && remote.value(QStringLiteral("status")) == local.value(QStringLiteral("status")) &&
        !m.toLocal.contains(QStringLiteral("status")))
        in.invoice.status = current->status; // e.g. approved here, kept as a draft in Xero by choice
    in.invoice.amountPaid = figures.amountPaid + pending;
    in.figures = figures;
    // Xero's amounts are the truth for lines both sides agree on; lines about to be sent keep the local ones.
    in.takeFigures = !m.toRemote.contains(QStringLiteral("lines")) &&
                     std::none_of(m.conflicts.begin(), m.conflicts.end(),
                                  [](const FieldConflict &c) { return c.field == u"lines"; });
    if (!in.takeFigures)
        in.figures.lineItemIds = synclocal::lineItemIds(m_db, current->id);
    auto w = synclocal::writeInvoice(m_db, in, current->version);
    if (!w)
        return w.error();
    if (!*w) {
        m_ctx->holdWatermark.insert(SyncEntity::Invoice);
        return {};
    }
    XeroLink l = *link;
    l.xeroUpdatedUtc = updated;
    l.base = baseWithFigures(locked ? remote : newBase(link->base, m, local, remote));
    if (auto s = store.saveLink(l); !s)
        return s;
    if (locked) {
        auto outbox = store.outbox(SyncEntity::Invoice);
        const bool pendingEdit = std::any_of(outbox.begin(), outbox.end(),
                                             [&](const OutboxEntry &e) { return e.localId == current->id; });
        if (pendingEdit) {
            if (auto s = m_db.exec(
                    QStringLiteral("DELETE FROM outbox WHERE entity = 'invoice' AND local_id = :id"),
                    {{QStringLiteral("id"), current->id}}, tr("update the outbox"));
                !s)
                return s;
        }
        if (pendingEdit && !lockedEdits.isEmpty()) {
            QJsonArray kept;
            for (const QString &f : lockedEdits)
                kept.append(QJsonObject{{QStringLiteral("field"), f},
                                        {QStringLiteral("mine"), local.value(f)},
                                        {QStringLiteral("xero"), remote.value(f)}});
            return raise(
                SyncEntity::Invoice, current->id, QStringLiteral("error"), {},
                tr("Invoice %1 was changed in Billhook, but in Xero it is now %2, so it can no longer be "
                   "edited there. Your changes were not sent; they are listed in this problem's details.")
                    .arg(number, invoiceStatusInSentence(xeromap::localInvoiceStatus(
                                     xeroStatus, figures.amountPaid, current->status))),
                tr("To correct the amount, raise a credit note against it in Xero, or create a new invoice "
                   "with the changes in Billhook."),
                QJsonObject{{QStringLiteral("reason"), QStringLiteral("locked-in-xero")},
                            {QStringLiteral("unsent"), kept}});
        }
        return store.resolveIssuesFor(SyncEntity::Invoice, current->id);
    }
    if (!m.toRemote.isEmpty()) {
        if (auto s = store.enqueue(SyncEntity::Invoice, current->id, QStringLiteral("upsert"),
                                   current->version + 1);
            !s)
            return s;
    }
    if (!m.conflicts.isEmpty())
        return raise(
            SyncEntity::Invoice, current->id, QStringLiteral("conflict"), {},
            tr("Invoice %1 was changed both in Billhook and in Xero since the last sync, differently: %2.")
                .arg(number, fieldNames(m.conflicts)),
            tr("On the Xero page, under Problems, choose Keep mine or Keep Xero's (in a script: billhook-cli "
               "sync resolve ID --keep mine|xero)."),
            QJsonObject{{QStringLiteral("fields"), conflictsJson(m.conflicts)},
                        {QStringLiteral("xeroId"), xid}});
    if (m.toRemote.isEmpty())
        return store.resolveIssuesFor(SyncEntity::Invoice, current->id);
    return {};
}

Status SyncEngine::applyPayment(const QJsonObject &rec)
{
    SyncStore store(m_db);
    const xeromap::XeroPayment p = xeromap::readPayment(rec);
    if (!p.ok)
        return {};
    auto link = store.linkByXeroId(SyncEntity::Payment, p.paymentId, m_tenant);
    if (link && link->xeroUpdatedUtc == p.updatedUtc)
        return {};
    auto invoiceLink = store.linkByXeroId(SyncEntity::Invoice, p.invoiceId, m_tenant);
    if (!invoiceLink)
        return {}; // a payment on an invoice Billhook does not hold
    const QJsonObject base{{QStringLiteral("amount"), p.amount.toString()},
                           {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                           {QStringLiteral("status"), p.status}};
    ++m_summary.pulled;
    if (m_dryRun) {
        plan(tr("Would record the payment of %1 from Xero").arg(p.amount.toString()));
        return {};
    }
    if (link) {
        if (p.status == u"DELETED") {
            if (auto s = synclocal::markPaymentDeleted(m_db, link->localId); !s)
                return s;
        }
        return store.saveLink(
            XeroLink{SyncEntity::Payment, link->localId, m_tenant, p.paymentId, p.updatedUtc, base});
    }
    if (p.status == u"DELETED")
        return {};
    // A local payment Xero now has (sent by an earlier run whose answer was lost): link it, never add
    // another.
    Id localId = 0;
    QSqlQuery &q = m_db.prepare(QStringLiteral("SELECT p.id FROM payments p WHERE p.invoice_id = ? AND "
                                               "p.amount = ? AND p.date = ? AND p.deleted = 0 AND "
                                               "NOT EXISTS (SELECT 1 FROM xero_links l WHERE l.entity = "
                                               "'payment' AND l.local_id = p.id AND l.tenant_id = ?) "
                                               "ORDER BY p.id LIMIT 1"));
    q.addBindValue(invoiceLink->localId);
    q.addBindValue(qint64(p.amount.units()));
    q.addBindValue(sql::date(p.date));
    q.addBindValue(m_tenant);
    if (q.exec() && q.next())
        localId = q.value(0).toLongLong();
    q.finish();
    if (localId == 0) {
        Payment local;
        local.invoiceId = invoiceLink->localId;
        local.date = p.date;
        local.amount = p.amount;
        local.reference = p.reference;
        auto id = synclocal::insertPayment(m_db, local);
        if (!id)
            return id.error();
        localId = *id;
    } else if (auto s =
                   m_db.exec(QStringLiteral("DELETE FROM outbox WHERE entity = 'payment' AND local_id = :id"),
                             {{QStringLiteral("id"), localId}}, tr("update the outbox"));
               !s) {
        return s;
    }
    if (auto s =
            store.saveLink(XeroLink{SyncEntity::Payment, localId, m_tenant, p.paymentId, p.updatedUtc, base});
        !s)
        return s;
    // Amount paid: what Xero last said, plus local payments it does not have yet (never counted twice).
    const Money xeroPaid = Money::fromUnits(
        xerojson::decimalUnits(invoiceLink->base.value(QStringLiteral("_amountPaid")), 2).value_or(0));
    return m_db.exec(
        QStringLiteral("UPDATE invoices SET amount_paid = :a WHERE id = :id AND amount_paid != :a"),
        {{QStringLiteral("a"),
          qint64((xeroPaid + synclocal::pendingLocalPayments(m_db, invoiceLink->localId, m_tenant)).units())},
         {QStringLiteral("id"), invoiceLink->localId}},
        tr("save the payment from Xero"));
}

// ---------------------------------------------------------------------------------------------------------
// Push

Status SyncEngine::recordError(const BatchSpec &spec, const Batch &batch, int index,
                               const QStringList &messages)
{
    const auto &el = batch.elements[index];
    const QString message =
        messages.isEmpty() ? tr("Xero refused it without saying why.") : messages.join(u' ');
    const Explained e = explain(messages.value(0, message));
    // Xero's answer was definite and nothing was created: the next attempt is a new request with a new
    // Idempotency-Key. Reusing this one would make Xero replay this refusal even after the cause is fixed in
    // Xero (the same payload, e.g. a payment once its invoice is approved or a lock date moved).
    if (auto s = SyncStore(m_db).recordAttempt(el.row.id, QString(), el.hash, message, QDateTime()); !s)
        return s;
    return raise(spec.entity, el.row.localId, QStringLiteral("error"), message, e.explanation, e.remedy,
                 QJsonObject{{QStringLiteral("record"), el.label}});
}

QCoro::Task<bool> SyncEngine::sendBatches(const BatchSpec &spec, QList<Batch> batches)
{
    SyncStore store(m_db);
    int total = 0;
    for (const auto &b : batches)
        total += int(b.elements.size());
    int done = 0;
    for (Batch &batch : batches) {
        if (m_cancelled)
            co_return false;
        const int n = int(batch.elements.size());
        report(spec.phase,
               tr("Sending %1–%2 of %3 %4…").arg(done + 1).arg(done + n).arg(total).arg(spec.what), done,
               total);
        // One Idempotency-Key per batch, stored in its rows before the request: a retry of the same batch
        // (same rows, same payloads) after a crash or a lost answer reuses it, so Xero never applies it
        // twice.
        QString idemKey = batch.elements.first().row.idempotencyKey;
        for (const auto &el : batch.elements) {
            if (el.row.idempotencyKey != idemKey || el.row.payloadHash != el.hash || idemKey.isEmpty())
                idemKey.clear();
        }
        if (idemKey.isEmpty())
            idemKey = newKey();
        QJsonArray payloads;
        for (const auto &el : batch.elements)
            payloads.append(el.payload);
        const QJsonObject body{{spec.collection, payloads}};
        if (m_dryRun) {
            for (const auto &el : batch.elements) {
                const bool newToXero = spec.entity == SyncEntity::Customer &&
                                       !m_ctx->linkedCustomers.contains(el.row.localId) &&
                                       el.payload.value(QStringLiteral("ContactID")).toString().isEmpty();
                plan(tr("Would send %1 to Xero").arg(el.label), newToXero);
                if (spec.entity == SyncEntity::Customer) {
                    m_ctx->plannedCustomers.insert(el.row.localId);
                    if (newToXero)
                        m_summary.matches.append({PlannedMatch::Kind::NewToXero,
                                                  el.payload.value(QStringLiteral("Name")).toString(),
                                                  tr("in Billhook only: would be created in Xero"),
                                                  el.row.localId, QString()});
                }
            }
            done += n;
            continue;
        }
        {
            Transaction tx(m_db);
            Status s = tx.started();
            for (auto &el : batch.elements) {
                if (s)
                    s = store.recordAttempt(el.row.id, idemKey, el.hash, el.row.lastError, QDateTime());
                el.row.idempotencyKey = idemKey;
            }
            if (s)
                s = tx.commit();
            if (!s) {
                fail(s.error());
                co_return false;
            }
        }
        XeroRequest req;
        req.method = spec.method;
        req.path = spec.path;
        req.query = spec.query;
        req.query.addQueryItem(QStringLiteral("summarizeErrors"), QStringLiteral("false"));
        req.rawBody = xerojson::rawBody(body);
        req.body = xerojson::stringBody(body);
        req.idempotencyKey = idemKey;
        XeroResponse r = co_await call(req);
        QList<QJsonObject> results;
        bool settledByLookup = false;
        if (r.ok()) {
            results = recordsIn(r, spec.collection);
        } else if (r.outcome == XeroResponse::Outcome::Unknown && spec.lookup) {
            // The answer was lost: Xero may or may not have saved the batch. Look the records up by number
            // and link what is there; the rest stays queued with its key. Never create blindly again.
            report(spec.phase, tr("Xero's answer was lost; checking what it saved…"), done, total);
            results = co_await spec.lookup(batch);
            settledByLookup = true;
        } else {
            fail(r.error ? *r.error : Error::make(Error::Code::Network, tr("Xero did not answer.")));
            co_return false;
        }
        QHash<QString, int> byMatch;
        for (int i = 0; i < n; ++i)
            byMatch.insert(batch.elements[i].match, i);
        Transaction tx(m_db);
        Status s = tx.started();
        for (const QJsonObject &res : results) {
            if (!s)
                break;
            const int i = byMatch.value(spec.matchOf(res), -1);
            if (i < 0)
                continue; // not one of ours (a lookup can find others): never matched by position
            QStringList messages;
            for (const auto &e : res.value(QStringLiteral("ValidationErrors")).toArray())
                messages.append(e.toObject().value(QStringLiteral("Message")).toString());
            const bool failed = res.value(QStringLiteral("StatusAttributeString")).toString() == u"ERROR" ||
                                !messages.isEmpty() || res.value(QStringLiteral("HasErrors")).toBool();
            if (failed) {
                s = recordError(spec, batch, i, messages);
                continue;
            }
            byMatch.remove(batch.elements[i].match);
            s = spec.onOk(batch, i, res);
            if (s) {
                ++m_summary.pushed;
                auto removed = synclocal::removeOutboxIfVersion(m_db, batch.elements[i].row.id,
                                                                batch.elements[i].version);
                if (!removed)
                    s = removed.error();
            }
        }
        if (s)
            s = tx.commit();
        if (!s) {
            fail(s.error());
            co_return false;
        }
        done += n;
        if (settledByLookup) {
            fail(Error::make(Error::Code::Network,
                             tr("The connection to Xero dropped while sending %1; what Xero saved is linked, "
                                "the rest is sent on the next sync.")
                                 .arg(spec.what)));
            co_return false;
        }
    }
    co_return true;
}

namespace {

// Batches of up to 50, filled in outbox order.
template<class E> QList<E> chunk(const QList<typename decltype(E::elements)::value_type> &all)
{
    QList<E> out;
    for (const auto &el : all) {
        if (out.isEmpty() || out.last().elements.size() >= kBatchSize)
            out.append(E{});
        out.last().elements.append(el);
    }
    return out;
}

bool due(const OutboxEntry &row, const QDateTime &now)
{
    return !row.nextAttemptAt.isValid() || row.nextAttemptAt <= now;
}

} // namespace

QCoro::Task<bool> SyncEngine::pushCustomers()
{
    SyncStore store(m_db);
    CustomerStore customers(m_db);
    QList<Batch::Element> elements;
    const QDateTime now = m_clock.nowUtc();
    for (const OutboxEntry &row : store.outbox(SyncEntity::Customer)) {
        if (!due(row, now))
            continue;
        auto c = customers.get(row.localId);
        const auto link = store.link(SyncEntity::Customer, row.localId, m_tenant);
        const QString xeroStatus = c ? synclocal::customerXeroStatus(m_db, c->id) : QString();
        const auto drop = [&] {
            if (!m_dryRun) {
                if (auto r = synclocal::removeOutboxIfVersion(m_db, row.id, row.localVersion); !r)
                    fail(r.error());
                else if (c && openConflictFields(m_db, SyncEntity::Customer, c->id).isEmpty())
                    (void)store.resolveIssuesFor(SyncEntity::Customer, c->id);
            }
        };
        if (!c || xeroStatus == u"GDPRREQUEST" || xeroStatus == u"MERGED") {
            drop();
            continue;
        }
        if (heldBack(m_db, SyncEntity::Customer, c->id) || m_ctx->ambiguousCustomers.contains(c->id))
            continue;
        QStringList changed;
        if (link) {
            if (!m_options.sendCustomerEdits) {
                drop();
                continue;
            }
            changed = changedFields(link->base, xeromap::customerFields(*c),
                                    openConflictFields(m_db, SyncEntity::Customer, c->id));
            if (changed.isEmpty()) {
                drop();
                continue;
            }
        }
        Batch::Element el;
        el.row = row;
        el.version = row.localVersion;
        el.match = c->contactNumber;
        el.payload = xeromap::contactPayload(*c, link ? link->xeroId : QString(), changed);
        el.hash = hashOf(xerojson::rawBody(el.payload));
        el.label = tr("customer %1").arg(c->name);
        elements.append(el);
    }
    if (elements.isEmpty())
        co_return !m_failed;

    BatchSpec spec;
    spec.entity = SyncEntity::Customer;
    spec.phase = SyncProgress::Phase::PushCustomers;
    spec.method = "POST";
    spec.path = QStringLiteral("Contacts");
    spec.collection = QStringLiteral("Contacts");
    spec.what = tr("customers");
    spec.matchOf = [](const QJsonObject &r) { return r.value(QStringLiteral("ContactNumber")).toString(); };
    spec.onOk = [this, &customers](const Batch &b, int i, const QJsonObject &res) -> Status {
        const auto &el = b.elements[i];
        const QJsonObject remote = xeromap::contactFields(res);
        auto c = customers.get(el.row.localId);
        if (c) {
            // Xero may normalise what it was sent (trimmed, reformatted): take its value, so the sides agree.
            const QJsonObject local = xeromap::customerFields(*c);
            QJsonObject differing;
            for (auto it = remote.begin(); it != remote.end(); ++it) {
                if (local.value(it.key()) != it.value())
                    differing.insert(it.key(), it.value());
            }
            if (!differing.isEmpty() && c->version == el.version) {
                Customer updated = *c;
                xeromap::applyCustomerFields(updated, differing);
                if (auto w = synclocal::updateCustomer(m_db, updated, c->version); !w)
                    return w.error();
            }
            if (auto s = synclocal::setCustomerXeroStatus(
                    m_db, c->id, res.value(QStringLiteral("ContactStatus")).toString());
                !s)
                return s;
        }
        if (auto s = SyncStore(m_db).saveLink(XeroLink{SyncEntity::Customer, el.row.localId, m_tenant,
                                                       res.value(QStringLiteral("ContactID")).toString(),
                                                       xerojson::updatedUtc(res), remote});
            !s)
            return s;
        return SyncStore(m_db).resolveIssuesFor(SyncEntity::Customer, el.row.localId);
    };
    spec.lookup = [this](const Batch &b) -> QCoro::Task<QList<QJsonObject>> {
        QStringList terms;
        for (const auto &el : b.elements)
            terms.append(
                QStringLiteral("ContactNumber==\"%1\"").arg(QString(el.match).replace(u'"', QString())));
        XeroRequest req;
        req.path = QStringLiteral("Contacts");
        req.query.addQueryItem(QStringLiteral("where"), terms.join(QStringLiteral(" OR ")));
        req.query.addQueryItem(QStringLiteral("includeArchived"), QStringLiteral("true"));
        const XeroResponse r = co_await call(req);
        co_return recordsIn(r, QStringLiteral("Contacts"));
    };
    co_return co_await sendBatches(spec, chunk<Batch>(elements));
}

QCoro::Task<bool> SyncEngine::pushInvoices()
{
    SyncStore store(m_db);
    InvoiceStore invoices(m_db);
    QList<Batch::Element> elements;
    const QDateTime now = m_clock.nowUtc();
    for (const OutboxEntry &row : store.outbox(SyncEntity::Invoice)) {
        if (!due(row, now))
            continue;
        auto inv = invoices.get(row.localId);
        const auto link = store.link(SyncEntity::Invoice, row.localId, m_tenant);
        const auto drop = [&] {
            if (!m_dryRun) {
                if (auto r = synclocal::removeOutboxIfVersion(m_db, row.id, row.localVersion); !r)
                    fail(r.error());
                else if (inv && openConflictFields(m_db, SyncEntity::Invoice, inv->id).isEmpty())
                    (void)store.resolveIssuesFor(SyncEntity::Invoice, inv->id);
            }
        };
        if (!inv) {
            drop();
            continue;
        }
        if (!link && (inv->status == InvoiceStatus::Deleted || inv->status == InvoiceStatus::Voided)) {
            drop(); // never reached Xero: nothing to undo there
            continue;
        }
        const auto problem = [&](const QString &explanation, const QString &remedy, const QString &reason) {
            if (auto s = raise(SyncEntity::Invoice, inv->id, QStringLiteral("error"), {}, explanation, remedy,
                               QJsonObject{{QStringLiteral("reason"), reason}});
                !s)
                fail(s.error());
        };
        const xeromap::InvoiceContext ctx = invoiceContext(*inv);
        if (ctx.contactId.isEmpty()) {
            problem(tr("Invoice %1 waits for its customer %2, who is not in Xero yet.")
                        .arg(inv->number, inv->customerName),
                    tr("Fix the customer's problem first; the invoice follows on the next sync."),
                    QStringLiteral("customer-not-linked"));
            continue;
        }
        if (!m_ctx->currencies.isEmpty() && !m_ctx->currencies.contains(inv->currency)) {
            problem(
                tr("Invoice %1 is in %2, which is not enabled in the Xero organisation (its currency is %3).")
                    .arg(inv->number, inv->currency, m_ctx->baseCurrency),
                tr("Enable %1 in Xero (Settings, Currencies), or change the invoice to %2.")
                    .arg(inv->currency, m_ctx->baseCurrency),
                QStringLiteral("currency"));
            continue;
        }
        const QJsonObject local = xeromap::invoiceFields(*inv, ctx);
        if (inv->taxMode != TaxMode::NoTax) {
            bool unmapped = false;
            for (const auto &l : inv->lines)
                unmapped = unmapped || taxTypeFor(l).isEmpty();
            if (unmapped) {
                problem(tr("Invoice %1 has a tax rate Billhook cannot match to one of Xero's tax rates.")
                            .arg(inv->number),
                        tr("On the Xero page, click Change setup and map each Billhook tax rate to one of "
                           "the organisation's tax rates."),
                        QStringLiteral("tax-mapping"));
                continue;
            }
        }
        QStringList changed;
        if (link) {
            const QString xs = link->base.value(QStringLiteral("_xeroStatus")).toString();
            const bool locked =
                xs == u"PAID" || xs == u"VOIDED" || xs == u"DELETED" ||
                xerojson::decimalUnits(link->base.value(QStringLiteral("_amountPaid")), 2).value_or(0) > 0;
            changed =
                changedFields(link->base, local, openConflictFields(m_db, SyncEntity::Invoice, inv->id));
            if (changed.isEmpty()) {
                drop();
                continue;
            }
            if (locked) {
                problem(tr("Invoice %1 is %2 in Xero, which no longer accepts changes to it; your changes "
                           "were not "
                           "sent.")
                            .arg(inv->number,
                                 invoiceStatusInSentence(xeromap::localInvoiceStatus(
                                     xs,
                                     Money::fromUnits(xerojson::decimalUnits(
                                                          link->base.value(QStringLiteral("_amountPaid")), 2)
                                                          .value_or(0)),
                                     inv->status))),
                        tr("To correct it, raise a credit note against it in Xero, or create a new invoice "
                           "with the "
                           "changes in Billhook."),
                        QStringLiteral("locked-in-xero"));
                if (!m_dryRun)
                    (void)synclocal::removeOutboxIfVersion(m_db, row.id, row.localVersion);
                continue;
            }
            const QString st = local.value(QStringLiteral("status")).toString();
            if (changed.contains(QStringLiteral("status")) && (st == u"VOIDED" || st == u"DELETED"))
                changed = {QStringLiteral("status")};
        }
        Batch::Element el;
        el.row = row;
        el.version = row.localVersion;
        el.match = inv->number;
        el.payload = xeromap::invoicePayload(*inv, local, link ? link->xeroId : QString(), changed,
                                             synclocal::lineItemIds(m_db, inv->id));
        el.hash = hashOf(xerojson::rawBody(el.payload));
        el.label = tr("invoice %1").arg(inv->number);
        elements.append(el);
    }
    if (elements.isEmpty())
        co_return !m_failed;

    BatchSpec spec;
    spec.entity = SyncEntity::Invoice;
    spec.phase = SyncProgress::Phase::PushInvoices;
    spec.method = "POST";
    spec.path = QStringLiteral("Invoices");
    spec.collection = QStringLiteral("Invoices");
    spec.query.addQueryItem(QStringLiteral("unitdp"), QStringLiteral("4"));
    spec.what = tr("invoices");
    spec.matchOf = [](const QJsonObject &r) { return r.value(QStringLiteral("InvoiceNumber")).toString(); };
    spec.onOk = [this, &invoices](const Batch &b, int i, const QJsonObject &res) -> Status {
        const auto &el = b.elements[i];
        const xeromap::XeroInvoiceFigures figures = xeromap::invoiceFigures(res);
        QJsonObject base = xeromap::remoteInvoiceFields(res);
        base.insert(QStringLiteral("_amountPaid"), figures.amountPaid.toString());
        base.insert(QStringLiteral("_xeroStatus"), res.value(QStringLiteral("Status")).toString());
        auto inv = invoices.get(el.row.localId);
        if (inv && inv->version == el.version && figures.ok) {
            // Xero's amounts and line ids are kept: the invoice shows exactly what Xero holds.
            synclocal::InvoiceFromXero in;
            in.invoice = *inv;
            in.figures = figures;
            in.invoice.amountPaid =
                figures.amountPaid + synclocal::pendingLocalPayments(m_db, inv->id, m_tenant);
            if (auto w = synclocal::writeInvoice(m_db, in, inv->version); !w)
                return w.error();
        }
        if (auto s = SyncStore(m_db).saveLink(XeroLink{SyncEntity::Invoice, el.row.localId, m_tenant,
                                                       res.value(QStringLiteral("InvoiceID")).toString(),
                                                       xerojson::updatedUtc(res), base});
            !s)
            return s;
        return SyncStore(m_db).resolveIssuesFor(SyncEntity::Invoice, el.row.localId);
    };
    spec.lookup = [this](const Batch &b) -> QCoro::Task<QList<QJsonObject>> {
        QStringList numbers;
        for (const auto &el : b.elements)
            numbers.append(el.match);
        XeroRequest req;
        req.path = QStringLiteral("Invoices");
        req.query.addQueryItem(QStringLiteral("InvoiceNumbers"), numbers.join(u','));
        req.query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        req.query.addQueryItem(QStringLiteral("unitdp"), QStringLiteral("4"));
        const XeroResponse r = co_await call(req);
        co_return recordsIn(r, QStringLiteral("Invoices"));
    };
    co_return co_await sendBatches(spec, chunk<Batch>(elements));
}

QCoro::Task<bool> SyncEngine::pushPayments()
{
    SyncStore store(m_db);
    QList<Batch> batches;
    QList<QSet<Id>> invoicesInBatch; // one payment per invoice per batch: results match unambiguously
    const QDateTime now = m_clock.nowUtc();
    for (const OutboxEntry &row : store.outbox(SyncEntity::Payment)) {
        if (!due(row, now))
            continue;
        auto p = synclocal::payment(m_db, row.localId);
        if (!p || store.link(SyncEntity::Payment, row.localId, m_tenant)) {
            if (!m_dryRun)
                (void)synclocal::removeOutboxIfVersion(m_db, row.id, row.localVersion);
            continue; // deleted, or already in Xero (payments cannot be edited)
        }
        const auto invoiceLink = store.link(SyncEntity::Invoice, p->invoiceId, m_tenant);
        if (!invoiceLink)
            continue; // its invoice goes first; it may have a problem of its own
        Batch::Element el;
        el.row = row;
        el.version = row.localVersion;
        el.match = invoiceLink->xeroId + u'|' + p->amount.toString() + u'|' + p->date.toString(Qt::ISODate);
        el.payload = xeromap::paymentPayload(*p, invoiceLink->xeroId, m_options.bankAccountCode,
                                             m_options.bankAccountId);
        el.hash = hashOf(xerojson::rawBody(el.payload));
        el.label = tr("payment of %1").arg(p->amount.toString());
        qsizetype target = -1;
        for (qsizetype i = 0; i < batches.size() && target < 0; ++i) {
            if (batches[i].elements.size() < kBatchSize && !invoicesInBatch[i].contains(p->invoiceId))
                target = i;
        }
        if (target < 0) {
            batches.append(Batch{});
            invoicesInBatch.append(QSet<Id>());
            target = batches.size() - 1;
        }
        batches[target].elements.append(el);
        invoicesInBatch[target].insert(p->invoiceId);
    }
    if (batches.isEmpty())
        co_return !m_failed;

    BatchSpec spec;
    spec.entity = SyncEntity::Payment;
    spec.phase = SyncProgress::Phase::PushPayments;
    spec.method = "PUT";
    spec.path = QStringLiteral("Payments");
    spec.collection = QStringLiteral("Payments");
    spec.what = tr("payments");
    // An explicit QString: deduced, the return type would be a QStringBuilder holding references to this
    // lambda's locals, converted only after they are gone.
    spec.matchOf = [](const QJsonObject &r) -> QString {
        const xeromap::XeroPayment p = xeromap::readPayment(r);
        const QString invoiceId =
            p.invoiceId.isEmpty()
                ? r.value(QStringLiteral("Invoice")).toObject().value(QStringLiteral("InvoiceID")).toString()
                : p.invoiceId;
        return invoiceId + u'|' + p.amount.toString() + u'|' + p.date.toString(Qt::ISODate);
    };
    spec.onOk = [this](const Batch &b, int i, const QJsonObject &res) -> Status {
        const xeromap::XeroPayment p = xeromap::readPayment(res);
        SyncStore links(m_db);
        if (auto s = links.saveLink(
                XeroLink{SyncEntity::Payment, b.elements[i].row.localId, m_tenant, p.paymentId, p.updatedUtc,
                         QJsonObject{{QStringLiteral("amount"), p.amount.toString()},
                                     {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                                     {QStringLiteral("status"), p.status}}});
            !s)
            return s;
        return links.resolveIssuesFor(SyncEntity::Payment, b.elements[i].row.localId);
    };
    spec.lookup = [this](const Batch &b) -> QCoro::Task<QList<QJsonObject>> {
        QStringList terms;
        for (const auto &el : b.elements)
            terms.append(QStringLiteral("Invoice.InvoiceID==Guid(\"%1\")").arg(el.match.section(u'|', 0, 0)));
        XeroRequest req;
        req.path = QStringLiteral("Payments");
        req.query.addQueryItem(QStringLiteral("where"), terms.join(QStringLiteral(" OR ")));
        const XeroResponse r = co_await call(req);
        QList<QJsonObject> out;
        SyncStore links(m_db);
        for (const QJsonObject &o : recordsIn(r, QStringLiteral("Payments"))) {
            // Only payments no local record is linked to yet can be the ones we sent.
            if (o.value(QStringLiteral("Status")).toString() != u"DELETED" &&
                !links.linkByXeroId(SyncEntity::Payment, o.value(QStringLiteral("PaymentID")).toString(),
                                    m_tenant))
                out.append(o);
        }
        co_return out;
    };
    co_return co_await sendBatches(spec, batches);
}

// ---------------------------------------------------------------------------------------------------------
// Conflicts

Status SyncEngine::resolveConflict(Database &db, Id issueId, bool keepMine)
{
    SyncStore store(db);
    std::optional<SyncIssue> issue;
    for (const auto &i : store.openIssues()) {
        if (i.id == issueId)
            issue = i;
    }
    if (!issue)
        return Error::make(Error::Code::NotFound, tr("There is no open sync problem %1.").arg(issueId));
    if (issue->kind != u"conflict")
        return Error::invalid(
            tr("Problem %1 is not a conflict; it clears itself once the record syncs.").arg(issueId));
    auto link = store.link(issue->entity, issue->localId, [&] {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT tenant_id FROM xero_links WHERE entity = ? AND local_id = ?"));
        q.addBindValue(syncEntityKey(issue->entity));
        q.addBindValue(issue->localId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }());
    if (!link)
        return Error::make(Error::Code::NotFound,
                           tr("The record of problem %1 is no longer linked to Xero.").arg(issueId));
    Transaction tx(db);
    if (!tx.started())
        return tx.started();
    QJsonObject values;
    for (const auto &f : issue->detail.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject o = f.toObject();
        values.insert(o.value(QStringLiteral("field")).toString(),
                      o.value(keepMine ? QStringLiteral("mine") : QStringLiteral("xero")));
    }
    XeroLink l = *link;
    if (!keepMine) {
        // Xero's values are written here, and become the agreed base.
        for (auto it = values.begin(); it != values.end(); ++it)
            l.base.insert(it.key(), it.value());
        if (issue->entity == SyncEntity::Customer) {
            auto c = CustomerStore(db).get(issue->localId);
            if (!c)
                return c.error();
            Customer updated = *c;
            xeromap::applyCustomerFields(updated, values);
            auto w = synclocal::updateCustomer(db, updated, c->version);
            if (!w)
                return w.error();
        } else if (issue->entity == SyncEntity::Invoice) {
            auto inv = InvoiceStore(db).get(issue->localId);
            if (!inv)
                return inv.error();
            // Every field of the conflict, from Xero: its customer (when Billhook knows the contact),
            // number, reference, dates, currency, tax mode, status and lines.
            SyncStore links(db);
            const QString contact = values.value(QStringLiteral("contact")).toString();
            if (values.contains(QStringLiteral("contact")) &&
                !links.linkByXeroId(SyncEntity::Customer, contact, link->tenantId))
                return Error::invalid(tr("Xero's customer of invoice %1 is not in Billhook yet. Sync first "
                                         "(the contact comes down), then choose Keep Xero's again.")
                                          .arg(inv->number));
            ReferenceStore refs(db);
            synclocal::InvoiceFromXero in;
            in.takeFigures = false;
            in.invoice = withXeroInvoiceFields(
                *inv, values.keys(), values,
                [&](const QString &contactId) -> std::optional<Id> {
                    if (auto c = links.linkByXeroId(SyncEntity::Customer, contactId, link->tenantId))
                        return c->localId;
                    return std::nullopt;
                },
                [&](const QString &t) {
                    auto r = refs.taxRateByCode(t);
                    return xeromap::LocalTax{t, r ? r->rate : Percent()};
                });
            if (values.contains(QStringLiteral("lines")) || values.contains(QStringLiteral("taxMode")))
                in.invoice.recalculate();
            in.figures.lineItemIds = synclocal::lineItemIds(db, inv->id);
            auto w = synclocal::writeInvoice(db, in, inv->version);
            if (!w)
                return w.error();
        }
        // The link's UpdatedDateUTC stays: the record is not re-read, and nothing is queued.
    } else {
        // Keep mine: the base keeps its old value, so the local value counts as a change and is sent.
        int version = 1;
        QSqlQuery q(db.connection());
        q.prepare(issue->entity == SyncEntity::Invoice
                      ? QStringLiteral("SELECT version FROM invoices WHERE id = ?")
                      : QStringLiteral("SELECT version FROM customers WHERE id = ?"));
        q.addBindValue(issue->localId);
        if (q.exec() && q.next())
            version = q.value(0).toInt();
        if (auto s = store.enqueue(issue->entity, issue->localId, QStringLiteral("upsert"), version); !s)
            return s;
    }
    if (auto s = store.saveLink(l); !s)
        return s;
    if (auto s = store.resolveIssue(issueId); !s)
        return s;
    return tx.commit();
}

} // namespace billhook
