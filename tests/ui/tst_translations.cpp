#include "ui/common/translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// The German catalogue is embedded and complete for what the user sees, including the core's messages.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsEmbeddedAndUsed()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("billhook"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("billhook::MainWindow", "Not connected to Xero"),
                 QStringLiteral("Nicht mit Xero verbunden"));
        QCOMPARE(translator.translate("billhook::InvoicesView", "%n invoice(s)", nullptr, 2),
                 QStringLiteral("%n Rechnungen"));
        QVERIFY(!translator.translate("Validation", "Enter the customer's name.").isEmpty());
    }
    void englishPluralsAreReal()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("billhook_en"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("billhook::CustomersView", "%n customer(s)", nullptr, 1),
                 QStringLiteral("%n customer"));
    }

    // Without a catalogue for the locale (LANG=C, en_US, French), the app reads in English with real plural
    // forms: "0 invoices overdue", never "0 invoice(s) overdue".
    void englishPluralsWhateverTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
    }
    void englishPluralsWhateverTheLocale()
    {
        QFETCH(QLocale, locale);
        const auto overdue = [](int n) {
            return QCoreApplication::translate("billhook::DashboardView", "%n invoice(s) overdue", "", n);
        };
        QCOMPARE(overdue(0),
                 QStringLiteral("%n invoice(s) overdue").replace(QStringLiteral("%n"), QStringLiteral("0")));
        {
            const billhook::Translations translations(locale);
            QCOMPARE(translations.language(), QStringLiteral("en"));
            QCOMPARE(overdue(0), QStringLiteral("0 invoices overdue"));
            QCOMPARE(overdue(1), QStringLiteral("1 invoice overdue"));
            QCOMPARE(overdue(3), QStringLiteral("3 invoices overdue"));
            QCOMPARE(QCoreApplication::translate("billhook::CustomersView", "%n customer(s)", nullptr, 1),
                     QStringLiteral("1 customer"));
        }
        // Removed with the object.
        QCOMPARE(overdue(1), QStringLiteral("1 invoice(s) overdue"));
    }

    // A locale with its own catalogue is served by it; English stays underneath.
    void germanOverEnglish()
    {
        const billhook::Translations translations(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(translations.language(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("billhook::MainWindow", "Not connected to Xero"),
                 QStringLiteral("Nicht mit Xero verbunden"));
        QCOMPARE(QCoreApplication::translate("billhook::InvoicesView", "%n invoice(s)", nullptr, 2),
                 QStringLiteral("2 Rechnungen"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
