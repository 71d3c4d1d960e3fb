#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QWheelEvent>

namespace billhook {

namespace {

// The fields whose value the wheel changes.
bool isValueField(const QObject *object)
{
    return qobject_cast<const QComboBox *>(object) || qobject_cast<const QAbstractSpinBox *>(object);
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("billhookWheelGuard"));
}

WheelGuard *WheelGuard::install(QCoreApplication *app)
{
    if (auto *existing = app->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto *guard = new WheelGuard(app);
    app->installEventFilter(guard);
    // Fields made before the guard: from now on a click focuses them, the wheel does not.
    for (QWidget *widget : QApplication::allWidgets())
        if (isValueField(widget) && (widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
    return guard;
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && isValueField(watched)) {
        auto *widget = static_cast<QWidget *>(watched);
        // Qt's default for these fields (WheelFocus) would focus them on the first wheel turn.
        if ((widget->focusPolicy() & Qt::WheelFocus) == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel || !isValueField(watched))
        return false;
    auto *field = static_cast<QWidget *>(watched);
    if (field->hasFocus())
        return false;
    // Hand the turn to the nearest enclosing widget that takes it (a scroll area's viewport scrolls), as if
    // the field were not there; nobody taking it, it is dropped.
    auto *wheel = static_cast<QWheelEvent *>(event);
    QPointF position = wheel->position();
    for (QWidget *w = field; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        position = w->mapToParent(position);
        QWidget *parent = w->parentWidget();
        QWheelEvent forwarded(position, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
                              wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
                              wheel->source(), wheel->pointingDevice());
        forwarded.setAccepted(false);
        QCoreApplication::sendEvent(parent, &forwarded);
        if (forwarded.isAccepted())
            break;
        if (parent->testAttribute(Qt::WA_NoMousePropagation))
            break;
    }
    wheel->accept();
    return true; // the field itself never sees it
}

} // namespace billhook
