#pragma once

#include <QString>

class QWidget;

namespace billhook {

// A field that cannot be changed should look it, not merely refuse keys. Locking a field makes it read-only
// (its text can still be selected and copied), draws it on the window's background instead of the white of
// an editable field, drops its spin and calendar buttons, puts a padlock at its end and the reason in its
// tooltip. Combo boxes, which have no read-only state, are disabled. Unlocking undoes all of it.
namespace ReadOnlyLook {
void setLocked(QWidget *field, bool locked, const QString &reason = {});
bool isLocked(const QWidget *field);
} // namespace ReadOnlyLook

} // namespace billhook
