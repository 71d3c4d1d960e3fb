#pragma once

#include "storage/syncstore.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace billhook {

// How a record's sync state looks wherever it is shown: one word, a colour, a dot icon and a sentence.
class SyncStateText
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateText)
public:
    static QString label(RecordSyncState state);
    static QString explanation(RecordSyncState state);
    static QColor color(RecordSyncState state);
    static QIcon icon(RecordSyncState state);
    // A filled dot of `color`, for status indicators.
    static QIcon dot(const QColor &color, int size = 12);
};

} // namespace billhook
