#pragma once

#include <array>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include "eastcase.h"
#include "testcertificates.h"

class QSslSocket;

// The POP3 half of EAST's fake-mail-server, for one EastCase, on 127.0.0.1 port 0. It behaves
// as the case says (greeting, CAPA lists, the answer to STLS and whether TLS follows, implicit
// TLS, hidden / ignored / overridden commands) and otherwise as a small normal server: any
// password for user "alice" (USER/PASS, APOP, AUTH PLAIN, AUTH LOGIN), one message, STAT, LIST,
// UIDL, RETR, TOP, DELE, NOOP, RSET, QUIT. Like upstream, lines that are no command at all (a TLS
// ClientHello sent to a server that did not switch to TLS) get no answer.
//
// Order of precedence, as upstream: a command in ignore_commands_tls gets no answer once TLS is
// up; then hide_commands answer "-ERR bad command"; then override_response ("AUTH" without an
// argument is named "authlist"); an overridden STLS does not start TLS.
//
// Certificates come from TestCertificates; the crt_path names of the cases map to (see
// certificateKind()):
//   certs/example.org.pem, "<not needed>"   Valid (CN=localhost: the name the client uses)
//   *self-signed*                           SelfSigned
//   *unknown-root*                          UnknownCa
//   other.example.org*                      WrongHost
//   *expired*                               Expired
// Only Valid is one the client trusts (the tests trust the test CA).
//
// Every line the client sends is recorded per connection, tagged with whether TLS was up when
// it arrived and whether that TLS session used a certificate the client can trust.
class EastPop3Server final : public QTcpServer
{
    Q_OBJECT

public:
    struct ReceivedLine
    {
        QByteArray line; // without CRLF
        bool tls = false;
        bool trustedTls = false;
        int read = 0; // which read on the connection delivered it: one read, one client write
    };

    struct Connection
    {
        QList<ReceivedLine> lines;
        bool tlsEstablished = false; // the server side of the handshake completed
        qint64 bytesOverUntrustedTls = 0; // application data read over a bad certificate
        qsizetype firstIgnored = -1; // index in lines of the first command left unanswered
        bool authenticated = false;
        bool authenticatedOverTrustedTls = false;
        bool closed = false;
        int reads = 0;
    };

    explicit EastPop3Server(QObject *parent = nullptr);
    ~EastPop3Server() override;

    // Fields missing from testCase come from defaults (upstream's setup.ron), then from the
    // values of setup.ron built in here. False (errorString()) for an unknown certificate.
    [[nodiscard]] bool configure(const EastCase &testCase, const EastCase &defaults,
                                 const TestCertificates &certificates);
    [[nodiscard]] QString errorString() const { return m_error; }
    bool listenOnLoopback();

    [[nodiscard]] bool implicitTls() const { return m_implicitTls; }
    [[nodiscard]] bool presentsTrustedCertificate() const { return m_trusted; }
    // What STLS is answered with (an override, or stls_response).
    [[nodiscard]] QByteArray stlsAnswer() const;
    [[nodiscard]] const QList<Connection> &connections() const { return m_connections; }
    [[nodiscard]] bool allClosed() const;

    // The name a command has in hide_commands and friends: "capa", "authlist" for a bare AUTH.
    [[nodiscard]] static QByteArray commandName(const QByteArray &line);
    // The answer to a command that needs no session state (CAPA, bare AUTH; "+OK" otherwise),
    // as given over TLS before login: what an attacker would inject (the B_1 recipe).
    [[nodiscard]] QByteArray statelessAnswer(const QByteArray &line) const;
    [[nodiscard]] static std::optional<TestCertificates::Kind>
    certificateKind(const QByteArray &crtPath);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Peer;

    void onReadyRead(Peer &peer);
    void onEncrypted(Peer &peer);
    void onClosed(Peer &peer);
    void handleLine(Peer &peer, const QByteArray &line);
    void answer(Peer &peer, const QByteArray &verb, const QByteArray &argument);
    void continueSasl(Peer &peer, const QByteArray &line);
    void logIn(Peer &peer, const QByteArray &user);
    [[nodiscard]] QByteArray capaAnswer(bool tls, bool authenticated) const;

    QByteArray m_greeting;
    std::array<QList<QByteArray>, 4> m_capa; // plain, TLS, logged in, TLS and logged in
    QByteArray m_stlsResponse;
    bool m_stlsTransition = true;
    bool m_implicitTls = false;
    QList<QByteArray> m_hide;
    QList<QByteArray> m_ignoreTls;
    QList<std::pair<QByteArray, QByteArray>> m_override;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_trusted = false;
    QString m_error;

    std::vector<std::unique_ptr<Peer>> m_peers;
    QList<Connection> m_connections;
};
