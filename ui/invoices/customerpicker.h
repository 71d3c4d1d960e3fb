#pragma once

#include "core/entities.h"
#include "ui/common/queryworker.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace billhook {

// Finds the invoice's customer as you type, however many customers there are: each pause in typing asks the
// QueryWorker for the first few customers whose name, contact, email, phone or number match (one small page,
// never the whole list), and a popup offers them. Picking one, or typing a name that matches exactly one
// customer, chooses it.
class CustomerPicker : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int MaxSuggestions = 25;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int NameRole = Qt::UserRole + 2;

    explicit CustomerPicker(QueryWorker &queries, QWidget *parent = nullptr);

    Id customerId() const { return m_id; }
    // Shows a chosen customer without searching (an invoice being opened).
    void setCustomer(Id id, const QString &name);
    // Searches for the text shown now (the typing pause, skipped).
    void searchNow();

    // The suggestions of the last search (tests, the screenshot tour).
    QStandardItemModel *suggestions() const { return m_model; }
    QCompleter *suggestionCompleter() const { return m_completer; }
    // Picks the suggestion in `row`, as a click in the popup does.
    void pick(int row);

Q_SIGNALS:
    // The chosen customer changed (0: none chosen).
    void customerChanged(billhook::Id id);
    // Suggestions for the current text arrived.
    void suggestionsReady();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void choose(Id id, const QString &name);
    void showSuggestions(const QList<Customer> &customers, const QString &forText);

    QueryWorker &m_queries;
    QueryChannel m_channel;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_delay;
    Id m_id = 0;
    QString m_name;
};

} // namespace billhook
