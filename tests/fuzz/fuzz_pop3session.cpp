// libFuzzer target: the POP3 session state machine (Pop3::Session) over an in-memory transport that
// plays the fuzz input as the server. Driven synchronously: the transport delivers bytes with
// direct signal emissions, so no event loop is needed except for the watchdog ending.
//
// Input: one configuration byte, then the server's bytes. The server's bytes are cut at every
// "~~~\n" marker into chunks, delivered one after the other (each chunk cut once more at a point
// taken from the configuration byte, to exercise partial lines). The client asks for STAT, UIDL
// and LIST, then RETRs and DELEs the first messages of the listing and QUITs, like a fetch job.
// Checks: the session ends (Closed or Failed), every callback completes exactly once, nothing is
// written after the transport was closed. Seeds: tests/data/fuzz-seeds/pop3-session.
#include <cstddef>
#include <cstdint>
#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "pop3/session.h"
#include "pop3/sessionconfig.h"
#include "pop3/transport.h"

namespace {

constexpr int MaxRetrieved = 3; // messages of the listing the client retrieves and deletes

// The server side, played by the harness. No signals of its own, so no Q_OBJECT (and no moc).
class ScriptedTransport final : public Pop3::Transport
{
public:
    using Pop3::Transport::Transport;

    void connectToHost(const QString &, quint16, bool implicitTls) override
    {
        m_implicitTls = implicitTls;
        m_connectRequested = true;
    }
    void write(const QByteArray &bytes) override
    {
        if (!m_open)
            __builtin_trap(); // written after abort() or disconnectFromHost()
        m_written += bytes.size();
    }
    void startTls() override { m_tlsRequested = true; }
    void abort() override { m_open = false; }
    void disconnectFromHost() override { m_open = false; }
    [[nodiscard]] bool isEncrypted() const override { return m_encrypted; }
    [[nodiscard]] Pop3::TlsInfo tlsInfo() const override
    {
        if (!m_encrypted)
            return {};
        return {QStringLiteral("TLS 1.3"), QStringLiteral("FUZZ"), {}};
    }
    [[nodiscard]] qint64 pendingPlaintextBytes() const override { return m_pendingPlaintext; }

    void accept()
    {
        m_open = true;
        m_encrypted = m_implicitTls;
        Q_EMIT connected();
    }
    void serverSends(const QByteArray &bytes)
    {
        if (m_open)
            Q_EMIT received(bytes);
    }
    void completeTls()
    {
        m_tlsRequested = false;
        m_encrypted = true;
        Q_EMIT encrypted();
    }
    void failWith(Pop3::ErrorKind kind)
    {
        m_open = false;
        Q_EMIT failed(Pop3::Error::make(kind));
    }
    void peerCloses()
    {
        m_open = false;
        Q_EMIT disconnected();
    }
    void setPendingPlaintext(qint64 bytes) { m_pendingPlaintext = bytes; }
    [[nodiscard]] bool connectRequested() const { return m_connectRequested; }
    [[nodiscard]] bool tlsRequested() const { return m_tlsRequested; }

private:
    qint64 m_written = 0;
    qint64 m_pendingPlaintext = 0;
    bool m_implicitTls = false;
    bool m_connectRequested = false;
    bool m_tlsRequested = false;
    bool m_encrypted = false;
    bool m_open = false;
};

// Counts callbacks; each must run exactly once.
struct Ledger
{
    int issued = 0;
    int completed = 0;

    template<typename T>
    Pop3::Session::Callback<T> track(std::function<void(Pop3::Result<T> &)> then = {})
    {
        ++issued;
        auto called = std::make_shared<bool>(false);
        return [this, called, then](Pop3::Result<T> result) {
            if (*called)
                __builtin_trap(); // a callback completed twice
            *called = true;
            ++completed;
            if (then)
                then(result);
        };
    }
};

bool ended(const Pop3::Session &session)
{
    return session.state() == Pop3::Session::State::Closed
        || session.state() == Pop3::Session::State::Failed;
}

QList<QByteArray> chunksOf(QByteArrayView input, int cut)
{
    QList<QByteArray> chunks;
    static constexpr QByteArrayView marker("~~~\n");
    while (!input.isEmpty()) {
        const qsizetype end = input.indexOf(marker);
        const QByteArrayView chunk = end < 0 ? input : input.first(end);
        input = end < 0 ? QByteArrayView() : input.sliced(end + marker.size());
        const qsizetype at = chunk.size() * cut / 8;
        if (at > 0 && at < chunk.size()) {
            chunks.append(chunk.first(at).toByteArray());
            chunks.append(chunk.sliced(at).toByteArray());
        } else {
            chunks.append(chunk.toByteArray());
        }
    }
    return chunks;
}

void discardMessages(QtMsgType, const QMessageLogContext &, const QString &)
{ }

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_pop3session";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // for the watchdog timers
    qInstallMessageHandler(discardMessages);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    const QByteArrayView server(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    // flags: bits 0-1 security and TLS outcome, bit 2 pipelining window, bits 3-4 auth,
    // bits 5-7 how it ends (and where chunks are cut).
    Pop3::SessionConfig config;
    config.host = QStringLiteral("pop.example.org");
    config.user = QStringLiteral("user@example.org");
    config.password = QStringLiteral("s3cret");
    config.oauthToken = QStringLiteral("token");
    switch (flags & 3) {
    case 0:
    case 3:
        config.security = Pop3::Security::None;
        config.allowUnencryptedPassword = true;
        break;
    case 1:
        config.security = Pop3::Security::StartTls;
        break;
    case 2:
        config.security = Pop3::Security::ImplicitTls;
        break;
    }
    config.port = Pop3::defaultPort(config.security);
    if (flags & 4) {
        config.pipelineMaxCommands = 2;
        config.pipelineMaxBytes = 64;
    }
    switch ((flags >> 3) & 3) {
    case 0:
        config.authMethod = Pop3::Sasl::AuthMethod::Automatic;
        break;
    case 1:
        config.authMethod = Pop3::Sasl::AuthMethod::NormalPassword;
        break;
    case 2:
        config.authMethod = Pop3::Sasl::AuthMethod::EncryptedPassword;
        break;
    case 3:
        config.mechanism = Pop3::Sasl::Mechanism::UserPass;
        break;
    }
    const int ending = (flags >> 5) & 7;
    if (ending == 7) { // the watchdog ends it: every timeout fires on the next event loop pass
        config.connectTimeoutMs = 0;
        config.commandTimeoutMs = 0;
    }

    ScriptedTransport transport;
    if ((flags & 3) == 3)
        transport.setPendingPlaintext(1); // bytes injected after +OK to STLS (ignored unless STLS)
    Ledger ledger;
    {
        Pop3::Session session(&transport, config);

        // A fetch: STAT, UIDL, LIST; then RETR and DELE of the first messages, then QUIT.
        session.stat(ledger.track<Pop3::MailboxStat>());
        session.uidl(ledger.track<QList<Pop3::UidlEntry>>());
        session.list(ledger.track<QList<Pop3::ListEntry>>(
            [&session, &ledger](Pop3::Result<QList<Pop3::ListEntry>> &result) {
                if (result.ok()) {
                    const QList<Pop3::ListEntry> &entries = result.value();
                    for (qsizetype i = 0; i < entries.size() && i < MaxRetrieved; ++i) {
                        session.retr(entries[i].number, entries[i].size,
                                     ledger.track<QByteArray>());
                        session.dele(entries[i].number, ledger.track<Pop3::Done>());
                    }
                    if (!entries.isEmpty())
                        session.top(entries.front().number, 2, ledger.track<QByteArray>());
                    session.noop(ledger.track<Pop3::Done>());
                }
                session.quit(ledger.track<Pop3::Done>());
            }));

        session.open();
        if (!transport.connectRequested())
            __builtin_trap();
        transport.accept();

        const QList<QByteArray> chunks = chunksOf(server, ending);
        for (const QByteArray &chunk : chunks) {
            if (ended(session))
                break;
            if (transport.tlsRequested()) {
                if (ending == 6)
                    transport.failWith(Pop3::ErrorKind::TlsHandshakeFailed);
                else
                    transport.completeTls();
                if (ended(session))
                    break;
            }
            transport.serverSends(chunk);
        }

        if (!ended(session)) {
            switch (ending) {
            case 5:
                session.cancel();
                break;
            case 6:
                transport.failWith(Pop3::ErrorKind::ConnectionFailed);
                break;
            case 7:
                for (int i = 0; i < 3 && !ended(session); ++i)
                    QCoreApplication::processEvents();
                break;
            default:
                break;
            }
        }
        if (!ended(session))
            transport.peerCloses();
        if (!ended(session))
            __builtin_trap(); // the session outlived its connection
        if (ledger.completed != ledger.issued)
            __builtin_trap(); // a callback never completed
        (void)session.protocolLog();
    }
    return 0;
}
