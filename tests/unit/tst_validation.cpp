#include "core/entities.h"

#include <QTest>

using namespace billhook;

class TestValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "sam@example.com" << true;
        QTest::newRow("plus and dots") << "sam.smith+jobs@mail.example.co.uk" << true;
        QTest::newRow("no at") << "sam.example.com" << false;
        QTest::newRow("no domain dot") << "sam@example" << false;
        QTest::newRow("space") << "sam @example.com" << false;
        QTest::newRow("comma") << "sam@example,com" << false;
        QTest::newRow("double dot") << "sam..smith@example.com" << false;
        QTest::newRow("trailing dot") << "sam@example.com." << false;
        QTest::newRow("two ats") << "sam@@example.com" << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidEmail(email), valid);
    }

    void customer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("contactNumber");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("ok") << "Acme"
                            << "a@b.co"
                            << ""
                            << "";
        QTest::newRow("empty name") << ""
                                    << ""
                                    << ""
                                    << "name";
        QTest::newRow("blank name") << "   "
                                    << ""
                                    << ""
                                    << "name";
        QTest::newRow("bad email") << "Acme"
                                   << "nope"
                                   << ""
                                   << "email";
        QTest::newRow("long number") << "Acme"
                                     << "" << QString(51, u'1') << "contact_number";
        QTest::newRow("long name") << QString(256, u'a') << ""
                                   << ""
                                   << "name";
    }
    void customer()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, contactNumber);
        QFETCH(QString, field);
        Customer c;
        c.name = name;
        c.email = email;
        c.contactNumber = contactNumber;
        const Status s = Validation::validate(c);
        QCOMPARE(s.ok(), field.isEmpty());
        if (!s.ok())
            QCOMPARE(s.error().field, field);
    }

    void invoice_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("field");
        QTest::newRow("valid") << 0 << "";
        QTest::newRow("no customer") << 1 << "customer";
        QTest::newRow("due before issue") << 2 << "due_date";
        QTest::newRow("bad currency") << 3 << "currency";
        QTest::newRow("no lines") << 4 << "lines";
        QTest::newRow("zero quantity") << 5 << "lines.0";
        QTest::newRow("discount over 100") << 6 << "lines.0";
        QTest::newRow("no description") << 7 << "lines.0";
        QTest::newRow("no date") << 8 << "date";
        QTest::newRow("huge line") << 9 << "lines.0";
    }
    void invoice()
    {
        QFETCH(int, breakage);
        QFETCH(QString, field);
        Invoice inv;
        inv.customerId = 1;
        inv.issueDate = QDate(2026, 11, 1);
        inv.dueDate = QDate(2026, 11, 15);
        inv.currency = QStringLiteral("GBP");
        InvoiceLine l;
        l.description = QStringLiteral("Fit boiler");
        l.unitPrice = UnitPrice::fromWhole(100);
        inv.lines.append(l);
        switch (breakage) {
        case 1:
            inv.customerId = 0;
            break;
        case 2:
            inv.dueDate = QDate(2026, 10, 1);
            break;
        case 3:
            inv.currency = QStringLiteral("pounds");
            break;
        case 4:
            inv.lines.clear();
            break;
        case 5:
            inv.lines[0].quantity = Quantity();
            break;
        case 6:
            inv.lines[0].discount = Percent::fromWhole(101);
            break;
        case 7:
            inv.lines[0].description = QStringLiteral("  ");
            break;
        case 8:
            inv.issueDate = QDate();
            break;
        case 9:
            inv.lines[0].quantity = Quantity::fromWhole(999999999);
            inv.lines[0].unitPrice = UnitPrice::fromWhole(999999999);
            break;
        }
        const Status s = Validation::validate(inv);
        QCOMPARE(s.ok(), field.isEmpty());
        if (!s.ok())
            QCOMPARE(s.error().field, field);
    }

    void payment()
    {
        Payment p;
        p.date = QDate(2026, 11, 2);
        p.amount = Money::fromUnits(100);
        QVERIFY(Validation::validate(p).ok());
        p.amount = Money();
        QCOMPARE(Validation::validate(p).error().field, QStringLiteral("amount"));
        p.amount = Money::fromUnits(-5);
        QVERIFY(!Validation::validate(p).ok());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
