#include "mainwindow.h"

#include "aboutdialog.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "ui/common/banner.h"
#include "ui/common/icons.h"
#include "ui/common/queryworker.h"
#include "ui/common/unsavedchanges.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/customerpage.h"
#include "ui/customers/customersview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/invoices/invoiceeditor.h"
#include "ui/invoices/invoicesview.h"
#include "ui/settings/settingsview.h"
#include "ui/xero/problemsview.h"
#include "ui/xero/recordsyncbar.h"
#include "ui/xero/xerocontext.h"
#include "ui/xero/xeropane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace billhook {

namespace {
// Typing pause before the list is filtered: short enough to feel live, long enough that a fast typist
// triggers one query rather than one per key.
constexpr int kSearchDelayMs = 150;
} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : MainWindow(db, XeroController::Options{}, parent)
{}

MainWindow::MainWindow(Database &db, const XeroController::Options &xeroOptions, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_queries(new QueryWorker(db.path(), this))
    , m_banner(new MessageBanner(this))
    , m_nav(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_xeroState(new QLabel(tr("Not connected to Xero"), this))
    , m_dashboard(new DashboardView(*m_queries, this))
    , m_customers(new CustomersView(db, *m_queries, *m_banner, this))
    , m_invoices(new InvoicesView(db, *m_queries, *m_banner, this))
    , m_settings(new SettingsView(db, *m_banner, this))
    , m_xeroContext(new XeroContext(this))
    , m_xero(new XeroPane(db, *m_xeroContext, this))
    , m_xeroController(new XeroController(db, *m_xero, *m_xeroContext, xeroOptions, this))
{
    setWindowTitle(tr("Billhook"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/billhook.svg")));
    setObjectName(QStringLiteral("billhookMainWindow"));

    m_nav->setObjectName(QStringLiteral("navigation"));
    const QList<QPair<QString, QIcon>> sections = {
        {tr("Dashboard"), themedIcon(QStringLiteral("go-home"), QStringLiteral("dashboard"))},
        {tr("Customers"), themedIcon(QStringLiteral("system-users"), QStringLiteral("customers"))},
        {tr("Invoices"), themedIcon(QStringLiteral("x-office-document"), QStringLiteral("invoices"))},
        {tr("Xero"), themedIcon(QStringLiteral("network-workgroup"), QStringLiteral("xero"))},
        {tr("Settings"), themedIcon(QStringLiteral("preferences-system"), QStringLiteral("settings"))},
    };
    for (const auto &[label, icon] : sections)
        new QListWidgetItem(icon, label, m_nav);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFixedWidth(170);
    m_nav->setFrameShape(QFrame::NoFrame);

    auto *settingsScroll = new QScrollArea(this);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsScroll->setWidget(m_settings);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_customers);
    m_pages->addWidget(m_invoices);
    m_pages->addWidget(m_xero);
    m_pages->addWidget(settingsScroll);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_pages, 1);
    auto *central = new QWidget(this);
    auto *centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_nav);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);

    m_xeroState->setObjectName(QStringLiteral("xeroState"));
    statusBar()->addPermanentWidget(m_xeroState);

    createActions();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_pages->currentIndex())
            return;
        if (!canLeaveCurrent()) {
            const QSignalBlocker blocker(m_nav);
            m_nav->setCurrentRow(m_pages->currentIndex());
            return;
        }
        m_pages->setCurrentIndex(row);
        if (Section(row) == Section::Dashboard)
            m_dashboard->refresh();
        if (Section(row) == Section::Settings)
            m_settings->reload();
        if (Section(row) == Section::Xero)
            m_xero->reload();
        m_search->setEnabled(Section(row) == Section::Customers || Section(row) == Section::Invoices);
        applySearch();
        updateActions();
    });
    connect(m_customers, &CustomersView::editingChanged, this, &MainWindow::updateActions);
    connect(m_invoices, &InvoicesView::editingChanged, this, &MainWindow::updateActions);
    connect(m_invoices->editor(), &InvoiceEditor::changed, this, &MainWindow::updateActions); // approved...
    connect(m_dashboard, &DashboardView::openInvoice, this, [this](Id id) {
        showSection(Section::Invoices);
        m_invoices->openInvoice(id);
    });
    connect(m_customers, &CustomersView::openInvoice, this, [this](Id id) {
        showSection(Section::Invoices);
        m_invoices->openInvoice(id);
    });
    connect(m_customers, &CustomersView::newInvoiceFor, this, [this](Id id) {
        showSection(Section::Invoices);
        m_invoices->newInvoice(id);
    });
    connect(m_invoices, &InvoicesView::dataChanged, this, [this] {
        m_dashboard->refresh();
        m_customers->refresh();
    });
    connect(m_queries, &QueryWorker::failed, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageBanner::Kind::Error); });

    // Xero: the pane, the sync column and bars, the status bar line.
    m_customers->setXeroContext(m_xeroContext);
    m_invoices->setXeroContext(m_xeroContext);
    connect(m_xero, &XeroPane::statusChanged, this, [this] {
        m_xeroState->setText(m_xero->statusText());
        m_xeroState->setMinimumWidth(m_xeroState->sizeHint().width()); // never squeezed by a message
    });
    m_xeroState->setText(m_xero->statusText());
    connect(m_xero, &XeroPane::openRecord, this, &MainWindow::openSyncRecord);
    connect(m_xero, &XeroPane::demoRequested, this, [this] {
        if (m_xeroContext->startDemo())
            statusBar()->showMessage(tr("The demo opens in a window of its own…"), 15000);
        else
            m_banner->showMessage(tr("The demo could not be started. Reinstalling Billhook puts back what it "
                                     "needs."),
                                  MessageBanner::Kind::Error);
    });
    const auto showProblemsOf = [this](SyncEntity entity, Id id) {
        showSection(Section::Xero);
        if (currentSection() == Section::Xero) {
            m_xero->showProblems();
            m_xero->problems()->selectRecord(entity, id);
        }
    };
    connect(m_customers->page()->syncBar(), &RecordSyncBar::showProblems, this, showProblemsOf);
    connect(m_invoices->editor()->syncBar(), &RecordSyncBar::showProblems, this, showProblemsOf);
    // Saved edits start the automatic sync's settle minute; what needs attention shows in the status bar.
    connect(m_customers->editor(), &CustomerEditor::saved, m_xeroController, &XeroController::noteLocalEdit);
    connect(m_invoices, &InvoicesView::dataChanged, m_xeroController, &XeroController::noteLocalEdit);
    connect(m_xeroController, &XeroController::attentionNeeded, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_xeroController, &XeroController::syncFinished, this, [this] {
        m_customers->refresh();
        m_invoices->refresh();
        m_dashboard->refresh();
    });

    m_nav->setCurrentRow(int(Section::Dashboard));
    m_dashboard->refresh();
    m_search->setEnabled(false);
    updateActions();
    restoreLayout();
    m_xeroController->start();
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *newAction =
        new QAction(themedIcon(QStringLiteral("document-new"), QStringLiteral("new")), tr("&New"), this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("New customer or invoice, depending on the section (%1)")
                              .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(newAction, &QAction::triggered, this, [this] {
        if (currentSection() == Section::Customers) {
            m_customers->newCustomer();
        } else {
            showSection(Section::Invoices);
            m_invoices->newInvoice();
        }
    });
    auto *saveAction = m_saveAction =
        new QAction(themedIcon(QStringLiteral("document-save"), QStringLiteral("save")), tr("&Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (currentSection() == Section::Customers && m_customers->isEditing())
            m_customers->editor()->save();
        else if (currentSection() == Section::Invoices && m_invoices->isEditing())
            m_invoices->editor()->save();
        else if (currentSection() == Section::Settings)
            m_settings->save();
    });
    auto *printAction = m_printAction = new QAction(
        themedIcon(QStringLiteral("document-print"), QStringLiteral("print")), tr("&Print…"), this);
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, [this] {
        if (currentSection() == Section::Invoices && m_invoices->isEditing()) // else disabled
            m_invoices->editor()->print();
    });
    auto *deleteAction = m_deleteAction = new QAction(
        themedIcon(QStringLiteral("edit-delete"), QStringLiteral("delete")), tr("&Delete draft"), this);
    deleteAction->setObjectName(QStringLiteral("deleteAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    // Only while no text field has focus, so Delete still deletes characters when typing.
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, [this] {
        // Enabled only on a saved draft (updateActions); approved invoices are voided, not deleted.
        if (currentSection() == Section::Invoices && m_invoices->isEditing() &&
            m_invoices->editor()->invoice().status == InvoiceStatus::Draft &&
            m_invoices->editor()->invoiceId())
            m_invoices->editor()->deleteDraft();
    });
    m_invoices->listView()->addAction(deleteAction);
    auto *findAction = new QAction(tr("&Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        if (currentSection() != Section::Customers && currentSection() != Section::Invoices)
            showSection(Section::Invoices);
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    fileMenu->addAction(newAction);
    fileMenu->addAction(saveAction);
    fileMenu->addAction(printAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    auto *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(findAction);
    editMenu->addAction(deleteAction);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *aboutAction = helpMenu->addAction(tr("&About Billhook"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    toolbar->addAction(newAction);
    toolbar->addAction(saveAction);
    toolbar->addAction(printAction);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_search);
    addAction(findAction);
}

void MainWindow::updateActions()
{
    const Section section = currentSection();
    const bool invoiceOpen = section == Section::Invoices && m_invoices->isEditing();
    const bool customerOpen = section == Section::Customers && m_customers->isEditing();
    m_saveAction->setEnabled(invoiceOpen || customerOpen || section == Section::Settings);
    m_printAction->setEnabled(invoiceOpen);
    m_deleteAction->setEnabled(invoiceOpen && m_invoices->editor()->invoiceId() != 0 &&
                               m_invoices->editor()->invoice().status == InvoiceStatus::Draft);
}

void MainWindow::openSyncRecord(SyncEntity entity, Id localId)
{
    switch (entity) {
    case SyncEntity::Customer:
        showSection(Section::Customers);
        if (currentSection() == Section::Customers)
            m_customers->editCustomer(localId);
        break;
    case SyncEntity::Invoice:
        showSection(Section::Invoices);
        if (currentSection() == Section::Invoices)
            m_invoices->openInvoice(localId);
        break;
    case SyncEntity::Payment:
        if (auto payment = InvoiceStore(m_db).payment(localId); payment.ok()) {
            showSection(Section::Invoices);
            if (currentSection() == Section::Invoices)
                m_invoices->openInvoice(payment->invoiceId);
        } else {
            m_banner->showMessage(payment.error().message, MessageBanner::Kind::Error);
        }
        break;
    }
}

void MainWindow::showAbout()
{
    // One dialog, not modal: it can stay open beside the work.
    if (!m_about)
        m_about = new AboutDialog(m_db.path(), this);
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

void MainWindow::showSection(Section section)
{
    m_nav->setCurrentRow(int(section));
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(m_pages->currentIndex());
}

bool MainWindow::canLeaveCurrent()
{
    switch (currentSection()) {
    case Section::Customers:
        return m_customers->canLeave();
    case Section::Invoices:
        return m_invoices->canLeave();
    default:
        return true;
    }
}

void MainWindow::applySearch()
{
    m_searchDelay->stop();
    const QString text = m_search->text().trimmed();
    if (currentSection() == Section::Customers)
        m_customers->setSearch(text);
    else if (currentSection() == Section::Invoices)
        m_invoices->setSearch(text);
}

void MainWindow::flushSearch()
{
    applySearch();
}

void MainWindow::restoreDrafts()
{
    if (m_invoices->restoreDraft()) {
        showSection(Section::Invoices);
        m_banner->showMessage(
            tr("Restored your unsaved invoice from last time. Save it or close it to discard."),
            MessageBanner::Kind::Warning);
    } else if (m_customers->restoreDraft()) {
        showSection(Section::Customers);
        m_banner->showMessage(
            tr("Restored your unsaved customer from last time. Save it or close it to discard."),
            MessageBanner::Kind::Warning);
    }
}

void MainWindow::markAsDemo()
{
    if (m_demoBadge)
        return;
    setWindowTitle(tr("Billhook — DEMO"));
    m_demoBadge = new QLabel(tr("DEMO"), this);
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setStyleSheet(QStringLiteral("QLabel { background: #E67E22; color: white; font-weight: 700; "
                                              "padding: 1px 8px; border-radius: 3px; }"));
    m_demoBadge->setToolTip(tr("A demo organisation and a database of its own: nothing in this window is in "
                               "your books."));
    statusBar()->insertPermanentWidget(0, m_demoBadge);
    m_xero->setDemo(true);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_customers->listView()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("columns/customers")).toByteArray());
    m_invoices->listView()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("columns/invoices")).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("columns/customers"),
                      m_customers->listView()->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("columns/invoices"),
                      m_invoices->listView()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each editor asks once; the one not on screen is asked about too, so nothing typed is lost.
    if (!m_customers->canLeave() || !m_invoices->canLeave() ||
        (m_settings->isModified() &&
         !resolveUnsavedChanges(
             this, tr("the settings"), [this] { return m_settings->save(); }, [] {}))) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace billhook
