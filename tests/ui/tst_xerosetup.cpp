// The Xero setup page: accounts and tax rates from drop-downs, the currency check, what is missing, and the
// options saved only when everything is chosen and confirmed.
#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "sync/syncoptions.h"
#include "ui/common/wheelguard.h"
#include "ui/xero/setuppage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace billhook;

namespace {
XeroSetupReference demo()
{
    XeroSetupReference r;
    r.organisation = QStringLiteral("Demo Company (UK)");
    r.baseCurrency = QStringLiteral("GBP");
    r.currencies = {QStringLiteral("GBP"), QStringLiteral("EUR")};
    r.bankAccounts = {
        {QStringLiteral("090"), QStringLiteral("Business Bank Account"), QStringLiteral("bank-id")}};
    r.revenueAccounts = {{QStringLiteral("200"), QStringLiteral("Sales"), {}},
                         {QStringLiteral("260"), QStringLiteral("Other Revenue"), {}}};
    r.taxTypes = {
        {QStringLiteral("OUTPUT2"), QStringLiteral("20% (VAT on Income)"), Percent::fromWhole(20)},
        {QStringLiteral("RROUTPUT"), QStringLiteral("5% (VAT on Income)"), Percent::fromWhole(5)},
        {QStringLiteral("ZERORATEDOUTPUT"), QStringLiteral("Zero Rated Income"), Percent::fromWhole(0)}};
    return r;
}

// One notch of the mouse wheel over the middle of `widget` (negative: towards the user, scrolling down).
void turnWheel(QWidget *widget, int notches)
{
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent event(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}
} // namespace

class TestXeroSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("setup-%1.sqlite").arg(++m_counter)));
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        QVERIFY(SettingsStore(*m_db).setDefaultCurrency(QStringLiteral("GBP")).ok());
        QVERIFY(ReferenceStore(*m_db)
                    .saveTaxRate(
                        {0, QStringLiteral("VAT20"), QStringLiteral("VAT"), Percent::fromWhole(20), {}, true})
                    .ok());
    }

    void completeOnlyWhenChosenAndConfirmed()
    {
        SetupPage page(*m_db);
        page.show();
        page.setReference(demo());
        // Sensible defaults: Sales 200, the only bank account, Xero's 20% rate suggested for VAT 20%.
        QCOMPARE(page.revenueCombo()->currentData().toString(), QStringLiteral("200"));
        QCOMPARE(page.bankCombo()->currentData().toString(), QStringLiteral("090"));
        QVERIFY(page.taxCombo(QStringLiteral("VAT20")));
        QCOMPARE(page.taxCombo(QStringLiteral("VAT20"))->currentData().toString(), QStringLiteral("OUTPUT2"));
        QVERIFY(page.currencyText().startsWith(QStringLiteral("✓")));
        // ...but the user confirms the tax rates before anything syncs.
        QVERIFY(!page.finishButton()->isEnabled());
        QVERIFY(page.missingText().contains(QStringLiteral("Confirm the tax rates")));
        page.confirmTaxes()->setChecked(true);
        QVERIFY2(page.finishButton()->isEnabled(), qPrintable(page.missingText()));

        // Changing a mapping asks for a new confirmation.
        page.taxCombo(QStringLiteral("VAT20"))
            ->setCurrentIndex(page.taxCombo(QStringLiteral("VAT20"))->findData(QStringLiteral("RROUTPUT")));
        QVERIFY(!page.confirmTaxes()->isChecked());
        QVERIFY(!page.finishButton()->isEnabled());
        page.taxCombo(QStringLiteral("VAT20"))
            ->setCurrentIndex(page.taxCombo(QStringLiteral("VAT20"))->findData(QStringLiteral("OUTPUT2")));
        page.confirmTaxes()->setChecked(true);
        page.revenueCombo()->setCurrentIndex(page.revenueCombo()->findData(QStringLiteral("260")));

        QSignalSpy finished(&page, &SetupPage::finished);
        QTest::mouseClick(page.finishButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        auto saved = SyncOptions::load(*m_db);
        QVERIFY(saved.ok());
        QCOMPARE(saved->revenueAccountCode, QStringLiteral("260"));
        QCOMPARE(saved->bankAccountCode, QStringLiteral("090"));
        QCOMPARE(saved->bankAccountId, QStringLiteral("bank-id"));
        QCOMPARE(saved->taxTypes.value(QStringLiteral("VAT20")), QStringLiteral("OUTPUT2"));
    }

    void currenciesMustMatch()
    {
        QVERIFY(SettingsStore(*m_db).setDefaultCurrency(QStringLiteral("USD")).ok());
        SetupPage page(*m_db);
        page.show();
        page.setReference(demo());
        page.confirmTaxes()->setChecked(true);
        QVERIFY(!page.finishButton()->isEnabled());
        QVERIFY(page.currencyText().contains(QStringLiteral("Enable USD in Xero")));
        QVERIFY(page.missingText().contains(QStringLiteral("Currencies must match")));
        QVERIFY(!page.finish());
        QVERIFY(SettingsStore(*m_db).value(QStringLiteral("sync.tax_types")).isEmpty()); // nothing saved

        // Fixed on either side, "Check again" re-reads and the page is complete.
        QVERIFY(SettingsStore(*m_db).setDefaultCurrency(QStringLiteral("GBP")).ok());
        page.setReference(demo());
        page.confirmTaxes()->setChecked(true);
        QVERIFY2(page.finishButton()->isEnabled(), qPrintable(page.missingText()));
    }

    void noBankAccountSaysWhatThatMeansAndHowToAddOne()
    {
        XeroSetupReference r = demo();
        r.bankAccounts.clear();
        SetupPage page(*m_db);
        page.show();
        page.setReference(r);
        QVERIFY(page.bankText().contains(QStringLiteral("no bank account in Xero")));
        QVERIFY(page.bankText().contains(QStringLiteral("Add bank account")));
        QVERIFY(!page.bankCombo()->isEnabled());
        page.confirmTaxes()->setChecked(true);
        // Payments are off without a bank account; the rest can sync.
        QVERIFY2(page.finishButton()->isEnabled(), qPrintable(page.missingText()));
        QVERIFY(page.finish());
        QVERIFY(!SyncOptions::load(*m_db)->syncPayments);
    }

    void theFirstSyncCanBePreviewed()
    {
        SetupPage page(*m_db);
        page.show();
        page.setReference(demo());
        QSignalSpy preview(&page, &SetupPage::importPreviewRequested);
        QTest::mouseClick(page.previewImportButton(), Qt::LeftButton);
        QCOMPARE(preview.size(), 1);
        QVERIFY(page.importGroups().isEmpty());
        SyncSummary dry;
        dry.dryRun = true;
        dry.result = SyncResult::Clean;
        dry.planned = {QStringLiteral("Would add customer Basket Case from Xero"),
                       QStringLiteral("Would link customer 1 to the Xero contact Hannah Price"),
                       QStringLiteral("Would add customer Ridge Roofing from Xero"),
                       QStringLiteral("Would report a problem with customer 2: ambiguous"),
                       QStringLiteral("Would report a problem with customer 3: ambiguous"),
                       QStringLiteral("Would add invoice INV-7 from Xero")};
        dry.plannedOther = {QStringLiteral("Would add invoice INV-7 from Xero")};
        dry.matches = {{PlannedMatch::Kind::NewFromXero, QStringLiteral("Basket Case"),
                        QStringLiteral("in Xero only"), 0, QStringLiteral("x1")},
                       {PlannedMatch::Kind::Matched, QStringLiteral("Hannah Price"),
                        QStringLiteral("Hannah Price — same email address (h@example.com)"), 1,
                        QStringLiteral("x2")},
                       {PlannedMatch::Kind::NewFromXero, QStringLiteral("Ridge Roofing"),
                        QStringLiteral("in Xero only"), 0, QStringLiteral("x3")},
                       {PlannedMatch::Kind::Ambiguous, QStringLiteral("Harbour Cafe"),
                        QStringLiteral("same name: could be any of Harbour Cafe, Harbour Cafe"), 0,
                        QStringLiteral("x4")},
                       {PlannedMatch::Kind::Collision, QStringLiteral("INV-0001"),
                        QStringLiteral("used in Xero by Lily Taylor's invoice"), 5, QStringLiteral("x5")}};
        dry.nextInvoiceNumber = QStringLiteral("INV-0201");
        page.setImportPreview(dry);
        QCOMPARE(
            page.importText(),
            QStringLiteral("The first sync would make 6 change(s). Nothing has been written yet. Your next "
                           "invoice will be INV-0201, after the numbers this organisation already uses."));
        QCOMPARE(page.importGroups(),
                 QStringList({QStringLiteral("Matched (1)"), QStringLiteral("New from Xero (2)"),
                              QStringLiteral("New to Xero (0)"), QStringLiteral("Needs your decision (1)"),
                              QStringLiteral("Numbers already used in Xero (1)"),
                              QStringLiteral("Other changes (1)")}));
        QTreeWidget *tree = page.importList();
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Hannah Price"));
        QVERIFY(tree->topLevelItem(0)->child(0)->text(1).contains(QStringLiteral("email")));
        QVERIFY(!tree->topLevelItem(0)->text(1).isEmpty()); // each group says what it means
        QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
        QCOMPARE(tree->topLevelItem(2)->childCount(), 0);
        QCOMPARE(tree->topLevelItem(3)->child(0)->text(0), QStringLiteral("Harbour Cafe"));
        QCOMPARE(tree->topLevelItem(4)->child(0)->text(0), QStringLiteral("INV-0001"));
        QCOMPARE(tree->topLevelItem(5)->child(0)->text(0),
                 QStringLiteral("Would add invoice INV-7 from Xero"));
        QVERIFY(!page.ownNumbersCheck()->isVisible()); // the engine proposed no numbers of Billhook's own
    }

    // The organisation numbers its invoices as Billhook does: the preview offers numbers of Billhook's own.
    // Left alone, the numbering stays; chosen, Start syncing saves it with the options, in one transaction.
    void ownNumbersAreOfferedAndSavedWithTheOptions()
    {
        SetupPage page(*m_db);
        page.show();
        page.setReference(demo());
        page.confirmTaxes()->setChecked(true);
        SyncSummary dry;
        dry.dryRun = true;
        dry.result = SyncResult::Clean;
        dry.nextInvoiceNumber = QStringLiteral("INV-0201");
        dry.ownNumbering = QStringLiteral("KTP-{0000}");
        dry.ownNumberingNext = QStringLiteral("KTP-0001");
        page.setImportPreview(dry);
        QVERIFY(page.ownNumbersCheck()->isVisible());
        QVERIFY(!page.ownNumbersCheck()->isChecked());
        QVERIFY(page.ownNumbersCheck()->text().contains(QStringLiteral("KTP-0001")));
        page.ownNumbersCheck()->setChecked(true);
        QSignalSpy finished(&page, &SetupPage::finished);
        QTest::mouseClick(page.finishButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(SettingsStore(*m_db).numberingTemplate().pattern(), QStringLiteral("KTP-{0000}"));
        QVERIFY(SyncOptions::load(*m_db).ok());
    }

    // Scrolling the page with the mouse wheel over "Changed in both places" scrolls the page and never
    // changes the choice (it once went from "Ask me" to "Keep Xero's version"); once focused by a click, the
    // combo box takes the wheel.
    void theWheelScrollsThePageNotTheChoice()
    {
        WheelGuard::install(QCoreApplication::instance());
        QScrollArea scroll; // as the Xero page holds it
        scroll.setWidgetResizable(true);
        auto *page = new SetupPage(*m_db);
        scroll.setWidget(page);
        scroll.resize(760, 260);
        scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scroll));
        page->setReference(demo());
        QComboBox *conflicts = nullptr;
        for (QComboBox *combo : page->findChildren<QComboBox *>())
            if (combo->findText(QStringLiteral("Ask me")) >= 0)
                conflicts = combo;
        QVERIFY(conflicts);
        QCOMPARE(conflicts->currentText(), QStringLiteral("Ask me"));
        QCOMPARE(conflicts->focusPolicy(), Qt::StrongFocus); // the wheel alone does not focus it
        QVERIFY(!conflicts->hasFocus());

        QScrollBar *bar = scroll.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        scroll.ensureWidgetVisible(conflicts);
        bar->setValue(qMin(bar->value(), bar->maximum() / 2)); // room to scroll down, the combo still in view
        const int before = bar->value();
        turnWheel(conflicts, -1);
        QCOMPARE(conflicts->currentText(), QStringLiteral("Ask me"));
        QVERIFY2(bar->value() > before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(bar->value())));
        turnWheel(conflicts, 1);
        QCOMPARE(conflicts->currentText(), QStringLiteral("Ask me"));
        QCOMPARE(bar->value(), before);

        scroll.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&scroll));
        QTest::mouseClick(conflicts, Qt::LeftButton); // focuses it (and opens its list)
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        QTRY_VERIFY(conflicts->hasFocus());
        const int scrolled = bar->value();
        turnWheel(conflicts, -1);
        QCOMPARE(conflicts->currentText(), QStringLiteral("Keep Billhook's version"));
        QCOMPARE(bar->value(), scrolled);
    }

    // The same for spin boxes and date edits anywhere: the wheel scrolls past them unless they have focus.
    void theWheelScrollsPastSpinBoxesAndDates()
    {
        WheelGuard::install(QCoreApplication::instance());
        QScrollArea scroll;
        scroll.setWidgetResizable(true);
        auto *content = new QWidget;
        auto *layout = new QVBoxLayout(content);
        auto *date = new QDateEdit(QDate(2026, 12, 1));
        auto *days = new QSpinBox;
        days->setValue(30);
        layout->addSpacing(200);
        layout->addWidget(date);
        layout->addWidget(days);
        layout->addSpacing(800);
        scroll.setWidget(content);
        scroll.resize(300, 300);
        scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scroll));
        QCOMPARE(date->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(days->focusPolicy(), Qt::StrongFocus);
        QScrollBar *bar = scroll.verticalScrollBar();
        turnWheel(date, -1);
        turnWheel(days, -1);
        QCOMPARE(date->date(), QDate(2026, 12, 1));
        QCOMPARE(days->value(), 30);
        QVERIFY(bar->value() > 0);

        scroll.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&scroll));
        days->setFocus();
        QTRY_VERIFY(days->hasFocus());
        turnWheel(days, 1);
        QCOMPARE(days->value(), 31);
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestXeroSetup)
#include "tst_xerosetup.moc"
