#pragma once

#include "core/result.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace billhook {

class Database;

// "Try with a demo organisation": fake-xero, the stand-in for Xero shipped beside Billhook, run as a child
// process with Demo Company (UK) (50 contacts, 200 invoices in every status, UK VAT). Its data lives in its
// memory and ends with it. It is told to quit when its standard input closes, so it never outlives Billhook,
// even when Billhook is killed.
//
// The demo opens its own database (databasePath(), made new for each demo), never the user's books, and
// connects to the fake through the same browser flow as to Xero: the fake shows its own consent page.
class DemoOrganisation : public QObject
{
    Q_OBJECT
public:
    explicit DemoOrganisation(QObject *parent = nullptr);
    ~DemoOrganisation() override; // stops fake-xero

    // fake-xero beside this program (where every package installs it).
    static QString programPath();
    // The demo's database: "billhook-demo.sqlite" in the local data folder of "Billhook Demo" (DemoSession
    // sets that name), apart from the books.
    static QString databasePath();
    // Removes an earlier demo's database at `path` and opens a new one, set up as a UK business (name,
    // currency, the UK VAT rates), so the demo can invoice at once. One transaction.
    static Result<std::unique_ptr<Database>> freshDatabase(const QString &path);
    // Points `db`'s Xero settings (endpoint and client id) at the fake's `base`.
    static Status useIn(Database &db, const QUrl &base);
    static QString clientId() { return QStringLiteral("billhook-demo"); }

    // Starts `program`; ready() once it listens, failed() with a sentence for the user if it cannot start.
    void start(const QString &program = programPath());
    bool isRunning() const { return m_base.isValid(); }
    QUrl baseUrl() const { return m_base; }

Q_SIGNALS:
    void ready(const QUrl &base);
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    QProcess *m_process;
    QTimer *m_startTimeout;
    QByteArray m_output;
    QUrl m_base;
    bool m_failed = false;
};

} // namespace billhook
