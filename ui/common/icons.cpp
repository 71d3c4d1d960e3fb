#include "icons.h"

namespace billhook {

QIcon themedIcon(const QString &themeName, const QString &bundledName)
{
    return QIcon::fromTheme(themeName,
                            QIcon(QStringLiteral(":/icons/ui/") + bundledName + QStringLiteral(".svg")));
}

} // namespace billhook
