#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace billhook {

// Help ▸ About Billhook: what this is, which version, where the user's data lives (with a way to find the
// file, for backups and bug reports), the licence and the Qt it runs on. Not modal: it never blocks work.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString versionText() const;
    QString databasePathText() const;
    QString licenceText() const;
    QString qtText() const;
    QLabel *databasePathLabel() const { return m_path; }
    QPushButton *showFolderButton() const { return m_showFolder; }
    // The version line, the app's name and icon are read from here by tests and the screenshot tour.
    QLabel *iconLabel() const { return m_icon; }

private:
    QLabel *m_icon;
    QLabel *m_version;
    QLabel *m_path;
    QPushButton *m_showFolder;
    QLabel *m_licence;
    QLabel *m_qt;
};

} // namespace billhook
