#include "xeroendpoints.h"

namespace billhook {

namespace {

QString fromEnvironment(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

QUrl under(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + path);
    return url;
}

} // namespace

XeroEndpoints::XeroEndpoints() = default;

XeroEndpoints::XeroEndpoints(const QUrl &base)
    : m_base(base)
{}

XeroEndpoints XeroEndpoints::configured(const QString &setting)
{
    QString text = fromEnvironment("BILLHOOK_XERO_ENDPOINT");
    if (text.isEmpty())
        text = setting.trimmed();
    if (text.isEmpty())
        return {};
    return XeroEndpoints(QUrl(text, QUrl::StrictMode));
}

QUrl XeroEndpoints::authorize() const
{
    return isOverridden() ? under(m_base, QStringLiteral("identity/connect/authorize"))
                          : QUrl(QStringLiteral("https://login.xero.com/identity/connect/authorize"));
}

QUrl XeroEndpoints::token() const
{
    return isOverridden() ? under(m_base, QStringLiteral("connect/token"))
                          : QUrl(QStringLiteral("https://identity.xero.com/connect/token"));
}

QUrl XeroEndpoints::revocation() const
{
    return isOverridden() ? under(m_base, QStringLiteral("connect/revocation"))
                          : QUrl(QStringLiteral("https://identity.xero.com/connect/revocation"));
}

QUrl XeroEndpoints::connections() const
{
    return isOverridden() ? under(m_base, QStringLiteral("connections"))
                          : QUrl(QStringLiteral("https://api.xero.com/connections"));
}

QUrl XeroEndpoints::connection(const QString &connectionId) const
{
    return under(connections(), connectionId);
}

QUrl XeroEndpoints::api(const QString &path) const
{
    const QUrl root = isOverridden() ? under(m_base, QStringLiteral("api.xro/2.0"))
                                     : QUrl(QStringLiteral("https://api.xero.com/api.xro/2.0"));
    return under(root, path);
}

QString configuredXeroClientId(const QString &setting)
{
    QString id = fromEnvironment("BILLHOOK_XERO_CLIENT_ID");
    if (id.isEmpty())
        id = setting.trimmed();
    if (id.isEmpty())
        id = QStringLiteral(BILLHOOK_XERO_CLIENT_ID).trimmed();
    return id;
}

QStringList xeroScopes(bool legacy)
{
    QStringList scopes{QStringLiteral("offline_access"), QStringLiteral("accounting.contacts"),
                       QStringLiteral("accounting.settings")};
    if (legacy)
        scopes << QStringLiteral("accounting.transactions");
    else
        scopes << QStringLiteral("accounting.invoices") << QStringLiteral("accounting.payments");
    return scopes;
}

XeroConfig XeroConfig::resolve(const QString &endpointSetting, const QString &clientIdSetting,
                               bool legacyScopes)
{
    XeroConfig config;
    config.endpoints = XeroEndpoints::configured(endpointSetting);
    config.clientId = configuredXeroClientId(clientIdSetting);
    config.scopes = xeroScopes(legacyScopes);
    return config;
}

} // namespace billhook
