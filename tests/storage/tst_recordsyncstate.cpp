// SyncStore's per-record sync state, as the customer and invoice lists show it: one query per page.
#include "../support/testdb.h"
#include "storage/syncstore.h"

#include <QTest>

using namespace billhook;

namespace {
SyncIssue issue(Id runId, SyncEntity entity, Id localId, SyncIssueKind kind)
{
    SyncIssue i;
    i.runId = runId;
    i.entity = entity;
    i.localId = localId;
    i.kind = kind;
    i.xeroMessage = QStringLiteral("Xero said no");
    return i;
}
} // namespace

class TestRecordSyncState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachStateFromLinksOutboxAndIssues()
    {
        test::TempDatabase t;
        SyncStore sync(*t);
        const Id pending = t.addCustomer(QStringLiteral("Pending Ltd"));
        const Id synced = t.addCustomer(QStringLiteral("Synced Ltd"));
        const Id problem = t.addCustomer(QStringLiteral("Problem Ltd"));
        const Id conflict = t.addCustomer(QStringLiteral("Conflict Ltd"));
        const Id resolved = t.addCustomer(QStringLiteral("Resolved Ltd"));

        // Everything just added waits in the outbox.
        for (const OutboxEntry &e : sync.outbox(SyncEntity::Customer)) {
            if (e.localId != pending && e.localId != problem && e.localId != conflict)
                QVERIFY(sync.removeFromOutbox(e.id).ok());
        }
        for (Id id : {synced, problem, conflict, resolved})
            QVERIFY(sync.saveLink({SyncEntity::Customer,
                                   id,
                                   QStringLiteral("tenant"),
                                   QStringLiteral("xero-%1").arg(id),
                                   {},
                                   {}})
                        .ok());
        SyncIssue error;
        error.entity = SyncEntity::Customer;
        error.localId = problem;
        error.xeroMessage =
            QStringLiteral("The contact name Problem Ltd is already assigned to another contact.");
        QVERIFY(sync.raiseIssue(error).ok());
        QVERIFY(sync.raiseIssue(issue(0, SyncEntity::Customer, conflict, SyncIssueKind::Conflict)).ok());
        QVERIFY(sync.raiseIssue(issue(0, SyncEntity::Customer, conflict, SyncIssueKind::Error)).ok());
        SyncIssue gone = error;
        gone.localId = resolved;
        QVERIFY(sync.raiseIssue(gone).ok());
        QVERIFY(sync.resolveIssuesFor(SyncEntity::Customer, resolved).ok());

        const Id unknown = 999999;
        const auto states =
            sync.recordStates(SyncEntity::Customer, {pending, synced, problem, conflict, resolved, unknown});
        QCOMPARE(states.size(), 6);
        QCOMPARE(states.value(pending), RecordSyncState::Pending);
        QCOMPARE(states.value(synced), RecordSyncState::Synced);
        QCOMPARE(states.value(problem), RecordSyncState::Problem);
        QCOMPARE(states.value(conflict), RecordSyncState::Conflict); // a conflict outranks an error
        QCOMPARE(states.value(resolved), RecordSyncState::Synced);
        QCOMPARE(states.value(unknown), RecordSyncState::NotInXero);

        // The entity matters: invoice 1 is not customer 1.
        QCOMPARE(sync.recordState(SyncEntity::Invoice, synced), RecordSyncState::NotInXero);
        QCOMPARE(sync.recordStates(SyncEntity::Customer, {}).size(), 0);
        QCOMPARE(sync.openIssuesFor(SyncEntity::Customer, conflict).size(), 2);
        QCOMPARE(sync.openIssuesFor(SyncEntity::Customer, resolved).size(), 0);
        QVERIFY(sync.anyLink(SyncEntity::Customer, synced).has_value());
        QCOMPARE(sync.anyLink(SyncEntity::Customer, synced)->xeroId, QStringLiteral("xero-%1").arg(synced));
        QVERIFY(!sync.anyLink(SyncEntity::Customer, pending).has_value());
    }

    void aRunListsItsIssuesResolvedOrNot()
    {
        test::TempDatabase t;
        SyncStore sync(*t);
        const Id a = t.addCustomer(QStringLiteral("A"));
        const Id b = t.addCustomer(QStringLiteral("B"));
        auto run = sync.startRun(QStringLiteral("tenant"));
        QVERIFY(run.ok());
        auto other = sync.startRun(QStringLiteral("tenant"));
        QVERIFY(other.ok());
        QVERIFY(sync.raiseIssue(issue(*run, SyncEntity::Customer, a, SyncIssueKind::Error)).ok());
        QVERIFY(sync.raiseIssue(issue(*run, SyncEntity::Invoice, b, SyncIssueKind::Error)).ok());
        QVERIFY(sync.raiseIssue(issue(*other, SyncEntity::Customer, b, SyncIssueKind::Error)).ok());
        QVERIFY(sync.resolveIssuesFor(SyncEntity::Customer, a).ok());
        const auto issues = sync.issuesOfRun(*run);
        QCOMPARE(issues.size(), 2);
        QVERIFY(issues[0].resolvedAt.isValid());
        QVERIFY(!issues[1].resolvedAt.isValid());
        QCOMPARE(issues[1].entity, SyncEntity::Invoice);
    }

    void aPageOfThousandsIsOneQuery()
    {
        // Not a timing test: it proves the state of 5,000 ids comes back complete from one call.
        test::TempDatabase t;
        QList<Id> ids;
        for (Id i = 1; i <= 5000; ++i)
            ids << i;
        const auto states = SyncStore(*t).recordStates(SyncEntity::Invoice, ids);
        QCOMPARE(states.size(), 5000);
        QCOMPARE(states.value(4321), RecordSyncState::NotInXero);
    }
};

QTEST_GUILESS_MAIN(TestRecordSyncState)
#include "tst_recordsyncstate.moc"
