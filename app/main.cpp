#include "billhook/version.h"
#include "storage/database.h"
#include "ui/common/translations.h"
#include "ui/common/wheelguard.h"
#include "ui/mainwindow/demosession.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/screenshottour.h"
#include "ui/settings/firstrunassistant.h"
#include "xero/credentialstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {

// `billhook --demo`: the demo organisation in a window and a database of its own (DemoSession), its tokens
// in this process's memory only.
int runDemo()
{
    billhook::MemoryCredentialStore keychain;
    billhook::DemoSession::Options options;
    options.xero.credentials = &keychain;
    billhook::DemoSession demo(options);
    if (const billhook::Status st = demo.open(); !st) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Billhook demo"), st.error().message);
        return 1;
    }
    demo.window()->show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // --version must work on a terminal with no display (packaging checks, bug reports): answer it before
    // QApplication, which needs a windowing system, is created.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("Billhook %s\n", BILLHOOK_VERSION_FULL);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Billhook"));
    QApplication::setOrganizationDomain(QStringLiteral("billhook.app"));
    QApplication::setApplicationName(QStringLiteral("Billhook"));
    QApplication::setApplicationVersion(QStringLiteral(BILLHOOK_VERSION_FULL));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.billhook.Billhook"));

    // Our strings in the system's language (English plurals for a locale without its own), and Qt's.
    const billhook::Translations translations;
    // The mouse wheel scrolls the page; it never changes an unfocused combo box or spin box.
    billhook::WheelGuard::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Invoicing for tradespeople, with Xero sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Open this database file."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Write screenshots of a demo database to DIR and quit (use with "
                                        "QT_QPA_PLATFORM=offscreen)."),
        QStringLiteral("DIR"));
    parser.addOption(screenshotsOption);
    QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Try the Xero sync with a demo organisation, in a window and a database "
                                "of its own (your books are not opened)."));
    parser.addOption(demoOption);
    parser.process(app);
    if (parser.isSet(screenshotsOption))
        return billhook::runScreenshotTour(parser.value(screenshotsOption));
    if (parser.isSet(demoOption))
        return runDemo();

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : billhook::Database::defaultPath();
    auto db = billhook::Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Billhook"), db.error().message);
        return 1;
    }
    // A new database: the first-run assistant, before the window (skippable, reopened from Settings).
    if (billhook::FirstRunAssistant::isWanted(*db.value())) {
        billhook::FirstRunAssistant assistant(*db.value());
        assistant.exec();
    }
    billhook::MainWindow window(*db.value());
    window.show();
    window.restoreDrafts();
    return app.exec();
}
