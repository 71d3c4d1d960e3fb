#include "xerostack.h"

#include "storage/database.h"
#include "storage/xeroconnectionstore.h"
#include "xero/credentialstore.h"
#include "xero/timerwaiter.h"
#include "xero/xeromapping.h"
#include "xeroadapters.h"
#include "xerotokenvault.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

namespace billhook {

namespace {

// A session that owns the ports it reads and writes through.
class OwningSession final : public XeroSession
{
public:
    OwningSession(std::unique_ptr<StoredLinkState> links, std::unique_ptr<XeroTokenVault> vault,
                  const QString &tenantId, const XeroConfig &config, Options options, Clock &clock)
        : XeroSession(*links, *vault, tenantId, config.endpoints, config.clientId, clock, options)
        , m_links(std::move(links))
        , m_vault(std::move(vault))
    {}

private:
    std::unique_ptr<StoredLinkState> m_links;
    std::unique_ptr<XeroTokenVault> m_vault;
};

} // namespace

std::unique_ptr<XeroSession> XeroStack::sessionFor(Database &db, CredentialStore &credentials,
                                                   const QString &tenantId, const XeroConfig &config,
                                                   XeroSession::Options options, Clock &clock)
{
    return std::make_unique<OwningSession>(std::make_unique<StoredLinkState>(db),
                                           std::make_unique<XeroTokenVault>(db, credentials), tenantId,
                                           config, options, clock);
}

Result<std::unique_ptr<XeroStack>> XeroStack::forLinkedOrganisation(Database &db, XeroStackOverrides o)
{
    std::unique_ptr<XeroStack> stack(new XeroStack);
    stack->m_db = &db;
    stack->m_clock = o.clock ? o.clock : &Clock::system();
    stack->m_config = o.config ? *o.config : loadXeroConfig(db);
    if (o.endpoints)
        stack->m_config.endpoints = *o.endpoints;

    if (o.tokenSource) {
        stack->m_tokens = o.tokenSource;
    } else if (o.tokens) {
        auto tokens = o.tokens(db);
        if (!tokens)
            return tokens.error();
        stack->m_ownTokens = std::move(tokens).value();
    } else {
        const auto link = XeroConnectionStore(db).current();
        if (!link)
            return Error::make(Error::Code::Auth,
                               tr("Billhook is not connected to Xero. Connect to Xero first."));
        CredentialStore *credentials = o.credentials;
        if (!credentials) {
            stack->m_ownCredentials = std::make_unique<KeychainCredentialStore>();
            credentials = stack->m_ownCredentials.get();
        }
        stack->m_links = std::make_unique<StoredLinkState>(db);
        stack->m_vault = std::make_unique<XeroTokenVault>(db, *credentials);
        stack->m_ownTokens = std::make_unique<XeroSession>(
            *stack->m_links, *stack->m_vault, link->tenantId, stack->m_config.endpoints,
            stack->m_config.clientId, *stack->m_clock, XeroSession::Options());
    }
    if (!stack->m_tokens)
        stack->m_tokens = stack->m_ownTokens.get();

    QNetworkAccessManager *network = o.network;
    if (!network) {
        stack->m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        network = stack->m_ownNetwork.get();
    }
    Waiter *waiter = o.waiterInstance;
    if (!waiter) {
        stack->m_ownWaiter = o.waiter ? o.waiter() : std::make_unique<TimerWaiter>();
        waiter = stack->m_ownWaiter.get();
    }
    stack->m_usage = std::make_unique<StoredApiUsage>(db);
    stack->m_gate =
        std::make_unique<RateGate>(*stack->m_usage, stack->m_tokens->tenantId(), *stack->m_clock, o.limits);
    stack->m_client = std::make_unique<XeroClient>(*network, *stack->m_tokens, stack->m_config.endpoints,
                                                   *stack->m_gate, *waiter, *stack->m_clock, o.clientOptions);
    return stack;
}

XeroStack::~XeroStack() = default;

QCoro::Task<Result<XeroReference>> XeroStack::readReference(bool includeItems)
{
    QHash<QString, QJsonArray> got;
    for (const XeroReference::Read part : XeroReference::Reads) {
        if (!includeItems && qstrcmp(part.path, "Items") == 0)
            continue;
        XeroRequest request;
        request.path = QString::fromLatin1(part.path);
        const XeroResponse response = co_await m_client->send(request);
        if (!response.ok())
            co_return response.error ? *response.error
                                     : Error::make(Error::Code::Network, tr("Xero did not answer."));
        got.insert(request.path, xerojson::parseExact(response.rawBody)
                                     .object()
                                     .value(QString::fromLatin1(part.collection))
                                     .toArray());
    }
    co_return XeroReference::parse(got.value(QStringLiteral("Organisation")),
                                   got.value(QStringLiteral("Currencies")),
                                   got.value(QStringLiteral("Accounts")),
                                   got.value(QStringLiteral("TaxRates")), got.value(QStringLiteral("Items")));
}

} // namespace billhook
