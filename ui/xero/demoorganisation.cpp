#include "demoorganisation.h"

#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "ui/settings/firstrunassistant.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <functional>

namespace billhook {

namespace {
// fake-xero seeds the demo company in about 30 ms; a start slower than this has gone wrong.
constexpr int kStartTimeoutMs = 20000;
} // namespace

DemoOrganisation::DemoOrganisation(QObject *parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_startTimeout(new QTimer(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(kStartTimeoutMs);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo organisation did not start in time. Close the demo and try again."));
        m_process->kill();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoOrganisation::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo organisation could not be started (%1 is missing or cannot run). Reinstall "
                    "Billhook to get it back.")
                     .arg(QDir::toNativeSeparators(m_process->program())));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        const QString reason = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
        if (!m_base.isValid())
            fail(reason.isEmpty()
                     ? tr("The demo organisation stopped as it started (exit code %1).").arg(code)
                     : tr("The demo organisation could not start: %1").arg(reason));
        else
            fail(tr("The demo organisation has stopped. Close the demo and start it again."));
        m_base = QUrl();
    });
}

DemoOrganisation::~DemoOrganisation()
{
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // the fake quits when its input closes
        if (!m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
}

QString DemoOrganisation::programPath()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("fake-xero.exe");
#else
    const QString name = QStringLiteral("fake-xero");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QString DemoOrganisation::databasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("billhook-demo.sqlite"));
}

Result<std::unique_ptr<Database>> DemoOrganisation::freshDatabase(const QString &path)
{
    // An earlier demo's file and SQLite's companions: the fake's data is gone, so its links are too.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.exists() && !file.remove())
            return Error::make(Error::Code::Database,
                               tr("The earlier demo's database %1 cannot be removed: %2")
                                   .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(Error::Code::Database,
                           tr("The folder for the demo's database (%1) cannot be made.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    auto db = Database::open(path);
    if (!db)
        return db.error();

    // A UK business, so the demo invoices with VAT at once; the setup page then maps these rates to Xero's.
    SettingsStore settings(*db.value());
    ReferenceStore reference(*db.value());
    const auto preset = FirstRunAssistant::preset(FirstRunAssistant::Country::UnitedKingdom);
    BusinessProfile profile;
    profile.name = tr("Your business (demo)");
    profile.paymentTerms = tr("Payment within 30 days, please.");
    Transaction tx(*db.value());
    Status st = tx.started();
    const auto write = [&st](const std::function<Status()> &f) {
        if (st)
            st = f();
    };
    write([&] { return settings.setBusinessProfile(profile); });
    write([&] { return settings.setDefaultCurrency(preset.currency); });
    for (const TaxRate &rate : preset.rates)
        write([&] { return reference.addTaxRate(rate); });
    write([&] { return settings.setDefaultTaxCode(preset.defaultTaxCode); });
    if (st)
        st = tx.commit();
    if (!st)
        return st.error();
    return std::move(db.value());
}

Status DemoOrganisation::useIn(Database &db, const QUrl &base)
{
    SettingsStore settings(db);
    Transaction tx(db);
    Status st = tx.started();
    if (st)
        st = settings.setValue(QStringLiteral("xero.endpoint"), base.toString());
    if (st)
        st = settings.setXeroClientId(clientId());
    if (st)
        st = tx.commit();
    return st;
}

void DemoOrganisation::start(const QString &program)
{
    m_output.clear();
    m_base = QUrl();
    m_failed = false;
    // --consent-page: the browser shows the organisation to allow, as Xero's sign-in does; --lifeline: the
    // fake quits when Billhook goes, however it goes.
    m_process->start(program, {QStringLiteral("--demo"), QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--consent-page"), QStringLiteral("--lifeline")});
    m_startTimeout->start();
}

void DemoOrganisation::readOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (m_base.isValid())
        return;
    static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    const auto match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_startTimeout->stop();
    m_base = QUrl(match.captured(1));
    Q_EMIT ready(m_base);
}

void DemoOrganisation::fail(const QString &message)
{
    m_startTimeout->stop();
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(message);
}

} // namespace billhook
