#include "faketransport.h"

void FakeTransport::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    m_implicitTls = implicitTls;
    m_written += "[*** CONNECT " + host.toUtf8() + ':' + QByteArray::number(port)
        + (implicitTls ? " TLS" : "") + " ***]";
}

void FakeTransport::write(const QByteArray &bytes)
{
    Q_ASSERT(m_open);
    m_written += bytes;
}

void FakeTransport::startTls()
{
    m_written += "[*** STARTTLS ***]";
}

void FakeTransport::abort()
{
    if (m_open)
        m_written += "[*** ABORT ***]";
    m_open = false;
}

void FakeTransport::disconnectFromHost()
{
    m_written += "[*** DISCONNECT ***]";
    m_open = false;
}

Pop3::TlsInfo FakeTransport::tlsInfo() const
{
    if (!m_encrypted)
        return {};
    return {QStringLiteral("TLS 1.3"), QStringLiteral("FAKE"), {}};
}

void FakeTransport::acceptConnection()
{
    m_open = true;
    m_encrypted = m_implicitTls;
    m_written.clear(); // the CONNECT marker is checked by tests that care, before this
    Q_EMIT connected();
}

void FakeTransport::serverSends(const QByteArray &bytes)
{
    Q_EMIT received(bytes);
}

void FakeTransport::completeTls()
{
    m_encrypted = true;
    Q_EMIT encrypted();
}

void FakeTransport::failWith(const Pop3::Error &error)
{
    m_open = false;
    Q_EMIT failed(error);
}

void FakeTransport::peerCloses()
{
    m_open = false;
    Q_EMIT disconnected();
}

QByteArray FakeTransport::takeWritten()
{
    return std::exchange(m_written, QByteArray());
}
