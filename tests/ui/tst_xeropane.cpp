// The Xero pane on its own: each state, the Problems list (open the record, conflicts side by side), the
// History, the per-record sync state in lists and editors, the disconnect confirmation and deep links.
// The sync itself is driven in tst_xerosync (against fake-xero); here the sync tables are filled directly.
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"
#include "ui/common/dialogs.h"
#include "ui/common/queryworker.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/customerlistmodel.h"
#include "ui/customers/customerpage.h"
#include "ui/customers/customersview.h"
#include "ui/invoices/invoiceeditor.h"
#include "ui/invoices/invoicelistmodel.h"
#include "ui/invoices/invoicesview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/xero/historyview.h"
#include "ui/xero/problemsview.h"
#include "ui/xero/recordsyncbar.h"
#include "ui/xero/xerocontext.h"
#include "ui/xero/xerodeeplinks.h"
#include "ui/xero/xeropane.h"

#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace billhook;

class TestXeroPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCoreApplication::setOrganizationName(QStringLiteral("BillhookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_xeropane"));
        // The English catalogue gives the real plural forms ("1 problem needs attention").
        QVERIFY(m_english.load(QStringLiteral("billhook_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        QSettings().clear();
        Dialogs::setNextAnswers({});
        Dialogs::resetQuestionsAsked();
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("pane-%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db.value());
        QVERIFY(SettingsStore(*m_db).setDefaultCurrency(QStringLiteral("GBP")).ok());
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
        m_urls.clear();
        m_window->xeroContext()->setUrlOpener([this](const QUrl &url) {
            m_urls << url;
            return true;
        });
    }

    void cleanup()
    {
        Dialogs::setNextAnswers({int(QMessageBox::Discard), int(QMessageBox::Discard)});
        m_window.reset();
        m_db.reset();
        Dialogs::setNextAnswers({});
    }

    void notConnectedOffersOneButtonAndSaysWhatSyncs()
    {
        XeroPane *pane = m_window->xero();
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(pane->state(), XeroPane::State::NotConnected);
        QVERIFY(pane->connectButton()->isVisible());
        QCOMPARE(pane->connectButton()->text(), QStringLiteral("Connect to Xero"));
        QCOMPARE(m_window->xeroStatusLabel()->text(), QStringLiteral("Not connected to Xero"));
        QSignalSpy connectAsked(pane, &XeroPane::connectRequested);
        QTest::mouseClick(pane->connectButton(), Qt::LeftButton);
        QCOMPARE(connectAsked.size(), 1);

        pane->setState(XeroPane::State::Connecting);
        QVERIFY(pane->cancelConnectButton()->isVisible());
        QVERIFY(!pane->connectButton()->isVisible());
        QSignalSpy cancelAsked(pane, &XeroPane::cancelConnectRequested);
        QTest::mouseClick(pane->cancelConnectButton(), Qt::LeftButton);
        QCOMPARE(cancelAsked.size(), 1);

        // A failed attempt says why, on the page with the button.
        pane->setState(XeroPane::State::NotConnected);
        pane->setConnectMessage(QStringLiteral("You chose not to allow access in Xero."));
        auto *message = pane->findChild<QLabel *>(QStringLiteral("connectMessage"));
        QVERIFY(message && message->isVisible());
        pane->setState(XeroPane::State::Connecting);
        QVERIFY(!message->isVisibleTo(pane));
    }

    // "Everything is in sync" is said only after a run that checked it: not before the first sync, not
    // after one that failed, and not while the user's options hold differences back.
    void inSyncIsClaimedOnlyAfterACleanRun()
    {
        XeroPane *pane = connectPane();
        XeroPane::Overview o;
        o.organisation = QStringLiteral("Demo Company (UK)");
        const auto shown = [&](std::optional<SyncResult> result, int heldBack) {
            o.lastResult = result;
            o.heldBack = heldBack;
            pane->setOverview(o);
            return pane->indicatorText();
        };
        QCOMPARE(shown(SyncResult::Clean, 0), QStringLiteral("Linked: everything is in sync"));
        QCOMPARE(shown(std::nullopt, 0), QStringLiteral("Linked: not synced yet"));
        QCOMPARE(shown(SyncResult::Failed, 0), QStringLiteral("Linked: the last sync did not finish"));
        QCOMPARE(shown(SyncResult::HeldBack, 2),
                 QStringLiteral("Linked: in sync but for 2 records held back by your settings"));
        QCOMPARE(pane->indicator(), XeroPane::Indicator::Linked);
        SyncRun held;
        held.result = SyncResult::HeldBack;
        held.heldBack = 1;
        QCOMPARE(HistoryView::resultText(held), QStringLiteral("1 held back by your settings"));
    }

    void connectedShowsStatusAndSyncProgress()
    {
        XeroPane *pane = connectPane();
        QCOMPARE(pane->indicator(), XeroPane::Indicator::Linked);
        QCOMPARE(pane->indicatorText(), QStringLiteral("Linked: everything is in sync"));
        QCOMPARE(m_window->xeroStatusLabel()->text(), QStringLiteral("Xero: linked to Demo Company (UK)"));
        QVERIFY(pane->overviewText().contains(QStringLiteral("37 of 5,000 allowed per day")));
        QVERIFY(pane->overviewText().contains(QStringLiteral("today at")));
        QVERIFY(pane->syncNowButton()->isEnabled());
        QVERIFY(!pane->progressBar()->isVisible());

        QSignalSpy syncAsked(pane, &XeroPane::syncNowRequested);
        QTest::mouseClick(pane->syncNowButton(), Qt::LeftButton);
        QCOMPARE(syncAsked.size(), 1);
        pane->setSyncRunning(true);
        pane->setSyncProgress(3, 7, QStringLiteral("Sending 3 of 7 invoices…"));
        QVERIFY(!pane->syncNowButton()->isEnabled());
        QVERIFY(pane->progressBar()->isVisible());
        QCOMPARE(pane->progressBar()->value(), 3);
        QCOMPARE(pane->syncLine(), QStringLiteral("Sending 3 of 7 invoices…"));
        QVERIFY(pane->cancelSyncButton()->isVisible());
        QVERIFY(!pane->disconnectButton()->isEnabled()); // not while a run is under way
        QSignalSpy cancelAsked(pane, &XeroPane::cancelSyncRequested);
        QTest::mouseClick(pane->cancelSyncButton(), Qt::LeftButton);
        QCOMPARE(cancelAsked.size(), 1);
        pane->setSyncRunning(false);
        QVERIFY(!pane->progressBar()->isVisible());
        QVERIFY(pane->syncNowButton()->isEnabled());
    }

    void disconnectAsksFirstAndSaysLocalDataStays()
    {
        XeroPane *pane = connectPane();
        QSignalSpy disconnectAsked(pane, &XeroPane::disconnectRequested);
        Dialogs::setNextAnswers({int(QMessageBox::Cancel)});
        QTest::mouseClick(pane->disconnectButton(), Qt::LeftButton);
        QCOMPARE(Dialogs::questionsAsked(), 1);
        QCOMPARE(disconnectAsked.size(), 0);
        Dialogs::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(pane->disconnectButton(), Qt::LeftButton);
        QCOMPARE(disconnectAsked.size(), 1);
    }

    void reconnectNeededReplacesSyncNow()
    {
        XeroPane *pane = connectPane();
        pane->setReconnectReason(QStringLiteral("Xero no longer accepts Billhook's connection."));
        pane->setState(XeroPane::State::ReconnectNeeded);
        QCOMPARE(pane->indicator(), XeroPane::Indicator::ReconnectNeeded);
        QCOMPARE(pane->indicatorText(), QStringLiteral("Reconnect needed"));
        QCOMPARE(m_window->xeroStatusLabel()->text(), QStringLiteral("Xero: reconnect needed"));
        QVERIFY(pane->reconnectButton()->isVisible());
        QVERIFY(!pane->syncNowButton()->isVisible());
        QSignalSpy connectAsked(pane, &XeroPane::connectRequested);
        QTest::mouseClick(pane->reconnectButton(), Qt::LeftButton);
        QCOMPARE(connectAsked.size(), 1);
    }

    void problemsListEveryIssueAndOpenTheRecord()
    {
        const Id customer = addCustomer(QStringLiteral("Hannah Price"));
        const Id invoice = addInvoice(customer);
        SyncStore sync(*m_db);
        QVERIFY(sync.saveLink({SyncEntity::Customer,
                               customer,
                               QStringLiteral("t"),
                               QStringLiteral("c0ffee00-0000-0000-0000-000000000001"),
                               {},
                               {}})
                    .ok());
        SyncIssue problem;
        problem.entity = SyncEntity::Invoice;
        problem.localId = invoice;
        problem.xeroMessage =
            QStringLiteral("Account code '210' has been archived, or has been deleted. Each line "
                           "item must reference a valid account.");
        problem.explanation = QStringLiteral("A line uses an account that is archived in Xero.");
        problem.remedy = QStringLiteral("Choose another account on the line, save, then Sync now.");
        const auto problemId = sync.raiseIssue(problem);
        QVERIFY(problemId.ok());

        XeroPane *pane = connectPane();
        QCOMPARE(pane->problems()->count(), 1);
        QCOMPARE(pane->indicator(), XeroPane::Indicator::NeedsAttention);
        QCOMPARE(m_window->xeroStatusLabel()->text(), QStringLiteral("Xero: 1 problem needs attention"));
        const QString detail = pane->problems()->detailText();
        QVERIFY2(detail.contains(QStringLiteral("Invoice INV-")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("Account code '210' has been archived")));
        QVERIFY(detail.contains(QStringLiteral("archived in Xero")));
        QVERIFY(detail.contains(QStringLiteral("Choose another account")));
        // Not in Xero yet: no link to open there.
        QVERIFY(!pane->problems()->openInXeroButton()->isVisible());

        QTest::mouseClick(pane->problems()->openRecordButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Invoices);
        QVERIFY(m_window->invoices()->isEditing());
        QCOMPARE(m_window->invoices()->editor()->invoiceId(), invoice);
        // The invoice says so itself, with a way back to the problem.
        RecordSyncBar *bar = m_window->invoices()->editor()->syncBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->state(), RecordSyncState::Problem);
        QVERIFY(bar->text().contains(QStringLiteral("Account code '210'")));

        // A customer issue opens the customer's editor, and "Open in Xero" the contact in Xero.
        SyncIssue contactProblem;
        contactProblem.entity = SyncEntity::Customer;
        contactProblem.localId = customer;
        contactProblem.xeroMessage =
            QStringLiteral("The contact name Hannah Price is already assigned to another "
                           "contact. The contact name must be unique across all active "
                           "contacts.");
        QVERIFY(sync.raiseIssue(contactProblem).ok());
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(pane->problems()->count(), 2);
        QVERIFY(pane->problems()->selectRecord(SyncEntity::Customer, customer));
        // Without an explanation from the engine, the pane still says what it means and what to do.
        QVERIFY(pane->problems()->detailText().contains(QStringLiteral("Nothing was lost")));
        QVERIFY(pane->problems()->openInXeroButton()->isVisible());
        QTest::mouseClick(pane->problems()->openInXeroButton(), Qt::LeftButton);
        QCOMPARE(m_urls.size(), 1);
        QVERIFY(m_urls.first().toString().contains(QStringLiteral("c0ffee00-0000-0000-0000-000000000001")));
        QTest::mouseClick(pane->problems()->openRecordButton(), Qt::LeftButton);
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Customers);
        QVERIFY(m_window->customers()->isEditing());
        QCOMPARE(m_window->customers()->editor()->customerId(), customer);

        // Resolved issues leave the list.
        QVERIFY(sync.resolveIssuesFor(SyncEntity::Invoice, invoice).ok());
        QVERIFY(sync.resolveIssuesFor(SyncEntity::Customer, customer).ok());
        m_window->customers()->showList();
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(pane->problems()->count(), 0);
        QCOMPARE(pane->indicator(), XeroPane::Indicator::Linked);
    }

    void conflictShowsBothSidesAndAsksWhichToKeep()
    {
        const Id customer = addCustomer(QStringLiteral("Calder Valley Lettings"));
        SyncIssue conflict;
        conflict.entity = SyncEntity::Customer;
        conflict.localId = customer;
        conflict.kind = SyncIssueKind::Conflict;
        conflict.detail = QJsonObject{
            {QStringLiteral("fields"),
             QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("Email")},
                                    {QStringLiteral("mine"), QStringLiteral("office@calder.example")},
                                    {QStringLiteral("xero"), QStringLiteral("accounts@calder.example")}}}}};
        const auto id = SyncStore(*m_db).raiseIssue(conflict);
        QVERIFY(id.ok());
        XeroPane *pane = connectPane();
        QTableWidget *table = pane->problems()->conflictTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Email"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("office@calder.example"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("accounts@calder.example"));
        QSignalSpy resolve(pane, &XeroPane::resolveConflict);
        QTest::mouseClick(pane->problems()->keepXeroButton(), Qt::LeftButton);
        QCOMPARE(resolve.size(), 1);
        QCOMPARE(resolve.first().at(0).value<Id>(), *id);
        QCOMPARE(resolve.first().at(1).toBool(), false);
        QTest::mouseClick(pane->problems()->keepMineButton(), Qt::LeftButton);
        QCOMPARE(resolve.last().at(1).toBool(), true);

        // Two objects instead of a field list work too.
        conflict.detail = QJsonObject{
            {QStringLiteral("local"), QJsonObject{{QStringLiteral("Phone"), QStringLiteral("01422 1")},
                                                  {QStringLiteral("Name"), QStringLiteral("Same")}}},
            {QStringLiteral("remote"), QJsonObject{{QStringLiteral("Phone"), QStringLiteral("01422 2")},
                                                   {QStringLiteral("Name"), QStringLiteral("Same")}}}};
        QVERIFY(SyncStore(*m_db).raiseIssue(conflict).ok());
        pane->reload();
        QCOMPARE(pane->problems()->count(), 1); // the same record's conflict was replaced
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Phone"));
    }

    void historyListsRunsWithTheirDetail()
    {
        const Id customer = addCustomer(QStringLiteral("Moorside Vets"));
        SyncStore sync(*m_db);
        auto run = sync.startRun(QStringLiteral("t"));
        QVERIFY(run.ok());
        SyncIssue issue;
        issue.runId = *run;
        issue.entity = SyncEntity::Customer;
        issue.localId = customer;
        issue.xeroMessage =
            QStringLiteral("The contact name Moorside Vets is already assigned to another contact.");
        QVERIFY(sync.raiseIssue(issue).ok());
        SyncRun finished;
        finished.id = *run;
        finished.startedAt = QDateTime::currentDateTimeUtc().addSecs(-75);
        finished.finishedAt = QDateTime::currentDateTimeUtc();
        finished.result = SyncResult::Issues;
        finished.pushed = 4;
        finished.pulled = 12;
        finished.failed = 1;
        finished.callsUsed = 9;
        finished.detail = QStringLiteral("Sent 4 customers.\nReceived 12 invoices.");
        QVERIFY(sync.finishRun(finished).ok());

        XeroPane *pane = connectPane();
        pane->showHistory();
        QTreeWidget *list = pane->history()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("1 needs attention"));
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("4"));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("12"));
        QCOMPARE(list->topLevelItem(0)->text(6), QStringLiteral("9"));
        const QString detail = pane->history()->detailText();
        QVERIFY2(detail.contains(QStringLiteral("Received 12 invoices.")), qPrintable(detail));
        QVERIFY(detail.contains(
            QStringLiteral("Customer Moorside Vets: The contact name Moorside Vets is already "
                           "assigned to another contact. (open)")));

        // A later run that met nothing new, while two problems stay open, says two, as the problem list does.
        auto later = sync.startRun(QStringLiteral("t"));
        QVERIFY(later.ok());
        SyncRun quiet;
        quiet.id = *later;
        quiet.startedAt = QDateTime::currentDateTimeUtc();
        quiet.finishedAt = quiet.startedAt;
        quiet.result = SyncResult::Issues;
        quiet.openIssues = 2;
        QVERIFY(sync.finishRun(quiet).ok());
        QCOMPARE(sync.runs(1).value(0).openIssues, 2);
        pane->reload();
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("2 need attention"));
    }

    void listsAndEditorsShowEachRecordsSyncState()
    {
        const Id synced = addCustomer(QStringLiteral("Synced Ltd"));
        const Id pending = addCustomer(QStringLiteral("Pending Ltd"));
        SyncStore sync(*m_db);
        for (const OutboxEntry &e : sync.outbox(SyncEntity::Customer))
            if (e.localId == synced)
                QVERIFY(sync.removeFromOutbox(e.id).ok());
        QVERIFY(
            sync.saveLink({SyncEntity::Customer, synced, QStringLiteral("t"), QStringLiteral("x1"), {}, {}})
                .ok());
        const Id invoice = addInvoice(synced);
        for (const OutboxEntry &e : sync.outbox(SyncEntity::Invoice))
            QVERIFY(sync.removeFromOutbox(e.id).ok());
        QVERIFY(sync.saveLink({SyncEntity::Invoice,
                               invoice,
                               QStringLiteral("t"),
                               QStringLiteral("x2"),
                               {},
                               QJsonObject{{QStringLiteral("Status"), QStringLiteral("AUTHORISED")}}})
                    .ok());

        m_window->showSection(MainWindow::Section::Customers);
        QTableView *list = m_window->customers()->listView();
        // No organisation linked: no Xero column, no sync bar.
        QVERIFY(list->isColumnHidden(CustomerListModel::SyncColumn));
        m_window->xeroContext()->setLinked(true, QStringLiteral("Demo Company (UK)"),
                                           QStringLiteral("!abc12"));
        QVERIFY(!list->isColumnHidden(CustomerListModel::SyncColumn));
        m_window->customers()->refresh();
        QTRY_VERIFY(m_window->queries()->isIdle()); // lists are read off the GUI thread
        CustomerListModel *model = m_window->customers()->listModel();
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString state = model->index(row, CustomerListModel::SyncColumn).data().toString();
            QCOMPARE(state,
                     model->idAt(row) == synced ? QStringLiteral("Synced") : QStringLiteral("Pending"));
        }
        // After a run, the states are re-read without reloading the list.
        for (const OutboxEntry &e : sync.outbox(SyncEntity::Customer))
            QVERIFY(sync.removeFromOutbox(e.id).ok());
        m_window->xeroContext()->notifySyncStatesChanged();
        QTRY_VERIFY(m_window->queries()->isIdle());
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->idAt(row) == pending)
                QCOMPARE(model->index(row, CustomerListModel::SyncColumn).data().toString(),
                         QStringLiteral("Not in Xero"));

        // The customer's page and the invoice show their state, Xero's status and "Sync now".
        m_window->customers()->showCustomer(synced);
        RecordSyncBar *customerBar = m_window->customers()->page()->syncBar();
        QVERIFY(customerBar->isVisible());
        QCOMPARE(customerBar->state(), RecordSyncState::Synced);
        m_window->showSection(MainWindow::Section::Invoices);
        m_window->invoices()->openInvoice(invoice);
        RecordSyncBar *invoiceBar = m_window->invoices()->editor()->syncBar();
        QVERIFY(invoiceBar->isVisible());
        QVERIFY2(invoiceBar->text().contains(QStringLiteral("In Xero: Awaiting payment.")),
                 qPrintable(invoiceBar->text()));
        QSignalSpy syncAsked(m_window->xeroContext(), &XeroContext::syncRequested);
        QTest::mouseClick(invoiceBar->syncButton(), Qt::LeftButton);
        QCOMPARE(syncAsked.size(), 1);
        m_window->xeroContext()->setLinked(false);
        QVERIFY(!invoiceBar->isVisible());
    }

    void deepLinksOpenTheRecordInTheRightOrganisation()
    {
        const QUrl plain = xeroRecordUrl(SyncEntity::Invoice, QStringLiteral("abc-123"));
        QCOMPARE(plain.toString(),
                 QStringLiteral("https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=abc-123"));
        QCOMPARE(xeroRecordUrl(SyncEntity::Customer, QStringLiteral("def")).toString(),
                 QStringLiteral("https://go.xero.com/Contacts/View/def"));
        const QUrl viaLogin =
            xeroRecordUrl(SyncEntity::Invoice, QStringLiteral("abc-123"), QStringLiteral("!xkcD"));
        QCOMPARE(viaLogin.host(), QStringLiteral("go.xero.com"));
        QCOMPARE(viaLogin.path(), QStringLiteral("/organisationlogin/default.aspx"));
        const QUrlQuery query(viaLogin);
        QCOMPARE(query.queryItemValue(QStringLiteral("shortcode")), QStringLiteral("!xkcD"));
        QCOMPARE(query.queryItemValue(QStringLiteral("redirecturl"), QUrl::FullyDecoded),
                 QStringLiteral("/AccountsReceivable/View.aspx?InvoiceID=abc-123"));
        QVERIFY(xeroRecordUrl(SyncEntity::Invoice, {}).isEmpty());
    }

private:
    XeroPane *connectPane()
    {
        XeroPane *pane = m_window->xero();
        m_window->xeroContext()->setLinked(true, QStringLiteral("Demo Company (UK)"),
                                           QStringLiteral("!abc12"));
        XeroPane::Overview o;
        o.organisation = QStringLiteral("Demo Company (UK)");
        o.lastSyncAt = QDateTime::currentDateTimeUtc();
        o.lastSyncResult = QStringLiteral("In sync");
        o.lastResult = SyncResult::Clean;
        o.nextSyncAt = QDateTime::currentDateTimeUtc().addSecs(900);
        o.callsToday = 37;
        pane->setOverview(o);
        pane->setState(XeroPane::State::Connected);
        m_window->showSection(MainWindow::Section::Xero);
        return pane;
    }

    Id addCustomer(const QString &name)
    {
        Customer c;
        c.name = name;
        auto id = CustomerStore(*m_db).add(c);
        return id.ok() ? *id : 0;
    }

    Id addInvoice(Id customer)
    {
        Invoice inv;
        inv.customerId = customer;
        inv.issueDate = QDate::currentDate();
        inv.dueDate = inv.issueDate.addDays(14);
        InvoiceLine line;
        line.description = QStringLiteral("Boiler service");
        line.unitPrice = UnitPrice::parse(QStringLiteral("85")).value();
        line.taxRate = Percent::fromWhole(20);
        line.accountCode = QStringLiteral("210");
        inv.lines << line;
        auto id = InvoiceStore(*m_db).add(inv);
        if (!id)
            return 0;
        return InvoiceStore(*m_db).approve(*id).ok() ? *id : 0;
    }

    QTranslator m_english;
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QList<QUrl> m_urls;
};

QTEST_MAIN(TestXeroPane)
#include "tst_xeropane.moc"
