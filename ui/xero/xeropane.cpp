#include "xeropane.h"

#include "historyview.h"
#include "problemsview.h"
#include "syncstatetext.h"
#include "ui/common/dialogs.h"
#include "xerocontext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace billhook {

namespace {

// Xero's own "Connect to Xero" look: Xero blue, white text, rounded corners.
const char *kXeroButtonStyle = "QPushButton { background: #13B5EA; color: white; border: none; "
                               "border-radius: 4px; padding: 9px 22px; font-weight: 600; }"
                               "QPushButton:hover { background: #0F9FD0; }"
                               "QPushButton:pressed { background: #0B87B3; }"
                               "QPushButton:disabled { background: #9BD9EF; }";

QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.4)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// The not-connected and connecting pages: one column with room to breathe.
QVBoxLayout *statePageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(14);
    return layout;
}

QPushButton *xeroButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setStyleSheet(QString::fromLatin1(kXeroButtonStyle));
    button->setCursor(Qt::PointingHandCursor);
    button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return button;
}

// "today at 10:42", "yesterday at 16:05", "3 March at 09:00".
QString whenText(const QDateTime &t)
{
    const QLocale locale;
    const QDateTime local = t.toLocalTime();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const QDate today = QDate::currentDate();
    if (local.date() == today)
        return XeroPane::tr("today at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return XeroPane::tr("yesterday at %1").arg(time);
    if (local.date() == today.addDays(1))
        return XeroPane::tr("tomorrow at %1").arg(time);
    return XeroPane::tr("%1 at %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

} // namespace

XeroPane::XeroPane(Database &db, XeroContext &context, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_context(&context)
    , m_pages(new QStackedWidget(this))
    , m_problems(new ProblemsView(db, this))
    , m_history(new HistoryView(db, this))
{
    setObjectName(QStringLiteral("xeroPane"));
    m_problems->setContext(&context);
    m_notConnectedPage = buildNotConnected();
    m_connectingPage = buildConnecting();
    m_setupHolder = new QWidget(this);
    auto *setupLayout = new QVBoxLayout(m_setupHolder);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    m_connectedPage = buildConnected();
    m_pages->addWidget(m_notConnectedPage);
    m_pages->addWidget(m_connectingPage);
    m_pages->addWidget(m_setupHolder);
    m_pages->addWidget(m_connectedPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_problems, &ProblemsView::openRecord, this, &XeroPane::openRecord);
    connect(m_problems, &ProblemsView::resolveConflict, this, &XeroPane::resolveConflict);
    connect(m_problems, &ProblemsView::resolveCollision, this, &XeroPane::resolveCollision);
    connect(m_problems, &ProblemsView::tryAgain, this, &XeroPane::tryAgain);
    connect(m_problems, &ProblemsView::countChanged, this, [this](int count) {
        m_tabs->setTabText(0, count > 0 ? tr("Problems (%1)").arg(count) : tr("Problems"));
        updateStatus();
    });
    setState(State::NotConnected);
    reload();
}

QWidget *XeroPane::buildNotConnected()
{
    auto *page = new QWidget(this);
    m_connect = xeroButton(tr("Connect to Xero"), QStringLiteral("connectToXero"), page);
    m_connectMessage = paragraph({}, page);
    m_connectMessage->setObjectName(QStringLiteral("connectMessage"));
    m_connectMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_connectMessage->hide();
    auto *layout = statePageLayout(page);
    m_connectHeading = heading(tr("Connect Billhook to Xero"), page);
    layout->addWidget(m_connectHeading);
    m_connectIntro =
        paragraph(tr("Billhook then sends your customers, invoices and payments to Xero and brings "
                     "back what changes there, such as payments you record in Xero, so nothing is "
                     "typed twice."),
                  page);
    layout->addWidget(m_connectIntro);
    layout->addWidget(m_connect);
    layout->addWidget(m_connectMessage);
    auto *small =
        paragraph(tr("Your web browser opens Xero's sign-in page. Everything you keep in Billhook stays on "
                     "this computer, and you can disconnect at any time."),
                  page);
    small->setEnabled(false);
    layout->addWidget(small);

    // No Xero account (yet): the demo organisation, in a window of its own.
    m_tryDemoBox = new QWidget(page);
    auto *demoLayout = new QVBoxLayout(m_tryDemoBox);
    demoLayout->setContentsMargins(0, 18, 0, 0);
    demoLayout->addWidget(heading(tr("No Xero account?"), m_tryDemoBox, 1.1));
    demoLayout->addWidget(paragraph(
        tr("Try the sync with Demo Company (UK), a stand-in for Xero that runs on this computer, with a "
           "year of customers, invoices and payments. It opens in a window of its own, marked DEMO, with a "
           "database of its own: your books are not touched."),
        m_tryDemoBox));
    m_tryDemo = new QPushButton(tr("Try with a demo organisation"), m_tryDemoBox);
    m_tryDemo->setObjectName(QStringLiteral("tryDemo"));
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_tryDemo);
    demoRow->addStretch(1);
    demoLayout->addLayout(demoRow);
    layout->addWidget(m_tryDemoBox);
    layout->addStretch(1);
    connect(m_connect, &QPushButton::clicked, this, &XeroPane::connectRequested);
    connect(m_tryDemo, &QPushButton::clicked, this, &XeroPane::demoRequested);
    return page;
}

void XeroPane::setDemo(bool demo)
{
    m_tryDemoBox->setVisible(!demo);
    if (demo) {
        m_connectHeading->setText(tr("Connect to the demo organisation"));
        m_connectIntro->setText(
            tr("This window is a demo. Demo Company (UK) stands in for Xero on this computer: connect to it "
               "as you would to Xero, look at what the setup offers, sync, and make changes on either side. "
               "Nothing here reaches your books or a real Xero, and the demo's data is gone when you close "
               "it."));
    }
}

QWidget *XeroPane::buildConnecting()
{
    auto *page = new QWidget(this);
    m_cancelConnect = new QPushButton(tr("Cancel"), page);
    m_cancelConnect->setObjectName(QStringLiteral("cancelConnect"));
    auto *again = new QPushButton(tr("Open the page again"), page);
    again->setObjectName(QStringLiteral("reopenBrowser"));
    auto *layout = statePageLayout(page);
    layout->addWidget(heading(tr("Finish in your browser…"), page));
    layout->addWidget(
        paragraph(tr("Xero's sign-in page has opened in your web browser. Sign in, choose the "
                     "organisation to connect and select “Allow access”. Billhook carries on by "
                     "itself as soon as you have."),
                  page));
    auto *busy = new QProgressBar(page);
    busy->setRange(0, 0);
    busy->setMaximumWidth(320);
    busy->setTextVisible(false);
    layout->addWidget(busy);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(again);
    buttons->addWidget(m_cancelConnect);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_cancelConnect, &QPushButton::clicked, this, &XeroPane::cancelConnectRequested);
    connect(again, &QPushButton::clicked, this, &XeroPane::reopenBrowserRequested);
    return page;
}

QWidget *XeroPane::buildConnected()
{
    auto *page = new QWidget(this);
    m_indicatorIcon = new QLabel(page);
    m_indicator = heading({}, page, 1.25);
    m_indicator->setObjectName(QStringLiteral("xeroIndicator"));
    m_reconnectReason = paragraph({}, page);
    m_reconnectReason->setObjectName(QStringLiteral("reconnectReason"));
    m_reconnect = xeroButton(tr("Reconnect to Xero"), QStringLiteral("reconnectToXero"), page);
    m_organisation = new QLabel(page);
    m_lastSync = new QLabel(page);
    m_nextSync = new QLabel(page);
    m_calls = new QLabel(page);
    for (QLabel *l : {m_organisation, m_lastSync, m_nextSync, m_calls})
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncNow = new QPushButton(tr("Sync now"), page);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setDefault(true);
    m_syncNow->setToolTip(tr("Send every waiting change to Xero and fetch Xero's changes now"));
    m_cancelSync = new QPushButton(tr("Cancel"), page);
    m_cancelSync->setObjectName(QStringLiteral("cancelSync"));
    m_cancelSync->setToolTip(
        tr("Stop after the current step. What was sent stays sent; the rest goes next time."));
    m_disconnect = new QPushButton(tr("Disconnect"), page);
    m_changeSetup = new QPushButton(tr("Change setup"), page);
    m_changeSetup->setObjectName(QStringLiteral("changeSetup"));
    m_changeSetup->setToolTip(tr("The bank and sales accounts, tax rates and what to sync"));
    m_disconnect->setObjectName(QStringLiteral("disconnectXero"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(false);
    m_syncLine = new QLabel(page);
    m_syncLine->setObjectName(QStringLiteral("syncLine"));
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("xeroTabs"));
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(m_history, tr("History"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_indicatorIcon);
    top->addWidget(m_indicator, 1);
    top->addWidget(m_changeSetup, 0, Qt::AlignTop);
    top->addWidget(m_disconnect, 0, Qt::AlignTop);
    auto *facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->addRow(tr("Organisation:"), m_organisation);
    facts->addRow(tr("Last sync:"), m_lastSync);
    facts->addRow(tr("Next automatic sync:"), m_nextSync);
    facts->addRow(tr("Xero calls today:"), m_calls);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reconnect);
    actions->addWidget(m_syncNow);
    actions->addWidget(m_progress, 3);
    actions->addWidget(m_cancelSync);
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->addLayout(top);
    layout->addWidget(m_reconnectReason);
    layout->addLayout(facts);
    layout->addLayout(actions);
    layout->addWidget(m_syncLine);
    layout->addWidget(m_tabs, 1);

    connect(m_syncNow, &QPushButton::clicked, this, &XeroPane::syncNowRequested);
    connect(m_cancelSync, &QPushButton::clicked, this, &XeroPane::cancelSyncRequested);
    connect(m_reconnect, &QPushButton::clicked, this, &XeroPane::connectRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &XeroPane::confirmDisconnect);
    connect(m_changeSetup, &QPushButton::clicked, this, &XeroPane::changeSetupRequested);
    return page;
}

void XeroPane::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::NotConnected:
        m_pages->setCurrentWidget(m_notConnectedPage);
        break;
    case State::Connecting:
        m_pages->setCurrentWidget(m_connectingPage);
        break;
    case State::Setup:
        m_pages->setCurrentWidget(m_setupHolder);
        break;
    case State::Connected:
    case State::ReconnectNeeded:
        m_pages->setCurrentWidget(m_connectedPage);
        break;
    }
    const bool reconnect = state == State::ReconnectNeeded;
    m_reconnect->setVisible(reconnect);
    m_reconnectReason->setVisible(reconnect);
    m_syncNow->setVisible(!reconnect);
    if (state == State::Connecting)
        setConnectMessage({});
    setSyncRunning(m_syncRunning);
    updateStatus();
}

XeroPane::Indicator XeroPane::indicator() const
{
    switch (m_state) {
    case State::NotConnected:
    case State::Connecting:
        return Indicator::NotLinked;
    case State::Setup:
        return Indicator::NeedsAttention;
    case State::ReconnectNeeded:
        return Indicator::ReconnectNeeded;
    case State::Connected:
        return m_problems->count() > 0 ? Indicator::NeedsAttention : Indicator::Linked;
    }
    return Indicator::NotLinked;
}

QString XeroPane::indicatorText() const
{
    return m_indicator->text();
}

QString XeroPane::statusText() const
{
    const QString org = m_overview.organisation;
    switch (indicator()) {
    case Indicator::NotLinked:
        return m_state == State::Connecting ? tr("Connecting to Xero…") : tr("Not connected to Xero");
    case Indicator::Linked:
        return m_syncRunning ? tr("Xero: syncing…") : tr("Xero: linked to %1").arg(org);
    case Indicator::NeedsAttention:
        if (m_state == State::Setup)
            return tr("Xero: finish the setup to start syncing");
        return tr("Xero: %n problem(s) need attention", "", m_problems->count());
    case Indicator::ReconnectNeeded:
        return tr("Xero: reconnect needed");
    }
    return {};
}

void XeroPane::updateStatus()
{
    const Indicator ind = indicator();
    QColor color = SyncStateText::color(RecordSyncState::NotInXero);
    QString text;
    switch (ind) {
    case Indicator::NotLinked:
        text = tr("Not connected");
        break;
    case Indicator::Linked:
        // "In sync" is a claim about both sides: made only when the last run checked it.
        color = SyncStateText::color(RecordSyncState::Synced);
        if (m_overview.lastResult == SyncResult::Clean) {
            text = tr("Linked: everything is in sync");
        } else if (m_overview.lastResult == SyncResult::HeldBack) {
            color = SyncStateText::color(RecordSyncState::Pending);
            text = tr("Linked: in sync but for %n record(s) held back by your settings", "",
                      m_overview.heldBack);
        } else if (!m_overview.lastResult || m_overview.lastResult == SyncResult::Running) {
            color = SyncStateText::color(RecordSyncState::Pending);
            text = tr("Linked: not synced yet");
        } else {
            color = SyncStateText::color(RecordSyncState::Pending);
            text = tr("Linked: the last sync did not finish");
        }
        break;
    case Indicator::NeedsAttention:
        color = SyncStateText::color(RecordSyncState::Conflict);
        text = tr("Linked: %n problem(s) need attention", "", m_problems->count());
        break;
    case Indicator::ReconnectNeeded:
        color = SyncStateText::color(RecordSyncState::Problem);
        text = tr("Reconnect needed");
        break;
    }
    m_indicatorIcon->setPixmap(SyncStateText::dot(color, 16).pixmap(16, 16));
    m_indicator->setText(text);
    Q_EMIT statusChanged();
}

void XeroPane::setOverview(const Overview &overview)
{
    m_overview = overview;
    m_organisation->setText(overview.organisation.isEmpty() ? tr("(unknown)") : overview.organisation);
    m_lastSync->setText(overview.lastSyncAt.isValid()
                            ? tr("%1 · %2").arg(whenText(overview.lastSyncAt), overview.lastSyncResult)
                            : tr("Not yet"));
    if (!overview.nextSyncNote.isEmpty())
        m_nextSync->setText(overview.nextSyncNote);
    else if (overview.nextSyncAt.isValid())
        m_nextSync->setText(whenText(overview.nextSyncAt));
    else
        m_nextSync->setText(tr("None planned"));
    m_calls->setText(overview.callsToday < 0 ? tr("Not known yet")
                                             : tr("%1 of %2 allowed per day")
                                                   .arg(QLocale().toString(overview.callsToday),
                                                        QLocale().toString(overview.dailyCallLimit)));
    updateStatus();
}

QString XeroPane::overviewText() const
{
    return QStringList{m_organisation->text(), m_lastSync->text(), m_nextSync->text(), m_calls->text()}.join(
        QLatin1Char('\n'));
}

void XeroPane::setConnectMessage(const QString &message)
{
    m_connectMessage->setText(message);
    m_connectMessage->setVisible(!message.isEmpty());
}

void XeroPane::setReconnectReason(const QString &reason)
{
    m_reconnectReason->setText(reason);
}

QString XeroPane::reconnectExplanation(const QString &organisation)
{
    return tr("Xero no longer accepts Billhook's connection to %1. This happens when the app is disconnected "
              "in "
              "Xero (Settings › Connected apps) or was not used for 60 days. Nothing is lost: your changes "
              "wait "
              "here until you reconnect.")
        .arg(organisation.isEmpty() ? tr("your organisation") : organisation);
}

void XeroPane::setSetupPage(QWidget *page)
{
    // The page is taller than a small window: it scrolls, and its wrapped text keeps its full height.
    auto *scroll = new QScrollArea(m_setupHolder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto *layout = m_setupHolder->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    layout->addWidget(scroll);
}

void XeroPane::setSyncRunning(bool running)
{
    m_syncRunning = running;
    const bool linked = m_state == State::Connected;
    m_syncNow->setEnabled(linked && !running);
    m_cancelSync->setVisible(running);
    m_progress->setVisible(running);
    m_disconnect->setEnabled(!running);
    m_changeSetup->setEnabled(linked && !running);
    if (!running) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_syncLine->clear();
    }
    m_syncLine->setVisible(running);
    updateStatus();
}

void XeroPane::setSyncProgress(int done, int total, const QString &line)
{
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(qBound(0, done, total));
    } else {
        m_progress->setRange(0, 0);
    }
    m_syncLine->setText(line);
}

QString XeroPane::syncLine() const
{
    return m_syncLine->text();
}

void XeroPane::reload()
{
    m_problems->reload();
    m_history->reload();
    updateStatus();
}

void XeroPane::showProblems()
{
    m_tabs->setCurrentWidget(m_problems);
}

void XeroPane::showHistory()
{
    m_tabs->setCurrentWidget(m_history);
}

void XeroPane::confirmDisconnect()
{
    const QString org = m_overview.organisation.isEmpty() ? tr("Xero") : m_overview.organisation;
    const auto answer = Dialogs::question(this, tr("Disconnect from Xero?"),
                                          tr("Billhook stops syncing with %1 and gives up its access to "
                                             "Xero.\n\nEverything in Billhook stays on this "
                                             "computer, and nothing is deleted in Xero. Changes you make "
                                             "from now on wait here until you connect "
                                             "again.")
                                              .arg(org),
                                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT disconnectRequested();
}

} // namespace billhook
