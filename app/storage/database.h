#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace billhook {

// Owns one SQLite connection, for the thread that created it (a worker thread opens its own Database on
// the same file; WAL lets readers and one writer work side by side). Opening sets the PRAGMAs, refuses a
// file that is not a Billhook database or that a newer Billhook wrote, backs the file up and runs the
// numbered migrations, each in its own transaction, recorded in the `migrations` table.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `migrateTo` < 0 migrates to the latest schema; tests pass an older version to build the database a
    // previous release would have left.
    static Result<std::unique_ptr<Database>> open(const QString &path, int migrateTo = -1);
    // <AppDataLocation>/billhook.sqlite, unless --db or BILLHOOK_DB say otherwise (the caller handles --db).
    static QString defaultPath();
    static int latestSchemaVersion();

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    QString journalMode() const { return m_journalMode; }
    // The backup written before the last migration, if any ran on an existing file.
    QString lastBackupPath() const { return m_backupPath; }
    QSqlDatabase &connection() { return m_db; }
    // Whether the trigram index over invoice numbers and references is usable (SQLite with FTS5 and the
    // trigram tokenizer, 3.34+). Without it, searches fall back to scanning with LIKE.
    bool hasInvoiceSearchIndex() const { return m_invoiceSearch; }

    // A prepared statement, cached by its text: preparing once makes bulk writes fast. Bind by name.
    QSqlQuery &prepare(const QString &sql);
    // Runs a prepared statement; on failure returns an Error with `what` and SQLite's message.
    Status exec(QSqlQuery &query, const QString &what);
    // Binds `values` to the statement's positional placeholders, in order, and runs it. The query stays
    // active (for lastInsertId()); the caller finishes it.
    Status exec(QSqlQuery &query, const QVariantList &values, const QString &what);
    Status exec(const QString &sql, const QVariantHash &bindings, const QString &what);

    // Transactions nest: only the outermost BEGIN/COMMIT touch SQLite; a rollback anywhere rolls back all.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    Error databaseError(const QString &what, const QString &detail) const;

private:
    explicit Database(QString path, QString connectionName);
    Status configure();
    Status migrate(int target);
    void ensureInvoiceSearchIndex();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    int m_schemaVersion = 0;
    bool m_invoiceSearch = false;
    QString m_journalMode;
    QString m_backupPath;
};

// Commits when told to, rolls back otherwise: every multi-row write is one of these.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_status(db.begin())
    {}
    ~Transaction()
    {
        if (m_status.ok() && !m_done)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_db.commit();
    }

private:
    Database &m_db;
    Status m_status;
    bool m_done = false;
};

} // namespace billhook
