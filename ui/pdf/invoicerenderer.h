#pragma once

#include "core/entities.h"
#include "storage/settingsstore.h"

#include <QCoreApplication>
#include <QImage>

class QPainter;
class QPrinter;

namespace billhook {

class Database;

// Draws an invoice with QPainter, in-process: the same code writes the PDF, prints, and renders the
// screenshot, so what the user previews is what the customer receives.
class InvoiceRenderer
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRenderer)
public:
    struct Document
    {
        Invoice invoice;
        Customer customer;
        BusinessProfile business;
    };
    static Result<Document> load(Database &db, Id invoiceId);

    // Paints one A4 page into `page` (device units); `dpi` scales fonts and lines.
    static void paint(QPainter &painter, const QRectF &page, const Document &doc);
    static Status writePdf(Database &db, Id invoiceId, const QString &path);
    static Status print(Database &db, Id invoiceId, QPrinter &printer);
    static QImage renderImage(const Document &doc, int widthPixels);
    static QString suggestedFileName(const Invoice &invoice);
};

} // namespace billhook
