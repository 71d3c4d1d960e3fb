#pragma once

#include "storage/syncstore.h"
#include "ui/xero/xerocontroller.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace billhook {

class AboutDialog;
class CustomersView;
class DashboardView;
class Database;
class InvoicesView;
class MessageBanner;
class QueryWorker;
class SettingsView;
class XeroContext;
class XeroPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Section
    {
        Dashboard,
        Customers,
        Invoices,
        Xero,
        Settings
    };
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    // `xeroOptions`: how the Xero link connects and when it syncs (tests shorten the intervals).
    MainWindow(Database &db, const XeroController::Options &xeroOptions, QWidget *parent = nullptr);

    void showSection(Section section);
    Section currentSection() const;
    // Reopens an editor left unsaved by a crash; called once after the window is shown.
    void restoreDrafts();
    // The demo's window (`billhook --demo`): DEMO in the title and the status bar, all the time it is open.
    void markAsDemo();
    bool isDemo() const { return m_demoBadge != nullptr; }
    QLabel *demoBadge() const { return m_demoBadge; }

    MessageBanner *banner() const { return m_banner; }
    QLineEdit *searchField() const { return m_search; }
    CustomersView *customers() const { return m_customers; }
    InvoicesView *invoices() const { return m_invoices; }
    DashboardView *dashboard() const { return m_dashboard; }
    SettingsView *settings() const { return m_settings; }
    XeroPane *xero() const { return m_xero; }
    XeroContext *xeroContext() const { return m_xeroContext; }
    XeroController *xeroController() const { return m_xeroController; }
    QLabel *xeroStatusLabel() const { return m_xeroState; }
    // Opens a record named by a sync problem: the customer's editor, or the invoice (of a payment).
    void openSyncRecord(SyncEntity entity, Id localId);
    // Help ▸ About Billhook.
    void showAbout();
    AboutDialog *aboutDialog() const { return m_about; }
    // Runs the lists' and the dashboard's queries off the GUI thread.
    QueryWorker *queries() const { return m_queries; }
    // Applies the search at once instead of after the typing pause (tests, benchmark).
    void flushSearch();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // Save, Print and Delete are enabled only where they act: on an open editor (Save also on Settings).
    void updateActions();
    void applySearch();
    void restoreLayout();
    void saveLayout();
    bool canLeaveCurrent();

    Database &m_db;
    QueryWorker *m_queries;
    AboutDialog *m_about = nullptr;
    MessageBanner *m_banner;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QLineEdit *m_search;
    QAction *m_saveAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QTimer *m_searchDelay;
    QLabel *m_xeroState;
    QLabel *m_demoBadge = nullptr;
    DashboardView *m_dashboard;
    CustomersView *m_customers;
    InvoicesView *m_invoices;
    SettingsView *m_settings;
    XeroContext *m_xeroContext;
    XeroPane *m_xero;
    XeroController *m_xeroController;
};

} // namespace billhook
