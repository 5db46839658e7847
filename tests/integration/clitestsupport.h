#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs satchel-cli as a user or a script would, for the CLI integration tests.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain in tests
    environment.remove(QStringLiteral("SATCHEL_PROFILE"));
    return environment;
}

inline CliRun runCli(const QString &profile, const QStringList &arguments,
                     const QByteArray &input = {},
                     const QProcessEnvironment &environment = cliEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SATCHEL_CLI_BINARY),
                  QStringList {QStringLiteral("--profile"), profile} + arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}
