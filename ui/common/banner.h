#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace billhook {

// The inline message strip above the content (KeePassXC's pattern): recoverable errors and notices
// appear here instead of in a modal pop-up, so the user never loses their place.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error
    };
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Information);
    void hideMessage();
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace billhook
