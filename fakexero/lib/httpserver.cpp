#include "httpserver.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fakexero {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(const QString &key) const
{
    // Xero treats query parameter names case-insensitively (pageSize, pagesize, PageSize all work).
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[k, v] : items) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool HttpRequest::hasQuery(const QString &key) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &body, const QByteArray &type)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", type + "; charset=utf-8");
    return r;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse r;
    r.status = 302;
    r.setHeader("Location", location);
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

class HttpServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, HttpServer *server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &Connection::parse);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_closed = true;
            if (!m_busy)
                deleteLater();
        });
    }

private:
    void parse()
    {
        if (m_busy || m_closed)
            return;
        m_buffer += m_socket->readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > 64 * 1024)
                failAndClose(431);
            return;
        }
        HttpRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            failAndClose(400);
            return;
        }
        request.method = requestLine[0];
        request.target = requestLine[1];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        bool ok = true;
        const QByteArray lengthHeader = request.header("content-length");
        const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.toLongLong(&ok);
        if (!ok || length < 0) {
            failAndClose(400);
            return;
        }
        if (length > MaxBodyBytes) {
            failAndClose(413);
            return;
        }
        if (request.header("transfer-encoding").toLower().contains("chunked")) {
            failAndClose(501);
            return;
        }
        if (m_buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);

        const qsizetype q = request.target.indexOf('?');
        const QByteArray rawPath = q < 0 ? request.target : request.target.left(q);
        request.path = QUrl::fromPercentEncoding(rawPath);
        if (q >= 0) {
            // '+' means a space in form-style query strings; QUrlQuery leaves it alone.
            QByteArray rawQuery = request.target.mid(q + 1);
            rawQuery.replace('+', "%20");
            request.query = QUrlQuery(QString::fromLatin1(rawQuery));
        }
        m_keepAlive = request.header("connection").toLower() != "close";
        m_busy = true;
        QPointer<Connection> self(this);
        m_server->m_handler(request, [self](HttpResponse response) {
            if (self)
                self->answer(std::move(response));
        });
    }

    void answer(HttpResponse response)
    {
        if (response.delayMs > 0) {
            const int delay = response.delayMs;
            response.delayMs = 0;
            QTimer::singleShot(delay, this, [this, response] { answer(response); });
            return;
        }
        m_busy = false;
        if (m_closed) {
            deleteLater();
            return;
        }
        if (response.dropConnection) {
            // The work is done; the client just never hears about it.
            m_closed = true;
            m_socket->abort();
            deleteLater();
            return;
        }
        write(response);
        if (!m_keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &Connection::parse);
    }

    void write(const HttpResponse &response)
    {
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += m_keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
        out += "\r\n";
        out += response.body;
        m_socket->write(out);
    }

    void failAndClose(int status)
    {
        m_keepAlive = false;
        write(HttpResponse::text(status, reasonPhrase(status)));
        m_socket->disconnectFromHost();
        m_closed = true;
    }

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closed = false;
    bool m_keepAlive = true;
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

void HttpServer::close()
{
    m_server.close();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new Connection(socket, this);
}

} // namespace fakexero
