#include "xerosession.h"

#include "xeroidentity.h"

#include <QLockFile>
#include <QNetworkAccessManager>
#include <qcoro/qcorosignal.h>
#include <qcoro/qcorotimer.h>

namespace billhook {

XeroSession::XeroSession(XeroLinkState &links, RefreshTokenVault &vault, QString tenantId,
                         XeroEndpoints endpoints, QString clientId, Clock &clock, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_links(links)
    , m_vault(vault)
    , m_tenantId(std::move(tenantId))
    , m_endpoints(std::move(endpoints))
    , m_clientId(std::move(clientId))
    , m_clock(clock)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
{}

XeroSession::~XeroSession() = default;

bool XeroSession::accessTokenUsable() const
{
    return !m_accessToken.isEmpty() && m_clock.nowUtc().secsTo(m_expiresAt) > 60;
}

QCoro::Task<Result<QString>> XeroSession::accessToken()
{
    if (accessTokenUsable())
        co_return QString(m_accessToken); // a copy: GCC 12 moves from a co_returned member
    co_return co_await refreshOnce();
}

QCoro::Task<Result<QString>> XeroSession::refreshAfterRejection(const QString &rejected)
{
    // Someone already replaced the rejected token: use theirs.
    if (accessTokenUsable() && m_accessToken != rejected)
        co_return QString(m_accessToken); // a copy: GCC 12 moves from a co_returned member
    if (m_accessToken == rejected)
        m_accessToken.clear();
    co_return co_await refreshOnce();
}

QCoro::Task<Result<QString>> XeroSession::refreshOnce()
{
    if (m_refreshing) {
        co_await qCoro(this, &XeroSession::refreshFinished);
        co_return Result<QString>(*m_lastRefresh); // a copy, for every waiter
    }
    m_refreshing = true;
    auto result = co_await refreshUnderLock();
    m_lastRefresh = result;
    m_refreshing = false;
    Q_EMIT refreshFinished();
    co_return result;
}

QString XeroSession::lockFilePath() const
{
    return m_links.refreshLockPath(m_tenantId);
}

Error XeroSession::reconnectError() const
{
    return Error::make(
        Error::Code::Auth,
        tr("Xero needs you to reconnect Billhook (the sign-in expired or access was removed in "
           "Xero). Nothing local was lost; reconnect to carry on syncing."));
}

Status XeroSession::markReconnectNeeded()
{
    auto s = m_links.markReconnectNeeded(m_tenantId);
    Q_EMIT reconnectNeeded();
    return s;
}

QCoro::Task<Result<QString>> XeroSession::refreshUnderLock()
{
    // After an invalid_grant nothing is sent again until the user reconnects (which sets "linked").
    const XeroLinkState::State state = m_links.linkState(m_tenantId);
    if (state == XeroLinkState::State::Missing)
        co_return Error::make(Error::Code::Auth,
                              tr("Billhook is no longer connected to this Xero organisation."));
    if (state == XeroLinkState::State::ReconnectNeeded)
        co_return reconnectError();

    QLockFile lock(lockFilePath());
    lock.setStaleLockTime(90000); // a refresh takes seconds; a crashed holder's lock is taken over
    const QDateTime giveUpAt = QDateTime::currentDateTimeUtc().addMSecs(m_options.lockWait.count());
    while (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::PermissionError || lock.error() == QLockFile::UnknownError)
            co_return Error::make(Error::Code::Database,
                                  tr("Billhook cannot create the lock file %1.").arg(lockFilePath()));
        if (QDateTime::currentDateTimeUtc() > giveUpAt)
            co_return Error::make(
                Error::Code::Network,
                tr("Another Billhook is renewing the Xero sign-in and has not finished. Try "
                   "again in a minute."));
        co_await QCoro::sleepFor(std::chrono::milliseconds(50));
    }

    XeroIdentity identity(*m_network, m_endpoints, m_clientId);
    Error last;
    for (int attempt = 0; attempt <= m_options.lostAnswerRetries; ++attempt) {
        if (attempt > 0)
            co_await QCoro::sleepFor(m_options.retryDelay * (1 << (attempt - 1)));
        // Read under the lock, every attempt: if another process rotated the token meanwhile, this is the
        // new one; a rotated token is never sent again.
        auto stored = co_await m_vault.refreshToken(m_tenantId);
        if (!stored)
            co_return stored.error();
        if (stored->isEmpty()) {
            if (auto s = markReconnectNeeded(); !s)
                co_return s.error();
            co_return reconnectError();
        }
        ++m_refreshRequests;
        const auto outcome = co_await identity.refresh(*stored);
        switch (outcome.kind) {
        case XeroIdentity::TokenOutcome::Kind::Granted: {
            // Write-ahead: the keychain holds the new refresh token before the access token is used.
            if (auto s = co_await m_vault.storeRefreshToken(m_tenantId, outcome.tokens.refreshToken); !s)
                co_return s.error();
            m_accessToken = outcome.tokens.accessToken;
            m_expiresAt = m_clock.nowUtc().addSecs(outcome.tokens.expiresIn);
            co_return QString(m_accessToken); // a copy: GCC 12 moves from a co_returned member
        }
        case XeroIdentity::TokenOutcome::Kind::Refused:
            if (auto s = markReconnectNeeded(); !s)
                co_return s.error();
            co_return reconnectError();
        case XeroIdentity::TokenOutcome::Kind::Rejected:
            co_return outcome.error;
        case XeroIdentity::TokenOutcome::Kind::Lost:
            last = outcome.error;
            break;
        }
    }
    co_return last;
}

} // namespace billhook

#include "moc_xerosession.cpp"
