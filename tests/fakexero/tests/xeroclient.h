#pragma once

#include "fakexero.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

// The client side of the fake's tests: real HTTP through QNetworkAccessManager, as Billhook will speak it.
struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
    QJsonArray jsonArray() const;
    bool jsonValid() const;
    // The first validation message of the first element of a 400 or a summarizeErrors=false answer.
    QString firstValidationMessage(const QString &collection = {}) const;
};

class XeroClient
{
public:
    explicit XeroClient(fakexero::FakeXero &xero);

    fakexero::FakeXero &xero;
    QString tenantId;
    QString accessToken;
    QNetworkAccessManager nam;

    // Connects every organisation and takes a token, as after a finished OAuth flow.
    void connectAll();

    // Accounting API calls; `resource` is relative to /api.xro/2.0/ and may carry a query.
    QNetworkReply *send(const QByteArray &method, const QString &resource, const QByteArray &body = {},
                        const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply api(const QByteArray &method, const QString &resource, const QJsonObject &body = {},
              const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &resource, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return api("GET", resource, {}, headers);
    }

    // Anything else on the server, path relative to the base URL (e.g. "/connect/token").
    Reply raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
              const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    Reply form(const QString &path, const QUrlQuery &fields);
    Reply admin(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    static Reply wait(QNetworkReply *reply);
};
