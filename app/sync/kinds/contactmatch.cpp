#include "contactmatch.h"

namespace billhook {

ContactIndex::ContactIndex(const QList<CustomerCandidate> &customers)
{
    for (const CustomerCandidate &c : customers) {
        m_byNumber.insert(c.contactNumber, c.id);
        if (c.linked) {
            m_linked.insert(c.id);
            continue;
        }
        if (!c.emailKey.isEmpty())
            m_byEmail[c.emailKey].append(c.id);
        if (!c.archived)
            m_byName[c.nameKey].append(c.id);
    }
}

ContactMatch ContactMatch::of(const ContactIndex &index, const XeroContactKeys &contact)
{
    ContactMatch out;
    if (!contact.number.isEmpty() && index.m_byNumber.contains(contact.number) &&
        !index.isLinked(index.m_byNumber.value(contact.number))) {
        out.result = Result::Matched;
        out.basis = Basis::ContactNumber;
        out.customer = index.m_byNumber.value(contact.number);
        out.reason = tr("same contact number (%1)").arg(contact.number);
        return out;
    }
    const QString email = contact.email.toLower().trimmed();
    const QList<Id> byEmail = email.isEmpty() ? QList<Id>() : index.m_byEmail.value(email);
    const QList<Id> byName =
        contact.status == u"ACTIVE" ? index.m_byName.value(contact.name.toLower().trimmed()) : QList<Id>();
    for (const QList<Id> *list : {&byEmail, &byName}) {
        QList<Id> free;
        for (Id id : *list) {
            if (!index.isLinked(id))
                free.append(id);
        }
        if (free.isEmpty())
            continue;
        out.basis = list == &byEmail ? Basis::Email : Basis::Name;
        out.reason = list == &byEmail ? tr("same email address (%1)").arg(email) : tr("same name");
        if (free.size() == 1) {
            out.result = Result::Matched;
            out.customer = free.first();
        } else {
            out.result = Result::Ambiguous;
            out.candidates = free;
        }
        return out;
    }
    return out;
}

} // namespace billhook
