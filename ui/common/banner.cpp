#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace billhook {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::hideMessage);
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    // Soft tints that read on light and dark palettes alike; the text keeps the palette's own colour.
    QString tint;
    switch (kind) {
    case Kind::Information:
        tint = QStringLiteral("rgba(50, 120, 220, 40)");
        break;
    case Kind::Positive:
        tint = QStringLiteral("rgba(40, 160, 80, 45)");
        break;
    case Kind::Warning:
        tint = QStringLiteral("rgba(230, 160, 20, 60)");
        break;
    case Kind::Error:
        tint = QStringLiteral("rgba(210, 40, 40, 50)");
        break;
    }
    setStyleSheet(QStringLiteral("#messageBanner { background: %1; border-radius: 4px; }").arg(tint));
    m_label->setText(text);
    show();
}

void MessageBanner::hideMessage()
{
    m_label->clear();
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace billhook
