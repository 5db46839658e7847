#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "pop3/pop3error.h"

namespace Store {
class MessageStore;
}

namespace Cli {

// Exit statuses, stable for scripts.
enum ExitCode {
    Success = 0,
    Failure = 1, // anything not covered below (also: cancelled)
    Usage = 2, // bad command line
    Network = 3, // could not reach the server, or it failed in the middle
    Auth = 4, // credentials refused, or none available
    Tls = 5, // TLS or certificate failure
    Store = 6, // the profile's database or a file could not be read or written
};

// What every command gets: the profile, the streams, and the store, opened on first use.
class Context final
{
public:
    explicit Context(QString profileDir);
    ~Context();

    [[nodiscard]] const QString &profileDir() const { return m_profileDir; }
    // Opens the profile on first use; nullptr after printing the error.
    [[nodiscard]] Store::MessageStore *store();

    QTextStream out;
    QTextStream err;

    // Prints "satchel-cli: <message>" on stderr and returns code.
    int fail(int code, const QString &message);

private:
    QString m_profileDir;
    std::unique_ptr<Store::MessageStore> m_store;
};

[[nodiscard]] int exitCodeFor(const Pop3::Error &error);
// The CLI's strings, one translation context for all of its files.
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace Cli
