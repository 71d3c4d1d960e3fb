#include "csv.h"

namespace billhook {

Result<QList<QStringList>> Csv::parse(const QString &input)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    bool afterQuote = false;
    int line = 1;
    int quoteLine = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
            afterQuote = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            row.append(field);
            if (!(row.size() == 1 && row[0].isEmpty() && !afterQuote))
                rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
            afterQuote = false;
            ++line;
        } else if (c == u'"') {
            if (fieldStarted || afterQuote)
                return Error::invalid(
                    tr("Line %1: a quote (\") in the middle of a field. Put the whole field in "
                       "quotes and double any quote inside it.")
                        .arg(line));
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else {
            if (afterQuote)
                return Error::invalid(
                    tr("Line %1: text after a closing quote. Put the whole field in quotes.").arg(line));
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error::invalid(tr("Line %1: a quoted field is never closed.").arg(quoteLine));
    if (fieldStarted || afterQuote || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

QString Csv::field(const QString &value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        QString escaped = value;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + escaped + u'"';
    }
    return value;
}

QString Csv::row(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const auto &f : fields)
        out.append(field(f));
    return out.join(u',') + QStringLiteral("\r\n");
}

Result<QList<Customer>> Csv::customers(const QString &text)
{
    auto parsed = parse(text);
    if (!parsed)
        return parsed.error();
    const auto &rows = *parsed;
    if (rows.isEmpty())
        return Error::invalid(
            tr("The file is empty. The first row must name the columns, such as name,email,phone."));
    QStringList header;
    for (const auto &h : rows[0])
        header.append(h.trimmed().toLower().replace(u' ', u'_'));
    const QStringList known = {
        QStringLiteral("name"),    QStringLiteral("email"),          QStringLiteral("phone"),
        QStringLiteral("mobile"),  QStringLiteral("contact_number"), QStringLiteral("contact_person"),
        QStringLiteral("address"), QStringLiteral("notes"),          QStringLiteral("payment_terms_days")};
    for (const auto &h : header) {
        if (!known.contains(h))
            return Error::invalid(tr("Unknown column \"%1\" in the first row. Known columns: %2.")
                                      .arg(h, known.join(QStringLiteral(", "))));
    }
    if (!header.contains(QStringLiteral("name")))
        return Error::invalid(tr("The first row must include a \"name\" column."));
    QList<Customer> out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const auto &row = rows[r];
        const int rowNumber = int(r) + 1; // as a spreadsheet numbers it, the header being row 1
        if (row.size() != header.size())
            return Error::invalid(
                tr("Row %1 has %2 fields, but the first row names %3 columns. Nothing was imported.")
                    .arg(rowNumber)
                    .arg(row.size())
                    .arg(header.size()));
        Customer c;
        for (qsizetype i = 0; i < header.size(); ++i) {
            const QString &h = header[i];
            const QString v = row[i].trimmed();
            if (h == u"name")
                c.name = v;
            else if (h == u"email")
                c.email = v;
            else if (h == u"phone")
                c.phone = v;
            else if (h == u"mobile")
                c.mobile = v;
            else if (h == u"contact_number")
                c.contactNumber = v;
            else if (h == u"contact_person")
                c.contactPerson = v;
            else if (h == u"address")
                c.address = v;
            else if (h == u"notes")
                c.notes = v;
            else if (h == u"payment_terms_days" && !v.isEmpty()) {
                bool ok = false;
                c.paymentTermsDays = v.toInt(&ok);
                if (!ok)
                    return Error::invalid(
                        tr("Row %1: payment_terms_days \"%2\" is not a whole number. Nothing was "
                           "imported.")
                            .arg(rowNumber)
                            .arg(v));
            }
        }
        if (auto s = Validation::validate(c); !s)
            return Error::invalid(
                tr("Row %1: %2 Nothing was imported.").arg(rowNumber).arg(s.error().message),
                s.error().field);
        out.append(c);
    }
    return out;
}

} // namespace billhook
