#pragma once

#include <deque>
#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include "pop3/authconversation.h"
#include "pop3/capabilities.h"
#include "pop3/listingparser.h"
#include "pop3/pop3error.h"
#include "pop3/protocollog.h"
#include "pop3/replyparser.h"
#include "pop3/result.h"
#include "pop3/sessionconfig.h"
#include "pop3/transport.h"

namespace Pop3 {

// One POP3 session as a state machine over an injected Transport:
//   Connecting → Greeting → Capabilities → StartTls → TlsHandshake → Capabilities (again)
//   → Authenticating → Transaction → Quitting → Closed   (or Failed from anywhere)
//
// Transaction commands may be queued at any time; they are sent once logged in, pipelined when
// the server offers PIPELINING. Each completes through its callback with a Result; a failure of
// the whole session (lost connection, timeout, malformed reply, cancel) completes every pending
// callback with that error and emits failed(). DELE takes effect on the server only after +OK to
// QUIT; cancel() and every failure close without QUIT.
//
// Thread-agnostic: it lives in the thread of its transport (the worker thread in the application,
// the test thread in unit tests). Callbacks run in that thread; do not delete the session from a
// callback (use deleteLater).
class Session final : public QObject
{
    Q_OBJECT

public:
    // Bounds on one multi-line reply: listings and CAPA, and a message (RETR/TOP), which may
    // exceed the size LIST announced by a margin but never without limit.
    static constexpr qint64 MaxListingBytes = 64 * 1024 * 1024;
    static constexpr qint64 MaxMessageBytes = qint64(1024) * 1024 * 1024;
    // A message's buffer is reserved up front from the size LIST announced, up to this much.
    static constexpr qint64 MaxReserveBytes = 256 * 1024 * 1024;

    enum class State {
        Idle,
        Connecting,
        Greeting,
        Capabilities,
        StartTls,
        TlsHandshake,
        CapabilitiesAfterTls,
        Authenticating,
        Transaction,
        Quitting,
        Closed,
        Failed,
    };
    Q_ENUM(State)

    template<typename T>
    using Callback = std::function<void(Result<T>)>;

    // The session does not own the transport unless it is parented to it.
    Session(Transport *transport, SessionConfig config, QObject *parent = nullptr);
    ~Session() override;

    void open();
    void cancel();

    void stat(Callback<MailboxStat> done);
    void list(Callback<QList<ListEntry>> done);
    void list(quint32 number, Callback<ListEntry> done);
    void uidl(Callback<QList<UidlEntry>> done);
    void uidl(quint32 number, Callback<UidlEntry> done);
    void top(quint32 number, quint32 bodyLines, Callback<QByteArray> done);
    // expectedSize (from LIST) sizes the pipelining window; 0 if unknown.
    void retr(quint32 number, qint64 expectedSize, Callback<QByteArray> done);
    void dele(quint32 number, Callback<Done> done);
    void rset(Callback<Done> done);
    void noop(Callback<Done> done);
    // Ends the session; deletions take effect only if this succeeds.
    void quit(Callback<Done> done);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Capabilities &capabilities() const { return m_capabilities; }
    [[nodiscard]] std::optional<Sasl::Mechanism> mechanismUsed() const { return m_mechanism; }
    [[nodiscard]] TlsInfo tlsInfo() const;
    [[nodiscard]] const ProtocolLog &protocolLog() const { return m_log; }
    [[nodiscard]] const Error &error() const { return m_error; }

Q_SIGNALS:
    void ready(); // logged in: transaction commands are being sent
    void failed(const Pop3::Error &error); // the session is over; nothing more happens
    void closed(); // +OK to QUIT: deletions took effect
    void stateChanged(Pop3::Session::State state);
    void bytesReceived(qint64 count); // reply bytes as they arrive, for progress

private:
    struct Outcome
    {
        StatusLine status;
        QByteArray data; // un-stuffed data lines of a multi-line reply
    };

    struct Command
    {
        QByteArray line; // with CRLF
        QByteArray logLine; // what the protocol log shows (secrets redacted)
        ReplyKind kind = ReplyKind::SingleLine;
        bool allowContinuation = false;
        qint64 expectedBytes = 0;
        qint64 maxReplyBytes = MaxListingBytes; // data lines beyond this end the session
        bool checkOctets = false; // RETR: compare the data with a "+OK n octets" status line
        std::function<void(Outcome &)> onReply;
        std::function<void(const Error &)> onFailure;
    };

    void setState(State state);
    void onConnected();
    void onEncrypted();
    void onReceived(const QByteArray &bytes);
    void onTransportFailed(const Error &error);
    void onDisconnected();
    void onWatchdog();
    void onKeepAlive();

    void processBuffer();
    bool handleGreeting();
    void completeFront(Outcome &outcome);
    void fail(Error error);
    void armTimers();

    void send(Command command); // now, bypassing the queue (open phase)
    void enqueue(Command command);
    void pump();

    void askCapabilities();
    void onCapabilities(Outcome &outcome);
    void startTls();
    void startAuthentication();
    void authenticate(Sasl::Mechanism mechanism);
    void sendAuthLine(const AuthConversation::Line &line);
    [[nodiscard]] bool isOffered(Sasl::Mechanism mechanism) const;
    void onAuthenticated();

    template<typename T>
    void simpleCommand(QByteArray line, ReplyKind kind, qint64 expectedBytes, Callback<T> done,
                       std::function<std::optional<T>(Outcome &)> convert);

    Transport *m_transport;
    SessionConfig m_config;
    State m_state = State::Idle;
    Capabilities m_capabilities;
    std::optional<QByteArray> m_apopTimestamp;
    std::optional<Sasl::Mechanism> m_mechanism;
    std::optional<AuthConversation> m_auth; // while signing in
    Error m_error;
    ProtocolLog m_log;

    QByteArray m_buffer;
    qsizetype m_readPos = 0;
    bool m_haveStatus = false; // the front command's +OK was read; its data lines follow
    Outcome m_current;

    std::deque<Command> m_queue; // waiting to be sent
    std::deque<Command> m_inFlight; // sent, awaiting replies, in order
    qint64 m_bytesInFlight = 0;
    bool m_windowFull = false;

    QTimer m_watchdog;
    QTimer m_keepAlive;
};

} // namespace Pop3
