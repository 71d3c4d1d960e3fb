#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace billhook {

// Matching a Xero contact seen for the first time to the local customers, before it is imported: by
// ContactNumber, then email address, then exact name (active contacts only). Pure: no database, no Xero.

// One local customer as the matching sees it. The keys are compared as given: the caller lowers them
// (the engine reads them through SQLite's lower()).
struct CustomerCandidate
{
    Id id = 0;
    QString contactNumber;
    QString emailKey; // lower case; empty when the customer has none
    QString nameKey;  // lower case
    bool archived = false;
    bool linked = false; // already linked to a Xero contact: never matched again
};

// The local customers indexed for matching (by number, email and name), and which of them are linked.
class ContactIndex
{
public:
    ContactIndex() = default;
    explicit ContactIndex(const QList<CustomerCandidate> &customers);

    // A customer linked during the run (matched or imported) is no longer a candidate.
    void markLinked(Id id) { m_linked.insert(id); }
    bool isLinked(Id id) const { return m_linked.contains(id); }
    // Some local customer (linked or not) has this contact number.
    bool hasNumber(const QString &number) const { return m_byNumber.contains(number); }

private:
    friend struct ContactMatch;
    QHash<QString, Id> m_byNumber;
    QHash<QString, QList<Id>> m_byEmail; // unlinked customers only
    QHash<QString, QList<Id>> m_byName;  // unlinked, not archived
    QSet<Id> m_linked;
};

// The Xero contact's keys, as Xero sends them.
struct XeroContactKeys
{
    QString number; // ContactNumber
    QString email;  // EmailAddress
    QString name;   // Name
    QString status; // ContactStatus: ACTIVE, ARCHIVED, GDPRREQUEST
};

struct ContactMatch
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    enum class Result
    {
        Matched,   // exactly one free customer: link them
        Ambiguous, // several free customers on the same key: link none, the user decides
        None       // nothing matches: the contact is new to Billhook
    };
    enum class Basis
    {
        ContactNumber,
        Email,
        Name,
        Nothing
    };

    Result result = Result::None;
    Basis basis = Basis::Nothing;
    Id customer = 0;      // Matched
    QList<Id> candidates; // Ambiguous: the customers it could be, in index order
    QString reason;       // translated: "same contact number (C-12)", "same email address (…)", "same name"

    static ContactMatch of(const ContactIndex &index, const XeroContactKeys &contact);
};

} // namespace billhook
