#pragma once

#include "core/result.h"
#include "xero/xeroauth.h"
#include "xero/xeroidentity.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace billhook {

class CredentialStore;
class Database;

// How the browser sign-in behaves (ports, timeout, how the address is opened); for the GUI and the CLI,
// which do not use the Xero adapter directly.
using XeroConnectOptions = XeroAuth::Options;

// The link between this Billhook database and one Xero organisation, for the GUI and the CLI alike: the
// connect / switch / disconnect use case, over the Xero adapter (XeroAuth, XeroIdentity, XeroSession) and
// the stores.
//
// Connect:
//   startConnect() signs in at Xero (XeroAuth) and emits authorizationUrlReady(url): the GUI opens it with
//   QDesktopServices, the CLI prints it. Then GET /connections picks the organisation:
//   - the one asked for (startConnect's tenantId); not among those authorised → failed(wrong organisation);
//   - else the organisation already linked, when the user authorised it again (a reconnect resumes);
//   - else the only one; with several, organisationChoiceNeeded(list) → call chooseOrganisation(tenantId).
//   If Billhook was linked to another organisation, differentOrganisation(linked, chosen) is emitted and
//   nothing is stored or sent until confirmSwitch() (startConnect's allowSwitch confirms in advance);
//   cancel() leaves the old link as it was. Finally the refresh token goes to the keychain, the link to
//   xero_connections (state "linked"), and connected(name) is emitted; any failure emits failed(Error)
//   with a translated message (no client id, Xero unreachable, ports taken, declined, timeout, ...).
//
// Disconnect: disconnectXero() revokes the refresh token at Xero, DELETEs the connection, removes every
// keychain entry and the link. Invoices, customers, xero_links and the outbox stay, so reconnecting to the
// same organisation resumes without duplicates.
//
// The object lives in the GUI (or CLI) thread; it never blocks it.
class XeroConnection : public QObject
{
    Q_OBJECT
public:
    enum class LinkState
    {
        NotConnected,
        Linked,
        ReconnectNeeded, // Xero refused the sign-in; connect again to resume
    };

    struct Status
    {
        LinkState state = LinkState::NotConnected;
        QString tenantId;
        QString tenantName;
        QString connectionId;
        QDateTime connectedAt;
        QDateTime lastSyncAt; // invalid when never synced
        // "not_connected" | "linked" | "reconnect_needed"
        QString stateKey() const;
        // "Connected to Demo Company", "Reconnect needed: Demo Company", "Not connected to Xero"
        QString describe() const;
    };

    // What an attempt to connect is doing.
    enum class Phase
    {
        Idle,
        Authorizing,          // waiting for the browser
        ChoosingOrganisation, // organisationChoiceNeeded was emitted
        ConfirmingSwitch,     // differentOrganisation was emitted
        Saving,
        Disconnecting,
    };

    // The refresh token in the OS keychain.
    explicit XeroConnection(Database &db, XeroConnectOptions authOptions = {}, QObject *parent = nullptr);
    // The refresh token in `credentials` (tests).
    XeroConnection(Database &db, CredentialStore &credentials, XeroConnectOptions authOptions = {},
                   QObject *parent = nullptr);
    ~XeroConnection() override;

    // From the database; no network.
    Status status() const;
    Phase phase() const { return m_phase; }

    // `tenantId`: the organisation wanted (the CLI's --tenant); empty: see above.
    // `allowSwitch`: linking a different organisation than the stored one needs no further confirmation.
    void startConnect(const QString &tenantId = {}, bool allowSwitch = false);
    void chooseOrganisation(const QString &tenantId);
    void confirmSwitch();
    // Stops a connect attempt; the stored link stays as it was.
    void cancel();

    // Asks Xero whether the link still works: renews the access token and looks for the organisation in
    // GET /connections. A refused sign-in or an organisation missing there (Billhook was disconnected in
    // Xero) sets the state "reconnect_needed" and fails with Error::Auth; emits statusChanged() then.
    QCoro::Task<billhook::Status> checkWithXero();

    // Emits disconnected() once the local link is gone (always, unless Billhook was not connected), and
    // failed(Error) if Xero could not be told.
    QCoro::Task<billhook::Status> disconnectXero();

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    void organisationChoiceNeeded(const QList<billhook::XeroOrganisation> &organisations);
    void differentOrganisation(const billhook::XeroOrganisation &linked,
                               const billhook::XeroOrganisation &chosen);
    void connected(const QString &tenantName);
    void failed(const billhook::Error &error);
    void disconnected();
    void phaseChanged(billhook::XeroConnection::Phase phase);
    void statusChanged();

private:
    QCoro::Task<void> runConnect(QString tenantId, bool allowSwitch);
    void proceedWith(const XeroOrganisation &organisation);
    QCoro::Task<void> save(XeroOrganisation organisation);
    void setPhase(Phase phase);
    void fail(const Error &error);
    XeroConnection(Database &db, CredentialStore *credentials, XeroConnectOptions authOptions,
                   QObject *parent);

    Database &m_db;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    CredentialStore &m_credentials;
    XeroAuth::Options m_authOptions;
    QNetworkAccessManager *m_network;
    QPointer<XeroAuth> m_auth;
    Phase m_phase = Phase::Idle;
    bool m_allowSwitch = false;
    std::optional<XeroTokens> m_pendingTokens;
    QList<XeroOrganisation> m_pendingOrganisations;
    std::optional<XeroOrganisation> m_pendingChoice;
};

} // namespace billhook
