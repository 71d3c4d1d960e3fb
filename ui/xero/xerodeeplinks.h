#pragma once

#include "storage/syncstore.h"

#include <QUrl>

namespace billhook {

// Addresses of records in Xero's web app. With the organisation's short code (GET /Organisation
// ShortCode) the link goes through Xero's organisation login, so it opens in the right organisation even
// when the user last looked at another one; without it, the plain record address.
//   invoice: /AccountsReceivable/View.aspx?InvoiceID=<id>   contact: /Contacts/View/<id>
QUrl xeroRecordUrl(SyncEntity entity, const QString &xeroId, const QString &shortCode = {});

} // namespace billhook
