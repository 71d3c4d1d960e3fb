#include "screenshottour.h"

#include "customers/customerpage.h"
#include "customers/customersview.h"
#include "dashboard/dashboardview.h"
#include "invoices/invoiceeditor.h"
#include "invoices/invoicesview.h"
#include "mainwindow.h"
#include "pdf/invoicerenderer.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"

#include <QApplication>
#include <QDir>
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
    for (const Status &st :
         {settings.setBusinessProfile(p), settings.setDefaultCurrency(QStringLiteral("GBP")),
          settings.setDefaultDueDays(14), settings.setDefaultTaxCode(QStringLiteral("VAT20"))})
        if (!st)
            return st;
    ReferenceStore reference(db);
    if (auto st = reference.saveTaxRate(
            {0, QStringLiteral("VAT20"), QStringLiteral("VAT 20%"), Percent::fromWhole(20), {}, true});
        !st)
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

bool save(QWidget &widget, const QString &path, QTextStream &out)
{
    QApplication::processEvents();
    const bool ok = widget.grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << QDir::toNativeSeparators(path) << '\n';
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
    MainWindow window(**db);
    window.resize(1200, 760);
    window.show();
    bool ok = true;
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
