#include "readonlylook.h"

#include "icons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>

namespace billhook::ReadOnlyLook {

namespace {
const char *const kLocked = "billhookLocked";
const char *const kCalendarPopup = "billhookCalendarPopup";
const QString kPadlockName = QStringLiteral("billhookPadlock");

QAction *padlockOf(QLineEdit *edit)
{
    for (QAction *a : edit->actions())
        if (a->objectName() == kPadlockName)
            return a;
    return nullptr;
}
} // namespace

void setLocked(QWidget *field, bool locked, const QString &reason)
{
    if (!field)
        return;
    field->setProperty(kLocked, locked);
    field->setToolTip(locked ? reason : QString());
    if (auto *combo = qobject_cast<QComboBox *>(field)) {
        combo->setEnabled(!locked);
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->setReadOnly(locked);
        QAction *padlock = padlockOf(edit);
        if (locked && !padlock) {
            padlock = edit->addAction(themedIcon(QStringLiteral("object-locked"), QStringLiteral("locked")),
                                      QLineEdit::TrailingPosition);
            padlock->setObjectName(kPadlockName);
        }
        if (padlock) {
            padlock->setVisible(locked);
            padlock->setToolTip(reason);
        }
    } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(field)) {
        // A read-only date edit would still open its calendar; a locked one shows the date and nothing more.
        if (locked && !field->property(kCalendarPopup).isValid())
            field->setProperty(kCalendarPopup, dateTime->calendarPopup());
        if (!locked && field->property(kCalendarPopup).isValid()) {
            dateTime->setCalendarPopup(field->property(kCalendarPopup).toBool());
            field->setProperty(kCalendarPopup, QVariant());
        }
        if (locked)
            dateTime->setCalendarPopup(false);
        dateTime->setReadOnly(locked);
        dateTime->setButtonSymbols(locked ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        spin->setReadOnly(locked);
        spin->setButtonSymbols(locked ? QAbstractSpinBox::NoButtons : QAbstractSpinBox::UpDownArrows);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
        text->setReadOnly(locked);
    }
    // Editable fields are drawn on Base (white in most styles); a locked one takes the window's colour, as
    // a label would, so it reads as information rather than as a place to type.
    if (locked) {
        QPalette palette = field->palette();
        for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
            palette.setColor(group, QPalette::Base, palette.color(group, QPalette::Window));
        field->setPalette(palette);
    } else {
        field->setPalette(QPalette());
    }
}

bool isLocked(const QWidget *field)
{
    return field && field->property(kLocked).toBool();
}

} // namespace billhook::ReadOnlyLook
