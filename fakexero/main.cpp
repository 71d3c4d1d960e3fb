// fake-xero: a stand-in for Xero's identity service and Accounting API on 127.0.0.1, for tests and demos.
#include "fakexero.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-xero"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A faithful stand-in for Xero (identity + Accounting API) on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (0: a free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Seed Demo Company (UK) and connect it."_s);
    const QCommandLineOption clientOption(u"client-id"_s,
                                          u"OAuth client id to accept (default billhook-demo)."_s, u"ID"_s);
    const QCommandLineOption redirectOption(
        u"redirect-uri"_s, u"Registered redirect URI for the client id (repeatable)."_s, u"URI"_s);
    const QCommandLineOption consentOption(u"consent-page"_s,
                                           u"Show a consent page instead of redirecting straight back."_s);
    const QCommandLineOption lifelineOption(
        u"lifeline"_s, u"Quit when standard input closes (the program that started this one has gone)."_s);
    parser.addOptions({portOption, demoOption, clientOption, redirectOption, consentOption, lifelineOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "fake-xero: --port needs a number from 0 to 65535\n");
        return 2;
    }

    fakexero::FakeXero xero;
    QStringList redirects = parser.values(redirectOption);
    if (redirects.isEmpty())
        redirects = fakexero::FakeXero::defaultRedirectUris();
    const QString clientId =
        parser.isSet(clientOption) ? parser.value(clientOption) : fakexero::FakeXero::defaultClientId();
    xero.registerClient(clientId, redirects);
    xero.setConsentPage(parser.isSet(consentOption));
    if (parser.isSet(demoOption))
        xero.seedDemo();

    if (!xero.start(quint16(port))) {
        std::fprintf(stderr, "fake-xero: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    if (parser.isSet(lifelineOption)) {
        // A blocking read on a thread of its own works the same on every platform's pipes; at end of input
        // (the parent closed it, or died) the event loop is asked to quit.
        std::thread([] {
            char buffer[256];
            while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
            }
            QMetaObject::invokeMethod(
                QCoreApplication::instance(), [] { QCoreApplication::quit(); }, Qt::QueuedConnection);
        }).detach();
    }
    std::printf("fake-xero listening on http://127.0.0.1:%u\n", unsigned(xero.port()));
    std::fflush(stdout);
    return app.exec();
}
