#include "customerpicker.h"

#include "storage/customerstore.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace billhook {

namespace {
// Short enough to feel live, long enough that a fast typist triggers one query, not one per key.
constexpr int kTypingPauseMs = 120;
} // namespace

CustomerPicker::CustomerPicker(QueryWorker &queries, QWidget *parent)
    : QLineEdit(parent)
    , m_queries(queries)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("customerPicker"));
    setPlaceholderText(tr("Type to find a customer"));
    setClearButtonEnabled(true);
    // The suggestions are already filtered in SQL: the completer shows them as they are.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(NameRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kTypingPauseMs);

    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_id != 0 && text != m_name)
            choose(0, {});
        m_delay->start();
    });
    connect(m_delay, &QTimer::timeout, this, &CustomerPicker::searchNow);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                choose(index.data(IdRole).toLongLong(), index.data(NameRole).toString());
                setText(m_name);
            });
}

void CustomerPicker::setCustomer(Id id, const QString &name)
{
    m_delay->stop();
    m_channel.supersede();
    m_id = id;
    m_name = id == 0 ? QString() : name;
    setText(m_name);
    setCursorPosition(0);
}

void CustomerPicker::searchNow()
{
    m_delay->stop();
    CustomerFilter filter;
    filter.search = text().trimmed();
    filter.limit = MaxSuggestions;
    const QString forText = text();
    m_queries.run<QList<Customer>>(
        m_channel, this, [filter](Database &db) { return CustomerStore(db).list(filter); },
        [this, forText](const QList<Customer> &customers) { showSuggestions(customers, forText); });
}

void CustomerPicker::showSuggestions(const QList<Customer> &customers, const QString &forText)
{
    if (forText != text())
        return; // typed on meanwhile; the next search answers
    m_model->clear();
    Id exact = 0;
    QString exactName;
    int exactMatches = 0;
    for (const Customer &c : customers) {
        const QString detail = !c.email.isEmpty() ? c.email : !c.phone.isEmpty() ? c.phone : c.contactNumber;
        auto *item = new QStandardItem(detail.isEmpty() ? c.name : tr("%1 · %2").arg(c.name, detail));
        item->setData(c.id, IdRole);
        item->setData(c.name, NameRole);
        item->setEditable(false);
        m_model->appendRow(item);
        if (c.name.compare(forText.trimmed(), Qt::CaseInsensitive) == 0) {
            exact = c.id;
            exactName = c.name;
            ++exactMatches;
        }
    }
    // A name typed in full that only one customer has is as good as picking it.
    bool settled = false;
    if (m_id == 0 && exactMatches == 1) {
        choose(exact, exactName);
        settled = customers.size() == 1;
    }
    if (hasFocus() && !customers.isEmpty() && !settled && !isReadOnly())
        m_completer->complete();
    else
        m_completer->popup()->hide();
    Q_EMIT suggestionsReady();
}

void CustomerPicker::pick(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    choose(index.data(IdRole).toLongLong(), index.data(NameRole).toString());
    setText(m_name);
    m_completer->popup()->hide();
}

void CustomerPicker::keyPressEvent(QKeyEvent *event)
{
    // Down opens the suggestions for what is typed (or the first customers when nothing is).
    if (event->key() == Qt::Key_Down && !m_completer->popup()->isVisible() && !isReadOnly()) {
        searchNow();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void CustomerPicker::choose(Id id, const QString &name)
{
    const bool changed = id != m_id;
    m_id = id;
    m_name = name;
    if (changed)
        Q_EMIT customerChanged(id);
}

} // namespace billhook
