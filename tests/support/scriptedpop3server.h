#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class QSslSocket;

// A loopback POP3 server that plays a transcript (KIMAP/kdepim style), for faults and protocol
// corner cases real servers will not produce on demand. It listens on port 0 (serverPort()), so
// tests can run in parallel, and plays the script for each connection it accepts.
//
// Script lines:
//   S: text     send "text\r\n"
//   R: text     send raw text with C-style escapes (\r \n \t \xHH \\), no line end added
//   C: text     expect the client's next line to be exactly "text" (without CRLF)
//   T           start TLS (server side) on the connection, e.g. after "S: +OK begin TLS"
//   X           close the connection at once
//   W           stall: read and ignore everything from now on, keep the connection open
// Placeholders %MAIL% and %MAILSIZE% expand to the message set with setMail().
class ScriptedPop3Server final : public QTcpServer
{
    Q_OBJECT

public:
    explicit ScriptedPop3Server(QObject *parent = nullptr);
    ~ScriptedPop3Server() override;

    void setScript(const QString &script);
    void setMail(const QByteArray &mail) { m_mail = mail; }
    // Implicit TLS from the first byte, or only after a T step; both need a certificate.
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    void setImplicitTls(bool implicitTls) { m_implicitTls = implicitTls; }

    bool listenOnLoopback();

    [[nodiscard]] QByteArray received() const { return m_received; } // all client bytes
    [[nodiscard]] QList<QByteArray> receivedLines() const;
    [[nodiscard]] bool finished() const { return m_finished; } // every step was played
    [[nodiscard]] QString mismatch() const { return m_mismatch; } // first unexpected client line
    [[nodiscard]] int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Step
    {
        char kind = 'S';
        QByteArray data;
    };

    void run();
    void onReadyRead();
    QByteArray expand(QByteArray data) const;

    QList<Step> m_steps;
    qsizetype m_next = 0;
    QByteArray m_mail;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_implicitTls = false;
    QSslSocket *m_socket = nullptr;
    QByteArray m_pending; // client bytes not yet matched against C: steps
    QByteArray m_received;
    QString m_mismatch;
    bool m_finished = false;
    bool m_stalled = false;
    int m_connections = 0;
};
