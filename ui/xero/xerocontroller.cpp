#include "xerocontroller.h"

#include "historyview.h"
#include "problemsview.h"
#include "setuppage.h"
#include "storage/apiusagestore.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "sync/syncengine.h"
#include "sync/syncoptions.h"
#include "sync/syncrunner.h"
#include "sync/xerostack.h"
#include "ui/common/dialogs.h"
#include "xerocontext.h"
#include "xeropane.h"

#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSystemTrayIcon>

namespace billhook {

XeroController::XeroController(Database &db, XeroPane &pane, XeroContext &context, QObject *parent)
    : XeroController(db, pane, context, Options{}, parent)
{}

XeroController::XeroController(Database &db, XeroPane &pane, XeroContext &context, Options options,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_pane(pane)
    , m_context(context)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_runner(new SyncRunner(db.path(), this))
    , m_scheduler(new SyncScheduler(options.schedule, this))
    , m_setup(new SetupPage(db))
{
    m_connection = m_options.credentials
                       ? new XeroConnection(db, *m_options.credentials, m_options.auth, this)
                       : new XeroConnection(db, m_options.auth, this);
    m_pane.setSetupPage(m_setup);
    // The runs read the token where the connection keeps it (a demo's memory, or the keychain).
    m_runner->setCredentials(m_options.credentials);

    // Connecting.
    connect(&m_pane, &XeroPane::connectRequested, this, &XeroController::connectToXero);
    connect(&m_pane, &XeroPane::cancelConnectRequested, this, [this] {
        m_connection->cancel();
        refresh();
    });
    connect(&m_pane, &XeroPane::reopenBrowserRequested, this, [this] {
        if (m_authorizeUrl.isValid())
            m_context.openUrl(m_authorizeUrl);
    });
    connect(m_connection, &XeroConnection::authorizationUrlReady, this, [this](const QUrl &url) {
        m_authorizeUrl = url;
        m_context.openUrl(url);
    });
    connect(m_connection, &XeroConnection::organisationChoiceNeeded, this,
            [this](const QList<XeroOrganisation> &organisations) {
                QStringList names;
                for (const auto &o : organisations)
                    names << o.name;
                const int chosen = Dialogs::chooseItem(
                    &m_pane, tr("Choose the organisation"),
                    tr("You allowed Billhook into several Xero organisations. Billhook keeps "
                       "one in sync; which one is this business?"),
                    names);
                if (chosen < 0) {
                    m_connection->cancel();
                    refresh();
                } else {
                    m_connection->chooseOrganisation(organisations.at(chosen).tenantId);
                }
            });
    connect(m_connection, &XeroConnection::differentOrganisation, this,
            [this](const XeroOrganisation &linked, const XeroOrganisation &chosen) {
                const auto answer = Dialogs::question(
                    &m_pane, tr("Link a different organisation?"),
                    tr("Billhook is linked to %1, and you chose %2 in Xero.\n\nLink Billhook to %2 instead? "
                       "Nothing waiting for %1 is sent to %2.")
                        .arg(linked.name, chosen.name),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
                if (answer == QMessageBox::Yes) {
                    m_connection->confirmSwitch();
                } else {
                    m_connection->cancel();
                    m_pane.setConnectMessage(tr("Billhook stays linked to %1.").arg(linked.name));
                    refresh();
                }
            });
    connect(m_connection, &XeroConnection::connected, this, [this] {
        m_pane.setConnectMessage({});
        refresh();
    });
    connect(m_connection, &XeroConnection::failed, this, [this](const Error &error) {
        m_pane.setConnectMessage(error.message);
        refresh();
        if (m_connection->status().state != XeroConnection::LinkState::NotConnected)
            Q_EMIT attentionNeeded(error.message);
    });
    connect(m_connection, &XeroConnection::disconnected, this, &XeroController::refresh);
    connect(&m_pane, &XeroPane::disconnectRequested, this, [this] { disconnectNow(); });

    // Setup.
    connect(m_setup, &SetupPage::checkAgainRequested, this, [this] { loadSetupReference(); });
    connect(m_setup, &SetupPage::finished, this, &XeroController::onSetupFinished);
    connect(&m_pane, &XeroPane::changeSetupRequested, this, [this] {
        m_changingSetup = true;
        m_setup->setCancellable(true);
        m_pane.setState(XeroPane::State::Setup);
        loadSetupReference(); // what Xero has now: accounts may have been added or archived
    });
    connect(m_setup, &SetupPage::cancelled, this, [this] {
        m_changingSetup = false;
        refresh();
    });
    connect(m_setup, &SetupPage::importPreviewRequested, this, [this] {
        // A dry run reads Xero and writes no record anywhere: the plan the first sync will carry out with
        // the options as chosen on the page (which the run reads from the settings).
        if (auto s = m_setup->options().save(m_db); !s) {
            m_setup->setBusy(s.error().message);
            return;
        }
        if (!m_runner->start(true))
            return;
        m_setup->setBusy(tr("Reading the organisation's contacts and invoices from Xero…"));
    });

    // Syncing.
    connect(&m_pane, &XeroPane::syncNowRequested, this, [this] { syncNow(); });
    connect(&m_context, &XeroContext::syncRequested, this, [this] { syncNow(); });
    connect(&m_pane, &XeroPane::cancelSyncRequested, m_runner, &SyncRunner::cancel);
    connect(&m_pane, &XeroPane::resolveConflict, this, &XeroController::resolveConflict);
    connect(&m_pane, &XeroPane::resolveCollision, this, &XeroController::resolveCollision);
    connect(&m_pane, &XeroPane::tryAgain, this, &XeroController::tryAgain);
    connect(m_runner, &SyncRunner::progress, this,
            [this](const SyncProgress &p) { m_pane.setSyncProgress(p.done, p.total, p.text); });
    connect(m_runner, &SyncRunner::waitingForRateLimit, this, [this](int seconds) {
        if (seconds > 0)
            m_pane.setSyncProgress(0, 0, tr("Waiting %n s for Xero's rate limit…", "", seconds));
    });
    connect(m_runner, &SyncRunner::finished, this, &XeroController::onSyncFinished);
    // The periodic runs and those after local edits read the kinds that rarely change only when due or
    // needed (SyncEngine::setAutomatic); the run at start, back online and Sync now read everything.
    connect(m_scheduler, &SyncScheduler::syncDue, this, [this](SyncScheduler::Reason reason) {
        syncNow(reason == SyncScheduler::Reason::Periodic || reason == SyncScheduler::Reason::LocalEdits);
    });
    connect(m_scheduler, &SyncScheduler::nextSyncChanged, this, &XeroController::updateOverview);

    if (m_options.watchNetwork)
        m_scheduler->watchNetwork();
    if (m_options.trayNotifications && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/billhook.svg")), this);
        m_tray->setToolTip(tr("Billhook"));
    }
}

XeroController::~XeroController()
{
    // The setup page belongs to the pane's widget tree; the runner stops its thread in its destructor.
}

QString XeroController::setupKey(const QString &tenantId) const
{
    return QStringLiteral("xero.") + tenantId + QStringLiteral(".setup_done");
}

bool XeroController::isSetUp() const
{
    const auto status = m_connection->status();
    return status.state != XeroConnection::LinkState::NotConnected &&
           SettingsStore(m_db).value(setupKey(status.tenantId)) == u"1";
}

void XeroController::connectToXero()
{
    m_pane.setState(XeroPane::State::Connecting);
    m_connection->startConnect(m_connection->status().tenantId);
}

bool XeroController::isSyncing() const
{
    return m_runner->isRunning();
}

void XeroController::start()
{
    m_lastOpenIssues = int(SyncStore(m_db).openIssues().size());
    refresh();
}

void XeroController::noteLocalEdit()
{
    m_scheduler->noteLocalEdit();
}

void XeroController::refresh()
{
    const auto status = m_connection->status();
    const QString shortCode = status.tenantId.isEmpty()
                                  ? QString()
                                  : SettingsStore(m_db).value(QStringLiteral("xero.") + status.tenantId +
                                                              QStringLiteral(".short_code"));
    switch (status.state) {
    case XeroConnection::LinkState::NotConnected:
        m_context.setLinked(false);
        m_scheduler->setEnabled(false);
        m_pane.setState(m_connection->phase() == XeroConnection::Phase::Idle ? XeroPane::State::NotConnected
                                                                             : XeroPane::State::Connecting);
        break;
    case XeroConnection::LinkState::ReconnectNeeded:
        // The records keep showing where they stand; nothing is sent until the user reconnects.
        m_context.setLinked(true, status.tenantName, shortCode);
        m_scheduler->setEnabled(false);
        m_pane.setReconnectReason(XeroPane::reconnectExplanation(status.tenantName));
        if (m_connection->phase() == XeroConnection::Phase::Idle) {
            if (m_pane.state() != XeroPane::State::ReconnectNeeded)
                notify(tr("Xero needs you to reconnect Billhook to %1.").arg(status.tenantName));
            m_pane.setState(XeroPane::State::ReconnectNeeded);
        } else {
            m_pane.setState(XeroPane::State::Connecting);
        }
        break;
    case XeroConnection::LinkState::Linked:
        if (m_connection->phase() != XeroConnection::Phase::Idle) {
            m_pane.setState(XeroPane::State::Connecting);
        } else if (m_changingSetup) {
            m_pane.setState(XeroPane::State::Setup); // a sync finishing meanwhile leaves the page open
        } else if (!isSetUp()) {
            m_context.setLinked(false);
            m_scheduler->setEnabled(false);
            m_pane.setState(XeroPane::State::Setup);
            if (m_setup->reference().organisation.isEmpty())
                loadSetupReference();
        } else {
            m_context.setLinked(true, status.tenantName, shortCode);
            m_pane.setState(XeroPane::State::Connected);
            m_scheduler->setEnabled(true);
        }
        break;
    }
    updateOverview();
}

void XeroController::updateOverview()
{
    const auto status = m_connection->status();
    XeroPane::Overview o;
    o.organisation = status.tenantName;
    const QList<SyncRun> runs = SyncStore(m_db).runs(1);
    if (!runs.isEmpty()) {
        o.lastSyncAt = runs.first().finishedAt.isValid() ? runs.first().finishedAt : runs.first().startedAt;
        o.lastSyncResult = HistoryView::resultText(runs.first());
        o.lastResult = runs.first().result;
        o.heldBack = runs.first().heldBack;
    }
    if (m_runner->isRunning())
        o.nextSyncNote = tr("After the one under way");
    else if (!m_scheduler->isOnline())
        o.nextSyncNote = tr("Paused while this computer is offline");
    else if (status.state == XeroConnection::LinkState::ReconnectNeeded)
        o.nextSyncNote = tr("After you reconnect");
    o.nextSyncAt = m_scheduler->nextSyncAt();
    if (!status.tenantId.isEmpty())
        o.callsToday = ApiUsageStore(m_db).callsToday(status.tenantId, QDateTime::currentDateTimeUtc());
    m_pane.setOverview(o);
}

bool XeroController::syncNow(bool automatic)
{
    if (m_connection->status().state != XeroConnection::LinkState::Linked || !isSetUp())
        return false;
    if (!m_runner->start(false, automatic))
        return false; // one is under way
    m_scheduler->syncStarted();
    m_pane.setSyncRunning(true);
    m_pane.setSyncProgress(0, 0, tr("Starting the sync with Xero…"));
    updateOverview();
    return true;
}

void XeroController::onSyncFinished(const SyncSummary &summary)
{
    if (summary.dryRun) {
        m_setup->setBusy({});
        if (summary.result == SyncResult::Failed)
            m_setup->setBusy(summary.message);
        else
            m_setup->setImportPreview(summary);
        return;
    }
    m_pane.setSyncRunning(false);
    m_scheduler->syncFinished();
    m_pane.reload();
    m_context.notifySyncStatesChanged();
    refresh(); // a refused refresh token turns the link into "reconnect needed"
    Q_EMIT syncFinished(summary);

    const int open = m_pane.problems()->count();
    if (summary.result == SyncResult::Failed &&
        m_connection->status().state == XeroConnection::LinkState::Linked)
        Q_EMIT attentionNeeded(tr("The sync with Xero stopped: %1").arg(summary.message));
    else if (open > m_lastOpenIssues)
        notify(tr("%n Xero problem(s) need your attention.", "", open));
    m_lastOpenIssues = open;
}

void XeroController::onSetupFinished(const SyncOptions &)
{
    m_changingSetup = false;
    const auto status = m_connection->status();
    if (auto s = SettingsStore(m_db).setValue(setupKey(status.tenantId), QStringLiteral("1")); !s) {
        Q_EMIT attentionNeeded(s.error().message);
        return;
    }
    refresh();
    syncNow();
}

void XeroController::resolveConflict(Id issueId, bool keepMine)
{
    if (auto s = SyncEngine::resolveConflict(m_db, issueId, keepMine); !s) {
        Q_EMIT attentionNeeded(s.error().message);
        return;
    }
    m_pane.reload();
    m_context.notifySyncStatesChanged();
    syncNow(); // the choice reaches the other side with this sync
}

void XeroController::resolveCollision(Id issueId, int choice)
{
    auto done = SyncEngine::resolveCollision(m_db, issueId, SyncEngine::CollisionChoice(choice));
    if (!done) {
        Q_EMIT attentionNeeded(done.error().message);
        return;
    }
    Q_EMIT attentionNeeded(*done);
    m_pane.reload();
    m_context.notifySyncStatesChanged();
    syncNow();
}

void XeroController::tryAgain(Id issueId)
{
    auto done = SyncEngine::tryAgain(m_db, issueId);
    Q_EMIT attentionNeeded(done ? *done : done.error().message);
    if (!done)
        return;
    m_pane.reload();
    syncNow();
}

void XeroController::notify(const QString &message)
{
    Q_EMIT attentionNeeded(message);
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(tr("Billhook and Xero"), message, QSystemTrayIcon::Warning);
    }
}

QCoro::Task<void> XeroController::disconnectNow()
{
    QPointer<XeroController> self(this);
    m_scheduler->setEnabled(false);
    const Status s = co_await m_connection->disconnectXero();
    if (!self)
        co_return;
    if (!s)
        Q_EMIT attentionNeeded(s.error().message);
    refresh();
}

QCoro::Task<void> XeroController::loadSetupReference()
{
    if (m_loadingReference)
        co_return;
    m_loadingReference = true;
    QPointer<XeroController> self(this);
    QPointer<SetupPage> setup(m_setup);
    setup->setBusy(tr("Reading the organisation's accounts, tax rates and currencies from Xero…"));
    XeroStackOverrides overrides;
    overrides.credentials = m_options.credentials;
    overrides.network = m_network;
    auto stack = XeroStack::forLinkedOrganisation(m_db, std::move(overrides));
    if (!stack) {
        setup->setBusy(stack.error().message);
        m_loadingReference = false;
        co_return;
    }
    const std::unique_ptr<XeroStack> xero = std::move(stack).value();
    const auto read = co_await xero->readReference();
    if (!self || !setup)
        co_return;
    if (!read) {
        setup->setBusy(
            tr("Billhook could not read the organisation from Xero: %1 Choose Check again to retry.")
                .arg(read.error().message));
        m_loadingReference = false;
        if (read.error().code == Error::Code::Auth)
            refresh();
        co_return;
    }
    const XeroReference &org = *read;
    XeroSetupReference ref;
    ref.organisation = org.organisation;
    ref.shortCode = org.shortCode;
    ref.baseCurrency = org.baseCurrency;
    ref.currencies = org.currencies;
    for (const Account &a : org.bankAccounts())
        ref.bankAccounts.append({a.code, a.name, a.xeroId});
    for (const Account &a : org.revenueAccounts())
        ref.revenueAccounts.append({a.code, a.name, a.xeroId});
    for (const TaxRate &t : org.revenueTaxRates())
        ref.taxTypes.append({t.code, t.name, t.rate});
    // The short code makes "Open in Xero" open the right organisation; without it the plain link works too.
    if (!ref.shortCode.isEmpty())
        (void)SettingsStore(m_db).setValue(
            QStringLiteral("xero.") + xero->tenantId() + QStringLiteral(".short_code"), ref.shortCode);
    setup->setReference(ref);
    m_loadingReference = false;
    Q_EMIT setupReferenceLoaded();
}

} // namespace billhook
