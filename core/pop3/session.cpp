#include "pop3/session.h"

#include <cstring>

#include "logging.h"
#include "pop3/servertext.h"

namespace Pop3 {

namespace {

QByteArray crlf(QByteArray line)
{
    line.append("\r\n");
    return line;
}

QByteArray number(quint32 n)
{
    return QByteArray::number(n);
}

// The size a server announced in a RETR status line ("+OK 1234 octets", RFC 1939's example, which
// Dovecot, Courier and others follow), or -1 when it gave none.
qint64 announcedOctets(const QByteArray &statusText)
{
    const QList<QByteArray> words = statusText.simplified().split(' ');
    if (words.size() < 2 || !words.at(1).toLower().startsWith("octets"))
        return -1;
    bool ok = false;
    const qint64 octets = words.at(0).toLongLong(&ok);
    return ok && octets >= 0 ? octets : -1;
}

// Whether a message's data fits the size its status line announced. POP3 has no checksum: a
// terminating "." damaged in transit merges a message with the next reply, and a data line
// damaged into "." cuts it short; either leaves every later reply paired with the wrong command.
// Servers count the message as sent (CRLF) or as stored (LF line ends), with or without the dots
// they stuff, so those four sizes are accepted, each give or take a few bytes.
bool fitsAnnounced(const QByteArray &data, qint64 octets)
{
    // One memchr pass (it runs over every message: two QByteArray::count passes were 4 % of a
    // fetch's CPU time).
    qint64 lines = 0;
    qint64 dots = data.startsWith('.') ? 1 : 0;
    const char *end = data.constData() + data.size();
    for (const char *p = data.constData();
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr;) {
        ++lines;
        if (++p < end && *p == '.')
            ++dots;
    }
    for (const qint64 size : {data.size(), data.size() - lines}) {
        for (const qint64 counted : {size, size + dots}) {
            if (qAbs(counted - octets) <= 8)
                return true;
        }
    }
    return false;
}

bool sendable(const QString &text)
{
    return !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QChar(0));
}

Error commandError(const StatusLine &status, const QByteArray &command)
{
    Error error = Error::make(ErrorKind::CommandFailed, QString::fromLatin1(command));
    error.code = status.code;
    error.serverText = displayableServerText(status.text);
    return error;
}

} // namespace

Session::Session(Transport *transport, SessionConfig config, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_config(std::move(config))
{
    m_watchdog.setSingleShot(true);
    m_keepAlive.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &Session::onWatchdog);
    connect(&m_keepAlive, &QTimer::timeout, this, &Session::onKeepAlive);
    connect(m_transport, &Transport::connected, this, &Session::onConnected);
    connect(m_transport, &Transport::encrypted, this, &Session::onEncrypted);
    connect(m_transport, &Transport::received, this, &Session::onReceived);
    connect(m_transport, &Transport::failed, this, &Session::onTransportFailed);
    connect(m_transport, &Transport::disconnected, this, &Session::onDisconnected);
}

Session::~Session()
{
    if (m_state != State::Idle && m_state != State::Closed && m_state != State::Failed)
        m_transport->abort();
}

TlsInfo Session::tlsInfo() const
{
    return m_transport->tlsInfo();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// ---- opening -------------------------------------------------------------------------------

void Session::open()
{
    Q_ASSERT(m_state == State::Idle);
    setState(State::Connecting);
    m_log.note(QStringLiteral("connecting to %1:%2").arg(m_config.host).arg(m_config.port));
    m_watchdog.start(m_config.connectTimeoutMs);
    m_transport->connectToHost(m_config.host, m_config.port,
                               m_config.security == Security::ImplicitTls);
}

void Session::onConnected()
{
    if (m_state != State::Connecting)
        return;
    if (m_config.security == Security::ImplicitTls && !m_transport->isEncrypted()) {
        fail(Error::make(ErrorKind::TlsHandshakeFailed, QStringLiteral("not encrypted")));
        return;
    }
    setState(State::Greeting);
    m_watchdog.start(m_config.connectTimeoutMs);
    processBuffer();
}

bool Session::handleGreeting()
{
    const StatusLine greeting = parseStatusLine(QByteArrayView(m_buffer).sliced(m_readPos));
    if (greeting.status == ParseStatus::Incomplete)
        return false;
    m_readPos += greeting.consumed;
    m_log.append(ProtocolLog::Direction::Received,
                 greeting.consumed ? QByteArrayView(m_buffer).sliced(m_readPos - greeting.consumed,
                                                                     greeting.consumed)
                                   : QByteArrayView("[malformed greeting]"));
    if (greeting.status == ParseStatus::Err) {
        Error error = signInError(greeting, std::nullopt);
        if (error.kind == ErrorKind::AuthenticationFailed)
            error.kind = ErrorKind::GreetingRefused;
        fail(std::move(error));
        return true;
    }
    if (greeting.status != ParseStatus::Ok) {
        fail(Error::make(ErrorKind::ProtocolError, QStringLiteral("malformed greeting")));
        return true;
    }
    if (m_readPos < m_buffer.size()) {
        fail(Error::make(ErrorKind::ProtocolError, QStringLiteral("data after the greeting")));
        return true;
    }
    // An APOP timestamp is usable only if it reached us over the channel the password will use:
    // with STARTTLS the greeting came in plaintext, so APOP is not offered at all.
    if (m_config.security != Security::StartTls)
        m_apopTimestamp = Sasl::apopTimestamp(greeting.text);
    askCapabilities();
    return true;
}

void Session::askCapabilities()
{
    setState(m_transport->isEncrypted() && m_config.security == Security::StartTls
                 ? State::CapabilitiesAfterTls
                 : State::Capabilities);
    m_capabilities = {};
    Command command;
    command.line = "CAPA\r\n";
    command.logLine = "CAPA";
    command.kind = ReplyKind::MultiLine;
    command.onReply = [this](Outcome &outcome) {
        onCapabilities(outcome);
    };
    send(std::move(command));
}

void Session::onCapabilities(Outcome &outcome)
{
    if (outcome.status.status == ParseStatus::Ok) {
        const QList<QByteArray> lines = splitDataLines(outcome.data);
        for (const QByteArray &line : lines)
            m_log.append(ProtocolLog::Direction::Received, line);
        m_capabilities = Capabilities::fromLines(lines);
    }
    if (m_config.security == Security::StartTls && !m_transport->isEncrypted()) {
        // A server that answers CAPA must list STLS; one without CAPA gets a plain STLS attempt.
        if (m_capabilities.answered && !m_capabilities.stls) {
            fail(Error::make(ErrorKind::StartTlsUnavailable));
            return;
        }
        startTls();
        return;
    }
    startAuthentication();
}

void Session::startTls()
{
    setState(State::StartTls);
    Command command;
    command.line = "STLS\r\n";
    command.logLine = "STLS";
    command.onReply = [this](Outcome &outcome) {
        if (outcome.status.status != ParseStatus::Ok) {
            Error error = Error::make(ErrorKind::StartTlsRefused);
            error.code = outcome.status.code;
            error.serverText = displayableServerText(outcome.status.text);
            fail(std::move(error));
            return;
        }
        // Anything after this +OK arrived in plaintext and must not be read as if it came over
        // TLS (response injection): processBuffer already failed if the buffer has more, and the
        // transport must hold nothing either.
        if (m_readPos < m_buffer.size() || m_transport->pendingPlaintextBytes() > 0) {
            fail(Error::make(ErrorKind::StartTlsInjection));
            return;
        }
        setState(State::TlsHandshake);
        m_log.note(QStringLiteral("starting TLS"));
        m_watchdog.start(m_config.connectTimeoutMs);
        m_transport->startTls();
    };
    send(std::move(command));
}

void Session::onEncrypted()
{
    if (m_state != State::TlsHandshake)
        return;
    const TlsInfo info = m_transport->tlsInfo();
    m_log.note(QStringLiteral("TLS established (%1, %2)").arg(info.protocol, info.cipher));
    askCapabilities(); // forget everything learned in plaintext
}

// ---- authentication ------------------------------------------------------------------------

void Session::startAuthentication()
{
    setState(State::Authenticating);
    if (!m_transport->isEncrypted()) {
        if (m_config.security != Security::None) {
            fail(Error::make(ErrorKind::TlsHandshakeFailed,
                             QStringLiteral("not encrypted before authentication")));
            return;
        }
        if (!m_config.allowUnencryptedPassword) {
            fail(Error::make(ErrorKind::PlaintextAuthForbidden));
            return;
        }
    }
    const std::optional<Sasl::Mechanism> mechanism = m_config.mechanism
        ? (isOffered(*m_config.mechanism) ? m_config.mechanism : std::nullopt)
        : Sasl::chooseMechanism(m_config.authMethod, m_capabilities.saslMechanisms,
                                m_capabilities.offersUser(), m_apopTimestamp.has_value());
    if (!mechanism) {
        fail(Error::make(ErrorKind::NoSuitableMechanism));
        return;
    }
    if (!sendable(m_config.user) || !sendable(m_config.password)) {
        fail(Error::make(ErrorKind::InvalidCredentialsText));
        return;
    }
    m_mechanism = mechanism;
    m_log.note(QStringLiteral("authenticating with %1")
                   .arg(QString::fromLatin1(Sasl::mechanismName(*mechanism))));
    authenticate(*mechanism);
}

bool Session::isOffered(Sasl::Mechanism mechanism) const
{
    switch (mechanism) {
    case Sasl::Mechanism::UserPass:
        return m_capabilities.offersUser();
    case Sasl::Mechanism::Apop:
        return m_apopTimestamp.has_value();
    default:
        return m_capabilities.saslMechanisms.contains(Sasl::mechanismName(mechanism));
    }
}

void Session::authenticate(Sasl::Mechanism mechanism)
{
    m_auth.emplace(mechanism, m_config, m_apopTimestamp.value_or(QByteArray()));
    sendAuthLine(m_auth->start());
}

void Session::sendAuthLine(const AuthConversation::Line &line)
{
    Command command;
    command.line = crlf(line.text);
    command.logLine = line.logText;
    command.allowContinuation = true;
    command.onReply = [this](Outcome &outcome) {
        AuthConversation::Step step;
        switch (outcome.status.status) {
        case ParseStatus::Ok:
            step = m_auth->onOk();
            break;
        case ParseStatus::Continuation:
            step = m_auth->onContinuation(outcome.status.text);
            break;
        default:
            fail(signInError(outcome.status, m_capabilities.loginDelaySeconds));
            return;
        }
        switch (step.outcome) {
        case AuthConversation::Outcome::Send:
            sendAuthLine(step.line);
            return;
        case AuthConversation::Outcome::Done:
            m_auth.reset();
            onAuthenticated();
            return;
        case AuthConversation::Outcome::Failed:
            fail(Error::make(ErrorKind::ProtocolError, step.error));
            return;
        }
    };
    send(std::move(command));
}

void Session::onAuthenticated()
{
    m_log.note(QStringLiteral("logged in"));
    setState(State::Transaction);
    Q_EMIT ready();
    if (m_state == State::Transaction)
        pump();
}

// ---- receiving -----------------------------------------------------------------------------

void Session::onReceived(const QByteArray &bytes)
{
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Idle)
        return;
    if (m_state == State::TlsHandshake) {
        fail(Error::make(ErrorKind::ProtocolError, QStringLiteral("data during TLS handshake")));
        return;
    }
    m_buffer.append(bytes);
    // The command timeout measures silence: data arriving for an awaited reply restarts it, so
    // a large message on a slow link is not cut off.
    if (!m_inFlight.empty() && m_state != State::Greeting && m_state != State::Connecting)
        m_watchdog.start(m_config.commandTimeoutMs);
    Q_EMIT bytesReceived(bytes.size());
    if (m_state == State::Failed)
        return;
    processBuffer();
}

void Session::processBuffer()
{
    while (m_state != State::Failed && m_state != State::Closed) {
        if (m_state == State::Connecting || m_state == State::TlsHandshake)
            break;
        if (m_state == State::Greeting) {
            if (!handleGreeting())
                break;
            continue;
        }
        if (m_readPos >= m_buffer.size())
            break;
        if (m_inFlight.empty()) {
            fail(Error::make(ErrorKind::ProtocolError, QStringLiteral("unsolicited data")));
            return;
        }
        const Command &front = m_inFlight.front();
        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_readPos);
        if (!m_haveStatus) {
            StatusLine status = parseStatusLine(rest);
            if (status.status == ParseStatus::Incomplete)
                break;
            if (status.status == ParseStatus::Malformed
                || (status.status == ParseStatus::Continuation && !front.allowContinuation)) {
                m_log.append(ProtocolLog::Direction::Received,
                             rest.first(qMin<qsizetype>(200, rest.size())));
                fail(Error::make(ErrorKind::ProtocolError,
                                 QStringLiteral("malformed reply to %1")
                                     .arg(QString::fromLatin1(front.logLine))));
                return;
            }
            m_log.append(ProtocolLog::Direction::Received, rest.first(status.consumed));
            m_readPos += status.consumed;
            m_current = {std::move(status), {}};
            if (front.kind == ReplyKind::MultiLine && m_current.status.status == ParseStatus::Ok) {
                m_haveStatus = true;
                // Sized from LIST so that a large message is not copied while it grows. Only
                // address space until bytes arrive, but a server's claim is capped all the same.
                m_current.data.reserve(qMin<qint64>(front.expectedBytes + 1024, MaxReserveBytes));
                continue;
            }
        } else {
            const DataProgress progress = appendDataLines(rest, m_current.data);
            m_readPos += progress.consumed;
            if (m_current.data.size() > front.maxReplyBytes) {
                fail(Error::make(ErrorKind::ProtocolError,
                                 QStringLiteral("the reply to %1 is larger than %2 bytes")
                                     .arg(QString::fromLatin1(front.logLine))
                                     .arg(front.maxReplyBytes)));
                return;
            }
            if (progress.status == ParseStatus::Malformed) {
                fail(Error::make(ErrorKind::ProtocolError,
                                 QStringLiteral("over-long line in reply to %1")
                                     .arg(QString::fromLatin1(front.logLine))));
                return;
            }
            if (progress.status != ParseStatus::Ok)
                break;
            m_haveStatus = false;
            if (front.checkOctets) {
                const qint64 octets = announcedOctets(m_current.status.text);
                if (octets >= 0 && !fitsAnnounced(m_current.data, octets)) {
                    fail(Error::make(ErrorKind::ProtocolError,
                                     QStringLiteral("the reply to %1 has %2 bytes where the server "
                                                    "announced %3: the connection is out of step")
                                         .arg(QString::fromLatin1(front.logLine))
                                         .arg(m_current.data.size())
                                         .arg(octets)));
                    return;
                }
            }
            if (front.logLine != "CAPA") {
                m_log.append(ProtocolLog::Direction::Received,
                             QByteArray("[" + QByteArray::number(m_current.data.size())
                                        + " bytes of data]"));
            }
        }
        Outcome outcome = std::move(m_current);
        m_current = {};
        completeFront(outcome);
    }
    // Keep the unread tail only; what was consumed is gone.
    if (m_readPos > 0) {
        m_buffer.remove(0, m_readPos);
        m_readPos = 0;
    }
}

void Session::completeFront(Outcome &outcome)
{
    Command command = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    m_bytesInFlight -= command.expectedBytes;
    // Every command sent is in m_inFlight, so bytes beyond this reply were not asked for.
    if (m_inFlight.empty() && m_readPos < m_buffer.size()) {
        const QString detail = QStringLiteral("unsolicited data after the reply to %1")
                                   .arg(QString::fromLatin1(command.logLine));
        m_inFlight.push_front(std::move(command)); // so that fail() completes its callback
        // After STLS this is the response-injection attack (EAST B_1/B_2).
        fail(Error::make(m_state == State::StartTls ? ErrorKind::StartTlsInjection
                                                    : ErrorKind::ProtocolError,
                         detail));
        return;
    }
    command.onReply(outcome);
    if (m_state == State::Transaction || m_state == State::Quitting) {
        armTimers();
        pump();
    }
}

// ---- sending -------------------------------------------------------------------------------

void Session::send(Command command)
{
    m_log.append(ProtocolLog::Direction::Sent, command.logLine);
    m_bytesInFlight += command.expectedBytes;
    const QByteArray line = command.line;
    m_inFlight.push_back(std::move(command));
    m_watchdog.start(m_config.commandTimeoutMs);
    m_transport->write(line);
}

void Session::enqueue(Command command)
{
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Quitting) {
        const Error error = m_state == State::Failed
            ? m_error
            : Error::make(ErrorKind::CommandFailed, QStringLiteral("session already ended"));
        command.onFailure(error);
        return;
    }
    m_queue.push_back(std::move(command));
    if (m_state == State::Transaction)
        pump();
}

void Session::pump()
{
    if (m_state != State::Transaction)
        return;
    const bool pipelining = m_capabilities.pipelining;
    const auto windowHasRoom = [this](const Command &next) {
        return qsizetype(m_inFlight.size()) < m_config.pipelineMaxCommands
            && m_bytesInFlight + next.expectedBytes <= m_config.pipelineMaxBytes;
    };
    if (m_windowFull) {
        // Refill once a quarter of the window is free, so that writes go out in batches while
        // three quarters still keep the line busy (on a 100 ms round trip that is what counts).
        if (qsizetype(m_inFlight.size()) > m_config.pipelineMaxCommands * 3 / 4
            || m_bytesInFlight > m_config.pipelineMaxBytes * 3 / 4)
            return;
        m_windowFull = false;
    }
    QByteArray batch;
    while (!m_queue.empty()) {
        Command &next = m_queue.front();
        if (!m_inFlight.empty()) {
            if (!pipelining)
                break;
            if (!windowHasRoom(next)) {
                m_windowFull = true;
                break;
            }
        }
        const bool isQuit = next.line == "QUIT\r\n";
        m_log.append(ProtocolLog::Direction::Sent, next.logLine);
        m_bytesInFlight += next.expectedBytes;
        batch += next.line;
        m_inFlight.push_back(std::move(next));
        m_queue.pop_front();
        if (isQuit) {
            setState(State::Quitting);
            break;
        }
    }
    if (!batch.isEmpty()) {
        m_keepAlive.stop();
        m_watchdog.start(m_config.commandTimeoutMs);
        m_transport->write(batch);
    }
}

// ---- transaction commands ------------------------------------------------------------------

template<typename T>
void Session::simpleCommand(QByteArray line, ReplyKind kind, qint64 expectedBytes, Callback<T> done,
                            std::function<std::optional<T>(Outcome &)> convert)
{
    Command command;
    command.logLine = line;
    command.line = crlf(std::move(line));
    command.kind = kind;
    command.expectedBytes = expectedBytes;
    if (command.logLine.startsWith("RETR ")) {
        // LIST sizes may be approximate: allow twice the announced size and a megabyte.
        command.maxReplyBytes = expectedBytes > 0
            ? qMin(MaxMessageBytes, 2 * expectedBytes + 1024 * 1024)
            : MaxMessageBytes;
        command.checkOctets = true;
    }
    const QByteArray name = command.logLine;
    command.onReply = [this, done, convert, name](Outcome &outcome) {
        if (outcome.status.status != ParseStatus::Ok) {
            done(commandError(outcome.status, name));
            return;
        }
        std::optional<T> value = convert(outcome);
        if (!value) {
            const Error error = Error::make(
                ErrorKind::ProtocolError,
                QStringLiteral("unexpected reply to %1").arg(QString::fromLatin1(name)));
            done(error);
            fail(error);
            return;
        }
        done(std::move(*value));
    };
    command.onFailure = [done](const Error &error) {
        done(error);
    };
    enqueue(std::move(command));
}

void Session::stat(Callback<MailboxStat> done)
{
    simpleCommand<MailboxStat>("STAT", ReplyKind::SingleLine, 0, std::move(done),
                               [](Outcome &o) { return parseStat(o.status.text); });
}

void Session::list(Callback<QList<ListEntry>> done)
{
    simpleCommand<QList<ListEntry>>("LIST", ReplyKind::MultiLine, 0, std::move(done),
                                    [](Outcome &o) -> std::optional<QList<ListEntry>> {
                                        QList<ListEntry> entries;
                                        for (const QByteArray &line : splitDataLines(o.data)) {
                                            const std::optional<ListEntry> entry =
                                                parseListEntry(line);
                                            if (!entry)
                                                return std::nullopt;
                                            entries.append(*entry);
                                        }
                                        return entries;
                                    });
}

void Session::list(quint32 n, Callback<ListEntry> done)
{
    simpleCommand<ListEntry>("LIST " + number(n), ReplyKind::SingleLine, 0, std::move(done),
                             [](Outcome &o) { return parseListEntry(o.status.text); });
}

void Session::uidl(Callback<QList<UidlEntry>> done)
{
    simpleCommand<QList<UidlEntry>>("UIDL", ReplyKind::MultiLine, 0, std::move(done),
                                    [](Outcome &o) -> std::optional<QList<UidlEntry>> {
                                        QList<UidlEntry> entries;
                                        for (const QByteArray &line : splitDataLines(o.data)) {
                                            std::optional<UidlEntry> entry = parseUidlEntry(line);
                                            if (!entry)
                                                return std::nullopt;
                                            entries.append(std::move(*entry));
                                        }
                                        return entries;
                                    });
}

void Session::uidl(quint32 n, Callback<UidlEntry> done)
{
    simpleCommand<UidlEntry>("UIDL " + number(n), ReplyKind::SingleLine, 0, std::move(done),
                             [](Outcome &o) { return parseUidlEntry(o.status.text); });
}

void Session::top(quint32 n, quint32 bodyLines, Callback<QByteArray> done)
{
    simpleCommand<QByteArray>("TOP " + number(n) + ' ' + number(bodyLines), ReplyKind::MultiLine, 0,
                              std::move(done),
                              [](Outcome &o) { return std::optional(std::move(o.data)); });
}

void Session::retr(quint32 n, qint64 expectedSize, Callback<QByteArray> done)
{
    simpleCommand<QByteArray>("RETR " + number(n), ReplyKind::MultiLine,
                              qMax<qint64>(0, expectedSize), std::move(done),
                              [](Outcome &o) { return std::optional(std::move(o.data)); });
}

void Session::dele(quint32 n, Callback<Done> done)
{
    simpleCommand<Done>("DELE " + number(n), ReplyKind::SingleLine, 0, std::move(done),
                        [](Outcome &) { return std::optional(Done {}); });
}

void Session::rset(Callback<Done> done)
{
    simpleCommand<Done>("RSET", ReplyKind::SingleLine, 0, std::move(done),
                        [](Outcome &) { return std::optional(Done {}); });
}

void Session::noop(Callback<Done> done)
{
    simpleCommand<Done>("NOOP", ReplyKind::SingleLine, 0, std::move(done),
                        [](Outcome &) { return std::optional(Done {}); });
}

void Session::quit(Callback<Done> done)
{
    simpleCommand<Done>(
        "QUIT", ReplyKind::SingleLine, 0,
        [this, done](Result<Done> result) {
            if (result.ok()) {
                m_watchdog.stop();
                m_keepAlive.stop();
                setState(State::Closed);
                m_log.note(QStringLiteral("session closed"));
                m_transport->disconnectFromHost();
                done(std::move(result));
                Q_EMIT closed();
                return;
            }
            // -ERR to QUIT: the server may not have applied the deletions.
            Error error = result.error();
            done(error);
            fail(std::move(error));
        },
        [](Outcome &) { return std::optional(Done {}); });
}

// ---- timers, failures, cancel --------------------------------------------------------------

void Session::armTimers()
{
    if (!m_inFlight.empty() || !m_queue.empty())
        return;
    m_watchdog.stop();
    if (m_state == State::Transaction && m_config.keepAliveMs > 0)
        m_keepAlive.start(m_config.keepAliveMs);
}

void Session::onWatchdog()
{
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Idle)
        return;
    fail(Error::make(ErrorKind::Timeout,
                     m_inFlight.empty()
                         ? QString()
                         : QStringLiteral("waiting for the reply to %1")
                               .arg(QString::fromLatin1(m_inFlight.front().logLine))));
}

void Session::onKeepAlive()
{
    if (m_state == State::Transaction && m_inFlight.empty() && m_queue.empty())
        noop([](Result<Done>) {});
}

void Session::onTransportFailed(const Error &error)
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    fail(error);
}

void Session::onDisconnected()
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    fail(Error::make(ErrorKind::ConnectionLost));
}

void Session::cancel()
{
    if (m_state == State::Closed || m_state == State::Failed)
        return;
    fail(Error::make(ErrorKind::Cancelled));
}

void Session::fail(Error error)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    qCDebug(lcPop3) << "session failed:" << errorKindName(error.kind) << error.detail;
    m_error = error;
    setState(State::Failed);
    m_watchdog.stop();
    m_keepAlive.stop();
    m_log.note(QStringLiteral("failed: %1 %2")
                   .arg(QString::fromLatin1(errorKindName(error.kind)), error.detail));
    m_transport->abort();
    std::deque<Command> pending;
    pending.swap(m_inFlight);
    for (Command &command : m_queue)
        pending.push_back(std::move(command));
    m_queue.clear();
    m_bytesInFlight = 0;
    m_buffer.clear();
    m_readPos = 0;
    for (Command &command : pending) {
        if (command.onFailure)
            command.onFailure(error);
    }
    Q_EMIT failed(error);
}

} // namespace Pop3
