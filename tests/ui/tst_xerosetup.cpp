// The Xero setup page: accounts and tax rates from drop-downs, the currency check, what is missing, and the
// options saved only when everything is chosen and confirmed.
#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "sync/syncoptions.h"
#include "xero/setuppage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
                        QStringLiteral("x4")}};
        page.setImportPreview(dry);
        QCOMPARE(page.importText(),
                 QStringLiteral("The first sync would make 6 change(s). Nothing has been written yet."));
        QCOMPARE(page.importGroups(),
                 QStringList({QStringLiteral("Matched (1)"), QStringLiteral("New from Xero (2)"),
                              QStringLiteral("New to Xero (0)"), QStringLiteral("Needs your decision (1)"),
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
        QCOMPARE(tree->topLevelItem(4)->child(0)->text(0),
                 QStringLiteral("Would add invoice INV-7 from Xero"));
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestXeroSetup)
#include "tst_xerosetup.moc"
