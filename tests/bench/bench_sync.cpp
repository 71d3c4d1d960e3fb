// billhook-bench-sync: the sync engine's efficiency against an in-process fake-xero at Xero's real limits
// (60 calls a minute, 5,000 a day, 5 at once), through the real XeroClient and RateGate. Waits advance
// fake-xero's virtual clock (FakeXeroWaiter), so a run that takes minutes in Xero's time takes seconds here.
// A program, not a timed test: record its figures in docs/benchmarks.md.
//
//   billhook-bench-sync [--customers N] [--invoices N] [--latency-ms N] [--replay-only]
//   billhook-bench-sync --adopt [--contacts N] [--xero-invoices N] [--latency-ms N]
//
// fake-xero's clock stands still while it answers; Xero's does not. --latency-ms (default 1000) moves the
// clock on by that much after every call, as a call to Xero takes about that long (a batch of 50 invoices
// more, a small read less). With 0, the records written in one minute window all get the same
// UpdatedDateUTC, which no real Xero does.
//
// --replay-only skips the no-change syncs (2.), for profiling the merge. With BILLHOOK_BENCH_PERF_CTL set to
// a perf control FIFO (perf record -D -1 --control fifo:CTL), perf records only the replay of 3.
//
// 1. First sync of N customers and M invoices into an empty organisation: API calls against the lower
//    bound (⌈n/50⌉ writes per type plus the pages and reference data read), 429s received, and the time
//    on fake-xero's clock against calls ÷ 60 a minute.
// 2. A sync with nothing changed on either side: calls per synced type, rows written locally.
// 3. Merging the pulled invoices: the Xero answers of a pull into an empty database are recorded, then
//    replayed into another empty database without any network: that run's CPU time is parsing, matching,
//    merging and writing the records.
//
// --adopt runs instead the adoption of an organisation with history: N contacts (default 5000) and M sales
// invoices (default 50000) over two years, with their payments, written straight into fake-xero (no API
// calls, a fixed seed), then one sync into an empty Billhook database that imports Xero's invoices
// (importXeroInvoices, pages of 1000): API calls against the paging bound, 429s, CPU and wall time, peak
// memory, and checks that every invoice, payment and contact arrived as Xero holds it; then a second sync;
// then the merge alone, as in 3.: the adoption's answers, written to a file as they came, replayed into
// another empty database without network (BILLHOOK_BENCH_PERF_CTL: perf records only that replay).
// fake-xero renders every record of a collection for each page it answers (its cost grows with the square of
// the organisation's size: most of a run's time at the defaults), so its share of the time is counted apart.
// At the defaults a run takes about 25 minutes on 2 cores; --contacts 1000 --xero-invoices 10000 about 30 s.
#include "fakexerosession.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"
#include "sync/xerostack.h"
#include "xero/rategate.h"
#include "xero/xeroclient.h"

#include "xerojson.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <qcoro/qcorotask.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace billhook;

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

std::unique_ptr<Database> openDb(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
    return std::move(opened).value();
}

int totalChanges(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT total_changes()"));
    return q.next() ? q.value(0).toInt() : -1;
}

// Rows in the tables a sync writes records to (not its own bookkeeping: sync_runs, api_usage).
QString dataSnapshot(Database &db)
{
    QString out;
    for (const char *table : {"customers", "invoices", "invoice_lines", "payments", "xero_links", "outbox",
                              "sync_state", "sync_issues", "settings"}) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
        while (q.next()) {
            for (int i = 0; i < 32 && q.value(i).isValid(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

struct Client
{
    std::unique_ptr<XeroStack> stack;
    XeroClient *client = nullptr;
};
using MakeClient = std::function<Client(Database &)>;

// The process's peak resident set (getrusage ru_maxrss: KiB on Linux); -1 where there is none.
long peakRssKiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return -1;
#endif
}

// The process's resident set now (Linux: VmRSS in /proc/self/status), KiB; -1 where there is none.
long currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double mib(long kib)
{
    return kib / 1024.0;
}

int pagesOf(qsizetype records, int pageSize)
{
    return int((records + pageSize - 1) / pageSize);
}

// --adopt: what seedHistory() wrote into the organisation.
struct History
{
    int contacts = 0;
    int archived = 0;
    int payments = 0;
    int refused = 0; // writes fake-xero refused: a fault of the generator, must be 0
};

// Two years of an organisation's history written straight into fake-xero (no API calls), through its own
// rules (Organisation::saveContact, saveInvoice, savePayment), from a fixed seed: `nContacts` contacts added
// over time (one in 250 archived lately, after their invoices), `nInvoices` sales invoices of 1-4 lines in
// date order numbered INV-0001 on, as Xero numbers them: 7% drafts, 3% voided, 10% part-paid, 42% paid (a
// quarter of them in two payments), the rest approved and unpaid; a payment that would fall in the future
// is not made, so recent invoices are less often paid. Each record's UpdatedDateUTC is the time of its last
// change (an invoice's: its creation, its last payment or its voiding), not the time of the seeding.
History seedHistory(fakexero::FakeXero &xero, fakexero::Organisation &org, int nContacts, int nInvoices)
{
    namespace fx = fakexero;
    using namespace Qt::StringLiterals;
    fx::json::seedGuids(20261201);
    QRandomGenerator rng(13);
    History h;
    constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
    const qint64 latestMs = org.nowMs() - 60 * 1000; // nothing changed in the last minute
    const qint64 startMs = org.nowMs() - 730 * kDayMs;
    const auto dateOf = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date(); };
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };
    const auto pick = [&rng](const auto &list) {
        return QString::fromUtf16(list[rng.bounded(int(std::size(list)))]);
    };

    static const char16_t *firstNames[] = {u"Oliver", u"Amelia", u"Harry",  u"Isla", u"George", u"Ava",
                                           u"Noah",   u"Mia",    u"Jack",   u"Ivy",  u"Leo",    u"Grace",
                                           u"Oscar",  u"Freya",  u"Arthur", u"Lily", u"Alfie",  u"Ella"};
    static const char16_t *lastNames[] = {
        u"Smith",   u"Jones",   u"Taylor", u"Brown",  u"Williams", u"Wilson", u"Davies", u"Evans", u"Thomas",
        u"Johnson", u"Roberts", u"Walker", u"Wright", u"Hughes",   u"Patel",  u"Green",  u"Hall",  u"Clarke"};
    static const char16_t *trades[] = {u"Roofing",  u"Plumbing", u"Joinery",    u"Electrical",
                                       u"Builders", u"Glazing",  u"Decorators", u"Landscapes",
                                       u"Lettings", u"Kitchens", u"Bathrooms",  u"Property Services"};
    static const char16_t *towns[] = {u"Bristol", u"Bath",   u"Leeds", u"York",
                                      u"Norwich", u"Exeter", u"Oxford"};

    // Contacts, added over the two years (the first ones a month before).
    QSet<QString> names;
    QStringList contactIds;
    QList<qint64> contactAddedMs;
    const qint64 contactSlot = 700 * kDayMs / std::max(nContacts, 1);
    for (int n = 0; n < nContacts; ++n) {
        QJsonObject c;
        const QString last = pick(lastNames);
        QString name;
        if (n % 3 == 0) {
            name = last + u' ' + pick(trades) + u" Ltd"_s;
        } else {
            const QString first = pick(firstNames);
            name = first + u' ' + last;
            c.insert(u"FirstName"_s, first);
            c.insert(u"LastName"_s, last);
        }
        const QString plain = name;
        for (int suffix = 2; names.contains(name.toLower()); ++suffix)
            name = plain + u" ("_s + QString::number(suffix) + u')';
        names.insert(name.toLower());
        QString mailbox = name.toLower();
        mailbox.removeIf([](QChar ch) { return !ch.isLetterOrNumber(); });
        c.insert(u"Name"_s, name);
        c.insert(u"ContactNumber"_s, QString(u"C-"_s + QString::number(10001 + n)));
        c.insert(u"EmailAddress"_s, QString(u"accounts@"_s + mailbox.left(24) + u".example"_s));
        c.insert(u"Addresses"_s,
                 QJsonArray{QJsonObject{
                     {u"AddressType"_s, u"POBOX"_s},
                     {u"AddressLine1"_s, QString(QString::number(1 + rng.bounded(200)) + u" High Street"_s)},
                     {u"City"_s, pick(towns)},
                     {u"Country"_s, u"United Kingdom"_s}}});
        const fx::SaveResult saved = org.saveContact(c);
        if (!saved.ok()) {
            if (++h.refused <= 3)
                qWarning("contact %s refused: %s", qPrintable(name), qPrintable(saved.errors.join(u"; ")));
            continue;
        }
        const qint64 added =
            startMs - 30 * kDayMs + contactSlot * n + rng.bounded(std::max(contactSlot, qint64(1)));
        org.contacts.last().updatedMs = added;
        contactIds << org.contacts.last().id;
        contactAddedMs << added;
        ++h.contacts;
    }
    if (contactIds.isEmpty())
        qFatal("no contact to invoice");

    // Invoices, in date order; their payments and voidings after them.
    static const struct
    {
        const char16_t *description;
        qint64 unitCents; // 0: a price of its own each time
        const char16_t *taxType;
    } work[] = {
        {u"Labour (per hour)", 4500, u"OUTPUT2"},     {u"Call-out fee", 6500, u"OUTPUT2"},
        {u"Boiler service", 8500, u"OUTPUT2"},        {u"Radiator 600mm", 12499, u"OUTPUT2"},
        {u"Thermostatic valve", 1895, u"OUTPUT2"},    {u"Copper pipe 15mm (m)", 425, u"OUTPUT2"},
        {u"Loft insulation (m²)", 1200, u"RROUTPUT"}, {u"Gas safety certificate", 6000, u"OUTPUT2"},
        {u"Wheelchair ramp", 0, u"ZERORATEDOUTPUT"},  {u"Materials", 0, u"OUTPUT2"},
    };
    fx::WriteOptions put;
    put.createOnly = true; // PUT: a new invoice, its number given (as Xero's own numbering gives them)
    const qint64 invoiceSlot = 729 * kDayMs / std::max(nInvoices, 1);
    qsizetype contactsSoFar = 0;
    // A time `withinDays` days at most after `fromMs` (at least an hour), or none when that is in the future.
    const auto later = [&](qint64 fromMs, int withinDays) -> std::optional<qint64> {
        const qint64 at = fromMs + kDayMs / 24 + rng.bounded(qint64(withinDays) * kDayMs);
        return at <= latestMs ? std::optional<qint64>(at) : std::nullopt;
    };
    for (int n = 0; n < nInvoices; ++n) {
        const qint64 createdMs = startMs + invoiceSlot * n + rng.bounded(std::max<qint64>(invoiceSlot, 1));
        while (contactsSoFar < contactAddedMs.size() && contactAddedMs[contactsSoFar] <= createdMs)
            ++contactsSoFar;
        const QDate date = dateOf(createdMs);
        QJsonArray lines;
        const int lineCount = 1 + rng.bounded(4);
        for (int l = 0; l < lineCount; ++l) {
            const auto &w = work[rng.bounded(int(std::size(work)))];
            const qint64 unitCents = w.unitCents ? w.unitCents : 500 + rng.bounded(60000);
            const qint64 quantity4 = 5000 * (1 + rng.bounded(8)); // 0.5 to 4
            QJsonObject line{{u"Description"_s, QString::fromUtf16(w.description)},
                             {u"Quantity"_s, fx::money::format(quantity4, 4)},
                             {u"UnitAmount"_s, fx::money::format(unitCents, 2)},
                             {u"AccountCode"_s, u"200"_s},
                             {u"TaxType"_s, QString::fromUtf16(w.taxType)}};
            if (rng.bounded(8) == 0)
                line.insert(u"DiscountRate"_s, u"10.00"_s);
            lines.append(line);
        }
        const int roll = rng.bounded(100);
        const bool draft = roll < 7;
        const QString number = u"INV-"_s + QString::number(n + 1).rightJustified(4, u'0');
        const QJsonObject in{
            {u"Type"_s, u"ACCREC"_s},
            {u"InvoiceNumber"_s, number},
            {u"Contact"_s,
             QJsonObject{
                 {u"ContactID"_s, contactIds[rng.bounded(int(std::max<qsizetype>(contactsSoFar, 1)))]}}},
            {u"Date"_s, iso(date)},
            {u"DueDate"_s, iso(date.addDays(30))},
            {u"Reference"_s, QString(u"Job "_s + QString::number(5000 + n))},
            {u"LineAmountTypes"_s, rng.bounded(10) == 0 ? u"Inclusive"_s : u"Exclusive"_s},
            {u"CurrencyCode"_s, rng.bounded(25) == 0 ? u"EUR"_s : u"GBP"_s},
            {u"Status"_s, draft ? u"DRAFT"_s : u"AUTHORISED"_s},
            {u"LineItems"_s, lines}};
        const fx::SaveResult created = org.saveInvoice(in, put);
        if (!created.ok()) {
            if (++h.refused <= 3)
                qWarning("invoice %s refused: %s", qPrintable(number),
                         qPrintable(created.errors.join(u"; ")));
            continue;
        }
        fx::Invoice &inv = org.invoices.last();
        qint64 changedMs = createdMs;
        const auto pay = [&](qint64 cents, std::optional<qint64> atMs) {
            if (!atMs || cents <= 0)
                return false;
            const fx::SaveResult paid =
                org.savePayment(QJsonObject{{u"Invoice"_s, QJsonObject{{u"InvoiceID"_s, inv.id}}},
                                            {u"Account"_s, QJsonObject{{u"Code"_s, u"090"_s}}},
                                            {u"Amount"_s, fx::money::format(cents, 2)},
                                            {u"Date"_s, iso(dateOf(*atMs))},
                                            {u"Reference"_s, u"Bank transfer"_s}});
            if (!paid.ok()) {
                if (++h.refused <= 3)
                    qWarning("payment on %s refused: %s", qPrintable(inv.number),
                             qPrintable(paid.errors.join(u"; ")));
                return false;
            }
            org.payments.last().updatedMs = *atMs;
            changedMs = *atMs;
            ++h.payments;
            return true;
        };
        if (roll >= 7 && roll < 10) {
            if (const auto at = later(createdMs, 20)) {
                if (xero.voidInvoice(org.id, inv.id).ok())
                    changedMs = *at;
                else
                    ++h.refused;
            }
        } else if (roll >= 10 && roll < 20) {
            pay(inv.amountDue() / 3, later(createdMs, 30));
        } else if (roll >= 20 && roll < 62) {
            if (rng.bounded(4) == 0 && inv.amountDue() > 2000) {
                const auto first = later(createdMs, 30);
                if (pay(inv.amountDue() / 2, first))
                    pay(inv.amountDue(), later(*first, 30));
            } else {
                pay(inv.amountDue(), later(createdMs, 45));
            }
        }
        inv.updatedMs = changedMs;
    }

    // A few contacts archived lately, after their invoices.
    for (qsizetype n = 125; n < contactIds.size(); n += 250) {
        if (!org.archiveContact(contactIds[n])) {
            ++h.refused;
            continue;
        }
        org.contact(contactIds[n])->updatedMs = latestMs - rng.bounded(60 * kDayMs);
        ++h.archived;
    }
    fx::json::seedGuids(QRandomGenerator::system()->generate()); // later ids are random again
    return h;
}

// The local status Billhook gives a Xero invoice: part-paid when something but not all is paid.
InvoiceStatus expectedStatus(const fakexero::Invoice &x)
{
    if (x.status == u"AUTHORISED")
        return x.amountPaid > 0 ? InvoiceStatus::PartPaid : InvoiceStatus::Approved;
    if (x.status == u"PAID")
        return InvoiceStatus::Paid;
    if (x.status == u"VOIDED")
        return InvoiceStatus::Voided;
    if (x.status == u"DELETED")
        return InvoiceStatus::Deleted;
    return InvoiceStatus::Draft; // DRAFT, SUBMITTED
}

QString xeroStatusOf(const fakexero::Invoice &x)
{
    return x.status == u"AUTHORISED" && x.amountPaid > 0 ? QStringLiteral("AUTHORISED, part-paid") : x.status;
}

// The key a recorded answer is found by again: keyset pages differ only by their If-Modified-Since.
QString requestKey(const XeroRequest &r)
{
    return QString::fromLatin1(r.method) + u' ' + r.path + u'?' + r.query.toString() +
           QStringLiteral(" since ") + r.ifModifiedSince.toString(Qt::ISODate);
}

// The answers of a run, written to a file as they come (what the replay needs, none of it kept in memory
// meanwhile), and read back into memory for the replay: every answer must be a 2xx or a 304.
class AnswerFile
{
public:
    explicit AnswerFile(const QString &path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        m_out.setDevice(&m_file);
    }

    void write(const QString &key, const XeroResponse &r)
    {
        if (r.outcome != XeroResponse::Outcome::Answered ||
            !((r.status >= 200 && r.status < 300) || r.status == 304)) {
            m_complete = false;
            return;
        }
        const double cpu0 = cpuSeconds();
        m_out << key << qint32(r.status) << r.rawBody;
        m_cpu += cpuSeconds() - cpu0;
    }
    bool complete() const { return m_complete; }
    double writeCpu() const { return m_cpu; }

    // The answers by request, as XeroClient gives them: the body parsed, a 304 with its error.
    QHash<QString, XeroResponse> readAll()
    {
        m_file.close();
        QHash<QString, XeroResponse> answers;
        if (!m_file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(m_file.fileName()));
        QDataStream in(&m_file);
        while (!in.atEnd()) {
            QString key;
            qint32 status = 0;
            XeroResponse r;
            in >> key >> status >> r.rawBody;
            r.outcome = XeroResponse::Outcome::Answered;
            r.status = status;
            r.body = QJsonDocument::fromJson(r.rawBody);
            if (status == 304)
                r.error = Error::make(Error::Code::Invalid, QStringLiteral("not modified"));
            answers.insert(key, r);
        }
        return answers;
    }

private:
    QFile m_file;
    QDataStream m_out;
    bool m_complete = true;
    double m_cpu = 0;
};

// --adopt: a first sync into an empty database from an organisation with two years of history, importing
// its invoices (see the top of the file).
int adopt(fakexero::FakeXero &xero, const QString &tenant, Clock &clock, test::FakeXeroWaiter &waiter,
          const MakeClient &makeClient, const int &got429, int nContacts, int nInvoices)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // a run takes minutes: each line as it comes
    fakexero::Organisation &org = *xero.organisation(tenant);
    QElapsedTimer seedTimer;
    seedTimer.start();
    const double seedCpu0 = cpuSeconds();
    const History h = seedHistory(xero, org, nContacts, nInvoices);
    const double seedCpu = cpuSeconds() - seedCpu0;
    const long rssSeeded = peakRssKiB();
    QHash<QString, int> byStatus;
    for (const auto &x : std::as_const(org.invoices))
        byStatus[xeroStatusOf(x)] += 1;
    std::printf("seeded fake-xero directly in %.1f s (CPU %.1f s; not part of the measurement):\n",
                seedTimer.elapsed() / 1000.0, seedCpu);
    std::printf("   %d contacts (%d archived), %d invoices:", h.contacts, h.archived,
                int(org.invoices.size()));
    for (const char *status : {"DRAFT", "AUTHORISED", "AUTHORISED, part-paid", "PAID", "VOIDED"})
        std::printf(" %s %d,", status, byStatus.value(QLatin1String(status)));
    std::printf(" %d payments; %d writes refused (must be 0)\n", h.payments, h.refused);
    std::printf("   peak memory after seeding (max RSS): %.1f MiB\n", mib(rssSeeded));

    QTemporaryDir dir;
    SyncOptions options;
    options.bankAccountCode = QStringLiteral("090");
    options.importXeroInvoices = true;
    const auto sync = [&](Database &d, SyncEngine::Send send) {
        SyncEngine engine(d, std::move(send), tenant, options, clock);
        engine.setPageSize(1000); // the largest page Xero allows
        return QCoro::waitFor(engine.run());
    };

    // fake-xero answers in this process, and its answers cost it time that Xero's servers would spend: each
    // request's CPU and wall time from its arrival to its answer is counted apart (fake-xero's share).
    struct Share
    {
        double cpu = 0;
        qint64 wallNs = 0;
        double cpuAt = -1;
        QElapsedTimer timer;
    } share;
    QObject shareContext; // the connections end with this function
    QObject::connect(&xero, &fakexero::FakeXero::requestReceived, &shareContext,
                     [&share](const fakexero::HttpRequest &) {
                         share.cpuAt = cpuSeconds();
                         share.timer.start();
                     });
    QObject::connect(&xero, &fakexero::FakeXero::requestHandled, &shareContext,
                     [&share](const QByteArray &, const QString &, int) {
                         if (share.cpuAt < 0)
                             return;
                         share.cpu += cpuSeconds() - share.cpuAt;
                         share.wallNs += share.timer.nsecsElapsed();
                         share.cpuAt = -1;
                     });

    // A1. The adoption: one sync into an empty database.
    auto db = openDb(dir.filePath(QStringLiteral("adopt.sqlite")));
    Client ca = makeClient(*db);
    xero.resetCallCounts();
    const int got429Before = got429;
    const int waitsBefore = waiter.waits();
    const qint64 waitedBefore = waiter.waitedMs();
    const QDateTime start = xero.now();
    AnswerFile recording(dir.filePath(QStringLiteral("answers.bin")));
    share = Share{};
    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const SyncSummary first = sync(*db, [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
        const QString key = requestKey(r);
        XeroResponse answer = co_await ca.client->send(std::move(r));
        recording.write(key, answer);
        co_return answer;
    });
    const double cpu = cpuSeconds() - cpu0;
    const qint64 wallMs = wall.elapsed();
    const double fakeCpu = share.cpu;
    const double fakeWall = share.wallNs / 1e9;
    const long rssSynced = peakRssKiB();
    const qint64 fakeMs = start.msecsTo(xero.now());
    const int calls = xero.totalCalls(tenant);
    const auto counts = xero.callCounts(tenant);
    int referenceRead = 0;
    for (const char *endpoint :
         {"GET /Organisation", "GET /Currencies", "GET /Accounts", "GET /TaxRates", "GET /Items"})
        referenceRead += counts.value(QLatin1String(endpoint));
    const int contactPages = pagesOf(org.contacts.size(), 1000);
    const int invoicePages = pagesOf(org.invoices.size(), 1000);
    const int paymentPages = pagesOf(org.payments.size(), 1000);
    const int bound = referenceRead + contactPages + invoicePages + paymentPages;
    std::printf("\nA1. adoption sync into an empty database: %s (%s)\n",
                qPrintable(syncResultKey(first.result)), qPrintable(first.message));
    std::printf("   in Xero: %d contacts, %d invoices, %d payments; %d records pulled\n",
                int(org.contacts.size()), int(org.invoices.size()), int(org.payments.size()), first.pulled);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf("   %-22s %d\n", qPrintable(it.key()), it.value());
    std::printf("   API calls %d; paging bound %d (%d reference reads made + %d + %d + %d pages of 1000 "
                "contacts, invoices, payments): %.3fx (target <= 1.02x)\n",
                calls, bound, referenceRead, contactPages, invoicePages, paymentPages, double(calls) / bound);
    std::printf("   429s received: %d (target 0)\n", got429 - got429Before);
    std::printf(
        "   CPU %.1f s, wall %.1f s; of which fake-xero answering (rendering, filtering and sorting its "
        "records): CPU %.1f s, wall %.1f s; writing the answers down for A3: CPU %.2f s; Billhook's (client, "
        "merge, database): CPU %.1f s, wall %.1f s\n",
        cpu, wallMs / 1000.0, fakeCpu, fakeWall, recording.writeCpu(), cpu - fakeCpu - recording.writeCpu(),
        wallMs / 1000.0 - fakeWall - recording.writeCpu());
    std::printf("   fake-xero clock %.1f min, %d rate-limit waits (%.1f s)\n", fakeMs / 60000.0,
                waiter.waits() - waitsBefore, (waiter.waitedMs() - waitedBefore) / 1000.0);
    std::printf("   peak memory (max RSS): %.1f MiB after the sync, %.1f MiB after seeding: +%.1f MiB during "
                "the sync (target peak <= 200 MiB)\n",
                mib(rssSynced), mib(rssSeeded), mib(rssSynced - rssSeeded));

    // Checks: every Xero invoice here as Xero has it, its payments summing to Xero's AmountPaid, every
    // contact a customer.
    {
        SyncStore links(*db);
        InvoiceStore invoices(*db);
        QHash<Id, qint64> paidHere;
        int paymentsHere = 0;
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral(
            "SELECT invoice_id, sum(amount), count(*) FROM payments WHERE deleted = 0 GROUP BY invoice_id"));
        while (q.next()) {
            paidHere.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            paymentsHere += q.value(2).toInt();
        }
        int accrec = 0, linked = 0, numberDiff = 0, statusDiff = 0, totalDiff = 0, paidDiff = 0;
        QStringList examples;
        const auto note = [&](const fakexero::Invoice &x, const QString &what) {
            if (examples.size() < 10)
                examples << QStringLiteral("%1 (%2, total %3, paid %4): %5")
                                .arg(x.number, xeroStatusOf(x), fakexero::money::format(x.total, 2),
                                     fakexero::money::format(x.amountPaid, 2), what);
        };
        for (const auto &x : std::as_const(org.invoices)) {
            if (x.type != u"ACCREC")
                continue;
            ++accrec;
            const auto link = links.linkByXeroId(SyncEntity::Invoice, x.id, tenant);
            if (!link) {
                note(x, QStringLiteral("not linked to a local invoice"));
                continue;
            }
            const auto local = invoices.get(link->localId);
            if (!local) {
                note(x, QStringLiteral("linked to local invoice %1, which is not there").arg(link->localId));
                continue;
            }
            ++linked;
            if (local->number != x.number) {
                ++numberDiff;
                note(x, QStringLiteral("local number %1").arg(local->number));
            }
            if (local->status != expectedStatus(x)) {
                ++statusDiff;
                note(x, QStringLiteral("local status %1").arg(invoiceStatusKey(local->status)));
            }
            if (local->total.units() != x.total) {
                ++totalDiff;
                note(x, QStringLiteral("local total %1").arg(local->total.toString()));
            }
            const qint64 paid = paidHere.value(local->id);
            if (paid != x.amountPaid || local->amountPaid.units() != x.amountPaid) {
                ++paidDiff;
                note(x, QStringLiteral("local payments %1, amount paid %2")
                            .arg(Money::fromUnits(paid).toString(), local->amountPaid.toString()));
            }
        }
        CustomerFilter all;
        all.includeArchived = true;
        CustomerFilter archived;
        archived.archivedOnly = true;
        InvoiceFilter everyInvoice;
        everyInvoice.includeDeleted = true;
        const int customers = CustomerStore(*db).count(all);
        const int archivedHere = CustomerStore(*db).count(archived);
        int archivedThere = 0;
        for (const auto &c : std::as_const(org.contacts))
            archivedThere += c.status != u"ACTIVE";
        std::printf("   check: %d of %d Xero sales invoices linked to a local invoice (%d local invoices); "
                    "number / status / total mismatches: %d / %d / %d (must be 0)\n",
                    linked, accrec, invoices.count(everyInvoice), numberDiff, statusDiff, totalDiff);
        std::printf("   check: %d local payments for %d in Xero; invoices whose local payments differ from "
                    "Xero's AmountPaid: %d (must be 0)\n",
                    paymentsHere, int(org.payments.size()), paidDiff);
        std::printf("   check: %d local customers (%d archived) for %d Xero contacts (%d archived): %s\n",
                    customers, archivedHere, int(org.contacts.size()), archivedThere,
                    customers == org.contacts.size() && archivedHere == archivedThere ? "equal"
                                                                                      : "DIFFERENT");
        for (const QString &e : std::as_const(examples))
            std::printf("   mismatch: %s\n", qPrintable(e));
    }

    // A2. The next sync, a minute later: nothing changed on either side.
    xero.advance(60);
    xero.resetCallCounts();
    const int changes0 = totalChanges(*db);
    const SyncSummary second = sync(*db, [&](XeroRequest r) { return ca.client->send(std::move(r)); });
    std::printf("\nA2. second sync a minute later: %s (%s), %d calls, %d pulled, %d rows changed locally "
                "(total_changes, the run's own bookkeeping included)\n",
                qPrintable(syncResultKey(second.result)), qPrintable(second.message), xero.totalCalls(tenant),
                second.pulled, totalChanges(*db) - changes0);
    const auto secondCounts = xero.callCounts(tenant);
    for (auto it = secondCounts.cbegin(); it != secondCounts.cend(); ++it)
        std::printf("   %-22s %d\n", qPrintable(it.key()), it.value());

    // A3. The merge alone: the adoption's answers replayed into another empty database, without network.
    const QHash<QString, XeroResponse> recorded = recording.readAll();
    std::printf("\nA3. replay of the adoption's %d recorded answers (%s)\n", int(recorded.size()),
                recording.complete() ? "all of them" : "INCOMPLETE: an answer was not 2xx or 304");
    auto replayDb = openDb(dir.filePath(QStringLiteral("replayed.sqlite")));
    int missing = 0;
    // The replay's own memory: the resident set before it and at each answer it takes (the peak so far is
    // the adoption's, and ru_maxrss only ever grows).
    const long rssBeforeReplay = currentRssKiB();
    long rssDuringReplay = rssBeforeReplay;
    QFile perfCtl(qEnvironmentVariable("BILLHOOK_BENCH_PERF_CTL"));
    const bool perf =
        !perfCtl.fileName().isEmpty() && perfCtl.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (perf)
        perfCtl.write("enable\n");
    const double cpu1 = cpuSeconds();
    QElapsedTimer replayTimer;
    replayTimer.start();
    const SyncSummary replay = sync(*replayDb, [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
        rssDuringReplay = std::max(rssDuringReplay, currentRssKiB());
        const auto it = recorded.constFind(requestKey(r));
        if (it == recorded.cend()) {
            ++missing;
            XeroResponse none;
            none.error = Error::make(Error::Code::Network, QStringLiteral("not recorded"));
            co_return none;
        }
        co_return *it;
    });
    const double replayCpu = cpuSeconds() - cpu1;
    rssDuringReplay = std::max(rssDuringReplay, currentRssKiB());
    if (perf)
        perfCtl.write("disable\n");
    InvoiceFilter everyInvoice;
    everyInvoice.includeDeleted = true;
    std::printf(
        "   replayed without network: %s, %d pulled (%d invoices now local), %d unrecorded requests\n",
        qPrintable(syncResultKey(replay.result)), replay.pulled, InvoiceStore(*replayDb).count(everyInvoice),
        missing);
    std::printf("   merging %d invoices, %d payments and %d contacts: CPU %.2f s, wall %.2f s (target <= 5 s "
                "CPU)\n",
                int(org.invoices.size()), int(org.payments.size()), int(org.contacts.size()), replayCpu,
                replayTimer.elapsed() / 1000.0);
    std::printf(
        "   resident set: %.1f MiB before the replay (the recorded answers in memory included), at most "
        "%.1f MiB at its answers: +%.1f MiB beyond what the process held already (it reuses memory the "
        "adoption freed); peak (max RSS) of the whole run %.1f MiB\n",
        mib(rssBeforeReplay), mib(rssDuringReplay), mib(rssDuringReplay - rssBeforeReplay),
        mib(peakRssKiB()));
    return first.result == SyncResult::Failed ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int nCustomers = 1000;
    int nInvoices = 10000;
    qint64 latencyMs = 1000;
    bool replayOnly = false;
    bool adoptMode = false;
    int nContacts = 5000;
    int nXeroInvoices = 50000;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--replay-only")
            replayOnly = true;
        else if (args[i] == u"--adopt")
            adoptMode = true;
        else if (args[i] == u"--contacts" && i + 1 < args.size())
            nContacts = args[++i].toInt();
        else if (args[i] == u"--xero-invoices" && i + 1 < args.size())
            nXeroInvoices = args[++i].toInt();
        else if (args[i] == u"--customers" && i + 1 < args.size())
            nCustomers = args[++i].toInt();
        else if (args[i] == u"--invoices" && i + 1 < args.size())
            nInvoices = args[++i].toInt();
        else if (args[i] == u"--latency-ms" && i + 1 < args.size())
            latencyMs = args[++i].toInt();
    }

    fakexero::FakeXero xero;
    if (!xero.start())
        qFatal("fake-xero did not start");
    xero.freezeClock(true);
    const QString tenant =
        xero.addOrganisation(QStringLiteral("Bench Ltd"), fakexero::Organisation::Region::UK).id;
    fakexero::Organisation &org = *xero.organisation(tenant);
    test::FakeXeroTokens tokens(xero, tenant);
    test::FakeXeroClock clock(xero);
    test::FakeXeroWaiter waiter(xero);
    QNetworkAccessManager nam;
    int got429 = 0;
    QObject::connect(&xero, &fakexero::FakeXero::requestHandled, &xero,
                     [&](const QByteArray &, const QString &, int status) { got429 += status == 429; });

    SyncOptions options;
    options.bankAccountCode = QStringLiteral("090");
    auto makeClient = [&](Database &d) {
        XeroStackOverrides o;
        o.tokenSource = &tokens;
        o.waiterInstance = &waiter;
        o.clock = &clock;
        o.endpoints = XeroEndpoints(xero.baseUrl());
        o.network = &nam;
        auto built = XeroStack::forLinkedOrganisation(d, std::move(o));
        if (!built)
            qFatal("the Xero stack was not built: %s", qPrintable(built.error().message));
        Client c;
        c.stack = std::move(built).value();
        c.client = &c.stack->client();
        QObject::connect(c.client, &XeroClient::callFinished, c.client,
                         [&xero, latencyMs] { xero.advanceMs(latencyMs); });
        return c;
    };
    auto syncOnce = [&](Database &d, SyncEngine::Send send, bool import = false) {
        SyncOptions o = options;
        o.importXeroInvoices = import; // the pull into an empty database takes Xero's invoices in
        SyncEngine engine(d, std::move(send), tenant, o, clock);
        return QCoro::waitFor(engine.run());
    };

    if (adoptMode)
        return adopt(xero, tenant, clock, waiter, makeClient, got429, nContacts, nXeroInvoices);

    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("a.sqlite")));
    {
        QElapsedTimer t;
        t.start();
        Transaction tx(*db);
        CustomerStore customers(*db);
        InvoiceStore invoices(*db);
        QList<Id> ids;
        for (int i = 0; i < nCustomers; ++i) {
            Customer c;
            c.name = QStringLiteral("Customer %1").arg(i, 5, 10, QLatin1Char('0'));
            c.email = QStringLiteral("c%1@example.test").arg(i);
            ids << customers.add(c).value();
        }
        for (int i = 0; i < nInvoices; ++i) {
            Invoice inv;
            inv.customerId = ids[i % ids.size()];
            inv.issueDate = QDate(2026, 11, 1);
            inv.dueDate = QDate(2026, 11, 15);
            for (int l = 0; l < 2; ++l) {
                InvoiceLine line;
                line.description = QStringLiteral("Labour");
                line.unitPrice = UnitPrice::fromUnits(100000 + i * 7 + l);
                line.taxRate = Percent::fromWhole(20);
                inv.lines << line;
            }
            const Id id = invoices.add(inv).value();
            if (i % 2 == 0)
                (void)invoices.approve(id);
        }
        if (!tx.commit())
            qFatal("cannot commit the generated data");
        std::printf("generated %d customers and %d invoices (2 lines, half approved) in %.1f s\n", nCustomers,
                    nInvoices, t.elapsed() / 1000.0);
    }

    // 1. First sync.
    Client ca = makeClient(*db);
    xero.resetCallCounts();
    const QDateTime start = xero.now();
    const double cpu0 = cpuSeconds();
    QElapsedTimer real;
    real.start();
    const SyncSummary first = syncOnce(*db, [&](XeroRequest r) { return ca.client->send(std::move(r)); });
    const double firstCpu = cpuSeconds() - cpu0;
    const qint64 fakeMs = start.msecsTo(xero.now());
    const int calls = xero.totalCalls(tenant);
    const auto counts = xero.callCounts(tenant);
    const int pagesRead = counts.value(QStringLiteral("GET /Contacts")) +
                          counts.value(QStringLiteral("GET /Invoices")) +
                          counts.value(QStringLiteral("GET /Payments"));
    const int referenceRead =
        counts.value(QStringLiteral("GET /Organisation")) + counts.value(QStringLiteral("GET /Currencies")) +
        counts.value(QStringLiteral("GET /Accounts")) + counts.value(QStringLiteral("GET /TaxRates")) +
        counts.value(QStringLiteral("GET /Items"));
    const int lowerBound =
        int(std::ceil(nCustomers / 50.0)) + int(std::ceil(nInvoices / 50.0)) + pagesRead + referenceRead;
    const double expectedMin = calls / 60.0;
    std::printf("\n1. first sync: %s (%s)\n", qPrintable(syncResultKey(first.result)),
                qPrintable(first.message));
    std::printf("   contacts %d, invoices %d in Xero\n", int(org.contacts.size()), int(org.invoices.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf("   %-22s %d\n", qPrintable(it.key()), it.value());
    std::printf("   API calls %d; lower bound %d (%d + %d writes, %d pages, %d reference reads): %.3fx "
                "(target <= 1.05x)\n",
                calls, lowerBound, int(std::ceil(nCustomers / 50.0)), int(std::ceil(nInvoices / 50.0)),
                pagesRead, referenceRead, double(calls) / lowerBound);
    std::printf("   429s received: %d (target 0)\n", got429);
    std::printf("   fake-xero clock: %.1f s = %.2f min; calls / 60 per minute = %.2f min: %+.1f%% (target "
                "within 10%%)\n",
                fakeMs / 1000.0, fakeMs / 60000.0, expectedMin,
                100.0 * (fakeMs / 60000.0 - expectedMin) / expectedMin);
    std::printf("   waits: %d, %.1f s in all; real time %.1f s, CPU %.1f s (fake-xero included)\n",
                waiter.waits(), waiter.waitedMs() / 1000.0, real.elapsed() / 1000.0, firstCpu);

    // 2. No-change sync (after the run that reads back the first run's own writes): once a minute later,
    // when the records written in the watermark's overlap are read again, and once after the overlap.
    if (!replayOnly) {
        xero.advance(60);
        const SyncSummary readBack =
            syncOnce(*db, [&](XeroRequest r) { return ca.client->send(std::move(r)); });
        std::printf("\n2. read-back sync: %s, %d calls, %d pulled\n",
                    qPrintable(syncResultKey(readBack.result)), readBack.callsUsed, readBack.pulled);
        for (const qint64 after : {qint64(60), qint64(options.overlapSeconds) + 60}) {
            xero.advance(after);
            xero.resetCallCounts();
            const QString before = dataSnapshot(*db);
            const int changes0 = totalChanges(*db);
            const SyncSummary idle =
                syncOnce(*db, [&](XeroRequest r) { return ca.client->send(std::move(r)); });
            const int changes = totalChanges(*db) - changes0;
            const bool same = dataSnapshot(*db) == before;
            std::printf("   no-change sync %lld s later: %s, %d calls\n", after,
                        qPrintable(syncResultKey(idle.result)), xero.totalCalls(tenant));
            const auto idleCounts = xero.callCounts(tenant);
            for (auto it = idleCounts.cbegin(); it != idleCounts.cend(); ++it)
                std::printf("   %-22s %d (target <= 1 per synced type)\n", qPrintable(it.key()), it.value());
            std::printf(
                "   rows changed locally (total_changes): %d, of which in record tables: %s (the rest is "
                "the run's own bookkeeping: sync_runs, api_usage)\n",
                changes, same ? "none" : "SOME");
        }
    }

    // 3. Merging the pulled invoices: record a pull into an empty database, replay it into another.
    QHash<QString, XeroResponse> recorded;
    {
        auto pullDb = openDb(dir.filePath(QStringLiteral("b.sqlite")));
        Client cb = makeClient(*pullDb);
        xero.advance(60);
        const SyncSummary pulled = syncOnce(
            *pullDb,
            [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
                const QString key = requestKey(r);
                XeroResponse answer = co_await cb.client->send(std::move(r));
                recorded.insert(key, answer);
                co_return answer;
            },
            true);
        std::printf("\n3. pull into an empty database (recorded): %s, %d pulled, %d calls\n",
                    qPrintable(syncResultKey(pulled.result)), pulled.pulled, pulled.callsUsed);
    }
    auto replayDb = openDb(dir.filePath(QStringLiteral("c.sqlite")));
    int missing = 0;
    // The replay's own memory: the resident set before it and at each answer it takes (the peak so far is
    // the adoption's, and ru_maxrss only ever grows).
    const long rssBeforeReplay = currentRssKiB();
    long rssDuringReplay = rssBeforeReplay;
    QFile perfCtl(qEnvironmentVariable("BILLHOOK_BENCH_PERF_CTL"));
    const bool perf =
        !perfCtl.fileName().isEmpty() && perfCtl.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    if (perf)
        perfCtl.write("enable\n");
    const double cpu1 = cpuSeconds();
    QElapsedTimer replayTimer;
    replayTimer.start();
    const SyncSummary replay = syncOnce(
        *replayDb,
        [&](XeroRequest r) -> QCoro::Task<XeroResponse> {
            const auto it = recorded.constFind(requestKey(r));
            if (it == recorded.cend()) {
                ++missing;
                XeroResponse none;
                none.error = Error::make(Error::Code::Network, QStringLiteral("not recorded"));
                co_return none;
            }
            co_return *it;
        },
        true);
    const double replayCpu = cpuSeconds() - cpu1;
    rssDuringReplay = std::max(rssDuringReplay, currentRssKiB());
    if (perf)
        perfCtl.write("disable\n");
    const int localInvoices = InvoiceStore(*replayDb).count(InvoiceFilter{});
    std::printf(
        "   replayed without network: %s, %d pulled (%d invoices now local), %d unrecorded requests\n",
        qPrintable(syncResultKey(replay.result)), replay.pulled, localInvoices, missing);
    std::printf(
        "   merging %d pulled invoices (and %d contacts): CPU %.2f s, wall %.2f s (target <= 2 s CPU)\n",
        nInvoices, nCustomers, replayCpu, replayTimer.elapsed() / 1000.0);
    return 0;
}
