#pragma once

#include "storage/syncstore.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace billhook {

class Database;
class XeroContext;

// Every open sync issue: which record, what Xero said, what it means and what to do, with a button that
// opens the record and, where the record is in Xero, one that opens it there. A conflict shows both
// versions side by side with "Keep mine" and "Keep Xero's". An issue leaves the list when its record next
// syncs cleanly (the engine resolves it); reload() re-reads the list.
class ProblemsView : public QWidget
{
    Q_OBJECT
public:
    ProblemsView(Database &db, QWidget *parent = nullptr);

    void setContext(XeroContext *context);
    void reload();
    int count() const { return int(m_issues.size()); }
    // Selects the first issue of this record; false when it has none.
    bool selectRecord(SyncEntity entity, Id localId);
    bool selectIssue(Id issueId);
    const SyncIssue *currentIssue() const;

    // A short description of a record: "Invoice INV-0003 (Hannah Price)", "Customer Hannah Price".
    static QString recordLabel(Database &db, SyncEntity entity, Id localId);

    QTreeWidget *list() const { return m_list; }
    QPushButton *openRecordButton() const { return m_openRecord; }
    QPushButton *openInXeroButton() const { return m_openInXero; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *keepXeroButton() const { return m_keepXero; }
    QPushButton *renumberButton() const { return m_renumber; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *differentButton() const { return m_different; }
    QPushButton *tryAgainButton() const { return m_tryAgain; }
    QTableWidget *conflictTable() const { return m_conflict; }
    QString detailText() const;

Q_SIGNALS:
    void openRecord(billhook::SyncEntity entity, billhook::Id localId);
    void resolveConflict(billhook::Id issueId, bool keepMine);
    // An invoice number Xero already uses: renumber (true) or link the two as the same invoice (false).
    // An invoice number Xero holds, or a Xero contact a customer might be: `choice` is a
    // SyncEngine::CollisionChoice.
    void resolveCollision(billhook::Id issueId, int choice);
    // A change Xero refused: send it again although nothing Billhook can see has changed.
    void tryAgain(billhook::Id issueId);
    void countChanged(int count);

private:
    void showIssue(int row);

    Database &m_db;
    QPointer<XeroContext> m_context;
    QList<SyncIssue> m_issues;
    QStringList m_labels;
    QStackedWidget *m_stack;
    QTreeWidget *m_list;
    QLabel *m_title;
    QLabel *m_xeroSaidHeading = nullptr;
    QLabel *m_xeroSaid;
    QLabel *m_meaning;
    QLabel *m_remedy;
    QTableWidget *m_conflict;
    QWidget *m_conflictBox;
    QPushButton *m_openRecord;
    QPushButton *m_openInXero;
    QPushButton *m_keepMine;
    QPushButton *m_keepXero;
    QWidget *m_collisionBox;
    QPushButton *m_renumber;
    QPushButton *m_link;
    QPushButton *m_different;
    QPushButton *m_tryAgain;
};

} // namespace billhook
