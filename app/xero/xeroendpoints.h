#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace billhook {

class SettingsStore;

// Every address Billhook talks to at Xero comes from one base. Without an override the real Xero
// addresses are used; with a base B (setting "xero.endpoint" or the environment variable
// BILLHOOK_XERO_ENDPOINT, the environment winning) everything lives under B, so fake-xero stands in:
//   B/identity/connect/authorize, B/connect/token, B/connect/revocation, B/connections, B/api.xro/2.0/...
class XeroEndpoints
{
public:
    XeroEndpoints(); // Xero's real addresses
    explicit XeroEndpoints(const QUrl &base);

    // The configured endpoints: the environment variable, then the setting, then Xero.
    static XeroEndpoints configured(const SettingsStore *settings = nullptr);

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

// The client id: the environment variable BILLHOOK_XERO_CLIENT_ID, then the setting "xero.client_id",
// then the CMake option of the same name. Empty when none is set.
QString configuredXeroClientId(const SettingsStore *settings = nullptr);

// The scopes asked for. Apps created after 2 March 2026 must use the granular scopes; the setting
// "xero.legacy_scopes" = "1" asks for accounting.transactions instead, for older apps.
QStringList xeroScopes(const SettingsStore *settings = nullptr);

} // namespace billhook
