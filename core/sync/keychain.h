#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace Sync {

// Account passwords in the operating system's keychain through QtKeychain (Secret Service or
// KWallet, macOS Keychain, Windows Credential Manager). Asynchronous: the callback runs later on
// the calling thread, with the context object alive. On Linux the keychain counts as reachable
// only with a D-Bus session, so a machine without one is told plainly instead of waiting.
namespace Keychain {

struct Result
{
    bool ok = false;
    QString password; // reads only
    QString error; // for the user
};

[[nodiscard]] bool reachable();
void readPassword(const QString &accountName, QObject *context,
                  std::function<void(const Result &)> done);
void writePassword(const QString &accountName, const QString &password, QObject *context,
                   std::function<void(const Result &)> done);
void deletePassword(const QString &accountName, QObject *context,
                    std::function<void(const Result &)> done);

} // namespace Keychain

} // namespace Sync
