#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>

namespace billhook {

namespace {
QString catalogues()
{
    return QStringLiteral(":/i18n");
}
} // namespace

Translations::Translations(const QLocale &locale)
    : m_language(QStringLiteral("en"))
{
    // Installed first, so searched last: under the locale's own catalogue.
    if (m_english.load(QStringLiteral("billhook_en"), catalogues())) {
        QCoreApplication::installTranslator(&m_english);
        m_installed << &m_english;
    } else {
        qWarning("Billhook's English catalogue is missing from the build");
    }
    if (m_local.load(locale, QStringLiteral("billhook"), QStringLiteral("_"), catalogues()) &&
        QFileInfo(m_local.filePath()).completeBaseName() != QStringLiteral("billhook_en")) {
        QCoreApplication::installTranslator(&m_local);
        m_installed << &m_local;
        m_language = QFileInfo(m_local.filePath()).completeBaseName().section(QLatin1Char('_'), 1);
    }
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
        m_installed << &m_qt;
    }
}

Translations::~Translations()
{
    for (QTranslator *translator : m_installed)
        QCoreApplication::removeTranslator(translator);
}

} // namespace billhook
