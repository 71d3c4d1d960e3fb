#pragma once

#include "core/result.h"
#include "ui/xero/demoorganisation.h"
#include "ui/xero/xerocontroller.h"

#include <QObject>
#include <QString>

#include <memory>

namespace billhook {

class Database;
class MainWindow;

// `billhook --demo` (and "Try with a demo organisation", which starts it): a window of its own, marked DEMO,
// on a database of its own made new for each demo, connected through the usual browser flow to fake-xero's
// Demo Company (UK) running beside it. The demo keeps its settings (window layout, unsaved drafts) apart
// from the app's as the application "Billhook Demo", and its tokens in the CredentialStore its options name:
// the desktop's root gives it a MemoryCredentialStore, since the demo's tokens open nothing real and must not
// be left in the user's keychain.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program;              // fake-xero; default DemoOrganisation::programPath()
        QString databasePath;         // default DemoOrganisation::databasePath(), under "Billhook Demo"
        XeroController::Options xero; // its `credentials` must be set
    };

    explicit DemoSession(Options options);
    ~DemoSession() override;

    // Opens the demo's database and its window (not shown yet) and starts the demo organisation; once it
    // listens, the window connects to it (the browser opens its consent page). An Error if the database
    // cannot be made; a demo organisation that cannot start says so on the Xero page.
    Status open();

    MainWindow *window() const { return m_window.get(); }
    DemoOrganisation *organisation() const { return m_organisation; }
    Database *database() const { return m_db.get(); }

private:
    Options m_options;
    std::unique_ptr<Database> m_db;
    DemoOrganisation *m_organisation;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace billhook
