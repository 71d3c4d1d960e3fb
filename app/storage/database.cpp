#include "database.h"

#include "billhook/version.h"
#include "migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDatabase, "billhook.storage", QtWarningMsg)

namespace billhook {

namespace {

int busyTimeoutMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("BILLHOOK_DB_BUSY_TIMEOUT_MS", &ok);
    return ok && fromEnv >= 0 ? fromEnv : 5000;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("BILLHOOK_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/billhook.sqlite");
}

int Database::latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int migrateTo)
{
    const QString native = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error::invalid(tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Error::make(Error::Code::Database,
                               tr("%1 is a folder, not a Billhook database.").arg(native));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Database,
                               tr("Billhook cannot read %1. Check the file's permissions.").arg(native));
        const QByteArray header = file.read(16);
        if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
            return Error::make(
                Error::Code::Database,
                tr("%1 is damaged or is not a Billhook database, so it was not opened. Restore "
                   "it from a backup, or choose another file.")
                    .arg(native));
        // The owner's write bit counts even for root (who may write anyway): a file the user marked
        // read-only is one they do not want changed.
        if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
            return Error::make(
                Error::Code::Database,
                tr("Billhook cannot write to %1 (the file is read-only), so it was not opened. "
                   "Check the file's permissions, or make a copy you can write to.")
                    .arg(native));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::make(
            Error::Code::Database,
            tr("Billhook cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    const QString name = QStringLiteral("billhook-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> db(new Database(path, name));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs()));
    if (!db->m_db.open())
        return db->databaseError(tr("open %1").arg(native), db->m_db.lastError().text());
    if (auto s = db->configure(); !s)
        return s.error();
    if (auto s = db->migrate(migrateTo < 0 ? latestSchemaVersion() : migrateTo); !s)
        return s.error();
    db->ensureInvoiceSearchIndex();
    return db;
}

Status Database::configure()
{
    QSqlQuery q(m_db);
    // The first read tells a damaged file apart from a healthy one before anything is written.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return databaseError(tr("read %1").arg(QDir::toNativeSeparators(m_path)), q.lastError().text());
    m_schemaVersion = q.value(0).toInt();
    q.finish();

    if (m_schemaVersion > latestSchemaVersion())
        return Error::make(Error::Code::Database,
                           tr("%1 was written by a newer version of Billhook (data format %2; this version "
                              "reads up to %3), so it was not opened. Update Billhook to open it.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(m_schemaVersion)
                               .arg(latestSchemaVersion()));
    if (m_schemaVersion == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return databaseError(tr("read %1").arg(QDir::toNativeSeparators(m_path)), q.lastError().text());
        if (q.value(0).toInt() > 0)
            return Error::make(Error::Code::Database,
                               tr("%1 is an SQLite file, but not a Billhook database, so it was not opened.")
                                   .arg(QDir::toNativeSeparators(m_path)));
        q.finish();
    }

    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs()),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        // 32 MB of page cache (the default is 2 MB): a large import stays in memory until it commits.
        QStringLiteral("PRAGMA cache_size = -32768"),
        // Statement journals (each statement's undo inside a larger transaction: upserts, triggers, foreign
        // keys) and temporary indexes in memory, not in temporary files: a bulk insert otherwise spends a
        // third of its time in write() calls for journals it deletes a moment later.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const auto &p : pragmas) {
        if (!q.exec(p))
            return databaseError(tr("configure the database"), q.lastError().text());
    }
    // WAL lets the GUI read while the sync writes. It needs shared memory, which some network file
    // systems lack: then SQLite keeps its rollback journal, and Billhook works the same, only less
    // concurrently.
    m_journalMode = QStringLiteral("delete");
    if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next())
        m_journalMode = q.value(0).toString().toLower();
    q.finish();
    if (m_journalMode != u"wal") {
        qCInfo(lcDatabase) << "WAL is not available here; using journal mode" << m_journalMode;
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            return databaseError(tr("configure the database"), q.lastError().text());
    }
    q.exec(m_journalMode == u"wal" ? QStringLiteral("PRAGMA synchronous = NORMAL")
                                   : QStringLiteral("PRAGMA synchronous = FULL"));
    return {};
}

Status Database::migrate(int target)
{
    const int from = m_schemaVersion;
    if (from >= target)
        return {};
    if (from > 0) {
        // Keep the previous database beside the new one until the user deletes it: an upgrade must never
        // be the thing that loses their books. VACUUM INTO writes a consistent copy even in WAL mode.
        m_backupPath = QStringLiteral("%1.v%2-%3.bak")
                           .arg(m_path)
                           .arg(from)
                           .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO :path"));
        q.bindValue(QStringLiteral(":path"), m_backupPath);
        if (!q.exec())
            return databaseError(tr("back up the database before upgrading it"), q.lastError().text());
    }
    for (const auto &m : migrations()) {
        if (m.version <= m_schemaVersion || m.version > target)
            continue;
        if (auto s = begin(); !s)
            return s;
        QSqlQuery q(m_db);
        bool ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, "
                                        "description TEXT NOT NULL, applied_at TEXT NOT NULL, "
                                        "app_version TEXT NOT NULL)"));
        for (const auto &statement : m.statements) {
            if (!ok)
                break;
            ok = q.exec(statement);
        }
        if (ok) {
            ok = q.prepare(
                QStringLiteral("INSERT INTO migrations (version, description, applied_at, app_version) "
                               "VALUES (?, ?, ?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(m.description);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            q.addBindValue(QStringLiteral(BILLHOOK_VERSION));
            ok = ok && q.exec();
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!ok) {
            const QString detail = q.lastError().text();
            rollback();
            return databaseError(tr("upgrade the database to format %1").arg(m.version), detail);
        }
        if (auto s = commit(); !s)
            return s;
        m_schemaVersion = m.version;
        qCInfo(lcDatabase) << "migrated to schema" << m.version;
    }
    return {};
}

// The search index is derived data, not part of the numbered schema: it is built when missing and can be
// rebuilt from the invoices at any time. It lives outside the migrations because it depends on what the
// SQLite in use was built with (FTS5 and its trigram tokenizer); a Billhook on an SQLite without them still
// opens the file and searches by scanning.
void Database::ensureInvoiceSearchIndex()
{
    m_invoiceSearch = false;
    if (m_schemaVersion < 1)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'invoice_search'")) ||
        !q.next())
        return;
    const bool exists = q.value(0).toInt() > 0;
    q.finish();
    static const QStringList triggers = {QStringLiteral("invoice_search_insert"),
                                         QStringLiteral("invoice_search_delete"),
                                         QStringLiteral("invoice_search_update")};
    if (exists) {
        if (q.exec(QStringLiteral(
                "SELECT rowid FROM invoice_search WHERE invoice_search MATCH '\"abc\"' LIMIT 0"))) {
            m_invoiceSearch = true;
            return;
        }
        // Written by a Billhook whose SQLite had FTS5; this one has not. Writes to invoices must keep
        // working, so the triggers that feed the index go; the index itself is left for a capable build.
        qCWarning(lcDatabase) << "invoice search index unusable here, searching without it:"
                              << q.lastError().text();
        for (const QString &t : triggers)
            q.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + t);
        return;
    }
    const QStringList build = {
        QStringLiteral(
            "CREATE VIRTUAL TABLE invoice_search USING fts5(number, reference, content='invoices', "
            "content_rowid='id', tokenize='trigram')"),
        QStringLiteral("CREATE TRIGGER invoice_search_insert AFTER INSERT ON invoices BEGIN "
                       "INSERT INTO invoice_search (rowid, number, reference) VALUES (new.id, new.number, "
                       "new.reference); END"),
        QStringLiteral(
            "CREATE TRIGGER invoice_search_delete AFTER DELETE ON invoices BEGIN "
            "INSERT INTO invoice_search (invoice_search, rowid, number, reference) VALUES ('delete', "
            "old.id, old.number, old.reference); END"),
        QStringLiteral(
            "CREATE TRIGGER invoice_search_update AFTER UPDATE OF number, reference ON invoices BEGIN "
            "INSERT INTO invoice_search (invoice_search, rowid, number, reference) VALUES ('delete', "
            "old.id, old.number, old.reference); "
            "INSERT INTO invoice_search (rowid, number, reference) VALUES (new.id, new.number, "
            "new.reference); END"),
        QStringLiteral("INSERT INTO invoice_search (invoice_search) VALUES ('rebuild')"),
    };
    if (!begin())
        return;
    for (const QString &statement : build) {
        if (!q.exec(statement)) {
            qCInfo(lcDatabase)
                << "no invoice search index (this SQLite lacks FTS5 trigram), searching without it:"
                << q.lastError().text();
            rollback();
            return;
        }
    }
    m_invoiceSearch = commit().ok();
}

QSqlQuery &Database::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            qCWarning(lcDatabase) << "cannot prepare" << sql << q.lastError().text();
        it = m_statements.insert(sql, q);
    }
    return *it;
}

Status Database::exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return databaseError(what, query.lastError().text());
    return {};
}

namespace {

// A null QString would be stored as NULL; our text columns are NOT NULL and use '' for "nothing". A null
// QVariant (QVariant(QMetaType)) stays NULL: that is how a caller asks for NULL on purpose.
QVariant bindable(const QVariant &v)
{
    const bool nullText = !v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull();
    return nullText ? QVariant(QStringLiteral("")) : v;
}

} // namespace

Status Database::exec(QSqlQuery &query, const QVariantList &values, const QString &what)
{
    for (const QVariant &v : values)
        query.addBindValue(bindable(v));
    return exec(query, what);
}

Status Database::exec(const QString &sql, const QVariantHash &bindings, const QString &what)
{
    QSqlQuery &q = prepare(sql);
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        q.bindValue(u':' + it.key(), bindable(it.value()));
    auto s = exec(q, what);
    q.finish();
    return s;
}

Status Database::begin()
{
    if (m_depth++ > 0)
        return {};
    m_rollbackOnly = false;
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock now, so a busy database fails here, cleanly, not halfway through.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        return databaseError(tr("start writing to the database"), q.lastError().text());
    }
    return {};
}

Status Database::commit()
{
    if (m_depth == 0)
        return Error::make(Error::Code::Database, tr("Internal error: commit without a transaction."));
    if (--m_depth > 0)
        return {};
    QSqlQuery q(m_db);
    if (m_rollbackOnly) {
        q.exec(QStringLiteral("ROLLBACK"));
        return Error::make(Error::Code::Database, tr("The change was undone because part of it failed."));
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString detail = q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
        return databaseError(tr("save the change"), detail);
    }
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (--m_depth > 0) {
        m_rollbackOnly = true;
        return;
    }
    for (auto &statement : m_statements)
        statement.finish();
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

Error Database::databaseError(const QString &what, const QString &detail) const
{
    const QString native = QDir::toNativeSeparators(m_path);
    const QString lower = detail.toLower();
    qCWarning(lcDatabase) << "database error while trying to" << what << ':' << detail;
    if (lower.contains(u"locked") || lower.contains(u"busy"))
        return Error::make(Error::Code::Database,
                           tr("Could not %1: the database %2 is in use by another program. Close the other "
                              "program (or the other Billhook window) and try again.")
                               .arg(what, native));
    if (lower.contains(u"readonly") || lower.contains(u"read-only") || lower.contains(u"read only"))
        return Error::make(Error::Code::Database,
                           tr("Could not %1: the database %2 is read-only. Check the file's permissions.")
                               .arg(what, native));
    if (lower.contains(u"not a database") || lower.contains(u"malformed") || lower.contains(u"corrupt"))
        return Error::make(
            Error::Code::Database,
            tr("Could not %1: the database %2 is damaged. Restore it from a backup.").arg(what, native));
    if (lower.contains(u"disk is full") || lower.contains(u"database or disk is full"))
        return Error::make(Error::Code::Database,
                           tr("Could not %1: the disk is full. Free some space and try again.").arg(what));
    return Error::make(Error::Code::Database, tr("Could not %1: %2").arg(what, detail));
}

} // namespace billhook
