#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace billhook {

// Asks once whether to save, discard or stay. Returns true when the caller may go ahead (saved or
// discarded), false when the user chose to stay or the save failed.
bool resolveUnsavedChanges(QWidget *parent, const QString &what, const std::function<bool()> &save,
                           const std::function<void()> &discard);

// Crash safety: an editor's unsaved state kept in QSettings under drafts/<kind>, written on every field
// edit and removed on save or discard.
class DraftSnapshot
{
public:
    static void write(const QString &kind, const QByteArray &json);
    static QByteArray read(const QString &kind);
    static void clear(const QString &kind);
};

} // namespace billhook
