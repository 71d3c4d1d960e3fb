#pragma once

#include <QObject>

class QCoreApplication;

namespace billhook {

// The mouse wheel never changes a value by accident: over a combo box, spin box or date edit that does not
// have the keyboard focus, the wheel scrolls the page around it instead. A click (or Tab) focuses the field,
// and then the wheel changes it as usual. One application-wide event filter, installed once at start-up;
// it also gives those fields Qt::StrongFocus, so that the wheel alone never focuses them.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    // Installs the guard on `app` (once: a second call does nothing). Returns it.
    static WheelGuard *install(QCoreApplication *app);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace billhook
