#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// The two executables as a user or a script meets them: --version, --help and errors.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run
    run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString cli() { return QStringLiteral(SATCHEL_CLI_BINARY); }
    static QString gui() { return QStringLiteral(SATCHEL_GUI_BINARY); }

private Q_SLOTS:
    void cliPrintsVersion()
    {
        const Run r = run(cli(), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("satchel-cli " EXPECTED_VERSION));
    }

    void cliHelpListsCommandsAndExitCodes()
    {
        const Run r = run(cli(), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *text :
             {"account add", "fetch [NAME ...]", "import --folder", "Exit status"})
            QVERIFY2(r.out.contains(QLatin1String(text)), qPrintable(r.out));
    }

    void cliWithoutCommandFails()
    {
        const Run r = run(cli(), {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no command given")), qPrintable(r.err));
    }

    void cliRejectsUnknownCommand()
    {
        const Run r = run(cli(), {QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command 'frobnicate'")), qPrintable(r.err));
    }

    void guiPrintsVersionWithoutDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Run r = run(gui(), {QStringLiteral("--version")}, environment);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("satchel " EXPECTED_VERSION));
    }

    void guiRejectsUnknownOption()
    {
        const Run r = run(gui(), {QStringLiteral("--no-such-option")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("no-such-option")), qPrintable(r.err));
    }

    void guiStartsOffscreenAndQuits()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(gui(), {});
        QVERIFY(process.waitForStarted(10000));
        // Still running after a moment means it opened its window instead of failing at start.
        QVERIFY(!process.waitForFinished(1500));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
