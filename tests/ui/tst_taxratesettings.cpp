#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/common/banner.h"
#include "ui/common/dialogs.h"
#include "ui/settings/settingsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace billhook;
using namespace Qt::StringLiterals;

// Settings' tax rates, sales accounts and Xero client id, offscreen over a fresh database: what a new user
// does before Xero is ever connected.
class TestTaxRateSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageBanner> m_banner;
    std::unique_ptr<SettingsView> m_view;

    QStringList tableColumn(QTableWidget *table, int column) const
    {
        QStringList out;
        for (int row = 0; row < table->rowCount(); ++row)
            out.append(table->item(row, column)->text());
        return out;
    }
    QStringList defaultChoices() const
    {
        QStringList out;
        for (int i = 0; i < m_view->defaultTaxRateCombo()->count(); ++i)
            out.append(m_view->defaultTaxRateCombo()->itemData(i).toString());
        return out;
    }
    void addRate(const QString &code, const QString &name, const QString &rate, bool reverse = false)
    {
        m_view->newTaxCodeEdit()->setText(code);
        m_view->newTaxNameEdit()->setText(name);
        m_view->newTaxRateEdit()->setText(rate);
        m_view->newTaxReverseChargeBox()->setChecked(reverse);
        QTest::mouseClick(m_view->addTaxRateButton(), Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("BILLHOOK_XERO_CLIENT_ID");
        auto db = Database::open(m_dir.filePath(QStringLiteral("settings-%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db.value());
        m_banner = std::make_unique<MessageBanner>();
        m_view = std::make_unique<SettingsView>(*m_db, *m_banner);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_banner.reset();
        m_db.reset();
    }

    void aNewUserAddsRatesAndChoosesTheDefault()
    {
        QCOMPARE(m_view->taxRateTable()->rowCount(), 0);
        QCOMPARE(defaultChoices(), QStringList{QString()});
        addRate(QStringLiteral("VAT20"), QStringLiteral("Standard"), QStringLiteral("20"));
        QCOMPARE(m_banner->kind(), MessageBanner::Kind::Positive);
        addRate(QStringLiteral("VAT5"), QStringLiteral("Reduced"), QStringLiteral("5%"));
        addRate(QStringLiteral("DRC20"), QStringLiteral("Reverse charge 20%"), QStringLiteral("20"), true);
        QCOMPARE(tableColumn(m_view->taxRateTable(), SettingsView::TaxCodeColumn),
                 (QStringList{QStringLiteral("DRC20"), QStringLiteral("VAT20"), QStringLiteral("VAT5")}));
        QCOMPARE(m_view->taxRateTable()->item(0, SettingsView::TaxKindColumn)->text(),
                 QStringLiteral("Reverse charge"));
        QVERIFY(m_view->newTaxCodeEdit()->text().isEmpty()); // ready for the next one
        QVERIFY(!m_view->newTaxReverseChargeBox()->isChecked());
        auto drc = ReferenceStore(*m_db).taxRateByCode(QStringLiteral("DRC20"));
        QVERIFY(drc && drc->reverseCharge);
        QCOMPARE(drc->rate, Percent::fromWhole(20));

        // The default tax rate is chosen among them, and saved with the other settings.
        QCOMPARE(defaultChoices(), (QStringList{QString(), QStringLiteral("DRC20"), QStringLiteral("VAT20"),
                                                QStringLiteral("VAT5")}));
        m_view->defaultTaxRateCombo()->setCurrentIndex(defaultChoices().indexOf(QStringLiteral("VAT20")));
        QVERIFY(m_view->save());
        QCOMPARE(SettingsStore(*m_db).defaultTaxCode(), QStringLiteral("VAT20"));
    }

    void badRatesChangeNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("focus");
        QTest::newRow("over 100%") << u"BIG"_s << u"Big"_s << u"100.01"_s << u"between 0% and 100%"_s
                                   << u"rate"_s;
        QTest::newRow("below 0") << u"NEG"_s << u"Negative"_s << u"-5"_s << u"between 0% and 100%"_s
                                 << u"rate"_s;
        QTest::newRow("not a number") << u"X"_s << u"X"_s << u"twenty"_s << u""_s << u"rate"_s;
        QTest::newRow("no rate") << u"X"_s << u"X"_s << u""_s << u"percentage"_s << u"rate"_s;
        QTest::newRow("duplicate code")
            << u"vat20"_s << u"Other"_s << u"20"_s << u"code VAT20"_s << u"code"_s;
        QTest::newRow("duplicate name") << u"STD"_s << u"STANDARD"_s << u"20"_s << u"named"_s << u"name"_s;
        QTest::newRow("no name") << u"N"_s << u""_s << u"20"_s << u"needs a name"_s << u"name"_s;
        QTest::newRow("bad code") << u"VAT 20"_s << u"Spaced"_s << u"20"_s << u"not a code"_s << u"code"_s;
    }
    void badRatesChangeNothing()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, rate);
        QFETCH(QString, words);
        QFETCH(QString, focus);
        addRate(QStringLiteral("VAT20"), QStringLiteral("Standard"), QStringLiteral("20"));
        m_banner->hideMessage();
        addRate(code, name, rate);
        QCOMPARE(m_banner->kind(), MessageBanner::Kind::Error);
        QVERIFY2(m_banner->text().contains(words), qPrintable(m_banner->text()));
        QCOMPARE(ReferenceStore(*m_db).taxRates(false).size(), 1);
        QCOMPARE(m_view->taxRateTable()->rowCount(), 1);
        QCOMPARE(defaultChoices().size(), 2);
        // What the user typed stays, to be corrected; the field at fault has the focus.
        QCOMPARE(m_view->newTaxCodeEdit()->text(), code);
        QCOMPARE(m_view->newTaxRateEdit()->text(), rate);
        QWidget *expected = focus == u"code"   ? static_cast<QWidget *>(m_view->newTaxCodeEdit())
                            : focus == u"name" ? static_cast<QWidget *>(m_view->newTaxNameEdit())
                                               : static_cast<QWidget *>(m_view->newTaxRateEdit());
        QTRY_VERIFY(expected->hasFocus());
    }

    void renameInPlaceAndArchive()
    {
        addRate(QStringLiteral("VAT20"), QStringLiteral("Standard"), QStringLiteral("20"));
        addRate(QStringLiteral("VAT5"), QStringLiteral("Reduced"), QStringLiteral("5"));
        QVERIFY(SettingsStore(*m_db).setDefaultTaxCode(QStringLiteral("VAT20")).ok());
        m_view->reload();
        QTableWidget *table = m_view->taxRateTable();
        const int row = tableColumn(table, SettingsView::TaxCodeColumn).indexOf(QStringLiteral("VAT20"));
        QVERIFY(row >= 0);
        QVERIFY(table->item(row, SettingsView::TaxNameColumn)->flags() & Qt::ItemIsEditable);
        QVERIFY(!(table->item(row, SettingsView::TaxRateColumn)->flags() & Qt::ItemIsEditable));
        table->item(row, SettingsView::TaxNameColumn)->setText(QStringLiteral("Standard rate"));
        QCOMPARE(ReferenceStore(*m_db).taxRateByCode(QStringLiteral("VAT20"))->name,
                 QStringLiteral("Standard rate"));
        // A name another rate has: refused, and the table shows the stored name again.
        const int reduced = tableColumn(table, SettingsView::TaxCodeColumn).indexOf(QStringLiteral("VAT5"));
        table->item(reduced, SettingsView::TaxNameColumn)->setText(QStringLiteral("standard rate"));
        QCOMPARE(m_banner->kind(), MessageBanner::Kind::Error);
        QCOMPARE(ReferenceStore(*m_db).taxRateByCode(QStringLiteral("VAT5"))->name,
                 QStringLiteral("Reduced"));
        QCOMPARE(table->item(reduced, SettingsView::TaxNameColumn)->text(), QStringLiteral("Reduced"));

        // Archive: asked first; "Cancel" changes nothing.
        table->selectRow(tableColumn(table, SettingsView::TaxCodeColumn).indexOf(QStringLiteral("VAT20")));
        Dialogs::setNextAnswers({int(QMessageBox::Cancel)});
        QTest::mouseClick(m_view->archiveTaxRateButton(), Qt::LeftButton);
        QVERIFY(ReferenceStore(*m_db).taxRateByCode(QStringLiteral("VAT20"))->active);
        table->selectRow(tableColumn(table, SettingsView::TaxCodeColumn).indexOf(QStringLiteral("VAT20")));
        Dialogs::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(m_view->archiveTaxRateButton(), Qt::LeftButton);
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QVERIFY(!ReferenceStore(*m_db).taxRateByCode(QStringLiteral("VAT20"))->active);
        const int archived = tableColumn(table, SettingsView::TaxCodeColumn).indexOf(QStringLiteral("VAT20"));
        QCOMPARE(table->item(archived, SettingsView::TaxStatusColumn)->text(), QStringLiteral("Archived"));
        QCOMPARE(defaultChoices(), (QStringList{QString(), QStringLiteral("VAT5")}));
        QCOMPARE(SettingsStore(*m_db).defaultTaxCode(), QString());
    }

    // Rates that come from Xero show once: a Xero rate mapped to one of the user's is not offered twice.
    void xeroRatesAppearOnceMapped()
    {
        ReferenceStore refs(*m_db);
        QVERIFY(
            refs.addTaxRate(
                    {0, QStringLiteral("VAT20"), QStringLiteral("VAT 20%"), Percent::fromWhole(20), {}, true})
                .ok());
        for (const auto &[type, name, rate] :
             {std::tuple{QStringLiteral("OUTPUT2"), QStringLiteral("20% (VAT on Income)"), 20},
              std::tuple{QStringLiteral("ZERORATEDOUTPUT"), QStringLiteral("Zero Rated Income"), 0}}) {
            TaxRate r{0, type, name, Percent::fromWhole(rate), type, true};
            r.fromXero = true;
            QVERIFY(refs.saveTaxRate(r).ok());
        }
        QVERIFY(
            SettingsStore(*m_db).setValue(QStringLiteral("sync.tax_types"), QStringLiteral("VAT20")).ok());
        QVERIFY(SettingsStore(*m_db)
                    .setValue(QStringLiteral("sync.tax_type.VAT20"), QStringLiteral("OUTPUT2"))
                    .ok());
        m_view->reload();
        QCOMPARE(defaultChoices(),
                 (QStringList{QString(), QStringLiteral("VAT20"), QStringLiteral("ZERORATEDOUTPUT")}));
        QTableWidget *table = m_view->taxRateTable();
        const int output2 =
            tableColumn(table, SettingsView::TaxCodeColumn).indexOf(QStringLiteral("OUTPUT2"));
        QCOMPARE(table->item(output2, SettingsView::TaxStatusColumn)->text(),
                 QStringLiteral("From Xero, shown as VAT20"));
        QVERIFY(!(table->item(output2, SettingsView::TaxNameColumn)->flags() & Qt::ItemIsEditable));
        // Xero's rates are Xero's: not archived from here.
        table->selectRow(output2);
        QTest::mouseClick(m_view->archiveTaxRateButton(), Qt::LeftButton);
        QCOMPARE(m_banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(refs.taxRateByCode(QStringLiteral("OUTPUT2"))->active);
    }

    void salesAccounts()
    {
        m_view->newAccountCodeEdit()->setText(QStringLiteral("200"));
        m_view->newAccountNameEdit()->setText(QStringLiteral("Sales"));
        QTest::mouseClick(m_view->addAccountButton(), Qt::LeftButton);
        QCOMPARE(m_banner->kind(), MessageBanner::Kind::Positive);
        QCOMPARE(tableColumn(m_view->accountTable(), 1), QStringList{QStringLiteral("Sales")});
        m_view->newAccountCodeEdit()->setText(QStringLiteral("200"));
        m_view->newAccountNameEdit()->setText(QStringLiteral("More sales"));
        QTest::mouseClick(m_view->addAccountButton(), Qt::LeftButton);
        QCOMPARE(m_banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_banner->text().contains(QStringLiteral("already used")));
        QCOMPARE(ReferenceStore(*m_db).accounts().size(), 1);
        QCOMPARE(m_view->accountTable()->rowCount(), 1);
    }

    // Settings > Xero: the client id the "Set it in the settings" message points to.
    void xeroClientId()
    {
        QVERIFY(m_view->xeroClientIdEdit()->isVisibleTo(m_view.get()));
        m_view->nameEdit()->setText(QStringLiteral("Hartley Plumbing"));
        m_view->xeroClientIdEdit()->setText(QStringLiteral("not a client id"));
        QVERIFY(!m_view->save());
        QCOMPARE(m_banner->kind(), MessageBanner::Kind::Error);
        QVERIFY(m_banner->text().contains(QStringLiteral("developer.xero.com")));
        QCOMPARE(SettingsStore(*m_db).businessProfile().name, QString()); // all or nothing
        QCOMPARE(SettingsStore(*m_db).xeroClientId(), QString());
        m_view->xeroClientIdEdit()->setText(QStringLiteral(" 0123456789ABCDEF0123456789ABCDEF "));
        QVERIFY(m_view->save());
        QCOMPARE(SettingsStore(*m_db).value(QStringLiteral("xero.client_id")),
                 QStringLiteral("0123456789ABCDEF0123456789ABCDEF"));
        QCOMPARE(SettingsStore(*m_db).businessProfile().name, QStringLiteral("Hartley Plumbing"));
        m_view->reload();
        QCOMPARE(m_view->xeroClientIdEdit()->text(), QStringLiteral("0123456789ABCDEF0123456789ABCDEF"));
    }
};

QTEST_MAIN(TestTaxRateSettings)
#include "tst_taxratesettings.moc"
