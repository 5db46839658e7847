#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include "pop3/replyparser.h"

namespace Pop3 {

// Why a POP3 session or one of its commands failed. Each kind tells the caller what to do next:
// ask for a password, retry later, show a certificate, or give up and say why.
enum class ErrorKind {
    None,
    HostNotFound,
    ConnectionRefused,
    ConnectionFailed, // any other socket error
    ConnectionLost, // the server closed the connection in the middle of a session
    Timeout, // connect, greeting or a command took too long
    TlsHandshakeFailed, // TLS could not be negotiated
    CertificateUntrusted, // verification failed; certificateChain and sslErrors say why
    StartTlsUnavailable, // STARTTLS required but the server does not offer STLS
    StartTlsRefused, // the server answered -ERR to STLS
    StartTlsInjection, // bytes followed +OK to STLS: a man in the middle, or a broken server
    GreetingRefused, // -ERR greeting
    PlaintextAuthForbidden, // credentials would cross an unencrypted connection
    NoSuitableMechanism, // the server offers no authentication the account allows
    InvalidCredentialsText, // user name or password cannot be sent (line breaks, NUL)
    AuthenticationFailed, // wrong user name or password ([AUTH], or plain -ERR)
    MailboxInUse, // [IN-USE] or a lock message: retry later, do not ask for a password
    LoginDelay, // [LOGIN-DELAY]: retry after retryAfterSeconds
    TemporaryFailure, // [SYS/TEMP]: retry with back-off
    PermanentFailure, // [SYS/PERM]: give up and say why
    CommandFailed, // -ERR to a transaction command (the session goes on)
    ProtocolError, // malformed or unsolicited data from the server
    LocalStoreFailed, // a message could not be saved here; the session closed without QUIT
    UnsupportedByServer, // the account's settings need something the server lacks (e.g. UIDL)
    Cancelled, // the user cancelled; no QUIT was sent, so nothing was deleted
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    ResponseCode code = ResponseCode::None;
    QString serverText; // already made displayable
    QString detail; // technical detail: socket error text, the offending command
    QList<QSslCertificate> certificateChain;
    QList<QSslError> sslErrors;
    int retryAfterSeconds = 0;

    [[nodiscard]] bool isError() const { return kind != ErrorKind::None; }
    // A plain-language sentence for the user (translated).
    [[nodiscard]] QString message() const;
    // Worth retrying later without asking the user anything.
    [[nodiscard]] bool isTransient() const;
    // The user should be asked for the password again.
    [[nodiscard]] bool needsCredentials() const;

    [[nodiscard]] static Error make(ErrorKind kind, QString detail = {});
};

[[nodiscard]] const char *errorKindName(ErrorKind kind);

} // namespace Pop3
