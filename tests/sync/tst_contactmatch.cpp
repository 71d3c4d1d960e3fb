#include "sync/kinds/contactmatch.h"

#include <QTest>

using namespace billhook;

Q_DECLARE_METATYPE(ContactMatch::Result)
Q_DECLARE_METATYPE(ContactMatch::Basis)

namespace {

// Customers written "id:number:email:name[:archived][:linked]", the way the engine reads them (keys in lower
// case).
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
        c.archived = f.mid(4).contains(QStringLiteral("archived"));
        c.linked = f.mid(4).contains(QStringLiteral("linked"));
        out.append(c);
    }
    return out;
}

} // namespace

class TestContactMatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<QStringList>("local");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("status");
        QTest::addColumn<ContactMatch::Result>("result");
        QTest::addColumn<ContactMatch::Basis>("basis");
        QTest::addColumn<QList<Id>>("ids"); // the customer matched, or the candidates
        QTest::addColumn<QString>("reason");

        using R = ContactMatch::Result;
        using B = ContactMatch::Basis;
        const QString active = QStringLiteral("ACTIVE");
        const QString archived = QStringLiteral("ARCHIVED");
        const QStringList two{QStringLiteral("1:C-1:ops@acme.test:acme ltd"),
                              QStringLiteral("2:C-2:bob@b.test:bob the builder")};

        QTest::newRow("nothing local")
            << QStringList() << QStringLiteral("C-1") << QStringLiteral("x@y.test")
            << QStringLiteral("Acme Ltd") << active << R::None << B::Nothing << QList<Id>() << QString();
        QTest::newRow("by number") << two << QStringLiteral("C-2") << QStringLiteral("ops@acme.test")
                                   << QStringLiteral("Acme Ltd") << active << R::Matched << B::ContactNumber
                                   << QList<Id>{2} << QStringLiteral("same contact number (C-2)");
        QTest::newRow("number of a linked customer falls to email")
            << QStringList{QStringLiteral("1:C-1::acme ltd:linked"),
                           QStringLiteral("3:C-3:ops@acme.test:acme")}
            << QStringLiteral("C-1") << QStringLiteral("ops@acme.test") << QString() << active << R::Matched
            << B::Email << QList<Id>{3} << QStringLiteral("same email address (ops@acme.test)");
        QTest::newRow("email, case and spaces ignored")
            << two << QString() << QStringLiteral("  Bob@B.Test ") << QStringLiteral("Someone Else") << active
            << R::Matched << B::Email << QList<Id>{2} << QStringLiteral("same email address (bob@b.test)");
        QTest::newRow("email of an archived customer still matches")
            << QStringList{QStringLiteral("4:C-4:old@x.test:old co:archived")} << QString()
            << QStringLiteral("old@x.test") << QStringLiteral("Old Co") << active << R::Matched << B::Email
            << QList<Id>{4} << QStringLiteral("same email address (old@x.test)");
        QTest::newRow("two customers with one email")
            << QStringList{QStringLiteral("5:C-5:shared@x.test:first"),
                           QStringLiteral("6:C-6:shared@x.test:second")}
            << QString() << QStringLiteral("shared@x.test") << QStringLiteral("First") << active
            << R::Ambiguous << B::Email << QList<Id>{5, 6}
            << QStringLiteral("same email address (shared@x.test)");
        QTest::newRow("ambiguous email is not settled by the name")
            << QStringList{QStringLiteral("5:C-5:shared@x.test:first"),
                           QStringLiteral("6:C-6:shared@x.test:second"), QStringLiteral("7:C-7::first")}
            << QString() << QStringLiteral("shared@x.test") << QStringLiteral("First") << active
            << R::Ambiguous << B::Email << QList<Id>{5, 6}
            << QStringLiteral("same email address (shared@x.test)");
        QTest::newRow("one free of two with one email")
            << QStringList{QStringLiteral("5:C-5:shared@x.test:first:linked"),
                           QStringLiteral("6:C-6:shared@x.test:second")}
            << QString() << QStringLiteral("shared@x.test") << QString() << active << R::Matched << B::Email
            << QList<Id>{6} << QStringLiteral("same email address (shared@x.test)");
        QTest::newRow("by name, exact but for case")
            << two << QString() << QString() << QStringLiteral("ACME LTD ") << active << R::Matched << B::Name
            << QList<Id>{1} << QStringLiteral("same name");
        QTest::newRow("unknown email falls to the name")
            << two << QString() << QStringLiteral("new@acme.test") << QStringLiteral("Acme Ltd") << active
            << R::Matched << B::Name << QList<Id>{1} << QStringLiteral("same name");
        QTest::newRow("two customers with one name")
            << QStringList{QStringLiteral("8:C-8::harbour cafe"), QStringLiteral("9:C-9::harbour cafe")}
            << QString() << QString() << QStringLiteral("Harbour Cafe") << active << R::Ambiguous << B::Name
            << QList<Id>{8, 9} << QStringLiteral("same name");
        QTest::newRow("name of an archived customer does not match")
            << QStringList{QStringLiteral("4:C-4::old co:archived")} << QString() << QString()
            << QStringLiteral("Old Co") << active << R::None << B::Nothing << QList<Id>() << QString();
        QTest::newRow("an archived contact is not matched by name")
            << two << QString() << QString() << QStringLiteral("Acme Ltd") << archived << R::None
            << B::Nothing << QList<Id>() << QString();
        QTest::newRow("an archived contact is matched by email")
            << two << QString() << QStringLiteral("ops@acme.test") << QStringLiteral("Acme Ltd") << archived
            << R::Matched << B::Email << QList<Id>{1} << QStringLiteral("same email address (ops@acme.test)");
        QTest::newRow("every candidate linked")
            << QStringList{QStringLiteral("1:C-1:ops@acme.test:acme ltd:linked")} << QStringLiteral("C-1")
            << QStringLiteral("ops@acme.test") << QStringLiteral("Acme Ltd") << active << R::None
            << B::Nothing << QList<Id>() << QString();
        QTest::newRow("a similar name is not the same name")
            << two << QString() << QString() << QStringLiteral("Acme Limited") << active << R::None
            << B::Nothing << QList<Id>() << QString();
    }

    void match()
    {
        QFETCH(QStringList, local);
        QFETCH(QString, number);
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(QString, status);
        QFETCH(ContactMatch::Result, result);
        QFETCH(ContactMatch::Basis, basis);
        QFETCH(QList<Id>, ids);
        QFETCH(QString, reason);

        const ContactIndex index(customers(local));
        const ContactMatch m = ContactMatch::of(index, XeroContactKeys{number, email, name, status});
        QCOMPARE(m.result, result);
        QCOMPARE(m.basis, basis);
        QCOMPARE(m.result == ContactMatch::Result::Matched ? QList<Id>{m.customer} : m.candidates, ids);
        QCOMPARE(m.reason, reason);
    }

    // Once a customer is linked during the run (matched or imported), the next contact cannot take it.
    void linkedDuringTheRun()
    {
        ContactIndex index(customers({QStringLiteral("1:C-1:ops@acme.test:acme ltd")}));
        const XeroContactKeys contact{QString(), QStringLiteral("ops@acme.test"), QStringLiteral("Acme Ltd"),
                                      QStringLiteral("ACTIVE")};
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
