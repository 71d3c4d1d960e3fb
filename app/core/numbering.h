#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace billhook {

// An invoice number template such as "INV-{0000}" or "{YYYY}-{000}". It must hold exactly one counter,
// {0...}, whose zeros give the minimum width; {YYYY}, {YY} and {MM} insert the issue date's year and month.
class NumberingTemplate
{
    Q_DECLARE_TR_FUNCTIONS(NumberingTemplate)
public:
    static Result<NumberingTemplate> parse(const QString &pattern);
    static NumberingTemplate defaultTemplate(); // INV-{0000}

    QString pattern() const { return m_pattern; }
    QString format(qint64 counter, QDate date = QDate::currentDate()) const;
    // The counter of a number this template could have made ("INV-0200" -> 200); none for any other.
    std::optional<qint64> counterOf(const QString &number) const;

private:
    QString m_pattern;
    qsizetype m_counterStart = 0;
    qsizetype m_counterLength = 0; // including the braces
    QRegularExpression m_numbers;  // matches the numbers it makes, capturing the counter
};

} // namespace billhook
