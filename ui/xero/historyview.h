#pragma once

#include "storage/syncstore.h"

#include <QWidget>

class QPlainTextEdit;
class QTreeWidget;

namespace billhook {

class Database;

// The sync runs, newest first (time, duration, counts, result), and the selected run's log: what it did
// and every problem it met, resolved since or not.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(Database &db, QWidget *parent = nullptr);

    void reload();
    int count() const { return int(m_runs.size()); }
    QTreeWidget *list() const { return m_list; }
    QString detailText() const;

    // "In sync", "3 need attention", "Failed"…: one run's result in words.
    static QString resultText(const SyncRun &run);

private:
    void showRun(int row);

    Database &m_db;
    QList<SyncRun> m_runs;
    QTreeWidget *m_list;
    QPlainTextEdit *m_detail;
};

} // namespace billhook
