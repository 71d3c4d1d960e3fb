#include "xeroplaceholder.h"

#include <QLabel>
#include <QVBoxLayout>

namespace billhook {

XeroPlaceholder::XeroPlaceholder(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Not connected to Xero"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(tr("Connecting Billhook to Xero is not available in this version yet. Everything "
                               "you enter is kept on this computer, and will be sent to Xero once the "
                               "connection arrives in a later version."),
                            this);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace billhook
