#include "xerocontext.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProcess>

namespace billhook {

XeroContext::XeroContext(QObject *parent)
    : QObject(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_demoLauncher([] {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    })
{}

void XeroContext::setLinked(bool linked, const QString &organisation, const QString &shortCode)
{
    const bool changed = linked != m_linked;
    m_linked = linked;
    m_organisation = organisation;
    m_shortCode = shortCode;
    if (changed)
        Q_EMIT linkChanged(linked);
}

void XeroContext::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

bool XeroContext::openUrl(const QUrl &url) const
{
    return m_opener && m_opener(url);
}

void XeroContext::setDemoLauncher(DemoLauncher launcher)
{
    m_demoLauncher = std::move(launcher);
}

bool XeroContext::startDemo() const
{
    return m_demoLauncher && m_demoLauncher();
}

} // namespace billhook
