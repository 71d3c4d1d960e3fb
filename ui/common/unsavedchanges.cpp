#include "unsavedchanges.h"

#include "dialogs.h"

#include <QCoreApplication>
#include <QSettings>

namespace billhook {

bool resolveUnsavedChanges(QWidget *parent, const QString &what, const std::function<bool()> &save,
                           const std::function<void()> &discard)
{
    const auto answer = Dialogs::question(
        parent, QCoreApplication::translate("billhook::UnsavedChanges", "Unsaved changes"),
        QCoreApplication::translate("billhook::UnsavedChanges", "Save your changes to %1?").arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discard();
        return true;
    }
    return false;
}

void DraftSnapshot::write(const QString &kind, const QByteArray &json)
{
    QSettings settings;
    settings.setValue(QStringLiteral("drafts/") + kind, json);
}

QByteArray DraftSnapshot::read(const QString &kind)
{
    return QSettings().value(QStringLiteral("drafts/") + kind).toByteArray();
}

void DraftSnapshot::clear(const QString &kind)
{
    QSettings settings;
    settings.remove(QStringLiteral("drafts/") + kind);
}

} // namespace billhook
