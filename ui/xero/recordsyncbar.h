#pragma once

#include "storage/syncstore.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace billhook {

class Database;
class XeroContext;

// One line on a customer's page or an invoice: where the record stands with Xero (Synced · Pending ·
// Problem · Conflict), for an invoice also its status in Xero and the payments recorded there, with
// "Sync now", "Open in Xero" once it is there, and "See the problem" when Xero refused it. Hidden while
// no organisation is linked.
class RecordSyncBar : public QFrame
{
    Q_OBJECT
public:
    RecordSyncBar(Database &db, SyncEntity entity, QWidget *parent = nullptr);

    void setContext(XeroContext *context);
    void setRecord(Id localId);
    void refresh();

    RecordSyncState state() const { return m_state; }
    QString text() const;
    QPushButton *syncButton() const { return m_sync; }

Q_SIGNALS:
    void showProblems(billhook::SyncEntity entity, billhook::Id localId);

private:
    Database &m_db;
    SyncEntity m_entity;
    Id m_localId = 0;
    RecordSyncState m_state = RecordSyncState::NotInXero;
    QString m_xeroId;
    QPointer<XeroContext> m_context;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_sync;
    QPushButton *m_openInXero;
    QPushButton *m_problem;
};

} // namespace billhook
