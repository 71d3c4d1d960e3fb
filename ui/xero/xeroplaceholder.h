#pragma once

#include <QWidget>

namespace billhook {

// Stands in for the Xero pane until the Xero link is built; it says so plainly instead of offering a
// button that does nothing.
class XeroPlaceholder : public QWidget
{
    Q_OBJECT
public:
    explicit XeroPlaceholder(QWidget *parent = nullptr);
};

} // namespace billhook
