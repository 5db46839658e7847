#include "scriptedpop3server.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace {

QByteArray unescape(QByteArrayView text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\\' || i + 1 == text.size()) {
            out.append(c);
            continue;
        }
        const char e = text.at(++i);
        switch (e) {
        case 'r':
            out.append('\r');
            break;
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case '0':
            out.append('\0');
            break;
        case 'x':
            if (i + 2 < text.size()) {
                out.append(char(text.sliced(i + 1, 2).toByteArray().toInt(nullptr, 16)));
                i += 2;
            }
            break;
        default:
            out.append(e);
            break;
        }
    }
    return out;
}

} // namespace

ScriptedPop3Server::ScriptedPop3Server(QObject *parent)
    : QTcpServer(parent)
{ }

ScriptedPop3Server::~ScriptedPop3Server() = default;

void ScriptedPop3Server::setScript(const QString &script)
{
    m_steps.clear();
    const QList<QByteArray> lines = script.toUtf8().split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        Step step;
        step.kind = line.at(0);
        if (line.size() > 2 && line.at(1) == ':')
            step.data = line.mid(line.size() > 3 && line.at(2) == ' ' ? 3 : 2);
        m_steps.append(step);
    }
}

void ScriptedPop3Server::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool ScriptedPop3Server::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QList<QByteArray> ScriptedPop3Server::receivedLines() const
{
    QList<QByteArray> lines = m_received.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

QByteArray ScriptedPop3Server::expand(QByteArray data) const
{
    data.replace("%MAILSIZE%", QByteArray::number(m_mail.size()));
    data.replace("%MAIL%", m_mail);
    return data;
}

void ScriptedPop3Server::incomingConnection(qintptr socketDescriptor)
{
    ++m_connections;
    if (m_socket) { // one conversation at a time; later connections are refused
        QTcpSocket refused;
        refused.setSocketDescriptor(socketDescriptor);
        refused.abort();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(socketDescriptor);
    m_next = 0;
    m_pending.clear();
    m_finished = false;
    m_stalled = false;
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedPop3Server::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &ScriptedPop3Server::run);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_socket->deleteLater();
        m_socket = nullptr;
    });
    if (!m_certificate.isNull()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(config);
    }
    if (m_implicitTls) {
        m_socket->startServerEncryption();
        return; // run() starts on encrypted()
    }
    run();
}

void ScriptedPop3Server::run()
{
    while (m_socket && !m_stalled && m_next < m_steps.size()) {
        const Step &step = m_steps.at(m_next);
        switch (step.kind) {
        case 'S':
            m_socket->write(expand(step.data) + "\r\n");
            ++m_next;
            break;
        case 'R':
            m_socket->write(expand(unescape(step.data)));
            ++m_next;
            break;
        case 'C': {
            const qsizetype lf = m_pending.indexOf('\n');
            if (lf < 0)
                return; // wait for the client
            QByteArray line = m_pending.left(lf);
            m_pending.remove(0, lf + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line != expand(step.data)) {
                if (m_mismatch.isEmpty())
                    m_mismatch =
                        QStringLiteral("step %1: expected \"%2\", got \"%3\"")
                            .arg(m_next)
                            .arg(QString::fromLatin1(step.data), QString::fromLatin1(line));
                m_socket->abort();
                return;
            }
            ++m_next;
            break;
        }
        case 'T':
            ++m_next;
            m_socket->flush();
            m_socket->startServerEncryption();
            return; // continue on encrypted()
        case 'X':
            ++m_next;
            m_finished = m_next == m_steps.size();
            m_socket->disconnectFromHost(); // what was written still arrives first
            return;
        case 'W':
            ++m_next;
            m_stalled = true;
            m_finished = m_next == m_steps.size();
            return;
        default:
            ++m_next;
            break;
        }
    }
    if (m_next == m_steps.size())
        m_finished = true;
}

void ScriptedPop3Server::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    m_received += bytes;
    if (m_stalled)
        return;
    m_pending += bytes;
    run();
}
