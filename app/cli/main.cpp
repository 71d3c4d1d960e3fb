#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Only a command that draws (invoice pdf) needs QtGui's fonts, hence a QGuiApplication, offscreen unless
    // QT_QPA_PLATFORM says otherwise, so that it needs no display. The other commands stay QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (billhook::Cli::draws(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Billhook"));
    QCoreApplication::setApplicationName(QStringLiteral("Billhook"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    billhook::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
