// The Xero pane end to end, offscreen, against fake-xero in-process and the real (private) keychain:
// connect through the button (the test plays the browser and follows the authorize address), finish the
// setup, create a customer and an invoice, Sync now and see both synced; Xero refuses an invoice, the
// problem is listed, opened, fixed and gone after the next sync; a conflict is resolved; the connection
// is revoked in Xero and the pane says "Reconnect needed".
#include "fakexero.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"
#include "testxerooptions.h"
#include "ui/common/dialogs.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/customerlistmodel.h"
#include "ui/customers/customersview.h"
#include "ui/invoices/invoiceeditor.h"
#include "ui/invoices/invoicelistmodel.h"
#include "ui/invoices/invoicesview.h"
#include "ui/invoices/lineitemsmodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/xero/problemsview.h"
#include "ui/xero/recordsyncbar.h"
#include "ui/xero/setuppage.h"
#include "ui/xero/xerocontext.h"
#include "ui/xero/xerocontroller.h"
#include "ui/xero/xeropane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace billhook;

namespace {
const QString kClientId = QStringLiteral("billhook-pane-test");
constexpr quint16 kPort = 53695; // not one of the ports the connection tests use
constexpr int kSyncTimeoutMs = 60000;
} // namespace

class TestXeroSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCoreApplication::setOrganizationName(QStringLiteral("BillhookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_xerosync"));
        QVERIFY(m_english.load(QStringLiteral("billhook_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
        QVERIFY(m_xero.start());
        m_org = &m_xero.addOrganisation(QStringLiteral("Hartley Plumbing Ltd"),
                                        fakexero::Organisation::Region::UK);
        // A customer the business already keeps in Xero: the first sync imports it.
        QVERIFY(m_org->saveContact(QJsonObject{{QStringLiteral("Name"), QStringLiteral("Basket Case Ltd")}})
                    .ok());
        m_xero.registerClient(kClientId, {QStringLiteral("http://localhost:%1/callback").arg(kPort)});
        qputenv("BILLHOOK_XERO_ENDPOINT", m_xero.baseUrl().toString().toUtf8());
        qputenv("BILLHOOK_XERO_CLIENT_ID", kClientId.toUtf8());
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("sync.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db.value());
        QVERIFY(SettingsStore(*m_db).setDefaultCurrency(QStringLiteral("GBP")).ok());
        QVERIFY(ReferenceStore(*m_db)
                    .saveTaxRate(
                        {0, QStringLiteral("VAT20"), QStringLiteral("VAT"), Percent::fromWhole(20), {}, true})
                    .ok());
        QVERIFY(SettingsStore(*m_db).setDefaultTaxCode(QStringLiteral("VAT20")).ok());

        XeroController::Options options = test::quietXeroOptions();
        options.auth.ports = {kPort};
        m_window = std::make_unique<MainWindow>(*m_db, options);
        m_window->resize(1200, 760);
        m_window->show();
        // The "browser": follows the authorize address to fake-xero, whose redirect reaches Billhook's
        // loopback listener, exactly as a real browser would after the user allowed access.
        m_window->xeroContext()->setUrlOpener([this](const QUrl &url) {
            m_opened << url;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply *reply = m_browser.get(request);
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
            return true;
        });
    }

    void cleanupTestCase()
    {
        Dialogs::setNextAnswers({int(QMessageBox::Discard), int(QMessageBox::Discard)});
        m_window.reset();
        m_db.reset();
    }

    void connectThroughTheButtonAndFinishSetup()
    {
        XeroPane *pane = m_window->xero();
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(pane->state(), XeroPane::State::NotConnected);
        QSignalSpy referenceLoaded(m_window->xeroController(), &XeroController::setupReferenceLoaded);
        QTest::mouseClick(pane->connectButton(), Qt::LeftButton);
        QCOMPARE(pane->state(), XeroPane::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 10000);
        QCOMPARE(m_opened.first().path(), QStringLiteral("/identity/connect/authorize"));
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), XeroPane::State::Setup, 20000);
        QVERIFY(referenceLoaded.wait(20000) || referenceLoaded.size() == 1);

        SetupPage *setup = m_window->xeroController()->setupPage();
        QCOMPARE(setup->reference().organisation, QStringLiteral("Hartley Plumbing Ltd"));
        QCOMPARE(setup->bankCombo()->currentData().toString(), QStringLiteral("090"));
        QCOMPARE(setup->revenueCombo()->currentData().toString(), QStringLiteral("200"));
        QCOMPARE(setup->taxCombo(QStringLiteral("VAT20"))->currentData().toString(),
                 QStringLiteral("OUTPUT2"));
        QVERIFY(!setup->finishButton()->isEnabled());
        setup->confirmTaxes()->setChecked(true);
        QVERIFY2(setup->finishButton()->isEnabled(), qPrintable(setup->missingText()));
        // The preview: what the first sync would do, before anything is written.
        QTest::mouseClick(setup->previewImportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!setup->importText().isEmpty(), 30000);
        QVERIFY2(setup->importText().startsWith(QStringLiteral("The first sync would make")),
                 qPrintable(setup->importText()));
        QCOMPARE(CustomerStore(*m_db).count(), 0);
        grab(QStringLiteral("setup"));

        QSignalSpy finished(m_window->xeroController(), &XeroController::syncFinished);
        QTest::mouseClick(setup->finishButton(), Qt::LeftButton);
        QCOMPARE(pane->state(), XeroPane::State::Connected);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QVERIFY2(lastResult(finished) == u"clean", qPrintable(lastMessage(finished)));
        QCOMPARE(CustomerStore(*m_db).count(), 1); // Basket Case Ltd, imported
        QCOMPARE(m_window->xeroStatusLabel()->text(), QStringLiteral("Xero: linked to Hartley Plumbing Ltd"));
        QVERIFY(pane->overviewText().contains(QStringLiteral("In sync")));
    }

    void createACustomerAndAnInvoiceAndSyncThem()
    {
        const Id customer = addCustomer(QStringLiteral("Hannah Price"), QStringLiteral("hannah@example.com"));
        QVERIFY(customer);
        m_invoice = addApprovedInvoice(customer, QStringLiteral("200"));
        QVERIFY(m_invoice);
        QCOMPARE(SyncStore(*m_db).recordState(SyncEntity::Invoice, m_invoice), RecordSyncState::Pending);

        syncNow();
        QCOMPARE(SyncStore(*m_db).recordState(SyncEntity::Customer, customer), RecordSyncState::Synced);
        QCOMPARE(SyncStore(*m_db).recordState(SyncEntity::Invoice, m_invoice), RecordSyncState::Synced);
        // In Xero, once each.
        const auto stored = InvoiceStore(*m_db).get(m_invoice);
        QVERIFY(m_org->invoice(stored->number));
        int named = 0;
        for (const auto &c : m_org->contacts)
            named += c.name == u"Hannah Price";
        QCOMPARE(named, 1);
        // And the lists say so.
        m_window->showSection(MainWindow::Section::Customers);
        CustomerListModel *customers = m_window->customers()->listModel();
        QVERIFY(!m_window->customers()->listView()->isColumnHidden(CustomerListModel::SyncColumn));
        // The lists read their pages on the query worker: the new states arrive a moment later.
        QTRY_COMPARE(customers->index(0, CustomerListModel::SyncColumn).data().toString(),
                     QStringLiteral("Synced"));
        m_window->showSection(MainWindow::Section::Invoices);
        QTRY_COMPARE(
            m_window->invoices()->listModel()->index(0, InvoiceListModel::SyncColumn).data().toString(),
            QStringLiteral("Synced"));
        m_window->invoices()->openInvoice(m_invoice);
        QVERIFY2(
            m_window->invoices()->editor()->syncBar()->text().contains(QStringLiteral("Awaiting payment")),
            qPrintable(m_window->invoices()->editor()->syncBar()->text()));
        m_window->invoices()->showList();
    }

    void aPaymentRecordedInXeroShowsOnTheInvoice()
    {
        const auto stored = InvoiceStore(*m_db).get(m_invoice);
        QVERIFY(stored.ok());
        fakexero::Invoice *inXero = m_org->invoice(stored->number);
        QVERIFY(inXero);
        QVERIFY(m_xero.payInvoice(m_org->id, inXero->id, 5000).ok()); // £50.00 of £102.00
        syncNow();
        m_window->showSection(MainWindow::Section::Invoices);
        m_window->invoices()->openInvoice(m_invoice);
        const QString bar = m_window->invoices()->editor()->syncBar()->text();
        QVERIFY2(bar.contains(QStringLiteral("1 payment recorded in Xero (£50.00)")), qPrintable(bar));
        QCOMPARE(InvoiceStore(*m_db).get(m_invoice)->amountPaid, Money::fromUnits(5000));
        m_window->invoices()->showList();
    }

    void aRefusedInvoiceIsListedOpenedFixedAndGone()
    {
        // Someone archives "Other Revenue" in Xero; an invoice using it is refused.
        QVERIFY(m_org->archiveAccount(QStringLiteral("260")));
        const Id customer = CustomerStore(*m_db).list().first().id;
        const Id refused = addApprovedInvoice(customer, QStringLiteral("260"));
        QVERIFY(refused);
        syncNow();
        XeroPane *pane = m_window->xero();
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(pane->problems()->count(), 1);
        QCOMPARE(pane->indicator(), XeroPane::Indicator::NeedsAttention);
        QVERIFY2(pane->problems()->detailText().contains(QStringLiteral("260")),
                 qPrintable(pane->problems()->detailText()));
        QCOMPARE(SyncStore(*m_db).recordState(SyncEntity::Invoice, refused), RecordSyncState::Problem);
        grab(QStringLiteral("problem"));

        // Open the record from the problem, fix the account, save, sync: the problem is gone.
        QTest::mouseClick(pane->problems()->openRecordButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Invoices);
        InvoiceEditor *editor = m_window->invoices()->editor();
        QCOMPARE(editor->invoiceId(), refused);
        QVERIFY(editor->syncBar()->text().contains(QStringLiteral("260")));
        LineItemsModel *lines = editor->lineModel();
        QVERIFY(lines->setData(lines->index(0, LineItemsModel::AccountColumn), QStringLiteral("200"),
                               Qt::EditRole));
        QVERIFY(editor->save());
        syncNow();
        QCOMPARE(SyncStore(*m_db).recordState(SyncEntity::Invoice, refused), RecordSyncState::Synced);
        m_window->invoices()->showList();
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(pane->problems()->count(), 0);
        QCOMPARE(pane->indicator(), XeroPane::Indicator::Linked);
    }

    void aConflictIsResolvedFromThePane()
    {
        const Customer local = CustomerStore(*m_db).list().first();
        auto link = SyncStore(*m_db).anyLink(SyncEntity::Customer, local.id);
        QVERIFY(link);
        // The same field changed in both places.
        Customer edited = local;
        edited.email = QStringLiteral("hannah@price-home.example");
        QVERIFY(CustomerStore(*m_db).update(edited).ok());
        QVERIFY(m_org
                    ->saveContact(QJsonObject{
                        {QStringLiteral("ContactID"), link->xeroId},
                        {QStringLiteral("EmailAddress"), QStringLiteral("accounts@price.example")}})
                    .ok());
        syncNow();
        XeroPane *pane = m_window->xero();
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(pane->problems()->count(), 1);
        QVERIFY(pane->problems()->conflictTable()->isVisible());
        grab(QStringLiteral("conflict"));

        QSignalSpy finished(m_window->xeroController(), &XeroController::syncFinished);
        QTest::mouseClick(pane->problems()->keepXeroButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QCOMPARE(CustomerStore(*m_db).get(local.id)->email, QStringLiteral("accounts@price.example"));
        QCOMPARE(pane->problems()->count(), 0);
    }

    void theSetupCanBeChangedLater()
    {
        XeroPane *pane = m_window->xero();
        m_window->showSection(MainWindow::Section::Xero);
        QSignalSpy referenceLoaded(m_window->xeroController(), &XeroController::setupReferenceLoaded);
        QTest::mouseClick(pane->changeSetupButton(), Qt::LeftButton);
        QCOMPARE(pane->state(), XeroPane::State::Setup);
        QVERIFY(referenceLoaded.wait(20000));
        SetupPage *setup = m_window->xeroController()->setupPage();
        // What was chosen is what the page shows; leaving without saving changes nothing.
        QCOMPARE(setup->revenueCombo()->currentData().toString(), QStringLiteral("200"));
        QVERIFY(setup->cancelButton()->isVisible());
        QTest::mouseClick(setup->cancelButton(), Qt::LeftButton);
        QCOMPARE(pane->state(), XeroPane::State::Connected);
    }

    void revokedInXeroMeansReconnectNeeded()
    {
        m_xero.identity().revokeAll();
        QSignalSpy finished(m_window->xeroController(), &XeroController::syncFinished);
        QVERIFY(m_window->xeroController()->syncNow());
        QVERIFY(finished.wait(kSyncTimeoutMs));
        XeroPane *pane = m_window->xero();
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), XeroPane::State::ReconnectNeeded, 10000);
        QCOMPARE(pane->indicatorText(), QStringLiteral("Reconnect needed"));
        QCOMPARE(m_window->xeroStatusLabel()->text(), QStringLiteral("Xero: reconnect needed"));
        QVERIFY(pane->reconnectButton()->isVisible());
        grab(QStringLiteral("reconnect"));
        // Nothing local was touched: the imported customer and Hannah Price are both still here.
        QCOMPARE(CustomerStore(*m_db).count(), 2);
    }

    void disconnectKeepsEverythingLocal()
    {
        XeroPane *pane = m_window->xero();
        const int customers = CustomerStore(*m_db).count();
        const int invoices = InvoiceStore(*m_db).count();
        Dialogs::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(pane->disconnectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), XeroPane::State::NotConnected, 20000);
        QCOMPARE(m_window->xeroStatusLabel()->text(), QStringLiteral("Not connected to Xero"));
        QVERIFY(pane->connectButton()->isVisible());
        QCOMPARE(CustomerStore(*m_db).count(), customers);
        QCOMPARE(InvoiceStore(*m_db).count(), invoices);
        QVERIFY(m_window->customers()->listView()->isColumnHidden(CustomerListModel::SyncColumn));
    }

private:
    void syncNow()
    {
        QSignalSpy finished(m_window->xeroController(), &XeroController::syncFinished);
        m_window->showSection(MainWindow::Section::Xero);
        QVERIFY(m_window->xero()->syncNowButton()->isEnabled());
        QTest::mouseClick(m_window->xero()->syncNowButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        const QString result = lastResult(finished);
        QVERIFY2(result == u"clean" || result == u"issues", qPrintable(lastMessage(finished)));
    }

    static QString lastResult(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? QString() : syncResultKey(spy.last().at(0).value<SyncSummary>().result);
    }
    static QString lastMessage(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? QStringLiteral("no sync finished")
                             : spy.last().at(0).value<SyncSummary>().message;
    }

    Id addCustomer(const QString &name, const QString &email)
    {
        m_window->showSection(MainWindow::Section::Customers);
        m_window->customers()->newCustomer();
        CustomerEditor *editor = m_window->customers()->editor();
        QTest::keyClicks(editor->nameEdit(), name);
        QTest::keyClicks(editor->emailEdit(), email);
        if (!editor->save())
            return 0;
        const Id id = editor->customerId();
        m_window->customers()->showList();
        return id;
    }

    Id addApprovedInvoice(Id customer, const QString &account)
    {
        m_window->showSection(MainWindow::Section::Invoices);
        m_window->invoices()->newInvoice(customer);
        InvoiceEditor *editor = m_window->invoices()->editor();
        LineItemsModel *lines = editor->lineModel();
        lines->setData(lines->index(0, LineItemsModel::DescriptionColumn), QStringLiteral("Boiler service"),
                       Qt::EditRole);
        lines->setData(lines->index(0, LineItemsModel::UnitPriceColumn), QStringLiteral("85.00"),
                       Qt::EditRole);
        lines->setData(lines->index(0, LineItemsModel::AccountColumn), account, Qt::EditRole);
        if (!editor->save() || !editor->approve())
            return 0;
        const Id id = editor->invoiceId();
        m_window->invoices()->showList();
        return id;
    }

    // Offscreen screenshots to look at while developing (BILLHOOK_TEST_SHOTS=dir).
    void grab(const QString &name)
    {
        const QString dir = qEnvironmentVariable("BILLHOOK_TEST_SHOTS");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    QTranslator m_english;
    fakexero::FakeXero m_xero;
    fakexero::Organisation *m_org = nullptr;
    QNetworkAccessManager m_browser;
    QList<QUrl> m_opened;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    Id m_invoice = 0;
};

QTEST_MAIN(TestXeroSync)
#include "tst_xerosync.moc"
