#include "historyview.h"

#include "problemsview.h"

#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace billhook {

namespace {

enum Column
{
    WhenColumn,
    DurationColumn,
    ResultColumn,
    SentColumn,
    ReceivedColumn,
    FailedColumn,
    CallsColumn
};

QString durationText(const SyncRun &run)
{
    if (!run.finishedAt.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, run.startedAt.secsTo(run.finishedAt));
    if (seconds < 60)
        return HistoryView::tr("%n s", "", int(seconds));
    return HistoryView::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

QString HistoryView::resultText(const SyncRun &run)
{
    if (run.result == SyncResult::Clean)
        return tr("In sync");
    if (run.result == SyncResult::Issues)
        return tr("%n need(s) attention", "", qMax(1, qMax(run.openIssues, run.failed)));
    if (run.result == SyncResult::HeldBack)
        return tr("%n held back by your settings", "", run.heldBack);
    if (run.result == SyncResult::Failed)
        return tr("Failed");
    if (run.result == SyncResult::Cancelled)
        return tr("Cancelled");
    return run.finishedAt.isValid() ? tr("Stopped") : tr("Running…"); // running
}

HistoryView::HistoryView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QTreeWidget(this))
    , m_detail(new QPlainTextEdit(this))
{
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("When"), tr("Took"), tr("Result"), tr("Sent"), tr("Received"), tr("Failed"), tr("Xero calls")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ResultColumn, QHeaderView::Stretch);
    m_list->setColumnWidth(WhenColumn, 170);
    m_detail->setObjectName(QStringLiteral("historyDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Choose a sync above to see what it did."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showRun(item ? m_list->indexOfTopLevelItem(item) : -1); });
    reload();
}

void HistoryView::reload()
{
    m_runs = SyncStore(m_db).runs(200);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QLocale locale;
    for (const SyncRun &run : std::as_const(m_runs)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(DurationColumn, durationText(run));
        item->setText(ResultColumn, resultText(run));
        item->setText(SentColumn, QString::number(run.pushed));
        item->setText(ReceivedColumn, QString::number(run.pulled));
        item->setText(FailedColumn, QString::number(run.failed));
        item->setText(CallsColumn, QString::number(run.callsUsed));
        for (int c = DurationColumn; c <= CallsColumn; ++c)
            if (c != ResultColumn)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!m_runs.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showRun(m_runs.isEmpty() ? -1 : 0);
}

QString HistoryView::detailText() const
{
    return m_detail->toPlainText();
}

void HistoryView::showRun(int row)
{
    if (row < 0 || row >= m_runs.size()) {
        m_detail->clear();
        return;
    }
    const SyncRun &run = m_runs.at(row);
    const QLocale locale;
    QStringList lines;
    lines << tr("Started %1").arg(locale.toString(run.startedAt.toLocalTime(), QLocale::LongFormat));
    if (run.finishedAt.isValid())
        lines << tr("Finished %1 (%2)")
                     .arg(locale.toString(run.finishedAt.toLocalTime(), QLocale::LongFormat),
                          durationText(run));
    lines << tr("Result: %1").arg(resultText(run));
    lines << tr("Sent to Xero: %1 · Received from Xero: %2 · Failed: %3 · Xero calls: %4")
                 .arg(run.pushed)
                 .arg(run.pulled)
                 .arg(run.failed)
                 .arg(run.callsUsed);
    if (!run.detail.trimmed().isEmpty())
        lines << QString() << run.detail.trimmed();
    const QList<SyncIssue> issues = SyncStore(m_db).issuesOfRun(run.id);
    if (!issues.isEmpty()) {
        lines << QString() << tr("Problems met in this sync:");
        for (const SyncIssue &issue : issues) {
            const QString record = ProblemsView::recordLabel(m_db, issue.entity, issue.localId);
            const QString what =
                issue.kind == SyncIssueKind::Conflict ? tr("changed here and in Xero") : issue.xeroMessage;
            lines << (issue.resolvedAt.isValid() ? tr("• %1: %2 (resolved)") : tr("• %1: %2 (open)"))
                         .arg(record, what);
        }
    }
    m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace billhook
