#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include "applicationinfo.h"
#include "appsettings.h"
#include "archiverecoverydialog.h"
#include "archiverecoveryprompt.h"
#include "languagesetup.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "store/archiverecovery.h"
#include "store/archiveservice.h"

namespace {

struct Arguments
{
    QString profileDir;
    bool quitAfterStart = false;
};

// Parses the command line; exits on --help, --version and unknown options.
Arguments processArguments(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Satchel, a POP3 mail client for reading mail offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(Satchel::profileOption());
    // For scripts/test-install.sh: start, show the window, open the archive, then quit.
    const QCommandLineOption quitAfterStart(
        QStringLiteral("quit-after-start"),
        QCoreApplication::translate("main",
                                    "Quit once the window is shown and the archive is "
                                    "open (exit status 0), or when that fails (1)."));
    parser.addOption(quitAfterStart);
    parser.process(app);
    return {Satchel::profileDir(parser), parser.isSet(quitAfterStart)};
}

} // namespace

int main(int argc, char **argv)
{
    Satchel::setApplicationInfo("satchel");

    // --help and --version print and exit; they must not need a display.
    if (Satchel::asksForInfoOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        Satchel::LanguageSetup language;
        language.select();
        processArguments(app);
    }

    QApplication app(argc, argv);
    Satchel::LanguageSetup language;
    language.select();
    QApplication::setApplicationDisplayName(QStringLiteral("Satchel"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.svg")));
    QApplication::setDesktopFileName(QStringLiteral("satchel"));
    const Arguments arguments = processArguments(app);
    const QString &profileDir = arguments.profileDir;
    if (!QDir().mkpath(profileDir)) {
        QMessageBox::critical(
            nullptr, QStringLiteral("Satchel"),
            QApplication::translate("main", "Cannot create the profile folder %1.")
                .arg(profileDir));
        return 1;
    }

    // The language: the setting, else the system's (already in use for --help and the errors
    // above).
    language.select(AppSettings(profileDir).language());

    int status = 0;
    {
        SingleInstance instance(profileDir);
        if (!instance.claim()) {
            qWarning("%s", qPrintable(instance.errorString()));
            return 0;
        }

        // A recovery the user asked for runs now, before anything opens the archive.
        if (Store::ArchiveRecovery::isRequested(profileDir)) {
            ArchiveRecoveryDialog recovery(profileDir);
            recovery.exec();
        }

        MainWindow window(profileDir);
        QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                         &MainWindow::raiseWindow);
        window.show();
        if (arguments.quitAfterStart) {
            // ArchiveService::opened is delivered by this thread's event loop, so connecting
            // after the window asked for it cannot miss it.
            QObject::connect(&window.archive(), &Store::ArchiveService::opened, &app,
                             [&window](bool ok, const QString &error) {
                                 if (!ok)
                                     qWarning("satchel: the archive cannot be opened: %s",
                                              qPrintable(error));
                                 QCoreApplication::exit(ok && window.isVisible() ? 0 : 1);
                             });
            QTimer::singleShot(60000, &app, [] {
                qWarning("satchel: the archive did not open within 60 seconds");
                QCoreApplication::exit(1);
            });
        }
        // For scripts/screenshots.sh: what the window should show.
        if (const QString folder = qEnvironmentVariable("SATCHEL_SCREENSHOT_FOLDER");
            !folder.isEmpty())
            window.openFolderNamed(folder);
        if (const QString query = qEnvironmentVariable("SATCHEL_SCREENSHOT_SEARCH");
            !query.isEmpty())
            QTimer::singleShot(1000, &window, [&window, query] { window.searchFor(query); });
        bool rowGiven = false;
        if (const int row = qEnvironmentVariableIntValue("SATCHEL_SCREENSHOT_MESSAGE", &rowGiven);
            rowGiven)
            QTimer::singleShot(1000, &window, [&window, row] { window.selectRow(row); });
        if (const QString action = qEnvironmentVariable("SATCHEL_SCREENSHOT_ACTION");
            !action.isEmpty()) {
            QTimer::singleShot(1500, &window, [&window, action] {
                if (auto *found = window.findChild<QAction *>(action))
                    found->trigger();
            });
        }
        status = app.exec();
    }
    // Recover… quits so that the next start recovers before the archive is opened; the window
    // and the single-instance lock are gone by now.
    if (ArchiveRecoveryPrompt::restartRequested())
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
    return status;
}
