// When the automatic sync falls due: on start, after local edits settle, periodically; never during a run
// and never offline. Intervals are shortened to milliseconds; the logic is the same.
#include "ui/xero/syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace billhook;

namespace {
SyncScheduler::Intervals quick()
{
    SyncScheduler::Intervals i;
    i.startupMs = 20;
    i.settleMs = 120;
    i.periodicMs = 600;
    return i;
}
SyncScheduler::Reason reasonAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<SyncScheduler::Reason>();
}
} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingWhileNotLinked()
    {
        SyncScheduler s(quick());
        QSignalSpy due(&s, &SyncScheduler::syncDue);
        s.noteLocalEdit();
        QTest::qWait(200);
        QCOMPARE(due.size(), 0);
        QVERIFY(!s.nextSyncAt().isValid());
    }

    void onStartThenPeriodically()
    {
        SyncScheduler s(quick());
        QSignalSpy due(&s, &SyncScheduler::syncDue);
        s.setEnabled(true);
        QVERIFY(s.nextSyncAt().isValid());
        QVERIFY(due.wait(1000));
        QCOMPARE(reasonAt(due, 0), SyncScheduler::Reason::Startup);
        s.syncStarted();
        s.syncFinished();
        QVERIFY(due.wait(2000));
        QCOMPARE(reasonAt(due, 1), SyncScheduler::Reason::Periodic);
        s.setEnabled(false);
        QTest::qWait(700);
        QCOMPARE(due.size(), 2);
    }

    void aMinuteAfterEditsSettle()
    {
        SyncScheduler s(quick());
        QSignalSpy due(&s, &SyncScheduler::syncDue);
        s.setEnabled(true);
        QVERIFY(due.wait(1000)); // startup
        s.syncStarted();
        s.syncFinished();
        due.clear();
        // Edits 60 ms apart keep pushing the settle time back: one sync, after the last edit.
        for (int i = 0; i < 4; ++i) {
            s.noteLocalEdit();
            QTest::qWait(60);
        }
        QCOMPARE(due.size(), 0);
        QVERIFY(due.wait(1000));
        QCOMPARE(reasonAt(due, 0), SyncScheduler::Reason::LocalEdits);
    }

    void dueDuringARunWaitsForItsEnd()
    {
        SyncScheduler s(quick());
        QSignalSpy due(&s, &SyncScheduler::syncDue);
        s.setEnabled(true);
        QVERIFY(due.wait(1000));
        s.syncStarted();
        s.noteLocalEdit();
        QTest::qWait(250);
        QCOMPARE(due.size(), 1);
        QVERIFY(s.hasPendingSync());
        s.syncFinished();
        QCOMPARE(due.size(), 2);
        QCOMPARE(reasonAt(due, 1), SyncScheduler::Reason::LocalEdits);
        QVERIFY(!s.hasPendingSync());
    }

    void pausedWhileOffline()
    {
        SyncScheduler s(quick());
        QSignalSpy due(&s, &SyncScheduler::syncDue);
        s.setOnline(false);
        s.setEnabled(true);
        QVERIFY(!s.nextSyncAt().isValid());
        QTest::qWait(200);
        QCOMPARE(due.size(), 0);
        QVERIFY(s.hasPendingSync());
        s.setOnline(true);
        QCOMPARE(due.size(), 1);
        QCOMPARE(reasonAt(due, 0), SyncScheduler::Reason::BackOnline);
        QVERIFY(!s.hasPendingSync());
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
