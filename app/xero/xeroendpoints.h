#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace billhook {

// Every address Billhook talks to at Xero comes from one base. Without an override the real Xero
// addresses are used; with a base B (setting "xero.endpoint" or the environment variable
// BILLHOOK_XERO_ENDPOINT, the environment winning) everything lives under B, so fake-xero stands in:
//   B/identity/connect/authorize, B/connect/token, B/connect/revocation, B/connections, B/api.xro/2.0/...
class XeroEndpoints
{
public:
    XeroEndpoints(); // Xero's real addresses
    explicit XeroEndpoints(const QUrl &base);

    // The configured endpoints: the environment variable, then `setting` (the database's "xero.endpoint",
    // read by the sync layer), then Xero.
    static XeroEndpoints configured(const QString &setting = {});

    bool isOverridden() const { return !m_base.isEmpty(); }
    QUrl base() const { return m_base; }

    QUrl authorize() const;
    QUrl token() const;
    QUrl revocation() const;
    QUrl connections() const;
    QUrl connection(const QString &connectionId) const;
    // path relative to api.xro/2.0, e.g. "Contacts" or "Invoices/ID".
    QUrl api(const QString &path) const;

private:
    QUrl m_base;
};

// The client id: the environment variable BILLHOOK_XERO_CLIENT_ID, then `setting` (the database's
// "xero.client_id"), then the CMake option of the same name. Empty when none is set.
QString configuredXeroClientId(const QString &setting = {});

// The scopes asked for. Apps created after 2 March 2026 must use the granular scopes; `legacy` (the setting
// "xero.legacy_scopes" = "1") asks for accounting.transactions instead, for older apps.
QStringList xeroScopes(bool legacy = false);

// Everything the Xero adapter is configured with, loaded once as a value (by the sync layer, from the
// environment and the database's settings) and handed to whatever talks to Xero.
struct XeroConfig
{
    XeroEndpoints endpoints;
    QString clientId;
    QStringList scopes = xeroScopes();

    // The environment wins over the settings' values; the build's client id comes last.
    static XeroConfig resolve(const QString &endpointSetting, const QString &clientIdSetting,
                              bool legacyScopes);
};

} // namespace billhook
