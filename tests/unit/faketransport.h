#pragma once

#include "pop3/transport.h"

// A transport the test plays by hand (after Trojitá's FakeSocket): serverSends() delivers bytes
// to the session synchronously, written() returns what the client sent, with markers such as
// "[*** STARTTLS ***]" where the client did something other than write.
class FakeTransport final : public Pop3::Transport
{
    Q_OBJECT

public:
    using Pop3::Transport::Transport;

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void write(const QByteArray &bytes) override;
    void startTls() override;
    void abort() override;
    void disconnectFromHost() override;
    [[nodiscard]] bool isEncrypted() const override { return m_encrypted; }
    [[nodiscard]] Pop3::TlsInfo tlsInfo() const override;
    [[nodiscard]] qint64 pendingPlaintextBytes() const override { return m_pendingPlaintext; }

    // The test's side.
    void acceptConnection(); // TCP up; with implicit TLS, also encrypted
    void serverSends(const QByteArray &bytes); // delivered at once
    void completeTls(); // the handshake after STLS succeeds
    void failWith(const Pop3::Error &error); // e.g. a certificate error
    void peerCloses();
    void setPendingPlaintext(qint64 bytes) { m_pendingPlaintext = bytes; }
    [[nodiscard]] QByteArray takeWritten();
    [[nodiscard]] const QByteArray &written() const { return m_written; }
    [[nodiscard]] bool implicitTlsRequested() const { return m_implicitTls; }
    [[nodiscard]] bool isOpen() const { return m_open; }

private:
    QByteArray m_written;
    bool m_implicitTls = false;
    bool m_encrypted = false;
    bool m_open = false;
    qint64 m_pendingPlaintext = 0;
};
