#include "recordsyncbar.h"

#include "render/moneyformat.h"
#include "storage/invoicestore.h"
#include "syncstatetext.h"
#include "xerocontext.h"
#include "xerodeeplinks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace billhook {

namespace {

// Xero's invoice statuses in the words Xero's own screens use.
QString xeroInvoiceStatusText(const QString &status)
{
    if (status == u"DRAFT")
        return RecordSyncBar::tr("Draft");
    if (status == u"SUBMITTED")
        return RecordSyncBar::tr("Awaiting approval");
    if (status == u"AUTHORISED")
        return RecordSyncBar::tr("Awaiting payment");
    if (status == u"PAID")
        return RecordSyncBar::tr("Paid");
    if (status == u"VOIDED")
        return RecordSyncBar::tr("Voided");
    if (status == u"DELETED")
        return RecordSyncBar::tr("Deleted");
    return status;
}

} // namespace

RecordSyncBar::RecordSyncBar(Database &db, SyncEntity entity, QWidget *parent)
    : QFrame(parent)
    , m_db(db)
    , m_entity(entity)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_sync(new QPushButton(tr("Sync now"), this))
    , m_openInXero(new QPushButton(tr("Open in Xero"), this))
    , m_problem(new QPushButton(tr("See the problem"), this))
{
    setObjectName(QStringLiteral("recordSyncBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sync->setObjectName(QStringLiteral("recordSyncNow"));
    m_sync->setToolTip(tr("Send this and every other waiting change to Xero now, and fetch Xero's changes"));
    m_openInXero->setToolTip(tr("Show this record in Xero, in your browser"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_openInXero);
    layout->addWidget(m_sync);

    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (m_context)
            m_context->requestSync();
    });
    connect(m_openInXero, &QPushButton::clicked, this, [this] {
        if (m_context)
            m_context->openUrl(xeroRecordUrl(m_entity, m_xeroId, m_context->shortCode()));
    });
    connect(m_problem, &QPushButton::clicked, this, [this] { Q_EMIT showProblems(m_entity, m_localId); });
    setVisible(false);
}

void RecordSyncBar::setContext(XeroContext *context)
{
    m_context = context;
    if (!context)
        return;
    connect(context, &XeroContext::linkChanged, this, &RecordSyncBar::refresh);
    connect(context, &XeroContext::syncStatesChanged, this, &RecordSyncBar::refresh);
    refresh();
}

void RecordSyncBar::setRecord(Id localId)
{
    m_localId = localId;
    refresh();
}

QString RecordSyncBar::text() const
{
    return m_text->text();
}

void RecordSyncBar::refresh()
{
    const bool show = m_context && m_context->isLinked() && m_localId != 0;
    setVisible(show);
    if (!show)
        return;
    SyncStore sync(m_db);
    m_state = sync.recordState(m_entity, m_localId);
    const auto link = sync.anyLink(m_entity, m_localId);
    m_xeroId = link ? link->xeroId : QString();
    m_icon->setPixmap(SyncStateText::icon(m_state).pixmap(12, 12));

    QStringList parts{tr("Xero: %1.").arg(SyncStateText::label(m_state))};
    const auto issues =
        m_state == RecordSyncState::Problem ? sync.openIssuesFor(m_entity, m_localId) : QList<SyncIssue>();
    if (!issues.isEmpty() && !issues.first().xeroMessage.isEmpty())
        parts << tr("Xero said: “%1”").arg(issues.first().xeroMessage);
    else if (!issues.isEmpty())
        parts << issues.first().explanation;
    else
        parts << SyncStateText::explanation(m_state);
    if (m_entity == SyncEntity::Invoice) {
        // The engine keeps Xero's status in the merge base as "_xeroStatus".
        QString status = link ? link->base.value(QStringLiteral("_xeroStatus")).toString() : QString();
        if (status.isEmpty() && link)
            status = link->base.value(QStringLiteral("Status")).toString();
        if (!status.isEmpty())
            parts << tr("In Xero: %1.").arg(xeroInvoiceStatusText(status));
        if (auto invoice = InvoiceStore(m_db).get(m_localId); invoice.ok()) {
            int count = 0;
            Money total;
            for (const Payment &p : invoice->payments) {
                if (p.source == u"xero") {
                    ++count;
                    total = total + p.amount;
                }
            }
            if (count > 0)
                parts << tr("%n payment(s) recorded in Xero (%1).", "", count)
                             .arg(MoneyFormat::money(total, invoice->currency, QLocale()));
        }
    }
    m_text->setText(parts.join(QLatin1Char(' ')));
    m_openInXero->setVisible(!m_xeroId.isEmpty());
    m_problem->setVisible(m_state == RecordSyncState::Problem || m_state == RecordSyncState::Conflict);
    m_problem->setText(m_state == RecordSyncState::Conflict ? tr("Choose what to keep")
                                                            : tr("See the problem"));
}

} // namespace billhook
