#include "eastpop3server.h"

#include <algorithm>

#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

// The values of upstream's testcases/setup.ron, for fields neither the case nor the defaults
// given to configure() set.
const QByteArray setupGreeting = "+OK POP3 server ready.\r\n";
const QList<QByteArray> setupCapa = {
    "STLS",       "TOP",       "RESP-CODES", "LOGIN-DELAY 900",
    "PIPELINING", "EXPIRE 60", "UIDL",       "IMPLEMENTATION fake_mail_server"};
const QList<QByteArray> setupCapaLater = {
    "TOP",        "USER",      "RESP-CODES", "LOGIN-DELAY 900",
    "PIPELINING", "EXPIRE 60", "UIDL",       "IMPLEMENTATION fake_mail_server"};
const QByteArray defaultStlsResponse = "+OK Begin fake TLS negotiation now.\r\n";
const char *const capaFields[] = {"capa", "capa_tls", "capa_auth", "capa_tls_auth"};

const QByteArray message = "From: EAST <east@example.org>\r\nTo: alice@example.org\r\n"
                           "Subject: EAST\r\n\r\nHello from the EAST test server.\r\n";
const QByteArray messageUidl = "east-1";
constexpr qsizetype maxLineBytes = 64 * 1024;

QList<QByteArray> lowerCase(QList<QByteArray> names)
{
    for (QByteArray &name : names)
        name = name.toLower();
    return names;
}

} // namespace

struct EastPop3Server::Peer
{
    enum class Sasl {
        None,
        Plain,
        LoginUser,
        LoginPassword,
    };

    QSslSocket *socket = nullptr;
    qsizetype record = 0; // index in m_connections
    QByteArray buffer;
    QByteArray user;
    Sasl sasl = Sasl::None;
    bool authenticated = false;
    bool switching = false; // STLS answered, TLS starting: plaintext lines are no commands
    bool deleted = false;
};

EastPop3Server::EastPop3Server(QObject *parent)
    : QTcpServer(parent)
{ }

EastPop3Server::~EastPop3Server()
{
    for (const std::unique_ptr<Peer> &peer : m_peers) {
        peer->socket->disconnect(); // no signal may reach the half-destroyed server
        delete peer->socket;
    }
}

std::optional<TestCertificates::Kind> EastPop3Server::certificateKind(const QByteArray &crtPath)
{
    using Kind = TestCertificates::Kind;
    const QByteArray name = crtPath.mid(crtPath.lastIndexOf('/') + 1).toLower();
    if (crtPath == "<not needed>" || name == "example.org.pem")
        return Kind::Valid;
    if (name.contains("self-signed"))
        return Kind::SelfSigned;
    if (name.contains("unknown-root"))
        return Kind::UnknownCa;
    if (name.startsWith("other."))
        return Kind::WrongHost;
    if (name.contains("expired"))
        return Kind::Expired;
    return std::nullopt;
}

bool EastPop3Server::configure(const EastCase &testCase, const EastCase &defaults,
                               const TestCertificates &certificates)
{
    const auto string = [&](const char *field, const QByteArray &fallback) {
        return testCase.string(field).value_or(defaults.string(field).value_or(fallback));
    };
    const auto list = [&](const char *field, const QList<QByteArray> &fallback) {
        return testCase.stringList(field).value_or(defaults.stringList(field).value_or(fallback));
    };
    const auto flag = [&](const char *field, bool fallback) {
        return testCase.boolean(field).value_or(defaults.boolean(field).value_or(fallback));
    };
    m_greeting = string("greeting", setupGreeting);
    for (std::size_t i = 0; i < m_capa.size(); ++i)
        m_capa[i] = list(capaFields[i], i == 0 ? setupCapa : setupCapaLater);
    m_stlsResponse = string("stls_response", defaultStlsResponse);
    m_stlsTransition = flag("stls_make_transition", true);
    m_implicitTls = flag("implicit_tls", false);
    m_hide = lowerCase(list("hide_commands", {}));
    m_ignoreTls = lowerCase(list("ignore_commands_tls", {}));
    m_override =
        testCase.stringMap("override_response")
            .value_or(defaults.stringMap("override_response").value_or(decltype(m_override)()));
    for (auto &[command, answer] : m_override)
        command = command.toLower();

    const EastCase::Certificate cert = testCase.certificate("cert").value_or(
        defaults.certificate("cert").value_or(EastCase::Certificate {"<not needed>", {}}));
    const std::optional<TestCertificates::Kind> kind = certificateKind(cert.crtPath);
    if (!kind) {
        m_error = QStringLiteral("no test certificate for crt_path \"%1\"; extend "
                                 "EastPop3Server::certificateKind()")
                      .arg(QString::fromUtf8(cert.crtPath));
        return false;
    }
    m_trusted = *kind == TestCertificates::Kind::Valid;
    QFile keyFile(certificates.privateKeyPath(*kind));
    if (keyFile.open(QIODevice::ReadOnly))
        m_key = QSslKey(&keyFile, QSsl::Ec);
    m_certificate = QSslCertificate::fromPath(certificates.certificatePath(*kind)).value(0);
    if (m_key.isNull() || m_certificate.isNull()) {
        m_error = QStringLiteral("cannot load the test certificate %1")
                      .arg(certificates.certificatePath(*kind));
        return false;
    }
    return true;
}

bool EastPop3Server::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QByteArray EastPop3Server::stlsAnswer() const
{
    for (const auto &[command, answer] : m_override) {
        if (command == "stls")
            return answer;
    }
    return m_stlsResponse;
}

bool EastPop3Server::allClosed() const
{
    return std::all_of(m_connections.cbegin(), m_connections.cend(),
                       [](const Connection &connection) { return connection.closed; });
}

QByteArray EastPop3Server::commandName(const QByteArray &line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toLower();
    const bool word = !verb.isEmpty() && verb.size() <= 8
        && std::all_of(verb.cbegin(), verb.cend(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!word)
        return {};
    return verb == "auth" && line.mid(verb.size()).trimmed().isEmpty() ? "authlist" : verb;
}

QByteArray EastPop3Server::statelessAnswer(const QByteArray &line) const
{
    const QByteArray name = commandName(line);
    for (const auto &[command, answer] : m_override) {
        if (command == name)
            return answer;
    }
    if (name == "capa")
        return capaAnswer(true, false);
    if (name == "authlist")
        return "+OK\r\nPLAIN\r\nLOGIN\r\n.\r\n";
    return "+OK\r\n";
}

QByteArray EastPop3Server::capaAnswer(bool tls, bool authenticated) const
{
    QByteArray answer = "+OK list of capabilities\r\n";
    for (const QByteArray &line : m_capa.at((tls ? 1 : 0) + (authenticated ? 2 : 0)))
        answer += line + "\r\n";
    return answer + ".\r\n";
}

void EastPop3Server::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->setSslConfiguration(config);

    m_peers.push_back(std::make_unique<Peer>());
    Peer *peer = m_peers.back().get();
    peer->socket = socket;
    peer->record = m_connections.size();
    m_connections.append(Connection());
    connect(socket, &QSslSocket::readyRead, this, [this, peer] { onReadyRead(*peer); });
    connect(socket, &QSslSocket::encrypted, this, [this, peer] { onEncrypted(*peer); });
    connect(socket, &QSslSocket::disconnected, this, [this, peer] { onClosed(*peer); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, peer] {
        if (peer->socket->state() == QAbstractSocket::UnconnectedState)
            onClosed(*peer);
    });
    if (m_implicitTls)
        socket->startServerEncryption(); // the greeting follows on encrypted()
    else
        socket->write(m_greeting);
}

void EastPop3Server::onReadyRead(Peer &peer)
{
    const QByteArray bytes = peer.socket->readAll();
    const bool tls = peer.socket->isEncrypted();
    const int read = ++m_connections[peer.record].reads;
    if (tls && !m_trusted)
        m_connections[peer.record].bytesOverUntrustedTls += bytes.size();
    peer.buffer += bytes;
    for (qsizetype lf = peer.buffer.indexOf('\n'); lf >= 0; lf = peer.buffer.indexOf('\n')) {
        QByteArray line = peer.buffer.left(lf);
        peer.buffer.remove(0, lf + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        m_connections[peer.record].lines.append({line, tls, tls && m_trusted, read});
        if (!peer.switching)
            handleLine(peer, line);
    }
    if (peer.buffer.size() > maxLineBytes)
        peer.socket->abort(); // onClosed records the rest
}

void EastPop3Server::onEncrypted(Peer &peer)
{
    Connection &connection = m_connections[peer.record];
    connection.tlsEstablished = true;
    if (!peer.buffer.isEmpty()) // an incomplete line sent in plaintext after STLS
        connection.lines.append({std::exchange(peer.buffer, {}), false, false, connection.reads});
    peer.switching = false;
    if (m_implicitTls)
        peer.socket->write(m_greeting);
}

void EastPop3Server::onClosed(Peer &peer)
{
    Connection &connection = m_connections[peer.record];
    if (connection.closed)
        return;
    connection.closed = true;
    const bool tls = connection.tlsEstablished && peer.socket->isEncrypted();
    if (!peer.buffer.isEmpty()) // an incomplete last line
        connection.lines.append(
            {std::exchange(peer.buffer, {}), tls, tls && m_trusted, connection.reads});
}

void EastPop3Server::handleLine(Peer &peer, const QByteArray &line)
{
    if (peer.sasl != Peer::Sasl::None) {
        continueSasl(peer, line);
        return;
    }
    const QByteArray name = commandName(line);
    if (name.isEmpty())
        return; // no command at all: upstream reads on without answering
    Connection &connection = m_connections[peer.record];
    if (peer.socket->isEncrypted() && m_ignoreTls.contains(name)) {
        if (connection.firstIgnored < 0)
            connection.firstIgnored = connection.lines.size() - 1;
        return;
    }
    if (m_hide.contains(name)) {
        peer.socket->write("-ERR bad command\r\n");
        return;
    }
    for (const auto &[command, answer] : m_override) {
        if (command == name) {
            peer.socket->write(answer); // an overridden STLS does not start TLS (upstream)
            return;
        }
    }
    const qsizetype space = line.indexOf(' ');
    answer(peer, line.left(space < 0 ? line.size() : space).toUpper(),
           space < 0 ? QByteArray() : line.mid(space + 1).trimmed());
}

void EastPop3Server::answer(Peer &peer, const QByteArray &verb, const QByteArray &argument)
{
    QSslSocket *socket = peer.socket;
    const bool tls = socket->isEncrypted();
    if (verb == "CAPA") {
        socket->write(capaAnswer(tls, peer.authenticated));
    } else if (verb == "NOOP") {
        socket->write("+OK\r\n");
    } else if (verb == "QUIT") {
        socket->write("+OK Fake logging out.\r\n");
        socket->disconnectFromHost();
    } else if (!peer.authenticated) {
        const QList<QByteArray> words = argument.split(' ');
        const QByteArray mechanism = words.value(0).toUpper();
        if (verb == "STLS" && tls) {
            socket->write("-ERR already using TLS\r\n");
        } else if (verb == "STLS") {
            socket->write(m_stlsResponse);
            if (m_stlsTransition) {
                peer.switching = true;
                socket->flush();
                socket->startServerEncryption();
            }
        } else if (verb == "USER") {
            peer.user = argument;
            socket->write("+OK user ok\r\n");
        } else if (verb == "PASS") {
            logIn(peer, peer.user);
        } else if (verb == "APOP") {
            logIn(peer, words.value(0));
        } else if (verb == "AUTH" && mechanism.isEmpty()) {
            socket->write(statelessAnswer("AUTH"));
        } else if (verb == "AUTH" && (mechanism == "PLAIN" || mechanism == "LOGIN")) {
            peer.sasl = mechanism == "PLAIN" ? Peer::Sasl::Plain : Peer::Sasl::LoginUser;
            if (words.size() > 1)
                continueSasl(peer, words.at(1));
            else
                socket->write(mechanism == "PLAIN" ? "+ \r\n" : "+ VXNlcm5hbWU6\r\n");
        } else if (verb == "AUTH") {
            socket->write("-ERR not supported.\r\n");
        } else {
            socket->write("-ERR log in first\r\n");
        }
    } else {
        const bool one = argument.split(' ').value(0) == "1" && !peer.deleted;
        const QByteArray size = QByteArray::number(message.size());
        const QByteArray noSuchMessage = "-ERR no such message\r\n";
        if (verb == "STAT") {
            socket->write(peer.deleted ? "+OK 0 0\r\n" : "+OK 1 " + size + "\r\n");
        } else if (verb == "LIST" || verb == "UIDL") {
            const QByteArray entry = verb == "LIST" ? "1 " + size : "1 " + messageUidl;
            if (argument.isEmpty())
                socket->write("+OK\r\n" + (peer.deleted ? QByteArray() : entry + "\r\n") + ".\r\n");
            else
                socket->write(one ? "+OK " + entry + "\r\n" : noSuchMessage);
        } else if (verb == "RETR") {
            socket->write(one ? "+OK " + size + " octets\r\n" + message + ".\r\n" : noSuchMessage);
        } else if (verb == "TOP") {
            const qsizetype headerEnd = message.indexOf("\r\n\r\n") + 4;
            const bool headersOnly = argument.split(' ').value(1) == "0";
            const QByteArray top = headersOnly ? message.left(headerEnd) : message;
            socket->write(one ? "+OK\r\n" + top + ".\r\n" : noSuchMessage);
        } else if (verb == "DELE") {
            socket->write(one ? "+OK message deleted\r\n" : noSuchMessage);
            peer.deleted = peer.deleted || one;
        } else if (verb == "RSET") {
            peer.deleted = false;
            socket->write("+OK\r\n");
        } else {
            socket->write("-ERR unknown command or already logged in\r\n");
        }
    }
}

void EastPop3Server::continueSasl(Peer &peer, const QByteArray &line)
{
    const Peer::Sasl step = std::exchange(peer.sasl, Peer::Sasl::None);
    if (line.trimmed() == "*") {
        peer.socket->write("-ERR authentication cancelled\r\n");
        return;
    }
    const QByteArray decoded = QByteArray::fromBase64(line.trimmed());
    switch (step) {
    case Peer::Sasl::Plain: // authorization identity, NUL, user, NUL, password
        logIn(peer, decoded.split('\0').value(1));
        return;
    case Peer::Sasl::LoginUser:
        peer.user = decoded;
        peer.sasl = Peer::Sasl::LoginPassword;
        peer.socket->write("+ UGFzc3dvcmQ6\r\n");
        return;
    case Peer::Sasl::LoginPassword:
    case Peer::Sasl::None:
        logIn(peer, peer.user);
        return;
    }
}

void EastPop3Server::logIn(Peer &peer, const QByteArray &user)
{
    if (user != "alice") {
        peer.socket->write("-ERR [AUTH] invalid user name or password\r\n");
        return;
    }
    const bool tls = peer.socket->isEncrypted();
    Connection &connection = m_connections[peer.record];
    peer.authenticated = true;
    connection.authenticated = true;
    connection.authenticatedOverTrustedTls = tls && m_trusted;
    peer.socket->write("+OK Fake maildrop locked and ready.\r\n");
}
