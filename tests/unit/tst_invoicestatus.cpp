#include "core/invoicestatus.h"

#include <QTest>

using namespace billhook;
using S = InvoiceStatus;
using A = InvoiceAction;

Q_DECLARE_METATYPE(billhook::InvoiceStatus)
Q_DECLARE_METATYPE(billhook::InvoiceAction)

class TestInvoiceStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every (status, action) pair: the table must allow exactly these and refuse every other.
    void transitions_data()
    {
        QTest::addColumn<InvoiceStatus>("from");
        QTest::addColumn<InvoiceAction>("action");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<InvoiceStatus>("to");
        const QList<std::tuple<S, A, S>> allowed = {
            {S::Draft, A::Approve, S::Approved},
            {S::Draft, A::Delete, S::Deleted},
            {S::Approved, A::Void, S::Voided},
            {S::Approved, A::PayPart, S::PartPaid},
            {S::Approved, A::PayInFull, S::Paid},
            {S::PartPaid, A::PayPart, S::PartPaid},
            {S::PartPaid, A::PayInFull, S::Paid},
            {S::PartPaid, A::RemovePayment, S::PartPaid},
            {S::PartPaid, A::RemoveLastPayment, S::Approved},
            {S::Paid, A::RemovePayment, S::PartPaid},
            {S::Paid, A::RemoveLastPayment, S::Approved},
        };
        const QList<S> statuses = {S::Draft, S::Approved, S::PartPaid, S::Paid, S::Voided, S::Deleted};
        const QList<A> actions = {A::Approve,       A::Delete,           A::Void, A::PayPart, A::PayInFull,
                                  A::RemovePayment, A::RemoveLastPayment};
        for (S from : statuses) {
            for (A action : actions) {
                S to = from;
                bool ok = false;
                for (const auto &[f, a, t] : allowed) {
                    if (f == from && a == action) {
                        ok = true;
                        to = t;
                    }
                }
                const QByteArray name =
                    invoiceStatusKey(from).toLatin1() + " / " + QByteArray::number(int(action));
                QTest::newRow(name.constData()) << from << action << ok << to;
            }
        }
    }
    void transitions()
    {
        QFETCH(InvoiceStatus, from);
        QFETCH(InvoiceAction, action);
        QFETCH(bool, allowed);
        QFETCH(InvoiceStatus, to);
        auto r = InvoiceStatusRules::apply(from, action);
        QCOMPARE(r.ok(), allowed);
        if (allowed) {
            QCOMPARE(r.value(), to);
        } else {
            QCOMPARE(r.error().code, Error::Code::Transition);
            QVERIFY2(r.error().message.size() > 20, qPrintable(r.error().message));
        }
    }

    void finalStatusesRefuseUserActions()
    {
        for (S s : {S::Paid, S::Voided, S::Deleted}) {
            QVERIFY(InvoiceStatusRules::isFinal(s));
            for (A a : {A::Approve, A::Delete, A::Void, A::PayPart})
                QVERIFY(!InvoiceStatusRules::apply(s, a).ok());
        }
    }

    void voidingAPaidInvoiceExplainsTheAlternative()
    {
        auto r = InvoiceStatusRules::apply(S::PartPaid, A::Void);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("credit note")));
    }

    void editability()
    {
        QVERIFY(InvoiceStatusRules::isEditable(S::Draft));
        QVERIFY(InvoiceStatusRules::isEditable(S::Approved));
        for (S s : {S::PartPaid, S::Paid, S::Voided, S::Deleted}) {
            QVERIFY(!InvoiceStatusRules::isEditable(s));
            QVERIFY(!InvoiceStatusRules::lockedReason(s).isEmpty());
        }
        QVERIFY(InvoiceStatusRules::isNumberEditable(S::Draft));
        QVERIFY(!InvoiceStatusRules::isNumberEditable(S::Approved));
    }

    void keysRoundTrip()
    {
        for (S s : {S::Draft, S::Approved, S::PartPaid, S::Paid, S::Voided, S::Deleted}) {
            QCOMPARE(invoiceStatusFromKey(invoiceStatusKey(s)), s);
            QVERIFY(!invoiceStatusDisplayName(s).isEmpty());
        }
        QVERIFY(!invoiceStatusFromKey(QStringLiteral("AUTHORISED")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestInvoiceStatus)
#include "tst_invoicestatus.moc"
