#include <memory>

#include <QSignalSpy>
#include <QTest>

#include "faketransport.h"
#include "pop3/session.h"

using namespace Pop3;

Q_DECLARE_METATYPE(Pop3::ErrorKind)

#define SERVER(bytes) m_transport->serverSends(QByteArray(bytes))
#define CLIENT(bytes) QCOMPARE(m_transport->takeWritten(), QByteArray(bytes))
#define NOTHING_SENT() QCOMPARE(m_transport->takeWritten(), QByteArray())

namespace {

SessionConfig baseConfig(Security security)
{
    SessionConfig config;
    config.host = QStringLiteral("pop.example");
    config.port = defaultPort(security);
    config.security = security;
    config.user = QStringLiteral("alice");
    config.password = QStringLiteral("s3cret");
    return config;
}

const QByteArray capaUserPipelining = "+OK\r\nUSER\r\nUIDL\r\nTOP\r\nPIPELINING\r\n.\r\n";

} // namespace

// The session state machine played byte by byte over a fake transport (STYLE.md point 7).
class TestPop3Session final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTransport> m_transport;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QSignalSpy> m_failed;
    std::unique_ptr<QSignalSpy> m_ready;

    void makeSession(const SessionConfig &config)
    {
        m_session.reset();
        m_transport = std::make_unique<FakeTransport>();
        m_session = std::make_unique<Session>(m_transport.get(), config);
        m_failed = std::make_unique<QSignalSpy>(m_session.get(), &Session::failed);
        m_ready = std::make_unique<QSignalSpy>(m_session.get(), &Session::ready);
    }

    ErrorKind failure() const
    {
        return m_session->state() == Session::State::Failed ? m_session->error().kind
                                                            : ErrorKind::None;
    }

    // Implicit TLS up to a logged-in session with USER/PASS and the given CAPA reply.
    void loginImplicit(const QByteArray &capa = capaUserPipelining,
                       const SessionConfig &config = baseConfig(Security::ImplicitTls))
    {
        makeSession(config);
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK POP3 ready\r\n");
        CLIENT("CAPA\r\n");
        SERVER(capa);
        CLIENT("USER alice\r\n");
        SERVER("+OK\r\n");
        CLIENT("PASS s3cret\r\n");
        SERVER("+OK logged in\r\n");
        QCOMPARE(m_session->state(), Session::State::Transaction);
        QCOMPARE(m_ready->count(), 1);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_session.reset();
        m_transport.reset();
    }

    void implicitTlsFullTransaction()
    {
        makeSession(baseConfig(Security::ImplicitTls));
        m_session->open();
        QCOMPARE(m_transport->takeWritten(), QByteArray("[*** CONNECT pop.example:995 TLS ***]"));
        loginImplicit();

        std::optional<MailboxStat> stat;
        QList<UidlEntry> uidls;
        QByteArray message;
        bool deleted = false;
        bool quitOk = false;
        m_session->stat([&](Result<MailboxStat> r) { stat = r.value(); });
        m_session->uidl([&](Result<QList<UidlEntry>> r) { uidls = r.value(); });
        m_session->retr(1, 120, [&](Result<QByteArray> r) { message = r.value(); });
        m_session->dele(1, [&](Result<Done> r) { deleted = r.ok(); });
        m_session->quit([&](Result<Done> r) { quitOk = r.ok(); });
        // PIPELINING offered: everything goes out in one write.
        CLIENT("STAT\r\nUIDL\r\nRETR 1\r\nDELE 1\r\nQUIT\r\n");
        SERVER("+OK 1 120\r\n+OK\r\n1 abc\r\n.\r\n+OK 25 octets\r\nSubject: hi\r\n\r\n"
               "..dotted\r\n");
        QVERIFY(message.isEmpty());
        QCOMPARE(m_session->state(), Session::State::Quitting);
        QSignalSpy closed(m_session.get(), &Session::closed);
        SERVER(".\r\n+OK deleted\r\n+OK bye\r\n");
        QCOMPARE(stat->messageCount, 1u);
        QCOMPARE(stat->totalSize, 120);
        QCOMPARE(uidls.size(), 1);
        QCOMPARE(uidls.first().uidl, QByteArray("abc"));
        QCOMPARE(message, QByteArray("Subject: hi\r\n\r\n.dotted\r\n"));
        QVERIFY(deleted);
        QVERIFY(quitOk);
        QCOMPARE(closed.count(), 1);
        QCOMPARE(m_session->state(), Session::State::Closed);
        CLIENT("[*** DISCONNECT ***]");
        m_transport->peerCloses(); // expected after QUIT: not an error
        QCOMPARE(m_failed->count(), 0);
    }

    // "+OK n octets" is the server's own size for the reply. A terminator damaged in transit
    // ("X" instead of ".") runs into the next reply; a line damaged into "." cuts the message
    // short. Either way the data does not fit: the session ends and nothing is handed on. A server
    // that counts LF line ends (fewer bytes than the CRLF data) still fits.
    void retrMustFitItsAnnouncedSize_data()
    {
        QTest::addColumn<QByteArray>("replies");
        QTest::addColumn<bool>("fits");
        const QByteArray body = "Subject: a\r\n\r\n" + QByteArray("0123456789\r\n").repeated(20);
        const QByteArray size = QByteArray::number(body.size());
        const QByteArray lfSize = QByteArray::number(body.size() - body.count('\n'));
        QTest::newRow("exact") << "+OK " + size + " octets\r\n" + body + ".\r\n" << true;
        QTest::newRow("LF-counted") << "+OK " + lfSize + " octets\r\n" + body + ".\r\n" << true;
        QTest::newRow("no size given") << "+OK message follows\r\n" + body + ".\r\n" << true;
        QTest::newRow("terminator damaged")
            << "+OK " + size + " octets\r\n" + body + "X\r\n+OK 40 octets\r\n" + body + ".\r\n"
            << false;
        QTest::newRow("cut short by a damaged line") << "+OK " + size + " octets\r\n"
                + body.left(38) + ".\r\n" << false;
    }

    void retrMustFitItsAnnouncedSize()
    {
        QFETCH(QByteArray, replies);
        QFETCH(bool, fits);
        loginImplicit(capaUserPipelining);
        std::optional<Result<QByteArray>> first;
        m_session->retr(1, 0, [&](Result<QByteArray> r) { first = std::move(r); });
        CLIENT("RETR 1\r\n");
        SERVER(replies);
        QVERIFY(first.has_value());
        QCOMPARE(first->ok(), fits);
        QCOMPARE(m_failed->count(), fits ? 0 : 1);
        if (!fits) {
            QCOMPARE(m_session->state(), Session::State::Failed);
            QVERIFY2(first->error().detail.contains(u"out of step"),
                     qPrintable(first->error().detail));
        }
    }

    void withoutPipeliningOneCommandAtATime()
    {
        loginImplicit("+OK\r\nUSER\r\nUIDL\r\n.\r\n");
        int done = 0;
        m_session->list(1, [&](Result<ListEntry> r) { done += r.ok() && r.value().size == 10; });
        m_session->list(2, [&](Result<ListEntry> r) { done += r.ok() && r.value().size == 20; });
        CLIENT("LIST 1\r\n");
        SERVER("+OK 1 10\r\n");
        CLIENT("LIST 2\r\n");
        SERVER("+OK 2 20\r\n");
        QCOMPARE(done, 2);
        NOTHING_SENT();
    }

    void pipeliningWindowRefillsAtLowWater()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.pipelineMaxCommands = 8;
        loginImplicit(capaUserPipelining, config);
        int answered = 0;
        for (quint32 n = 1; n <= 12; ++n)
            m_session->noop([&](Result<Done> r) { answered += r.ok(); });
        CLIENT(QByteArray("NOOP\r\n").repeated(8));
        SERVER("+OK\r\n");
        NOTHING_SENT(); // seven in flight: above the low-water mark of six
        SERVER("+OK\r\n");
        CLIENT("NOOP\r\nNOOP\r\n"); // refilled to the window of eight
        SERVER(QByteArray("+OK\r\n").repeated(8));
        CLIENT("NOOP\r\nNOOP\r\n");
        SERVER("+OK\r\n+OK\r\n");
        QCOMPARE(answered, 12);
    }

    void pipeliningWindowBoundsExpectedBytes()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.pipelineMaxBytes = 1000;
        loginImplicit(capaUserPipelining, config);
        for (quint32 n = 1; n <= 3; ++n)
            m_session->retr(n, 600, [](Result<QByteArray>) {});
        CLIENT("RETR 1\r\n"); // a second 600-byte reply would exceed 1000 bytes in flight
        SERVER("+OK\r\nx\r\n.\r\n");
        CLIENT("RETR 2\r\n");
    }

    void startTlsFullOpen()
    {
        makeSession(baseConfig(Security::StartTls));
        m_session->open();
        QCOMPARE(m_transport->takeWritten(), QByteArray("[*** CONNECT pop.example:110 ***]"));
        m_transport->acceptConnection();
        SERVER("+OK ready\r\n");
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nSTLS\r\nSASL PLAIN\r\n.\r\n");
        CLIENT("STLS\r\n");
        SERVER("+OK begin TLS\r\n");
        CLIENT("[*** STARTTLS ***]");
        m_transport->completeTls();
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nSASL PLAIN LOGIN\r\nUIDL\r\n.\r\n");
        CLIENT("AUTH PLAIN AGFsaWNlAHMzY3JldA==\r\n");
        SERVER("+OK welcome\r\n");
        QCOMPARE(m_ready->count(), 1);
        QCOMPARE(m_session->mechanismUsed(), Sasl::Mechanism::Plain);
        QVERIFY(m_session->capabilities().uidl);
        QCOMPARE(m_session->tlsInfo().protocol, QStringLiteral("TLS 1.3"));
    }

    void startTlsForgetsPlaintextCapabilities()
    {
        makeSession(baseConfig(Security::StartTls));
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK ready\r\n");
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nSTLS\r\nSASL PLAIN CRAM-MD5\r\nPIPELINING\r\n.\r\n");
        CLIENT("STLS\r\n");
        SERVER("+OK\r\n");
        CLIENT("[*** STARTTLS ***]");
        m_transport->completeTls();
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nUSER\r\n.\r\n"); // after TLS only USER: the plaintext SASL list is gone
        CLIENT("USER alice\r\n");
        QVERIFY(!m_session->capabilities().pipelining);
        QVERIFY(m_session->capabilities().saslMechanisms.isEmpty());
    }

    void startTlsFailures_data()
    {
        QTest::addColumn<QByteArray>("capa");
        QTest::addColumn<QByteArray>("stlsReply");
        QTest::addColumn<qint64>("pendingPlaintext");
        QTest::addColumn<ErrorKind>("expected");
        QTest::addColumn<bool>("stlsSent");
        QTest::newRow("STLS not offered")
            << QByteArray("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n") << QByteArray() << qint64(0)
            << ErrorKind::StartTlsUnavailable << false;
        QTest::newRow("-ERR to STLS")
            << QByteArray("+OK\r\nSTLS\r\n.\r\n") << QByteArray("-ERR not now\r\n") << qint64(0)
            << ErrorKind::StartTlsRefused << true;
        QTest::newRow("-ERR [SYS/TEMP] to STLS")
            << QByteArray("+OK\r\nSTLS\r\n.\r\n") << QByteArray("-ERR [SYS/TEMP] later\r\n")
            << qint64(0) << ErrorKind::StartTlsRefused << true;
        QTest::newRow("injected reply after +OK")
            << QByteArray("+OK\r\nSTLS\r\n.\r\n")
            << QByteArray("+OK Begin TLS\r\n+OK\r\nSASL PLAIN\r\n.\r\n") << qint64(0)
            << ErrorKind::StartTlsInjection << true;
        QTest::newRow("garbage after +OK")
            << QByteArray("+OK\r\nSTLS\r\n.\r\n") << QByteArray("+OK Begin TLS\r\nxyz") << qint64(0)
            << ErrorKind::StartTlsInjection << true;
        QTest::newRow("bytes pending in the socket")
            << QByteArray("+OK\r\nSTLS\r\n.\r\n") << QByteArray("+OK Begin TLS\r\n") << qint64(5)
            << ErrorKind::StartTlsInjection << true;
        QTest::newRow("malformed STLS reply")
            << QByteArray("+OK\r\nSTLS\r\n.\r\n") << QByteArray("OK go\r\n") << qint64(0)
            << ErrorKind::ProtocolError << true;
    }

    void startTlsFailures()
    {
        QFETCH(QByteArray, capa);
        QFETCH(QByteArray, stlsReply);
        QFETCH(qint64, pendingPlaintext);
        QFETCH(ErrorKind, expected);
        QFETCH(bool, stlsSent);
        makeSession(baseConfig(Security::StartTls));
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK ready\r\n");
        CLIENT("CAPA\r\n");
        m_transport->setPendingPlaintext(pendingPlaintext);
        SERVER(capa);
        if (stlsSent) {
            CLIENT("STLS\r\n");
            SERVER(stlsReply);
        }
        QCOMPARE(failure(), expected);
        QCOMPARE(m_failed->count(), 1);
        // Never a plaintext fallback: no credentials, no handshake on injected bytes.
        CLIENT("[*** ABORT ***]");
        QCOMPARE(m_ready->count(), 0);
    }

    void startTlsWithoutCapaStillTriesStls()
    {
        makeSession(baseConfig(Security::StartTls));
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK old server\r\n");
        CLIENT("CAPA\r\n");
        SERVER("-ERR unknown command\r\n");
        CLIENT("STLS\r\n");
        SERVER("-ERR unknown command\r\n");
        QCOMPARE(failure(), ErrorKind::StartTlsRefused);
        CLIENT("[*** ABORT ***]");
    }

    void apopTimestampFromPlaintextGreetingIsNotUsed()
    {
        SessionConfig config = baseConfig(Security::StartTls);
        config.authMethod = Sasl::AuthMethod::EncryptedPassword;
        makeSession(config);
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK ready <1896.697170952@dbc.mtview.ca.us>\r\n");
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nSTLS\r\n.\r\n");
        CLIENT("STLS\r\n");
        SERVER("+OK\r\n");
        CLIENT("[*** STARTTLS ***]");
        m_transport->completeTls();
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nUSER\r\n.\r\n");
        QCOMPARE(failure(), ErrorKind::NoSuitableMechanism);
        CLIENT("[*** ABORT ***]");
    }

    void apopOverImplicitTls()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.authMethod = Sasl::AuthMethod::EncryptedPassword;
        config.user = QStringLiteral("mrose");
        config.password = QStringLiteral("tanstaaf");
        makeSession(config);
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n");
        CLIENT("CAPA\r\n");
        SERVER("-ERR\r\n");
        // RFC 1939 section 7's example digest.
        CLIENT("APOP mrose c4c9334bac560ecc979e58001b3e22fb\r\n");
        SERVER("+OK maildrop has 1 message (369 octets)\r\n");
        QCOMPARE(m_ready->count(), 1);
        QVERIFY(!m_session->protocolLog().toText().contains(
            QStringLiteral("c4c9334bac560ecc979e58001b3e22fb")));
    }

    void plaintextRequiresExplicitPermission()
    {
        makeSession(baseConfig(Security::None));
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK\r\n");
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nUSER\r\n.\r\n");
        QCOMPARE(failure(), ErrorKind::PlaintextAuthForbidden);
        CLIENT("[*** ABORT ***]");

        SessionConfig allowed = baseConfig(Security::None);
        allowed.allowUnencryptedPassword = true;
        makeSession(allowed);
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK\r\n");
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nUSER\r\n.\r\n");
        CLIENT("USER alice\r\n");
    }

    void mechanisms_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("sasl");
        // Alternating client lines and server replies after CAPA, as "C:..." / "S:..." entries.
        QTest::addColumn<QList<QByteArray>>("script");
        QTest::addColumn<bool>("succeeds");

        QTest::newRow("CRAM-MD5 RFC 2195")
            << int(Sasl::AuthMethod::Automatic) << QStringLiteral("tim")
            << QStringLiteral("tanstaaftanstaaf") << QString() << QByteArray("PLAIN CRAM-MD5")
            << QList<
                   QByteArray> {"C:AUTH CRAM-MD5\r\n",
                                "S:+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n",
                                "C:dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\r\n",
                                "S:+OK\r\n"}
            << true;
        QTest::newRow("LOGIN") << int(Sasl::AuthMethod::NormalPassword) << QStringLiteral("alice")
                               << QStringLiteral("s3cret") << QString() << QByteArray("LOGIN")
                               << QList<QByteArray> {"C:AUTH LOGIN\r\n", "S:+ VXNlcm5hbWU6\r\n",
                                                     "C:YWxpY2U=\r\n",   "S:+ UGFzc3dvcmQ6\r\n",
                                                     "C:czNjcmV0\r\n",   "S:+OK\r\n"}
                               << true;
        QTest::newRow("XOAUTH2 accepted")
            << int(Sasl::AuthMethod::OAuth2) << QStringLiteral("a@b") << QString()
            << QStringLiteral("tok") << QByteArray("XOAUTH2")
            << QList<QByteArray> {"C:AUTH XOAUTH2 dXNlcj1hQGIBYXV0aD1CZWFyZXIgdG9rAQE=\r\n",
                                  "S:+OK\r\n"}
            << true;
        QTest::newRow("XOAUTH2 rejected with a challenge")
            << int(Sasl::AuthMethod::OAuth2) << QStringLiteral("a@b") << QString()
            << QStringLiteral("tok") << QByteArray("XOAUTH2")
            << QList<QByteArray> {"C:AUTH XOAUTH2 dXNlcj1hQGIBYXV0aD1CZWFyZXIgdG9rAQE=\r\n",
                                  "S:+ eyJzdGF0dXMiOiI0MDEifQ==\r\n", "C:\r\n",
                                  "S:-ERR [AUTH] invalid token\r\n"}
            << false;
        QTest::newRow("OAUTHBEARER preferred")
            << int(Sasl::AuthMethod::OAuth2) << QStringLiteral("a@b") << QString()
            << QStringLiteral("tok") << QByteArray("XOAUTH2 OAUTHBEARER")
            << QList<QByteArray> {"C:AUTH OAUTHBEARER "
                                  "bixhPWFAYiwBaG9zdD1wb3AuZXhhbXBsZQFwb3J0PTk5NQFhdXRoPUJlYXJlciB0"
                                  "b2sBAQ==\r\n",
                                  "S:+OK\r\n"}
            << true;
        QTest::newRow("PLAIN refused")
            << int(Sasl::AuthMethod::Automatic) << QStringLiteral("alice")
            << QStringLiteral("wrong") << QString() << QByteArray("PLAIN")
            << QList<QByteArray> {"C:AUTH PLAIN AGFsaWNlAHdyb25n\r\n",
                                  "S:-ERR [AUTH] Authentication failed\r\n"}
            << false;
    }

    void mechanisms()
    {
        QFETCH(int, method);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, token);
        QFETCH(QByteArray, sasl);
        QFETCH(QList<QByteArray>, script);
        QFETCH(bool, succeeds);
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.authMethod = Sasl::AuthMethod(method);
        config.user = user;
        config.password = password;
        config.oauthToken = token;
        makeSession(config);
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK\r\n");
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nSASL " + sasl + "\r\n.\r\n");
        for (const QByteArray &step : script) {
            if (step.startsWith("C:"))
                CLIENT(step.mid(2));
            else
                SERVER(step.mid(2));
        }
        QCOMPARE(m_ready->count(), succeeds ? 1 : 0);
        if (!succeeds)
            QCOMPARE(failure(), ErrorKind::AuthenticationFailed);
        // Secrets never reach the protocol log.
        const QString log = m_session->protocolLog().toText();
        for (const QByteArray &step : script) {
            if (step.startsWith("C:") && step.size() > 12 && !step.startsWith("C:AUTH LOGIN")
                && !step.startsWith("C:AUTH CRAM"))
                QVERIFY2(!log.contains(QString::fromLatin1(step.mid(2).trimmed())),
                         qPrintable(log));
        }
    }

    void loginErrors_data()
    {
        QTest::addColumn<QByteArray>("capa");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<ErrorKind>("expected");
        QTest::addColumn<int>("retryAfter");
        const QByteArray capa = "+OK\r\nUSER\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n.\r\n";
        QTest::newRow("[AUTH]") << capa << QByteArray("-ERR [AUTH] wrong\r\n")
                                << ErrorKind::AuthenticationFailed << 0;
        QTest::newRow("[IN-USE]") << capa << QByteArray("-ERR [IN-USE] locked\r\n")
                                  << ErrorKind::MailboxInUse << 0;
        QTest::newRow("[LOGIN-DELAY]")
            << QByteArray("+OK\r\nUSER\r\nLOGIN-DELAY 900\r\n.\r\n")
            << QByteArray("-ERR [LOGIN-DELAY] too soon\r\n") << ErrorKind::LoginDelay << 900;
        QTest::newRow("[SYS/TEMP]") << capa << QByteArray("-ERR [SYS/TEMP] backend down\r\n")
                                    << ErrorKind::TemporaryFailure << 0;
        QTest::newRow("[SYS/PERM]") << capa << QByteArray("-ERR [SYS/PERM] account disabled\r\n")
                                    << ErrorKind::PermanentFailure << 0;
        QTest::newRow("no code, lock")
            << capa << QByteArray("-ERR Mailbox is locked by another POP3 session\r\n")
            << ErrorKind::MailboxInUse << 0;
        QTest::newRow("no code, in use") << capa << QByteArray("-ERR maildrop already in use\r\n")
                                         << ErrorKind::MailboxInUse << 0;
        QTest::newRow("no code, wrong password") << capa << QByteArray("-ERR invalid password\r\n")
                                                 << ErrorKind::AuthenticationFailed << 0;
    }

    void loginErrors()
    {
        QFETCH(QByteArray, capa);
        QFETCH(QByteArray, reply);
        QFETCH(ErrorKind, expected);
        QFETCH(int, retryAfter);
        makeSession(baseConfig(Security::ImplicitTls));
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK\r\n");
        CLIENT("CAPA\r\n");
        SERVER(capa);
        CLIENT("USER alice\r\n");
        SERVER("+OK\r\n");
        CLIENT("PASS s3cret\r\n");
        SERVER(reply);
        QCOMPARE(failure(), expected);
        QCOMPARE(m_session->error().retryAfterSeconds, retryAfter);
        QCOMPARE(m_session->error().needsCredentials(),
                 expected == ErrorKind::AuthenticationFailed);
        QVERIFY(!m_session->error().message().isEmpty());
    }

    void greetings_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<ErrorKind>("expected");
        QTest::newRow("-ERR") << QByteArray("-ERR go away\r\n") << ErrorKind::GreetingRefused;
        QTest::newRow("-ERR [SYS/TEMP]")
            << QByteArray("-ERR [SYS/TEMP] busy\r\n") << ErrorKind::TemporaryFailure;
        QTest::newRow("-ERR [SYS/PERM]")
            << QByteArray("-ERR [SYS/PERM] closed\r\n") << ErrorKind::PermanentFailure;
        QTest::newRow("not POP3") << QByteArray("220 smtp.example ESMTP\r\n")
                                  << ErrorKind::ProtocolError;
        QTest::newRow("continuation") << QByteArray("+ hi\r\n") << ErrorKind::ProtocolError;
        QTest::newRow("extra lines")
            << QByteArray("+OK hi\r\n+OK more\r\n") << ErrorKind::ProtocolError;
    }

    void greetings()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(ErrorKind, expected);
        makeSession(baseConfig(Security::ImplicitTls));
        m_session->open();
        m_transport->acceptConnection();
        SERVER(greeting);
        QCOMPARE(failure(), expected);
        CLIENT("[*** ABORT ***]");
    }

    void serverTextIsMadeInert()
    {
        makeSession(baseConfig(Security::ImplicitTls));
        m_session->open();
        m_transport->acceptConnection();
        SERVER("-ERR \x1b[31mred\x1b[0m \x07 text\r\n");
        QCOMPARE(m_session->error().serverText, QStringLiteral("red text"));
        QVERIFY(!m_session->error().message().contains(QChar(0x1b)));
        QVERIFY(!m_session->protocolLog().toText().contains(QChar(0x1b)));
    }

    void credentialsWithLineBreaksAreNotSent()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.user = QStringLiteral("alice\r\nDELE 1");
        makeSession(config);
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK\r\n");
        CLIENT("CAPA\r\n");
        SERVER("+OK\r\nUSER\r\n.\r\n");
        QCOMPARE(failure(), ErrorKind::InvalidCredentialsText);
        CLIENT("[*** ABORT ***]");
    }

    void commandErrorKeepsSessionGoing()
    {
        loginImplicit();
        Error error;
        m_session->retr(9, 0, [&](Result<QByteArray> r) { error = r.error(); });
        CLIENT("RETR 9\r\n");
        SERVER("-ERR no such message\r\n");
        QCOMPARE(error.kind, ErrorKind::CommandFailed);
        QCOMPARE(error.serverText, QStringLiteral("no such message"));
        QCOMPARE(m_session->state(), Session::State::Transaction);
        bool ok = false;
        m_session->noop([&](Result<Done> r) { ok = r.ok(); });
        CLIENT("NOOP\r\n");
        SERVER("+OK\r\n");
        QVERIFY(ok);
    }

    void disconnectMidRetrGivesNoPartialMessage()
    {
        loginImplicit();
        std::optional<Result<QByteArray>> result;
        m_session->retr(1, 100, [&](Result<QByteArray> r) { result = std::move(r); });
        CLIENT("RETR 1\r\n");
        SERVER("+OK\r\nSubject: partial\r\n");
        m_transport->peerCloses();
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::ConnectionLost);
        QCOMPARE(m_failed->count(), 1);
    }

    void cancelClosesWithoutQuit()
    {
        loginImplicit();
        Error retrError;
        Error deleError;
        m_session->retr(1, 0, [&](Result<QByteArray> r) { retrError = r.error(); });
        m_session->dele(1, [&](Result<Done> r) { deleError = r.error(); });
        CLIENT("RETR 1\r\nDELE 1\r\n");
        m_session->cancel();
        CLIENT("[*** ABORT ***]"); // no QUIT: the DELE never takes effect
        QCOMPARE(retrError.kind, ErrorKind::Cancelled);
        QCOMPARE(deleError.kind, ErrorKind::Cancelled);
        SERVER("+OK\r\n.\r\n"); // late bytes are ignored
        QCOMPARE(m_failed->count(), 1);
    }

    void cancelBeforeGreeting()
    {
        makeSession(baseConfig(Security::ImplicitTls));
        m_session->open();
        m_session->cancel();
        QCOMPARE(failure(), ErrorKind::Cancelled);
        m_transport->acceptConnection();
        SERVER("+OK\r\n");
        NOTHING_SENT();
    }

    void quitErrorIsAFailure()
    {
        loginImplicit();
        Error error;
        QSignalSpy closed(m_session.get(), &Session::closed);
        m_session->dele(1, [](Result<Done>) {});
        m_session->quit([&](Result<Done> r) { error = r.error(); });
        CLIENT("DELE 1\r\nQUIT\r\n");
        SERVER("+OK\r\n-ERR [SYS/TEMP] could not delete\r\n");
        QCOMPARE(error.kind, ErrorKind::CommandFailed);
        QCOMPARE(failure(), ErrorKind::CommandFailed);
        QCOMPARE(closed.count(), 0);
    }

    void unsolicitedDataIsAProtocolError()
    {
        loginImplicit();
        SERVER("+OK surprise\r\n");
        QCOMPARE(failure(), ErrorKind::ProtocolError);
    }

    void malformedReplies_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("not a status") << QByteArray("hello\r\n");
        QTest::newRow("bad STAT numbers") << QByteArray("+OK two 320\r\n");
        QTest::newRow("STAT out of range") << QByteArray("+OK 99999999999 1\r\n");
        QTest::newRow("over-long status")
            << QByteArray("+OK " + QByteArray(MaxStatusLineLength, 'x'));
    }

    void malformedReplies()
    {
        QFETCH(QByteArray, reply);
        loginImplicit();
        Error error;
        m_session->stat([&](Result<MailboxStat> r) { error = r.error(); });
        CLIENT("STAT\r\n");
        SERVER(reply);
        QCOMPARE(error.kind, ErrorKind::ProtocolError);
        QCOMPARE(failure(), ErrorKind::ProtocolError);
    }

    void invalidUidlFailsTheListing()
    {
        loginImplicit();
        Error error;
        m_session->uidl([&](Result<QList<UidlEntry>> r) { error = r.error(); });
        CLIENT("UIDL\r\n");
        SERVER("+OK\r\n1 good\r\n2 bad\x01uid\r\n.\r\n");
        QCOMPARE(error.kind, ErrorKind::ProtocolError);
    }

    void oversizedMessageIsAProtocolError()
    {
        loginImplicit();
        Error error;
        m_session->retr(1, 10, [&](Result<QByteArray> r) { error = r.error(); });
        CLIENT("RETR 1\r\n");
        SERVER("+OK\r\n");
        const QByteArray line = QByteArray(1000, 'z') + "\r\n";
        for (int i = 0; i < 1100 && m_session->state() == Session::State::Transaction; ++i)
            SERVER(line); // LIST said 10 bytes; over 2 x 10 + 1 MiB ends the session
        QCOMPARE(error.kind, ErrorKind::ProtocolError);
        QCOMPARE(failure(), ErrorKind::ProtocolError);
    }

    // The command timeout measures silence, not the length of a reply.
    void dataArrivingKeepsALongReplyAlive()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.commandTimeoutMs = 200;
        loginImplicit("+OK\r\nUSER\r\n.\r\n", config);
        QByteArray message;
        m_session->retr(1, 0, [&](Result<QByteArray> r) { message = r.value(); });
        CLIENT("RETR 1\r\n");
        SERVER("+OK\r\n");
        for (int i = 0; i < 8; ++i) { // 8 x 100 ms: four times the timeout, never silent for long
            QTest::qWait(100);
            SERVER("line\r\n");
        }
        SERVER(".\r\n");
        QCOMPARE(failure(), ErrorKind::None);
        QCOMPARE(message.count("line\r\n"), 8);
    }

    void commandTimeout()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.commandTimeoutMs = 50;
        makeSession(config);
        m_session->open();
        m_transport->acceptConnection();
        SERVER("+OK\r\n");
        CLIENT("CAPA\r\n");
        QTRY_COMPARE(failure(), ErrorKind::Timeout);
    }

    void greetingTimeout()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.connectTimeoutMs = 50;
        makeSession(config);
        m_session->open();
        m_transport->acceptConnection();
        QTRY_COMPARE(failure(), ErrorKind::Timeout);
    }

    void keepAliveSendsNoopWhenIdle()
    {
        SessionConfig config = baseConfig(Security::ImplicitTls);
        config.keepAliveMs = 30;
        loginImplicit("+OK\r\nUSER\r\n.\r\n", config);
        QTRY_COMPARE(m_transport->written(), QByteArray("NOOP\r\n"));
        CLIENT("NOOP\r\n");
        SERVER("+OK\r\n");
        QCOMPARE(m_session->state(), Session::State::Transaction);
    }

    void certificateFailureSendsNothing()
    {
        makeSession(baseConfig(Security::ImplicitTls));
        m_session->open();
        Error error = Error::make(ErrorKind::CertificateUntrusted);
        error.sslErrors = {QSslError(QSslError::SelfSignedCertificate)};
        m_transport->failWith(error);
        QCOMPARE(failure(), ErrorKind::CertificateUntrusted);
        QCOMPARE(m_session->error().sslErrors.size(), 1);
        CLIENT("[*** CONNECT pop.example:995 TLS ***]");
    }

    void protocolLogRedactsPasswordsAndIsBounded()
    {
        loginImplicit();
        const QString log = m_session->protocolLog().toText();
        QVERIFY(log.contains(QStringLiteral("C: USER alice")));
        QVERIFY(log.contains(QStringLiteral("C: PASS [password hidden]")));
        QVERIFY(!log.contains(QStringLiteral("s3cret")));

        ProtocolLog small(3);
        for (int i = 0; i < 5; ++i)
            small.append(ProtocolLog::Direction::Sent, QByteArray::number(i));
        QCOMPARE(small.toText(), QStringLiteral("C: 2\nC: 3\nC: 4\n"));
    }
};

QTEST_GUILESS_MAIN(TestPop3Session)
#include "tst_pop3session.moc"
