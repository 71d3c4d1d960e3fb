// How billhook-cli prints: JSON objects for --json, and the plain text of a customer or an invoice.
#include "cli.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace billhook {

void Cli::print(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject Cli::customerJson(const Customer &c) const
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("contact_person"), c.contactPerson},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("mobile"), c.mobile},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("contact_number"), c.contactNumber},
            {QStringLiteral("payment_terms_days"), c.paymentTermsDays},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("archived"), c.archived},
            {QStringLiteral("version"), c.version}};
}

QJsonObject Cli::invoiceJson(const Invoice &inv) const
{
    QJsonArray lines;
    for (const auto &l : inv.lines)
        lines.append(QJsonObject{{QStringLiteral("description"), l.description},
                                 {QStringLiteral("quantity"), l.quantity.toString(0)},
                                 {QStringLiteral("unit_price"), l.unitPrice.toString(2)},
                                 {QStringLiteral("discount_percent"), l.discount.toString(0)},
                                 {QStringLiteral("tax_code"), l.taxCode},
                                 {QStringLiteral("tax_rate"), l.taxRate.toString(0)},
                                 {QStringLiteral("account_code"), l.accountCode},
                                 {QStringLiteral("item_code"), l.itemCode},
                                 {QStringLiteral("line_amount"), l.lineAmount.toString()},
                                 {QStringLiteral("tax_amount"), l.taxAmount.toString()}});
    QJsonArray payments;
    for (const auto &p : inv.payments)
        payments.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                                    {QStringLiteral("amount"), p.amount.toString()},
                                    {QStringLiteral("reference"), p.reference},
                                    {QStringLiteral("source"), p.source}});
    return {{QStringLiteral("id"), inv.id},
            {QStringLiteral("uuid"), inv.uuid},
            {QStringLiteral("number"), inv.number},
            {QStringLiteral("status"), invoiceStatusKey(inv.status)},
            {QStringLiteral("overdue"), inv.isOverdue(QDate::currentDate())},
            {QStringLiteral("customer_id"), inv.customerId},
            {QStringLiteral("customer_name"), inv.customerName},
            {QStringLiteral("reference"), inv.reference},
            {QStringLiteral("date"), inv.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), inv.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("currency"), inv.currency},
            {QStringLiteral("tax_mode"), taxModeKey(inv.taxMode)},
            {QStringLiteral("subtotal"), inv.subtotal.toString()},
            {QStringLiteral("total_tax"), inv.totalTax.toString()},
            {QStringLiteral("total"), inv.total.toString()},
            {QStringLiteral("amount_paid"), inv.amountPaid.toString()},
            {QStringLiteral("amount_due"), inv.amountDue().toString()},
            {QStringLiteral("version"), inv.version},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("payments"), payments}};
}

void Cli::printCustomer(const Customer &c)
{
    if (m_json) {
        print(customerJson(c));
        return;
    }
    m_out << tr("Customer %1: %2").arg(c.id).arg(c.name) << (c.archived ? tr(" (archived)") : QString())
          << '\n';
    m_out << tr("  Contact number: %1").arg(c.contactNumber) << '\n';
    if (!c.contactPerson.isEmpty())
        m_out << tr("  Contact: %1").arg(c.contactPerson) << '\n';
    if (!c.email.isEmpty())
        m_out << tr("  Email: %1").arg(c.email) << '\n';
    if (!c.phone.isEmpty())
        m_out << tr("  Phone: %1").arg(c.phone) << '\n';
    if (!c.address.isEmpty())
        m_out << tr("  Address: %1").arg(QString(c.address).replace(u'\n', QStringLiteral(", "))) << '\n';
}

void Cli::printInvoice(const Invoice &inv)
{
    if (m_json) {
        print(invoiceJson(inv));
        return;
    }
    m_out
        << tr("Invoice %1 (id %2): %3").arg(inv.number).arg(inv.id).arg(invoiceStatusDisplayName(inv.status))
        << '\n';
    m_out << tr("  Customer: %1 (id %2)").arg(inv.customerName).arg(inv.customerId) << '\n';
    m_out << tr("  Date: %1  Due: %2")
                 .arg(inv.issueDate.toString(Qt::ISODate), inv.dueDate.toString(Qt::ISODate))
          << '\n';
    for (const auto &l : inv.lines)
        m_out << "  " << l.description << "  " << l.quantity.toString(0) << " x " << l.unitPrice.toString(2)
              << "  " << l.lineAmount.toString() << '\n';
    m_out << tr("  Subtotal %1  Tax %2  Total %3 %4")
                 .arg(inv.subtotal.toString(), inv.totalTax.toString(), inv.currency, inv.total.toString())
          << '\n';
    m_out << tr("  Paid %1  Due %2").arg(inv.amountPaid.toString(), inv.amountDue().toString()) << '\n';
    for (const auto &p : inv.payments)
        m_out << tr("  Payment %1: %2 on %3%4")
                     .arg(p.id)
                     .arg(p.amount.toString(), p.date.toString(Qt::ISODate),
                          p.reference.isEmpty() ? QString() : QStringLiteral("  ") + p.reference)
              << '\n';
}

} // namespace billhook
