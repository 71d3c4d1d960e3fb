#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <qcoro/qcorotask.h>

namespace billhook {

class CredentialStore;
class Database;

// A tenant's refresh token in the keychain (key "xero/<tenantId>/refresh_token", service
// "app.billhook.Billhook"). The name of every entry is recorded in the database (xero_keychain_keys)
// before the entry is written, so forget() finds and removes each one, even a part of a split value.
class XeroTokenVault
{
    Q_DECLARE_TR_FUNCTIONS(XeroTokenVault)
public:
    XeroTokenVault(Database &db, CredentialStore &credentials)
        : m_db(db)
        , m_credentials(credentials)
    {}

    static QString refreshTokenKey(const QString &tenantId);

    // The stored refresh token; an empty string when there is none.
    QCoro::Task<Result<QString>> refreshToken(QString tenantId);
    QCoro::Task<Status> storeRefreshToken(QString tenantId, QString refreshToken);
    // Removes every keychain entry recorded for the tenant, then the record.
    QCoro::Task<Status> forget(QString tenantId);

private:
    Database &m_db;
    CredentialStore &m_credentials;
};

} // namespace billhook
