#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/common/banner.h"
#include "ui/common/dialogs.h"
#include "ui/settings/firstrunassistant.h"
#include "ui/settings/settingsview.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace billhook;
using namespace Qt::StringLiterals;

// The first-run assistant, offscreen, on a fresh database: what a new user meets before anything else.
class TestFirstRun : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }
    void chooseCountry(FirstRunAssistant &a, FirstRunAssistant::Country c)
    {
        a.countryCombo()->setCurrentIndex(a.countryCombo()->findData(int(c)));
    }
    QStringList codes()
    {
        QStringList out;
        for (const TaxRate &r : ReferenceStore(*m_db).taxRates(false))
            out.append(r.code);
        out.sort();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("first-%1.sqlite").arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void shownUntilNamedOrSkipped()
    {
        QVERIFY(FirstRunAssistant::isWanted(*m_db));
        {
            FirstRunAssistant a(*m_db);
            a.show();
            QTest::mouseClick(a.button(QWizard::CustomButton1), Qt::LeftButton); // Skip for now
            QVERIFY(!a.isVisible());
        }
        QVERIFY(!FirstRunAssistant::isWanted(*m_db));
        QCOMPARE(SettingsStore(*m_db).businessProfile().name, QString()); // skipping sets nothing
        QVERIFY(codes().isEmpty());
    }

    void ukBusinessEndToEnd()
    {
        FirstRunAssistant a(*m_db);
        a.show();
        QCOMPARE(a.currentId(), int(FirstRunAssistant::BusinessPage));
        // The name is needed: Next stays on the page and says why.
        a.next();
        QCOMPARE(a.currentId(), int(FirstRunAssistant::BusinessPage));
        QVERIFY2(a.errorText().contains(QStringLiteral("name")), qPrintable(a.errorText()));
        a.nameEdit()->setText(QStringLiteral("Hartley Plumbing"));
        a.addressEdit()->setPlainText(QStringLiteral("1 Mill Lane\nHebden Bridge"));
        a.emailEdit()->setText(QStringLiteral("accounts@hartley.example"));
        a.phoneEdit()->setText(QStringLiteral("01422 555 0192"));
        a.taxNumberEdit()->setText(QStringLiteral("GB 123 4567 89"));
        a.bankEdit()->setPlainText(QStringLiteral("Sort code 12-34-56, account 12345678"));
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        const QString logo = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(image.save(logo));
        // "Choose logo…" asks for the file (answered here) and shows it.
        auto *choose = a.findChild<QAbstractButton *>(QStringLiteral("chooseLogo"));
        QVERIFY(choose);
        Dialogs::setNextAnswers({logo});
        QTest::mouseClick(choose, Qt::LeftButton);
        QCOMPARE(Dialogs::pendingAnswers(), 0);
        QVERIFY(!a.logo().isEmpty());
        a.next();
        QCOMPARE(a.currentId(), int(FirstRunAssistant::CountryPage));

        chooseCountry(a, FirstRunAssistant::Country::UnitedKingdom);
        QCOMPARE(a.currencyEdit()->text(), QStringLiteral("GBP"));
        QVERIFY(a.ratesPreview()->text().contains(QStringLiteral("Domestic reverse charge 5%")));
        a.next();
        QCOMPARE(a.currentId(), int(FirstRunAssistant::NumberingPage));

        // A template without a counter is refused, with the reason; nothing is written.
        a.numberingEdit()->setText(QStringLiteral("HP-{YYYY}-"));
        QVERIFY(a.numberingPreview()->text().contains(QStringLiteral("counter")));
        QTest::mouseClick(a.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(a.isVisible());
        QVERIFY(a.errorText().contains(QStringLiteral("counter")));
        QCOMPARE(SettingsStore(*m_db).businessProfile().name, QString());
        QVERIFY(codes().isEmpty());

        a.numberingEdit()->setText(QStringLiteral("HP-{YYYY}-{000}"));
        QVERIFY(a.numberingPreview()->text().contains(QStringLiteral("-001, ")));
        a.dueDaysSpin()->setValue(30);
        a.termsEdit()->setPlainText(QStringLiteral("Payment within 30 days, please."));
        QTest::mouseClick(a.button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY2(!a.isVisible(), qPrintable(a.errorText()));
        QCOMPARE(a.result(), int(QDialog::Accepted));

        SettingsStore settings(*m_db);
        const BusinessProfile p = settings.businessProfile();
        QCOMPARE(p.name, QStringLiteral("Hartley Plumbing"));
        QCOMPARE(p.address, QStringLiteral("1 Mill Lane\nHebden Bridge"));
        QCOMPARE(p.taxNumber, QStringLiteral("GB 123 4567 89"));
        QCOMPARE(p.paymentTerms, QStringLiteral("Payment within 30 days, please."));
        QImage stored;
        QVERIFY(stored.loadFromData(p.logoPng));
        QCOMPARE(stored.size(), QSize(40, 20));
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("GBP"));
        QCOMPARE(settings.numberingTemplate().pattern(), QStringLiteral("HP-{YYYY}-{000}"));
        QCOMPARE(settings.defaultDueDays(), 30);
        QCOMPARE(settings.defaultTaxCode(), QStringLiteral("VAT20"));
        QCOMPARE(codes(),
                 (QStringList{QStringLiteral("DRC20"), QStringLiteral("DRC5"), QStringLiteral("EXEMPT"),
                              QStringLiteral("NOVAT"), QStringLiteral("VAT20"), QStringLiteral("VAT5"),
                              QStringLiteral("ZERO")}));
        ReferenceStore refs(*m_db);
        QCOMPARE(refs.taxRateByCode(QStringLiteral("VAT5"))->rate, Percent::fromWhole(5));
        QVERIFY(refs.taxRateByCode(QStringLiteral("DRC5"))->reverseCharge);
        QCOMPARE(refs.taxRateByCode(QStringLiteral("DRC5"))->rate, Percent::fromWhole(5));
        QVERIFY(!refs.taxRateByCode(QStringLiteral("VAT20"))->reverseCharge);
        QVERIFY(!FirstRunAssistant::isWanted(*m_db));

        // Reopened from Settings: it shows what is saved, and running it again adds no duplicates.
        FirstRunAssistant again(*m_db);
        QCOMPARE(again.nameEdit()->text(), QStringLiteral("Hartley Plumbing"));
        QCOMPARE(again.countryCombo()->currentData().toInt(), int(FirstRunAssistant::Country::UnitedKingdom));
        QCOMPARE(again.numberingEdit()->text(), QStringLiteral("HP-{YYYY}-{000}"));
        QVERIFY(again.apply());
        QCOMPARE(codes().size(), 7);
    }

    // Skipped at first, reopened from Settings; what it sets shows in Settings at once.
    void reopenedFromSettings()
    {
        QVERIFY(SettingsStore(*m_db).setValue(QStringLiteral("firstrun/skipped"), QStringLiteral("1")).ok());
        QVERIFY(!FirstRunAssistant::isWanted(*m_db));
        MessageBanner banner;
        SettingsView view(*m_db, banner);
        view.show();
        auto *run = view.findChild<QPushButton *>(QStringLiteral("runAssistant"));
        QVERIFY(run);
        QTest::mouseClick(run, Qt::LeftButton);
        auto *a = view.findChild<FirstRunAssistant *>();
        QVERIFY(a);
        QTRY_VERIFY(a->isVisible());
        a->nameEdit()->setText(QStringLiteral("Kiwi Sparks"));
        chooseCountry(*a, FirstRunAssistant::Country::NewZealand);
        a->next();
        a->next();
        QCOMPARE(a->currentId(), int(FirstRunAssistant::NumberingPage));
        QTest::mouseClick(a->button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(view.nameEdit()->text(), QStringLiteral("Kiwi Sparks"));
        QCOMPARE(view.currencyEdit()->text(), QStringLiteral("NZD"));
        QCOMPARE(view.taxRateTable()->rowCount(), 2);
        QCOMPARE(view.defaultTaxRateCombo()->currentData().toString(), QStringLiteral("GST"));
        QVERIFY(!view.isModified());
    }

    void otherCountries_data()
    {
        QTest::addColumn<int>("country");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QStringList>("rates"); // code=units
        QTest::newRow("Ireland") << int(FirstRunAssistant::Country::Ireland) << u"EUR"_s
                                 << QStringList{u"VAT135=135000"_s, u"VAT23=230000"_s, u"VAT9=90000"_s,
                                                u"ZERO=0"_s};
        QTest::newRow("Australia") << int(FirstRunAssistant::Country::Australia) << u"AUD"_s
                                   << QStringList{u"GST=100000"_s, u"GSTFREE=0"_s};
        QTest::newRow("New Zealand") << int(FirstRunAssistant::Country::NewZealand) << u"NZD"_s
                                     << QStringList{u"GST=150000"_s, u"ZERO=0"_s};
        QTest::newRow("none") << int(FirstRunAssistant::Country::None) << u"GBP"_s << QStringList{};
    }
    void otherCountries()
    {
        QFETCH(int, country);
        QFETCH(QString, currency);
        QFETCH(QStringList, rates);
        FirstRunAssistant a(*m_db);
        a.nameEdit()->setText(QStringLiteral("Ó Briain Electrical"));
        a.currencyEdit()->setText(QStringLiteral("GBP"));
        chooseCountry(a, FirstRunAssistant::Country(country));
        QVERIFY2(a.apply(), qPrintable(a.errorText()));
        QCOMPARE(SettingsStore(*m_db).defaultCurrency(), currency);
        QStringList got;
        for (const TaxRate &r : ReferenceStore(*m_db).taxRates(false))
            got.append(r.code + u'=' + QString::number(r.rate.units()));
        got.sort();
        QCOMPARE(got, rates);
        QCOMPARE(SettingsStore(*m_db).defaultTaxCode().isEmpty(), rates.isEmpty());
    }

    // A logo that is not an image, or is larger than 2 MB, is refused with a message and changes nothing.
    void badLogoChangesNothing()
    {
        FirstRunAssistant a(*m_db);
        a.show();
        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::red);
        const QString good = m_dir.filePath(QStringLiteral("good.png"));
        QVERIFY(image.save(good));
        QVERIFY(a.setLogoFile(good));
        const QByteArray before = a.logo();
        QVERIFY(!before.isEmpty());

        const QString text = writeFile(QStringLiteral("notes.png"), "just some words, not a picture");
        QVERIFY(!a.setLogoFile(text));
        QVERIFY2(a.errorText().contains(QStringLiteral("not an image")), qPrintable(a.errorText()));
        QCOMPARE(a.logo(), before);

        // A real PNG, padded beyond 2 MB.
        QFile src(good);
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QString big =
            writeFile(QStringLiteral("big.png"), src.readAll() + QByteArray(2 * 1024 * 1024, '\0'));
        QVERIFY(!a.setLogoFile(big));
        QVERIFY2(a.errorText().contains(QStringLiteral("larger than 2 MB")), qPrintable(a.errorText()));
        QCOMPARE(a.logo(), before);

        QVERIFY(!a.setLogoFile(m_dir.filePath(QStringLiteral("missing.png"))));
        QCOMPARE(a.logo(), before);
        QCOMPARE(SettingsStore(*m_db).businessProfile().logoPng, QByteArray());
    }

    // One refused value: nothing at all is written (no profile, no rates, no currency).
    void refusedFinishWritesNothing()
    {
        FirstRunAssistant a(*m_db);
        a.nameEdit()->setText(QStringLiteral("Sam's Plumbing"));
        a.emailEdit()->setText(QStringLiteral("not an email"));
        chooseCountry(a, FirstRunAssistant::Country::Australia);
        QVERIFY(!a.apply());
        QVERIFY(!a.errorText().isEmpty());
        QCOMPARE(SettingsStore(*m_db).businessProfile().name, QString());
        QVERIFY(codes().isEmpty());
        QVERIFY(SettingsStore(*m_db).defaultCurrency() != QStringLiteral("AUD"));
        QVERIFY(FirstRunAssistant::isWanted(*m_db));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
