#include "accounts/connectiontester.h"

#include <QCoreApplication>
#include <QTimer>

#include "sync/accountconnection.h"

namespace Accounts {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Accounts::ConnectionTester)
};

// Did the session get past connecting (and TLS) before this error?
bool connected(Pop3::ErrorKind kind)
{
    switch (kind) {
    case Pop3::ErrorKind::HostNotFound:
    case Pop3::ErrorKind::ConnectionRefused:
    case Pop3::ErrorKind::ConnectionFailed:
    case Pop3::ErrorKind::Timeout:
    case Pop3::ErrorKind::Cancelled:
        return false;
    default:
        return true;
    }
}

bool encrypted(Pop3::ErrorKind kind)
{
    switch (kind) {
    case Pop3::ErrorKind::TlsHandshakeFailed:
    case Pop3::ErrorKind::CertificateUntrusted:
    case Pop3::ErrorKind::StartTlsUnavailable:
    case Pop3::ErrorKind::StartTlsRefused:
    case Pop3::ErrorKind::StartTlsInjection:
    case Pop3::ErrorKind::GreetingRefused:
    case Pop3::ErrorKind::ProtocolError:
        return false;
    default:
        return connected(kind);
    }
}

} // namespace

QString hintFor(const Pop3::Error &error)
{
    using Pop3::ErrorKind;
    switch (error.kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::HostNotFound:
        return Strings::tr(
            "Check the spelling of the server name, and that this computer is online.");
    case ErrorKind::ConnectionRefused:
        return Strings::tr(
            "Nothing answers on this port: check the port number (995 for SSL/TLS, 110 "
            "for STARTTLS) and the security choice.");
    case ErrorKind::ConnectionFailed:
    case ErrorKind::ConnectionLost:
        return Strings::tr(
            "Check your network connection and try again; a firewall may block the port.");
    case ErrorKind::Timeout:
        return Strings::tr(
            "The server did not answer in time: check the server name and port, or try "
            "again later.");
    case ErrorKind::TlsHandshakeFailed:
        return Strings::tr(
            "Encryption could not be set up: the port may expect the other security choice "
            "(SSL/TLS on 995, STARTTLS on 110).");
    case ErrorKind::CertificateUntrusted:
        return Strings::tr(
            "The server's certificate is not trusted (self-signed, expired, or issued for "
            "another name). Check the server name, or ask your provider.");
    case ErrorKind::StartTlsUnavailable:
    case ErrorKind::StartTlsRefused:
        return Strings::tr(
            "The server does not offer STARTTLS on this port. Try SSL/TLS on port 995.");
    case ErrorKind::StartTlsInjection:
        return Strings::tr("Someone may be interfering with the connection. Try another network.");
    case ErrorKind::GreetingRefused:
    case ErrorKind::TemporaryFailure:
    case ErrorKind::MailboxInUse:
        return Strings::tr(
            "The server is busy or another program is reading this mailbox. Try again in "
            "a few minutes.");
    case ErrorKind::LoginDelay:
        return Strings::tr("The server allows logging in only every few minutes. Try again later.");
    case ErrorKind::PlaintextAuthForbidden:
        return Strings::tr("Choose SSL/TLS or STARTTLS, or explicitly allow sending the password "
                           "unencrypted.");
    case ErrorKind::NoSuitableMechanism:
        return Strings::tr(
            "Choose another authentication method, such as Automatic or Normal password.");
    case ErrorKind::InvalidCredentialsText:
        return Strings::tr("The user name or password contains a line break or a NUL character.");
    case ErrorKind::AuthenticationFailed:
        return Strings::tr("Check the user name (often the full e-mail address) and the password.");
    case ErrorKind::PermanentFailure:
        return Strings::tr(
            "The server refused this account. Ask your provider whether POP3 is enabled "
            "for it.");
    case ErrorKind::UnsupportedByServer:
        return Strings::tr("This server lacks a feature Satchel needs (UIDL).");
    case ErrorKind::CommandFailed:
    case ErrorKind::ProtocolError:
    case ErrorKind::LocalStoreFailed:
        return Strings::tr(
            "The server answered something unexpected. The protocol log shows the details.");
    case ErrorKind::Cancelled:
        return Strings::tr("The test was cancelled.");
    }
    return {};
}

QStringList capabilityNames(const Pop3::Capabilities &capabilities)
{
    QStringList names;
    if (capabilities.uidl)
        names.append(QStringLiteral("UIDL"));
    if (capabilities.top)
        names.append(QStringLiteral("TOP"));
    if (capabilities.pipelining)
        names.append(QStringLiteral("PIPELINING"));
    if (capabilities.stls)
        names.append(QStringLiteral("STLS"));
    if (capabilities.user)
        names.append(QStringLiteral("USER"));
    if (capabilities.respCodes)
        names.append(QStringLiteral("RESP-CODES"));
    if (capabilities.authRespCode)
        names.append(QStringLiteral("AUTH-RESP-CODE"));
    if (!capabilities.saslMechanisms.isEmpty()) {
        names.append(QStringLiteral("SASL ")
                     + QString::fromLatin1(capabilities.saslMechanisms.join(' ')));
    }
    return names;
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Accounts::TestReport>();
    qRegisterMetaType<Pop3::FetchSummary>();
    qRegisterMetaType<Pop3::Error>();
    connect(&m_worker, &Pop3::FetchWorker::finished, this, &ConnectionTester::onFinished);
    connect(&m_worker, &Pop3::FetchWorker::failed, this, &ConnectionTester::onFailed);
}

ConnectionTester::~ConnectionTester() = default;

// GUI thread
bool ConnectionTester::start(const Store::Account &account, const QString &password)
{
    if (m_running)
        return false;
    m_account = account;
    Pop3::Error error;
    std::optional<Sync::AccountConnection> connection =
        Sync::connectionFor(account, password, &error);
    m_running = true;
    if (!connection) {
        QTimer::singleShot(0, this, [this, error] { onFailed(error, {}); });
        return true;
    }
    connection->config.connectTimeoutMs = m_timeoutMs;
    connection->config.commandTimeoutMs = m_timeoutMs;
    Pop3::FetchHooks hooks;
    hooks.plan = [](const QList<Pop3::ServerMessage> &) {
        return Pop3::FetchPlan {};
    };
    hooks.store = [](const Pop3::ServerMessage &, const QByteArray &) {
        return false;
    };
    if (!m_worker.start(connection->config, connection->trust, std::move(hooks))) {
        m_running = false;
        return false;
    }
    return true;
}

// GUI thread
void ConnectionTester::cancel()
{
    if (m_running)
        m_worker.cancel();
}

QString ConnectionTester::connectedStep() const
{
    return Strings::tr("Connected to %1 on port %2.").arg(m_account.host).arg(m_account.port);
}

void ConnectionTester::onFinished(const Pop3::FetchSummary &summary)
{
    m_running = false;
    TestReport report;
    report.ok = true;
    report.tlsProtocol = summary.tls.protocol;
    report.capabilities = capabilityNames(summary.capabilities);
    report.messagesOnServer = summary.messagesOnServer;
    report.protocolLog = summary.protocolLog;
    report.steps.append(connectedStep());
    if (m_account.security == Pop3::Security::None)
        report.steps.append(Strings::tr("The connection is NOT encrypted."));
    else if (summary.tls.protocol.isEmpty())
        report.steps.append(Strings::tr("The connection is encrypted."));
    else
        report.steps.append(
            Strings::tr("The connection is encrypted with %1.").arg(summary.tls.protocol));
    if (report.capabilities.isEmpty())
        report.steps.append(Strings::tr("The server did not list its capabilities."));
    else
        report.steps.append(Strings::tr("The server supports %1.")
                                .arg(report.capabilities.join(QStringLiteral(", "))));
    report.steps.append(Strings::tr("Logged in as %1.").arg(m_account.user));
    report.steps.append(
        Strings::tr("%n message(s) on the server.", nullptr, summary.messagesOnServer));
    Q_EMIT finished(report);
}

void ConnectionTester::onFailed(const Pop3::Error &error, const QString &protocolLog)
{
    m_running = false;
    TestReport report;
    report.error = error;
    report.hint = hintFor(error);
    report.protocolLog = protocolLog;
    if (connected(error.kind)) {
        report.steps.append(connectedStep());
        if (encrypted(error.kind) && m_account.security != Pop3::Security::None)
            report.steps.append(Strings::tr("The connection is encrypted."));
    }
    report.steps.append(error.message());
    Q_EMIT finished(report);
}

} // namespace Accounts
