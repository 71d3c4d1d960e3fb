#pragma once

#include <QString>

namespace billhook {

// `billhook --screenshots DIR`: seeds a demo database in a temporary folder, opens each main screen and
// saves it with QWidget::grab(), plus the first page of a rendered invoice. Returns a process exit code.
int runScreenshotTour(const QString &outputDir);

} // namespace billhook
