#pragma once

#include <QMainWindow>

namespace billhook {

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);

private:
    Database &m_db;
};

} // namespace billhook
