#include "invoiceprinter.h"

#include "render/invoicerenderer.h"

#include <QPainter>
#include <QPrinter>

namespace billhook {

Status InvoicePrinter::print(Database &db, Id invoiceId, QPrinter &printer)
{
    auto doc = InvoiceRenderer::load(db, invoiceId);
    if (!doc)
        return doc.error();
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::make(Error::Code::Invalid, tr("The printer could not be started."));
    const QRect paintRect = printer.pageLayout().paintRectPixels(printer.resolution());
    const bool range = printer.printRange() == QPrinter::PageRange;
    InvoiceRenderer::paintPages(painter, printer, QRectF(paintRect.translated(-paintRect.topLeft())), *doc,
                                range ? printer.fromPage() : 1, range ? printer.toPage() : 0);
    painter.end();
    return {};
}

} // namespace billhook
