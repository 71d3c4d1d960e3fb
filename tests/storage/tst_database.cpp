#include "../support/testdb.h"
#include "storage/migrations.h"
#include "storage/referencestore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace billhook;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

// A raw SQLite connection, to make files as other programs (or older or newer Billhooks) would.
struct RawSqlite
{
    QString name;
    QSqlDatabase db;
    explicit RawSqlite(const QString &path, const QString &tag)
        : name(QStringLiteral("raw-") + tag)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }
    ~RawSqlite()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("BILLHOOK_DB_BUSY_TIMEOUT_MS", "200"); }

    void migratesAnEmptyDatabase()
    {
        test::TempDatabase t;
        QCOMPARE(t.db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(t.count(QStringLiteral("migrations")), migrations().size());
        for (const QString &table :
             {QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("invoice_lines"),
              QStringLiteral("payments"), QStringLiteral("tax_rates"), QStringLiteral("accounts"),
              QStringLiteral("items"), QStringLiteral("xero_links"), QStringLiteral("outbox"),
              QStringLiteral("sync_state"), QStringLiteral("sync_runs"), QStringLiteral("sync_issues"),
              QStringLiteral("api_usage")})
            QVERIFY2(t.count(table) == 0, qPrintable(table));
        QVERIFY(t.db->lastBackupPath().isEmpty());
    }

    void pragmas()
    {
        test::TempDatabase t;
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(t.db->journalMode(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
    }

    void reopeningChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(again.value()->lastBackupPath().isEmpty());
    }

    // Every migration, from the database the previous version left: the upgrade keeps data and a backup.
    void upgradesFromEachPreviousVersion_data()
    {
        QTest::addColumn<int>("from");
        for (const auto &m : migrations())
            QTest::newRow(qPrintable(QStringLiteral("from v%1").arg(m.version - 1))) << m.version - 1;
    }
    void upgradesFromEachPreviousVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto old = Database::open(path, from);
            QVERIFY2(old.ok(), qPrintable(old.error().message));
            QCOMPARE(old.value()->schemaVersion(), from);
            if (from >= 1) {
                QSqlQuery q(old.value()->connection());
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO customers (uuid, name, contact_number, created_at, "
                                          "updated_at) VALUES ('u', 'Kept', 'C-1', 'x', 'x')")));
            }
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        if (from >= 1) {
            QVERIFY(QFile::exists(db.value()->lastBackupPath()));
            QVERIFY(CustomerStore(*db.value()).findByContactNumber(QStringLiteral("C-1")).ok());
        }
    }

    // Version 4 tells the user's tax rates from Xero's: before it, the reference pull wrote Xero's with
    // code = TaxType, and nothing else wrote rates but the user (through tests and the screenshot tour).
    void upgradeToV4KeepsTaxRatesAndTellsXerosApart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            auto old = Database::open(path, 3);
            QVERIFY2(old.ok(), qPrintable(old.error().message));
            QSqlQuery q(old.value()->connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO tax_rates (code, name, rate, xero_tax_type, active) VALUES "
                               "('OUTPUT2', '20% (VAT on Income)', 200000, 'OUTPUT2', 1), "
                               "('VAT20', 'VAT', 200000, '', 1), ('OLD', 'Old', 175000, 'OUTPUT', 0)")));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        ReferenceStore ref(*db.value());
        QCOMPARE(ref.taxRates(false).size(), 3);
        QVERIFY(ref.taxRateByCode(QStringLiteral("OUTPUT2"))->fromXero);
        QVERIFY(!ref.taxRateByCode(QStringLiteral("VAT20"))->fromXero);
        QVERIFY(!ref.taxRateByCode(QStringLiteral("OLD"))->fromXero);
        QCOMPARE(ref.taxRateByCode(QStringLiteral("OLD"))->rate, Percent::fromUnits(175000));
        QVERIFY(!ref.taxRateByCode(QStringLiteral("OLD"))->active);
        QVERIFY(!ref.taxRateByCode(QStringLiteral("VAT20"))->reverseCharge);
        // The new columns hold their rules.
        QSqlQuery q(db.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE tax_rates SET origin = 'elsewhere'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE tax_rates SET reverse_charge = 2")));
    }

    void refusesANewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            RawSqlite raw(path, QStringLiteral("newer"));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const QByteArray before = fileBytes(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("newer version")),
                 qPrintable(db.error().message));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, it is a shopping list\n").repeated(100));
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("damaged")), qPrintable(db.error().message));
        QCOMPARE(fileBytes(path).left(9), QByteArray("this is n"));
    }

    void refusesATruncatedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
        {
            test::TempDatabase t;
            t.addCustomer(QStringLiteral("Someone"));
            QSqlQuery q(t.db->connection());
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            t.db.reset();
            QByteArray bytes = fileBytes(t.path());
            bytes.truncate(bytes.size() / 2);
            bytes.replace(100, 500, QByteArray(500, '\xff'));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
    }

    void refusesAForeignSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            RawSqlite raw(path, QStringLiteral("foreign"));
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("not a Billhook database")),
                 qPrintable(db.error().message));
    }

    void refusesAReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        const QByteArray before = fileBytes(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("read-only")), qPrintable(db.error().message));
        QCOMPARE(fileBytes(path), before);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void refusesALockedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
        }
        RawSqlite other(path, QStringLiteral("locker"));
        QVERIFY(other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(other.exec(QStringLiteral("INSERT INTO settings VALUES ('held', 'yes')")));
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QStringLiteral("in use")), qPrintable(db.error().message));
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    }

    void refusesAFolder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
    }

    void nestedTransactionsRollBackTogether()
    {
        test::TempDatabase t;
        QVERIFY(t.db->begin().ok());
        QVERIFY(t.db->begin().ok());
        QVERIFY(
            t.db->exec(QStringLiteral("INSERT INTO settings VALUES ('a', '1')"), {}, QStringLiteral("test"))
                .ok());
        t.db->rollback();
        QVERIFY(!t.db->commit().ok()); // the outer commit must not keep what the inner part undid
        QCOMPARE(t.count(QStringLiteral("settings")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
