#include "demosession.h"

#include "mainwindow.h"
#include "storage/database.h"
#include "ui/common/banner.h"
#include "ui/xero/xeropane.h"

#include <QStatusBar>

namespace billhook {

DemoSession::DemoSession(Options options)
    : m_options(std::move(options))
    , m_organisation(new DemoOrganisation(this))
{
    // Settings and data of their own ("Billhook Demo"), so nothing of the demo reaches the user's app: not
    // an unsaved draft, not the window layout, not the database.
    QCoreApplication::setApplicationName(QStringLiteral("Billhook Demo"));
    // The demo talks to its fake Xero whatever the environment says (it would win over the database's
    // settings).
    qunsetenv("BILLHOOK_XERO_ENDPOINT");
    qunsetenv("BILLHOOK_XERO_CLIENT_ID");
    if (m_options.program.isEmpty())
        m_options.program = DemoOrganisation::programPath();
    if (m_options.databasePath.isEmpty())
        m_options.databasePath = DemoOrganisation::databasePath();
    Q_ASSERT(m_options.xero.credentials); // never the keychain: see the class comment
}

DemoSession::~DemoSession()
{
    m_window.reset(); // before the database it uses
}

Status DemoSession::open()
{
    auto db = DemoOrganisation::freshDatabase(m_options.databasePath);
    if (!db)
        return db.error();
    m_db = std::move(db.value());
    m_window = std::make_unique<MainWindow>(*m_db, m_options.xero);
    m_window->markAsDemo();
    m_window->showSection(MainWindow::Section::Xero);

    connect(m_organisation, &DemoOrganisation::ready, this, [this](const QUrl &base) {
        if (const Status st = DemoOrganisation::useIn(*m_db, base); !st) {
            m_window->xero()->setConnectMessage(st.error().message);
            return;
        }
        m_window->statusBar()->showMessage(
            tr("Demo Company (UK) is ready: allow Billhook in the page your browser opened."), 15000);
        m_window->xeroController()->connectToXero();
    });
    connect(m_organisation, &DemoOrganisation::failed, this, [this](const QString &message) {
        m_window->xero()->setConnectMessage(message);
        m_window->banner()->showMessage(message, MessageBanner::Kind::Error);
    });
    // Once allowed, the "allow Billhook" hint has done its work.
    connect(m_window->xeroController()->connection(), &XeroConnection::connected, m_window->statusBar(),
            &QStatusBar::clearMessage);
    m_organisation->start(m_options.program);
    return {};
}

} // namespace billhook
