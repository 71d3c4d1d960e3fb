#include "credentialstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

#include <memory>

namespace billhook {

namespace {

// The header a split value's first entry holds: a byte no token contains, then the number of parts.
const QByteArray SplitMarker = QByteArrayLiteral("\x01billhook-split:");

QString partKey(const QString &key, int part)
{
    return key + QLatin1Char('#') + QString::number(part);
}

// What a finished keychain job said, carried back to the thread that asked.
struct KeychainAnswer
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Lives in the asking thread; the main thread posts the answer to it.
class AnswerRelay : public QObject
{
    Q_OBJECT
public:
    KeychainAnswer answer;
Q_SIGNALS:
    void answered();
};

// QtKeychain's job queue is a process-wide object without locking, so every job runs on the
// application's main thread (asynchronously: the main thread never blocks on the keychain). The caller,
// in whatever thread, awaits the answer, which is posted back to its own thread.
struct KeychainRequest
{
    enum class Op
    {
        Read,
        Write,
        Remove,
    };
    Op op = Op::Read;
    QString key;
    QByteArray value;

    QKeychain::Job *makeJob() const
    {
        const QString service = KeychainCredentialStore::serviceName();
        QKeychain::Job *job = nullptr;
        switch (op) {
        case Op::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case Op::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setBinaryData(value);
            job = write;
            break;
        }
        case Op::Remove:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        job->setKey(key);
        return job;
    }
};

// Note for every coroutine here: arguments are named locals, never temporaries, because GCC 12 destroys a
// temporary passed to a coroutine inside a co_await expression twice.
QCoro::Task<KeychainAnswer> runJob(const KeychainRequest &request)
{
    if (!QCoreApplication::instance())
        co_return KeychainAnswer{QKeychain::OtherError, QStringLiteral("no QCoreApplication"), {}};
    std::shared_ptr<AnswerRelay> relay(new AnswerRelay, [](AnswerRelay *r) { r->deleteLater(); });
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [relay, request] {
            QKeychain::Job *job = request.makeJob();
            job->setAutoDelete(true);
            job->setInsecureFallback(false);
            QObject::connect(job, &QKeychain::Job::finished, job, [relay](QKeychain::Job *done) {
                KeychainAnswer a{done->error(), done->errorString(), {}};
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                    a.data = read->binaryData();
                QMetaObject::invokeMethod(
                    relay.get(),
                    [relay, a] {
                        relay->answer = a;
                        Q_EMIT relay->answered();
                    },
                    Qt::QueuedConnection);
            });
            job->start();
        },
        Qt::QueuedConnection);
    co_await qCoro(relay.get(), &AnswerRelay::answered);
    co_return relay->answer;
}

Error keychainError(const KeychainAnswer &answer, const QString &what)
{
    QString reason;
    switch (answer.error) {
    case QKeychain::NoBackendAvailable:
        reason = CredentialStore::tr("No system keychain is available. On Linux, install and unlock a "
                                     "Secret Service such as GNOME Keyring or KWallet.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        reason = CredentialStore::tr("The system keychain refused access. Unlock it and try again.");
        break;
    default:
        reason = answer.errorString;
        break;
    }
    return Error::make(Error::Code::Auth,
                       CredentialStore::tr("Could not %1 in the system keychain: %2").arg(what, reason));
}

} // namespace

QStringList CredentialStore::entryKeys(const QString &key, qsizetype valueBytes)
{
    QStringList keys{key};
    if (valueBytes > MaxEntryBytes) {
        const qsizetype parts = (valueBytes + MaxEntryBytes - 1) / MaxEntryBytes;
        for (int i = 1; i <= parts; ++i)
            keys.append(partKey(key, i));
    }
    return keys;
}

QCoro::Task<Result<std::optional<QByteArray>>> CredentialStore::read(QString key)
{
    auto head = co_await readEntry(key);
    if (!head || !head->has_value() || !(*head)->startsWith(SplitMarker))
        co_return head;
    bool ok = false;
    const int parts = (*head)->mid(SplitMarker.size()).toInt(&ok);
    if (!ok || parts <= 0)
        co_return Error::make(Error::Code::Auth,
                              tr("The keychain entry \"%1\" is damaged. Reconnect to Xero.").arg(key));
    QByteArray value;
    for (int i = 1; i <= parts; ++i) {
        QString name = partKey(key, i);
        auto part = co_await readEntry(std::move(name));
        if (!part)
            co_return part.error();
        if (!part->has_value())
            co_return Error::make(
                Error::Code::Auth,
                tr("Part of the keychain entry \"%1\" is missing. Reconnect to Xero.").arg(key));
        value += **part;
    }
    co_return std::optional<QByteArray>(value);
}

QCoro::Task<Status> CredentialStore::write(QString key, QByteArray value)
{
    if (value.size() <= MaxEntryBytes && !value.startsWith(SplitMarker))
        co_return co_await writeEntry(key, value);
    // Parts first, then the header that points at them: a reader never sees a header without its parts.
    const QStringList keys = entryKeys(key, std::max<qsizetype>(value.size(), MaxEntryBytes + 1));
    for (int i = 1; i < keys.size(); ++i) {
        QString name = keys[i];
        QByteArray part = value.mid((i - 1) * MaxEntryBytes, MaxEntryBytes);
        if (auto s = co_await writeEntry(std::move(name), std::move(part)); !s)
            co_return s;
    }
    QByteArray header = SplitMarker + QByteArray::number(keys.size() - 1);
    co_return co_await writeEntry(key, std::move(header));
}

QCoro::Task<Status> CredentialStore::remove(QString key)
{
    auto head = co_await readEntry(key);
    if (head && head->has_value() && (*head)->startsWith(SplitMarker)) {
        const int parts = (*head)->mid(SplitMarker.size()).toInt();
        for (int i = 1; i <= parts; ++i) {
            QString name = partKey(key, i);
            if (auto s = co_await removeEntry(std::move(name)); !s)
                co_return s;
        }
    }
    co_return co_await removeEntry(key);
}

QCoro::Task<Result<std::optional<QByteArray>>> KeychainCredentialStore::readEntry(QString key)
{
    const KeychainRequest request{KeychainRequest::Op::Read, key, {}};
    const KeychainAnswer a = co_await runJob(request);
    if (a.error == QKeychain::EntryNotFound)
        co_return std::optional<QByteArray>();
    if (a.error != QKeychain::NoError)
        co_return keychainError(a, tr("read the Xero sign-in"));
    co_return std::optional<QByteArray>(a.data);
}

QCoro::Task<Status> KeychainCredentialStore::writeEntry(QString key, QByteArray value)
{
    const KeychainRequest request{KeychainRequest::Op::Write, key, value};
    const KeychainAnswer a = co_await runJob(request);
    if (a.error != QKeychain::NoError)
        co_return keychainError(a, tr("save the Xero sign-in"));
    co_return Status();
}

QCoro::Task<Status> KeychainCredentialStore::removeEntry(QString key)
{
    const KeychainRequest request{KeychainRequest::Op::Remove, key, {}};
    const KeychainAnswer a = co_await runJob(request);
    if (a.error != QKeychain::NoError && a.error != QKeychain::EntryNotFound)
        co_return keychainError(a, tr("remove the Xero sign-in"));
    co_return Status();
}

QHash<QString, QByteArray> MemoryCredentialStore::entries() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries;
}

QCoro::Task<Result<std::optional<QByteArray>>> MemoryCredentialStore::readEntry(QString key)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(key);
    co_return it == m_entries.cend() ? std::optional<QByteArray>() : std::optional<QByteArray>(*it);
}

QCoro::Task<Status> MemoryCredentialStore::writeEntry(QString key, QByteArray value)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(key, value);
    co_return Status();
}

QCoro::Task<Status> MemoryCredentialStore::removeEntry(QString key)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.remove(key);
    co_return Status();
}

} // namespace billhook

#include "credentialstore.moc"
