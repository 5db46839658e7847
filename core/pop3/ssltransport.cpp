#include "pop3/ssltransport.h"

#include <QCryptographicHash>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include "logging.h"

namespace Pop3 {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

SslTransport::SslTransport(TlsTrust trust, QObject *parent)
    : Transport(parent)
    , m_trust(std::move(trust))
    , m_socket(new QSslSocket(this))
{
    m_socket->setReadBufferSize(0);
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (!m_implicitTls)
            Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_handshaking = false;
        qCDebug(lcPop3) << "TLS established:" << protocolName(m_socket->sessionProtocol());
        if (m_implicitTls)
            Q_EMIT connected();
        else
            Q_EMIT encrypted();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &SslTransport::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SslTransport::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SslTransport::onDisconnected);
}

SslTransport::~SslTransport() = default;

void SslTransport::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_trust.extraCaCertificates.isEmpty())
        config.addCaCertificates(m_trust.extraCaCertificates);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(host);
    m_implicitTls = implicitTls;
    if (implicitTls) {
        m_handshaking = true;
        m_socket->connectToHostEncrypted(host, port);
    } else {
        m_socket->connectToHost(host, port);
    }
}

void SslTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SslTransport::startTls()
{
    m_handshaking = true;
    m_socket->startClientEncryption();
}

void SslTransport::abort()
{
    m_finished = true;
    m_socket->abort();
}

void SslTransport::disconnectFromHost()
{
    m_finished = true;
    m_socket->disconnectFromHost();
}

bool SslTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

TlsInfo SslTransport::tlsInfo() const
{
    if (!m_socket->isEncrypted())
        return {};
    return {protocolName(m_socket->sessionProtocol()), m_socket->sessionCipher().name(),
            m_socket->peerCertificateChain()};
}

qint64 SslTransport::pendingPlaintextBytes() const
{
    return m_socket->bytesAvailable();
}

void SslTransport::onReadyRead()
{
    if (m_finished)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        Q_EMIT received(bytes);
}

void SslTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_socket->peerCertificate();
    const QByteArray digest =
        peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
    if (!m_trust.pinnedSha256.isEmpty() && digest == m_trust.pinnedSha256) {
        qCInfo(lcPop3) << "accepting the certificate the user pinned for this server";
        m_socket->ignoreSslErrors(errors);
        return;
    }
    // Not ignored: QSslSocket aborts the handshake, and onSocketError reports these.
    m_certificateErrors = errors;
}

void SslTransport::onSocketError()
{
    if (m_finished)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    Error error;
    error.detail = m_socket->errorString();
    switch (code) {
    case QAbstractSocket::HostNotFoundError:
        error.kind = ErrorKind::HostNotFound;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        error.kind = ErrorKind::ConnectionRefused;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (!m_handshaking)
            return; // onDisconnected reports it
        error.kind = ErrorKind::TlsHandshakeFailed;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_certificateErrors.isEmpty()) {
            error.kind = ErrorKind::CertificateUntrusted;
            error.sslErrors = m_certificateErrors;
            error.certificateChain = m_socket->peerCertificateChain();
        } else {
            error.kind = ErrorKind::TlsHandshakeFailed;
        }
        break;
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        error.kind = ErrorKind::TlsHandshakeFailed;
        break;
    default:
        error.kind = m_handshaking ? ErrorKind::TlsHandshakeFailed : ErrorKind::ConnectionFailed;
        break;
    }
    fail(std::move(error));
}

void SslTransport::onDisconnected()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_handshaking) {
        Q_EMIT failed(Error::make(ErrorKind::TlsHandshakeFailed, m_socket->errorString()));
        return;
    }
    Q_EMIT disconnected();
}

void SslTransport::fail(Error error)
{
    m_finished = true;
    m_socket->abort();
    Q_EMIT failed(error);
}

} // namespace Pop3
