#include "mainwindow.h"

#include "storage/database.h"

#include <QLabel>
#include <QStatusBar>

namespace billhook {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("Billhook"));
    setCentralWidget(new QLabel(tr("Billhook"), this));
    statusBar()->showMessage(tr("Not connected to Xero"));
}

} // namespace billhook
