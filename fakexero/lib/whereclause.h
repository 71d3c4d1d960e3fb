#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <utility>

namespace fakexero {

// Xero's `where` filter: a small subset of its C#-like syntax that covers what clients use, e.g.
//   Status=="AUTHORISED" AND Contact.ContactID==Guid("…")
//   Name.Contains("acme") OR EmailAddress.StartsWith("a")
//   Date>=DateTime(2024,01,01) && AmountDue>0
// Fields are read from the record's JSON (dotted paths); string comparison ignores case as Xero's does.
class WhereClause
{
public:
    static std::unique_ptr<WhereClause> parse(const QString &text, QString *error);
    virtual ~WhereClause() = default;
    virtual bool matches(const QJsonObject &record) const = 0;
};

// `order=Field [ASC|DESC][, …]` over (plain, rendered) pairs, by the plain record. Returns false (and sets
// error) when the text is not understood.
bool sortRecords(QList<std::pair<QJsonObject, QJsonObject>> &records, const QString &order, QString *error);

} // namespace fakexero
