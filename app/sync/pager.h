#pragma once

#include "synccontext.h"

namespace billhook {

// What to pull for one record kind: the Xero collection, the progress it reports, extra query items, and
// how each record is applied.
struct PullSpec
{
    SyncEntity entity = SyncEntity::Customer;
    SyncProgress::Phase phase = SyncProgress::Phase::PullCustomers;
    QString path;                             // "Contacts": also the collection in the answer
    QString what;                             // "contacts", translated
    QString idField;                          // "ContactID": what tells the records apart
    QList<std::pair<QString, QString>> query; // added to each page's request
    // Before a page is applied (e.g. its links read at once); called with an empty page after each one.
    std::function<void(const QJsonArray &records)> beforePage;
    std::function<Status(const QJsonObject &record)> apply;
};

// Pulls what changed in Xero since the entity's watermark (minus the overlap), in UpdatedDateUTC order,
// each request starting from the newest record read so far (so a record changed in Xero meanwhile is read
// at the end, and none is skipped): each page is applied in one transaction, and the watermark moves with
// it in that transaction (unless a record asked to hold it). False when the run stops (failed or
// cancelled).
QCoro::Task<bool> pullPages(SyncContext &ctx, const PullSpec &spec);

// Reads the records with these Xero ids (50 to a request, by IDs=) and applies them, one transaction per
// request; the watermark is not touched. For records that must be read again whatever their time of change:
// a link the user made, a contact waiting for the user's decision.
QCoro::Task<bool> pullByIds(SyncContext &ctx, const PullSpec &spec, const QStringList &ids);

// Reads every record matching Xero's `where` filter, page by page, and applies them, one transaction per
// page; the watermark is not touched. For records older than the watermark that are wanted now (the
// payments of an invoice imported once its contact was linked).
QCoro::Task<bool> pullMatching(SyncContext &ctx, const PullSpec &spec, const QString &where);

} // namespace billhook
