#include "passwords.h"

#include <cstdio>

#include <QEventLoop>

#include "clicontext.h"
#include "sync/keychain.h"

namespace Cli {

namespace {

// The keychain answers asynchronously; a command line waits for it.
template<typename Start>
KeychainResult wait(Start start)
{
    QEventLoop loop;
    KeychainResult result;
    QObject context;
    start(&context, [&](const Sync::Keychain::Result &r) {
        result = {r.ok, r.password, r.error};
        loop.quit();
    });
    loop.exec();
    return result;
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
    return Sync::Keychain::reachable();
}

KeychainResult readKeychainPassword(const QString &accountName)
{
    return wait([&](QObject *context, auto done) {
        Sync::Keychain::readPassword(accountName, context, done);
    });
}

KeychainResult writeKeychainPassword(const QString &accountName, const QString &password)
{
    return wait([&](QObject *context, auto done) {
        Sync::Keychain::writePassword(accountName, password, context, done);
    });
}

} // namespace Cli
