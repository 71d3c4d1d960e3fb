#include "xeroconnection.h"

#include "storage/database.h"
#include "storage/xeroconnectionstore.h"
#include "xero/credentialstore.h"
#include "xero/xerosession.h"
#include "xeroadapters.h"
#include "xerostack.h"
#include "xerotokenvault.h"

#include <QNetworkAccessManager>

namespace billhook {

QString XeroConnection::Status::stateKey() const
{
    switch (state) {
    case LinkState::Linked:
        return QStringLiteral("linked");
    case LinkState::ReconnectNeeded:
        return QStringLiteral("reconnect_needed");
    case LinkState::NotConnected:
        break;
    }
    return QStringLiteral("not_connected");
}

QString XeroConnection::Status::describe() const
{
    switch (state) {
    case LinkState::Linked:
        return XeroConnection::tr("Connected to %1").arg(tenantName);
    case LinkState::ReconnectNeeded:
        return XeroConnection::tr("Reconnect needed: %1").arg(tenantName);
    case LinkState::NotConnected:
        break;
    }
    return XeroConnection::tr("Not connected to Xero");
}

XeroConnection::XeroConnection(Database &db, XeroConnectOptions authOptions, QObject *parent)
    : XeroConnection(db, nullptr, std::move(authOptions), parent)
{}

XeroConnection::XeroConnection(Database &db, CredentialStore &credentials, XeroConnectOptions authOptions,
                               QObject *parent)
    : XeroConnection(db, &credentials, std::move(authOptions), parent)
{}

XeroConnection::XeroConnection(Database &db, CredentialStore *credentials, XeroConnectOptions authOptions,
                               QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ownCredentials(credentials ? nullptr : std::make_unique<KeychainCredentialStore>())
    , m_credentials(credentials ? *credentials : *m_ownCredentials)
    , m_authOptions(std::move(authOptions))
    , m_network(new QNetworkAccessManager(this))
{}

XeroConnection::~XeroConnection() = default;

XeroConnection::Status XeroConnection::status() const
{
    Status s;
    const auto link = XeroConnectionStore(m_db).current();
    if (!link)
        return s;
    s.state = link->state == QLatin1String(XeroConnectionStore::ReconnectNeeded) ? LinkState::ReconnectNeeded
                                                                                 : LinkState::Linked;
    s.tenantId = link->tenantId;
    s.tenantName = link->tenantName;
    s.connectionId = link->connectionId;
    s.connectedAt = link->connectedAt;
    s.lastSyncAt = link->lastSyncAt;
    return s;
}

void XeroConnection::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void XeroConnection::fail(const Error &error)
{
    m_pendingTokens.reset();
    m_pendingOrganisations.clear();
    m_pendingChoice.reset();
    setPhase(Phase::Idle);
    Q_EMIT failed(error);
}

void XeroConnection::startConnect(const QString &tenantId, bool allowSwitch)
{
    if (m_phase != Phase::Idle) {
        Q_EMIT failed(Error::make(Error::Code::Invalid, tr("Billhook is already connecting to Xero.")));
        return;
    }
    runConnect(tenantId.trimmed(), allowSwitch);
}

void XeroConnection::cancel()
{
    if (m_auth)
        m_auth->cancel(); // runConnect reports the cancellation
    else if (m_phase == Phase::ChoosingOrganisation || m_phase == Phase::ConfirmingSwitch)
        fail(Error::make(Error::Code::Auth, tr("Connecting to Xero was cancelled; nothing was changed.")));
}

QCoro::Task<void> XeroConnection::runConnect(QString tenantId, bool allowSwitch)
{
    // This coroutine runs detached: after every co_await, stop if the object is gone.
    const QPointer<XeroConnection> self(this);
    setPhase(Phase::Authorizing);
    m_allowSwitch = allowSwitch;
    const XeroConfig config = loadXeroConfig(m_db);
    const XeroEndpoints &endpoints = config.endpoints;
    const QString &clientId = config.clientId;
    auto *auth = new XeroAuth(*m_network, endpoints, clientId, config.scopes, m_authOptions, this);
    m_auth = auth;
    connect(auth, &XeroAuth::authorizationUrlReady, this, &XeroConnection::authorizationUrlReady);
    auto tokens = co_await auth->authorize();
    if (!self)
        co_return;
    auth->deleteLater();
    if (!tokens) {
        fail(tokens.error());
        co_return;
    }

    XeroIdentity identity(*m_network, endpoints, clientId);
    auto organisations = co_await identity.connections(tokens->accessToken, tokens->authEventId);
    if (!self)
        co_return;
    if (organisations && organisations->isEmpty() && !tokens->authEventId.isEmpty()) {
        const QString anyEvent;
        organisations = co_await identity.connections(tokens->accessToken, anyEvent);
        if (!self)
            co_return;
    }
    if (!organisations) {
        fail(organisations.error());
        co_return;
    }
    if (organisations->isEmpty()) {
        fail(Error::make(Error::Code::NotFound,
                         tr("No Xero organisation was chosen in Xero, so Billhook is not connected. Connect "
                            "again and tick the organisation to use.")));
        co_return;
    }
    m_pendingTokens = *tokens;
    m_pendingOrganisations = *organisations;

    auto find = [&](const QString &id) -> std::optional<XeroOrganisation> {
        for (const auto &o : std::as_const(m_pendingOrganisations)) {
            if (o.tenantId.compare(id, Qt::CaseInsensitive) == 0)
                return o;
        }
        return std::nullopt;
    };
    if (!tenantId.isEmpty()) {
        if (auto wanted = find(tenantId)) {
            proceedWith(*wanted);
        } else {
            QStringList names;
            for (const auto &o : std::as_const(m_pendingOrganisations))
                names.append(QStringLiteral("%1 (%2)").arg(o.name, o.tenantId));
            fail(
                Error::make(Error::Code::NotFound,
                            tr("The organisation %1 was not among those authorised in Xero (%2). Nothing was "
                               "changed; connect again and choose that organisation in Xero.")
                                .arg(tenantId, names.join(QStringLiteral(", "))),
                            QStringLiteral("tenant")));
        }
        co_return;
    }
    if (const auto linked = XeroConnectionStore(m_db).current()) {
        if (auto same = find(linked->tenantId)) {
            proceedWith(*same);
            co_return;
        }
    }
    if (m_pendingOrganisations.size() == 1) {
        proceedWith(m_pendingOrganisations.first());
        co_return;
    }
    setPhase(Phase::ChoosingOrganisation);
    Q_EMIT organisationChoiceNeeded(m_pendingOrganisations);
}

void XeroConnection::chooseOrganisation(const QString &tenantId)
{
    if (m_phase != Phase::ChoosingOrganisation)
        return;
    for (const auto &o : std::as_const(m_pendingOrganisations)) {
        if (o.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0) {
            proceedWith(o);
            return;
        }
    }
    fail(Error::make(Error::Code::NotFound,
                     tr("The organisation %1 was not among those authorised in Xero.").arg(tenantId),
                     QStringLiteral("tenant")));
}

void XeroConnection::proceedWith(const XeroOrganisation &organisation)
{
    const auto linked = XeroConnectionStore(m_db).current();
    if (linked && linked->tenantId.compare(organisation.tenantId, Qt::CaseInsensitive) != 0 &&
        !m_allowSwitch) {
        m_pendingChoice = organisation;
        setPhase(Phase::ConfirmingSwitch);
        Q_EMIT differentOrganisation(
            XeroOrganisation{linked->tenantId, linked->tenantName, linked->connectionId}, organisation);
        return;
    }
    save(organisation);
}

void XeroConnection::confirmSwitch()
{
    if (m_phase != Phase::ConfirmingSwitch || !m_pendingChoice)
        return;
    save(*m_pendingChoice);
}

QCoro::Task<void> XeroConnection::save(XeroOrganisation organisation)
{
    const QPointer<XeroConnection> self(this);
    setPhase(Phase::Saving);
    const XeroTokens tokens = *m_pendingTokens;
    m_pendingTokens.reset();
    XeroTokenVault vault(m_db, m_credentials);
    const auto stored = co_await vault.storeRefreshToken(organisation.tenantId, tokens.refreshToken);
    if (!self)
        co_return;
    if (!stored) {
        fail(stored.error());
        co_return;
    }
    XeroConnectionStore store(m_db);
    const auto previous = store.current();
    XeroConnectionRecord record;
    record.tenantId = organisation.tenantId;
    record.tenantName = organisation.name;
    record.connectionId = organisation.connectionId;
    record.state = QString::fromLatin1(XeroConnectionStore::Linked);
    record.connectedAt = QDateTime::currentDateTimeUtc();
    if (previous && previous->tenantId == organisation.tenantId)
        record.lastSyncAt = previous->lastSyncAt;
    if (auto s = store.saveLink(record); !s) {
        fail(s.error());
        co_return;
    }
    // The organisation switched away from keeps its xero_links (a later switch back resumes), but not its
    // keychain entry: nothing would use it. Its grant is not revoked: revoking ends every grant of the app.
    if (previous && previous->tenantId != organisation.tenantId) {
        const auto forgotten = co_await vault.forget(previous->tenantId);
        if (!self)
            co_return;
        if (!forgotten)
            qWarning("Billhook could not remove the previous organisation's keychain entry: %s",
                     qPrintable(forgotten.error().message));
    }
    m_pendingOrganisations.clear();
    m_pendingChoice.reset();
    setPhase(Phase::Idle);
    Q_EMIT statusChanged();
    Q_EMIT connected(organisation.name);
}

QCoro::Task<billhook::Status> XeroConnection::checkWithXero()
{
    const auto link = XeroConnectionStore(m_db).current();
    if (!link)
        co_return Error::make(Error::Code::NotFound, tr("Billhook is not connected to Xero."));
    const QPointer<XeroConnection> self(this);
    const Error gone = Error::make(Error::Code::Invalid, tr("The connection was closed."));
    const XeroConfig config = loadXeroConfig(m_db);
    const auto session = XeroStack::sessionFor(m_db, m_credentials, link->tenantId, config);
    const auto access = co_await session->accessToken();
    if (!self)
        co_return gone;
    if (!access) {
        Q_EMIT statusChanged();
        co_return access.error();
    }
    XeroIdentity identity(*m_network, config.endpoints, config.clientId);
    const QString anyEvent;
    const auto organisations = co_await identity.connections(*access, anyEvent);
    if (!self)
        co_return gone;
    if (!organisations)
        co_return organisations.error();
    for (const auto &o : *organisations) {
        if (o.tenantId.compare(link->tenantId, Qt::CaseInsensitive) == 0)
            co_return billhook::Status();
    }
    if (auto s = XeroConnectionStore(m_db).setState(
            link->tenantId, QString::fromLatin1(XeroConnectionStore::ReconnectNeeded));
        !s)
        co_return s;
    Q_EMIT statusChanged();
    co_return Error::make(Error::Code::Auth,
                          tr("Billhook was disconnected from %1 in Xero. Connect to Xero again to carry on "
                             "syncing; nothing local was lost.")
                              .arg(link->tenantName));
}

QCoro::Task<billhook::Status> XeroConnection::disconnectXero()
{
    const auto link = XeroConnectionStore(m_db).current();
    if (!link) {
        const Error e = Error::make(Error::Code::NotFound, tr("Billhook is not connected to Xero."));
        Q_EMIT failed(e);
        co_return e;
    }
    const QPointer<XeroConnection> self(this);
    const Error gone = Error::make(Error::Code::Invalid, tr("The connection was closed."));
    setPhase(Phase::Disconnecting);
    const XeroConfig config = loadXeroConfig(m_db);
    XeroIdentity identity(*m_network, config.endpoints, config.clientId);
    QStringList problems;

    if (link->state != QLatin1String(XeroConnectionStore::ReconnectNeeded)) {
        const auto session = XeroStack::sessionFor(
            m_db, m_credentials, link->tenantId, config,
            XeroSession::Options{1, std::chrono::milliseconds(500), std::chrono::milliseconds(30000)});
        auto access = co_await session->accessToken();
        if (!self)
            co_return gone;
        if (access) {
            const auto deleted = co_await identity.deleteConnection(*access, link->connectionId);
            if (!self)
                co_return gone;
            if (!deleted)
                problems.append(deleted.error().message);
        } else {
            problems.append(access.error().message);
        }
    }
    XeroTokenVault vault(m_db, m_credentials);
    auto refresh = co_await vault.refreshToken(link->tenantId);
    if (!self)
        co_return gone;
    if (refresh && !refresh->isEmpty()) {
        const auto revoked = co_await identity.revoke(*refresh);
        if (!self)
            co_return gone;
        if (!revoked)
            problems.append(revoked.error().message);
    }
    const auto forgotten = co_await vault.forget(link->tenantId);
    if (!self)
        co_return gone;
    if (!forgotten)
        problems.append(forgotten.error().message);
    if (auto s = XeroConnectionStore(m_db).remove(link->tenantId); !s) {
        setPhase(Phase::Idle);
        Q_EMIT failed(s.error());
        co_return s;
    }
    setPhase(Phase::Idle);
    Q_EMIT statusChanged();
    Q_EMIT disconnected();
    if (problems.isEmpty())
        co_return billhook::Status();
    const Error warning =
        Error::make(Error::Code::Network, tr("Billhook has removed its link to %1, but Xero could not be "
                                             "told: %2 To be sure, remove Billhook in "
                                             "Xero under Settings, Connected apps.")
                                              .arg(link->tenantName, problems.join(QLatin1Char(' '))));
    Q_EMIT failed(warning);
    co_return warning;
}

} // namespace billhook

#include "moc_xeroconnection.cpp"
