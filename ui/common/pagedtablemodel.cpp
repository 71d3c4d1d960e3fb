#include "pagedtablemodel.h"

#include "ui/xero/syncstatetext.h"

namespace billhook {

QVariant PagedModelBase::syncData(Id id, int role) const
{
    const RecordSyncState state = syncStateOf(id);
    switch (role) {
    case Qt::DisplayRole:
        return SyncStateText::label(state);
    case Qt::DecorationRole:
        return SyncStateText::icon(state);
    case Qt::ToolTipRole:
        return SyncStateText::explanation(state);
    default:
        return {};
    }
}

void PagedModelBase::syncStatesArrived(const QHash<Id, RecordSyncState> &states)
{
    m_syncStates.insert(states);
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(index(0, m_syncColumn), index(rows - 1, m_syncColumn));
}

} // namespace billhook
