// The Xero pane against an organisation with history (fake-xero's demo company, INV-0001 to INV-0200), from
// a new user's database: a customer and an invoice made offline (so numbered INV-0001), then Connect to
// Xero. The setup's preview lists the number collision in its own group and says which number comes next;
// Start syncing; the problem lists it, and "Give mine the next free number" sends it as INV-0201, with
// Xero's INV-0001 untouched.
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
const QString kClientId = QStringLiteral("billhook-demo-pane-test");
constexpr quint16 kPort = 53696; // not one of the ports the other tests use
constexpr int kSyncTimeoutMs = 60000;
} // namespace

class TestXeroSyncDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCoreApplication::setOrganizationName(QStringLiteral("BillhookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_xerosyncdemo"));
        QVERIFY(m_english.load(QStringLiteral("billhook_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
        QVERIFY(m_xero.start());
        m_tenant = m_xero.seedDemo();
        m_org = m_xero.organisation(m_tenant);
        m_xero.registerClient(kClientId, {QStringLiteral("http://localhost:%1/callback").arg(kPort)});
        qputenv("BILLHOOK_XERO_ENDPOINT", m_xero.baseUrl().toString().toUtf8());
        qputenv("BILLHOOK_XERO_CLIENT_ID", kClientId.toUtf8());
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
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
        m_window->xeroContext()->setUrlOpener([this](const QUrl &url) {
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

    void theCollisionIsPreviewedListedAndRenumbered()
    {
        // Offline, before connecting: the user's first invoice, INV-0001.
        Customer c;
        c.name = QStringLiteral("Kitchen Table Ltd");
        c.email = QStringLiteral("accounts@kitchentable.example");
        const Id customer = CustomerStore(*m_db).add(c).value();
        m_kitchen = customer;
        const Id mine = addInvoice(customer, QDate(2026, 11, 1), QStringLiteral("Boiler service"),
                                   QStringLiteral("2"), QStringLiteral("85.00"));
        // And a customer with the name of one of Xero's contacts, but another email address: a decision.
        Customer namesake;
        namesake.name = QStringLiteral("Basket Case");
        namesake.email = QStringLiteral("basket@kitchentable.example");
        const Id basket = CustomerStore(*m_db).add(namesake).value();
        const fakexero::Contact *theirBasket = m_org->contact(QStringLiteral("C-1011"));
        QVERIFY(theirBasket && theirBasket->name == u"Basket Case");
        const QString theirBasketId = theirBasket->id;
        QCOMPARE(InvoiceStore(*m_db).get(mine)->number, QStringLiteral("INV-0001"));
        const fakexero::Invoice *theirs = m_org->invoice(QStringLiteral("INV-0001"));
        QVERIFY(theirs);
        const qint64 theirTotal = theirs->total;
        const QString theirContact = theirs->contactId;

        XeroPane *pane = m_window->xero();
        m_window->showSection(MainWindow::Section::Xero);
        QSignalSpy referenceLoaded(m_window->xeroController(), &XeroController::setupReferenceLoaded);
        QTest::mouseClick(pane->connectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pane->state(), XeroPane::State::Setup, 20000);
        QVERIFY(referenceLoaded.wait(20000) || referenceLoaded.size() == 1);
        SetupPage *setup = m_window->xeroController()->setupPage();
        setup->confirmTaxes()->setChecked(true);
        QVERIFY2(setup->finishButton()->isEnabled(), qPrintable(setup->missingText()));

        // The preview lists the collision as its own group and says which number comes next.
        QTest::mouseClick(setup->previewImportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!setup->importText().isEmpty(), 30000);
        QVERIFY2(setup->importGroups().contains(QStringLiteral("Numbers already used in Xero (1)")),
                 qPrintable(setup->importGroups().join(u", ")));
        QVERIFY2(setup->importText().contains(QStringLiteral("Your next invoice will be INV-0201")),
                 qPrintable(setup->importText()));
        QVERIFY2(setup->importGroups().contains(QStringLiteral("Needs your decision (1)")),
                 qPrintable(setup->importGroups().join(u", ")));
        // Xero numbers its invoices as Billhook does: numbers of Billhook's own are offered, not chosen.
        QVERIFY(setup->ownNumbersCheck()->isVisible());
        QVERIFY(!setup->ownNumbersCheck()->isChecked());
        QVERIFY2(setup->ownNumbersCheck()->text().contains(QStringLiteral("BH-0002")),
                 qPrintable(setup->ownNumbersCheck()->text()));
        grab(QStringLiteral("demo-setup"));

        QSignalSpy finished(m_window->xeroController(), &XeroController::syncFinished);
        QTest::mouseClick(setup->finishButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QCOMPARE(lastResult(finished), QStringLiteral("issues")); // never "clean" with a collision open

        // The problem lists it, with its two remedies; Xero's INV-0001 is untouched.
        m_window->showSection(MainWindow::Section::Xero);
        ProblemsView *problems = pane->problems();
        QVERIFY(problems->selectRecord(SyncEntity::Invoice, mine));
        QVERIFY(problems->renumberButton()->isVisible());
        QVERIFY(problems->linkButton()->isVisible());
        QVERIFY2(problems->detailText().contains(m_org->contact(theirContact)->name),
                 qPrintable(problems->detailText()));
        grab(QStringLiteral("demo-collision"));
        QCOMPARE(m_org->invoice(QStringLiteral("INV-0001"))->total, theirTotal);

        // One click: the next free number, and the sync that follows sends it as its own invoice.
        QTest::mouseClick(problems->renumberButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QCOMPARE(InvoiceStore(*m_db).get(mine)->number, QStringLiteral("INV-0201"));
        QVERIFY(!problems->selectRecord(SyncEntity::Invoice, mine));
        const fakexero::Invoice *sent = m_org->invoice(QStringLiteral("INV-0201"));
        QVERIFY(sent);
        QCOMPARE(m_org->contact(sent->contactId)->name, QStringLiteral("Kitchen Table Ltd"));
        QCOMPARE(sent->total, 20400);
        QCOMPARE(m_org->invoice(QStringLiteral("INV-0001"))->contactId, theirContact);
        QCOMPARE(m_org->invoice(QStringLiteral("INV-0001"))->total, theirTotal);

        // The namesake waits for the user: neither linked nor sent, Xero's contact not imported.
        QVERIFY(problems->selectRecord(SyncEntity::Customer, basket));
        QVERIFY(!problems->renumberButton()->isVisible());
        QVERIFY(problems->differentButton()->isVisible());
        QCOMPARE(problems->linkButton()->text(), QStringLiteral("Same customer: link them"));
        QVERIFY2(problems->detailText().contains(QStringLiteral("same name; different email address")),
                 qPrintable(problems->detailText()));
        grab(QStringLiteral("demo-contact-decision"));
        // The last sync's record agrees with the problem list (the decision, raised when the contact was
        // pulled and again when it was read by id, is one problem).
        QVERIFY2(pane->overviewText().contains(QStringLiteral("1 needs attention")),
                 qPrintable(pane->overviewText()));
        QCOMPARE(SyncStore(*m_db).runs(1).value(0).failed, 1);
        QVERIFY(!SyncStore(*m_db).link(SyncEntity::Customer, basket, m_tenant));
        QVERIFY(!SyncStore(*m_db).linkByXeroId(SyncEntity::Customer, theirBasketId, m_tenant));
        // "Same customer": linked; the sync that follows shows the email addresses as a conflict.
        QTest::mouseClick(problems->linkButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        const auto linked = SyncStore(*m_db).link(SyncEntity::Customer, basket, m_tenant);
        QVERIFY(linked);
        QCOMPARE(linked->xeroId, theirBasketId);
        QVERIFY(SyncStore(*m_db)
                    .openConflictFields(SyncEntity::Customer, basket)
                    .contains(QStringLiteral("email")));
        QCOMPARE(m_org->contact(theirBasketId)->email, theirBasket->email);
    }

    // After the first test (connected, Kitchen Table Ltd in Xero). Xero refuses an invoice because its
    // contact was archived there; Sync now does not send it again unchanged; once the contact is restored
    // in a way Billhook cannot see, Try again sends it, and the problem goes.
    void aRefusalIsTriedAgainByOneClick()
    {
        QVERIFY(m_kitchen != 0);
        const auto contact = SyncStore(*m_db).link(SyncEntity::Customer, m_kitchen, m_tenant);
        QVERIFY(contact);
        const Id id = addInvoice(m_kitchen, QDate(2026, 11, 20), QStringLiteral("Radiator valve"),
                                 QStringLiteral("1"), QStringLiteral("42.00"));
        QVERIFY(InvoiceStore(*m_db).approve(id));
        m_xero.advance(1);
        QVERIFY(m_org->archiveContact(contact->xeroId));

        XeroPane *pane = m_window->xero();
        QSignalSpy finished(m_window->xeroController(), &XeroController::syncFinished);
        QTest::mouseClick(pane->syncNowButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QCOMPARE(lastResult(finished), QStringLiteral("issues"));
        ProblemsView *problems = pane->problems();
        QVERIFY(problems->selectRecord(SyncEntity::Invoice, id));
        QVERIFY(problems->tryAgainButton()->isVisible());
        QVERIFY2(problems->detailText().contains(QStringLiteral("archived")),
                 qPrintable(problems->detailText()));
        grab(QStringLiteral("demo-refusal"));
        const int sent = m_xero.callCount(m_tenant, QStringLiteral("POST /Invoices"));
        QTest::mouseClick(pane->syncNowButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QCOMPARE(m_xero.callCount(m_tenant, QStringLiteral("POST /Invoices")), sent);
        QVERIFY(problems->selectRecord(SyncEntity::Invoice, id));

        m_org->contact(contact->xeroId)->status = QStringLiteral("ACTIVE"); // its UpdatedDateUTC stays
        QTest::mouseClick(problems->tryAgainButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kSyncTimeoutMs));
        QCOMPARE(m_xero.callCount(m_tenant, QStringLiteral("POST /Invoices")), sent + 1);
        QVERIFY(SyncStore(*m_db).link(SyncEntity::Invoice, id, m_tenant));
        QVERIFY(!problems->selectRecord(SyncEntity::Invoice, id));
    }

private:
    // A draft of one line at 20% VAT, due two weeks after `date`.
    Id addInvoice(Id customer, QDate date, const QString &description, const QString &quantity,
                  const QString &unitPrice)
    {
        Invoice inv;
        inv.customerId = customer;
        inv.issueDate = date;
        inv.dueDate = date.addDays(14);
        inv.currency = QStringLiteral("GBP");
        InvoiceLine line;
        line.description = description;
        line.quantity = Quantity::parse(quantity).value();
        line.unitPrice = UnitPrice::parse(unitPrice).value();
        line.taxCode = QStringLiteral("VAT20");
        line.taxRate = Percent::fromWhole(20);
        inv.lines = {line};
        return InvoiceStore(*m_db).add(inv).value();
    }
    static QString lastResult(const QSignalSpy &spy)
    {
        return spy.isEmpty() ? QString() : syncResultKey(spy.last().at(0).value<SyncSummary>().result);
    }
    void grab(const QString &name)
    {
        const QString dir = qEnvironmentVariable("BILLHOOK_TEST_SHOTS");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    QTranslator m_english;
    fakexero::FakeXero m_xero;
    QString m_tenant;
    fakexero::Organisation *m_org = nullptr;
    QNetworkAccessManager m_browser;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    Id m_kitchen = 0;
};

QTEST_MAIN(TestXeroSyncDemo)
#include "tst_xerosyncdemo.moc"
