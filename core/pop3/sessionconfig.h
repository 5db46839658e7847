#pragma once

#include <optional>

#include <QString>

#include "pop3/sasl.h"

namespace Pop3 {

// The three ways to reach a POP3 server. There is no "STARTTLS if available": a STARTTLS account
// fails rather than fall back to plaintext.
enum class Security {
    ImplicitTls, // TLS from the first byte (port 995)
    StartTls, // plaintext, then STLS before anything else (port 110); required
    None, // no encryption; an explicit account setting the UI warns about
};

// "tls", "starttls", "none": how profiles and satchel-cli spell the modes.
[[nodiscard]] QString securityName(Security security);
[[nodiscard]] std::optional<Security> securityFromName(const QString &name);

[[nodiscard]] constexpr quint16 defaultPort(Security security)
{
    return security == Security::ImplicitTls ? 995 : 110;
}

struct SessionConfig
{
    QString host;
    quint16 port = 995;
    Security security = Security::ImplicitTls;

    QString user;
    QString password; // for password mechanisms
    QString oauthToken; // for XOAUTH2/OAUTHBEARER, supplied by the caller
    Sasl::AuthMethod authMethod = Sasl::AuthMethod::Automatic;
    // One exact mechanism instead of authMethod's choice (tests and troubleshooting); the
    // session fails with NoSuitableMechanism when the server does not offer it.
    std::optional<Sasl::Mechanism> mechanism;
    // Send credentials even though the connection is not encrypted (Security::None only).
    bool allowUnencryptedPassword = false;

    int connectTimeoutMs = 30000; // from connecting until the greeting has arrived
    int commandTimeoutMs = 60000; // silence while a reply is awaited
    int keepAliveMs = 0; // NOOP after this long idle in the transaction state; 0: never

    // Pipelining window (used only when CAPA offers PIPELINING): at most this many commands and
    // this many expected reply bytes in flight; refilled when a quarter has been answered.
    // Commands are a few bytes each, so a long window costs nothing; the byte bound keeps what
    // large messages may pile up in memory in check (bench_latency: 256 beats 64 by a quarter at
    // 50 ms each way).
    int pipelineMaxCommands = 256;
    qint64 pipelineMaxBytes = 8 * 1024 * 1024;
};

} // namespace Pop3
