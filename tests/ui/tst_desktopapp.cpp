// End-to-end checks of the desktop app, driven through its widgets on the offscreen platform. Modal
// questions are answered in advance through Dialogs, so a regression shows as a failure, never a hang.
#include "billhook/version.h"
#include "render/invoicerenderer.h"
#include "render/moneyformat.h"
#include "storage/customerstore.h"
#include "storage/database.h"
#include "storage/invoicestore.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/common/banner.h"
#include "ui/common/dialogs.h"
#include "ui/common/queryworker.h"
#include "ui/common/readonlylook.h"
#include "ui/customers/customereditor.h"
#include "ui/customers/customerlistmodel.h"
#include "ui/customers/customerpage.h"
#include "ui/customers/customersview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/invoices/customerpicker.h"
#include "ui/invoices/invoiceeditor.h"
#include "ui/invoices/invoicelistmodel.h"
#include "ui/invoices/invoicesview.h"
#include "ui/invoices/lineitemsmodel.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/settingsview.h"
#include "xero/xeroerrors.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace billhook;

namespace {
// Stands in for the desktop's file manager.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

// A page that keeps the text drawn on it, to read what the PDF renderer writes.
class TextCapture : public QPaintDevice
{
public:
    QStringList texts() const { return m_engine.texts; }
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 595;
        case PdmHeight:
            return 842;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 72;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(AllFeatures)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { texts << item.text(); }
        Type type() const override { return User; }
        QStringList texts;
    };
    mutable Engine m_engine;
};
} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Amounts are compared as text, so the locale is fixed.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCoreApplication::setOrganizationName(QStringLiteral("BillhookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopapp"));
    }

    void init()
    {
        QSettings().clear();
        Dialogs::setNextAnswers({});
        Dialogs::resetQuestionsAsked();
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("test-%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db.value());
        SettingsStore settings(*m_db);
        QVERIFY(settings.setDefaultCurrency(QStringLiteral("GBP")).ok());
        QVERIFY(ReferenceStore(*m_db)
                    .saveTaxRate(
                        {0, QStringLiteral("VAT20"), QStringLiteral("VAT"), Percent::fromWhole(20), {}, true})
                    .ok());
        QVERIFY(settings.setDefaultTaxCode(QStringLiteral("VAT20")).ok());
        m_window = std::make_unique<MainWindow>(*m_db);
        m_window->show();
    }

    void cleanup()
    {
        // Close without questions: a test that leaves an edit open must not block the next one.
        Dialogs::setNextAnswers({int(QMessageBox::Discard), int(QMessageBox::Discard)});
        m_window.reset();
        m_db.reset();
        QCOMPARE(Dialogs::pendingAnswers() <= 2, true);
        Dialogs::setNextAnswers({});
    }

    void createCustomer()
    {
        const Id id =
            addCustomerThroughEditor(QStringLiteral("Hannah Price"), QStringLiteral("hannah@example.com"));
        QVERIFY(id > 0);
        auto stored = CustomerStore(*m_db).get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->email, QStringLiteral("hannah@example.com"));
        settle();
        QCOMPARE(m_window->customers()->listModel()->rowCount(), 1);
        QVERIFY(m_window->banner()->isVisible());
    }

    void invalidEmailIsShownInlineAndNothingSaved()
    {
        m_window->showSection(MainWindow::Section::Customers);
        m_window->customers()->newCustomer();
        CustomerEditor *editor = m_window->customers()->editor();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("Bad Email Ltd"));
        QTest::keyClicks(editor->emailEdit(), QStringLiteral("not-an-email"));
        QVERIFY(!editor->save());
        QVERIFY(editor->fieldError(QStringLiteral("email")).contains(QStringLiteral("not-an-email")));
        QCOMPARE(CustomerStore(*m_db).count(), 0);
        QCOMPARE(Dialogs::questionsAsked(), 0); // inline, not a pop-up
    }

    void invoiceWithThreeLinesShowsXeroTotals()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Price & Sons"), {});
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer);
        // 85.00 + round2(2.5 × 4.99 = 12.475) 12.48 + 3 × 45 less 10% 121.50; VAT per line 17.00 + 2.50
        // + 24.30.
        QCOMPARE(editor->subtotalText(), QStringLiteral("£218.98"));
        QCOMPARE(editor->taxText(), QStringLiteral("£43.80"));
        QCOMPARE(editor->totalText(), QStringLiteral("£262.78"));
        QVERIFY(editor->save());
        auto stored = InvoiceStore(*m_db).get(editor->invoiceId());
        QVERIFY(stored.ok());
        QCOMPARE(stored->total, Money::fromUnits(26278));
        QCOMPARE(stored->lines.size(), 3);
    }

    // The Tax rate column offers the active rates once: the user's, and Xero's that none of the user's is
    // mapped to; archived rates are not offered. A reverse-charge line is charged no VAT.
    void taxRateColumnOffersOwnRatesOnce()
    {
        ReferenceStore refs(*m_db);
        TaxRate drc{
            0, QStringLiteral("DRC20"), QStringLiteral("Reverse charge"), Percent::fromWhole(20), {}, true};
        drc.reverseCharge = true;
        QVERIFY(refs.addTaxRate(drc).ok());
        QVERIFY(refs.addTaxRate(
                        {0, QStringLiteral("OLD"), QStringLiteral("Old"), Percent::fromWhole(17), {}, true})
                    .ok());
        QVERIFY(refs.archiveTaxRate(QStringLiteral("OLD")).ok());
        for (const QString &type : {QStringLiteral("OUTPUT2"), QStringLiteral("ZERORATEDOUTPUT")}) {
            TaxRate x{0, type, type, type == u"OUTPUT2" ? Percent::fromWhole(20) : Percent(), type, true};
            x.fromXero = true;
            QVERIFY(refs.saveTaxRate(x).ok());
        }
        QVERIFY(SettingsStore(*m_db)
                    .setValue(QStringLiteral("sync.tax_type.VAT20"), QStringLiteral("OUTPUT2"))
                    .ok());
        const Id customer = addCustomerThroughEditor(QStringLiteral("Builder Ltd"), {});
        m_window->showSection(MainWindow::Section::Invoices);
        m_window->invoices()->newInvoice(customer);
        InvoiceEditor *editor = m_window->invoices()->editor();
        LineItemsModel *lines = editor->lineModel();
        const QModelIndex tax = lines->index(0, LineItemsModel::TaxRateColumn);
        QAbstractItemDelegate *delegate =
            editor->lineView()->itemDelegateForColumn(LineItemsModel::TaxRateColumn);
        QVERIFY(delegate);
        std::unique_ptr<QWidget> widget(delegate->createEditor(editor->lineView()->viewport(), {}, tax));
        auto *combo = qobject_cast<QComboBox *>(widget.get());
        QVERIFY(combo);
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered.append(combo->itemData(i).toString());
        QCOMPARE(offered, (QStringList{QStringLiteral("DRC20"), QStringLiteral("VAT20"),
                                       QStringLiteral("ZERORATEDOUTPUT")}));
        QVERIFY(combo->itemText(0).contains(QStringLiteral("reverse charge")));

        QCOMPARE(lines->lines().at(0).taxCode, QStringLiteral("VAT20")); // the default tax rate
        QVERIFY(lines->setData(lines->index(0, LineItemsModel::UnitPriceColumn), QStringLiteral("1000"),
                               Qt::EditRole));
        QCOMPARE(editor->taxText(), QStringLiteral("£200.00"));
        QVERIFY(lines->setData(tax, QStringLiteral("DRC20"), Qt::EditRole));
        QCOMPARE(editor->taxText(), QStringLiteral("£0.00"));
        QCOMPARE(editor->totalText(), QStringLiteral("£1,000.00"));
        QVERIFY(tax.data().toString().contains(QStringLiteral("reverse charge")));
    }

    void refusedInputKeepsTheCell()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Typo Ltd"), {});
        m_window->showSection(MainWindow::Section::Invoices);
        m_window->invoices()->newInvoice(customer);
        LineItemsModel *lines = m_window->invoices()->editor()->lineModel();
        QVERIFY(!lines->setData(lines->index(0, LineItemsModel::QuantityColumn), QStringLiteral("two"),
                                Qt::EditRole));
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(lines->lines().at(0).quantity, Quantity::fromWhole(1));
    }

    void approvePartPayDashboardAndCustomerPage()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Hannah Price"), {});
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer);
        QVERIFY(editor->approve());
        QCOMPARE(editor->invoice().status, InvoiceStatus::Approved);
        QVERIFY(!editor->invoice().number.isEmpty());

        editor->beginPayment();
        QCOMPARE(editor->paymentAmountEdit()->text(), QStringLiteral("262.78"));
        QVERIFY(
            editor->recordPayment(QStringLiteral("100.00"), QDate::currentDate(), QStringLiteral("Bank")));
        QCOMPARE(editor->invoice().status, InvoiceStatus::PartPaid);
        QCOMPARE(editor->amountDueText(), QStringLiteral("£162.78"));

        m_window->showSection(MainWindow::Section::Dashboard);
        settle();
        QCOMPARE(m_window->dashboard()->outstandingText(), QStringLiteral("£162.78"));

        m_window->showSection(MainWindow::Section::Customers);
        m_window->customers()->showCustomer(customer);
        settle();
        CustomerPage *page = m_window->customers()->page();
        QCOMPARE(page->paidText(), QStringLiteral("£100.00"));
        QCOMPARE(page->unpaidText(), QStringLiteral("£162.78"));
        QCOMPARE(page->invoiceModel()->rowCount(), 1);
        page->invoiceView()->setCurrentIndex(page->invoiceModel()->index(0, 0));
        QCOMPARE(page->paymentView()->topLevelItemCount(), 1);
        QCOMPARE(page->paymentView()->topLevelItem(0)->text(1), QStringLiteral("£100.00"));

        page->setShow(CustomerPage::Show::Paid);
        settle();
        QCOMPARE(page->invoiceModel()->rowCount(), 0);
        page->setShow(CustomerPage::Show::Unpaid);
        settle();
        QCOMPARE(page->invoiceModel()->rowCount(), 1);
        page->setDateRange(QDate::currentDate().addDays(1), QDate::currentDate().addDays(30));
        settle();
        QCOMPARE(page->invoiceModel()->rowCount(), 0);
    }

    // A payment recorded by mistake is removed from the editor: pick it in the payments list, Remove,
    // confirm. "No" changes nothing; "Yes" brings the amount due back and unlocks the invoice (it never
    // reached Xero).
    void paymentRecordedByMistakeIsRemoved()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Wrong Payer"), {});
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer);
        QVERIFY(editor->approve());
        QVERIFY(
            editor->recordPayment(QStringLiteral("262.78"), QDate::currentDate(), QStringLiteral("Cash")));
        QCOMPARE(editor->invoice().status, InvoiceStatus::Paid);
        QVERIFY(editor->isReadOnly());
        QTreeWidget *list = editor->paymentList();
        QVERIFY(list->isVisibleTo(editor));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("£262.78"));
        QVERIFY(!editor->removePaymentButton()->isEnabled()); // nothing picked yet
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(editor->removePaymentButton()->isEnabled());
        if (const QString dir = qEnvironmentVariable("BILLHOOK_TEST_SHOTS"); !dir.isEmpty())
            m_window->grab().save(dir + QStringLiteral("/editor-payments.png"));

        Dialogs::setNextAnswers({int(QMessageBox::No)});
        editor->removePaymentButton()->click();
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QCOMPARE(editor->invoice().status, InvoiceStatus::Paid);
        QCOMPARE(InvoiceStore(*m_db).payments(editor->invoiceId()).size(), 1);

        list->setCurrentItem(list->topLevelItem(0));
        Dialogs::setNextAnswers({int(QMessageBox::Yes)});
        editor->removePaymentButton()->click();
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QCOMPARE(editor->invoice().status, InvoiceStatus::Approved);
        QCOMPARE(editor->amountDueText(), QStringLiteral("£262.78"));
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!list->isVisibleTo(editor));
        QVERIFY(InvoiceStore(*m_db).payments(editor->invoiceId()).isEmpty());
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("removed")),
                 qPrintable(m_window->banner()->text()));
    }

    void overdueInvoiceOnDashboardOpens()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Late Payer"), {});
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer);
        QVERIFY(editor->save());
        Invoice inv = editor->invoice();
        inv.issueDate = QDate::currentDate().addDays(-60);
        inv.dueDate = QDate::currentDate().addDays(-30);
        QVERIFY(InvoiceStore(*m_db).update(inv).ok());
        QVERIFY(InvoiceStore(*m_db).approve(inv.id).ok());
        m_window->invoices()->showList();
        m_window->showSection(MainWindow::Section::Dashboard);
        settle();
        QTreeWidget *list = m_window->dashboard()->overdueList();
        QCOMPARE(list->topLevelItemCount(), 1);
        Q_EMIT list->itemActivated(list->topLevelItem(0), 0);
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Invoices);
        QCOMPARE(m_window->invoices()->editor()->invoiceId(), inv.id);
    }

    void paidInvoiceCannotBeEdited()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Good Payer"), {});
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer);
        QVERIFY(editor->approve());
        QVERIFY(editor->recordPayment(QStringLiteral("262.78"), QDate::currentDate()));
        QCOMPARE(editor->invoice().status, InvoiceStatus::Paid);
        QVERIFY(editor->openInvoice(editor->invoiceId()));
        QVERIFY(editor->isReadOnly());
        QVERIFY(!editor->lockedText().isEmpty());
        LineItemsModel *lines = editor->lineModel();
        QVERIFY(!(lines->flags(lines->index(0, LineItemsModel::DescriptionColumn)) & Qt::ItemIsEditable));
        QVERIFY(!lines->setData(lines->index(0, LineItemsModel::DescriptionColumn), QStringLiteral("changed"),
                                Qt::EditRole));
        QVERIFY(!editor->save());
        QCOMPARE(InvoiceStore(*m_db).get(editor->invoiceId())->lines.at(0).description,
                 QStringLiteral("Boiler service"));
    }

    void lockedFieldsLookLockedAndSayWhy()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Good Payer"), {});
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer);
        const QColor editableBase = editor->numberEdit()->palette().color(QPalette::Base);
        const QColor windowColour = editor->numberEdit()->palette().color(QPalette::Window);
        QVERIFY(editableBase != windowColour); // the style draws editable fields differently
        for (QWidget *field : editor->lockableFields())
            QVERIFY2(!ReadOnlyLook::isLocked(field), qPrintable(field->objectName()));

        // Approved: only the number is fixed, and it looks it, with the reason on it.
        QVERIFY(editor->approve());
        QLineEdit *number = editor->numberEdit();
        QVERIFY(number->isReadOnly());
        QVERIFY(ReadOnlyLook::isLocked(number));
        QCOMPARE(number->palette().color(QPalette::Base), windowColour);
        QVERIFY(number->toolTip().contains(QStringLiteral("fixed once the invoice is approved")));
        QVERIFY(!ReadOnlyLook::isLocked(editor->customerPicker()));
        QCOMPARE(editor->customerPicker()->palette().color(QPalette::Base), editableBase);

        // Paid: every field is locked, looks it and carries the reason shown above the form.
        QVERIFY(editor->recordPayment(QStringLiteral("262.78"), QDate::currentDate()));
        const QString reason = editor->lockedText();
        QVERIFY(reason.contains(QStringLiteral("paid")));
        for (QWidget *field : editor->lockableFields()) {
            QVERIFY2(ReadOnlyLook::isLocked(field), field->metaObject()->className());
            QCOMPARE(field->toolTip(), reason);
            if (qobject_cast<QComboBox *>(field))
                QVERIFY(!field->isEnabled());
            else
                QCOMPARE(field->palette().color(QPalette::Base), windowColour);
        }
        auto *dateEdit = editor->findChild<QDateEdit *>();
        QVERIFY(dateEdit->isReadOnly());
        QCOMPARE(dateEdit->buttonSymbols(), QAbstractSpinBox::NoButtons);
        QVERIFY(!dateEdit->calendarPopup());

        // A new invoice afterwards is editable again and looks it.
        m_window->invoices()->newInvoice(customer);
        QVERIFY(!number->isReadOnly());
        QCOMPARE(number->palette().color(QPalette::Base), editableBase);
        QVERIFY(number->toolTip().isEmpty());
        QVERIFY(dateEdit->calendarPopup());
    }

    // Xero error remedies walk the user through the app: every label they name is one the app shows.
    void remediesNameTheAppsOwnLabels()
    {
        QSet<QString> shown;
        const auto add = [&shown](QString t) {
            t.remove(QLatin1Char('&'));
            if (t.endsWith(QLatin1Char(':')))
                t.chop(1);
            shown.insert(t.trimmed());
        };
        for (const auto *b : m_window->findChildren<QAbstractButton *>())
            add(b->text());
        for (const auto *l : m_window->findChildren<QLabel *>())
            add(l->text());
        for (const auto *g : m_window->findChildren<QGroupBox *>())
            add(g->title());
        for (const auto *list : m_window->findChildren<QListWidget *>())
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        LineItemsModel lines;
        for (int c = 0; c < lines.columnCount({}); ++c)
            add(lines.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());

        const QByteArray signInRefused = R"({"Title":"Unauthorized","Status":401})";
        const QByteArray accessRefused = R"({"Title":"Forbidden","Status":403})";
        const struct
        {
            QString remedy;
            QStringList labels;
        } cases[] = {
            {XeroErrors::explain(
                 QStringLiteral("The contact number C-7 is already assigned to another contact."))
                 .remedy,
             {QStringLiteral("Customers"), QStringLiteral("Edit customer"),
              QStringLiteral("Contact number")}},
            {XeroErrors::explain(QStringLiteral("Invoice # must be unique.")).remedy,
             {QStringLiteral("Settings"), QStringLiteral("New invoices"), QStringLiteral("Numbering"),
              QStringLiteral("Save settings")}},
            {XeroErrors::explain(QStringLiteral("Account code '200' has been archived, or has been deleted."))
                 .remedy,
             {QStringLiteral("Account"), QStringLiteral("Change setup"), QStringLiteral("Sync now")}},
            {XeroErrors::explainStatus(401, QJsonDocument::fromJson(signInRefused), signInRefused).remedy,
             {QStringLiteral("Reconnect to Xero"), QStringLiteral("Sync now")}},
            {XeroErrors::explainStatus(403, QJsonDocument::fromJson(accessRefused), accessRefused).remedy,
             {QStringLiteral("Reconnect to Xero"), QStringLiteral("Sync now")}},
        };
        for (const auto &c : cases) {
            for (const QString &label : c.labels) {
                QVERIFY2(c.remedy.contains(label), qPrintable(c.remedy + QStringLiteral(" / ") + label));
                QVERIFY2(shown.contains(label), qPrintable(label));
            }
            QVERIFY2(!c.remedy.contains(QLatin1String("click Connect to Xero")), qPrintable(c.remedy));
        }
        // An archived account on the invoice's own line is fixed on the line, not only in the default.
        QVERIFY(cases[2].remedy.contains(QLatin1String("Open the invoice")));
    }

    void settingsSaveAllOrNothing()
    {
        m_window->showSection(MainWindow::Section::Settings);
        SettingsView *view = m_window->settings();
        view->nameEdit()->setText(QStringLiteral("Hartley Plumbing"));
        view->numberingEdit()->setText(QStringLiteral("JOB-{000}"));
        view->currencyEdit()->setText(QStringLiteral("E1"));
        QVERIFY(!view->save());
        QCOMPARE(m_window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(m_window->banner()->text().contains(QStringLiteral("\"E1\"")),
                 qPrintable(m_window->banner()->text()));
        QCOMPARE(m_window->focusWidget(), view->currencyEdit());
        // Nothing was written: not the name, not the numbering saved before the currency was refused.
        SettingsStore settings(*m_db);
        QCOMPARE(settings.businessProfile().name, QString());
        QCOMPARE(settings.numberingTemplate().pattern(), QStringLiteral("INV-{0000}"));
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("GBP"));

        view->currencyEdit()->setText(QStringLiteral("eur"));
        QVERIFY(view->save());
        QCOMPARE(settings.businessProfile().name, QStringLiteral("Hartley Plumbing"));
        QCOMPARE(settings.numberingTemplate().pattern(), QStringLiteral("JOB-{000}"));
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("EUR"));
    }

    void filterAndSearchLists()
    {
        addCustomerThroughEditor(QStringLiteral("Alpha Plumbing"), {});
        const Id beta = addCustomerThroughEditor(QStringLiteral("Beta Electrics"), {});
        m_window->customers()->showList();
        m_window->showSection(MainWindow::Section::Customers);
        QTest::keyClicks(m_window->searchField(), QStringLiteral("Beta"));
        m_window->flushSearch();
        settle();
        CustomerListModel *customers = m_window->customers()->listModel();
        QCOMPARE(customers->rowCount(), 1);
        QCOMPARE(customers->idAt(0), beta);
        m_window->searchField()->clear();
        m_window->flushSearch();
        settle();
        QCOMPARE(customers->rowCount(), 2);

        InvoiceEditor *editor = newInvoiceWithThreeLines(beta);
        QVERIFY(editor->approve());
        const QString approvedNumber = editor->invoice().number;
        newInvoiceWithThreeLines(beta);
        QVERIFY(m_window->invoices()->editor()->save());
        m_window->invoices()->showList();
        InvoiceListModel *invoices = m_window->invoices()->listModel();
        m_window->invoices()->setShow(InvoicesView::Show::Draft);
        settle();
        QCOMPARE(invoices->rowCount(), 1);
        m_window->invoices()->setShow(InvoicesView::Show::AwaitingPayment);
        settle();
        QCOMPARE(invoices->rowCount(), 1);
        m_window->invoices()->setShow(InvoicesView::Show::Paid);
        settle();
        QCOMPARE(invoices->rowCount(), 0);
        m_window->invoices()->setShow(InvoicesView::Show::All);
        settle();
        QCOMPARE(invoices->rowCount(), 2);
        QTest::keyClicks(m_window->searchField(), approvedNumber);
        m_window->flushSearch();
        settle();
        QCOMPARE(invoices->rowCount(), 1);
    }

    void typingNeverWaitsOnTheQuery()
    {
        addCustomerThroughEditor(QStringLiteral("Alpha Plumbing"), {});
        addCustomerThroughEditor(QStringLiteral("Beta Electrics"), {});
        m_window->customers()->showList();
        settle();
        CustomerListModel *customers = m_window->customers()->listModel();
        QCOMPARE(customers->rowCount(), 2);

        // The worker is busy with a long query: typing and searching go on regardless, and the list keeps
        // what it showed until the answer comes.
        QueryChannel busy;
        QSemaphore started, release;
        m_window->queries()->run<int>(
            busy, this,
            [&started, &release](Database &) {
                started.release();
                release.acquire();
                return 0;
            },
            [](int) {});
        QVERIFY(started.tryAcquire(1, 5000));
        const int supersededBefore = m_window->queries()->supersededCount();
        for (const QChar c : QStringLiteral("Beta")) {
            QTest::keyClick(m_window->searchField(), c.toLatin1());
            m_window->flushSearch(); // a search per key, as a slow typist makes
        }
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("Beta"));
        QVERIFY(customers->isLoading());
        QCOMPARE(customers->rowCount(), 2);
        release.release();
        settle();
        QCOMPARE(customers->rowCount(), 1);
        QCOMPARE(
            customers->data(customers->index(0, CustomerListModel::NameColumn), Qt::DisplayRole).toString(),
            QStringLiteral("Beta Electrics"));
        // "B", "Be" and "Bet" were overtaken by "Beta" and never shown.
        QCOMPARE(m_window->queries()->supersededCount() - supersededBefore, 3);
    }

    void customerPickerPagesThroughManyCustomers()
    {
        QList<Customer> many;
        for (int i = 0; i < 1500; ++i) {
            Customer c;
            c.name = QStringLiteral("Customer %1").arg(i, 4, 10, QLatin1Char('0'));
            many << c;
        }
        Customer zebra;
        zebra.name = QStringLiteral("Zebra Joinery");
        zebra.email = QStringLiteral("office@zebra.example");
        many << zebra;
        QVERIFY(CustomerStore(*m_db).addAll(many).ok());

        m_window->showSection(MainWindow::Section::Invoices);
        m_window->invoices()->newInvoice();
        InvoiceEditor *editor = m_window->invoices()->editor();
        CustomerPicker *picker = editor->customerPicker();
        QCOMPARE(picker->customerId(), Id(0));

        // A broad search brings one small page, never all 1,501 customers.
        QTest::keyClicks(picker, QStringLiteral("Customer"));
        picker->searchNow();
        settle();
        QCOMPARE(picker->suggestions()->rowCount(), CustomerPicker::MaxSuggestions);
        QCOMPARE(picker->customerId(), Id(0));

        picker->clear();
        QTest::keyClicks(picker, QStringLiteral("zebra"));
        picker->searchNow();
        settle();
        QCOMPARE(picker->suggestions()->rowCount(), 1);
        picker->pick(0);
        QCOMPARE(picker->text(), QStringLiteral("Zebra Joinery"));
        LineItemsModel *lines = editor->lineModel();
        lines->setData(lines->index(0, LineItemsModel::DescriptionColumn), QStringLiteral("Gate"),
                       Qt::EditRole);
        lines->setData(lines->index(0, LineItemsModel::UnitPriceColumn), QStringLiteral("240"), Qt::EditRole);
        QVERIFY(editor->save());
        QCOMPARE(InvoiceStore(*m_db).get(editor->invoiceId())->customerName, QStringLiteral("Zebra Joinery"));

        // A name typed in full that only one customer has is chosen without the popup.
        m_window->invoices()->newInvoice();
        QTest::keyClicks(picker, QStringLiteral("Customer 0042"));
        picker->searchNow();
        settle();
        QVERIFY(picker->customerId() != 0);
        QCOMPARE(CustomerStore(*m_db).get(picker->customerId())->name, QStringLiteral("Customer 0042"));

        // A name nobody has is refused with a message, and nothing is saved.
        Dialogs::setNextAnswers({int(QMessageBox::Discard)});
        m_window->invoices()->newInvoice();
        QTest::keyClicks(picker, QStringLiteral("Nobody Atall"));
        picker->searchNow();
        settle();
        QCOMPARE(picker->suggestions()->rowCount(), 0);
        const int before = InvoiceStore(*m_db).count();
        QVERIFY(!editor->save());
        QVERIFY(m_window->banner()->text().contains(QStringLiteral("Nobody Atall")));
        QCOMPARE(InvoiceStore(*m_db).count(), before);
    }

    void moneyLooksTheSameEverywhere()
    {
        // A locale that puts the symbol after the number: lists, editor, dashboard and PDF agree.
        const Id customer = addCustomerThroughEditor(QStringLiteral("Schmidt GmbH"), {});
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer); // typed the English way
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore =
            qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); });
        QVERIFY(editor->approve());
        const QString expected = QStringLiteral("262,78") + QChar(0x00A0) + QStringLiteral("£");
        QCOMPARE(editor->totalText(), expected);

        m_window->invoices()->showList();
        settle();
        InvoiceListModel *list = m_window->invoices()->listModel();
        QCOMPARE(list->index(0, InvoiceListModel::TotalColumn).data().toString(), expected);
        m_window->showSection(MainWindow::Section::Dashboard);
        settle();
        QCOMPARE(m_window->dashboard()->outstandingText(), expected);

        auto doc = InvoiceRenderer::load(*m_db, editor->invoiceId());
        QVERIFY(doc.ok());
        TextCapture page;
        QPainter painter(&page);
        InvoiceRenderer::paint(painter, QRectF(0, 0, page.width(), page.height()), *doc);
        painter.end();
        QVERIFY2(page.texts().contains(expected), qPrintable(page.texts().join(QLatin1Char('|'))));

        // LANG=C (no locale at all) once showed "262.78£" on the dashboard.
        QLocale::setDefault(QLocale::c());
        m_window->dashboard()->refresh();
        settle();
        QCOMPARE(m_window->dashboard()->outstandingText(), QStringLiteral("£262.78"));
    }

    void aboutDialogFromTheHelpMenu()
    {
        QAction *about = nullptr;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->objectName() == QLatin1String("aboutAction"))
                        about = a;
        QVERIFY(about);
        QCOMPARE(about->text(), QStringLiteral("&About Billhook"));
        about->trigger();
        AboutDialog *dialog = m_window->aboutDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(!dialog->iconLabel()->pixmap().isNull());
        QCOMPARE(dialog->versionText(),
                 QStringLiteral("Version ") + QString::fromUtf8(BILLHOOK_VERSION_FULL));
        QVERIFY(dialog->findChildren<QLabel *>().size() > 0);
        bool named = false;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            named |= label->text() == QLatin1String("Billhook");
        QVERIFY(named);
        QCOMPARE(dialog->databasePathText(),
                 QDir::toNativeSeparators(QFileInfo(m_db->path()).absoluteFilePath()));
        QVERIFY(dialog->databasePathLabel()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(dialog->licenceText().startsWith(QStringLiteral("Copyright © ")));
        QVERIFY(dialog->qtText().contains(QString::fromLatin1(qVersion())));

        // "Show in folder" opens the folder that holds the database, through the desktop's file manager.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(dialog->showFolderButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.at(0).toLocalFile(), QFileInfo(m_db->path()).absolutePath());

        // Asking again shows the same dialog, not a second one.
        about->trigger();
        QCOMPARE(m_window->findChildren<AboutDialog *>().size(), 1);
    }

    void closingWithUnsavedChangesAsksOnce()
    {
        const Id customer = addCustomerThroughEditor(QStringLiteral("Careful Ltd"), {});
        newInvoiceWithThreeLines(customer);
        Dialogs::resetQuestionsAsked();
        Dialogs::setNextAnswers({int(QMessageBox::Cancel)});
        QVERIFY(!m_window->close());
        QCOMPARE(Dialogs::questionsAsked(), 1);
        QVERIFY(m_window->isVisible());
        // After a "crash" (the window never closes), a new window restores the unsaved invoice.
        MainWindow second(*m_db);
        second.show();
        second.restoreDrafts();
        QCOMPARE(second.currentSection(), MainWindow::Section::Invoices);
        QVERIFY(second.invoices()->isEditing());
        QCOMPARE(second.invoices()->editor()->totalText(), QStringLiteral("£262.78"));
        QVERIFY(second.banner()->text().contains(QStringLiteral("Restored")));
    }

    // Save, Print and Delete draft are enabled only where they act, following the page and its editor.
    void toolbarActionsFollowThePage()
    {
        auto *save = m_window->findChild<QAction *>(QStringLiteral("saveAction"));
        auto *print = m_window->findChild<QAction *>(QStringLiteral("printAction"));
        auto *remove = m_window->findChild<QAction *>(QStringLiteral("deleteAction"));
        QVERIFY(save && print && remove);
        const auto enabled = [&] {
            return QList<bool>{save->isEnabled(), print->isEnabled(), remove->isEnabled()};
        };
        using Flags = QList<bool>;
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Dashboard);
        QCOMPARE(enabled(), (Flags{false, false, false}));
        m_window->showSection(MainWindow::Section::Xero);
        QCOMPARE(enabled(), (Flags{false, false, false}));
        m_window->showSection(MainWindow::Section::Settings);
        QCOMPARE(enabled(), (Flags{true, false, false}));

        m_window->showSection(MainWindow::Section::Customers);
        QCOMPARE(enabled(), (Flags{false, false, false}));
        m_window->customers()->newCustomer();
        QCOMPARE(enabled(), (Flags{true, false, false}));
        const Id customer = addCustomerThroughEditor(QStringLiteral("Hannah Price"), {});
        m_window->customers()->showCustomer(customer); // the customer's page: nothing to save
        QCOMPARE(enabled(), (Flags{false, false, false}));

        m_window->showSection(MainWindow::Section::Invoices);
        QCOMPARE(enabled(), (Flags{false, false, false}));
        InvoiceEditor *editor = newInvoiceWithThreeLines(customer);
        QCOMPARE(enabled(), (Flags{true, true, false})); // not saved yet: no draft to delete
        QVERIFY(editor->save());
        QCOMPARE(enabled(), (Flags{true, true, true}));
        QVERIFY(editor->approve());
        QCOMPARE(enabled(), (Flags{true, true, false})); // voided, never deleted
        const Id approved = editor->invoiceId();
        m_window->invoices()->showList();
        QCOMPARE(enabled(), (Flags{false, false, false}));
        m_window->invoices()->openInvoice(approved);
        QCOMPARE(enabled(), (Flags{true, true, false}));
        m_window->showSection(MainWindow::Section::Dashboard);
        QCOMPARE(enabled(), (Flags{false, false, false}));
        // The disabled shortcut does nothing on the dashboard (it once said "Open an invoice to print it").
        print->trigger();
        QCOMPARE(m_window->currentSection(), MainWindow::Section::Dashboard);
    }

    // An "&" in a form's label is a keyboard shortcut to its field, never shown as text ("&Numbering:" once
    // was: a label without a field to focus shows its "&").
    void everyShortcutLabelHasItsField()
    {
        int shortcuts = 0;
        bool numbering = false;
        for (QFormLayout *form : m_window->findChildren<QFormLayout *>()) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
                if (!label || !QString(label->text()).remove(QStringLiteral("&&")).contains(QLatin1Char('&')))
                    continue;
                ++shortcuts;
                numbering |= label->text() == QStringLiteral("&Numbering:");
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            }
        }
        QVERIFY(shortcuts >= 10); // the settings' fields, at least
        QVERIFY(numbering);
    }

private:
    // Waits until the lists and the dashboard have what the QueryWorker read for them.
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(m_window->queries()->isIdle(), 10000); }

    Id addCustomerThroughEditor(const QString &name, const QString &email)
    {
        m_window->showSection(MainWindow::Section::Customers);
        m_window->customers()->newCustomer();
        CustomerEditor *editor = m_window->customers()->editor();
        QTest::keyClicks(editor->nameEdit(), name);
        if (!email.isEmpty())
            QTest::keyClicks(editor->emailEdit(), email);
        auto *saveButton = editor->findChild<QPushButton *>(QStringLiteral("saveCustomer"));
        if (!saveButton)
            return 0;
        QTest::mouseClick(saveButton, Qt::LeftButton);
        return editor->isModified() ? 0 : editor->customerId();
    }

    InvoiceEditor *newInvoiceWithThreeLines(Id customer)
    {
        m_window->showSection(MainWindow::Section::Invoices);
        m_window->invoices()->newInvoice(customer);
        InvoiceEditor *editor = m_window->invoices()->editor();
        LineItemsModel *lines = editor->lineModel();
        const QStringList rows[] = {
            {QStringLiteral("Boiler service"), QStringLiteral("1"), QStringLiteral("85.00"), {}},
            {QStringLiteral("Copper pipe 15mm (m)"), QStringLiteral("2.5"), QStringLiteral("4.99"), {}},
            {QStringLiteral("Labour (hours)"), QStringLiteral("3"), QStringLiteral("45"),
             QStringLiteral("10")}};
        int row = 0;
        for (const QStringList &r : rows) {
            if (row > 0)
                lines->addLine();
            lines->setData(lines->index(row, LineItemsModel::DescriptionColumn), r.at(0), Qt::EditRole);
            lines->setData(lines->index(row, LineItemsModel::QuantityColumn), r.at(1), Qt::EditRole);
            lines->setData(lines->index(row, LineItemsModel::UnitPriceColumn), r.at(2), Qt::EditRole);
            if (!r.at(3).isEmpty())
                lines->setData(lines->index(row, LineItemsModel::DiscountColumn), r.at(3), Qt::EditRole);
            ++row;
        }
        return editor;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
