#include "xeroerrors.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

namespace billhook {

namespace {

// One catalogue entry: a pattern over Xero's message (case-insensitive) and the texts, built when needed so
// tr() sees the current language. The group named "v" (a name, number or code) is passed to the texts.
struct Entry
{
    const char *key;
    const char *pattern;
    Error::Code code;
    std::function<QString(const QString &)> explanation;
    std::function<QString(const QString &)> remedy;
};

QString quoted(const QString &value)
{
    return value.isEmpty() ? QString() : XeroErrors::tr("“%1”").arg(value);
}

const QList<Entry> &catalogue()
{
    using C = Error::Code;
    static const QList<Entry> entries = {
        {"invoice-payment-allocated",
         "(cannot be edited as it has a payment or credit note allocated|date cannot be changed on an "
         "invoice that has payment|has payments? allocated)",
         C::Locked,
         [](const QString &) {
             return XeroErrors::tr(
                 "This invoice already has a payment (or credit note) recorded against it in "
                 "Xero, so Xero won't let it be changed.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "Leave the invoice as it is and, if the amount was wrong, raise a credit note "
                 "in Xero for the difference. If the payment itself was recorded by mistake, "
                 "remove it in Xero first (open the payment, Options > Remove and Redo), then "
                 "click Sync now.");
         }},
        {"invoice-locked", "not of valid status for modification", C::Locked,
         [](const QString &) {
             return XeroErrors::tr(
                 "Xero won't accept this change: the invoice has already been approved, paid "
                 "or voided in Xero, or the change of status isn't one Xero allows.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "Open the invoice in Xero and check its status. To correct an approved "
                 "invoice, raise a credit note in Xero, or void it in Xero and create a new "
                 "invoice in Billhook. Then click Sync now.");
         }},
        {"contact-number-taken", "contact number (?<v>.*?) is already assigned", C::Duplicate,
         [](const QString &v) {
             return XeroErrors::tr("Another contact in Xero already has the customer number %1. Xero keeps "
                                   "customer numbers unique, even on archived contacts.")
                 .arg(quoted(v));
         },
         [](const QString &v) {
             return XeroErrors::tr(
                        "In Xero, go to Contacts, choose “Archived” and search for %1. If it is the "
                        "same customer, click Restore and then Sync now, and Billhook will link to it. "
                        "If it is a different customer, give this customer another number in "
                        "Billhook (Customers, open the customer, Edit customer, Contact number), save it and "
                        "click Sync now.")
                 .arg(quoted(v));
         }},
        {"contact-name-taken", "contact name (?<v>.*?) is already assigned", C::Duplicate,
         [](const QString &v) {
             return XeroErrors::tr("Xero already has an active contact called %1, and Xero doesn't allow two "
                                   "active contacts with the same name.")
                 .arg(quoted(v));
         },
         [](const QString &v) {
             return XeroErrors::tr(
                        "If %1 in Xero is this same customer, give it this customer's number in Xero "
                        "(or merge the two contacts in Xero) and click Sync now. If they are "
                        "different customers, change the name in Billhook, for example by adding "
                        "the town, and click Sync now.")
                 .arg(quoted(v));
         }},
        {"account-archived", "account code '?(?<v>[^' ]*)'? has been archived", C::Invalid,
         [](const QString &v) {
             return XeroErrors::tr(
                        "The sales account %1 used on this invoice has been archived or deleted in "
                        "Xero, so Xero can't record the sale in it.")
                 .arg(quoted(v));
         },
         [](const QString &v) {
             return XeroErrors::tr(
                        "Open the invoice in Billhook and, on each line that uses account %1, choose an "
                        "active account in the Account column, then save it and click Sync now. Or ask "
                        "your accountant to restore account %1 in Xero (Accounting > Chart of accounts > "
                        "Archived), then click Try again on this problem. If %1 is your default sales "
                        "account, also pick an "
                        "active one on the Xero page under Change setup, so new invoices don't use it.")
                 .arg(quoted(v));
         }},
        {"currency-not-enabled",
         "(currency ([A-Z]{3}) (is not enabled|is not subscribed|has not been subscribed|is not available)|"
         "not subscribed to (the )?currency ([A-Z]{3})?)",
         C::Invalid,
         [](const QString &) {
             return XeroErrors::tr(
                 "This invoice is in a currency your Xero organisation hasn't switched on.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "Either change the invoice's currency in Billhook to your usual one, or add "
                 "the currency in Xero (Accounting > Advanced > Currencies > Add Currency; "
                 "your Xero plan must include multi-currency). Then click Sync now.");
         }},
        {"contact-archived",
         "(has been archived\\. archived contacts|contact (.*?) is archived|archived contact)", C::Invalid,
         [](const QString &) {
             return XeroErrors::tr("The customer on this record is archived in Xero, and Xero doesn't allow "
                                   "new invoices or payments for archived contacts.");
         },
         [](const QString &) {
             return XeroErrors::tr("In Xero, go to Contacts, choose “Archived”, tick the customer and click "
                                   "Restore. Then click Sync now.");
         }},
        {"contact-redacted", "(gdpr|has been redacted)", C::Invalid,
         [](const QString &) {
             return XeroErrors::tr("The customer's details were erased in Xero at their request (a GDPR "
                                   "request), so Xero won't use that contact any more.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "Check with the customer. If you still work for them, edit the customer in "
                 "Billhook (for example give them a new customer number) so a new contact is "
                 "created in Xero, then click Sync now.");
         }},
        {"approval-limit", "reached the limit of invoices you can approve", C::Invalid,
         [](const QString &) {
             return XeroErrors::tr(
                 "Your Xero plan only lets you approve a limited number of invoices each month "
                 "(Starter: 5), and that limit has been reached.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "Send invoices to Xero as drafts until next month (Xero page > Change setup > "
                 "Approved invoices arrive in Xero as: Drafts), or upgrade your Xero plan. Then click Sync "
                 "now.");
         }},
        {"period-locked", "(lock date|period is locked|locked period)", C::Locked,
         [](const QString &) {
             return XeroErrors::tr(
                 "The date on this record falls in a period that is locked in Xero (the books "
                 "for that period have been closed, usually by your accountant).");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "Change the date in Billhook to one after the lock date, or ask your "
                 "accountant to move the lock date in Xero (Accounting > Advanced > Financial "
                 "settings), then click Try again on this problem.");
         }},
        {"website-invalid", "website must be valid", C::Invalid,
         [](const QString &) {
             return XeroErrors::tr(
                 "Xero says the website address saved on this customer in Xero isn't valid, and "
                 "refuses every change to the customer until it's fixed.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "In Xero, open the customer, correct or clear the Website box and save. Then "
                 "click Sync now.");
         }},
        {"invoice-number-taken", "invoice # must be unique", C::Duplicate,
         [](const QString &) {
             return XeroErrors::tr("Xero already has an invoice with this invoice number.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "In Xero, search Invoices for this number. If it is the same invoice, leave it: "
                 "the next sync links the two. If it is a different invoice, change the "
                 "numbering in Billhook (Settings > New invoices > Numbering, then Save settings) so "
                 "the numbers don't overlap, then click Sync now.");
         }},
        {"tax-rate-invalid", "taxtype code (.*?) does not exist|tax ?type .* (is not valid|cannot be used)",
         C::Invalid,
         [](const QString &) {
             return XeroErrors::tr(
                 "A tax rate on this invoice doesn't exist in Xero or can't be used on sales.");
         },
         [](const QString &) {
             return XeroErrors::tr(
                 "Open the Xero page in Billhook, choose Change setup and map each Billhook rate to one of "
                 "your Xero sales tax rates. Then click Sync now.");
         }},
        {"payment-exceeds", "payment amount exceeds the amount outstanding", C::Invalid,
         [](const QString &) {
             return XeroErrors::tr("The payment is more than Xero says is still owed on the invoice (it may "
                                   "already have been paid in Xero).");
         },
         [](const QString &) {
             return XeroErrors::tr("Compare the payments on the invoice in Billhook and in Xero, remove the "
                                   "duplicate payment on one side, then click Sync now.");
         }},
        {"payment-not-authorised", "payments can only be made against authorised", C::Invalid,
         [](const QString &) {
             return XeroErrors::tr(
                 "Xero only takes payments on approved invoices, and this invoice is still a "
                 "draft (or was voided) in Xero.");
         },
         [](const QString &) {
             return XeroErrors::tr("Approve the invoice (in Billhook, or in Xero), then click Sync now.");
         }},
        {"payment-account", "payments can only be made to accounts", C::Invalid,
         [](const QString &) {
             return XeroErrors::tr("The bank account chosen for payments can't receive payments in Xero.");
         },
         [](const QString &) {
             return XeroErrors::tr("In Billhook open the Xero page, choose Change setup and pick your "
                                   "business bank account for "
                                   "payments. Then click Sync now.");
         }},
    };
    return entries;
}

QRegularExpression compiled(const Entry &e)
{
    return QRegularExpression(QString::fromLatin1(e.pattern), QRegularExpression::CaseInsensitiveOption);
}

QString jsonString(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QStringList XeroErrors::messages(const QJsonDocument &body, const QByteArray &rawBody)
{
    QStringList out;
    if (body.isObject()) {
        const QJsonObject o = body.object();
        for (const QJsonValue &element : o.value(QLatin1String("Elements")).toArray()) {
            for (const QJsonValue &v :
                 element.toObject().value(QLatin1String("ValidationErrors")).toArray()) {
                const QString m = jsonString(v.toObject(), "Message");
                if (!m.isEmpty() && !out.contains(m))
                    out << m;
            }
        }
        // summarizeErrors=false answers: the collection's elements carry their ValidationErrors.
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isArray() || it.key() == QLatin1String("Elements"))
                continue;
            for (const QJsonValue &element : it.value().toArray()) {
                for (const QJsonValue &v :
                     element.toObject().value(QLatin1String("ValidationErrors")).toArray()) {
                    const QString m = jsonString(v.toObject(), "Message");
                    if (!m.isEmpty() && !out.contains(m))
                        out << m;
                }
            }
        }
        if (out.isEmpty()) {
            for (const char *key : {"Detail", "Message", "detail", "message", "Title", "error"}) {
                const QString m = jsonString(o, key);
                if (!m.isEmpty()) {
                    out << m;
                    break;
                }
            }
        }
    }
    if (out.isEmpty() && !body.isObject()) {
        const QString text = QString::fromUtf8(rawBody).trimmed();
        if (!text.isEmpty() && !text.startsWith(u'<'))
            out << text.left(500);
    }
    return out;
}

QList<XeroElementResult> XeroErrors::elements(const QJsonDocument &body, const QString &collection)
{
    QList<XeroElementResult> out;
    const QJsonObject o = body.object();
    QJsonArray array = o.value(collection).toArray();
    if (array.isEmpty())
        array = o.value(QLatin1String("Elements")).toArray();
    int index = 0;
    for (const QJsonValue &v : array) {
        XeroElementResult r;
        r.index = index++;
        r.element = v.toObject();
        r.status = jsonString(r.element, "StatusAttributeString");
        for (const QJsonValue &e : r.element.value(QLatin1String("ValidationErrors")).toArray())
            r.messages << jsonString(e.toObject(), "Message");
        for (const QJsonValue &w : r.element.value(QLatin1String("Warnings")).toArray())
            r.warnings << jsonString(w.toObject(), "Message");
        r.ok = r.messages.isEmpty() && r.status.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) != 0;
        out << r;
    }
    return out;
}

XeroExplanation XeroErrors::explain(const QString &xeroMessage)
{
    for (const Entry &e : catalogue()) {
        const QRegularExpressionMatch m = compiled(e).match(xeroMessage);
        if (!m.hasMatch())
            continue;
        const QString value = m.captured(QStringLiteral("v")).trimmed();
        return {QString::fromLatin1(e.key), xeroMessage, e.explanation(value), e.remedy(value), e.code};
    }
    XeroExplanation generic;
    generic.key = QStringLiteral("generic");
    generic.xeroMessage = xeroMessage;
    generic.explanation = xeroMessage.isEmpty()
                              ? tr("Xero refused this record without saying why.")
                              : tr("Xero refused this record. Xero's own words: “%1”").arg(xeroMessage);
    generic.remedy = tr("Compare the record in Billhook with Xero's message, correct what it names and click "
                        "Sync now. If the message isn't clear, show it to your accountant.");
    return generic;
}

XeroExplanation XeroErrors::explainStatus(int status, const QJsonDocument &body, const QByteArray &rawBody)
{
    const QStringList found = messages(body, rawBody);
    const QString first = found.value(0);
    XeroExplanation e;
    e.xeroMessage = first;
    switch (status) {
    case 401:
        e.key = QStringLiteral("unauthorised");
        e.code = Error::Code::Auth;
        e.explanation = first.contains(QLatin1String("AuthorizationUnsuccessful"), Qt::CaseInsensitive)
                            ? tr("Xero says Billhook isn't allowed to do this with the access it was given.")
                            : tr("Xero no longer accepts Billhook's sign-in for this organisation.");
        e.remedy =
            tr("Open the Xero page and click Reconnect to Xero to sign in again, then click Sync now.");
        return e;
    case 403:
        e.key = QStringLiteral("forbidden");
        e.code = Error::Code::Auth;
        e.explanation = tr("Xero refused access to this organisation: Billhook may have been disconnected in "
                           "Xero (Settings > Connected apps), or your user's role in Xero changed.");
        e.remedy =
            tr("Open the Xero page and click Reconnect to Xero to connect this organisation again, then "
               "click Sync now.");
        return e;
    case 404:
        e.key = QStringLiteral("not-found");
        e.code = Error::Code::NotFound;
        e.explanation = tr("Xero couldn't find this record: it may have been deleted in Xero.");
        e.remedy = tr("Check in Xero whether the record still exists. If it was deleted on purpose, remove "
                      "or unlink it in Billhook; otherwise click Sync now to try again.");
        return e;
    case 429:
        e.key = QStringLiteral("rate-limited");
        e.code = Error::Code::Network;
        e.explanation = tr("Xero limits how many requests an app may make for one organisation, and that "
                           "limit has been reached for now.");
        e.remedy = tr("Nothing to fix: Billhook carries on by itself once Xero allows it. Your changes stay "
                      "queued until then.");
        return e;
    default:
        break;
    }
    if (status >= 500) {
        e.key = QStringLiteral("xero-unavailable");
        e.code = Error::Code::Network;
        e.explanation = status == 503
                            ? tr("Xero is unavailable at the moment, or the organisation is offline "
                                 "(for example while Xero updates it).")
                            : tr("Xero had a problem on its side and didn't complete the request.");
        e.remedy = tr("Nothing to fix in Billhook: wait a few minutes and click Sync now. Xero's status page "
                      "(status.xero.com) says whether Xero has a known problem.");
        return e;
    }
    e = explain(first);
    return e;
}

Error XeroErrors::toError(int status, const QJsonDocument &body, const QByteArray &rawBody)
{
    const XeroExplanation e = explainStatus(status, body, rawBody);
    Error::Code code = e.code;
    if (status == 400 && e.key == QLatin1String("generic"))
        code = Error::Code::Invalid;
    QString message = e.explanation + u' ' + e.remedy;
    if (!e.xeroMessage.isEmpty() && e.key != QLatin1String("generic"))
        message += u' ' + tr("(Xero: “%1”)").arg(e.xeroMessage);
    return Error::make(code, message);
}

QStringList XeroErrors::catalogueKeys()
{
    QStringList keys;
    for (const Entry &e : catalogue())
        keys << QString::fromLatin1(e.key);
    return keys;
}

} // namespace billhook
