#include "sync/kinds/contactmatch.h"

#include <QTest>

using namespace billhook;

Q_DECLARE_METATYPE(ContactMatch::Result)

namespace {

// Customers written "id:number:email:name:phone[:archived][:linked]", the way the engine reads them (keys
// in lower case).
QList<CustomerCandidate> customers(const QStringList &rows)
{
    QList<CustomerCandidate> out;
    for (const QString &row : rows) {
        const QStringList f = row.split(u':');
        CustomerCandidate c;
        c.id = f.value(0).toLongLong();
        c.contactNumber = f.value(1);
        c.emailKey = f.value(2);
        c.nameKey = f.value(3);
        c.phone = f.value(4);
        c.archived = f.mid(5).contains(QStringLiteral("archived"));
        c.linked = f.mid(5).contains(QStringLiteral("linked"));
        out.append(c);
    }
    return out;
}

} // namespace

class TestContactMatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Xero's contact "number|email|name|phone|status" against the local customers: a number, an email or a
    // name alone makes a candidate, never a link; a link needs the same name and one more key, and no
    // differing email address.
    void match_data()
    {
        QTest::addColumn<QStringList>("local");
        QTest::addColumn<QString>("xero");
        QTest::addColumn<ContactMatch::Result>("result");
        QTest::addColumn<QList<Id>>("ids"); // the customer matched, or the candidates
        QTest::addColumn<QString>("reason");

        using R = ContactMatch::Result;
        const QStringList two{QStringLiteral("1:C-1:ops@acme.test:acme ltd:0117 496 0100"),
                              QStringLiteral("2:C-2:bob@b.test:bob the builder:")};

        QTest::newRow("nothing local") << QStringList() << QStringLiteral("C-1|x@y.test|Acme Ltd||ACTIVE")
                                       << R::None << QList<Id>() << QString();
        QTest::newRow("name and email: linked")
            << two << QStringLiteral("C-1001| OPS@acme.test |Acme Ltd||ACTIVE") << R::Matched << QList<Id>{1}
            << QStringLiteral("same name and email address");
        QTest::newRow("name and phone, written another way: linked")
            << two << QStringLiteral("||ACME LTD |+44 117 496 0100|ACTIVE") << R::Matched << QList<Id>{1}
            << QStringLiteral("same name and phone number");
        QTest::newRow("name and contact number: linked")
            << two << QStringLiteral("C-2||Bob the Builder||ACTIVE") << R::Matched << QList<Id>{2}
            << QStringLiteral("same name and contact number");
        QTest::newRow("name, email and phone: linked")
            << two << QStringLiteral("|ops@acme.test|Acme Ltd|01174960100|ARCHIVED") << R::Matched
            << QList<Id>{1} << QStringLiteral("same name, email address and phone number");
        QTest::newRow("no keys at all")
            << two << QStringLiteral("||||ACTIVE") << R::None << QList<Id>() << QString();
        QTest::newRow("the name only: a decision")
            << two << QStringLiteral("||Acme Ltd||ACTIVE") << R::Candidate << QList<Id>{1}
            << QStringLiteral("same name");
        QTest::newRow("same name, different email and phone: a decision")
            << two << QStringLiteral("|accounts@other.test|Acme Ltd|0161 000 0000|ACTIVE") << R::Candidate
            << QList<Id>{1} << QStringLiteral("same name; different email address and phone number");
        QTest::newRow("same name and phone, different email: a decision")
            << two << QStringLiteral("|accounts@other.test|Acme Ltd|0117 496 0100|ACTIVE") << R::Candidate
            << QList<Id>{1} << QStringLiteral("same name and phone number; different email address");
        QTest::newRow("the email alone: a decision")
            << two << QStringLiteral("|bob@b.test|J. Builder Ltd||ACTIVE") << R::Candidate << QList<Id>{2}
            << QStringLiteral("same email address; different name");
        QTest::newRow("the contact number alone: a decision")
            << two << QStringLiteral("C-1|someone@else.test|Someone Else||ACTIVE") << R::Candidate
            << QList<Id>{1} << QStringLiteral("same contact number; different name and email address");
        QTest::newRow("number of one, name of another: ambiguous")
            << two << QStringLiteral("C-1||Bob the Builder||ACTIVE") << R::Ambiguous << QList<Id>{1, 2}
            << QStringLiteral("2 Billhook customers share its name, email address or contact number");
        QTest::newRow("two customers with one name: ambiguous")
            << QStringList{QStringLiteral("8:C-8:a@cafe.test:harbour cafe:"),
                           QStringLiteral("9:C-9::harbour cafe:")}
            << QStringLiteral("|a@cafe.test|Harbour Cafe||ACTIVE") << R::Ambiguous << QList<Id>{8, 9}
            << QStringLiteral("2 Billhook customers share its name, email address or contact number");
        QTest::newRow("two customers with one email: ambiguous")
            << QStringList{QStringLiteral("5:C-5:shared@x.test:first:"),
                           QStringLiteral("6:C-6:shared@x.test:second:")}
            << QStringLiteral("|shared@x.test|First||ACTIVE") << R::Ambiguous << QList<Id>{5, 6}
            << QStringLiteral("2 Billhook customers share its name, email address or contact number");
        QTest::newRow("a linked customer is no candidate")
            << QStringList{QStringLiteral("5:C-5:shared@x.test:first::linked"),
                           QStringLiteral("6:C-6:shared@x.test:first:")}
            << QStringLiteral("|shared@x.test|First||ACTIVE") << R::Matched << QList<Id>{6}
            << QStringLiteral("same name and email address");
        QTest::newRow("an archived customer is a candidate too")
            << QStringList{QStringLiteral("4:C-4:old@x.test:old co::archived")}
            << QStringLiteral("|old@x.test|Old Co||ARCHIVED") << R::Matched << QList<Id>{4}
            << QStringLiteral("same name and email address");
        QTest::newRow("every candidate linked")
            << QStringList{QStringLiteral("1:C-1:ops@acme.test:acme ltd::linked")}
            << QStringLiteral("C-1|ops@acme.test|Acme Ltd||ACTIVE") << R::None << QList<Id>() << QString();
        QTest::newRow("a similar name is not the same name")
            << two << QStringLiteral("||Acme Limited||ACTIVE") << R::None << QList<Id>() << QString();
    }

    void match()
    {
        QFETCH(QStringList, local);
        QFETCH(QString, xero);
        QFETCH(ContactMatch::Result, result);
        QFETCH(QList<Id>, ids);
        QFETCH(QString, reason);

        const QStringList f = xero.split(u'|');
        const ContactIndex index(customers(local));
        const ContactMatch m = ContactMatch::of(
            index, XeroContactKeys{f.value(0), f.value(1), f.value(2), f.value(4), f.value(3), QString()});
        QCOMPARE(m.result, result);
        QCOMPARE(m.candidates.isEmpty() ? (m.customer ? QList<Id>{m.customer} : QList<Id>()) : m.candidates,
                 ids);
        QCOMPARE(m.reason, reason);
    }

    // A customer the user said is not this contact is never proposed for it again.
    void declaredDifferentIsNoCandidate()
    {
        const ContactIndex index(
            customers({QStringLiteral("1:C-1:ops@acme.test:acme ltd:"), QStringLiteral("2:C-2::acme ltd:")}));
        const XeroContactKeys contact{
            QString(), QString(), QStringLiteral("Acme Ltd"), QStringLiteral("ACTIVE"), QString(), QString()};
        QCOMPARE(ContactMatch::of(index, contact).result, ContactMatch::Result::Ambiguous);
        const ContactMatch one = ContactMatch::of(index, contact, {1});
        QCOMPARE(one.result, ContactMatch::Result::Candidate);
        QCOMPARE(one.customer, Id(2));
        QCOMPARE(ContactMatch::of(index, contact, {1, 2}).result, ContactMatch::Result::None);
    }

    void phones()
    {
        QVERIFY(
            ContactMatch::samePhone(QStringLiteral("0117 496 0100"), QStringLiteral("+44 (117) 496-0100")));
        QVERIFY(ContactMatch::samePhone(QStringLiteral("01174960100"), QStringLiteral("0044 117 496 0100")));
        QVERIFY(!ContactMatch::samePhone(QStringLiteral("0117 496 0100"), QStringLiteral("0117 496 0101")));
        QVERIFY(!ContactMatch::samePhone(QString(), QString()));
        QVERIFY(!ContactMatch::samePhone(QStringLiteral("n/a"), QStringLiteral("none")));
    }

    // Once a customer is linked during the run (matched or imported), the next contact cannot take it.
    void linkedDuringTheRun()
    {
        ContactIndex index(customers({QStringLiteral("1:C-1:ops@acme.test:acme ltd")}));
        const XeroContactKeys contact{QString(),
                                      QStringLiteral("ops@acme.test"),
                                      QStringLiteral("Acme Ltd"),
                                      QStringLiteral("ACTIVE"),
                                      QString(),
                                      QString()};
        QCOMPARE(ContactMatch::of(index, contact).customer, Id(1));
        index.markLinked(1);
        QVERIFY(index.isLinked(1));
        QCOMPARE(ContactMatch::of(index, contact).result, ContactMatch::Result::None);
        QVERIFY(index.hasNumber(QStringLiteral("C-1"))); // its number stays taken for imported contacts
        QVERIFY(!index.hasNumber(QStringLiteral("C-2")));
    }
};

QTEST_GUILESS_MAIN(TestContactMatch)
#include "tst_contactmatch.moc"
