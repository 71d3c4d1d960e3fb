#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <qcoro/qcorotask.h>

#include <optional>

namespace billhook {

// Secrets by key, asynchronously. The real store is the OS keychain (KeychainCredentialStore); the
// interface exists so a test whose subject is not the keychain can stand one in.
//
// Values larger than one keychain entry may hold (Windows caps a credential at 2.5 KB) are split over
// several entries: `key` holds a small header and the parts live under "key#1", "key#2", ...;
// entryKeys() names every entry a value of a given size occupies, so callers can record them before
// writing (Disconnect then removes each one).
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
public:
    static constexpr qsizetype MaxEntryBytes = 2000; // below Windows' 2,560-byte credential blob

    virtual ~CredentialStore() = default;

    // The value, std::nullopt when there is no such key; an Error when the store cannot be used.
    QCoro::Task<Result<std::optional<QByteArray>>> read(QString key);
    QCoro::Task<Status> write(QString key, QByteArray value);
    // Removes `key` and its parts; a key that does not exist is not an error.
    QCoro::Task<Status> remove(QString key);

    static QStringList entryKeys(const QString &key, qsizetype valueBytes);

protected:
    // One entry each, no splitting.
    virtual QCoro::Task<Result<std::optional<QByteArray>>> readEntry(QString key) = 0;
    virtual QCoro::Task<Status> writeEntry(QString key, QByteArray value) = 0;
    virtual QCoro::Task<Status> removeEntry(QString key) = 0;
};

// The OS keychain through QtKeychain: Windows Credential Manager, the macOS Keychain, the Secret Service
// (GNOME Keyring, KWallet) on Linux. Service name "app.billhook.Billhook". Never falls back to a file.
// Usable from any thread with an event loop.
class KeychainCredentialStore final : public CredentialStore
{
public:
    static QString serviceName() { return QStringLiteral("app.billhook.Billhook"); }

protected:
    QCoro::Task<Result<std::optional<QByteArray>>> readEntry(QString key) override;
    QCoro::Task<Status> writeEntry(QString key, QByteArray value) override;
    QCoro::Task<Status> removeEntry(QString key) override;
};

// Secrets kept in this process's memory only, gone when it ends. For the demo organisation, whose data
// lives in the memory of a fake Xero on this computer and ends with it: its tokens open nothing real, and
// must not be left behind in the user's keychain. Safe to use from several threads.
class MemoryCredentialStore final : public CredentialStore
{
public:
    // Every entry, for tests.
    QHash<QString, QByteArray> entries() const;

protected:
    QCoro::Task<Result<std::optional<QByteArray>>> readEntry(QString key) override;
    QCoro::Task<Status> writeEntry(QString key, QByteArray value) override;
    QCoro::Task<Status> removeEntry(QString key) override;

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_entries;
};

} // namespace billhook
