#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace Sync {

// Account passwords and OAuth2 refresh tokens in the operating system's keychain through QtKeychain
// (Secret Service or KWallet, macOS Keychain, Windows Credential Manager). Asynchronous: the
// callback runs later on the calling thread, with the context object alive. On Linux the keychain
// counts as reachable only with a D-Bus session, so a machine without one is told plainly instead
// of waiting.
namespace Keychain {

struct Result
{
    bool ok = false;
    QString password; // reads only: the password or refresh token
    QString error; // for the user
};

[[nodiscard]] bool reachable();
void readPassword(const QString &accountName, QObject *context,
                  std::function<void(const Result &)> done);
void writePassword(const QString &accountName, const QString &password, QObject *context,
                   std::function<void(const Result &)> done);
void deletePassword(const QString &accountName, QObject *context,
                    std::function<void(const Result &)> done);

// An account's OAuth2 refresh token, kept apart from its password (another keychain service,
// "satchel-oauth2", under the same account name): neither can overwrite the other. A read of
// an account without one fails with the keychain's "not found" error.
void readRefreshToken(const QString &accountName, QObject *context,
                      std::function<void(const Result &)> done);
void writeRefreshToken(const QString &accountName, const QString &refreshToken, QObject *context,
                       std::function<void(const Result &)> done);
void deleteRefreshToken(const QString &accountName, QObject *context,
                        std::function<void(const Result &)> done);

} // namespace Keychain

} // namespace Sync
