#include "screenshottour.h"

#include "mainwindow.h"
#include "render/invoicerenderer.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"
#include "storage/xeroconnectionstore.h"
#include "sync/problemtext.h"
#include "sync/syncengine.h"
#include "ui/common/queryworker.h"
#include "ui/customers/customerpage.h"
#include "ui/customers/customersview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/invoices/invoiceeditor.h"
#include "ui/invoices/invoicesview.h"
#include "ui/settings/firstrunassistant.h"
#include "ui/settings/settingsview.h"
#include "ui/xero/problemsview.h"
#include "ui/xero/setuppage.h"
#include "ui/xero/xerocontext.h"
#include "ui/xero/xerocontroller.h"
#include "ui/xero/xeropane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

namespace billhook {

namespace {

InvoiceLine line(const QString &description, const QString &quantity, const QString &price,
                 const QString &discount = QStringLiteral("0"))
{
    InvoiceLine l;
    l.description = description;
    l.quantity = Quantity::parse(quantity).value();
    l.unitPrice = UnitPrice::parse(price).value();
    l.discount = Percent::parse(discount).value();
    l.taxCode = QStringLiteral("VAT20");
    l.taxRate = Percent::fromWhole(20);
    l.accountCode = QStringLiteral("200");
    return l;
}

// A believable week for a small plumbing and heating business.
Status seedDemo(Database &db, Id &pageCustomer, Id &editorInvoice)
{
    SettingsStore settings(db);
    BusinessProfile p;
    p.name = QStringLiteral("Hartley Plumbing & Heating");
    p.address = QStringLiteral("14 Mill Lane\nHebden Bridge\nHX7 8AB");
    p.email = QStringLiteral("accounts@hartleyplumbing.example");
    p.phone = QStringLiteral("01422 555 0192");
    p.taxNumber = QStringLiteral("GB 123 4567 89");
    p.bankDetails = QStringLiteral("Hartley Plumbing Ltd · Sort code 12-34-56 · Account 12345678");
    p.paymentTerms = QStringLiteral("Payment due within 14 days. Please quote the invoice number.");
    // The UK's usual rates, as the first-run assistant adds them (reverse charge included).
    const FirstRunAssistant::CountryPreset uk =
        FirstRunAssistant::preset(FirstRunAssistant::Country::UnitedKingdom);
    ReferenceStore reference(db);
    for (const TaxRate &rate : uk.rates) {
        if (auto st = reference.addTaxRate(rate); !st)
            return st;
    }
    for (const Status &st :
         {settings.setBusinessProfile(p), settings.setDefaultCurrency(QStringLiteral("GBP")),
          settings.setDefaultDueDays(14), settings.setDefaultTaxCode(uk.defaultTaxCode)})
        if (!st)
            return st;
    if (auto st = reference.saveAccount(
            {0, QStringLiteral("200"), QStringLiteral("Sales"), QStringLiteral("REVENUE"), {}, true, false});
        !st)
        return st;

    CustomerStore customers(db);
    InvoiceStore invoices(db);
    const QStringList names = {
        QStringLiteral("Hannah Price"),           QStringLiteral("Calder Valley Lettings"),
        QStringLiteral("Oakroyd Primary School"), QStringLiteral("Mr & Mrs Sutcliffe"),
        QStringLiteral("Northern Café Co."),      QStringLiteral("Ravi Patel"),
        QStringLiteral("Greenwood Builders Ltd"), QStringLiteral("Moorside Vets")};
    QList<Id> ids;
    for (const QString &name : names) {
        Customer c;
        c.name = name;
        c.email = name.section(QLatin1Char(' '), 0, 0).toLower().remove(QLatin1Char('&')) +
                  QStringLiteral("@example.com");
        c.phone = QStringLiteral("01422 555 01%1").arg(ids.size() + 10);
        c.address = QStringLiteral("%1 Station Road\nHebden Bridge").arg(ids.size() * 3 + 2);
        auto id = customers.add(c);
        if (!id)
            return id.error();
        ids << *id;
    }
    const QDate today = QDate::currentDate();
    struct Job
    {
        int customer;
        int daysAgo;
        QList<InvoiceLine> lines;
        int state; // 0 draft, 1 approved, 2 part-paid, 3 paid
    };
    const QList<Job> jobs = {
        {0,
         3,
         {line(QStringLiteral("Annual boiler service"), QStringLiteral("1"), QStringLiteral("85")),
          line(QStringLiteral("Copper pipe 15 mm (metres)"), QStringLiteral("2.5"), QStringLiteral("4.99")),
          line(QStringLiteral("Labour (hours)"), QStringLiteral("3"), QStringLiteral("45"),
               QStringLiteral("10"))},
         2},
        {0, 70, {line(QStringLiteral("Replace kitchen tap"), QStringLiteral("1"), QStringLiteral("120"))}, 3},
        {0,
         45,
         {line(QStringLiteral("Radiator valve replacement"), QStringLiteral("4"), QStringLiteral("32.50"))},
         1},
        {1,
         50,
         {line(QStringLiteral("Gas safety certificate"), QStringLiteral("6"), QStringLiteral("65"))},
         1},
        {2,
         38,
         {line(QStringLiteral("Toilet block repairs"), QStringLiteral("1"), QStringLiteral("640"))},
         2},
        {3,
         20,
         {line(QStringLiteral("Bathroom refit: first fix"), QStringLiteral("1"), QStringLiteral("1450"))},
         1},
        {4, 8, {line(QStringLiteral("Unblock drain"), QStringLiteral("1"), QStringLiteral("95"))}, 3},
        {5, 2, {line(QStringLiteral("Emergency call-out"), QStringLiteral("1"), QStringLiteral("110"))}, 0},
        {6,
         33,
         {line(QStringLiteral("Underfloor heating manifold"), QStringLiteral("1"), QStringLiteral("780"))},
         1},
        {7,
         12,
         {line(QStringLiteral("Water heater install"), QStringLiteral("1"), QStringLiteral("420"))},
         1},
    };
    for (const Job &job : jobs) {
        Invoice inv;
        inv.customerId = ids.at(job.customer);
        inv.issueDate = today.addDays(-job.daysAgo);
        inv.dueDate = inv.issueDate.addDays(14);
        inv.currency = QStringLiteral("GBP");
        inv.lines = job.lines;
        auto id = invoices.add(inv);
        if (!id)
            return id.error();
        if (job.state >= 1)
            if (auto st = invoices.approve(*id); !st)
                return st;
        if (job.state >= 2) {
            auto stored = invoices.get(*id);
            Payment pay;
            pay.date = qMin(today, inv.issueDate.addDays(5));
            pay.amount = job.state == 3 ? stored->total : Money::fromUnits(stored->total.units() / 2);
            pay.reference = QStringLiteral("BACS");
            if (auto r = invoices.recordPayment(*id, pay); !r)
                return r.error();
        }
        if (job.customer == 0 && job.state == 2)
            editorInvoice = *id;
    }
    pageCustomer = ids.at(0);
    return {};
}

// What a few weeks of syncing with Xero leave behind: most records linked, a run log, one invoice Xero
// refused and one customer changed on both sides.
Status seedXeroDemo(Database &db, Id &problemInvoice, Id &conflictCustomer)
{
    const QString tenant = QStringLiteral("demo-tenant");
    SyncStore sync(db);
    CustomerStore customers(db);
    InvoiceStore invoices(db);
    QList<Id> customerIds;
    for (const Customer &c : customers.list())
        customerIds << c.id;
    InvoiceFilter all;
    all.limit = 1000;
    QList<Invoice> invoiceList = invoices.list(all);
    int n = 0;
    for (Id id : customerIds) {
        if (auto st = sync.saveLink(
                {SyncEntity::Customer,
                 id,
                 tenant,
                 QStringLiteral("5b96e86b-418e-48e8-8949-%1").arg(++n, 12, 10, QLatin1Char('0')),
                 {},
                 {}});
            !st)
            return st;
    }
    for (const Invoice &inv : std::as_const(invoiceList)) {
        if (inv.status == InvoiceStatus::Draft)
            continue; // the draft waits in the outbox
        if (!problemInvoice && inv.status == InvoiceStatus::Approved) {
            // Refused by Xero below: its first line uses an account archived in Xero.
            auto full = invoices.get(inv.id);
            if (!full)
                return full.error();
            full->lines[0].accountCode = QStringLiteral("210");
            if (auto st = invoices.update(*full); !st)
                return st;
            problemInvoice = inv.id;
            continue;
        }
        const QString status =
            inv.status == InvoiceStatus::Paid ? QStringLiteral("PAID") : QStringLiteral("AUTHORISED");
        if (auto st = sync.saveLink(
                {SyncEntity::Invoice,
                 inv.id,
                 tenant,
                 QStringLiteral("0e64a623-c2a1-446c-93ed-%1").arg(++n, 12, 10, QLatin1Char('0')),
                 {},
                 QJsonObject{{QStringLiteral("Status"), status}}});
            !st)
            return st;
    }
    for (const OutboxEntry &e : sync.outbox()) {
        const bool keep =
            e.entity == SyncEntity::Invoice &&
            (e.localId == problemInvoice || invoices.get(e.localId)->status == InvoiceStatus::Draft);
        if (!keep)
            if (auto st = sync.removeFromOutbox(e.id); !st)
                return st;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        int minutesAgo;
        int seconds;
        SyncResult result;
        int pushed, pulled, failed, calls;
    } runs[] = {
        {2 * 24 * 60, 41, SyncResult::Clean, 18, 57, 0, 23},
        {26 * 60, 6, SyncResult::Clean, 1, 3, 0, 7},
        {14, 9, SyncResult::Issues, 2, 4, 2, 9},
    };
    Id lastRun = 0;
    for (const auto &r : runs) {
        auto run = sync.startRun(tenant);
        if (!run)
            return run.error();
        SyncRun done;
        done.id = *run;
        done.startedAt = now.addSecs(-60LL * r.minutesAgo);
        done.finishedAt = done.startedAt.addSecs(r.seconds);
        done.result = r.result;
        done.pushed = r.pushed;
        done.pulled = r.pulled;
        done.failed = r.failed;
        done.callsUsed = r.calls;
        // What a sync stores as its run's detail: the engine's summary, in the language of the app.
        done.detail = SyncEngine::runSummary(r.pulled, r.pushed, r.failed, r.calls);
        if (auto st = sync.finishRun(done); !st)
            return st;
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("UPDATE sync_runs SET started_at = ? WHERE id = ?"));
        q.addBindValue(done.startedAt.toString(Qt::ISODateWithMs));
        q.addBindValue(done.id);
        q.exec();
        lastRun = done.id;
    }
    SyncIssue refused;
    refused.runId = lastRun;
    refused.entity = SyncEntity::Invoice;
    refused.localId = problemInvoice;
    refused.xeroMessage =
        QStringLiteral("Account code '210' has been archived, or has been deleted. Each line item "
                       "must reference a valid account.");
    // The explanation and remedy come from the error catalogue, as a sync stores them, so the tour shows
    // the app's own (translated) words.
    const ProblemText explained = explainXeroRefusal(refused.xeroMessage);
    refused.explanation = explained.explanation;
    refused.remedy = explained.remedy;
    if (auto r = sync.raiseIssue(refused); !r)
        return r.error();
    CustomerFilter calder;
    calder.search = QStringLiteral("Calder Valley");
    conflictCustomer = customers.list(calder).value(0).id;
    SyncIssue both;
    both.runId = lastRun;
    both.entity = SyncEntity::Customer;
    both.localId = conflictCustomer;
    both.kind = SyncIssueKind::Conflict;
    both.xeroMessage = QStringLiteral("Email and phone changed in Xero since the last sync.");
    both.detail = QJsonObject{
        {QStringLiteral("fields"),
         QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("email")},
                                {QStringLiteral("mine"), QStringLiteral("office@caldervalley.example")},
                                {QStringLiteral("xero"), QStringLiteral("accounts@caldervalley.example")}},
                    QJsonObject{{QStringLiteral("field"), QStringLiteral("phone")},
                                {QStringLiteral("mine"), QStringLiteral("01422 555 0111")},
                                {QStringLiteral("xero"), QStringLiteral("01422 555 0199")}}}}};
    if (auto r = sync.raiseIssue(both); !r)
        return r.error();
    return {};
}

// Lets the lists and the dashboard receive what the QueryWorker is reading before the grab.
void settle(MainWindow &window)
{
    QElapsedTimer waited;
    waited.start();
    do
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    while (!window.queries()->isIdle() && waited.elapsed() < 10000);
    QApplication::processEvents();
}

bool save(MainWindow &window, const QString &path, QTextStream &out)
{
    settle(window);
    const bool ok = window.grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << QDir::toNativeSeparators(path) << '\n';
    return ok;
}

bool saveWidget(QWidget &widget, const QString &path, QTextStream &out)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << QDir::toNativeSeparators(path) << '\n';
    return ok;
}

// What a new user meets first: the assistant on an empty database (its first page; the next ones need a
// name).
bool firstRunShots(const QTemporaryDir &temp, const QDir &dir, QTextStream &out)
{
    auto fresh = Database::open(temp.filePath(QStringLiteral("new.sqlite")));
    if (!fresh) {
        out << fresh.error().message << '\n';
        return false;
    }
    FirstRunAssistant assistant(**fresh);
    assistant.resize(760, 560);
    assistant.show();
    const bool ok = saveWidget(assistant, dir.filePath(QStringLiteral("first-run-business.png")), out);
    assistant.hide();
    return ok;
}

} // namespace

int runScreenshotTour(const QString &outputDir)
{
    QTextStream out(stdout);
    QTemporaryDir temp;
    if (!QDir().mkpath(outputDir) || !temp.isValid()) {
        out << "cannot write to " << outputDir << '\n';
        return 1;
    }
    auto db = Database::open(temp.filePath(QStringLiteral("demo.sqlite")));
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    Id pageCustomer = 0;
    Id editorInvoice = 0;
    if (auto st = seedDemo(**db, pageCustomer, editorInvoice); !st) {
        out << st.error().message << '\n';
        return 1;
    }
    const QDir dir(outputDir);
    bool ok = firstRunShots(temp, dir, out);
    MainWindow window(**db);
    window.resize(1200, 760);
    window.show();
    window.showSection(MainWindow::Section::Dashboard);
    ok &= save(window, dir.filePath(QStringLiteral("dashboard.png")), out);
    window.showSection(MainWindow::Section::Customers);
    window.customers()->showCustomer(pageCustomer);
    window.customers()->page()->invoiceView()->selectRow(0);
    ok &= save(window, dir.filePath(QStringLiteral("customer-page.png")), out);
    window.showSection(MainWindow::Section::Invoices);
    ok &= save(window, dir.filePath(QStringLiteral("invoice-list.png")), out);
    window.invoices()->openInvoice(editorInvoice);
    window.invoices()->editor()->beginPayment();
    ok &= save(window, dir.filePath(QStringLiteral("invoice-editor.png")), out);
    window.invoices()->showList();
    window.showSection(MainWindow::Section::Settings);
    settle(window);
    // The whole page (taller than the window): business, invoices, tax rates, sales accounts, Xero.
    ok &= saveWidget(*window.settings(), dir.filePath(QStringLiteral("settings.png")), out);

    // The Xero pane in each of its states.
    window.invoices()->showList();
    XeroPane *pane = window.xero();
    window.showSection(MainWindow::Section::Xero);
    ok &= save(window, dir.filePath(QStringLiteral("xero-not-connected.png")), out);
    pane->setState(XeroPane::State::Connecting);
    ok &= save(window, dir.filePath(QStringLiteral("xero-connecting.png")), out);
    Id problemInvoice = 0;
    Id conflictCustomer = 0;
    if (auto st = seedXeroDemo(**db, problemInvoice, conflictCustomer); !st) {
        out << st.error().message << '\n';
        return 1;
    }
    // The setup page, as it looks right after connecting to the Demo Company.
    XeroSetupReference reference;
    reference.organisation = QStringLiteral("Demo Company (UK)");
    reference.baseCurrency = QStringLiteral("GBP");
    reference.currencies = {QStringLiteral("GBP"), QStringLiteral("EUR")};
    reference.bankAccounts = {{QStringLiteral("090"), QStringLiteral("Business Bank Account"), {}}};
    reference.revenueAccounts = {{QStringLiteral("200"), QStringLiteral("Sales"), {}},
                                 {QStringLiteral("260"), QStringLiteral("Other Revenue"), {}},
                                 {QStringLiteral("270"), QStringLiteral("Interest Income"), {}}};
    reference.taxTypes = {
        {QStringLiteral("OUTPUT2"), QStringLiteral("20% (VAT on Income)"), Percent::fromWhole(20)},
        {QStringLiteral("RROUTPUT"), QStringLiteral("5% (VAT on Income)"), Percent::fromWhole(5)},
        {QStringLiteral("ZERORATEDOUTPUT"), QStringLiteral("Zero Rated Income"), Percent::fromWhole(0)}};
    window.xeroController()->setupPage()->setReference(reference);
    pane->setState(XeroPane::State::Setup);
    ok &= save(window, dir.filePath(QStringLiteral("xero-setup.png")), out);

    // Linked and set up, as the controller finds it in the database.
    const QString tenant = QStringLiteral("demo-tenant");
    if (auto st = XeroConnectionStore(**db).saveLink(
            {tenant, QStringLiteral("Demo Company (UK)"), QStringLiteral("demo-connection"),
             QString::fromLatin1(XeroConnectionStore::Linked), QDateTime::currentDateTimeUtc().addDays(-30),
             QDateTime::currentDateTimeUtc().addSecs(-14 * 60)});
        !st) {
        out << st.error().message << '\n';
        return 1;
    }
    SettingsStore settings(**db);
    if (auto st = settings.setValue(QStringLiteral("xero.demo-tenant.setup_done"), QStringLiteral("1"));
        !st) {
        out << st.error().message << '\n';
        return 1;
    }
    window.xeroController()->start();
    pane->reload();
    pane->showProblems();
    pane->problems()->selectRecord(SyncEntity::Invoice, problemInvoice);
    ok &= save(window, dir.filePath(QStringLiteral("xero-problem.png")), out);
    pane->problems()->selectRecord(SyncEntity::Customer, conflictCustomer);
    ok &= save(window, dir.filePath(QStringLiteral("xero-conflict.png")), out);
    pane->showHistory();
    ok &= save(window, dir.filePath(QStringLiteral("xero-history.png")), out);
    pane->showProblems();
    pane->setSyncRunning(true);
    // The engine's own progress message (its second batch of invoices), so it is translated like a real sync.
    pane->setSyncProgress(3, 7,
                          QCoreApplication::translate("SyncEngine", "Sending %1–%2 of %3 %4…")
                              .arg(4)
                              .arg(7)
                              .arg(7)
                              .arg(QCoreApplication::translate("SyncEngine", "invoices")));
    ok &= save(window, dir.filePath(QStringLiteral("xero-syncing.png")), out);
    pane->setSyncRunning(false);
    if (auto st = XeroConnectionStore(**db).setState(
            tenant, QString::fromLatin1(XeroConnectionStore::ReconnectNeeded));
        !st) {
        out << st.error().message << '\n';
        return 1;
    }
    window.xeroController()->start();
    ok &= save(window, dir.filePath(QStringLiteral("xero-reconnect.png")), out);
    window.showSection(MainWindow::Section::Invoices);
    window.invoices()->openInvoice(problemInvoice);
    ok &= save(window, dir.filePath(QStringLiteral("xero-invoice-problem.png")), out);
    window.invoices()->showList();
    ok &= save(window, dir.filePath(QStringLiteral("xero-invoice-list.png")), out);

    auto doc = InvoiceRenderer::load(**db, editorInvoice);
    if (!doc) {
        out << doc.error().message << '\n';
        return 1;
    }
    const QString pdfPage = dir.filePath(QStringLiteral("invoice-pdf.png"));
    ok &= InvoiceRenderer::renderImage(*doc, 1000).save(pdfPage);
    out << "wrote " << QDir::toNativeSeparators(pdfPage) << '\n';
    return ok ? 0 : 1;
}

} // namespace billhook
