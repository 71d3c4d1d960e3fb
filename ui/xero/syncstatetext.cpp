#include "syncstatetext.h"

#include <QPainter>
#include <QPixmap>

namespace billhook {

QString SyncStateText::label(RecordSyncState state)
{
    switch (state) {
    case RecordSyncState::NotInXero:
        return tr("Not in Xero");
    case RecordSyncState::Synced:
        return tr("Synced");
    case RecordSyncState::Pending:
        return tr("Pending");
    case RecordSyncState::Problem:
        return tr("Problem");
    case RecordSyncState::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString SyncStateText::explanation(RecordSyncState state)
{
    switch (state) {
    case RecordSyncState::NotInXero:
        return tr("Not sent to Xero yet.");
    case RecordSyncState::Synced:
        return tr("The same in Billhook and in Xero.");
    case RecordSyncState::Pending:
        return tr("Changed here; goes to Xero with the next sync.");
    case RecordSyncState::Problem:
        return tr("Xero did not accept the last change. The Xero page says why and what to do.");
    case RecordSyncState::Conflict:
        return tr("Changed here and in Xero. Choose which to keep on the Xero page.");
    }
    return {};
}

QColor SyncStateText::color(RecordSyncState state)
{
    switch (state) {
    case RecordSyncState::NotInXero:
        return QColor(0x95, 0xa5, 0xa6);
    case RecordSyncState::Synced:
        return QColor(0x27, 0xae, 0x60);
    case RecordSyncState::Pending:
        return QColor(0x29, 0x80, 0xb9);
    case RecordSyncState::Problem:
        return QColor(0xc0, 0x39, 0x2b);
    case RecordSyncState::Conflict:
        return QColor(0xd3, 0x54, 0x00);
    }
    return {};
}

QIcon SyncStateText::dot(const QColor &color, int size)
{
    QIcon icon;
    for (int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        const qreal margin = 1.5 * scale;
        painter.drawEllipse(QRectF(margin, margin, size * scale - 2 * margin, size * scale - 2 * margin));
        painter.end();
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon SyncStateText::icon(RecordSyncState state)
{
    return dot(color(state));
}

} // namespace billhook
