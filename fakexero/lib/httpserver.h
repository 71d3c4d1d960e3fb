#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace fakexero {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // raw request-target, e.g. /api.xro/2.0/Contacts?page=1
    QString path;      // percent-decoded path without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString queryValue(const QString &key) const; // case-insensitive key, fully decoded
    bool hasQuery(const QString &key) const;
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Transport-level behaviour used by fault injection.
    bool dropConnection = false; // close the socket without answering
    int delayMs = 0;             // hold the answer back this long (real time)

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QByteArray &body);
    static HttpResponse text(int status, const QByteArray &body, const QByteArray &type = "text/plain");
    static HttpResponse redirect(const QByteArray &location);
};

using HttpReply = std::function<void(HttpResponse)>;
using HttpHandler = std::function<void(const HttpRequest &, HttpReply)>;

// A deliberately small HTTP/1.1 server: keep-alive, Content-Length bodies, no chunked encoding. It exists
// because fault injection needs control that QHttpServer (Qt 6.4) does not give: closing a socket after the
// request was processed, holding replies back, and knowing exactly how many requests are in flight.
// Requests on one connection are answered in order; a connection reads its next request only after the
// previous answer was written.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    void setHandler(HttpHandler handler) { m_handler = std::move(handler); }
    void close();

    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

private:
    class Connection;
    void onNewConnection();

    QTcpServer m_server;
    HttpHandler m_handler;
};

QByteArray reasonPhrase(int status);

} // namespace fakexero
