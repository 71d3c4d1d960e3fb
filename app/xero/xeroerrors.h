#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace billhook {

// One of Xero's messages, explained for the person using Billhook (a tradesperson, not a developer).
struct XeroExplanation
{
    QString key;         // stable id of the catalogue entry ("invoice-locked", ...; "generic" otherwise)
    QString xeroMessage; // Xero's own words, untranslated, quoted to the user and kept in the sync issue
    QString explanation; // translated: what happened, in plain language
    QString remedy;      // translated: exactly what to change or click
    Error::Code code = Error::Code::Invalid;
};

// The result Xero gave one element of a batch (summarizeErrors=false answers 200 with every element; a 400
// ValidationException lists the failed ones).
struct XeroElementResult
{
    int index = -1;       // position in the answer (never used to match: use the element's numbers)
    QJsonObject element;  // the element as Xero returned it (ContactNumber, InvoiceNumber, IDs...)
    bool ok = true;       // StatusAttributeString OK or WARNING and no ValidationErrors
    QString status;       // StatusAttributeString when present
    QStringList messages; // ValidationErrors[].Message
    QStringList warnings; // Warnings[].Message
};

// Xero's error bodies read, and its messages mapped to explanations and remedies.
class XeroErrors
{
    Q_DECLARE_TR_FUNCTIONS(XeroErrors)
public:
    // Every message an answer carries, most specific first: the validation messages of a 400
    // ValidationException (Elements[].ValidationErrors[].Message), else its Message; Detail of a 401/403
    // problem body; Message of a 5xx; else the raw text (for non-JSON answers such as 503's).
    static QStringList messages(const QJsonDocument &body, const QByteArray &rawBody = {});

    // The per-element results of a write answer (the array under `collection`, e.g. "Invoices", or under
    // "Elements" for a 400).
    static QList<XeroElementResult> elements(const QJsonDocument &body, const QString &collection);

    // A plain-language explanation and remedy for one of Xero's messages. Unknown messages get a generic
    // explanation that still quotes Xero's words.
    static XeroExplanation explain(const QString &xeroMessage);

    // The explanation for an answer's status when the body says nothing more useful (401, 403, 404, 429,
    // 5xx); for 400 the first message's explanation.
    static XeroExplanation explainStatus(int status, const QJsonDocument &body,
                                         const QByteArray &rawBody = {});

    // The Error a non-2xx answer becomes: code by status (401/403 Auth, 404 NotFound, 400 by the message's
    // catalogue entry, 429/5xx Network) and a message built from the explanation and remedy.
    static Error toError(int status, const QJsonDocument &body, const QByteArray &rawBody = {});

    // The keys of every catalogue entry (for tests and the documentation).
    static QStringList catalogueKeys();
};

} // namespace billhook
