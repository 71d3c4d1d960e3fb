#pragma once

#include "core/entities.h"

#include <QCoreApplication>

class QPrinter;

namespace billhook {

class Database;

// Prints an invoice: the pages of render/invoicerenderer.h on a QPrinter, which lives in QtPrintSupport (and
// so with the widgets), hence here and not in the render layer the command line links.
class InvoicePrinter
{
    Q_DECLARE_TR_FUNCTIONS(InvoicePrinter)
public:
    // Prints every page, or the range chosen in the print dialog.
    static Status print(Database &db, Id invoiceId, QPrinter &printer);
};

} // namespace billhook
