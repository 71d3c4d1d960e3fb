#pragma once

#include <QIcon>

namespace billhook {

// Toolbar icons: the desktop theme's when it has one (native look), else our bundled SVGs, which scale
// cleanly at any device pixel ratio.
QIcon themedIcon(const QString &themeName, const QString &bundledName);

} // namespace billhook
