#pragma once

#include "pop3/transport.h"

class QSslSocket;

namespace Pop3 {

// How a connection's certificate is trusted, beyond the system store and the host name.
struct TlsTrust
{
    // Extra certificate authorities, e.g. a test CA for a local server.
    QList<QSslCertificate> extraCaCertificates;
    // SHA-256 of a certificate the user accepted after seeing it: that exact certificate is
    // accepted for this server despite verification errors, and no other.
    QByteArray pinnedSha256;
};

// The production transport: a QSslSocket, created in the thread that constructs this object
// (the worker thread). Certificates are verified against the system store, the extra CAs and the
// host name (RFC 7817); on failure nothing is sent and failed() carries the chain and the errors.
class SslTransport final : public Transport
{
    Q_OBJECT

public:
    explicit SslTransport(TlsTrust trust, QObject *parent = nullptr);
    ~SslTransport() override;

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void write(const QByteArray &bytes) override;
    void startTls() override;
    void abort() override;
    void disconnectFromHost() override;

    [[nodiscard]] bool isEncrypted() const override;
    [[nodiscard]] TlsInfo tlsInfo() const override;
    [[nodiscard]] qint64 pendingPlaintextBytes() const override;

private:
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();
    void fail(Error error);

    TlsTrust m_trust;
    QSslSocket *m_socket = nullptr;
    QList<QSslError> m_certificateErrors;
    bool m_implicitTls = false;
    bool m_handshaking = false;
    bool m_finished = false;
};

} // namespace Pop3
