#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include "applicationinfo.h"
#include "mainwindow.h"

namespace {

void processArguments(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Satchel, a POP3 mail client for reading mail offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app); // exits on --help, --version and unknown options
}

} // namespace

int main(int argc, char **argv)
{
    Satchel::setApplicationInfo("satchel");

    // --help and --version print and exit; they must not need a display.
    if (Satchel::asksForInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        processArguments(app);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Satchel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.svg")));
    QApplication::setDesktopFileName(QStringLiteral("satchel"));
    processArguments(app);

    MainWindow window;
    window.show();
    return app.exec();
}
