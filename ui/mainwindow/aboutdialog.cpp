#include "aboutdialog.h"

#include "billhook/version.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#ifndef BILLHOOK_LICENSE
#define BILLHOOK_LICENSE ""
#endif

namespace billhook {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_version(new QLabel(this))
    , m_path(new QLabel(this))
    , m_showFolder(new QPushButton(tr("Show in &folder"), this))
    , m_licence(new QLabel(this))
    , m_qt(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Billhook"));
    m_icon->setObjectName(QStringLiteral("aboutIcon"));
    m_icon->setPixmap(
        QIcon(QStringLiteral(":/icons/billhook.svg")).pixmap(QSize(96, 96), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *name = new QLabel(tr("Billhook"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *tagline = new QLabel(tr("Invoicing for tradespeople, with Xero sync."), this);

    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setText(tr("Version %1").arg(QString::fromUtf8(BILLHOOK_VERSION_FULL)));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The path is selectable so it can be pasted into a backup tool or a bug report.
    const QString nativePath = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    m_path->setObjectName(QStringLiteral("aboutDatabasePath"));
    m_path->setText(nativePath);
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setToolTip(tr("Your customers and invoices are kept in this one file. Back it up with your other "
                          "documents."));
    m_showFolder->setObjectName(QStringLiteral("showDatabaseFolder"));
    const QString folder = QFileInfo(databasePath).absolutePath();
    connect(m_showFolder, &QPushButton::clicked, this,
            [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });

    const QString licence = QString::fromUtf8(BILLHOOK_LICENSE);
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_licence->setText(licence.isEmpty()
                           ? tr("Copyright © 2026 the Billhook developers. All rights reserved.")
                           : tr("Copyright © 2026 the Billhook developers. Licensed under %1.").arg(licence));
    m_licence->setWordWrap(true);
    m_qt->setObjectName(QStringLiteral("aboutQt"));
    m_qt->setText(tr("Built with Qt %1, running on Qt %2.")
                      .arg(QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));

    auto *dataCaption = new QLabel(tr("Your data:"), this);
    QFont bold = dataCaption->font();
    bold.setBold(true);
    dataCaption->setFont(bold);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_path, 1);
    dataRow->addWidget(m_showFolder, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->addWidget(name);
    text->addWidget(tagline);
    text->addWidget(m_version);
    text->addSpacing(12);
    text->addWidget(dataCaption);
    text->addLayout(dataRow);
    text->addSpacing(12);
    text->addWidget(m_licence);
    text->addWidget(m_qt);

    auto *body = new QHBoxLayout;
    body->addWidget(m_icon, 0, Qt::AlignTop);
    body->addSpacing(16);
    body->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::versionText() const
{
    return m_version->text();
}

QString AboutDialog::databasePathText() const
{
    return m_path->text();
}

QString AboutDialog::licenceText() const
{
    return m_licence->text();
}

QString AboutDialog::qtText() const
{
    return m_qt->text();
}

} // namespace billhook
