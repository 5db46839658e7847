#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "satchel/version.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    m_placeholder = new QLabel(tr("This window cannot show mail yet.\n"
                                  "Use satchel-cli to add accounts, fetch and read mail; folders "
                                  "and the reading pane arrive in a later version."),
                               this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    setCentralWidget(m_placeholder);

    createActions();
    statusBar()->showMessage(tr("Offline"));
    resize(1000, 680);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Satchel"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("<h3>Satchel %1</h3><p>A POP3 mail client for reading your mail offline "
                          "on one computer.</p>")
                           .arg(Satchel::version()));
}
