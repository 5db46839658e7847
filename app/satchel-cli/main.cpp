#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "applicationinfo.h"

int main(int argc, char **argv)
{
    Satchel::setApplicationInfo("satchel-cli");
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Drives Satchel's mail archive from scripts.\n\n"
        "No commands are available yet: retrieving, searching and exporting mail "
        "arrive in later versions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "The command to run."));
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        err << QCoreApplication::translate("main", "satchel-cli: no command given; see --help")
            << Qt::endl;
        return 2;
    }
    err << QCoreApplication::translate("main", "satchel-cli: unknown command '%1'; see --help")
               .arg(arguments.first())
        << Qt::endl;
    return 2;
}
