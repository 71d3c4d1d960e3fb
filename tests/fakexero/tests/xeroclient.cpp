#include "xeroclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray Reply::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

bool Reply::jsonValid() const
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

QString Reply::firstValidationMessage(const QString &collection) const
{
    const QJsonObject o = json();
    const QJsonArray elements =
        collection.isEmpty() ? o.value(u"Elements"_s).toArray() : o.value(collection).toArray();
    for (const auto &e : elements) {
        const QJsonArray errors = e.toObject().value(u"ValidationErrors"_s).toArray();
        if (!errors.isEmpty())
            return errors.first().toObject().value(u"Message"_s).toString();
    }
    return {};
}

XeroClient::XeroClient(fakexero::FakeXero &x)
    : xero(x)
{
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void XeroClient::connectAll()
{
    const auto tokens = xero.issueTokens();
    accessToken = tokens.accessToken;
    if (tenantId.isEmpty() && !xero.organisations().isEmpty())
        tenantId = xero.organisations().first()->id;
}

QNetworkReply *XeroClient::send(const QByteArray &method, const QString &resource, const QByteArray &body,
                                const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(xero.baseUrl().toString() + u"/api.xro/2.0/"_s + resource));
    request.setRawHeader("Accept", "application/json");
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    if (!tenantId.isEmpty())
        request.setRawHeader("xero-tenant-id", tenantId.toLatin1());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &[k, v] : headers) {
        if (v.isNull())
            request.setRawHeader(k, QByteArray()); // removes it
        else
            request.setRawHeader(k, v);
    }
    return nam.sendCustomRequest(request, method, body);
}

Reply XeroClient::api(const QByteArray &method, const QString &resource, const QJsonObject &body,
                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    const QByteArray data =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return wait(send(method, resource, data, headers));
}

Reply XeroClient::raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                      const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(xero.baseUrl().toString() + pathAndQuery));
    for (const auto &[k, v] : headers)
        request.setRawHeader(k, v);
    return wait(nam.sendCustomRequest(request, method, body));
}

Reply XeroClient::form(const QString &path, const QUrlQuery &fields)
{
    return raw("POST", path, fields.query(QUrl::FullyEncoded).toUtf8(),
               {{"Content-Type", "application/x-www-form-urlencoded"}});
}

Reply XeroClient::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return raw(method, u"/_admin/"_s + path, QJsonDocument(body).toJson(QJsonDocument::Compact),
               {{"Content-Type", "application/json"}});
}

Reply XeroClient::wait(QNetworkReply *reply)
{
    Reply out;
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(60000))
            qWarning("request did not finish within 60 s");
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = reply->error();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}
