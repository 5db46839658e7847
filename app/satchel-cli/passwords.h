#pragma once

#include <optional>

#include <QString>

namespace Cli {

// Reads one line from standard input (for --password-stdin), without its line end.
[[nodiscard]] std::optional<QString> readPasswordFromStdin();

// The operating system's keychain through QtKeychain. Reachable only where a secret service
// answers (on Linux, a D-Bus session with one); otherwise these report that plainly.
struct KeychainResult
{
    bool ok = false;
    QString password;
    QString error;
};
[[nodiscard]] KeychainResult readKeychainPassword(const QString &accountName);
[[nodiscard]] KeychainResult writeKeychainPassword(const QString &accountName,
                                                   const QString &password);
[[nodiscard]] bool keychainReachable();

} // namespace Cli
