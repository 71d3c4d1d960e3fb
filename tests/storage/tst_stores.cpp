#include "../support/testdb.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace billhook;

class TestStores : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customerAddGetsANumberAndAnOutboxRow()
    {
        test::TempDatabase t;
        const Id id = t.addCustomer(QStringLiteral("  Acme Plumbing  "), QStringLiteral("jobs@acme.test"));
        auto c = CustomerStore(*t).get(id);
        QVERIFY(c.ok());
        QCOMPARE(c->name, QStringLiteral("Acme Plumbing"));
        QCOMPARE(c->contactNumber, QStringLiteral("C-00001"));
        QCOMPARE(c->version, 1);
        QVERIFY(!c->uuid.isEmpty());
        const auto outbox = SyncStore(*t).outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox[0].entity, SyncEntity::Customer);
        QCOMPARE(outbox[0].localId, id);
    }

    void customerBadInputChangesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << ""
                                    << ""
                                    << ""
                                    << "name";
        QTest::newRow("malformed email") << "Bob"
                                         << "bob@"
                                         << ""
                                         << "email";
        QTest::newRow("duplicate contact number") << "Bob"
                                                  << ""
                                                  << "C-TAKEN"
                                                  << "contact_number";
    }
    void customerBadInputChangesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, number);
        QFETCH(QString, field);
        test::TempDatabase t;
        Customer first;
        first.name = QStringLiteral("First");
        first.contactNumber = QStringLiteral("C-TAKEN");
        QVERIFY(CustomerStore(*t).add(first).ok());
        Customer c;
        c.name = name;
        c.email = email;
        c.contactNumber = number;
        auto r = CustomerStore(*t).add(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
        QCOMPARE(t.count(QStringLiteral("customers")), 1);
        QCOMPARE(t.count(QStringLiteral("outbox")), 1);
    }

    void customerEditRefusesStaleVersion()
    {
        test::TempDatabase t;
        CustomerStore store(*t);
        const Id id = t.addCustomer(QStringLiteral("Acme"));
        Customer a = store.get(id).value();
        Customer b = a;
        a.phone = QStringLiteral("01234");
        QVERIFY(store.update(a).ok());
        b.email = QStringLiteral("late@acme.test");
        auto s = store.update(b);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(store.get(id)->phone, QStringLiteral("01234"));
        QCOMPARE(store.get(id)->email, QString());
        QCOMPARE(store.get(id)->version, 2);
    }

    void customerArchiveAndSearch()
    {
        test::TempDatabase t;
        CustomerStore store(*t);
        const Id a = t.addCustomer(QStringLiteral("Alpha Electrics"), QStringLiteral("a@alpha.test"));
        t.addCustomer(QStringLiteral("Beta Builders"));
        QVERIFY(store.setArchived(a, true).ok());
        QCOMPARE(store.count(), 1);
        CustomerFilter all;
        all.includeArchived = true;
        QCOMPARE(store.count(all), 2);
        CustomerFilter search;
        search.search = QStringLiteral("alpha.test");
        search.includeArchived = true;
        QCOMPARE(store.list(search).size(), 1);
        search.search = QStringLiteral("100%"); // wildcards are literal
        QCOMPARE(store.count(search), 0);
    }

    void importIsAllOrNothing()
    {
        test::TempDatabase t;
        Customer good;
        good.name = QStringLiteral("Good");
        Customer dup;
        dup.name = QStringLiteral("Dup");
        dup.contactNumber = QStringLiteral("X1");
        auto r = CustomerStore(*t).addAll({good, dup, dup}, 2);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("Row 4")), qPrintable(r.error().message));
        QCOMPARE(t.count(QStringLiteral("customers")), 0);
        QCOMPARE(t.count(QStringLiteral("outbox")), 0);
    }

    void invoiceNumberingAndTotals()
    {
        test::TempDatabase t;
        const Id c = t.addCustomer(QStringLiteral("Acme"));
        const Id id =
            t.addInvoice(c, {QStringLiteral("25.06"), QStringLiteral("25.61"), QStringLiteral("25.63")}, 15);
        auto inv = InvoiceStore(*t).get(id);
        QCOMPARE(inv->number, QStringLiteral("INV-0001"));
        QCOMPARE(inv->totalTax.toString(), QStringLiteral("11.44"));
        QCOMPARE(inv->total.toString(), QStringLiteral("87.74"));
        QCOMPARE(inv->lines.size(), 3);
        QCOMPARE(inv->status, InvoiceStatus::Draft);
        QVERIFY(SettingsStore(*t).setNumberingTemplate(QStringLiteral("{YYYY}/{000}")).ok());
        QCOMPARE(InvoiceStore(*t).get(t.addInvoice(c))->number, QStringLiteral("2026/002"));
    }

    void invoiceBadInputChangesNothing()
    {
        test::TempDatabase t;
        InvoiceStore store(*t);
        const Id c = t.addCustomer(QStringLiteral("Acme"));
        t.addInvoice(c);
        const int before = t.count(QStringLiteral("invoices"));
        Invoice unknown = t.draftInvoice(9999);
        QCOMPARE(store.add(unknown).error().code, Error::Code::NotFound);
        Invoice dupNumber = t.draftInvoice(c);
        dupNumber.number = QStringLiteral("INV-0001");
        QCOMPARE(store.add(dupNumber).error().code, Error::Code::Duplicate);
        const Id archived = t.addCustomer(QStringLiteral("Gone"));
        QVERIFY(CustomerStore(*t).setArchived(archived, true).ok());
        QVERIFY(!store.add(t.draftInvoice(archived)).ok());
        QCOMPARE(t.count(QStringLiteral("invoices")), before);
        QCOMPARE(t.count(QStringLiteral("invoice_lines")), 1);
    }

    // The edit and its outbox row commit together or not at all.
    void editAndOutboxAreOneTransaction()
    {
        test::TempDatabase t;
        const Id c = t.addCustomer(QStringLiteral("Acme"));
        QSqlQuery q(t.db->connection());
        QVERIFY(
            q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, "
                                  "'outbox unavailable'); END")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
        auto r = InvoiceStore(*t).add(t.draftInvoice(c));
        QVERIFY(!r.ok());
        QCOMPARE(t.count(QStringLiteral("invoices")), 0);
        QCOMPARE(t.count(QStringLiteral("invoice_lines")), 0);
        QCOMPARE(t.count(QStringLiteral("counters WHERE name = 'invoice'")), 0);
    }

    void lifecycleAndLocks()
    {
        test::TempDatabase t;
        InvoiceStore store(*t);
        const Id c = t.addCustomer(QStringLiteral("Acme"));
        const Id id = t.addInvoice(c); // 120.00
        QVERIFY(store.approve(id).ok());
        QCOMPARE(store.get(id)->status, InvoiceStatus::Approved);

        // Approved with nothing paid: editable as in Xero, but the number is fixed.
        Invoice edit = store.get(id).value();
        edit.reference = QStringLiteral("Job 12");
        QVERIFY(store.update(edit).ok());
        edit = store.get(id).value();
        edit.number = QStringLiteral("OTHER-1");
        QCOMPARE(store.update(edit).error().code, Error::Code::Locked);
        QVERIFY(!store.deleteDraft(id).ok());

        Payment p;
        p.date = QDate(2026, 11, 3);
        p.amount = Money::parse(QStringLiteral("200.00")).value();
        QVERIFY(!store.recordPayment(id, p).ok()); // more than due
        p.amount = Money::parse(QStringLiteral("50.00")).value();
        QVERIFY(store.recordPayment(id, p).ok());
        auto inv = store.get(id).value();
        QCOMPARE(inv.status, InvoiceStatus::PartPaid);
        QCOMPARE(inv.amountDue().toString(), QStringLiteral("70.00"));
        QCOMPARE(inv.payments.size(), 1);

        inv.reference = QStringLiteral("changed");
        auto locked = store.update(inv);
        QCOMPARE(locked.error().code, Error::Code::Locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("credit note")));
        QVERIFY(!store.voidInvoice(id).ok());

        p.amount = Money::parse(QStringLiteral("70.00")).value();
        QVERIFY(store.recordPayment(id, p).ok());
        QCOMPARE(store.get(id)->status, InvoiceStatus::Paid);
        QVERIFY(!store.recordPayment(id, p).ok());
        QCOMPARE(store.update(store.get(id).value()).error().code, Error::Code::Locked);
        QCOMPARE(store.get(id)->reference, QStringLiteral("Job 12"));
    }

    void draftsPayAndVoid()
    {
        test::TempDatabase t;
        InvoiceStore store(*t);
        const Id c = t.addCustomer(QStringLiteral("Acme"));
        const Id draft = t.addInvoice(c);
        Payment p;
        p.date = QDate(2026, 11, 3);
        p.amount = Money::fromUnits(100);
        QCOMPARE(store.recordPayment(draft, p).error().code, Error::Code::Transition);
        QVERIFY(!store.voidInvoice(draft).ok());
        QVERIFY(store.deleteDraft(draft).ok());
        QCOMPARE(store.get(draft)->status, InvoiceStatus::Deleted);
        QVERIFY(!store.approve(draft).ok());
        const Id second = t.addInvoice(c);
        QVERIFY(store.approve(second).ok());
        QVERIFY(store.voidInvoice(second).ok());
        QCOMPARE(store.get(second)->status, InvoiceStatus::Voided);
        const auto outbox = SyncStore(*t).outbox(SyncEntity::Invoice);
        QCOMPARE(outbox.size(), 2);
        QCOMPARE(outbox[1].op, OutboxOp::Void);
    }

    void listsFiltersAndDashboard()
    {
        test::TempDatabase t;
        InvoiceStore store(*t);
        const Id acme = t.addCustomer(QStringLiteral("Acme"));
        const Id beta = t.addCustomer(QStringLiteral("Beta"));
        const Id overdue = t.addInvoice(acme);  // due 2026-11-15
        const Id partPaid = t.addInvoice(beta); // due 2026-11-15
        const Id draft = t.addInvoice(beta);
        Q_UNUSED(draft);
        QVERIFY(store.approve(overdue).ok());
        QVERIFY(store.approve(partPaid).ok());
        Payment p;
        p.date = QDate(2026, 11, 10);
        p.amount = Money::parse(QStringLiteral("20.00")).value();
        QVERIFY(store.recordPayment(partPaid, p).ok());

        const QDate today(2026, 11, 21);
        InvoiceFilter f;
        f.today = today;
        QCOMPARE(store.count(f), 3);
        f.show = InvoiceFilter::Show::Overdue;
        QCOMPARE(store.count(f), 2);
        f.show = InvoiceFilter::Show::Draft;
        QCOMPARE(store.count(f), 1);
        f.show = InvoiceFilter::Show::All;
        f.search = QStringLiteral("beta");
        QCOMPARE(store.count(f), 2);
        f.search = QStringLiteral("INV-0001");
        QCOMPARE(store.list(f).value(0).id, overdue);

        const DashboardFigures d = store.dashboard(today, QStringLiteral("GBP"));
        QCOMPARE(d.outstanding.toString(), QStringLiteral("220.00"));
        QCOMPARE(d.overdue.toString(), QStringLiteral("220.00"));
        QCOMPARE(d.overdueCount, 2);
        QCOMPARE(d.invoicedThisMonth.toString(), QStringLiteral("240.00"));
        QCOMPARE(d.oldestOverdue.size(), 2);

        const CustomerTotals bt = CustomerStore(*t).totals(beta, today);
        QCOMPARE(bt.paid.toString(), QStringLiteral("20.00"));
        QCOMPARE(bt.unpaid.toString(), QStringLiteral("100.00"));
        QCOMPARE(bt.overdueCount, 1);
    }

    // The trigram index must find exactly what a LIKE scan finds: substrings, any case, wildcards and quotes
    // taken literally, short searches included; and it follows edits to numbers and deleted drafts.
    void invoiceSearchIndexAgreesWithScanning_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected"); // invoice numbers, newest first
        const QStringList none;
        QTest::newRow("number substring")
            << QStringLiteral("0002") << QStringList{QStringLiteral("INV-0002")};
        QTest::newRow("any case") << QStringLiteral("inv-000")
                                  << QStringList{QStringLiteral("INV-0004"), QStringLiteral("INV-0003"),
                                                 QStringLiteral("INV-0002"), QStringLiteral("INV-0001")};
        QTest::newRow("reference") << QStringLiteral("boiler") << QStringList{QStringLiteral("INV-0003")};
        QTest::newRow("reference with a quote")
            << QStringLiteral("\"quoted\"") << QStringList{QStringLiteral("INV-0004")};
        QTest::newRow("percent is literal")
            << QStringLiteral("50%") << QStringList{QStringLiteral("INV-0001")};
        QTest::newRow("underscore is literal") << QStringLiteral("a_b") << none;
        QTest::newRow("customer name") << QStringLiteral("Wilson")
                                       << QStringList{QStringLiteral("INV-0004"), QStringLiteral("INV-0002")};
        QTest::newRow("two characters scan")
            << QStringLiteral("03") << QStringList{QStringLiteral("INV-0003")};
        QTest::newRow("no hits") << QStringLiteral("no such thing") << none;
    }

    void invoiceSearchIndexAgreesWithScanning()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        test::TempDatabase t;
        QVERIFY2(t.db->hasInvoiceSearchIndex(), "Debian's SQLite has FTS5 with the trigram tokenizer");
        InvoiceStore store(*t);
        const Id acme = t.addCustomer(QStringLiteral("Acme"));
        const Id wilson = t.addCustomer(QStringLiteral("Bob Wilson"));
        const QStringList refs = {QStringLiteral("50% deposit"), QString(), QStringLiteral("Boiler service"),
                                  QStringLiteral("the \"quoted\" job")};
        for (int i = 0; i < refs.size(); ++i) {
            Invoice inv = t.draftInvoice(i % 2 ? wilson : acme);
            inv.issueDate = QDate(2026, 11, 1 + i);
            inv.reference = refs[i];
            QVERIFY(store.add(inv).ok());
        }
        // A draft whose number changed, and a deleted draft, must be found by their new state only.
        Invoice renamed = t.draftInvoice(acme);
        renamed.issueDate = QDate(2026, 10, 1);
        const Id renamedId = store.add(renamed).value();
        Invoice edited = store.get(renamedId).value();
        edited.number = QStringLiteral("OLD-9");
        QVERIFY(store.update(edited).ok());
        const Id gone = store.add(t.draftInvoice(acme)).value();
        const QString goneNumber = store.get(gone)->number;
        QVERIFY(store.deleteDraft(gone).ok());

        InvoiceFilter f;
        f.search = search;
        QStringList found;
        for (const Invoice &inv : store.list(f))
            found << inv.number;
        QCOMPARE(found, expected);
        QCOMPARE(store.count(f), expected.size());

        f.search = QStringLiteral("OLD-9");
        QCOMPARE(store.count(f), 1);
        f.search = QStringLiteral("INV-0005"); // the renamed draft's first number
        QCOMPARE(store.count(f), 0);
        f.search = goneNumber;
        QCOMPARE(store.count(f), 0);
    }

    void duplicateMakesANewDraft()
    {
        test::TempDatabase t;
        InvoiceStore store(*t);
        const Id c = t.addCustomer(QStringLiteral("Acme"));
        const Id id = t.addInvoice(c, {QStringLiteral("10"), QStringLiteral("20")});
        QVERIFY(store.approve(id).ok());
        auto copy = store.duplicate(id, QDate(2026, 12, 1));
        QVERIFY(copy.ok());
        auto inv = store.get(*copy).value();
        QCOMPARE(inv.status, InvoiceStatus::Draft);
        QCOMPARE(inv.number, QStringLiteral("INV-0002"));
        QCOMPARE(inv.dueDate, QDate(2026, 12, 15));
        QCOMPARE(inv.lines.size(), 2);
        QCOMPARE(inv.total, store.get(id)->total);
    }

    void settingsAndReference()
    {
        test::TempDatabase t;
        SettingsStore s(*t);
        QVERIFY(!s.setNumberingTemplate(QStringLiteral("no counter")).ok());
        QCOMPARE(s.numberingTemplate().pattern(), QStringLiteral("INV-{0000}"));
        QVERIFY(!s.setDefaultCurrency(QStringLiteral("pounds")).ok());
        QVERIFY(s.setDefaultCurrency(QStringLiteral("nzd")).ok());
        QCOMPARE(s.defaultCurrency(), QStringLiteral("NZD"));
        BusinessProfile p;
        p.name = QStringLiteral("Sam's Plumbing");
        p.email = QStringLiteral("not an email");
        QVERIFY(!s.setBusinessProfile(p).ok());
        p.email = QStringLiteral("sam@plumbing.test");
        p.logoPng = QByteArray("\x89PNG...", 7);
        QVERIFY(s.setBusinessProfile(p).ok());
        QCOMPARE(s.businessProfile().logoPng, p.logoPng);

        ReferenceStore ref(*t);
        TaxRate vat{0, QStringLiteral("VAT20"), QStringLiteral("VAT 20%"), Percent::fromWhole(20), {}, true};
        QVERIFY(ref.saveTaxRate(vat).ok());
        vat.name = QStringLiteral("Standard");
        QVERIFY(ref.saveTaxRate(vat).ok());
        QCOMPARE(ref.taxRates().size(), 1);
        QCOMPARE(ref.taxRateByCode(QStringLiteral("vat20"))->name, QStringLiteral("Standard"));
        QCOMPARE(ref.taxRateByRate(Percent::fromWhole(20))->code, QStringLiteral("VAT20"));
        TaxRate bad{0, QString(), QStringLiteral("x"), Percent::fromWhole(5), {}, true};
        QVERIFY(!ref.saveTaxRate(bad).ok());
    }

    // The user's own tax rates: bad input is refused with a message and changes nothing.
    void ownTaxRatesRefuseBadInput()
    {
        test::TempDatabase t;
        ReferenceStore ref(*t);
        TaxRate vat{0,   QStringLiteral("VAT20"), QStringLiteral("Standard 20%"), Percent::fromWhole(20), {},
                    true};
        QVERIFY(ref.addTaxRate(vat).ok());
        const auto refused = [&](TaxRate r, const QString &field, const QString &words) {
            const Status st = ref.addTaxRate(r);
            QVERIFY(!st.ok());
            QCOMPARE(st.error().field, field);
            QVERIFY2(st.error().message.contains(words), qPrintable(st.error().message));
            QCOMPARE(t.count(QStringLiteral("tax_rates")), 1);
        };
        TaxRate r = vat;
        r.code = QStringLiteral("BIG");
        r.name = QStringLiteral("Too much");
        r.rate = Percent::fromUnits(1000001); // 100.0001%
        refused(r, QStringLiteral("rate"), QStringLiteral("between 0% and 100%"));
        r.rate = Percent::fromUnits(-1);
        refused(r, QStringLiteral("rate"), QStringLiteral("between 0% and 100%"));
        r = vat;
        r.name = QStringLiteral("Another");
        r.code = QStringLiteral("vat20"); // the same code in another case
        refused(r, QStringLiteral("code"), QStringLiteral("already a tax rate with the code VAT20"));
        r.code = QStringLiteral("VAT 5"); // a space: not a code
        refused(r, QStringLiteral("code"), QStringLiteral("not a code"));
        r.code = QStringLiteral("VAT5");
        r.name = QStringLiteral("standard 20%"); // the same name, in another case
        refused(r, QStringLiteral("name"), QStringLiteral("already a tax rate named"));
        r.name = QStringLiteral("  ");
        refused(r, QStringLiteral("name"), QStringLiteral("needs a name"));
        // 100% and 0% are rates; 4 decimal places are kept exactly.
        r.name = QStringLiteral("Odd");
        r.rate = Percent::parse(QStringLiteral("13.5125")).value();
        QVERIFY(ref.addTaxRate(r).ok());
        QCOMPARE(ref.taxRateByCode(QStringLiteral("VAT5"))->rate.units(), 135125);
        QVERIFY(!ref.renameTaxRate(QStringLiteral("VAT5"), QStringLiteral("Standard 20%")).ok());
        QCOMPARE(ref.taxRateByCode(QStringLiteral("VAT5"))->name, QStringLiteral("Odd"));
        QVERIFY(!ref.renameTaxRate(QStringLiteral("NOPE"), QStringLiteral("x")).ok());
    }

    // A rate an invoice uses keeps its percentage: it is archived and a new one added; renaming is fine.
    void usedTaxRateIsArchivedNotChanged()
    {
        test::TempDatabase t;
        ReferenceStore ref(*t);
        SettingsStore settings(*t);
        TaxRate drc{
            0,   QStringLiteral("DRC20"), QStringLiteral("Reverse charge 20%"), Percent::fromWhole(20), {},
            true};
        drc.reverseCharge = true;
        QVERIFY(ref.addTaxRate(drc).ok());
        QVERIFY(ref.taxRateByCode(QStringLiteral("DRC20"))->reverseCharge);
        QCOMPARE(ref.taxRateByCode(QStringLiteral("DRC20"))->chargedRate(), Percent());
        QVERIFY(ref.addTaxRate(
                       {0, QStringLiteral("VAT20"), QStringLiteral("VAT"), Percent::fromWhole(20), {}, true})
                    .ok());
        QVERIFY(settings.setDefaultTaxCode(QStringLiteral("VAT20")).ok());
        // Unused: a rate may still be corrected.
        TaxRate vat = *ref.taxRateByCode(QStringLiteral("VAT20"));
        vat.rate = Percent::fromWhole(21);
        QVERIFY(ref.saveTaxRate(vat).ok());
        Invoice inv = t.draftInvoice(t.addCustomer(QStringLiteral("Ann")), {QStringLiteral("100.00")}, 21);
        inv.lines[0].taxCode = QStringLiteral("VAT20");
        QVERIFY(InvoiceStore(*t).add(inv).ok());
        QVERIFY(ref.isTaxRateUsed(QStringLiteral("VAT20")));
        vat.rate = Percent::fromWhole(20);
        const Status changed = ref.saveTaxRate(vat);
        QVERIFY(!changed.ok());
        QVERIFY(changed.error().message.contains(QStringLiteral("archive it")));
        QCOMPARE(ref.taxRateByCode(QStringLiteral("VAT20"))->rate, Percent::fromWhole(21));
        QVERIFY(ref.renameTaxRate(QStringLiteral("VAT20"), QStringLiteral("Standard (old)")).ok());
        QCOMPARE(ref.taxRateByCode(QStringLiteral("VAT20"))->name, QStringLiteral("Standard (old)"));
        QVERIFY(ref.archiveTaxRate(QStringLiteral("VAT20")).ok());
        QVERIFY(!ref.taxRateByCode(QStringLiteral("VAT20"))->active);
        QCOMPARE(settings.defaultTaxCode(), QString()); // it was the default: new invoices have none
        QVERIFY(!ref.archiveTaxRate(QStringLiteral("VAT20")).ok());
        QCOMPARE(ref.taxRates().size(), 1);
        QCOMPARE(ref.taxRates(false).size(), 2);
        // The archived rate's name may be used again by its successor.
        QVERIFY(ref.addTaxRate({0,
                                QStringLiteral("VAT20N"),
                                QStringLiteral("Standard (old)"),
                                Percent::fromWhole(20),
                                {},
                                true})
                    .ok());
        QCOMPARE(InvoiceStore(*t).get(1)->lines[0].taxRate, Percent::fromWhole(21));
    }

    // Xero's rates arrive by the reference pull; a Xero rate mapped to one of the user's shows once.
    void xeroRatesShowOnceMapped()
    {
        test::TempDatabase t;
        ReferenceStore ref(*t);
        SettingsStore settings(*t);
        QVERIFY(
            ref.addTaxRate(
                   {0, QStringLiteral("VAT20"), QStringLiteral("VAT 20%"), Percent::fromWhole(20), {}, true})
                .ok());
        const auto xero = [](const QString &type, const QString &name, int rate) {
            TaxRate r{0, type, name, Percent::fromWhole(rate), type, true};
            r.fromXero = true;
            return r;
        };
        for (const TaxRate &r : {xero(QStringLiteral("OUTPUT2"), QStringLiteral("20% (VAT on Income)"), 20),
                                 xero(QStringLiteral("RROUTPUT"), QStringLiteral("5% (VAT on Income)"), 5),
                                 xero(QStringLiteral("VAT20"), QStringLiteral("Xero's own VAT20"), 20)})
            QVERIFY(ref.saveTaxRate(r).ok());
        // Xero's rate of the same code never replaces the user's.
        QCOMPARE(ref.taxRateByCode(QStringLiteral("VAT20"))->name, QStringLiteral("VAT 20%"));
        QVERIFY(!ref.taxRateByCode(QStringLiteral("VAT20"))->fromXero);
        QVERIFY(ref.taxRateByCode(QStringLiteral("OUTPUT2"))->fromXero);
        // Nor can the user take, rename or archive one of Xero's.
        QVERIFY(
            !ref.addTaxRate(
                    {0, QStringLiteral("output2"), QStringLiteral("Mine"), Percent::fromWhole(20), {}, true})
                 .ok());
        QVERIFY(!ref.renameTaxRate(QStringLiteral("OUTPUT2"), QStringLiteral("Mine")).ok());
        QVERIFY(!ref.archiveTaxRate(QStringLiteral("OUTPUT2")).ok());
        const auto codes = [&] {
            QStringList out;
            for (const TaxRate &r : ref.choosableTaxRates())
                out.append(r.code);
            return out;
        };
        QCOMPARE(codes(), (QStringList{QStringLiteral("VAT20"), QStringLiteral("OUTPUT2"),
                                       QStringLiteral("RROUTPUT")}));
        // The setup maps VAT20 to OUTPUT2 (SyncOptions writes sync.tax_type.VAT20): OUTPUT2 shows as VAT20.
        QVERIFY(settings.setValue(QStringLiteral("sync.tax_type.VAT20"), QStringLiteral("OUTPUT2")).ok());
        QCOMPARE(codes(), (QStringList{QStringLiteral("VAT20"), QStringLiteral("RROUTPUT")}));
        // A second pull changes nothing of that.
        QVERIFY(
            ref.saveTaxRate(xero(QStringLiteral("OUTPUT2"), QStringLiteral("20% (VAT on Income)"), 20)).ok());
        QCOMPARE(codes(), (QStringList{QStringLiteral("VAT20"), QStringLiteral("RROUTPUT")}));
        QCOMPARE(t.count(QStringLiteral("tax_rates")), 3);
        // A purchase rate of Xero's is not offered for an invoice line, once the pull has said which apply to
        // sales.
        QVERIFY(ref.saveTaxRate(xero(QStringLiteral("INPUT2"), QStringLiteral("20% (VAT on Expenses)"), 20))
                    .ok());
        QVERIFY(codes().contains(QStringLiteral("INPUT2"))); // nothing known yet: every active rate
        QVERIFY(settings
                    .setValue(QStringLiteral("xero.tenant-1.revenue_tax_types"),
                              QStringLiteral("OUTPUT2=200000,RROUTPUT=50000"))
                    .ok());
        QCOMPARE(codes(), (QStringList{QStringLiteral("VAT20"), QStringLiteral("RROUTPUT")}));
    }

    void ownSalesAccounts()
    {
        test::TempDatabase t;
        ReferenceStore ref(*t);
        QVERIFY(
            ref.addAccount({0, QStringLiteral("200"), QStringLiteral("Sales"), {}, {}, true, false}).ok());
        QCOMPARE(ref.accountByCode(QStringLiteral("200"))->type, QStringLiteral("REVENUE"));
        QVERIFY(!ref.accountByCode(QStringLiteral("200"))->fromXero());
        const Status taken =
            ref.addAccount({0, QStringLiteral("200"), QStringLiteral("Other"), {}, {}, true, false});
        QVERIFY(!taken.ok());
        QVERIFY(taken.error().message.contains(QStringLiteral("already used")));
        QVERIFY(
            !ref.addAccount({0, QStringLiteral("12345678901"), QStringLiteral("Long"), {}, {}, true, false})
                 .ok());
        QVERIFY(!ref.addAccount({0, QStringLiteral("201"), QStringLiteral(" "), {}, {}, true, false}).ok());
        QCOMPARE(t.count(QStringLiteral("accounts")), 1);
        QCOMPARE(ref.accountByCode(QStringLiteral("200"))->name, QStringLiteral("Sales"));
        // Xero's account 200, pulled later, is the same account: one row, now linked.
        QVERIFY(ref.saveAccount({0, QStringLiteral("200"), QStringLiteral("Sales"), QStringLiteral("REVENUE"),
                                 QStringLiteral("acc-200"), true, false})
                    .ok());
        QCOMPARE(t.count(QStringLiteral("accounts")), 1);
        QVERIFY(ref.accountByCode(QStringLiteral("200"))->fromXero());
    }

    void syncIssuesAndLinks()
    {
        test::TempDatabase t;
        SyncStore sync(*t);
        const Id c = t.addCustomer(QStringLiteral("Acme"));
        auto run = sync.startRun(QStringLiteral("tenant"));
        QVERIFY(run.ok());
        SyncIssue issue;
        issue.runId = *run;
        issue.entity = SyncEntity::Customer;
        issue.localId = c;
        issue.xeroMessage = QStringLiteral("The contact name Acme is already assigned to another contact.");
        QVERIFY(sync.raiseIssue(issue).ok());
        QVERIFY(sync.raiseIssue(issue).ok()); // the same problem again replaces, not piles up
        QCOMPARE(sync.openIssues().size(), 1);
        QVERIFY(sync.resolveIssuesFor(SyncEntity::Customer, c).ok());
        QCOMPARE(sync.openIssues().size(), 0);

        XeroLink link{
            SyncEntity::Customer,        c,
            QStringLiteral("tenant"),    QStringLiteral("xero-1"),
            QStringLiteral("/Date(1)/"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("Acme")}}};
        QVERIFY(sync.saveLink(link).ok());
        QCOMPARE(sync.linkByXeroId(SyncEntity::Customer, QStringLiteral("xero-1"), QStringLiteral("tenant"))
                     ->localId,
                 c);
        QCOMPARE(sync.link(SyncEntity::Customer, c, QStringLiteral("tenant"))
                     ->base.value(QStringLiteral("Name"))
                     .toString(),
                 QStringLiteral("Acme"));
        QVERIFY(sync.setWatermark(QStringLiteral("tenant"), SyncEntity::Customer,
                                  QStringLiteral("2026-11-01T00:00:00"))
                    .ok());
        QCOMPARE(sync.watermark(QStringLiteral("tenant"), SyncEntity::Customer),
                 QStringLiteral("2026-11-01T00:00:00"));

        // Edits to one record coalesce into one pending outbox row.
        Customer edited = CustomerStore(*t).get(c).value();
        edited.phone = QStringLiteral("1");
        QVERIFY(CustomerStore(*t).update(edited).ok());
        QCOMPARE(sync.outbox(SyncEntity::Customer).size(), 1);
        QCOMPARE(sync.outbox(SyncEntity::Customer)[0].localVersion, 2);
    }
};

QTEST_GUILESS_MAIN(TestStores)
#include "tst_stores.moc"
