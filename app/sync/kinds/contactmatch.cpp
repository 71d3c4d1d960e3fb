#include "contactmatch.h"

#include <algorithm>

namespace billhook {

namespace {

QString phoneDigits(const QString &phone)
{
    QString d;
    for (QChar c : phone) {
        if (c.isDigit())
            d.append(c);
    }
    // +44 1174 960100, 0044…, 01174 960100: one number.
    if (d.startsWith(QStringLiteral("00")))
        d.remove(0, 2);
    if (d.startsWith(QStringLiteral("44")) && d.size() > 10)
        d.remove(0, 2);
    while (d.startsWith(u'0'))
        d.remove(0, 1);
    return d;
}

QString keyName(ContactMatch::Key k)
{
    switch (k) {
    case ContactMatch::Key::ContactNumber:
        return ContactMatch::tr("contact number");
    case ContactMatch::Key::Email:
        return ContactMatch::tr("email address");
    case ContactMatch::Key::Phone:
        return ContactMatch::tr("phone number");
    case ContactMatch::Key::Name:
        return ContactMatch::tr("name");
    }
    return {};
}

QString keyList(const QList<ContactMatch::Key> &keys)
{
    QStringList names;
    for (ContactMatch::Key k : keys)
        names.append(keyName(k));
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return ContactMatch::tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

bool ContactMatch::samePhone(const QString &a, const QString &b)
{
    const QString x = phoneDigits(a);
    const QString y = phoneDigits(b);
    return !x.isEmpty() && x == y;
}

ContactIndex::ContactIndex(const QList<CustomerCandidate> &customers)
{
    for (const CustomerCandidate &c : customers) {
        if (!c.contactNumber.isEmpty())
            m_byNumber.insert(c.contactNumber, c.id);
        if (c.linked) {
            m_linked.insert(c.id);
            continue;
        }
        m_customers.insert(c.id, c);
        if (!c.emailKey.isEmpty())
            m_byEmail[c.emailKey].append(c.id);
        if (!c.nameKey.isEmpty())
            m_byName[c.nameKey].append(c.id);
    }
}

ContactMatch ContactMatch::of(const ContactIndex &index, const XeroContactKeys &contact,
                              const QSet<Id> &declaredDifferent)
{
    ContactMatch out;
    const QString email = contact.email.toLower().trimmed();
    const QString name = contact.name.toLower().trimmed();
    const auto usable = [&](Id id) {
        return !index.isLinked(id) && !declaredDifferent.contains(id) && index.m_customers.contains(id);
    };
    QList<Id> found;
    const auto add = [&](Id id) {
        if (usable(id) && !found.contains(id))
            found.append(id);
    };
    if (!contact.number.isEmpty() && index.m_byNumber.contains(contact.number))
        add(index.m_byNumber.value(contact.number));
    if (!email.isEmpty()) {
        for (Id id : index.m_byEmail.value(email))
            add(id);
    }
    if (!name.isEmpty()) {
        for (Id id : index.m_byName.value(name))
            add(id);
    }
    if (found.isEmpty())
        return out;
    std::sort(found.begin(), found.end());
    out.candidates = found;
    if (found.size() > 1) {
        out.result = Result::Ambiguous;
        out.reason = tr("%n Billhook customers share its name, email address or contact number", nullptr,
                        int(found.size()));
        return out;
    }

    const CustomerCandidate &c = index.m_customers.value(found.first());
    out.customer = c.id;
    const auto weigh = [&](Key key, bool haveBoth, bool same) {
        if (!haveBoth)
            return;
        (same ? out.agreed : out.differed).append(key);
    };
    weigh(Key::Name, !name.isEmpty() && !c.nameKey.trimmed().isEmpty(), name == c.nameKey.trimmed());
    weigh(Key::Email, !email.isEmpty() && !c.emailKey.trimmed().isEmpty(), email == c.emailKey.trimmed());
    const QStringList mine{c.phone, c.mobile};
    const QStringList theirs{contact.phone, contact.mobile};
    bool anyMine = false, anyTheirs = false, samePhoneNumber = false;
    for (const QString &m : mine) {
        anyMine = anyMine || !phoneDigits(m).isEmpty();
        for (const QString &t : theirs)
            samePhoneNumber = samePhoneNumber || samePhone(m, t);
    }
    for (const QString &t : theirs)
        anyTheirs = anyTheirs || !phoneDigits(t).isEmpty();
    weigh(Key::Phone, anyMine && anyTheirs, samePhoneNumber);
    // A contact number agreeing is evidence; one that differs is not (Billhook numbers its own customers).
    if (!contact.number.isEmpty() && contact.number == c.contactNumber)
        out.agreed.append(Key::ContactNumber);

    const bool strong =
        out.agreed.contains(Key::Name) && out.agreed.size() >= 2 && !out.differed.contains(Key::Email);
    out.result = strong ? Result::Matched : Result::Candidate;
    out.reason = tr("same %1").arg(keyList(out.agreed));
    if (!out.differed.isEmpty())
        out.reason = tr("%1; different %2").arg(out.reason, keyList(out.differed));
    return out;
}

} // namespace billhook
