#include "passwords.h"

#include <cstdio>

#include <QEventLoop>

#include "clicontext.h"
#include "qt6keychain/keychain.h"

namespace Cli {

namespace {

const QString service = QStringLiteral("satchel");

template<typename Job>
KeychainResult run(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return {false, {}, job.errorString()};
    return {true, {}, {}};
}

} // namespace

std::optional<QString> readPasswordFromStdin()
{
    char buffer[4096];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return std::nullopt;
    QString line = QString::fromUtf8(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

bool keychainReachable()
{
#if defined(Q_OS_LINUX)
    // Without a session bus QtKeychain cannot reach a secret service; do not make it try.
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

KeychainResult readKeychainPassword(const QString &accountName)
{
    if (!keychainReachable())
        return {false, {}, tr("no keychain is reachable (no D-Bus session)")};
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(accountName);
    KeychainResult result = run(job);
    if (result.ok)
        result.password = job.textData();
    return result;
}

KeychainResult writeKeychainPassword(const QString &accountName, const QString &password)
{
    if (!keychainReachable())
        return {false, {}, tr("no keychain is reachable (no D-Bus session)")};
    QKeychain::WritePasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(accountName);
    job.setTextData(password);
    return run(job);
}

} // namespace Cli
