#pragma once

#include <optional>

#include <QByteArray>
#include <QList>

namespace Pop3 {

// What a server announced in its CAPA reply (RFC 2449). Everything is rebuilt from scratch after
// STLS: nothing learned over plaintext survives the TLS upgrade.
struct Capabilities
{
    bool answered = false; // CAPA got +OK; false for servers without CAPA (RFC 1939 only)
    bool top = false;
    bool uidl = false;
    bool user = false;
    bool stls = false;
    bool pipelining = false;
    bool respCodes = false;
    bool authRespCode = false;
    QList<QByteArray> saslMechanisms; // upper case, as announced
    std::optional<int> loginDelaySeconds;
    QByteArray implementation;

    // USER/PASS is assumed available on a server that does not answer CAPA (RFC 1939).
    [[nodiscard]] bool offersUser() const { return user || !answered; }

    [[nodiscard]] static Capabilities fromLines(const QList<QByteArray> &lines);
};

} // namespace Pop3
