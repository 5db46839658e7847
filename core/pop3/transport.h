#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

#include "pop3/pop3error.h"

namespace Pop3 {

// What the TLS layer negotiated, for "encrypted with TLS 1.3" in the UI.
struct TlsInfo
{
    QString protocol; // e.g. "TLS 1.3"
    QString cipher;
    QList<QSslCertificate> peerChain;
};

// The byte stream a POP3 session runs over. The application uses SslTransport (QSslSocket); unit
// tests use a fake that plays the server byte by byte. Every signal is emitted from the thread
// the transport lives in; nothing here blocks.
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Transport() override = default;

    // Connects in plaintext, or with TLS from the first byte (implicit TLS, port 995).
    virtual void connectToHost(const QString &host, quint16 port, bool implicitTls) = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Starts the client TLS handshake on the open connection (after +OK to STLS).
    virtual void startTls() = 0;
    // Closes at once; nothing more is sent.
    virtual void abort() = 0;
    // Closes after what was written has been sent.
    virtual void disconnectFromHost() = 0;

    [[nodiscard]] virtual bool isEncrypted() const = 0;
    [[nodiscard]] virtual TlsInfo tlsInfo() const = 0;
    // Bytes the transport has read from the network but not yet delivered with received().
    // Must be 0 when TLS starts: anything else was injected in plaintext.
    [[nodiscard]] virtual qint64 pendingPlaintextBytes() const = 0;

Q_SIGNALS:
    void connected(); // the TCP connection is up (and, for implicit TLS, encrypted)
    void encrypted(); // the handshake started by startTls() succeeded
    void received(const QByteArray &bytes);
    void failed(const Pop3::Error &error); // connection or TLS failure; the transport is closed
    void disconnected(); // the peer closed the connection
};

} // namespace Pop3
