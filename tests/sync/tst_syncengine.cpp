#include "../support/testdb.h"
#include "fakesend.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "storage/syncstore.h"
#include "sync/syncengine.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTest>
#include <QTranslator>
#include <qcoro/qcorotask.h>

using namespace billhook;
using fakexero::FakeXero;

namespace {
// Marks what went through tr(): Xero's status words, and the run summary's counts in their plural forms.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        Q_UNUSED(disambiguation);
        const QByteArray c(context), src(source);
        if (c == "InvoiceStatusRules" && (src == "paid" || src == "part-paid" || src == "voided"))
            return QStringLiteral("«%1»").arg(QLatin1String(source));
        if (c == "SyncEngine" && src.contains("(s)"))
            return QString::fromLatin1(src).replace(QStringLiteral("(s)"),
                                                    n == 1 ? QString() : QStringLiteral("s"));
        return {};
    }
};

struct Rig
{
    FakeXero xero;
    test::TempDatabase db;
    QString tenant;
    fakexero::Organisation *org = nullptr;
    std::unique_ptr<test::FakeSend> send;
    SyncOptions options;

    Rig()
    {
        if (!xero.start())
            qFatal("fake-xero did not start");
        org = &xero.addOrganisation(QStringLiteral("Rig Ltd"), fakexero::Organisation::Region::UK);
        tenant = org->id;
        send = std::make_unique<test::FakeSend>(xero, tenant);
        options.bankAccountCode = QStringLiteral("090");
    }

    SyncSummary sync(bool dryRun = false, int pageSize = 1000)
    {
        SyncEngine engine(*db, send->send(), tenant, options);
        engine.setDryRun(dryRun);
        engine.setPageSize(pageSize);
        return QCoro::waitFor(engine.run());
    }

    // Five seconds later, someone renames the contact in Xero.
    bool renameInXero(const QString &number, const QString &name)
    {
        xero.advance(5);
        return org
            ->saveContact(QJsonObject{{QStringLiteral("ContactID"), contactByNumber(number)->id},
                                      {QStringLiteral("Name"), name}})
            .ok();
    }
    fakexero::Contact *contactByNumber(const QString &number)
    {
        for (auto &c : org->contacts) {
            if (c.number == number)
                return &c;
        }
        return nullptr;
    }
    int contactsNamed(const QString &name) const
    {
        return int(std::count_if(org->contacts.begin(), org->contacts.end(),
                                 [&](const fakexero::Contact &c) { return c.name == name; }));
    }
    int invoicesNumbered(const QString &number) const
    {
        return int(std::count_if(org->invoices.begin(), org->invoices.end(),
                                 [&](const fakexero::Invoice &i) { return i.number == number; }));
    }
    fakexero::Invoice *invoice(const QString &number) { return org->invoice(number); }
    Customer customer(Id id) { return CustomerStore(*db).get(id).value(); }
    Invoice localInvoice(Id id) { return InvoiceStore(*db).get(id).value(); }
    QList<SyncIssue> issues() { return SyncStore(*db).openIssues(); }
    // Everything the sync could write locally, as one string, to prove a run wrote nothing.
    QString snapshot()
    {
        QString out;
        for (const char *table :
             {"customers", "invoices", "invoice_lines", "payments", "xero_links", "outbox", "sync_state",
              "sync_issues", "tax_rates", "accounts", "items", "settings"}) {
            QSqlQuery q(db.db->connection());
            q.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        return out;
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customersBothWays()
    {
        Rig rig;
        const Id acme = rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.test"));
        const QString acmeNumber = rig.customer(acme).contactNumber;
        auto made =
            rig.org->saveContact(QJsonObject{{QStringLiteral("Name"), QStringLiteral("Bob the Builder")},
                                             {QStringLiteral("EmailAddress"), QStringLiteral("bob@b.test")}});
        QVERIFY(made.ok());

        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        auto *pushed = rig.contactByNumber(acmeNumber);
        QVERIFY(pushed);
        QCOMPARE(pushed->name, QStringLiteral("Acme Ltd"));
        QCOMPARE(pushed->email, QStringLiteral("ops@acme.test"));
        const auto bob = CustomerStore(*rig.db).list(CustomerFilter{QStringLiteral("Bob")});
        QCOMPARE(bob.size(), 1);
        QCOMPARE(bob.first().email, QStringLiteral("bob@b.test"));
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);

        // Again: nothing new on either side, no duplicate anywhere.
        const SyncSummary again = rig.sync();
        QCOMPARE(again.result, SyncResult::Clean);
        QCOMPARE(again.pushed, 0);
        QCOMPARE(rig.contactsNamed(QStringLiteral("Acme Ltd")), 1);
        QCOMPARE(CustomerStore(*rig.db).count(CustomerFilter{QStringLiteral("Bob")}), 1);
    }

    void editsOnDifferentFieldsMerge()
    {
        Rig rig;
        const Id id = rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.test"));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Customer c = rig.customer(id);
        c.phone = QStringLiteral("0161 496 0000");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        rig.xero.advance(5);
        auto *x = rig.contactByNumber(c.contactNumber);
        QVERIFY(rig.org
                    ->saveContact(
                        QJsonObject{{QStringLiteral("ContactID"), x->id},
                                    {QStringLiteral("EmailAddress"), QStringLiteral("accounts@acme.test")}})
                    .ok());
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        const Customer after = rig.customer(id);
        QCOMPARE(after.email, QStringLiteral("accounts@acme.test"));
        QCOMPARE(after.phone, QStringLiteral("0161 496 0000"));
        x = rig.contactByNumber(c.contactNumber);
        QCOMPARE(x->email, QStringLiteral("accounts@acme.test"));
        QVERIFY(QJsonDocument(x->extra).toJson().contains("0161 496 0000"));
    }

    void sameFieldBecomesConflict()
    {
        Rig rig;
        const Id id = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Customer c = rig.customer(id);
        c.name = QStringLiteral("Acme Limited");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        QVERIFY(rig.renameInXero(c.contactNumber, QStringLiteral("ACME Holdings")));
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Issues);
        QCOMPARE(s.conflicts, 1);
        const auto issues = rig.issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, SyncIssueKind::Conflict);
        const QJsonObject field =
            issues.first().detail.value(QStringLiteral("fields")).toArray().first().toObject();
        QCOMPARE(field.value(QStringLiteral("mine")).toString(), QStringLiteral("Acme Limited"));
        QCOMPARE(field.value(QStringLiteral("xero")).toString(), QStringLiteral("ACME Holdings"));
        // Neither side was overwritten while the user decides.
        QCOMPARE(rig.customer(id).name, QStringLiteral("Acme Limited"));
        QCOMPARE(rig.contactByNumber(c.contactNumber)->name, QStringLiteral("ACME Holdings"));

        QVERIFY(SyncEngine::resolveConflict(*rig.db, issues.first().id, true).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(rig.contactByNumber(c.contactNumber)->name, QStringLiteral("Acme Limited"));
        QCOMPARE(rig.customer(id).name, QStringLiteral("Acme Limited"));
        QVERIFY(rig.issues().isEmpty());
    }

    void conflictDefaultKeepXero()
    {
        Rig rig;
        rig.options.conflictDefault = SyncOptions::ConflictDefault::KeepXero;
        const Id id = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Customer c = rig.customer(id);
        c.name = QStringLiteral("Acme Limited");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        QVERIFY(rig.renameInXero(c.contactNumber, QStringLiteral("ACME Holdings")));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(rig.customer(id).name, QStringLiteral("ACME Holdings"));
        QCOMPARE(rig.contactByNumber(c.contactNumber)->name, QStringLiteral("ACME Holdings"));
    }

    // A conflict on one field while another local edit goes to Xero: the conflict stays for the user, nothing
    // is overwritten on either side (Xero's answer to the other edit never brings its value of the
    // conflicting field back), and the user's other edit reaches Xero. With "accept Xero edits" off, a Xero
    // change is never applied, not even by the "keep Xero's" conflict default.
    void conflictBesideAnotherEditKeepsBothSides_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<int>("conflictDefault");
        QTest::newRow("Xero edits accepted, ask") << true << int(SyncOptions::ConflictDefault::Ask);
        QTest::newRow("Xero edits off, keep Xero's") << false << int(SyncOptions::ConflictDefault::KeepXero);
    }
    void conflictBesideAnotherEditKeepsBothSides()
    {
        QFETCH(bool, accept);
        QFETCH(int, conflictDefault);
        Rig rig;
        rig.options.conflictDefault = SyncOptions::ConflictDefault(conflictDefault);
        rig.options.acceptXeroEdits = accept;
        const Id id = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Customer c = rig.customer(id);
        c.name = QStringLiteral("Acme Limited");
        c.phone = QStringLiteral("0161 496 0999");
        QVERIFY(CustomerStore(*rig.db).update(c).ok());
        QVERIFY(rig.renameInXero(c.contactNumber, QStringLiteral("ACME Holdings")));
        const SyncSummary s = rig.sync();
        QVERIFY(!s.clean());
        QCOMPARE(s.conflicts, 1);
        QCOMPARE(rig.customer(id).name, QStringLiteral("Acme Limited"));
        QCOMPARE(rig.contactByNumber(c.contactNumber)->name, QStringLiteral("ACME Holdings"));
        QVERIFY(
            QJsonDocument(rig.contactByNumber(c.contactNumber)->extra).toJson().contains("0161 496 0999"));
        // Still a conflict on the next run (nothing was settled behind the user's back), then settled.
        QVERIFY(!rig.sync().clean());
        QCOMPARE(rig.customer(id).name, QStringLiteral("Acme Limited"));
        QCOMPARE(rig.contactByNumber(c.contactNumber)->name, QStringLiteral("ACME Holdings"));
        const auto issues = rig.issues();
        QCOMPARE(issues.size(), 1);
        QVERIFY(SyncEngine::resolveConflict(*rig.db, issues.first().id, true).ok());
        QVERIFY(rig.sync().clean());
        QCOMPARE(rig.contactByNumber(c.contactNumber)->name, QStringLiteral("Acme Limited"));
    }

    // "Keep Xero's" on an invoice conflict takes every conflicting field from Xero, not just the reference,
    // the dates and the lines: the customer and the number too, and none of Billhook's values go back.
    void keepXerosOnInvoiceConflictTakesEveryField()
    {
        Rig rig;
        const Id acme = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id bob = rig.db.addCustomer(QStringLiteral("Bob the Builder"));
        const Id cara = rig.db.addCustomer(QStringLiteral("Cara Cafe"));
        const Id inv = rig.db.addInvoice(acme); // a draft: its number can change on both sides
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        const QString number = rig.localInvoice(inv).number;
        const QString xid = rig.invoice(number)->id;
        const QString caraContact = rig.contactByNumber(rig.customer(cara).contactNumber)->id;

        Invoice mine = rig.localInvoice(inv);
        mine.customerId = bob;
        mine.number = QStringLiteral("MINE-1");
        mine.reference = QStringLiteral("Mine");
        QVERIFY(InvoiceStore(*rig.db).update(mine).ok());
        rig.xero.advance(5);
        QVERIFY(rig.org
                    ->saveInvoice(QJsonObject{
                        {QStringLiteral("InvoiceID"), xid},
                        {QStringLiteral("Contact"), QJsonObject{{QStringLiteral("ContactID"), caraContact}}},
                        {QStringLiteral("InvoiceNumber"), QStringLiteral("XERO-1")},
                        {QStringLiteral("Reference"), QStringLiteral("Theirs")}})
                    .ok());
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Issues);
        const auto issues = rig.issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().kind, SyncIssueKind::Conflict);
        QStringList fields;
        for (const auto &f : issues.first().detail.value(QStringLiteral("fields")).toArray())
            fields.append(f.toObject().value(QStringLiteral("field")).toString());
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("contact"), QStringLiteral("number"),
                                      QStringLiteral("reference")}));

        QVERIFY(SyncEngine::resolveConflict(*rig.db, issues.first().id, false).ok());
        const Invoice resolved = rig.localInvoice(inv);
        QCOMPARE(resolved.customerId, cara);
        QCOMPARE(resolved.number, QStringLiteral("XERO-1"));
        QCOMPARE(resolved.reference, QStringLiteral("Theirs"));

        // The next run finds both sides equal: nothing of Billhook's goes back to Xero.
        const SyncSummary after = rig.sync();
        QCOMPARE(after.result, SyncResult::Clean);
        QCOMPARE(after.pushed, 0);
        const auto *x = rig.invoice(xid);
        QVERIFY(x);
        QCOMPARE(x->number, QStringLiteral("XERO-1"));
        QCOMPARE(x->contactId, caraContact);
        QCOMPARE(x->reference, QStringLiteral("Theirs"));
        QCOMPARE(rig.localInvoice(inv).customerId, cara);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    void invoiceUpPaymentDown()
    {
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id inv = rig.db.addInvoice(
            cust, {QStringLiteral("25.06"), QStringLiteral("25.61"), QStringLiteral("25.63")});
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        const Invoice local = rig.localInvoice(inv);
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        auto *x = rig.invoice(local.number);
        QVERIFY(x);
        QCOMPARE(x->status, QStringLiteral("AUTHORISED"));
        QCOMPARE(x->total, local.total.units());
        QCOMPARE(x->totalTax, local.totalTax.units());

        // Part-paid in Xero: the payment and the status come down.
        rig.xero.advance(5);
        QVERIFY(rig.xero.payInvoice(rig.tenant, x->id, 5000).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Invoice after = rig.localInvoice(inv);
        QCOMPARE(after.status, InvoiceStatus::PartPaid);
        QCOMPARE(after.amountPaid.units(), 5000);
        QCOMPARE(after.payments.size(), 1);
    }

    // The user's own rates before Xero: the reference pull stores Xero's as Xero's, never over the user's,
    // and a Xero rate the setup mapped to one of the user's is offered once, as the user's.
    void ownTaxRatesSurviveThePullAndShowOnce()
    {
        Rig rig;
        ReferenceStore refs(*rig.db);
        QVERIFY(refs.addTaxRate({0,
                                 QStringLiteral("VAT20"),
                                 QStringLiteral("Standard"),
                                 Percent::fromWhole(20),
                                 {},
                                 true})
                    .ok());
        QVERIFY(
            refs.addTaxRate(
                    {0, QStringLiteral("VAT5"), QStringLiteral("Reduced"), Percent::fromWhole(5), {}, true})
                .ok());
        QVERIFY(refs.addAccount({0, QStringLiteral("200"), QStringLiteral("My sales"), {}, {}, true, false})
                    .ok());
        rig.options.taxTypes.insert(QStringLiteral("VAT20"), QStringLiteral("OUTPUT2"));
        rig.options.taxTypes.insert(QStringLiteral("VAT5"), QStringLiteral("RROUTPUT"));
        QVERIFY(rig.options.save(*rig.db).ok());
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        Invoice draft = rig.db.draftInvoice(cust, {QStringLiteral("100.00"), QStringLiteral("10.00")});
        draft.lines[0].taxCode = QStringLiteral("VAT20");
        draft.lines[1].taxCode = QStringLiteral("VAT5");
        draft.lines[1].taxRate = Percent::fromWhole(5);
        auto inv = InvoiceStore(*rig.db).add(draft);
        QVERIFY(inv.ok());
        QVERIFY(InvoiceStore(*rig.db).approve(*inv).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        auto *x = rig.invoice(rig.localInvoice(*inv).number);
        QVERIFY(x);
        QCOMPARE(x->lines.size(), 2);
        QCOMPARE(x->lines[0].taxType, QStringLiteral("OUTPUT2"));
        QCOMPARE(x->lines[1].taxType, QStringLiteral("RROUTPUT"));

        QVERIFY(refs.taxRateByCode(QStringLiteral("OUTPUT2"))->fromXero);
        QCOMPARE(refs.taxRateByCode(QStringLiteral("VAT20"))->name, QStringLiteral("Standard"));
        QVERIFY(!refs.taxRateByCode(QStringLiteral("VAT20"))->fromXero);
        QStringList offered;
        for (const TaxRate &r : refs.choosableTaxRates())
            offered.append(r.code);
        QCOMPARE(offered.count(QStringLiteral("VAT20")), 1);
        QCOMPARE(offered.count(QStringLiteral("VAT5")), 1);
        QVERIFY(!offered.contains(QStringLiteral("OUTPUT2")));
        QVERIFY(!offered.contains(QStringLiteral("RROUTPUT")));
        QVERIFY(offered.contains(QStringLiteral("ZERORATEDOUTPUT"))); // not mapped: Xero's, offered once
        QVERIFY(refs.taxRateByCode(QStringLiteral("INPUT2")));
        QVERIFY(!offered.contains(QStringLiteral("INPUT2"))); // a purchase rate: not for invoice lines
        // Account 200 is one row: the user's, now linked to Xero's.
        int sales = 0;
        for (const Account &a : refs.accounts(false))
            sales += a.code == u"200" ? 1 : 0;
        QCOMPARE(sales, 1);
        QVERIFY(refs.accountByCode(QStringLiteral("200"))->fromXero());
        // A second run changes none of it.
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(refs.taxRateByCode(QStringLiteral("VAT20"))->name, QStringLiteral("Standard"));
        QCOMPARE(refs.choosableTaxRates().size(), offered.size());
    }

    void localPaymentGoesUp()
    {
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id inv = rig.db.addInvoice(cust); // 100.00 + 20% VAT
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        const QString number = rig.localInvoice(inv).number;
        QVERIFY(rig.invoice(number));

        Payment pay;
        pay.date = QDate::currentDate();
        pay.amount = Money::fromUnits(4550);
        pay.reference = QStringLiteral("Bank transfer");
        const auto paid = InvoiceStore(*rig.db).recordPayment(inv, pay);
        QVERIFY(paid.ok());
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        QCOMPARE(s.pushed, 1);

        auto *x = rig.invoice(number);
        QCOMPARE(int(rig.org->payments.size()), 1);
        const fakexero::Payment &xp = rig.org->payments.first();
        QCOMPARE(xp.invoiceId, x->id);
        QCOMPARE(xp.amount, qint64(4550));
        QCOMPARE(xp.reference, QStringLiteral("Bank transfer"));
        const auto link = SyncStore(*rig.db).link(SyncEntity::Payment, paid.value(), rig.tenant);
        QVERIFY(link);
        QCOMPARE(link->xeroId, xp.id);
        const Invoice after = rig.localInvoice(inv);
        QCOMPARE(after.status, InvoiceStatus::PartPaid);
        QCOMPARE(x->status, QStringLiteral("AUTHORISED"));
        QCOMPARE(x->amountDue(), after.amountDue().units());
        QCOMPARE(x->amountDue(), qint64(12000 - 4550));
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);

        // The next run reads the payment back and changes nothing.
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(int(rig.org->payments.size()), 1);
        QCOMPARE(rig.localInvoice(inv).payments.size(), 1);

        // The rest paid in Billhook: PAID on both sides, nothing due anywhere.
        pay.amount = Money::fromUnits(12000 - 4550);
        pay.reference.clear();
        QVERIFY(InvoiceStore(*rig.db).recordPayment(inv, pay).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(int(rig.org->payments.size()), 2);
        QCOMPARE(rig.invoice(number)->status, QStringLiteral("PAID"));
        QCOMPARE(rig.invoice(number)->amountDue(), qint64(0));
        QCOMPARE(rig.localInvoice(inv).status, InvoiceStatus::Paid);
        QCOMPARE(rig.localInvoice(inv).amountDue().units(), qint64(0));
        QCOMPARE(rig.db.count(QStringLiteral("xero_links WHERE entity = 'payment'")), 2);
    }

    // Found by the crash-safety test: a payment Xero refused once must go when the cause is fixed in Xero,
    // although Billhook's payload has not changed (the refused request's Idempotency-Key is not reused, or
    // Xero would replay the refusal). A lock date moved in Xero is not something Billhook sees at once (the
    // organisation's settings are read once a day), so the refusal is not repeated until the user's Try
    // again.
    void refusedPaymentGoesOnceFixedInXero()
    {
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id inv = rig.db.addInvoice(cust);
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        Payment pay;
        pay.date = QDate(2026, 11, 2);
        pay.amount = Money::fromUnits(1000);
        QVERIFY(InvoiceStore(*rig.db).recordPayment(inv, pay).ok());
        rig.org->periodLockDate = QDate(2026, 11, 30);
        QCOMPARE(rig.sync().result, SyncResult::Issues);
        QVERIFY(rig.org->payments.isEmpty());
        QCOMPARE(rig.issues().size(), 1);

        rig.org->periodLockDate = QDate(); // the accountant moves the lock date in Xero
        QCOMPARE(rig.sync().result, SyncResult::Issues);
        QVERIFY(rig.org->payments.isEmpty());
        QVERIFY(SyncEngine::tryAgain(*rig.db, rig.issues().first().id));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(int(rig.org->payments.size()), 1);
        QVERIFY(rig.issues().isEmpty());
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    void paidInXeroThenEditedLocally()
    {
        MarkingTranslator marks;
        QCoreApplication::installTranslator(&marks);
        auto uninstall = qScopeGuard([&marks] { QCoreApplication::removeTranslator(&marks); });
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id inv = rig.db.addInvoice(cust);
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        const QString number = rig.localInvoice(inv).number;
        rig.xero.advance(5);
        QVERIFY(
            rig.xero.payInvoice(rig.tenant, rig.invoice(number)->id, 12000).ok()); // paid in full (100 + 20%)
        Invoice edit = rig.localInvoice(inv);
        edit.lines[0].unitPrice = UnitPrice::parse(QStringLiteral("150")).value();
        QVERIFY(InvoiceStore(*rig.db).update(edit).ok()); // offline: Billhook does not know yet
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Issues);
        const auto issues = rig.issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("locked-in-xero"));
        QVERIFY(issues.first().remedy.contains(QStringLiteral("credit note")));
        QVERIFY(
            QJsonDocument(issues.first().detail).toJson().contains("150.0000")); // the edit is kept, visibly
        // Xero's status is named in the user's language, not as Xero's raw word; the summary counts read
        // naturally for one and for many.
        QVERIFY2(issues.first().explanation.contains(QStringLiteral("«paid»")),
                 qPrintable(issues.first().explanation));
        QVERIFY2(s.message.contains(QStringLiteral(" 1 problem, ")) &&
                     s.message.contains(QStringLiteral(" calls ")),
                 qPrintable(s.message));
        const Invoice after = rig.localInvoice(inv);
        QCOMPARE(after.status, InvoiceStatus::Paid);
        QCOMPARE(after.total.units(), 12000);
        QCOMPARE(rig.invoice(number)->total, 12000);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    void contactArchivedInXero()
    {
        Rig rig;
        const Id id = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        rig.xero.advance(5);
        QVERIFY(rig.org->archiveContact(rig.contactByNumber(rig.customer(id).contactNumber)->id));
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QVERIFY(rig.customer(id).archived);
        QCOMPARE(rig.contactsNamed(QStringLiteral("Acme Ltd")), 1);
    }

    void batchOfFiftyWithOneInvalid()
    {
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        QList<Id> ids;
        for (int i = 0; i < 50; ++i) {
            Invoice inv = rig.db.draftInvoice(cust);
            if (i == 16)
                inv.lines[0].accountCode = QStringLiteral("210"); // archived in Xero
            ids.append(InvoiceStore(*rig.db).add(inv).value());
        }
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Issues);
        QCOMPARE(s.pushed, 50); // the customer and 49 invoices
        const auto issues = rig.issues();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().localId, ids[16]);
        QVERIFY(issues.first().xeroMessage.contains(QStringLiteral("210")));
        QCOMPARE(rig.org->invoices.size(), 49);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 1);
        // Fixed locally: it goes, and its problem clears itself.
        Invoice fix = rig.localInvoice(ids[16]);
        fix.lines[0].accountCode = QStringLiteral("200");
        QVERIFY(InvoiceStore(*rig.db).update(fix).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(rig.org->invoices.size(), 50);
        QVERIFY(rig.issues().isEmpty());
    }

    void droppedAfterCommitNeverDuplicates()
    {
        Rig rig;
        for (int i = 0; i < 3; ++i)
            rig.db.addCustomer(QStringLiteral("Customer %1").arg(i));
        fakexero::FaultRule f;
        f.kind = fakexero::FaultRule::Kind::DropAfterCommit;
        f.method = "POST";
        f.pathPattern = QStringLiteral("/Contacts$");
        f.times = 2;
        rig.xero.addFault(f);
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Failed);
        QCOMPARE(rig.org->contacts.size(), 3);                   // Xero saved them once
        QCOMPARE(rig.db.count(QStringLiteral("xero_links")), 3); // settled by looking them up by number
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(rig.org->contacts.size(), 3);
        QCOMPARE(rig.db.count(QStringLiteral("outbox")), 0);
    }

    void noChangeSyncIsOneCallPerTypeAndWritesNothing()
    {
        Rig rig;
        const Id cust = rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        const Id inv = rig.db.addInvoice(cust);
        QVERIFY(InvoiceStore(*rig.db).approve(inv).ok());
        QCOMPARE(rig.sync().result, SyncResult::Clean);
        QCOMPARE(rig.sync().result, SyncResult::Clean); // reads back its own writes once
        const QString before = rig.snapshot();
        rig.xero.resetCallCounts();
        const SyncSummary s = rig.sync();
        QCOMPARE(s.result, SyncResult::Clean);
        QVERIFY2(s.callsUsed <= 3, qPrintable(QString::number(s.callsUsed)));
        QCOMPARE(rig.xero.totalCalls(rig.tenant), s.callsUsed);
        QCOMPARE(rig.snapshot(), before);
    }

    void dryRunWritesNothing()
    {
        Rig rig;
        rig.db.addCustomer(QStringLiteral("Acme Ltd"));
        QVERIFY(rig.org->saveContact(QJsonObject{{QStringLiteral("Name"), QStringLiteral("Bob")}}).ok());
        const QString before = rig.snapshot();
        const int xeroContacts = int(rig.org->contacts.size());
        const SyncSummary s = rig.sync(true);
        QVERIFY(s.dryRun);
        QVERIFY(!s.planned.isEmpty());
        QCOMPARE(rig.snapshot(), before);
        QCOMPARE(int(rig.org->contacts.size()), xeroContacts);
        QCOMPARE(rig.db.count(QStringLiteral("sync_runs")), 0);
    }

    void dryRunPlansEachCustomerByKind()
    {
        Rig rig;
        const Id jane = rig.db.addCustomer(QStringLiteral("Jane Smith"), QStringLiteral("jane@example.com"));
        const Id acme = rig.db.addCustomer(QStringLiteral("Acme Ltd"), QStringLiteral("ops@acme.example"));
        const Id localOnly = rig.db.addCustomer(QStringLiteral("Local Only Ltd"));
        rig.db.addCustomer(QStringLiteral("Harbour Cafe"));
        rig.db.addCustomer(QStringLiteral("Harbour Cafe"));
        QVERIFY(rig.org
                    ->saveContact(
                        QJsonObject{{QStringLiteral("Name"), QStringLiteral("J. Smith Plumbing")},
                                    {QStringLiteral("EmailAddress"), QStringLiteral("Jane@Example.com")}})
                    .ok());
        QVERIFY(rig.org
                    ->saveContact(
                        QJsonObject{{QStringLiteral("Name"), QStringLiteral("ACME LTD")},
                                    {QStringLiteral("EmailAddress"), QStringLiteral("Ops@Acme.example")}})
                    .ok());
        QVERIFY(
            rig.org->saveContact(QJsonObject{{QStringLiteral("Name"), QStringLiteral("Basket Case")}}).ok());
        QVERIFY(
            rig.org->saveContact(QJsonObject{{QStringLiteral("Name"), QStringLiteral("Harbour Cafe")}}).ok());
        const QString before = rig.snapshot();
        const int customersBefore = rig.db.count(QStringLiteral("customers"));
        const int linksBefore = rig.db.count(QStringLiteral("xero_links"));
        const int xeroContacts = int(rig.org->contacts.size());
        rig.xero.resetCallCounts();

        const SyncSummary s = rig.sync(true);
        QVERIFY2(s.result != SyncResult::Failed, qPrintable(s.message));
        QVERIFY(s.dryRun);
        QStringList got;
        for (const PlannedMatch &m : s.matches)
            got.append(QStringLiteral("%1|%2|%3").arg(int(m.kind)).arg(m.name).arg(m.localId));
        got.sort();
        QStringList want{
            // The same email address alone: a decision for the user, never a link.
            QStringLiteral("%1|J. Smith Plumbing|%2").arg(int(PlannedMatch::Kind::Ambiguous)).arg(jane),
            QStringLiteral("%1|ACME LTD|%2").arg(int(PlannedMatch::Kind::Matched)).arg(acme),
            QStringLiteral("%1|Basket Case|0").arg(int(PlannedMatch::Kind::NewFromXero)),
            QStringLiteral("%1|Local Only Ltd|%2").arg(int(PlannedMatch::Kind::NewToXero)).arg(localOnly),
            QStringLiteral("%1|Harbour Cafe|0").arg(int(PlannedMatch::Kind::Ambiguous))};
        want.sort();
        QCOMPARE(got, want);
        for (const PlannedMatch &m : s.matches) {
            if (m.kind == PlannedMatch::Kind::Matched)
                QVERIFY2(m.detail.contains(QStringLiteral("same name and email address")),
                         qPrintable(m.detail));
            if (m.kind == PlannedMatch::Kind::Ambiguous && m.localId == jane)
                QVERIFY2(m.detail.contains(QStringLiteral("same email address; different name")),
                         qPrintable(m.detail));
            if (m.kind == PlannedMatch::Kind::NewToXero)
                QVERIFY(m.xeroId.isEmpty());
            else
                QVERIFY(!m.xeroId.isEmpty());
        }
        // The text plan still says the same things, one line each.
        QVERIFY(s.planned.contains(QStringLiteral("Would add customer Basket Case from Xero")));
        QVERIFY(s.planned.contains(QStringLiteral("Would send customer Local Only Ltd to Xero")));
        QVERIFY(!s.planned.contains(QStringLiteral("Would send customer Harbour Cafe to Xero")));

        // Nothing written, here or in Xero.
        QCOMPARE(rig.snapshot(), before);
        QCOMPARE(rig.db.count(QStringLiteral("customers")), customersBefore);
        QCOMPARE(rig.db.count(QStringLiteral("xero_links")), linksBefore);
        QCOMPARE(rig.db.count(QStringLiteral("sync_issues")), 0);
        QCOMPARE(rig.db.count(QStringLiteral("sync_runs")), 0);
        QCOMPARE(int(rig.org->contacts.size()), xeroContacts);
        const QHash<QString, int> calls = rig.xero.callCounts(rig.tenant);
        QVERIFY(calls.value(QStringLiteral("GET /Contacts")) > 0);
        for (auto it = calls.begin(); it != calls.end(); ++it)
            QVERIFY2(!it.key().startsWith(QStringLiteral("PUT")) &&
                         !it.key().startsWith(QStringLiteral("POST")),
                     qPrintable(it.key()));
    }

    void pagesAndWatermark()
    {
        Rig rig;
        for (int i = 0; i < 7; ++i)
            QVERIFY(rig.org->saveContact(QJsonObject{{QStringLiteral("Name"), QStringLiteral("X%1").arg(i)}})
                        .ok());
        const SyncSummary s = rig.sync(false, 3);
        QCOMPARE(s.result, SyncResult::Clean);
        QCOMPARE(CustomerStore(*rig.db).count(), 7);
        QCOMPARE(rig.xero.callCount(rig.tenant, QStringLiteral("GET /Contacts")), 3);
        QVERIFY(!SyncStore(*rig.db).watermark(rig.tenant, SyncEntity::Customer).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
