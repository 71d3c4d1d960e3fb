#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace billhook {

// Matching a Xero contact seen for the first time to the local customers, before anything is linked or
// imported. Pure: no database, no Xero.
//
// A contact number, an email address or a name that a free (unlinked) customer shares with the contact makes
// that customer a candidate, never a link on its own. One candidate is linked only when the evidence is
// strong: the same name and at least one more key (email address, phone or contact number), and no email
// address that differs. Any other single candidate is a decision for the user ("same name, different email
// address"); several candidates are ambiguous. Both are problems: nothing is linked, imported or sent until
// the user decides.

// One local customer as the matching sees it. The keys are compared as given: the caller lowers the email
// and name (the engine reads them through SQLite's lower()).
struct CustomerCandidate
{
    Id id = 0;
    QString contactNumber;
    QString emailKey; // lower case; empty when the customer has none
    QString nameKey;  // lower case
    QString phone;    // as typed; compared by digits
    QString mobile;
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
    QHash<QString, QList<Id>> m_byName;  // unlinked customers only
    QHash<Id, CustomerCandidate> m_customers;
    QSet<Id> m_linked;
};

// The Xero contact's keys, as Xero sends them.
struct XeroContactKeys
{
    QString number; // ContactNumber
    QString email;  // EmailAddress
    QString name;   // Name
    QString status; // ContactStatus: ACTIVE, ARCHIVED, GDPRREQUEST
    QString phone;  // the DEFAULT phone
    QString mobile; // the MOBILE phone
};

struct ContactMatch
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
public:
    enum class Result
    {
        Matched,   // one candidate, strong evidence: link them
        Candidate, // one candidate, weak or contradicting evidence: the user decides
        Ambiguous, // several candidates: link none, the user decides
        None       // nothing matches: the contact is new to Billhook
    };
    enum class Key
    {
        ContactNumber,
        Email,
        Phone,
        Name
    };

    Result result = Result::None;
    Id customer = 0;      // Matched and Candidate
    QList<Id> candidates; // Candidate (one) and Ambiguous (several), in index order
    QList<Key> agreed;    // Matched and Candidate: the keys both sides have and share
    QList<Key> differed;  // Candidate: the keys both sides have and do not share
    QString reason;       // translated: "same name and email address", "same email address; different name"

    // `declaredDifferent`: customers the user said are not this contact; they are never candidates for it.
    static ContactMatch of(const ContactIndex &index, const XeroContactKeys &contact,
                           const QSet<Id> &declaredDifferent = {});
    // Two phone numbers are the same number: equal digits, ignoring spaces, punctuation, a leading 0 and
    // the UK's +44.
    static bool samePhone(const QString &a, const QString &b);
};

} // namespace billhook
