#pragma once

#include "accesstokensource.h"
#include "core/clock.h"
#include "xeroendpoints.h"
#include "xeroports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace billhook {

// The access token for one linked Xero organisation (AccessTokenSource), for the API client and the sync.
//
// The access token lives in this object's memory only; the refresh token only in the keychain. A refresh
// is this class's own POST to the token endpoint (grant_type=refresh_token, client_id, refresh_token):
// - single-flight in the process: while one refresh runs, every other caller awaits its result;
// - across processes: a lock file (XeroLinkState::refreshLockPath, next to the database) makes the CLI and
//   the GUI take turns, and the refresh token is read from the vault again under the lock, so a token
//   another process already rotated is never used;
// - the new refresh token is written to the vault before the new access token is handed out;
// - an answer that was lost (network error, 5xx) is retried with the same refresh token, which Xero still
//   accepts for 30 minutes after its first use;
// - invalid_grant puts the link in the state ReconnectNeeded (XeroLinkState) and fails with Error::Auth;
// later calls
//   fail at once without asking Xero again until the user reconnects. Local records and the outbox are
//   never touched.
//
// The link state and the vault are the sync layer's (over the stores and the keychain); XeroStack builds a
// session for the linked organisation. Construct it in the thread that uses it (the sync's worker thread is
// fine), with ports over that thread's own Database. Keychain jobs run on the application's main thread,
// which must be running its event loop.
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

    XeroSession(XeroLinkState &links, RefreshTokenVault &vault, QString tenantId, XeroEndpoints endpoints,
                QString clientId, Clock &clock, Options options, QObject *parent = nullptr);
    ~XeroSession() override;

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

    XeroLinkState &m_links;
    RefreshTokenVault &m_vault;
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
};

} // namespace billhook
