#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace billhook {

// What the Xero parts of the window share: whether a Xero organisation is linked (lists show a sync column,
// editors a sync bar only then), the organisation's short code for deep links, how a web address is
// opened (QDesktopServices by default; a test substitutes its own to follow the authorize address), how
// the demo is started, and the one way to ask for a sync.
class XeroContext : public QObject
{
    Q_OBJECT
public:
    using UrlOpener = std::function<bool(const QUrl &)>;
    using DemoLauncher = std::function<bool()>;

    explicit XeroContext(QObject *parent = nullptr);

    bool isLinked() const { return m_linked; }
    QString organisationName() const { return m_organisation; }
    QString shortCode() const { return m_shortCode; }
    void setLinked(bool linked, const QString &organisation = {}, const QString &shortCode = {});

    void setUrlOpener(UrlOpener opener);
    bool openUrl(const QUrl &url) const;
    // "Try with a demo organisation": by default this program again, detached, as `billhook --demo`.
    void setDemoLauncher(DemoLauncher launcher);
    bool startDemo() const;

    // A "Sync now" anywhere in the window.
    void requestSync() { Q_EMIT syncRequested(); }
    // After a run (or a resolved conflict): lists and editors re-read their sync states.
    void notifySyncStatesChanged() { Q_EMIT syncStatesChanged(); }

Q_SIGNALS:
    void linkChanged(bool linked);
    void syncRequested();
    void syncStatesChanged();

private:
    bool m_linked = false;
    QString m_organisation;
    QString m_shortCode;
    UrlOpener m_opener;
    DemoLauncher m_demoLauncher;
};

} // namespace billhook
