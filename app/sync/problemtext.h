#pragma once

#include <QString>

namespace billhook {

// What a problem says to the user about a message Xero refused a record with: the error catalogue's
// explanation and remedy (translated), exactly as the sync stores them with the problem.
struct ProblemText
{
    QString explanation;
    QString remedy;
};

ProblemText explainXeroRefusal(const QString &xeroMessage);

} // namespace billhook
