#include "../support/testdb.h"
#include "storage/settingsstore.h"
#include "sync/syncoptions.h"

#include <QTest>

using namespace billhook;

class TestSyncOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults()
    {
        test::TempDatabase db;
        QVERIFY(SettingsStore(*db)
                    .setValue(QStringLiteral("sync.bank_account_code"), QStringLiteral("090"))
                    .ok());
        auto o = SyncOptions::load(*db);
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        QVERIFY(o->syncCustomers && o->syncInvoices && o->syncPayments);
        QVERIFY(!o->importXeroInvoices);
        QCOMPARE(o->revenueAccountCode, QStringLiteral("200"));
        QCOMPARE(o->conflictDefault, SyncOptions::ConflictDefault::Ask);
        QCOMPARE(o->sendInvoicesAs, SyncOptions::SendInvoicesAs::Approved);
    }

    void roundTrip()
    {
        test::TempDatabase db;
        SyncOptions o;
        o.syncPayments = false;
        o.sendCustomerEdits = false;
        o.sendInvoicesAs = SyncOptions::SendInvoicesAs::Draft;
        o.importXeroInvoices = true;
        o.revenueAccountCode = QStringLiteral("260");
        o.bankAccountCode = QStringLiteral("090");
        o.taxTypes.insert(QStringLiteral("VAT20"), QStringLiteral("OUTPUT2"));
        o.taxTypes.insert(QStringLiteral("ZERO"), QStringLiteral("ZERORATEDOUTPUT"));
        o.conflictDefault = SyncOptions::ConflictDefault::KeepXero;
        QVERIFY(o.save(*db).ok());
        auto back = SyncOptions::load(*db);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->syncPayments, false);
        QCOMPARE(back->sendCustomerEdits, false);
        QCOMPARE(back->sendInvoicesAs, SyncOptions::SendInvoicesAs::Draft);
        QCOMPARE(back->importXeroInvoices, true);
        QCOMPARE(back->revenueAccountCode, QStringLiteral("260"));
        QCOMPARE(back->bankAccountCode, QStringLiteral("090"));
        QCOMPARE(back->taxTypes, o.taxTypes);
        QCOMPARE(back->conflictDefault, SyncOptions::ConflictDefault::KeepXero);
    }

    void invalidChangesNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("invoices without customers") << 0 << QStringLiteral("sync.invoices");
        QTest::newRow("payments without invoices") << 1 << QStringLiteral("sync.payments");
        QTest::newRow("bad revenue code") << 2 << QStringLiteral("sync.revenue_account");
        QTest::newRow("payments without bank account") << 3 << QStringLiteral("sync.bank_account_code");
        QTest::newRow("bad tax type") << 4 << QStringLiteral("sync.tax_type.VAT20");
    }
    void invalidChangesNothing()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        test::TempDatabase db;
        SyncOptions o;
        o.bankAccountCode = QStringLiteral("090");
        switch (which) {
        case 0:
            o.syncCustomers = false;
            break;
        case 1:
            o.syncInvoices = false;
            o.syncCustomers = true;
            break;
        case 2:
            o.revenueAccountCode = QStringLiteral("sales account");
            break;
        case 3:
            o.bankAccountCode.clear();
            break;
        case 4:
            o.taxTypes.insert(QStringLiteral("VAT20"), QStringLiteral("OUTPUT 2"));
            break;
        }
        auto s = o.save(*db);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, field);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(db.count(QStringLiteral("settings WHERE key LIKE 'sync.%'")), 0);
    }

    void badStoredValueIsReported()
    {
        test::TempDatabase db;
        QVERIFY(SettingsStore(*db)
                    .setValue(QStringLiteral("sync.conflict_default"), QStringLiteral("coin toss"))
                    .ok());
        auto o = SyncOptions::load(*db);
        QVERIFY(!o.ok());
        QCOMPARE(o.error().field, QStringLiteral("sync.conflict_default"));
    }
};

QTEST_GUILESS_MAIN(TestSyncOptions)
#include "tst_syncoptions.moc"
