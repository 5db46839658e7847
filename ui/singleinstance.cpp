#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_lock(QDir(profileDir).filePath(QStringLiteral("satchel.lock")))
{
    const QByteArray key = QDir(profileDir).canonicalPath().toUtf8() + '@' + qgetenv("USER");
    m_serverName = QStringLiteral("satchel-")
        + QString::fromLatin1(
                       QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    m_lock.setStaleLockTime(0); // only a live process holds it
}

bool SingleInstance::claim()
{
    if (m_lock.tryLock(100)) {
        QLocalServer::removeServer(m_serverName); // left by a crash
        if (!m_server.listen(m_serverName))
            m_error = m_server.errorString(); // still the only instance; just not reachable
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                Q_EMIT activationRequested();
            }
        });
        return true;
    }
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(1000)) {
        socket.write("raise\n");
        socket.waitForBytesWritten(1000);
        socket.disconnectFromServer();
    }
    m_error = tr("Satchel is already open on this profile; its window was brought to the front.");
    return false;
}
