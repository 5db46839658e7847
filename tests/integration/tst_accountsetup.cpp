#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include "accounts/connectiontester.h"
#include "accounts/settingsfinder.h"
#include "accounts/srvresolver.h"
#include "dovecotserver.h"
#include "scriptedpop3server.h"

using namespace Accounts;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Pop3::Security)
Q_DECLARE_METATYPE(Pop3::ErrorKind)

namespace {

// Just enough HTTP/1.1 for QNetworkAccessManager: one GET per connection, a body per path,
// 404 for anything else. Listens on port 0.
class HttpFixture final : public QTcpServer
{
public:
    HttpFixture()
    {
        connect(this, &QTcpServer::newConnection, this, &HttpFixture::onNewConnection);
        listen(QHostAddress::LocalHost);
    }

    void serve(const QByteArray &path, const QByteArray &body) { m_bodies.insert(path, body); }
    [[nodiscard]] QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
    }
    [[nodiscard]] QList<QByteArray> requested() const { return m_requested; }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QByteArray path = requestLine.value(1).split('?').value(0);
        m_requested.append(path);
        m_buffers.remove(socket);
        const auto it = m_bodies.constFind(path);
        const bool found = it != m_bodies.constEnd();
        const QByteArray body = found ? *it : "not here"_ba;
        socket->write((found ? "HTTP/1.1 200 OK\r\n"_ba : "HTTP/1.1 404 Not Found\r\n"_ba)
                      + "Content-Type: text/xml\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QHash<QByteArray, QByteArray> m_bodies;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requested;
};

// DNS without DNS: answers from a table, later, or never (to test the timeout).
class FakeResolver final : public SrvResolver
{
public:
    QHash<QString, QList<SrvTarget>> records;
    QStringList asked;
    bool silent = false;

    void lookup(const QString &name, std::function<void(const QList<SrvTarget> &)> done) override
    {
        asked.append(name);
        if (silent)
            return;
        const QList<SrvTarget> answer = records.value(name);
        QTimer::singleShot(0, this, [answer, done = std::move(done)] { done(answer); });
    }
};

QByteArray autoconfigXml(const QByteArray &host, int port, const QByteArray &socketType)
{
    return "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"x\">"
           "<incomingServer type=\"imap\"><hostname>imap.example.test</hostname><port>993</port>"
           "<socketType>SSL</socketType></incomingServer>"
           "<incomingServer type=\"pop3\"><hostname>"
        + host + "</hostname><port>" + QByteArray::number(port) + "</port><socketType>" + socketType
        + "</socketType><username>%EMAILLOCALPART%</username>"
          "<authentication>password-cleartext</authentication></incomingServer>"
          "</emailProvider></clientConfig>";
}

ServerCandidate target(const QString &host, quint16 port, Pop3::Security security)
{
    ServerCandidate candidate;
    candidate.host = host;
    candidate.port = port;
    candidate.security = security;
    candidate.source = u"probe"_s;
    return candidate;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

// Account setup's core jobs over real sockets: autoconfiguration from a local HTTP fixture, SRV
// through an injected resolver, CAPA probes against the scripted server and a real Dovecot, and
// the connection test's success and failures.
class TestAccountSetup final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;

    Pop3::TlsTrust trust() const
    {
        Pop3::TlsTrust t;
        t.extraCaCertificates = QSslCertificate::fromPath(m_dovecot.caCertificatePath());
        return t;
    }

    void useCertificate(ScriptedPop3Server &server)
    {
        const auto kind = TestCertificates::Kind::Valid;
        QFile keyFile(m_dovecot.certificates()->privateKeyPath(kind));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Ec);
        QVERIFY(!key.isNull());
        server.setCertificate(
            QSslCertificate::fromPath(m_dovecot.certificates()->certificatePath(kind)).value(0),
            key);
    }

    // A finder that touches neither the Internet nor the system's DNS.
    static void isolate(SettingsFinder &finder, FakeResolver *resolver,
                        const QList<QUrl> &urls = {QUrl(u"http://127.0.0.1:1/none"_s)},
                        const QList<ServerCandidate> &targets = {})
    {
        finder.setAutoconfigUrls(urls);
        finder.setResolver(resolver);
        finder.setProbeTargets(targets);
        finder.setStepTimeout(5000);
    }

    static bool waitForEnd(QSignalSpy &found, QSignalSpy &notFound)
    {
        return QTest::qWaitFor([&] { return !found.isEmpty() || !notFound.isEmpty(); }, 30000);
    }

    Store::Account dovecotAccount(Pop3::Security security) const
    {
        Store::Account account;
        account.name = u"alice"_s;
        account.email = u"alice@example.test"_s;
        account.host = u"localhost"_s;
        account.security = security;
        account.port =
            security == Pop3::Security::ImplicitTls ? m_dovecot.pop3sPort() : m_dovecot.pop3Port();
        account.user = u"alice"_s;
        account.caFile = m_dovecot.caCertificatePath();
        return account;
    }

    static TestReport runTest(const Store::Account &account, const QString &password)
    {
        ConnectionTester tester;
        tester.setTimeout(10000);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        if (!tester.start(account, password))
            return {};
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<TestReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: one\r\n\r\nbody\r\n"_ba));
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: two\r\n\r\nbody\r\n"_ba));
    }

    void autoconfigFirstUrl()
    {
        HttpFixture http;
        QVERIFY(http.isListening());
        http.serve("/mail/config-v1.1.xml", autoconfigXml("pop.example.test", 995, "SSL"));
        SettingsFinder finder;
        auto *resolver = new FakeResolver;
        isolate(finder, resolver,
                {http.url(u"/mail/config-v1.1.xml"_s),
                 http.url(u"/.well-known/autoconfig/mail/config-v1.1.xml"_s)});
        QSignalSpy found(&finder, &SettingsFinder::found);
        QSignalSpy notFound(&finder, &SettingsFinder::notFound);
        QSignalSpy progress(&finder, &SettingsFinder::progress);
        finder.find(u"alice@example.test"_s);
        QVERIFY(waitForEnd(found, notFound));
        QCOMPARE(found.size(), 1);
        const auto candidate = found.first().first().value<ServerCandidate>();
        QCOMPARE(candidate.host, u"pop.example.test"_s);
        QCOMPARE(candidate.port, quint16(995));
        QCOMPARE(candidate.security, Pop3::Security::ImplicitTls);
        QCOMPARE(candidate.userTemplate, u"%EMAILLOCALPART%"_s);
        QCOMPARE(candidate.authMethod, Pop3::Sasl::AuthMethod::NormalPassword);
        QCOMPARE(http.requested(), QList<QByteArray>({"/mail/config-v1.1.xml"}));
        QVERIFY(resolver->asked.isEmpty());
        QVERIFY(!progress.isEmpty());
    }

    void autoconfigSecondUrlAndPlaintextSkipped()
    {
        HttpFixture http;
        // The first file offers only plaintext: never chosen, so the next source is asked.
        http.serve("/first.xml", autoconfigXml("plain.example.test", 110, "plain"));
        http.serve("/second.xml", autoconfigXml("pop.example.test", 110, "STARTTLS"));
        SettingsFinder finder;
        isolate(
            finder, new FakeResolver,
            {http.url(u"/missing.xml"_s), http.url(u"/first.xml"_s), http.url(u"/second.xml"_s)});
        QSignalSpy found(&finder, &SettingsFinder::found);
        QSignalSpy notFound(&finder, &SettingsFinder::notFound);
        finder.find(u"alice@example.test"_s);
        QVERIFY(waitForEnd(found, notFound));
        QCOMPARE(found.size(), 1);
        const auto candidate = found.first().first().value<ServerCandidate>();
        QCOMPARE(candidate.host, u"pop.example.test"_s);
        QCOMPARE(candidate.security, Pop3::Security::StartTls);
        QCOMPARE(http.requested().size(), 3);
    }

    void srvRecords_data()
    {
        QTest::addColumn<bool>("withPop3s");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<Pop3::Security>("security");
        QTest::newRow("_pop3s first, lowest priority")
            << true << u"pop-a.example.test"_s << 995 << Pop3::Security::ImplicitTls;
        QTest::newRow("_pop3 means STARTTLS")
            << false << u"pop3.example.test"_s << 110 << Pop3::Security::StartTls;
    }

    void srvRecords()
    {
        QFETCH(bool, withPop3s);
        SettingsFinder finder;
        auto *resolver = new FakeResolver;
        if (withPop3s) {
            resolver->records.insert(
                u"_pop3s._tcp.example.test"_s,
                {{u"pop-b.example.test."_s, 995, 20, 0}, {u"pop-a.example.test."_s, 995, 10, 5}});
        } else {
            resolver->records.insert(u"_pop3s._tcp.example.test"_s, {{u"."_s, 0, 0, 0}});
        }
        resolver->records.insert(u"_pop3._tcp.example.test"_s,
                                 {{u"pop3.example.test"_s, 110, 0, 0}});
        isolate(finder, resolver);
        QSignalSpy found(&finder, &SettingsFinder::found);
        QSignalSpy notFound(&finder, &SettingsFinder::notFound);
        finder.find(u"bob@Example.Test"_s);
        QVERIFY(waitForEnd(found, notFound));
        QCOMPARE(found.size(), 1);
        const auto candidate = found.first().first().value<ServerCandidate>();
        QTEST(candidate.host, "host");
        QTEST(int(candidate.port), "port");
        QTEST(candidate.security, "security");
    }

    void srvTimeoutThenNothing()
    {
        SettingsFinder finder;
        auto *resolver = new FakeResolver;
        resolver->silent = true;
        isolate(finder, resolver);
        finder.setStepTimeout(200);
        QSignalSpy found(&finder, &SettingsFinder::found);
        QSignalSpy notFound(&finder, &SettingsFinder::notFound);
        finder.find(u"bob@example.test"_s);
        QVERIFY(waitForEnd(found, notFound));
        QCOMPARE(notFound.size(), 1);
        QCOMPARE(resolver->asked,
                 QStringList({u"_pop3s._tcp.example.test"_s, u"_pop3._tcp.example.test"_s}));
    }

    void defaultGuessesOrder()
    {
        const QList<ServerCandidate> guesses = SettingsFinder::defaultGuesses(u"example.test"_s);
        QCOMPARE(guesses.size(), 4);
        QCOMPARE(guesses.at(0).host, u"pop.example.test"_s);
        QCOMPARE(guesses.at(0).port, quint16(995));
        QCOMPARE(guesses.at(1).security, Pop3::Security::StartTls);
        QCOMPARE(guesses.at(1).port, quint16(110));
        QCOMPARE(guesses.at(2).host, u"mail.example.test"_s);
        for (const ServerCandidate &guess : guesses)
            QVERIFY(guess.security != Pop3::Security::None);
        const QList<QUrl> urls = SettingsFinder::defaultAutoconfigUrls(u"a@example.test"_s);
        QCOMPARE(urls.size(), 3);
        QCOMPARE(
            urls.at(0).toString(),
            u"https://autoconfig.example.test/mail/config-v1.1.xml?emailaddress=a%40example.test"_s);
        QCOMPARE(urls.at(1).toString(),
                 u"https://example.test/.well-known/autoconfig/mail/config-v1.1.xml"_s);
    }

    // 995 with TLS is tried first (here: closed), then 110 with STARTTLS on the scripted server;
    // the probe stops after CAPA, so no credential is ever sent.
    void probeScriptedStartTls()
    {
        ScriptedPop3Server server;
        useCertificate(server);
        server.setScript(u"S: +OK ready\n"
                         "C: CAPA\n"
                         "S: +OK\n"
                         "S: STLS\n"
                         "S: USER\n"
                         "S: .\n"
                         "C: STLS\n"
                         "S: +OK begin TLS\n"
                         "T\n"
                         "C: CAPA\n"
                         "S: +OK\n"
                         "S: USER\n"
                         "S: UIDL\n"
                         "S: .\n"
                         "W\n"_s);
        QVERIFY(server.listenOnLoopback());
        SettingsFinder finder;
        isolate(finder, new FakeResolver, {QUrl(u"http://127.0.0.1:1/none"_s)},
                {target(u"localhost"_s, closedPort(), Pop3::Security::ImplicitTls),
                 target(u"localhost"_s, server.serverPort(), Pop3::Security::StartTls)});
        finder.setTlsTrust(trust());
        QSignalSpy found(&finder, &SettingsFinder::found);
        QSignalSpy notFound(&finder, &SettingsFinder::notFound);
        finder.find(u"alice@example.test"_s);
        QVERIFY(waitForEnd(found, notFound));
        QCOMPARE(found.size(), 1);
        const auto candidate = found.first().first().value<ServerCandidate>();
        QCOMPARE(candidate.port, server.serverPort());
        QCOMPARE(candidate.security, Pop3::Security::StartTls);
        QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
        QVERIFY(!server.received().contains("USER"));
        QVERIFY(!server.received().contains("PASS"));
    }

    // A server without STLS is not chosen for STARTTLS, and plaintext is never probed.
    void probeRejectsServerWithoutStls()
    {
        ScriptedPop3Server server;
        server.setScript(u"S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\nW\n"_s);
        QVERIFY(server.listenOnLoopback());
        ScriptedPop3Server plain;
        plain.setScript(u"S: +OK ready\nW\n"_s);
        QVERIFY(plain.listenOnLoopback());
        SettingsFinder finder;
        isolate(finder, new FakeResolver, {QUrl(u"http://127.0.0.1:1/none"_s)},
                {target(u"localhost"_s, plain.serverPort(), Pop3::Security::None),
                 target(u"localhost"_s, server.serverPort(), Pop3::Security::StartTls)});
        QSignalSpy found(&finder, &SettingsFinder::found);
        QSignalSpy notFound(&finder, &SettingsFinder::notFound);
        QSignalSpy progress(&finder, &SettingsFinder::progress);
        finder.find(u"alice@example.test"_s);
        QVERIFY(waitForEnd(found, notFound));
        QCOMPARE(notFound.size(), 1);
        QCOMPARE(plain.connectionCount(), 0);
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY(!server.received().contains("USER"));
    }

    void probeDovecot_data()
    {
        QTest::addColumn<Pop3::Security>("security");
        QTest::newRow("995 TLS") << Pop3::Security::ImplicitTls;
        QTest::newRow("110 STARTTLS") << Pop3::Security::StartTls;
    }

    void probeDovecot()
    {
        QFETCH(Pop3::Security, security);
        const quint16 port =
            security == Pop3::Security::ImplicitTls ? m_dovecot.pop3sPort() : m_dovecot.pop3Port();
        SettingsFinder finder;
        isolate(finder, new FakeResolver, {QUrl(u"http://127.0.0.1:1/none"_s)},
                {target(u"localhost"_s, port, security)});
        finder.setTlsTrust(trust());
        QSignalSpy found(&finder, &SettingsFinder::found);
        QSignalSpy notFound(&finder, &SettingsFinder::notFound);
        finder.find(u"alice@example.test"_s);
        QVERIFY(waitForEnd(found, notFound));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().first().value<ServerCandidate>().port, port);
    }

    void probeCancelledOnDestruction()
    {
        ScriptedPop3Server server;
        server.setScript(u"W\n"_s); // accepts, never greets
        QVERIFY(server.listenOnLoopback());
        auto finder = std::make_unique<SettingsFinder>();
        isolate(*finder, new FakeResolver, {QUrl(u"http://127.0.0.1:1/none"_s)},
                {target(u"localhost"_s, server.serverPort(), Pop3::Security::StartTls)});
        QSignalSpy progress(finder.get(), &SettingsFinder::progress);
        finder->find(u"alice@example.test"_s);
        QTRY_COMPARE(server.connectionCount(), 1);
        finder.reset(); // must neither hang nor crash
    }

    void testerSucceedsAgainstDovecot_data() { probeDovecot_data(); }

    void testerSucceedsAgainstDovecot()
    {
        QFETCH(Pop3::Security, security);
        const TestReport report = runTest(dovecotAccount(security), u"alice-secret"_s);
        QVERIFY2(report.ok, qPrintable(report.steps.join(u'\n')));
        QCOMPARE(report.messagesOnServer, 2);
        QVERIFY(report.tlsProtocol.startsWith(u"TLS"_s));
        QVERIFY(report.capabilities.contains(u"UIDL"_s));
        QVERIFY(report.steps.size() >= 5);
        QVERIFY(report.steps.last().contains(u"2 message"_s));
        QVERIFY(!report.protocolLog.contains(u"alice-secret"_s));
        QCOMPARE(m_dovecot.messageCount(u"alice"_s), 2); // nothing retrieved, nothing deleted
    }

    void testerFailures_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<Pop3::ErrorKind>("kind");
        QTest::addColumn<QString>("hintWords"); // what the hint must tell the user
        QTest::newRow("wrong password")
            << u"password"_s << Pop3::ErrorKind::AuthenticationFailed << u"password"_s;
        QTest::newRow("port closed")
            << u"port"_s << Pop3::ErrorKind::ConnectionRefused << u"port number"_s;
        QTest::newRow("certificate problem")
            << u"certificate"_s << Pop3::ErrorKind::CertificateUntrusted << u"certificate"_s;
        QTest::newRow("no STARTTLS")
            << u"starttls"_s << Pop3::ErrorKind::StartTlsUnavailable << u"port 995"_s;
        QTest::newRow("server busy")
            << u"busy"_s << Pop3::ErrorKind::MailboxInUse << u"Try again in a few minutes"_s;
    }

    void testerFailures()
    {
        QFETCH(QString, failure);
        QFETCH(Pop3::ErrorKind, kind);
        QFETCH(QString, hintWords);
        Store::Account account = dovecotAccount(Pop3::Security::ImplicitTls);
        QString password = u"alice-secret"_s;
        ScriptedPop3Server server;
        if (failure == u"password"_s) {
            password = u"wrong"_s;
        } else if (failure == u"port"_s) {
            account.port = closedPort();
        } else if (failure == u"certificate"_s) {
            account.caFile.clear(); // the test CA is not trusted by the system
        } else if (failure == u"busy"_s) { // RFC 3206 [IN-USE]: another client has the mailbox
            server.setScript(u"S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: RESP-CODES\nS: UIDL\n"
                             u"S: .\nC: USER alice\nS: +OK\nC: PASS alice-secret\n"
                             u"S: -ERR [IN-USE] mailbox locked by another session\nW\n"_s);
            QVERIFY(server.listenOnLoopback());
            account.security = Pop3::Security::None;
            account.allowInsecureAuth = true;
            account.port = server.serverPort();
        } else {
            server.setScript(u"S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: UIDL\nS: .\nW\n"_s);
            QVERIFY(server.listenOnLoopback());
            account.security = Pop3::Security::StartTls;
            account.port = server.serverPort();
        }
        const TestReport report = runTest(account, password);
        QVERIFY(!report.ok);
        QCOMPARE(report.error.kind, kind);
        QVERIFY(!report.hint.isEmpty());
        QCOMPARE(report.steps.last(), report.error.message());
        QVERIFY2(report.hint.contains(hintWords), qPrintable(report.hint));
        if (failure != u"busy"_s)
            QVERIFY(!server.received().contains("USER"));
    }
};

QTEST_GUILESS_MAIN(TestAccountSetup)
#include "tst_accountsetup.moc"
