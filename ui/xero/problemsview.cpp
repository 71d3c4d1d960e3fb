#include "problemsview.h"

#include "sync/syncengine.h"

#include "render/moneyformat.h"
#include "storage/customerstore.h"
#include "storage/invoicestore.h"
#include "syncstatetext.h"
#include "xerocontext.h"
#include "xerodeeplinks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace billhook {

namespace {

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isBool())
        return v.toBool() ? ProblemsView::tr("yes") : ProblemsView::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
}

// The engine names fields in its canonical form (xeromapping.h); the user reads the words of the editors.
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Name")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Email")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Phone")},
        {QStringLiteral("mobile"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Mobile")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Address")},
        {QStringLiteral("contactPerson"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Contact person")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Archived")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Number")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Reference")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Date")},
        {QStringLiteral("dueDate"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Due date")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Currency")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Status")},
        {QStringLiteral("taxMode"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Amounts are")},
        {QStringLiteral("lines"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Lines")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("billhook::ProblemsView", "Customer")},
    };
    if (const char *label = labels.value(field))
        return ProblemsView::tr(label);
    return field.isEmpty() ? field : field.at(0).toUpper() + field.mid(1);
}

struct ConflictRow
{
    QString field;
    QString mine;
    QString xero;
};

// The engine records a conflict's two sides in the issue's detail, either as a list of fields
// {"fields":[{"field","mine","xero"}]} or as two objects {"mine":{…},"xero":{…}} (also "local"/"remote").
QList<ConflictRow> conflictRows(const QJsonObject &detail)
{
    QList<ConflictRow> rows;
    const auto first = [](const QJsonObject &o, std::initializer_list<const char *> keys) {
        for (const char *k : keys)
            if (o.contains(QLatin1String(k)))
                return o.value(QLatin1String(k));
        return QJsonValue();
    };
    if (detail.value(QStringLiteral("fields")).isArray()) {
        for (const QJsonValue &v : detail.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject f = v.toObject();
            rows.append({fieldLabel(jsonText(first(f, {"label", "field", "name"}))),
                         jsonText(first(f, {"mine", "local"})),
                         jsonText(first(f, {"xero", "remote", "theirs"}))});
        }
        return rows;
    }
    const QJsonObject mine = first(detail, {"mine", "local"}).toObject();
    const QJsonObject xero = first(detail, {"xero", "remote", "theirs"}).toObject();
    QStringList keys = mine.keys();
    for (const QString &k : xero.keys())
        if (!keys.contains(k))
            keys.append(k);
    for (const QString &k : keys)
        if (mine.value(k) != xero.value(k))
            rows.append({fieldLabel(k), jsonText(mine.value(k)), jsonText(xero.value(k))});
    return rows;
}

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel *bodyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString ProblemsView::recordLabel(Database &db, SyncEntity entity, Id localId)
{
    switch (entity) {
    case SyncEntity::Customer:
        if (auto c = CustomerStore(db).get(localId); c.ok())
            return tr("Customer %1").arg(c->name);
        return tr("Customer #%1 (deleted)").arg(localId);
    case SyncEntity::Invoice:
        if (auto inv = InvoiceStore(db).get(localId); inv.ok())
            return inv->number.isEmpty() ? tr("Draft invoice for %1").arg(inv->customerName)
                                         : tr("Invoice %1 (%2)").arg(inv->number, inv->customerName);
        return tr("Invoice #%1 (deleted)").arg(localId);
    case SyncEntity::Payment:
        if (auto p = InvoiceStore(db).payment(localId); p.ok()) {
            auto inv = InvoiceStore(db).get(p->invoiceId);
            const QString amount =
                MoneyFormat::money(p->amount, inv.ok() ? inv->currency : QString(), QLocale());
            return inv.ok() ? tr("Payment of %1 on invoice %2").arg(amount, inv->number)
                            : tr("Payment of %1").arg(amount);
        }
        return tr("Payment #%1 (deleted)").arg(localId);
    }
    return {};
}

ProblemsView::ProblemsView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_stack(new QStackedWidget(this))
    , m_list(new QTreeWidget(this))
    , m_title(new QLabel(this))
    , m_xeroSaid(bodyLabel(this))
    , m_meaning(bodyLabel(this))
    , m_remedy(bodyLabel(this))
    , m_conflict(new QTableWidget(this))
    , m_conflictBox(new QWidget(this))
    , m_openRecord(new QPushButton(this))
    , m_openInXero(new QPushButton(tr("Open in Xero"), this))
    , m_keepMine(new QPushButton(tr("Keep mine"), this))
    , m_keepXero(new QPushButton(tr("Keep Xero's"), this))
    , m_collisionBox(new QWidget(this))
    , m_renumber(new QPushButton(tr("Give mine the next free number"), this))
    , m_link(new QPushButton(tr("It is the same invoice: link them"), this))
    , m_different(new QPushButton(tr("Different customers"), this))
    , m_tryAgain(new QPushButton(tr("Try again"), this))
{
    auto *empty = new QLabel(tr("Nothing needs your attention. When Xero refuses a change, or a record was "
                                "changed both here and in Xero, it is listed here with what to do."),
                             this);
    empty->setObjectName(QStringLiteral("noProblems"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);

    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Record"), tr("What happened")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 260);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_openRecord->setObjectName(QStringLiteral("openRecord"));
    m_openInXero->setObjectName(QStringLiteral("openInXero"));
    m_openInXero->setToolTip(tr("Show this record in Xero, in your browser"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepXero->setObjectName(QStringLiteral("keepXero"));
    m_keepMine->setToolTip(tr("Send Billhook's values to Xero"));
    m_tryAgain->setObjectName(QStringLiteral("tryAgain"));
    m_tryAgain->setToolTip(tr("Send it to Xero again with the next sync, once what Xero objected to is fixed "
                              "there"));
    m_keepXero->setToolTip(tr("Replace Billhook's values with Xero's"));

    m_conflict->setObjectName(QStringLiteral("conflictTable"));
    m_conflict->setColumnCount(3);
    m_conflict->setHorizontalHeaderLabels({tr("Field"), tr("In Billhook (yours)"), tr("In Xero")});
    m_conflict->verticalHeader()->hide();
    m_conflict->horizontalHeader()->setStretchLastSection(true);
    m_conflict->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_conflict->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflict->setSelectionMode(QAbstractItemView::NoSelection);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->setContentsMargins(0, 0, 0, 0);
    conflictLayout->addWidget(
        sectionLabel(tr("This record was changed both here and in Xero. Which version do you want to keep?"),
                     m_conflictBox));
    conflictLayout->addWidget(m_conflict);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_keepMine);
    choice->addWidget(m_keepXero);
    choice->addStretch(1);
    conflictLayout->addLayout(choice);

    // An invoice number Xero already uses for another invoice: the user's two ways out.
    m_renumber->setObjectName(QStringLiteral("renumber"));
    m_link->setObjectName(QStringLiteral("linkSameInvoice"));
    m_renumber->setToolTip(tr("Your invoice takes the next number nobody uses and goes to Xero as its own"));
    m_link->setToolTip(tr("Only if Xero's invoice is this very invoice: the next sync compares the two and "
                          "asks you about any difference"));
    auto *collisionLayout = new QHBoxLayout(m_collisionBox);
    collisionLayout->setContentsMargins(0, 0, 0, 0);
    collisionLayout->addWidget(m_renumber);
    collisionLayout->addWidget(m_link);
    collisionLayout->addWidget(m_different);
    collisionLayout->addStretch(1);
    m_different->setObjectName(QStringLiteral("differentCustomers"));
    m_different->setToolTip(
        tr("They are not the same: each goes to the other side as a customer of its own"));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    m_xeroSaidHeading = sectionLabel(tr("What Xero said"), detail);
    detailLayout->addWidget(m_xeroSaidHeading);
    detailLayout->addWidget(m_xeroSaid);
    detailLayout->addWidget(sectionLabel(tr("What it means"), detail));
    detailLayout->addWidget(m_meaning);
    detailLayout->addWidget(sectionLabel(tr("What to do"), detail));
    detailLayout->addWidget(m_remedy);
    detailLayout->addWidget(m_conflictBox);
    detailLayout->addWidget(m_collisionBox);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openRecord);
    buttons->addWidget(m_openInXero);
    buttons->addWidget(m_tryAgain);
    buttons->addStretch(1);
    detailLayout->addLayout(buttons);
    detailLayout->addStretch(1);

    auto *detailScroll = new QScrollArea(this);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setWidget(detail);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detailScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showIssue(item ? m_list->indexOfTopLevelItem(item) : -1); });
    connect(m_openRecord, &QPushButton::clicked, this, [this] {
        if (const SyncIssue *issue = currentIssue())
            Q_EMIT openRecord(issue->entity, issue->localId);
    });
    connect(m_openInXero, &QPushButton::clicked, this, [this] {
        const SyncIssue *issue = currentIssue();
        if (!issue || !m_context)
            return;
        if (auto link = SyncStore(m_db).anyLink(issue->entity, issue->localId))
            m_context->openUrl(xeroRecordUrl(issue->entity, link->xeroId, m_context->shortCode()));
    });
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        if (const SyncIssue *issue = currentIssue())
            Q_EMIT resolveConflict(issue->id, true);
    });
    connect(m_keepXero, &QPushButton::clicked, this, [this] {
        if (const SyncIssue *issue = currentIssue())
            Q_EMIT resolveConflict(issue->id, false);
    });
    const auto choose = [this](QPushButton *button, SyncEngine::CollisionChoice which) {
        connect(button, &QPushButton::clicked, this, [this, which] {
            if (const SyncIssue *issue = currentIssue())
                Q_EMIT resolveCollision(issue->id, int(which));
        });
    };
    choose(m_renumber, SyncEngine::CollisionChoice::Renumber);
    choose(m_link, SyncEngine::CollisionChoice::Link);
    choose(m_different, SyncEngine::CollisionChoice::Different);
    connect(m_tryAgain, &QPushButton::clicked, this, [this] {
        if (const SyncIssue *issue = currentIssue())
            Q_EMIT tryAgain(issue->id);
    });
    reload();
}

void ProblemsView::setContext(XeroContext *context)
{
    m_context = context;
}

void ProblemsView::reload()
{
    const Id selected = currentIssue() ? currentIssue()->id : 0;
    m_issues = SyncStore(m_db).openIssues();
    m_labels.clear();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    // The same record may have several issues; its label is looked up once.
    QHash<QPair<int, Id>, QString> labels;
    for (const SyncIssue &issue : std::as_const(m_issues)) {
        const auto key = qMakePair(int(issue.entity), issue.localId);
        if (!labels.contains(key))
            labels.insert(key, recordLabel(m_db, issue.entity, issue.localId));
        const QString label = labels.value(key);
        m_labels << label;
        const bool conflict = issue.kind == SyncIssueKind::Conflict;
        auto *item = new QTreeWidgetItem(
            m_list, {label, conflict ? tr("Changed here and in Xero: choose which to keep")
                            : !issue.xeroMessage.isEmpty() ? issue.xeroMessage
                                                           : issue.explanation});
        item->setIcon(0,
                      SyncStateText::icon(conflict ? RecordSyncState::Conflict : RecordSyncState::Problem));
        item->setToolTip(1, item->text(1));
    }
    m_stack->setCurrentIndex(m_issues.isEmpty() ? 0 : 1);
    if (!m_issues.isEmpty() && !(selected && selectIssue(selected)))
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showIssue(m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1);
    Q_EMIT countChanged(count());
}

bool ProblemsView::selectIssue(Id issueId)
{
    for (int i = 0; i < m_issues.size(); ++i) {
        if (m_issues.at(i).id == issueId) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            showIssue(i);
            return true;
        }
    }
    return false;
}

bool ProblemsView::selectRecord(SyncEntity entity, Id localId)
{
    for (const SyncIssue &issue : std::as_const(m_issues))
        if (issue.entity == entity && issue.localId == localId)
            return selectIssue(issue.id);
    return false;
}

const SyncIssue *ProblemsView::currentIssue() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->indexOfTopLevelItem(item) : -1;
    return row >= 0 && row < m_issues.size() ? &m_issues.at(row) : nullptr;
}

QString ProblemsView::detailText() const
{
    return QStringList{m_title->text(), m_xeroSaid->text(), m_meaning->text(), m_remedy->text()}.join(
        QLatin1Char('\n'));
}

void ProblemsView::showIssue(int row)
{
    if (row < 0 || row >= m_issues.size()) {
        m_title->clear();
        m_xeroSaid->clear();
        m_xeroSaidHeading->hide();
        m_meaning->clear();
        m_remedy->clear();
        m_conflictBox->hide();
        m_collisionBox->hide();
        m_openRecord->hide();
        m_openInXero->hide();
        m_tryAgain->hide();
        return;
    }
    const SyncIssue &issue = m_issues.at(row);
    const bool conflict = issue.kind == SyncIssueKind::Conflict;
    m_title->setText(m_labels.value(row));
    m_xeroSaid->setText(issue.xeroMessage.isEmpty() ? tr("(no message)")
                                                    : QStringLiteral("“%1”").arg(issue.xeroMessage));
    // A conflict, or a problem Billhook found before sending (a number Xero already uses), is not something
    // Xero said: without a message the heading goes too.
    const bool showXeroSaid = !issue.xeroMessage.isEmpty();
    m_xeroSaidHeading->setVisible(showXeroSaid);
    m_xeroSaid->setVisible(showXeroSaid);
    if (conflict) {
        m_meaning->setText(
            issue.explanation.isEmpty()
                ? tr("Someone changed this record in Xero after your last sync, and it was also "
                     "changed here. Billhook does not guess which change is right.")
                : issue.explanation);
        // The engine's remedy also names the command line; here the buttons below are the way.
        m_remedy->setText(tr("Compare the two versions below and keep one. The other is replaced on the next "
                             "sync."));
    } else {
        m_meaning->setText(
            issue.explanation.isEmpty()
                ? tr("Xero did not accept this change, so it has not reached Xero yet. Nothing "
                     "was lost: it stays here and is sent again once fixed.")
                : issue.explanation);
        m_remedy->setText(
            issue.remedy.isEmpty()
                ? tr("Open the record, correct what Xero's message mentions, save it, then choose "
                     "Sync now.")
                : issue.remedy);
    }

    m_conflictBox->setVisible(conflict);
    const QString reason = issue.detail.value(QStringLiteral("reason")).toString();
    const bool collision = reason == u"number-collision";
    const bool candidate = reason == u"contact-candidate" || reason == u"ambiguous-match";
    m_collisionBox->setVisible(collision || candidate);
    m_renumber->setVisible(collision);
    m_different->setVisible(candidate);
    // The buttons are the way here, not the command line the engine's remedy names.
    if (collision) {
        m_link->setText(tr("It is the same invoice: link them"));
        m_link->setToolTip(
            tr("Only if Xero's invoice is this very invoice: the next sync compares the two and "
               "asks you about any difference"));
        m_remedy->setText(
            tr("Give your invoice the next free number: it then goes to Xero as its own, and "
               "Xero's stays as it is. Only if Xero's invoice is this very invoice, link them."));
    } else if (candidate) {
        const QString xeroName = issue.detail.value(QStringLiteral("xeroName")).toString();
        m_link->setText(tr("Same customer: link them"));
        m_link->setToolTip(
            tr("Only if the Xero contact is this very customer: the next sync compares the two and "
               "asks you about any difference"));
        m_remedy->setText(
            tr("If the Xero contact \"%1\" is this customer, link them. If not, choose Different "
               "customers: each then goes to the other side as its own. Xero keeps one active "
               "contact per name, so if the names are the same, rename yours first.")
                .arg(xeroName));
    }
    if (conflict) {
        const QList<ConflictRow> rows = conflictRows(issue.detail);
        m_conflict->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            m_conflict->setItem(i, 0, new QTableWidgetItem(rows.at(i).field));
            m_conflict->setItem(i, 1, new QTableWidgetItem(rows.at(i).mine));
            m_conflict->setItem(i, 2, new QTableWidgetItem(rows.at(i).xero));
        }
        m_conflict->resizeColumnToContents(0);
        m_conflict->resizeRowsToContents();
        m_conflict->setFixedHeight(m_conflict->horizontalHeader()->sizeHint().height() +
                                   m_conflict->verticalHeader()->length() + 2 * m_conflict->frameWidth() + 2);
    }

    m_openRecord->show();
    switch (issue.entity) {
    case SyncEntity::Customer:
        m_openRecord->setText(tr("Open the customer"));
        break;
    case SyncEntity::Invoice:
        m_openRecord->setText(tr("Open the invoice"));
        break;
    case SyncEntity::Payment:
        m_openRecord->setText(tr("Open the invoice of this payment"));
        break;
    }
    m_openInXero->setVisible(SyncStore(m_db).anyLink(issue.entity, issue.localId).has_value());
    // A refused change waits for something to change; the user may know it has, where Billhook cannot see.
    m_tryAgain->setVisible(!conflict && SyncStore(m_db).refusedAndWaiting(issue.entity, issue.localId));
    // The text changed while the button may have been hidden: give it the width the new text needs.
    m_openRecord->setMinimumWidth(m_openRecord->sizeHint().width());
}

} // namespace billhook
