#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "xero/accesstokensource.h"
#include "xero/rategate.h"
#include "xero/xeroclient.h"
#include "xero/xeroendpoints.h"
#include "xero/xeroreference.h"
#include "xero/xerosession.h"

#include <QCoreApplication>
#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace billhook {

class CredentialStore;
class Database;
class StoredApiUsage;
class StoredLinkState;
class XeroTokenVault;

// What a test (or the benchmark) replaces in the Xero stack; everything left empty is the real thing.
struct XeroStackOverrides
{
    // Builds the access-token source for the Database the stack is built on. Default: a XeroSession for the
    // organisation linked in it, its refresh token in `credentials`.
    std::function<Result<std::unique_ptr<AccessTokenSource>>(Database &)> tokens;
    // Or a token source the caller keeps (and keeps alive longer than the stack).
    AccessTokenSource *tokenSource = nullptr;
    // Builds the Waiter the client sleeps with. Default: real timers (TimerWaiter).
    std::function<std::unique_ptr<Waiter>()> waiter;
    // Or a Waiter the caller keeps.
    Waiter *waiterInstance = nullptr;
    Clock *clock = nullptr; // default: the system clock
    // Default: loadXeroConfig(db): the environment, then the database's settings.
    std::optional<XeroConfig> config;
    std::optional<XeroEndpoints> endpoints;   // replaces only config's endpoints
    CredentialStore *credentials = nullptr;   // default: the OS keychain
    QNetworkAccessManager *network = nullptr; // default: one of the stack's own
    RateGateLimits limits;
    XeroClientOptions clientOptions;
};

// The one place the Xero stack is put together for a database: configuration, network, token source,
// rate gate (with its ledger in api_usage), waiter and API client. The desktop's controller, the setup page's
// reads, the sync runner and the CLI all get their Xero client here, so they can never disagree on the
// endpoint or the limits.
//
// Build it in the thread that uses it, on that thread's Database; it must not outlive the Database.
class XeroStack
{
    Q_DECLARE_TR_FUNCTIONS(XeroStack)
public:
    // The stack for the organisation linked in `db`. Error::Auth when Billhook is not connected to Xero.
    static Result<std::unique_ptr<XeroStack>> forLinkedOrganisation(Database &db,
                                                                    XeroStackOverrides overrides = {});

    // A token source for `tenantId` over the keychain and the stored link (for connect's check and
    // disconnect, which have no linked stack yet or any more).
    static std::unique_ptr<XeroSession> sessionFor(Database &db, CredentialStore &credentials,
                                                   const QString &tenantId, const XeroConfig &config,
                                                   XeroSession::Options options = {},
                                                   Clock &clock = Clock::system());

    ~XeroStack();
    XeroStack(const XeroStack &) = delete;
    XeroStack &operator=(const XeroStack &) = delete;

    QString tenantId() const { return m_tokens->tenantId(); }
    const XeroConfig &config() const { return m_config; }
    AccessTokenSource &tokens() { return *m_tokens; }
    RateGate &gate() { return *m_gate; }
    XeroClient &client() { return *m_client; }
    Clock &clock() { return *m_clock; }

    // The organisation's reference data (Organisation, Currencies, Accounts, TaxRates and, when asked,
    // Items), read through the client and parsed by the sync's own parser (exact decimals).
    QCoro::Task<Result<XeroReference>> readReference(bool includeItems = false);

private:
    XeroStack() = default;

    Database *m_db = nullptr;
    Clock *m_clock = nullptr;
    XeroConfig m_config;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    std::unique_ptr<StoredApiUsage> m_usage;
    std::unique_ptr<StoredLinkState> m_links;
    std::unique_ptr<XeroTokenVault> m_vault;
    std::unique_ptr<AccessTokenSource> m_ownTokens;
    AccessTokenSource *m_tokens = nullptr;
    std::unique_ptr<Waiter> m_ownWaiter;
    std::unique_ptr<RateGate> m_gate;
    std::unique_ptr<XeroClient> m_client;
};

} // namespace billhook
