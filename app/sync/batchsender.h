#pragma once

#include "synccontext.h"

#include <QUrlQuery>

namespace billhook {

// Up to 50 outbox rows sent to Xero in one request.
struct Batch
{
    struct Element
    {
        OutboxEntry row;
        int version = 0;
        QString match; // ContactNumber / InvoiceNumber / invoice|amount|date
        QJsonObject payload;
        QString hash;
        QString label; // for progress and the plan
        // What a create sent, by content (see syncutil::invoiceFingerprint); kept with the outbox row at
        // each attempt. Empty for updates and for kinds without one.
        QString fingerprint;
        // The fields an update sent (empty for a create, which sends them all): only these are taken back
        // from Xero's answer.
        QStringList fields;
        // What could change Xero's answer besides the payload: the records it refers to as last read and
        // the organisation's settings (see syncutil::dependencyStamp). A record Xero refused is sent again
        // only once the payload or this has changed, or the user asked (SyncStore::forgetRefusal).
        QString dependsOn;
    };
    QList<Element> elements;
};

constexpr int kBatchSize = 50;

// Batches of up to 50, filled in outbox order.
QList<Batch> chunk(const QList<Batch::Element> &all);
// An outbox row whose next attempt is due (a refused one waits for its back-off).
bool due(const OutboxEntry &row, const QDateTime &now);

// How one record kind is sent: the request, how an answer's records are matched to the batch's elements
// (never by position), what is written for each one Xero saved, and how a batch whose answer was lost is
// looked up.
struct BatchSpec
{
    SyncEntity entity = SyncEntity::Customer;
    SyncProgress::Phase phase = SyncProgress::Phase::PushCustomers;
    QByteArray method;
    QString path;
    QString collection;
    QUrlQuery query;
    QString what; // "contacts", translated
    std::function<QString(const QJsonObject &result)> matchOf;
    std::function<Status(const Batch &batch, int index, const QJsonObject &result)> onOk;
    // Looks elements of a batch whose answer was lost up in Xero (by number); answers what it found.
    std::function<QCoro::Task<QList<QJsonObject>>(const Batch &batch)> lookup;
    // The fingerprint of a record found by `lookup`: it settles an element with a fingerprint only when they
    // are equal (a record with the same number but other content is someone else's).
    std::function<QString(const QJsonObject &result)> fingerprintOf;
    // Dry run: plans one element (default: "Would send … to Xero").
    std::function<void(const Batch::Element &element)> planned;
};

// Sends the batches in order. One Idempotency-Key per batch, stored in its outbox rows (in a transaction)
// before the request, so a retry of the same batch after a crash or a lost answer reuses it; the results of
// one batch are written in one transaction; a refused element keeps its row with Xero's message and raises a
// problem; a lost answer is settled by `lookup` and then stops the run. False when the run stops.
QCoro::Task<bool> sendBatches(SyncContext &ctx, const BatchSpec &spec, QList<Batch> batches);

} // namespace billhook
