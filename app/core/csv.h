#pragma once

#include "entities.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace billhook {

// RFC 4180 CSV: commas, double-quoted fields with "" for a quote, CRLF or LF line ends, a UTF-8 BOM
// tolerated. A broken file is refused with the line it broke on.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    static Result<QList<QStringList>> parse(const QString &text);
    static QString field(const QString &value);
    static QString row(const QStringList &fields);

    // Customers from a CSV with a header row. Columns are matched by name, case-insensitively:
    // name (required), email, phone, mobile, contact_number, contact_person, address, notes,
    // payment_terms_days. Every row is checked before anything is written; the first bad row is named.
    static Result<QList<Customer>> customers(const QString &text);
};

} // namespace billhook
