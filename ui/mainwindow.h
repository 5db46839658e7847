#pragma once

#include <QMainWindow>

class QLabel;

// The top-level window. It coordinates the panes and actions; it implements none of them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();

    QLabel *m_placeholder = nullptr;
};
