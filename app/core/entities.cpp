#include "entities.h"

#include <QRegularExpression>

namespace billhook {

void Invoice::recalculate()
{
    QList<LineInput> inputs;
    inputs.reserve(lines.size());
    for (const auto &l : lines)
        inputs.append({l.quantity, l.unitPrice, l.discount, l.taxRate});
    const Totals t = TaxCalculator::totals(inputs, taxMode);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        lines[i].lineAmount = t.lines[i].lineAmount;
        lines[i].taxAmount = t.lines[i].tax;
        lines[i].position = int(i);
    }
    subtotal = t.subtotal;
    totalTax = t.tax;
    total = t.total;
}

bool Validation::isValidEmail(const QString &email)
{
    // Deliberately plain: one @, a non-empty local part, a dotted domain, no spaces. What mail servers
    // accept is wider, but this catches the typos that matter (a missing @, a comma, a trailing dot).
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && re.match(email).hasMatch() && !email.contains(QStringLiteral(".."));
}

bool Validation::isValidCurrency(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    return re.match(code).hasMatch();
}

Status Validation::validate(const Customer &c)
{
    const QString name = c.name.trimmed();
    if (name.isEmpty())
        return Error::invalid(tr("Enter the customer's name."), QStringLiteral("name"));
    if (name.size() > 255)
        return Error::invalid(tr("The customer's name is too long (255 characters at most)."),
                              QStringLiteral("name"));
    if (!c.email.trimmed().isEmpty() && !isValidEmail(c.email.trimmed()))
        return Error::invalid(tr("\"%1\" is not a valid email address.").arg(c.email.trimmed()),
                              QStringLiteral("email"));
    if (c.contactNumber.size() > 50)
        return Error::invalid(tr("The contact number is too long (50 characters at most)."),
                              QStringLiteral("contact_number"));
    if (c.paymentTermsDays < -1 || c.paymentTermsDays > 365)
        return Error::invalid(tr("Payment terms must be between 0 and 365 days."),
                              QStringLiteral("payment_terms"));
    return {};
}

Status Validation::validate(const Invoice &inv)
{
    if (inv.customerId <= 0)
        return Error::invalid(tr("Choose a customer for the invoice."), QStringLiteral("customer"));
    if (!inv.issueDate.isValid())
        return Error::invalid(tr("Enter the invoice date."), QStringLiteral("date"));
    if (!inv.dueDate.isValid())
        return Error::invalid(tr("Enter the due date."), QStringLiteral("due_date"));
    if (inv.dueDate < inv.issueDate)
        return Error::invalid(tr("The due date cannot be before the invoice date."),
                              QStringLiteral("due_date"));
    if (!isValidCurrency(inv.currency))
        return Error::invalid(
            tr("\"%1\" is not a currency code. Use three capital letters, like GBP.").arg(inv.currency),
            QStringLiteral("currency"));
    if (inv.reference.size() > 255)
        return Error::invalid(tr("The reference is too long (255 characters at most)."),
                              QStringLiteral("reference"));
    if (inv.number.size() > 255)
        return Error::invalid(tr("The invoice number is too long (255 characters at most)."),
                              QStringLiteral("number"));
    if (inv.lines.isEmpty())
        return Error::invalid(tr("Add at least one line to the invoice."), QStringLiteral("lines"));
    for (qsizetype i = 0; i < inv.lines.size(); ++i) {
        const auto &l = inv.lines[i];
        const QString field = QStringLiteral("lines.%1").arg(i);
        const int row = int(i) + 1;
        if (l.description.trimmed().isEmpty())
            return Error::invalid(tr("Line %1 needs a description.").arg(row), field);
        if (l.description.size() > 4000)
            return Error::invalid(tr("Line %1's description is too long (4000 characters at most).").arg(row),
                                  field);
        if (l.quantity.isZero())
            return Error::invalid(tr("Line %1's quantity cannot be zero.").arg(row), field);
        if (l.discount.isNegative() || l.discount > Percent::fromWhole(100))
            return Error::invalid(tr("Line %1's discount must be between 0% and 100%.").arg(row), field);
        if (l.taxRate.isNegative() || l.taxRate > Percent::fromWhole(100))
            return Error::invalid(tr("Line %1's tax rate must be between 0% and 100%.").arg(row), field);
        constexpr std::int64_t limit = Money::maxUnits;
        if (l.quantity.units() > Quantity::maxUnits || l.quantity.units() < -Quantity::maxUnits ||
            l.unitPrice.units() > UnitPrice::maxUnits || l.unitPrice.units() < -UnitPrice::maxUnits)
            return Error::invalid(tr("Line %1's amount is too large.").arg(row), field);
        // quantity × price must itself fit, with room for the sum of the lines.
        const Wide product = Wide(l.quantity.units()) * l.unitPrice.units() / (Quantity::scale * 100);
        if (product > limit || product < -limit)
            return Error::invalid(tr("Line %1's amount is too large.").arg(row), field);
    }
    return {};
}

Status Validation::validate(const Payment &p)
{
    if (!p.date.isValid())
        return Error::invalid(tr("Enter the payment date."), QStringLiteral("date"));
    if (p.amount.units() <= 0)
        return Error::invalid(tr("A payment must be more than zero."), QStringLiteral("amount"));
    if (p.reference.size() > 255)
        return Error::invalid(tr("The payment reference is too long (255 characters at most)."),
                              QStringLiteral("reference"));
    return {};
}

} // namespace billhook
