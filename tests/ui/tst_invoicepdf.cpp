// The invoice PDF holds any invoice: its lines flow over as many pages as they need, and everything on it is
// read back from the written file with poppler (tests/support/poppler.h, and pdfimages here), as a customer's
// PDF reader would see it.
#include "../support/poppler.h"
#include "../support/testdb.h"
#include "core/taxsummary.h"
#include "render/invoicerenderer.h"
#include "render/moneyformat.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/pdf/invoiceprinter.h"

#include <QBuffer>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

using namespace billhook;
using namespace billhook::test;

namespace {

QByteArray logoPng()
{
    QImage image(240, 80, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x4e, 0x79));
    QPainter painter(&image);
    painter.fillRect(QRect(20, 20, 60, 40), QColor(0xf0, 0xa0, 0x30));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString description(int row)
{
    return QStringLiteral("Item%1 copper fitting").arg(row, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestInvoicePdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ReferenceStore rates(*m_db);
        QVERIFY(rates
                    .saveTaxRate({0, QStringLiteral("VAT20"), QStringLiteral("Standard rate VAT"),
                                  Percent::fromWhole(20), QStringLiteral("OUTPUT2"), true})
                    .ok());
        QVERIFY(rates
                    .saveTaxRate({0, QStringLiteral("VAT5"), QStringLiteral("Reduced rate VAT"),
                                  Percent::fromWhole(5), QStringLiteral("RROUTPUT"), true})
                    .ok());
        QVERIFY(rates
                    .saveTaxRate({0, QStringLiteral("ZERO"), QStringLiteral("Zero rated"),
                                  Percent::fromWhole(0), QStringLiteral("ZERORATEDOUTPUT"), true})
                    .ok());
        QVERIFY(rates
                    .saveTaxRate({0, QStringLiteral("DRC20"), QStringLiteral("Domestic reverse charge 20%"),
                                  Percent::fromWhole(0), QStringLiteral("DRCHARGESUPPLY20"), true})
                    .ok());
        m_customer = m_db.addCustomer(QStringLiteral("Hollis Building Ltd"));
        BusinessProfile business;
        business.name = QStringLiteral("Ash & Sons Plumbing");
        business.address = QStringLiteral("4 Mill Lane\nLeeds LS1 4AB");
        business.taxNumber = QStringLiteral("GB123456789");
        business.paymentTerms = QStringLiteral("Payment within 30 days, please.");
        business.bankDetails = QStringLiteral("Sort code 12-34-56, account 12345678");
        QVERIFY(SettingsStore(*m_db).setBusinessProfile(business).ok());
        QVERIFY(m_dir.isValid());
    }

    // The page count, read back from the file; every line and every total exactly once; "Page N of M" and
    // the column header on each page; the totals, the VAT summary and the payment details after the last
    // line.
    void everyLineAndTotalOnceOverTheRightPages_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("pages");
        // On A4, page 1 holds 27 one-line rows under the letterhead and each later page 37; the totals, the
        // VAT summary and the payment details follow on the last page.
        QTest::newRow("1 line") << 1 << 1;
        QTest::newRow("70 lines") << 70 << 3;
        QTest::newRow("400 lines") << 400 << 12;
    }
    void everyLineAndTotalOnceOverTheRightPages()
    {
        QFETCH(int, lines);
        QFETCH(int, pages);
        const QStringList codes{QStringLiteral("VAT20"), QStringLiteral("VAT5"), QStringLiteral("ZERO")};
        const Id id = addInvoice(lines, [&](int row, InvoiceLine &l) {
            l.taxCode = codes.at(row % codes.size());
            l.taxRate = Percent::fromWhole(row % 3 == 0 ? 20 : row % 3 == 1 ? 5 : 0);
        });
        auto doc = InvoiceRenderer::load(*m_db, id);
        QVERIFY(doc.ok());
        const QString pdf = writePdf(id);

        QCOMPARE(pdfPages(pdf), pages);
        QCOMPARE(InvoiceRenderer::pageCount(*doc), pages);
        const QStringList texts = pdfPageTexts(pdf);
        QCOMPARE(texts.size(), pages);
        const QString all = texts.join(QLatin1Char('\n'));

        // Every line once, in order, page after page; the column header and the page number on each page.
        int previousRow = -1;
        for (int p = 0; p < pages; ++p) {
            QCOMPARE(occurrences(texts.at(p), QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)), 1);
            QVERIFY2(texts.at(p).contains(QRegularExpression(QStringLiteral("Description\\s+Qty\\s+Price"))),
                     qPrintable(texts.at(p)));
            static const QRegularExpression item(QStringLiteral("Item(\\d{4})"));
            for (auto it = item.globalMatch(texts.at(p)); it.hasNext();) {
                const int row = it.next().captured(1).toInt();
                QCOMPARE(row, previousRow + 1);
                previousRow = row;
            }
        }
        QCOMPARE(previousRow, lines - 1);
        for (int row = 0; row < lines; ++row)
            QCOMPARE(occurrences(all, description(row)), 1);
        QCOMPARE(occurrences(all, QStringLiteral("Ash & Sons Plumbing")),
                 pages); // the letterhead, then atop each page

        // Every total once, on the last page, after the last line.
        const Invoice &inv = doc->invoice;
        const QString last = texts.last();
        const qsizetype lastLine = last.lastIndexOf(description(lines - 1)); // -1: the totals began a page
        for (const Money amount : {inv.subtotal, inv.totalTax, inv.total}) {
            const QString text = MoneyFormat::money(amount, inv.currency);
            QCOMPARE(occurrences(all, text), 1);
            QVERIFY2(last.indexOf(text) > lastLine, qPrintable(text));
        }
        // The VAT summary: one row per rate used, its name, rate, net and VAT, adding up to the totals.
        const QList<TaxRateTotal> summary = taxSummary(inv);
        QCOMPARE(int(summary.size()), std::min(lines, 3));
        Money net, tax;
        for (const TaxRateTotal &row : summary) {
            const auto rate = ReferenceStore(*m_db).taxRateByCode(row.taxCode);
            QVERIFY(rate);
            const QRegularExpression summaryRow(
                QStringLiteral("%1\\s+%2%\\s+%3\\s+%4")
                    .arg(QRegularExpression::escape(rate->name), MoneyFormat::percent(row.rate),
                         QRegularExpression::escape(MoneyFormat::decimal(row.net.units(), 2, 2)),
                         QRegularExpression::escape(MoneyFormat::decimal(row.tax.units(), 2, 2))));
            QCOMPARE(int(last.count(summaryRow)), 1);
            net += row.net;
            tax += row.tax;
        }
        QCOMPARE(net, inv.subtotal);
        QCOMPARE(tax, inv.totalTax);
        QCOMPARE(occurrences(last, QStringLiteral("VAT summary")), 1);
        QCOMPARE(occurrences(all, QStringLiteral("VAT summary")), 1);
        // The payment details, whole, on the last page after the totals.
        QVERIFY(last.indexOf(QStringLiteral("How to pay")) >
                last.indexOf(MoneyFormat::money(inv.total, inv.currency)));
        QCOMPARE(occurrences(all, QStringLiteral("Payment within 30 days, please.")), 1);
        QCOMPARE(occurrences(last, QStringLiteral("Sort code 12-34-56, account 12345678")), 1);
        QVERIFY(!all.contains(InvoiceRenderer::reverseChargeNote()));
    }

    // A description longer than a page wraps and flows on to the next page; a word wider than the column
    // breaks; nothing is cut off.
    void longDescriptionsWrapAndFlowOn()
    {
        QStringList words;
        for (int i = 0; i < 420; ++i)
            words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString longText = words.join(QLatin1Char(' ')); // 2,519 characters: ~70 lines of the column
        const QString longWord =
            QStringLiteral("https://example.com/") + QString(120, QLatin1Char('x')) + QStringLiteral("/end");
        const Id id = addInvoice(3, [&](int row, InvoiceLine &l) {
            if (row == 1)
                l.description = longText;
            if (row == 2)
                l.description = QStringLiteral("Link:\n") + longWord; // the figures stand beside "Link:"
        });
        const QString pdf = writePdf(id);
        const QStringList texts = pdfPageTexts(pdf);
        QCOMPARE(texts.size(), pdfPages(pdf));
        QVERIFY(texts.size() >= 2);
        const QString all = texts.join(QLatin1Char('\n'));
        for (const QString &word : words)
            QCOMPARE(occurrences(all, word), 1);
        QVERIFY(texts.first().contains(words.first()));
        QVERIFY(texts.at(1).contains(words.last()));
        QString squeezed = all;
        squeezed.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(squeezed.contains(longWord), qPrintable(all));
    }

    // A reverse-charge rate prints the wording the law asks for, once, under the totals.
    void reverseChargeSaysSo()
    {
        const Id id = addInvoice(2, [](int row, InvoiceLine &l) {
            l.taxCode = row == 0 ? QStringLiteral("DRC20") : QStringLiteral("VAT20");
            l.taxRate = Percent::fromWhole(row == 0 ? 0 : 20);
        });
        const QString all = pdfPageTexts(writePdf(id)).join(QLatin1Char('\n'));
        QCOMPARE(int(all.count(InvoiceRenderer::reverseChargeNote())), 1);
        QVERIFY(all.indexOf(InvoiceRenderer::reverseChargeNote()) >
                all.indexOf(QStringLiteral("VAT summary")));
        QVERIFY(all.contains(QStringLiteral("Domestic reverse charge 20%")));
    }

    // The letterhead's logo is an image in the PDF, on page 1 only; without a logo there is none.
    void theLogoIsInThePdf()
    {
        const Id id = addInvoice(70, {});
        auto images = [](const QString &pdf) {
            // pdfimages -list: two heading lines, then one line per image with its page number first.
            QStringList rows = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
            QList<int> pages;
            for (const QString &row : rows)
                pages << row.simplified().section(QLatin1Char(' '), 0, 0).toInt();
            return pages;
        };
        QCOMPARE(images(writePdf(id)), QList<int>());

        SettingsStore settings(*m_db);
        BusinessProfile business = settings.businessProfile();
        business.logoPng = logoPng();
        QVERIFY(settings.setBusinessProfile(business).ok());
        const auto restore = qScopeGuard([&] {
            business.logoPng.clear();
            QVERIFY(settings.setBusinessProfile(business).ok());
        });
        QCOMPARE(images(writePdf(id)), QList<int>{1});
    }

    // Print and the screenshot draw the same pages as the PDF: one layout, whatever the device.
    void everyDeviceGetsTheSamePages()
    {
        const Id id = addInvoice(70, {});
        auto doc = InvoiceRenderer::load(*m_db, id);
        QVERIFY(doc.ok());
        QCOMPARE(InvoiceRenderer::pageCount(*doc), pdfPages(writePdf(id)));
        // US Letter is shorter than A4: more pages, never fewer lines on them.
        QVERIFY(InvoiceRenderer::pageCount(*doc, 595.0 * 11 / 8.5) >= InvoiceRenderer::pageCount(*doc));
        const QImage first = InvoiceRenderer::renderImage(*doc, 600, 0);
        const QImage third = InvoiceRenderer::renderImage(*doc, 600, 2);
        QVERIFY(!first.isNull() && !third.isNull());
        QVERIFY(first != third);
    }

    // Printing goes through the same pages (here to a PDF printer, as "Print to file" does), all of them or
    // the range chosen in the print dialog.
    void printingPrintsEveryPageOrTheChosenRange()
    {
        const Id id = addInvoice(70, {});
        const QString all = m_dir.filePath(QStringLiteral("printed-all.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(all);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QVERIFY(InvoicePrinter::print(*m_db, id, printer).ok());
        // The printer's margins leave a sheet of other proportions than the PDF's full page: the layout
        // follows it.
        auto doc = InvoiceRenderer::load(*m_db, id);
        QVERIFY(doc.ok());
        const QRectF paper = printer.pageLayout().paintRect(QPageLayout::Point);
        const int pages = InvoiceRenderer::pageCount(*doc, 595.0 * paper.height() / paper.width());
        QVERIFY(pages >= 3);
        QCOMPARE(pdfPages(all), pages);
        const QStringList texts = pdfPageTexts(all);
        QCOMPARE(texts.size(), pages);
        QVERIFY(texts.last().contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(texts.last().contains(QStringLiteral("How to pay")));

        const QString range = m_dir.filePath(QStringLiteral("printed-range.pdf"));
        QPrinter some(QPrinter::HighResolution);
        some.setOutputFormat(QPrinter::PdfFormat);
        some.setOutputFileName(range);
        some.setPageSize(QPageSize(QPageSize::A4));
        some.setPrintRange(QPrinter::PageRange);
        some.setFromTo(2, 3);
        QVERIFY(InvoicePrinter::print(*m_db, id, some).ok());
        const QStringList chosen = pdfPageTexts(range);
        QCOMPARE(chosen.size(), 2);
        QVERIFY(chosen.at(0).contains(QStringLiteral("Page 2 of %1").arg(pages)));
        QVERIFY(chosen.at(1).contains(QStringLiteral("Page 3 of %1").arg(pages)));
    }

private:
    Id addInvoice(int lines, const std::function<void(int, InvoiceLine &)> &adjust)
    {
        Invoice inv;
        inv.customerId = m_customer;
        inv.issueDate = QDate(2026, 11, 2);
        inv.dueDate = QDate(2026, 12, 2);
        inv.reference = QStringLiteral("Job 77");
        for (int row = 0; row < lines; ++row) {
            InvoiceLine l;
            l.description = description(row);
            l.quantity = Quantity::fromWhole(1 + row % 4);
            l.unitPrice = UnitPrice::fromUnits(UnitPrice::scale * (7 + row % 11) + 1700 * row);
            l.taxCode = QStringLiteral("VAT20");
            l.taxRate = Percent::fromWhole(20);
            if (adjust)
                adjust(row, l);
            inv.lines << l;
        }
        auto id = InvoiceStore(*m_db).add(inv);
        if (!id)
            qFatal("cannot add the invoice: %s", qPrintable(id.error().message));
        auto approved = InvoiceStore(*m_db).approve(*id);
        if (!approved)
            qFatal("cannot approve the invoice: %s", qPrintable(approved.error().message));
        return *id;
    }

    QString writePdf(Id id)
    {
        const QString path = m_dir.filePath(QStringLiteral("invoice-%1.pdf").arg(++m_files));
        const Status st = InvoiceRenderer::writePdf(*m_db, id, path);
        if (!st)
            qFatal("cannot write the PDF: %s", qPrintable(st.error().message));
        return path;
    }

    test::TempDatabase m_db;
    QTemporaryDir m_dir;
    Id m_customer = 0;
    int m_files = 0;
};

QTEST_MAIN(TestInvoicePdf)
#include "tst_invoicepdf.moc"
