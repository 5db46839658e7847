#include "pop3/capabilities.h"

#include "pop3/listingparser.h"

namespace Pop3 {

Capabilities Capabilities::fromLines(const QList<QByteArray> &lines)
{
    Capabilities caps;
    caps.answered = true;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.simplified().split(' ');
        const QByteArray name = words.value(0).toUpper();
        if (name == "TOP") {
            caps.top = true;
        } else if (name == "UIDL") {
            caps.uidl = true;
        } else if (name == "USER") {
            caps.user = true;
        } else if (name == "STLS") {
            caps.stls = true;
        } else if (name == "PIPELINING") {
            caps.pipelining = true;
        } else if (name == "RESP-CODES") {
            caps.respCodes = true;
        } else if (name == "AUTH-RESP-CODE") {
            caps.authRespCode = true;
        } else if (name == "SASL") {
            for (qsizetype i = 1; i < words.size() && caps.saslMechanisms.size() < 32; ++i) {
                const QByteArray mechanism = words.at(i).toUpper();
                if (!mechanism.isEmpty() && mechanism.size() <= 64
                    && !caps.saslMechanisms.contains(mechanism))
                    caps.saslMechanisms.append(mechanism);
            }
        } else if (name == "LOGIN-DELAY") {
            // "LOGIN-DELAY 900" or, after login, "LOGIN-DELAY 900 USER"
            if (const auto seconds = parseOctets(words.value(1)); seconds && *seconds < 86400 * 365)
                caps.loginDelaySeconds = static_cast<int>(*seconds);
        } else if (name == "IMPLEMENTATION") {
            caps.implementation = line.simplified().mid(15).left(200);
        }
    }
    return caps;
}

} // namespace Pop3
