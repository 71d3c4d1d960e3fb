#include "invoicerenderer.h"

#include "core/taxsummary.h"
#include "render/moneyformat.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <functional>

namespace billhook {

namespace {
// Layout in "points" of a sheet 595 wide (A4), scaled to the device.
constexpr qreal kPageWidth = 595.0;
constexpr qreal kMargin = 48.0;
constexpr qreal kRight = kPageWidth - kMargin;
constexpr qreal kContentWidth = kRight - kMargin;
constexpr qreal kFooterHeight = 24.0;       // the rule and "Page N of M" under the body
constexpr qreal kContinuationHeight = 24.0; // the business and invoice number atop pages 2, 3...
constexpr qreal kColumnHeaderHeight = 22.0;
constexpr qreal kTextLine = 12.0; // one line of the table's 9-point text
constexpr qreal kRowPadding = 3.0;
// Line item columns (left edges) and the description's width.
constexpr qreal kColQty = kRight - 250, kColPrice = kRight - 190, kColDisc = kRight - 130,
                kColTax = kRight - 90;
constexpr qreal kDescLeft = kMargin + 4;
constexpr qreal kDescWidth = kColQty - kMargin - 12;
// The VAT summary's columns (left edges; the name fills the rest) and the totals' label and amount columns.
constexpr qreal kSumRate = kRight - 230, kSumNet = kRight - 170, kSumTax = kRight - 90;
constexpr qreal kTotalLabel = kRight - 264, kTotalAmount = kRight - 114;

QColor headerFill()
{
    return {0xee, 0xf1, 0xf5};
}

QColor ruleColour()
{
    return {0xdd, 0xdd, 0xdd};
}

QFont pageFont(int points, bool bold = false)
{
    QFont f(QStringLiteral("Sans Serif"));
    f.setBold(bold);
    // Sized in page units (points), which the painter's scale maps onto any device resolution. Unhinted, so
    // text measured once for the layout is as wide in the PDF, on the printer and on screen.
    f.setPixelSize(qMax(1, points));
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "fi" stays two letters, so the customer's PDF reader finds and copies the words as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// `text` broken into lines no wider than `width`: at word boundaries, or anywhere in a word longer than the
// width, so that nothing is ever cut off. Line breaks in the text are kept.
QStringList wrapText(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QString trimmed = text;
    while (!trimmed.isEmpty() && trimmed.back().isSpace())
        trimmed.chop(1);
    for (const QString &paragraph : trimmed.split(QLatin1Char('\n'))) {
        const qsizetype before = lines.size();
        QTextLayout layout(paragraph, font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            QString piece = paragraph.mid(line.textStart(), line.textLength());
            while (!piece.isEmpty() && piece.back().isSpace())
                piece.chop(1);
            lines << piece;
        }
        layout.endLayout();
        if (lines.size() == before)
            lines << QString(); // an empty line keeps its place
    }
    return lines;
}

using Document = InvoiceRenderer::Document;

// One strip of a page that is never split: a line of a description, a total, a row of the VAT summary.
struct Slice
{
    qreal height = 0;
    std::function<void(QPainter &, qreal top)> paint;
};

// Slices kept on one page when they fit on a fresh one (a line item, the totals, the payment details).
struct Block
{
    qreal spaceBefore = 0; // dropped at the top of a page
    QList<Slice> slices;

    qreal height() const
    {
        qreal h = 0;
        for (const Slice &s : slices)
            h += s.height;
        return h;
    }
};

struct Placement
{
    qsizetype block = 0;
    qsizetype slice = 0;
    qreal top = 0;
};

// The invoice laid out on pages of one height; painting a page draws it in page points.
class Pages
{
public:
    Pages(const Document &doc, qreal pageHeight)
        : m_doc(doc)
        , m_pageHeight(pageHeight)
    {
        m_firstBodyTop = letterhead(nullptr) + kColumnHeaderHeight;
        addLines();
        addTotals();
        addPaymentDetails();
        paginate();
    }
    Pages(const Pages &) = delete;
    Pages &operator=(const Pages &) = delete;

    int count() const { return int(m_pages.size()); }

    void paint(QPainter &painter, int index) const
    {
        painter.fillRect(QRectF(0, 0, kPageWidth, m_pageHeight), Qt::white);
        painter.setPen(Qt::black);
        columnHeader(painter, index == 0 ? letterhead(&painter) : continuationHeader(painter));
        for (const Placement &p : m_pages.at(index))
            m_blocks.at(p.block).slices.at(p.slice).paint(painter, p.top);
        footer(painter, index);
        stamp(painter);
    }

private:
    qreal bodyBottom() const { return m_pageHeight - kMargin - kFooterHeight; }
    static qreal continuationBodyTop() { return kMargin + kContinuationHeight + kColumnHeaderHeight; }
    QString number() const
    {
        return m_doc.invoice.number.isEmpty() ? InvoiceRenderer::tr("(draft)") : m_doc.invoice.number;
    }
    QString money(Money amount) const { return MoneyFormat::money(amount, m_doc.invoice.currency, m_locale); }

    // Page 1's head: the business and its logo, the title, whom it is for and the invoice's facts. Measures
    // without a painter; returns where the column header goes.
    qreal letterhead(QPainter *painter) const
    {
        const Invoice &inv = m_doc.invoice;
        const BusinessProfile &business = m_doc.business;
        auto text = [painter](const QRectF &rect, int flags, const QString &s, const QFont &font) {
            if (!painter)
                return;
            painter->setFont(font);
            painter->drawText(rect, flags, s);
        };
        qreal y = kMargin;
        if (painter && !business.logoPng.isEmpty()) {
            QImage logo;
            if (logo.loadFromData(business.logoPng)) {
                const QSizeF size = QSizeF(logo.size()).scaled(QSizeF(140, 60), Qt::KeepAspectRatio);
                painter->drawImage(QRectF(QPointF(kRight - size.width(), y), size), logo);
            }
        }
        text(QRectF(kMargin, y, kContentWidth * 0.6, 22), Qt::AlignLeft | Qt::AlignVCenter,
             business.name.isEmpty() ? InvoiceRenderer::tr("Your business name") : business.name,
             pageFont(16, true));
        y += 24;
        QStringList businessLines = business.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &extra : {business.phone, business.email})
            if (!extra.isEmpty())
                businessLines << extra;
        if (!business.taxNumber.isEmpty())
            businessLines << InvoiceRenderer::tr("Tax number: %1").arg(business.taxNumber);
        for (const QString &line : businessLines) {
            text(QRectF(kMargin, y, kContentWidth * 0.6, 13), Qt::AlignLeft | Qt::AlignVCenter, line,
                 pageFont(9));
            y += 13;
        }
        y = qMax(y, kMargin + 80) + 16;

        text(QRectF(kMargin, y, kContentWidth, 28), Qt::AlignLeft | Qt::AlignVCenter,
             inv.status == InvoiceStatus::Draft ? InvoiceRenderer::tr("DRAFT INVOICE")
                                                : InvoiceRenderer::tr("INVOICE"),
             pageFont(22, true));
        y += 38;

        // Bill-to on the left, invoice facts on the right.
        const qreal blockTop = y;
        text(QRectF(kMargin, y, 250, 13), Qt::AlignLeft, InvoiceRenderer::tr("Bill to"), pageFont(9, true));
        y += 14;
        QStringList customerLines{m_doc.customer.name};
        if (!m_doc.customer.contactPerson.isEmpty())
            customerLines << m_doc.customer.contactPerson;
        customerLines += m_doc.customer.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : customerLines) {
            text(QRectF(kMargin, y, 250, 13), Qt::AlignLeft, line, pageFont(9));
            y += 13;
        }
        qreal fy = blockTop;
        const QList<QPair<QString, QString>> facts = {
            {InvoiceRenderer::tr("Invoice number"), number()},
            {InvoiceRenderer::tr("Invoice date"), m_locale.toString(inv.issueDate, QLocale::ShortFormat)},
            {InvoiceRenderer::tr("Due date"), m_locale.toString(inv.dueDate, QLocale::ShortFormat)},
            {InvoiceRenderer::tr("Reference"), inv.reference},
        };
        for (const auto &fact : facts) {
            if (fact.second.isEmpty())
                continue;
            text(QRectF(kRight - 230, fy, 110, 13), Qt::AlignLeft, fact.first, pageFont(9, true));
            text(QRectF(kRight - 120, fy, 120, 13), Qt::AlignRight, fact.second, pageFont(9));
            fy += 14;
        }
        return qMax(y, fy) + 20;
    }

    // Pages 2, 3...: whose invoice this is, in one line. Returns where the column header goes.
    qreal continuationHeader(QPainter &painter) const
    {
        painter.setFont(pageFont(9, true));
        painter.drawText(QRectF(kMargin, kMargin, kContentWidth * 0.6, 14), Qt::AlignLeft | Qt::AlignVCenter,
                         m_doc.business.name);
        painter.setFont(pageFont(9));
        painter.drawText(QRectF(kRight - 200, kMargin, 200, 14), Qt::AlignRight | Qt::AlignVCenter,
                         InvoiceRenderer::tr("Invoice %1").arg(number()));
        return kMargin + kContinuationHeight;
    }

    void columnHeader(QPainter &painter, qreal y) const
    {
        painter.setFont(pageFont(9, true));
        painter.fillRect(QRectF(kMargin, y, kContentWidth, 18), headerFill());
        const int flags = Qt::AlignRight | Qt::AlignVCenter;
        painter.drawText(QRectF(kDescLeft, y, kDescWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                         InvoiceRenderer::tr("Description"));
        painter.drawText(QRectF(kColQty, y, 55, 18), flags, InvoiceRenderer::tr("Qty"));
        painter.drawText(QRectF(kColPrice, y, 58, 18), flags, InvoiceRenderer::tr("Price"));
        painter.drawText(QRectF(kColDisc, y, 38, 18), flags, InvoiceRenderer::tr("Disc."));
        painter.drawText(QRectF(kColTax, y, 36, 18), flags, InvoiceRenderer::tr("Tax"));
        painter.drawText(QRectF(kRight - 64, y, 60, 18), flags, InvoiceRenderer::tr("Amount"));
    }

    void footer(QPainter &painter, int index) const
    {
        const qreal y = m_pageHeight - kMargin - 14;
        painter.setPen(ruleColour());
        painter.drawLine(QPointF(kMargin, y - 4), QPointF(kRight, y - 4));
        painter.setPen(Qt::black);
        painter.setFont(pageFont(8));
        painter.drawText(QRectF(kMargin, y, kContentWidth * 0.6, 14), Qt::AlignLeft | Qt::AlignVCenter,
                         InvoiceRenderer::tr("Invoice %1").arg(number()));
        painter.drawText(QRectF(kRight - 150, y, 150, 14), Qt::AlignRight | Qt::AlignVCenter,
                         InvoiceRenderer::tr("Page %1 of %2").arg(index + 1).arg(count()));
    }

    void stamp(QPainter &painter) const
    {
        const InvoiceStatus status = m_doc.invoice.status;
        if (status != InvoiceStatus::Voided && status != InvoiceStatus::Paid)
            return;
        painter.save();
        painter.setFont(pageFont(48, true));
        painter.setPen(status == InvoiceStatus::Paid ? QColor(40, 160, 80, 90) : QColor(200, 40, 40, 90));
        painter.translate(kPageWidth / 2, m_pageHeight / 2);
        painter.rotate(-30);
        painter.drawText(QRectF(-200, -40, 400, 80), Qt::AlignCenter,
                         status == InvoiceStatus::Paid ? InvoiceRenderer::tr("PAID")
                                                       : InvoiceRenderer::tr("VOID"));
        painter.restore();
    }

    // One block per line item: its description's lines, the figures beside the first, a rule under the last.
    void addLines()
    {
        const QFont font = pageFont(9);
        for (const InvoiceLine &l : m_doc.invoice.lines) {
            const QStringList text = wrapText(l.description, font, kDescWidth);
            Block block;
            for (qsizetype t = 0; t < text.size(); ++t) {
                const bool first = t == 0, last = t == text.size() - 1;
                Slice slice;
                slice.height = kTextLine + (first ? kRowPadding : 0) + (last ? kRowPadding : 0);
                slice.paint = [this, l, font, line = text.at(t), first, last,
                               h = slice.height](QPainter &painter, qreal top) {
                    const qreal y = top + (first ? kRowPadding : 0);
                    painter.setFont(font);
                    painter.setPen(Qt::black);
                    painter.drawText(QRectF(kDescLeft, y, kDescWidth + 4, kTextLine),
                                     Qt::AlignLeft | Qt::AlignVCenter, line);
                    if (first) {
                        const int flags = Qt::AlignRight | Qt::AlignVCenter;
                        painter.drawText(QRectF(kColQty, y, 55, kTextLine), flags,
                                         MoneyFormat::quantity(l.quantity, m_locale));
                        painter.drawText(
                            QRectF(kColPrice, y, 58, kTextLine), flags,
                            MoneyFormat::decimal(l.unitPrice.units(), UnitPrice::places, 2, m_locale));
                        painter.drawText(QRectF(kColDisc, y, 38, kTextLine), flags,
                                         l.discount.isZero()
                                             ? QString()
                                             : MoneyFormat::percent(l.discount, m_locale) + QLatin1Char('%'));
                        painter.drawText(QRectF(kColTax, y, 36, kTextLine), flags,
                                         MoneyFormat::percent(l.taxRate, m_locale) + QLatin1Char('%'));
                        painter.drawText(QRectF(kRight - 64, y, 60, kTextLine), flags,
                                         MoneyFormat::decimal(l.lineAmount.units(), 2, 2, m_locale));
                    }
                    if (last) {
                        painter.setPen(ruleColour());
                        painter.drawLine(QPointF(kMargin, top + h - 0.5), QPointF(kRight, top + h - 0.5));
                        painter.setPen(Qt::black);
                    }
                };
                block.slices << slice;
            }
            m_blocks << block;
        }
    }

    std::optional<TaxRate> rateFor(const QString &code) const
    {
        if (code.isEmpty())
            return std::nullopt;
        for (const TaxRate &r : m_doc.taxRates)
            if (r.code == code)
                return r;
        return std::nullopt;
    }

    // The totals, the VAT summary by rate and the reverse-charge wording: one block, after the last line.
    void addTotals()
    {
        const Invoice &inv = m_doc.invoice;
        Block block;
        block.spaceBefore = 10;
        auto totalRow = [&](const QString &label, Money amount, bool bold) {
            Slice slice;
            slice.height = bold ? 20 : 16;
            slice.paint = [label, text = money(amount), bold](QPainter &painter, qreal top) {
                painter.setFont(pageFont(bold ? 11 : 9, bold));
                painter.drawText(QRectF(kTotalLabel, top, 150, 16), Qt::AlignRight | Qt::AlignVCenter, label);
                painter.drawText(QRectF(kTotalAmount, top, 110, 16), Qt::AlignRight | Qt::AlignVCenter, text);
            };
            block.slices << slice;
        };
        const bool inclusive = inv.taxMode == TaxMode::Inclusive;
        totalRow(inclusive ? InvoiceRenderer::tr("Subtotal (excl. tax)") : InvoiceRenderer::tr("Subtotal"),
                 inv.subtotal, false);
        totalRow(inclusive ? InvoiceRenderer::tr("Includes tax") : InvoiceRenderer::tr("Tax"), inv.totalTax,
                 false);
        totalRow(InvoiceRenderer::tr("Total"), inv.total, true);
        if (!inv.amountPaid.isZero()) {
            totalRow(InvoiceRenderer::tr("Paid"), inv.amountPaid, false);
            totalRow(InvoiceRenderer::tr("Amount due"), inv.amountDue(), true);
        }

        const QList<TaxRateTotal> summary = taxSummary(inv);
        bool reverseCharge = false;
        if (!summary.isEmpty()) {
            block.slices << Slice{12, [](QPainter &, qreal) {}};
            block.slices << Slice{
                20, [](QPainter &painter, qreal top) {
                    painter.setFont(pageFont(9, true));
                    painter.fillRect(QRectF(kMargin, top, kContentWidth, 18), headerFill());
                    const int flags = Qt::AlignRight | Qt::AlignVCenter;
                    painter.drawText(QRectF(kDescLeft, top, kSumRate - kDescLeft - 8, 18),
                                     Qt::AlignLeft | Qt::AlignVCenter, InvoiceRenderer::tr("VAT summary"));
                    painter.drawText(QRectF(kSumRate, top, 56, 18), flags, InvoiceRenderer::tr("Rate"));
                    painter.drawText(QRectF(kSumNet, top, 76, 18), flags, InvoiceRenderer::tr("Net"));
                    painter.drawText(QRectF(kSumTax, top, 86, 18), flags, InvoiceRenderer::tr("VAT"));
                }};
            for (const TaxRateTotal &row : summary) {
                const auto rate = rateFor(row.taxCode);
                reverseCharge |= rate && isDomesticReverseCharge(*rate);
                const QString percent = MoneyFormat::percent(row.rate, m_locale) + QLatin1Char('%');
                const QString name = rate && !rate->name.isEmpty() ? rate->name
                                     : !row.taxCode.isEmpty()      ? row.taxCode
                                                              : InvoiceRenderer::tr("Tax at %1").arg(percent);
                block.slices << Slice{
                    kTextLine + 2,
                    [name, percent, net = MoneyFormat::decimal(row.net.units(), 2, 2, m_locale),
                     tax = MoneyFormat::decimal(row.tax.units(), 2, 2, m_locale)](QPainter &painter,
                                                                                  qreal top) {
                        painter.setFont(pageFont(9));
                        const int flags = Qt::AlignRight | Qt::AlignVCenter;
                        const qreal nameWidth = kSumRate - kDescLeft - 8;
                        painter.drawText(
                            QRectF(kDescLeft, top, nameWidth, kTextLine + 2),
                            Qt::AlignLeft | Qt::AlignVCenter,
                            painter.fontMetrics().elidedText(name, Qt::ElideRight, int(nameWidth)));
                        painter.drawText(QRectF(kSumRate, top, 56, kTextLine + 2), flags, percent);
                        painter.drawText(QRectF(kSumNet, top, 76, kTextLine + 2), flags, net);
                        painter.drawText(QRectF(kSumTax, top, 86, kTextLine + 2), flags, tax);
                    }};
            }
        }
        if (reverseCharge) {
            block.slices << Slice{8, [](QPainter &, qreal) {}};
            const QFont font = pageFont(9, true);
            for (const QString &line :
                 wrapText(InvoiceRenderer::reverseChargeNote(), font, kContentWidth - 8)) {
                block.slices << Slice{kTextLine + 1, [font, line](QPainter &painter, qreal top) {
                                          painter.setFont(font);
                                          painter.drawText(
                                              QRectF(kDescLeft, top, kContentWidth - 4, kTextLine + 1),
                                              Qt::AlignLeft | Qt::AlignVCenter, line);
                                      }};
            }
        }
        m_blocks << block;
    }

    // "How to pay": the payment terms and bank details, moved whole to the next page when they do not fit.
    void addPaymentDetails()
    {
        const BusinessProfile &business = m_doc.business;
        QStringList parts;
        for (const QString &part : {business.paymentTerms, business.bankDetails})
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        if (parts.isEmpty())
            return;
        Block block;
        block.spaceBefore = 20;
        block.slices << Slice{16, [](QPainter &painter, qreal top) {
                                  painter.setFont(pageFont(9, true));
                                  painter.drawText(QRectF(kMargin, top, kContentWidth, 14),
                                                   Qt::AlignLeft | Qt::AlignVCenter,
                                                   InvoiceRenderer::tr("How to pay"));
                              }};
        const QFont font = pageFont(9);
        for (const QString &line : wrapText(parts.join(QLatin1Char('\n')), font, kContentWidth)) {
            block.slices << Slice{kTextLine + 1, [font, line](QPainter &painter, qreal top) {
                                      painter.setFont(font);
                                      painter.drawText(QRectF(kMargin, top, kContentWidth + 4, kTextLine + 1),
                                                       Qt::AlignLeft | Qt::AlignVCenter, line);
                                  }};
        }
        m_blocks << block;
    }

    // Fills pages top to bottom. A block that does not fit in what is left of a page starts the next one,
    // unless it is taller than a whole page: then it fills this page and flows on, slice by slice.
    void paginate()
    {
        const qreal bottom = bodyBottom();
        const qreal freshPage = bottom - continuationBodyTop();
        m_pages = {QList<Placement>()};
        qreal top = m_firstBodyTop;
        qreal y = top;
        const auto newPage = [&] {
            m_pages.append(QList<Placement>());
            top = y = continuationBodyTop();
        };
        for (qsizetype b = 0; b < m_blocks.size(); ++b) {
            const Block &block = m_blocks.at(b);
            if (y > top)
                y += block.spaceBefore;
            if (y > top && y + block.height() > bottom && block.height() <= freshPage)
                newPage();
            for (qsizetype s = 0; s < block.slices.size(); ++s) {
                const qreal h = block.slices.at(s).height;
                if (y > top && y + h > bottom)
                    newPage();
                m_pages.last().append(Placement{b, s, y});
                y += h;
            }
        }
    }

    const Document &m_doc;
    const QLocale m_locale;
    const qreal m_pageHeight;
    qreal m_firstBodyTop = 0;
    QList<Block> m_blocks;
    QList<QList<Placement>> m_pages;
};

// Maps page points onto `page` (device units): scaled to its width, the sheet as tall as its proportions say.
struct PageTransform
{
    explicit PageTransform(const QRectF &page)
        : scale(page.width() / kPageWidth)
        , height(page.height() / scale)
    {}
    qreal scale;
    qreal height;
};

void paintOne(QPainter &painter, const QRectF &page, const Pages &pages, int index)
{
    const PageTransform transform(page);
    painter.save();
    painter.translate(page.topLeft());
    painter.scale(transform.scale, transform.scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    pages.paint(painter, qBound(0, index, pages.count() - 1));
    painter.restore();
}

} // namespace

Result<InvoiceRenderer::Document> InvoiceRenderer::load(Database &db, Id invoiceId)
{
    auto inv = InvoiceStore(db).get(invoiceId);
    if (!inv)
        return inv.error();
    auto customer = CustomerStore(db).get(inv->customerId);
    if (!customer)
        return customer.error();
    return Document{*inv, *customer, SettingsStore(db).businessProfile(),
                    ReferenceStore(db).taxRates(/*activeOnly=*/false)};
}

QString InvoiceRenderer::suggestedFileName(const Invoice &invoice)
{
    QString number = invoice.number.isEmpty() ? tr("draft") : invoice.number;
    number.replace(QLatin1Char('/'), QLatin1Char('-'));
    return tr("Invoice %1.pdf").arg(number);
}

QString InvoiceRenderer::reverseChargeNote()
{
    return tr("Reverse charge: customer to account to HMRC for the VAT");
}

int InvoiceRenderer::pageCount(const Document &doc, qreal pageHeight)
{
    return Pages(doc, pageHeight).count();
}

void InvoiceRenderer::paint(QPainter &painter, const QRectF &page, const Document &doc, int pageIndex)
{
    const Pages pages(doc, PageTransform(page).height);
    paintOne(painter, page, pages, pageIndex);
}

void InvoiceRenderer::paintPages(QPainter &painter, QPagedPaintDevice &device, const QRectF &page,
                                 const Document &doc, int fromPage, int toPage)
{
    const Pages pages(doc, PageTransform(page).height);
    const int first = qBound(1, fromPage, pages.count());
    const int last = toPage <= 0 ? pages.count() : qBound(first, toPage, pages.count());
    for (int number = first; number <= last; ++number) {
        if (number > first)
            device.newPage();
        paintOne(painter, page, pages, number - 1);
    }
}

Status InvoiceRenderer::writePdf(Database &db, Id invoiceId, const QString &path)
{
    auto doc = load(db, invoiceId);
    if (!doc)
        return doc.error();
    return writePdf(*doc, path);
}

Status InvoiceRenderer::writePdf(const Document &doc, const QString &path)
{
    QSaveFile file(path);
    const QString refused = tr("Could not write %1. Choose another folder.").arg(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Invalid, refused);
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(tr("Invoice %1").arg(doc.invoice.number));
    writer.setCreator(QStringLiteral("Billhook"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(Error::Code::Invalid, refused);
    paintPages(painter, writer, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), doc);
    if (!painter.end() || !file.commit())
        return Error::make(Error::Code::Invalid, refused);
    return {};
}

QImage InvoiceRenderer::renderImage(const Document &doc, int widthPixels, int pageIndex)
{
    const int height = int(widthPixels * a4Height / kPageWidth);
    QImage image(widthPixels, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(0, 0, widthPixels, height), doc, pageIndex);
    return image;
}

} // namespace billhook
