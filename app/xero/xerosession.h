#pragma once

#include "accesstokensource.h"
#include "core/clock.h"
#include "xeroendpoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace billhook {

class CredentialStore;
class Database;

// The access token for one linked Xero organisation (AccessTokenSource), for the API client and the sync.
//
// The access token lives in this object's memory only; the refresh token only in the keychain. A refresh
// is this class's own POST to the token endpoint (grant_type=refresh_token, client_id, refresh_token):
// - single-flight in the process: while one refresh runs, every other caller awaits its result;
// - across processes: a lock file next to the database (xero-<tenant>.lock) makes the CLI and the GUI take
//   turns, and the refresh token is read from the keychain again under the lock, so a token another
//   process already rotated is never used;
// - the new refresh token is written to the keychain before the new access token is handed out;
// - an answer that was lost (network error, 5xx) is retried with the same refresh token, which Xero still
//   accepts for 30 minutes after its first use;
// - invalid_grant puts the link in the state "reconnect_needed" and fails with Error::Auth; later calls
//   fail at once without asking Xero again until the user reconnects. Local records and the outbox are
//   never touched.
//
// Construct it in the thread that uses it (the sync's worker thread is fine), with that thread's own
// Database. Keychain jobs run on the application's main thread, which must be running its event loop.
class XeroSession : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    struct Options
    {
        int lostAnswerRetries = 3;                  // extra attempts with the same refresh token
        std::chrono::milliseconds retryDelay{1000}; // doubled after each lost answer
        std::chrono::milliseconds lockWait{60000};  // waiting for another process's refresh
    };

    XeroSession(Database &db, CredentialStore &credentials, QString tenantId, XeroEndpoints endpoints,
                QString clientId, Clock &clock, Options options, QObject *parent = nullptr);
    ~XeroSession() override;

    // The session for the organisation linked in `db`, configured from its settings (endpoint, client id)
    // and the OS keychain. Error::Auth when Billhook is not connected to Xero or needs a reconnect.
    static Result<std::unique_ptr<XeroSession>> forLinkedOrganisation(Database &db,
                                                                      QObject *parent = nullptr);

    QString tenantId() const override { return m_tenantId; }
    QCoro::Task<Result<QString>> accessToken() override;
    QCoro::Task<Result<QString>> refreshAfterRejection(const QString &rejected) override;

    // Token requests this session has sent (for tests and the sync's report).
    int refreshRequests() const { return m_refreshRequests; }

Q_SIGNALS:
    // The link needs the user to reconnect (invalid_grant, or no refresh token stored).
    void reconnectNeeded();
    void refreshFinished(); // internal: wakes the callers waiting on a refresh

private:
    bool accessTokenUsable() const;
    QCoro::Task<Result<QString>> refreshOnce();
    QCoro::Task<Result<QString>> refreshUnderLock();
    QString lockFilePath() const;
    Error reconnectError() const;
    Status markReconnectNeeded();

    Database &m_db;
    CredentialStore &m_credentials;
    std::unique_ptr<CredentialStore> m_ownedCredentials;
    QString m_tenantId;
    XeroEndpoints m_endpoints;
    QString m_clientId;
    Clock &m_clock;
    Options m_options;
    QNetworkAccessManager *m_network;
    QString m_accessToken;
    QDateTime m_expiresAt;
    bool m_refreshing = false;
    std::optional<Result<QString>> m_lastRefresh;
    int m_refreshRequests = 0;

    friend class XeroConnection;
};

} // namespace billhook
