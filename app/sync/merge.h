#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace billhook {

// A three-way merge of one record's fields: `base` is the last state both sides agreed on, `local` and
// `remote` are the two sides now (all in the canonical form of xeromapping.h). Per field:
//   local == remote           -> that value (nothing to do)
//   only one side changed     -> that side's value
//   both changed, differently -> a conflict (`merged` keeps the base value until someone decides)
// Without a base (a record linked by matching), every field that differs is a conflict.
struct FieldConflict
{
    QString field;
    QString base;
    QString mine;
    QString xero;
};

struct MergeResult
{
    QJsonObject merged;
    QStringList toLocal;  // fields whose merged value must be written locally
    QStringList toRemote; // fields whose merged value must be sent to Xero
    QList<FieldConflict> conflicts;
    // Xero's changes the user's options keep from being applied (Xero edits not accepted): set by
    // syncutil::settleMerge, kept in the link's base (_heldBack) until they go through.
    QStringList heldBack;

    bool unchanged() const { return toLocal.isEmpty() && toRemote.isEmpty() && conflicts.isEmpty(); }
};

MergeResult mergeFields(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote);

// Settles a conflict: `keepMine` takes the local value (to be sent), otherwise Xero's (to be written).
void resolveConflict(MergeResult &m, const FieldConflict &c, bool keepMine);

} // namespace billhook
