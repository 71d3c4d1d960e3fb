#include "problemtext.h"

#include "xero/xeroerrors.h"

namespace billhook {

ProblemText explainXeroRefusal(const QString &xeroMessage)
{
    const XeroExplanation explained = XeroErrors::explain(xeroMessage);
    return {explained.explanation, explained.remedy};
}

} // namespace billhook
