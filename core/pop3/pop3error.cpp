#include "pop3/pop3error.h"

#include <QCoreApplication>

namespace Pop3 {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Pop3::Error)
};

QString describe(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::HostNotFound:
        return Strings::tr(
            "The mail server's name could not be found. Check the server name and your "
            "network connection.");
    case ErrorKind::ConnectionRefused:
        return Strings::tr(
            "The mail server refused the connection. Check the server name and port.");
    case ErrorKind::ConnectionFailed:
        return Strings::tr("Could not connect to the mail server.");
    case ErrorKind::ConnectionLost:
        return Strings::tr(
            "The connection to the mail server was lost. Nothing was deleted on the server; "
            "the next check continues where this one stopped.");
    case ErrorKind::Timeout:
        return Strings::tr("The mail server did not answer in time.");
    case ErrorKind::TlsHandshakeFailed:
        return Strings::tr(
            "A secure (TLS) connection to the mail server could not be established.");
    case ErrorKind::CertificateUntrusted:
        return Strings::tr(
            "The mail server's certificate could not be verified, so nothing was sent to "
            "it. Someone may be impersonating the server.");
    case ErrorKind::StartTlsUnavailable:
        return Strings::tr(
            "The server does not offer STARTTLS, which this account requires. Satchel will "
            "not send your mail or password unencrypted.");
    case ErrorKind::StartTlsRefused:
        return Strings::tr(
            "The server refused to start an encrypted (STARTTLS) connection. Satchel will "
            "not continue unencrypted.");
    case ErrorKind::StartTlsInjection:
        return Strings::tr(
            "The server sent unexpected data while switching to encryption. This can be an "
            "attack on the connection, so Satchel stopped.");
    case ErrorKind::GreetingRefused:
        return Strings::tr("The mail server is not accepting connections right now.");
    case ErrorKind::PlaintextAuthForbidden:
        return Strings::tr(
            "Your password would be sent unencrypted. Enable encryption for this account, "
            "or explicitly allow unencrypted passwords in its settings.");
    case ErrorKind::NoSuitableMechanism:
        return Strings::tr("The server offers no sign-in method this account allows. Try another "
                           "authentication method in the account settings.");
    case ErrorKind::InvalidCredentialsText:
        return Strings::tr("The user name or password contains characters that cannot be sent.");
    case ErrorKind::AuthenticationFailed:
        return Strings::tr("The server did not accept the user name or password.");
    case ErrorKind::MailboxInUse:
        return Strings::tr(
            "The mailbox is in use by another program. Satchel will try again later.");
    case ErrorKind::LoginDelay:
        return Strings::tr("The server asks to wait longer between checks for mail.");
    case ErrorKind::TemporaryFailure:
        return Strings::tr(
            "The mail server has a temporary problem. Satchel will try again later.");
    case ErrorKind::PermanentFailure:
        return Strings::tr("The mail server reported a permanent problem with this mailbox.");
    case ErrorKind::CommandFailed:
        return Strings::tr("The mail server could not carry out a request.");
    case ErrorKind::ProtocolError:
        return Strings::tr(
            "The mail server sent something Satchel does not understand, so the connection "
            "was closed.");
    case ErrorKind::LocalStoreFailed:
        return Strings::tr(
            "A message could not be saved on this computer, so the check was stopped. "
            "Nothing was deleted on the server.");
    case ErrorKind::UnsupportedByServer:
        return Strings::tr("The server cannot do what this account's settings need.");
    case ErrorKind::Cancelled:
        return Strings::tr("Cancelled. Nothing was deleted on the server.");
    }
    return {};
}

} // namespace

QString Error::message() const
{
    QString text = describe(kind);
    if (kind == ErrorKind::LoginDelay && retryAfterSeconds > 0) {
        text += QLatin1Char(' ')
            + QCoreApplication::translate("Pop3::Error", "Next attempt in %n minute(s).", nullptr,
                                          (retryAfterSeconds + 59) / 60);
    }
    if (!serverText.isEmpty())
        text += QLatin1Char(' ') + Strings::tr("The server said: \u201c%1\u201d").arg(serverText);
    return text;
}

bool Error::isTransient() const
{
    switch (kind) {
    case ErrorKind::ConnectionFailed:
    case ErrorKind::ConnectionLost:
    case ErrorKind::Timeout:
    case ErrorKind::GreetingRefused:
    case ErrorKind::MailboxInUse:
    case ErrorKind::LoginDelay:
    case ErrorKind::TemporaryFailure:
        return true;
    default:
        return false;
    }
}

bool Error::needsCredentials() const
{
    return kind == ErrorKind::AuthenticationFailed;
}

Error Error::make(ErrorKind kind, QString detail)
{
    Error error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

const char *errorKindName(ErrorKind kind)
{
    switch (kind) {
#define SATCHEL_ERROR_NAME(k)                                                                      \
    case ErrorKind::k:                                                                             \
        return #k;
        SATCHEL_ERROR_NAME(None)
        SATCHEL_ERROR_NAME(HostNotFound)
        SATCHEL_ERROR_NAME(ConnectionRefused)
        SATCHEL_ERROR_NAME(ConnectionFailed)
        SATCHEL_ERROR_NAME(ConnectionLost)
        SATCHEL_ERROR_NAME(Timeout)
        SATCHEL_ERROR_NAME(TlsHandshakeFailed)
        SATCHEL_ERROR_NAME(CertificateUntrusted)
        SATCHEL_ERROR_NAME(StartTlsUnavailable)
        SATCHEL_ERROR_NAME(StartTlsRefused)
        SATCHEL_ERROR_NAME(StartTlsInjection)
        SATCHEL_ERROR_NAME(GreetingRefused)
        SATCHEL_ERROR_NAME(PlaintextAuthForbidden)
        SATCHEL_ERROR_NAME(NoSuitableMechanism)
        SATCHEL_ERROR_NAME(InvalidCredentialsText)
        SATCHEL_ERROR_NAME(AuthenticationFailed)
        SATCHEL_ERROR_NAME(MailboxInUse)
        SATCHEL_ERROR_NAME(LoginDelay)
        SATCHEL_ERROR_NAME(TemporaryFailure)
        SATCHEL_ERROR_NAME(PermanentFailure)
        SATCHEL_ERROR_NAME(CommandFailed)
        SATCHEL_ERROR_NAME(ProtocolError)
        SATCHEL_ERROR_NAME(LocalStoreFailed)
        SATCHEL_ERROR_NAME(UnsupportedByServer)
        SATCHEL_ERROR_NAME(Cancelled)
#undef SATCHEL_ERROR_NAME
    }
    return "?";
}

} // namespace Pop3
