// billhook-test-synconce: one sync run of a database against fake-xero, through the real XeroClient and
// RateGate, for the crash-safety test (tst_synccrash), which kills this process at random points.
//
//   billhook-test-synconce DB_PATH FAKE_XERO_BASE_URL TENANT_ID
//
// Tokens come from fake-xero's admin API (POST /_admin/tokens), which works from any process; a 401 asks
// it again. Xero's limits are lifted on both sides for this test only (the crash test is about kill points,
// and 50 runs at 60 calls a minute would take minutes). Exit code 0 clean, 3 issues, 1 failed.
#include "core/clock.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "sync/xerostack.h"
#include "xero/accesstokensource.h"
#include "xero/rategate.h"
#include "xero/timerwaiter.h"
#include "xero/xeroclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotask.h>

#include <cstdio>

using namespace billhook;

namespace {

class AdminTokens final : public AccessTokenSource
{
public:
    AdminTokens(QNetworkAccessManager &network, QUrl base, QString tenantId)
        : m_network(network)
        , m_base(std::move(base))
        , m_tenantId(std::move(tenantId))
    {}

    QString tenantId() const override { return m_tenantId; }
    QCoro::Task<Result<QString>> accessToken() override
    {
        if (m_token.isEmpty())
            co_return co_await issue();
        co_return Result<QString>(QString(m_token));
    }
    QCoro::Task<Result<QString>> refreshAfterRejection(const QString &rejected) override
    {
        if (rejected != m_token)
            co_return Result<QString>(QString(m_token));
        co_return co_await issue();
    }

private:
    QCoro::Task<Result<QString>> issue()
    {
        QUrl url = m_base;
        url.setPath(QStringLiteral("/_admin/tokens"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("tenants"), QJsonArray{m_tenantId}}};
        std::unique_ptr<QNetworkReply> reply(
            m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        co_await reply.get();
        const QString token = QJsonDocument::fromJson(reply->readAll())
                                  .object()
                                  .value(QStringLiteral("access_token"))
                                  .toString();
        if (token.isEmpty())
            co_return Error::make(Error::Code::Auth, QStringLiteral("fake-xero issued no token"));
        m_token = token;
        co_return Result<QString>(QString(m_token));
    }

    QNetworkAccessManager &m_network;
    QUrl m_base;
    QString m_tenantId;
    QString m_token;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: billhook-test-synconce DB_PATH FAKE_XERO_BASE_URL TENANT_ID\n");
        return 2;
    }
    auto opened = Database::open(args[1]);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = *opened.value();
    const QUrl base(args[2]);
    const QString tenant = args[3];
    QNetworkAccessManager network;
    AdminTokens tokens(network, base, tenant);
    RateGate::Limits limits;
    limits.perMinute = 1000000;
    limits.perDay = 100000000;
    XeroClientOptions clientOptions;
    clientOptions.backoffBaseMs = 10;
    XeroStackOverrides o;
    o.tokenSource = &tokens;
    o.endpoints = XeroEndpoints(base);
    o.network = &network;
    o.limits = limits;
    o.clientOptions = clientOptions;
    auto stack = XeroStack::forLinkedOrganisation(db, std::move(o));
    if (!stack) {
        std::fprintf(stderr, "%s\n", qPrintable(stack.error().message));
        return 1;
    }
    XeroClient &client = (*stack)->client();
    SyncOptions options;
    options.bankAccountCode = QStringLiteral("090");
    SyncEngine engine(
        db, [&client](XeroRequest r) { return client.send(std::move(r)); }, tenant, options);
    engine.setPageSize(20); // several pages per type, so kills also land between pages
    const SyncSummary s = QCoro::waitFor(engine.run());
    std::printf("%s: %s\n", qPrintable(syncResultKey(s.result)), qPrintable(s.message));
    return s.result == SyncResult::Clean ? 0 : s.result == SyncResult::Issues ? 3 : 1;
}
