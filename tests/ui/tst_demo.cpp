// "Try with a demo organisation" (issue 14): the Xero page of a new user's window offers it and starts
// `billhook --demo`; the demo (DemoSession) opens a database of its own, runs the fake-xero program shipped
// beside Billhook, and connects to Demo Company (UK) through the browser flow, consent page included (the
// test plays the browser), then syncs. It is marked DEMO, keeps its tokens out of the keychain (this test
// has no keychain at all), never opens the user's database, and fake-xero goes when the demo goes.
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"
#include "testxerooptions.h"
#include "ui/common/banner.h"
#include "ui/common/dialogs.h"
#include "ui/mainwindow/demosession.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/xero/demoorganisation.h"
#include "ui/xero/setuppage.h"
#include "ui/xero/xerocontext.h"
#include "ui/xero/xerocontroller.h"
#include "ui/xero/xeropane.h"
#include "xero/credentialstore.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

using namespace billhook;

namespace {
constexpr int kSyncTimeoutMs = 60000;

QString fakeXeroProgram()
{
    // The tests and the programs share one output folder (build/bin), as billhook and fake-xero share one
    // in every package.
    return DemoOrganisation::programPath();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCoreApplication::setOrganizationName(QStringLiteral("BillhookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demo"));
        QVERIFY(m_english.load(QStringLiteral("billhook_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
        QVERIFY2(QFileInfo(fakeXeroProgram()).isExecutable(), qPrintable(fakeXeroProgram()));
        QVERIFY(m_dir.isValid());
    }

    void theXeroPageOffersTheDemo()
    {
        // A new user's window, offline, not connected.
        auto db = Database::open(m_dir.filePath(QStringLiteral("books.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        MainWindow window(*db.value(), test::quietXeroOptions());
        window.resize(1100, 720);
        window.show();
        window.showSection(MainWindow::Section::Xero);
        QVERIFY(!window.isDemo());
        QPushButton *tryDemo = window.xero()->tryDemoButton();
        QVERIFY(tryDemo->isVisible());
        QCOMPARE(tryDemo->text(), QStringLiteral("Try with a demo organisation"));
        grab(window, QStringLiteral("xero-try-demo"));

        int launched = 0;
        window.xeroContext()->setDemoLauncher([&launched] {
            ++launched;
            return true;
        });
        QTest::mouseClick(tryDemo, Qt::LeftButton);
        QCOMPARE(launched, 1);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("window of its own")),
                 qPrintable(window.statusBar()->currentMessage()));
        // This window stays the user's: still not connected, nothing written.
        QCOMPARE(window.xero()->state(), XeroPane::State::NotConnected);
        QVERIFY(SettingsStore(*db.value()).value(QStringLiteral("xero.endpoint")).isEmpty());

        // A launcher that cannot start says so.
        window.xeroContext()->setDemoLauncher([] { return false; });
        QTest::mouseClick(tryDemo, Qt::LeftButton);
        QVERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->text().contains(QStringLiteral("could not be started")),
                 qPrintable(window.banner()->text()));
        Dialogs::setNextAnswers({int(QMessageBox::Discard), int(QMessageBox::Discard)});
    }

    void theDemoDatabaseIsItsOwnAndNewEachTime()
    {
        // The default place is under the demo's own application name, never the books' file.
        const QString books = Database::defaultPath();
        {
            MemoryCredentialStore keychain;
            DemoSession::Options options;
            options.xero.credentials = &keychain;
            DemoSession session(options);
            QVERIFY2(DemoOrganisation::databasePath().contains(QStringLiteral("Billhook Demo")),
                     qPrintable(DemoOrganisation::databasePath()));
            QVERIFY(DemoOrganisation::databasePath() != books);
        }
        QCoreApplication::setApplicationName(QStringLiteral("tst_demo"));

        // What an earlier demo left is gone; the new one is a UK business with VAT rates, ready to invoice.
        const QString path = m_dir.filePath(QStringLiteral("demo/old.sqlite"));
        {
            auto first = DemoOrganisation::freshDatabase(path);
            QVERIFY2(first.ok(), qPrintable(first.error().message));
            Customer c;
            c.name = QStringLiteral("Left from last time");
            QVERIFY(CustomerStore(*first.value()).add(c).ok());
        }
        auto db = DemoOrganisation::freshDatabase(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(CustomerStore(*db.value()).list().size(), 0);
        SettingsStore settings(*db.value());
        QVERIFY(!settings.businessProfile().name.isEmpty());
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("GBP"));
        QVERIFY(!settings.defaultTaxCode().isEmpty());
        const auto standard = ReferenceStore(*db.value()).taxRateByCode(settings.defaultTaxCode());
        QVERIFY(standard);
        QCOMPARE(standard->rate, Percent::fromWhole(20));
        QVERIFY(ReferenceStore(*db.value()).taxRates(false).size() >= 5);
    }

    void aMissingProgramSaysSo()
    {
        DemoOrganisation organisation;
        QSignalSpy failed(&organisation, &DemoOrganisation::failed);
        const QString missing = m_dir.filePath(QStringLiteral("no-such-fake-xero"));
        organisation.start(missing);
        QVERIFY(failed.wait(10000) || failed.size() == 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!organisation.isRunning());
    }

    void fakeXeroGoesWhenItsInputCloses()
    {
        // --lifeline: when Billhook goes, however it goes (a crash closes the pipe too), the fake goes.
        QProcess fake;
        fake.start(fakeXeroProgram(), {QStringLiteral("--demo"), QStringLiteral("--port"),
                                       QStringLiteral("0"), QStringLiteral("--lifeline")});
        QVERIFY(fake.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(fake.canReadLine() || fake.state() == QProcess::NotRunning, 20000);
        QVERIFY2(fake.readLine().startsWith("fake-xero listening on http://127.0.0.1:"),
                 "fake-xero did not say where it listens");
        QCOMPARE(fake.state(), QProcess::Running);
        fake.closeWriteChannel();
        QVERIFY2(fake.waitForFinished(10000), "fake-xero kept running after its input closed");
        QCOMPARE(fake.exitStatus(), QProcess::NormalExit);
        QCOMPARE(fake.exitCode(), 0);
    }

    void theDemoConnectsThroughTheBrowserAndSyncs()
    {
        DemoSession::Options options;
        options.program = fakeXeroProgram();
        options.databasePath = m_dir.filePath(QStringLiteral("demo/billhook-demo.sqlite"));
        options.xero = test::quietXeroOptions();
        MemoryCredentialStore keychain; // what billhook --demo gives it
        options.xero.credentials = &keychain;
        auto session = std::make_unique<DemoSession>(options);
        // The browser is set before anything can open a page: the connection starts once fake-xero listens,
        // after open() has returned.
        QVERIFY2(session->open().ok(), "the demo did not open");
        MainWindow *window = session->window();
        QVERIFY(window);
        window->xeroContext()->setUrlOpener([this](const QUrl &url) { return consent(url); });
        window->resize(1200, 760);
        window->show();

        // Marked DEMO in the title and the status bar; the Xero page says what it is and offers no demo.
        QVERIFY(window->isDemo());
        QVERIFY2(window->windowTitle().contains(QStringLiteral("DEMO")), qPrintable(window->windowTitle()));
        QVERIFY(window->demoBadge()->isVisible());
        QCOMPARE(window->demoBadge()->text(), QStringLiteral("DEMO"));
        QCOMPARE(window->currentSection(), MainWindow::Section::Xero);
        QVERIFY(!window->xero()->tryDemoButton()->isVisible());

        // fake-xero starts, the window connects on its own, the "browser" allows Demo Company (UK).
        XeroPane *pane = window->xero();
        QSignalSpy referenceLoaded(window->xeroController(), &XeroController::setupReferenceLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(session->organisation()->isRunning(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), XeroPane::State::Setup, 30000);
        QVERIFY2(m_consented, "the consent page was never shown");
        QVERIFY(referenceLoaded.wait(20000) || referenceLoaded.size() == 1);
        QCOMPARE(SettingsStore(*session->database()).value(QStringLiteral("xero.endpoint")),
                 session->organisation()->baseUrl().toString());
        grab(*window, QStringLiteral("demo-setup"));

        // Its refresh token is in the demo's memory: this test has no keychain, and the demo needs none.
        QVERIFY(!keychain.entries().isEmpty());

        SetupPage *setup = window->xeroController()->setupPage();
        setup->confirmTaxes()->setChecked(true);
        QVERIFY2(setup->finishButton()->isEnabled(), qPrintable(setup->missingText()));
        QSignalSpy finished(window->xeroController(), &XeroController::syncFinished);
        QTest::mouseClick(setup->finishButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), XeroPane::State::Connected, 10000);
        QVERIFY2(pane->overviewText().contains(QStringLiteral("Demo Company (UK)")),
                 qPrintable(pane->overviewText()));
        const QList<SyncRun> runs = SyncStore(*session->database()).runs(1);
        QCOMPARE(runs.size(), 1);
        // A new, empty book beside an organisation with history: nothing to send, nothing in the way.
        QVERIFY2(runs.first().result == SyncResult::Clean, qPrintable(runs.first().detail));
        // The status bar keeps saying DEMO beside the link's state.
        QVERIFY(window->demoBadge()->isVisible());
        grab(*window, QStringLiteral("demo-connected"));

        // Closing the demo stops fake-xero.
        const QUrl base = session->organisation()->baseUrl();
        Dialogs::setNextAnswers({int(QMessageBox::Discard), int(QMessageBox::Discard)});
        window->close();
        QNetworkAccessManager probe;
        session.reset();
        QNetworkReply *reply = probe.get(QNetworkRequest(base.resolved(QUrl(QStringLiteral("connections")))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000) || reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        reply->deleteLater();
    }

private:
    // The browser at fake-xero's consent page: reads the form, ticks the organisation, presses Allow; the
    // redirect then reaches Billhook's loopback listener.
    bool consent(const QUrl &authorize)
    {
        QNetworkReply *page = m_browser.get(QNetworkRequest(authorize));
        connect(page, &QNetworkReply::finished, this, [this, page, authorize] {
            page->deleteLater();
            const QString html = QString::fromUtf8(page->readAll());
            const auto request =
                QRegularExpression(QStringLiteral("name=\"request\" value=\"([0-9a-f]+)\"")).match(html);
            const auto tenant =
                QRegularExpression(
                    QStringLiteral("name=\"tenant\" value=\"([^\"]+)\"[^>]*> Demo Company \\(UK\\)"))
                    .match(html);
            if (!request.hasMatch() || !tenant.hasMatch()) {
                qWarning("not a consent page: %s", qPrintable(html.left(400)));
                return;
            }
            m_consented = true;
            m_consentTenant = tenant.captured(1);
            QUrlQuery form;
            form.addQueryItem(QStringLiteral("request"), request.captured(1));
            form.addQueryItem(QStringLiteral("tenant"), m_consentTenant);
            form.addQueryItem(QStringLiteral("decision"), QStringLiteral("allow"));
            QNetworkRequest post(authorize.resolved(QUrl(QStringLiteral("/identity/connect/consent"))));
            post.setHeader(QNetworkRequest::ContentTypeHeader,
                           QStringLiteral("application/x-www-form-urlencoded"));
            post.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                              QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *allowed = m_browser.post(post, form.toString(QUrl::FullyEncoded).toUtf8());
            connect(allowed, &QNetworkReply::finished, allowed, &QObject::deleteLater);
        });
        return true;
    }

    static void grab(QWidget &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("BILLHOOK_TEST_SHOTS");
        if (!dir.isEmpty())
            window.grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    QTranslator m_english;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_browser;
    bool m_consented = false;
    QString m_consentTenant;
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
