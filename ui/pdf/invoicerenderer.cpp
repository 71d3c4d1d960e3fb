#include "invoicerenderer.h"

#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "ui/common/moneyformat.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>

namespace billhook {

namespace {
// Layout in "points" of a 595 x 842 A4 page, scaled to the device.
constexpr qreal kPageWidth = 595.0;
constexpr qreal kPageHeight = 842.0;
constexpr qreal kMargin = 48.0;
} // namespace

Result<InvoiceRenderer::Document> InvoiceRenderer::load(Database &db, Id invoiceId)
{
    auto inv = InvoiceStore(db).get(invoiceId);
    if (!inv)
        return inv.error();
    auto customer = CustomerStore(db).get(inv->customerId);
    if (!customer)
        return customer.error();
    return Document{*inv, *customer, SettingsStore(db).businessProfile()};
}

QString InvoiceRenderer::suggestedFileName(const Invoice &invoice)
{
    QString number = invoice.number.isEmpty() ? tr("draft") : invoice.number;
    number.replace(QLatin1Char('/'), QLatin1Char('-'));
    return tr("Invoice %1.pdf").arg(number);
}

void InvoiceRenderer::paint(QPainter &painter, const QRectF &page, const Document &doc)
{
    painter.save();
    painter.translate(page.topLeft());
    const qreal scale = page.width() / kPageWidth;
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(0, 0, kPageWidth, kPageHeight), Qt::white);
    painter.setPen(Qt::black);

    const Invoice &inv = doc.invoice;
    const QLocale locale;
    auto font = [&](qreal points, bool bold = false) {
        QFont f(QStringLiteral("Sans Serif"));
        f.setBold(bold);
        // Sized in page units (points), which the painter's scale maps onto any device resolution.
        f.setPixelSize(qMax(1, int(points)));
        painter.setFont(f);
    };
    const qreal right = kPageWidth - kMargin;
    const qreal contentWidth = right - kMargin;
    qreal y = kMargin;

    // Business block, top left; logo top right.
    if (!doc.business.logoPng.isEmpty()) {
        QImage logo;
        if (logo.loadFromData(doc.business.logoPng)) {
            const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(140, 60), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(QPointF(right - size.width(), y), size), logo);
        }
    }
    font(16, true);
    painter.drawText(QRectF(kMargin, y, contentWidth * 0.6, 22), Qt::AlignLeft | Qt::AlignVCenter,
                     doc.business.name.isEmpty() ? tr("Your business name") : doc.business.name);
    y += 24;
    font(9);
    QStringList businessLines = doc.business.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &extra : {doc.business.phone, doc.business.email})
        if (!extra.isEmpty())
            businessLines << extra;
    if (!doc.business.taxNumber.isEmpty())
        businessLines << tr("Tax number: %1").arg(doc.business.taxNumber);
    for (const QString &line : businessLines) {
        painter.drawText(QRectF(kMargin, y, contentWidth * 0.6, 13), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += 13;
    }
    y = qMax(y, kMargin + 80) + 16;

    font(22, true);
    painter.drawText(QRectF(kMargin, y, contentWidth, 28), Qt::AlignLeft | Qt::AlignVCenter,
                     inv.status == InvoiceStatus::Draft ? tr("DRAFT INVOICE") : tr("INVOICE"));
    y += 38;

    // Bill-to on the left, invoice facts on the right.
    const qreal blockTop = y;
    font(9, true);
    painter.drawText(QRectF(kMargin, y, 250, 13), Qt::AlignLeft, tr("Bill to"));
    y += 14;
    font(9);
    QStringList customerLines{doc.customer.name};
    if (!doc.customer.contactPerson.isEmpty())
        customerLines << doc.customer.contactPerson;
    customerLines += doc.customer.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : customerLines) {
        painter.drawText(QRectF(kMargin, y, 250, 13), Qt::AlignLeft, line);
        y += 13;
    }
    qreal fy = blockTop;
    const QList<QPair<QString, QString>> facts = {
        {tr("Invoice number"), inv.number.isEmpty() ? tr("(draft)") : inv.number},
        {tr("Invoice date"), locale.toString(inv.issueDate, QLocale::ShortFormat)},
        {tr("Due date"), locale.toString(inv.dueDate, QLocale::ShortFormat)},
        {tr("Reference"), inv.reference},
    };
    for (const auto &fact : facts) {
        if (fact.second.isEmpty())
            continue;
        font(9, true);
        painter.drawText(QRectF(right - 230, fy, 110, 13), Qt::AlignLeft, fact.first);
        font(9);
        painter.drawText(QRectF(right - 120, fy, 120, 13), Qt::AlignRight, fact.second);
        fy += 14;
    }
    y = qMax(y, fy) + 20;

    // Line items.
    const qreal colQty = right - 250, colPrice = right - 190, colDisc = right - 130, colTax = right - 90;
    font(9, true);
    painter.fillRect(QRectF(kMargin, y, contentWidth, 18), QColor(0xee, 0xf1, 0xf5));
    painter.drawText(QRectF(kMargin + 4, y, colQty - kMargin - 8, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Description"));
    painter.drawText(QRectF(colQty, y, 55, 18), Qt::AlignRight | Qt::AlignVCenter, tr("Qty"));
    painter.drawText(QRectF(colPrice, y, 58, 18), Qt::AlignRight | Qt::AlignVCenter, tr("Price"));
    painter.drawText(QRectF(colDisc, y, 38, 18), Qt::AlignRight | Qt::AlignVCenter, tr("Disc."));
    painter.drawText(QRectF(colTax, y, 36, 18), Qt::AlignRight | Qt::AlignVCenter, tr("Tax"));
    painter.drawText(QRectF(right - 54, y, 50, 18), Qt::AlignRight | Qt::AlignVCenter, tr("Amount"));
    y += 22;
    font(9);
    for (const InvoiceLine &l : inv.lines) {
        const QRectF descRect(kMargin + 4, y, colQty - kMargin - 12, 1000);
        const QRectF bounds = painter.boundingRect(descRect, Qt::AlignLeft | Qt::TextWordWrap, l.description);
        const qreal h = qMax<qreal>(14, bounds.height());
        painter.drawText(descRect, Qt::AlignLeft | Qt::TextWordWrap, l.description);
        painter.drawText(QRectF(colQty, y, 55, 14), Qt::AlignRight,
                         MoneyFormat::quantity(l.quantity, locale));
        painter.drawText(QRectF(colPrice, y, 58, 14), Qt::AlignRight,
                         MoneyFormat::decimal(l.unitPrice.units(), UnitPrice::places, 2, locale));
        painter.drawText(QRectF(colDisc, y, 38, 14), Qt::AlignRight,
                         l.discount.isZero() ? QString()
                                             : MoneyFormat::percent(l.discount, locale) + QLatin1Char('%'));
        painter.drawText(QRectF(colTax, y, 36, 14), Qt::AlignRight,
                         MoneyFormat::percent(l.taxRate, locale) + QLatin1Char('%'));
        painter.drawText(QRectF(right - 64, y, 60, 14), Qt::AlignRight,
                         MoneyFormat::decimal(l.lineAmount.units(), 2, 2, locale));
        y += h + 6;
        painter.setPen(QColor(0xdd, 0xdd, 0xdd));
        painter.drawLine(QPointF(kMargin, y - 3), QPointF(right, y - 3));
        painter.setPen(Qt::black);
    }
    y += 10;

    // Totals.
    auto totalRow = [&](const QString &label, Money amount, bool bold) {
        font(bold ? 11 : 9, bold);
        painter.drawText(QRectF(right - 260, y, 150, 16), Qt::AlignRight | Qt::AlignVCenter, label);
        painter.drawText(QRectF(right - 110, y, 110, 16), Qt::AlignRight | Qt::AlignVCenter,
                         MoneyFormat::money(amount, inv.currency, locale));
        y += bold ? 20 : 16;
    };
    totalRow(inv.taxMode == TaxMode::Inclusive ? tr("Subtotal (excl. tax)") : tr("Subtotal"), inv.subtotal,
             false);
    totalRow(inv.taxMode == TaxMode::Inclusive ? tr("Includes tax") : tr("Tax"), inv.totalTax, false);
    totalRow(tr("Total"), inv.total, true);
    if (!inv.amountPaid.isZero()) {
        totalRow(tr("Paid"), inv.amountPaid, false);
        totalRow(tr("Amount due"), inv.amountDue(), true);
    }
    y += 20;

    // Payment terms and bank details at the foot.
    font(9, true);
    if (!doc.business.paymentTerms.isEmpty() || !doc.business.bankDetails.isEmpty()) {
        painter.drawText(QRectF(kMargin, y, contentWidth, 14), Qt::AlignLeft, tr("How to pay"));
        y += 16;
        font(9);
        const QString text = QStringList{doc.business.paymentTerms, doc.business.bankDetails}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral("\n"));
        painter.drawText(QRectF(kMargin, y, contentWidth, kPageHeight - y - kMargin),
                         Qt::AlignLeft | Qt::TextWordWrap, text);
    }
    if (inv.status == InvoiceStatus::Voided || inv.status == InvoiceStatus::Paid) {
        font(48, true);
        painter.setPen(inv.status == InvoiceStatus::Paid ? QColor(40, 160, 80, 90) : QColor(200, 40, 40, 90));
        painter.translate(kPageWidth / 2, kPageHeight / 2);
        painter.rotate(-30);
        painter.drawText(QRectF(-200, -40, 400, 80), Qt::AlignCenter,
                         inv.status == InvoiceStatus::Paid ? tr("PAID") : tr("VOID"));
    }
    painter.restore();
}

Status InvoiceRenderer::writePdf(Database &db, Id invoiceId, const QString &path)
{
    auto doc = load(db, invoiceId);
    if (!doc)
        return doc.error();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(tr("Invoice %1").arg(doc->invoice.number));
    writer.setCreator(QStringLiteral("Billhook"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(Error::Code::Invalid, tr("Could not write %1. Choose another folder.").arg(path));
    paint(painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), *doc);
    painter.end();
    return {};
}

Status InvoiceRenderer::print(Database &db, Id invoiceId, QPrinter &printer)
{
    auto doc = load(db, invoiceId);
    if (!doc)
        return doc.error();
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::make(Error::Code::Invalid, tr("The printer could not be started."));
    paint(painter,
          printer.pageLayout()
              .paintRectPixels(printer.resolution())
              .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()),
          *doc);
    painter.end();
    return {};
}

QImage InvoiceRenderer::renderImage(const Document &doc, int widthPixels)
{
    const int height = int(widthPixels * kPageHeight / kPageWidth);
    QImage image(widthPixels, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, widthPixels, height), doc);
    return image;
}

} // namespace billhook
