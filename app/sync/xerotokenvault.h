#pragma once

#include "core/result.h"
#include "xero/xeroports.h"

#include <QCoreApplication>
#include <QString>
#include <qcoro/qcorotask.h>

namespace billhook {

class CredentialStore;
class Database;

// A tenant's refresh token in the keychain (service "app.billhook.Billhook"), for one database: the key is
// "xero/<books id>/<tenantId>/refresh_token", where the books id is a random id the database keeps
// (setting "xero.keychain_scope"), so two books linked to the same organisation never share one refresh
// token (Xero rotates it on every use: shared, one book's refresh would sign the other out).
//
// The name of every entry is recorded in the database (xero_keychain_keys) before the entry is written, so
// forget() finds and removes each one, even a part of a split value.
//
// Books linked before the key was scoped stored it as "xero/<tenantId>/refresh_token". The first read moves
// such an entry to the scoped key (recorded, written, then the old entry removed) without a new sign-in;
// only an entry this database recorded itself is taken, never another book's.
class XeroTokenVault final : public RefreshTokenVault
{
    Q_DECLARE_TR_FUNCTIONS(XeroTokenVault)
public:
    XeroTokenVault(Database &db, CredentialStore &credentials)
        : m_db(db)
        , m_credentials(credentials)
    {}

    // This database's key for the tenant (creates the books id on first use).
    QString refreshTokenKey(const QString &tenantId);
    // The key before it was scoped per database.
    static QString legacyRefreshTokenKey(const QString &tenantId);

    QCoro::Task<Result<QString>> refreshToken(QString tenantId) override;
    QCoro::Task<Status> storeRefreshToken(QString tenantId, QString refreshToken) override;
    // Removes every keychain entry recorded for the tenant, then the record.
    QCoro::Task<Status> forget(QString tenantId);

private:
    Database &m_db;
    CredentialStore &m_credentials;
};

} // namespace billhook
