#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Billhook"));
    QCoreApplication::setApplicationName(QStringLiteral("Billhook"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    billhook::Cli cli(out, err);
    const int code = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
