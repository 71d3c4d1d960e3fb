#include "billhook/version.h"
#include "mainwindow/mainwindow.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Billhook"));
    QApplication::setOrganizationDomain(QStringLiteral("billhook.app"));
    QApplication::setApplicationName(QStringLiteral("Billhook"));
    QApplication::setApplicationVersion(QStringLiteral(BILLHOOK_VERSION_FULL));
    QGuiApplication::setDesktopFileName(QStringLiteral("app.billhook.Billhook"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Invoicing for tradespeople, with Xero sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Open this database file."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : billhook::Database::defaultPath();
    auto db = billhook::Database::open(path);
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Billhook"), db.error().message);
        return 1;
    }
    billhook::MainWindow window(*db.value());
    window.show();
    window.restoreDrafts();
    return app.exec();
}
