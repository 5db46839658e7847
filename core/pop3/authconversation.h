#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include "pop3/pop3error.h"
#include "pop3/replyparser.h"
#include "pop3/sasl.h"
#include "pop3/sessionconfig.h"

namespace Pop3 {

// The lines of one sign-in, mechanism by mechanism, with no I/O: the session sends what this
// returns and reports the server's answers back. Secrets appear only in Line::text; logText has
// them hidden.
class AuthConversation final
{
public:
    struct Line
    {
        QByteArray text; // without CRLF
        QByteArray logText; // for the protocol log
    };

    enum class Outcome {
        Send, // send `line` next
        Done, // signed in
        Failed, // the server's answer makes no sense for this mechanism (`error` says why)
    };

    struct Step
    {
        Outcome outcome = Outcome::Failed;
        Line line;
        QString error;
    };

    // apopTimestamp: the greeting's timestamp, required for APOP only.
    AuthConversation(Sasl::Mechanism mechanism, const SessionConfig &config,
                     QByteArray apopTimestamp = {});

    [[nodiscard]] Line start();
    [[nodiscard]] Step onOk(); // +OK to the last line
    [[nodiscard]] Step onContinuation(QByteArrayView challenge); // "+ challenge" to the last line

private:
    Sasl::Mechanism m_mechanism;
    SessionConfig m_config;
    QByteArray m_apopTimestamp;
    int m_continuations = 0;
    bool m_userSent = false;
};

// The error a -ERR during sign-in (or in the greeting) stands for, from its RFC 3206 code or,
// without one, its text ("locked", "in use" and the like mean busy, not a wrong password).
[[nodiscard]] Error signInError(const StatusLine &status, std::optional<int> loginDelaySeconds);

} // namespace Pop3
