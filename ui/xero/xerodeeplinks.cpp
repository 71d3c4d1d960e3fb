#include "xerodeeplinks.h"

#include <QUrlQuery>

namespace billhook {

QUrl xeroRecordUrl(SyncEntity entity, const QString &xeroId, const QString &shortCode)
{
    if (xeroId.isEmpty())
        return {};
    QString path;
    switch (entity) {
    case SyncEntity::Customer:
        path = QStringLiteral("/Contacts/View/") + xeroId;
        break;
    case SyncEntity::Invoice:
        path = QStringLiteral("/AccountsReceivable/View.aspx?InvoiceID=") + xeroId;
        break;
    case SyncEntity::Payment:
        // Xero shows a payment as a bank transaction.
        path = QStringLiteral("/Bank/ViewTransaction.aspx?bankTransactionID=") + xeroId;
        break;
    }
    if (shortCode.isEmpty())
        return QUrl(QStringLiteral("https://go.xero.com") + path);
    QUrl url(QStringLiteral("https://go.xero.com/organisationlogin/default.aspx"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("shortcode"), shortCode);
    query.addQueryItem(QStringLiteral("redirecturl"),
                       QString::fromLatin1(QUrl::toPercentEncoding(path, "/")));
    url.setQuery(query);
    return url;
}

} // namespace billhook
