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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
