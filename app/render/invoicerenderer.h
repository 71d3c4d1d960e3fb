#pragma once

#include "core/entities.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QImage>

class QPagedPaintDevice;
class QPainter;

namespace billhook {

class Database;

// Draws an invoice with QPainter, in-process: the same code writes the PDF (the desktop's and
// billhook-cli's), prints (ui/pdf/invoiceprinter.h), and renders the screenshot, so what the user previews is
// what the customer receives. Only QtGui: the command line draws the same PDF without the widgets.
//
// The lines flow over as many pages as they need (a long description wraps, and a line moves whole to the
// next page unless it is taller than a page), the column header repeats on every page, and the totals, the
// VAT summary and the payment details follow the last line, each moved whole to a new page when it does not
// fit. Page 1 carries the letterhead; every page says "Page N of M".
class InvoiceRenderer
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRenderer)
public:
    struct Document
    {
        Invoice invoice;
        Customer customer;
        BusinessProfile business;
        QList<TaxRate> taxRates; // archived ones too: the VAT summary names the rates the lines used
    };
    static Result<Document> load(Database &db, Id invoiceId);

    // Pages are laid out on a sheet 595 points wide and `pageHeight` points tall (A4 is 595 × 842).
    static constexpr qreal a4Height = 842.0;
    static int pageCount(const Document &doc, qreal pageHeight = a4Height);
    // Paints page `pageIndex` (from 0) into `page` (device units), scaled to its width; the sheet's height
    // follows the rectangle's proportions.
    static void paint(QPainter &painter, const QRectF &page, const Document &doc, int pageIndex = 0);
    // Paints pages `fromPage`..`toPage` (from 1; 0 for the last) on `device`, a new sheet for each: the PDF
    // and the printer both go through here.
    static void paintPages(QPainter &painter, QPagedPaintDevice &device, const QRectF &page,
                           const Document &doc, int fromPage = 1, int toPage = 0);
    // Writes the whole PDF to `path`, or nothing: it is written beside it and renamed, so a failure never
    // leaves a partial file (nor spoils one already there).
    static Status writePdf(Database &db, Id invoiceId, const QString &path);
    static Status writePdf(const Document &doc, const QString &path);
    static QImage renderImage(const Document &doc, int widthPixels, int pageIndex = 0);
    static QString suggestedFileName(const Invoice &invoice);
    // The wording the law requires on an invoice whose lines are charged under the domestic reverse charge.
    static QString reverseChargeNote();
};

} // namespace billhook
