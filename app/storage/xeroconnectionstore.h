#pragma once

#include "database.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace billhook {

// The stored link to a Xero organisation (table xero_connections). No secret lives here: the refresh token
// is in the OS keychain, and the keychain entries written for a tenant are listed by name only
// (xero_keychain_keys) so that Disconnect can remove every one of them.
struct XeroConnectionRecord
{
    QString tenantId;
    QString tenantName;
    QString connectionId; // Xero's id of the connection (for DELETE /connections/{id}), not the tenant id
    QString state;        // "linked" | "reconnect_needed"
    QDateTime connectedAt;
    QDateTime lastSyncAt; // invalid when never synced
};

class XeroConnectionStore
{
    Q_DECLARE_TR_FUNCTIONS(XeroConnectionStore)
public:
    static constexpr const char *Linked = "linked";
    static constexpr const char *ReconnectNeeded = "reconnect_needed";

    explicit XeroConnectionStore(Database &db)
        : m_db(db)
    {}

    // The current link: Billhook links one organisation at a time (the most recently connected row).
    std::optional<XeroConnectionRecord> current() const;
    std::optional<XeroConnectionRecord> find(const QString &tenantId) const;

    // Makes `record` the one link: inserts or updates it and removes any other organisation's row, in one
    // transaction. xero_links, the outbox and every local record are untouched.
    Status saveLink(const XeroConnectionRecord &record);
    Status setState(const QString &tenantId, const QString &state);
    Status setLastSyncAt(const QString &tenantId, const QDateTime &when);
    Status remove(const QString &tenantId);

    // Names of keychain entries written for a tenant. Recorded before the entry is written.
    QStringList keychainKeys(const QString &tenantId) const;
    Status recordKeychainKeys(const QString &tenantId, const QStringList &keys);
    Status forgetKeychainKeys(const QString &tenantId);

private:
    std::optional<XeroConnectionRecord> one(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace billhook
