#include <cerrno>
#include <csignal>
#include <optional>
#include <pwd.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include "dovecotserver.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Drives POP3 by hand over a blocking socket: just enough for these tests to check the
// server itself, independently of Satchel's own POP3 code.
class LineSocket
{
public:
    explicit LineSocket(QTcpSocket *socket)
        : m_socket(socket)
    { }

    // One line including its CRLF, or empty on timeout or disconnect.
    QByteArray readLine()
    {
        QDeadlineTimer deadline(10000);
        while (!m_socket->canReadLine()) {
            if (deadline.hasExpired() || !m_socket->waitForReadyRead(int(deadline.remainingTime())))
                return {};
        }
        return m_socket->readLine();
    }

    QByteArray command(const QByteArray &line)
    {
        m_socket->write(line + "\r\n");
        m_socket->waitForBytesWritten(10000);
        return readLine();
    }

    // The body of a multi-line reply after the status line, dot-unstuffed, without the final
    // ".": exactly the bytes the server meant to send.
    std::optional<QByteArray> readMultiline()
    {
        QByteArray body;
        for (;;) {
            QByteArray line = readLine();
            if (line.isEmpty())
                return std::nullopt;
            if (line == ".\r\n")
                return body;
            if (line.startsWith('.'))
                line.remove(0, 1);
            body += line;
        }
    }

private:
    QTcpSocket *m_socket;
};

bool refusesConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (socket.waitForConnected(2000))
        return false;
    return socket.error() == QAbstractSocket::ConnectionRefusedError;
}

// Processes in the group that are still alive. Zombies do not count: once Dovecot's master
// is gone, its last children are reaped by PID 1, which in some containers takes a while.
QList<qint64> livingProcessesInGroup(qint64 group)
{
    QList<qint64> living;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile stat(u"/proc/%1/stat"_s.arg(entry));
        if (!isPid || !stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid pgrp ...", where comm may contain spaces and parentheses.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields.at(0) != "Z" && fields.at(2).toLongLong() == group)
            living.append(pid);
    }
    return living;
}

QSslConfiguration trustingOnly(const QString &caCertificatePath)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(caCertificatePath));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QString describeErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(u"; "_s);
}

} // namespace

// The test-support DovecotServer really serves POP3: checked with plain sockets, so that a
// fault here is never confused with a fault in Satchel's POP3 engine.
class TestDovecotServer final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_server;
    const QByteArray m_first = "From: Bob <bob@example.test>\nTo: Alice <alice@example.test>\n"
                               "Subject: first\n\nHello Alice,\nthis is the first message.\n"_ba;
    const QByteArray m_second = "From: Bob <bob@example.test>\nSubject: dots\n\n"
                                ".leading dot\n..two dots\n.\nafter a lone dot\n"_ba;

    void login(LineSocket &pop3, const QByteArray &user, const QByteArray &password)
    {
        QVERIFY(pop3.readLine().startsWith("+OK"));
        QCOMPARE(pop3.command("USER " + user).left(3), "+OK"_ba);
        const QByteArray reply = pop3.command("PASS " + password);
        QVERIFY2(reply.startsWith("+OK"), reply.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Fails rather than skips: scripts/bootstrap.sh installs Dovecot everywhere we test.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        qInfo("Dovecot %s on ports %u (STLS) and %u (TLS), started in %lld ms",
              qUtf8Printable(QString::number(m_server.processId())), m_server.pop3Port(),
              m_server.pop3sPort(), m_server.startupMilliseconds());
        QVERIFY(m_server.pop3Port() != 0);
        QVERIFY(m_server.pop3sPort() != 0);
        QVERIFY(m_server.pop3Port() != m_server.pop3sPort());

        QVERIFY2(m_server.deliver(u"alice"_s, m_first), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.deliver(u"alice"_s, m_second), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.messageCount(u"alice"_s), 2);
        QCOMPARE(m_server.messageCount(u"bob"_s), 0);
        // As root the mail belongs to nobody (Dovecot refuses uid 0), otherwise to us.
        const struct passwd *nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        QCOMPARE(QFileInfo(m_server.maildirPath(u"alice"_s)).ownerId(),
                 ::geteuid() == 0 ? nobody->pw_uid : ::geteuid());
        QCOMPARE(m_server.messageCount(u"mallory"_s), -1);
        QVERIFY(!m_server.deliver(u"mallory"_s, m_first));
    }

    void cleanupTestCase() { m_server.stop(); }

    void greetingAndCapabilities()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server.pop3Port());
        QVERIFY(socket.waitForConnected(5000));
        LineSocket pop3(&socket);

        const QByteArray greeting = pop3.readLine();
        QVERIFY2(greeting.startsWith("+OK "), greeting.constData());
        QVERIFY(greeting.contains(m_server.greetingToken()));
        QVERIFY2(greeting.contains('<') && greeting.contains('>'),
                 "no APOP timestamp in the greeting");

        QCOMPARE(pop3.command("CAPA").left(3), "+OK"_ba);
        const std::optional<QByteArray> capa = pop3.readMultiline();
        QVERIFY(capa);
        const QList<QByteArray> lines = capa->trimmed().split('\n');
        QList<QByteArray> capabilities;
        QList<QByteArray> sasl;
        for (const QByteArray &line : lines) {
            const QByteArray capability = line.trimmed();
            capabilities.append(capability);
            if (capability.startsWith("SASL "))
                sasl = capability.mid(5).split(' ');
        }
        QVERIFY2(capabilities.contains("STLS"), capa->constData());
        QVERIFY2(capabilities.contains("USER"), capa->constData());
        QVERIFY2(capabilities.contains("UIDL"), capa->constData());
        QVERIFY2(sasl.contains("PLAIN"), capa->constData());
        QVERIFY2(sasl.contains("LOGIN"), capa->constData());
        QVERIFY2(sasl.contains("CRAM-MD5"), capa->constData());

        QVERIFY(pop3.command("QUIT").startsWith("+OK"));
    }

    void userPassRetrievesDeliveredBytes()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server.pop3Port());
        QVERIFY(socket.waitForConnected(5000));
        LineSocket pop3(&socket);
        login(pop3, "alice"_ba, "alice-secret"_ba);
        if (QTest::currentTestFailed())
            return;

        const QByteArray first = DovecotServer::expectedOverPop3(m_first);
        const QByteArray second = DovecotServer::expectedOverPop3(m_second);
        QCOMPARE(pop3.command("STAT"),
                 "+OK 2 " + QByteArray::number(first.size() + second.size()) + "\r\n");

        QCOMPARE(pop3.command("RETR 1"), "+OK " + QByteArray::number(first.size()) + " octets\r\n");
        std::optional<QByteArray> body = pop3.readMultiline();
        QVERIFY(body);
        QCOMPARE(*body, first);

        QCOMPARE(pop3.command("RETR 2"),
                 "+OK " + QByteArray::number(second.size()) + " octets\r\n");
        body = pop3.readMultiline();
        QVERIFY(body);
        QCOMPARE(*body, second);
        QVERIFY(body->contains("\r\n.leading dot\r\n..two dots\r\n.\r\n"));

        // pop3_uidl_format = %08Xu%08Xv: UID then UIDVALIDITY, 16 hex digits (lower case:
        // Dovecot's %X prints lower-case hex).
        const QByteArray uidl = pop3.command("UIDL 1").trimmed();
        static const QRegularExpression format(u"^\\+OK 1 0000000[1-9a-f][0-9a-f]{8}$"_s);
        QVERIFY2(format.match(QString::fromLatin1(uidl)).hasMatch(), uidl.constData());

        QVERIFY(pop3.command("QUIT").startsWith("+OK"));
        QCOMPARE(m_server.messageCount(u"alice"_s), 2);
    }

    // What expectedOverPop3() promises, checked against the real server one message at a time.
    void lineEndingsAsDocumented_data()
    {
        QTest::addColumn<QByteArray>("delivered");
        QTest::newRow("LF") << "Subject: a\n\nbody\n"_ba;
        QTest::newRow("CRLF") << "Subject: a\r\n\r\nbody\r\n"_ba;
        QTest::newRow("mixed") << "Subject: a\r\n\nline\nline\r\n"_ba;
        QTest::newRow("no final line end") << "Subject: a\n\nunterminated"_ba;
        QTest::newRow("lone CR") << "Subject: a\n\nbefore\rafter\n"_ba;
        QTest::newRow("dots") << "Subject: a\n\n.\n..\n. x\n"_ba;
    }

    void lineEndingsAsDocumented()
    {
        QFETCH(QByteArray, delivered);
        QVERIFY2(m_server.deliver(u"bob"_s, delivered), qPrintable(m_server.errorString()));
        const int number = m_server.messageCount(u"bob"_s);

        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server.pop3Port());
        QVERIFY(socket.waitForConnected(5000));
        LineSocket pop3(&socket);
        login(pop3, "bob"_ba, "bob-secret"_ba);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(pop3.command("RETR " + QByteArray::number(number)).startsWith("+OK"));
        const std::optional<QByteArray> body = pop3.readMultiline();
        QVERIFY(body);
        QCOMPARE(*body, DovecotServer::expectedOverPop3(delivered));
        QVERIFY(pop3.command("QUIT").startsWith("+OK"));
    }

    void wrongPasswordIsRejected()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server.pop3Port());
        QVERIFY(socket.waitForConnected(5000));
        LineSocket pop3(&socket);
        QVERIFY(pop3.readLine().startsWith("+OK"));
        QVERIFY(pop3.command("USER alice").startsWith("+OK"));
        const QByteArray reply = pop3.command("PASS not-the-password");
        QVERIFY2(reply.startsWith("-ERR"), reply.constData());

        // The auth penalty is off, so the next login is not held back for seconds.
        QElapsedTimer timer;
        timer.start();
        QTcpSocket again;
        again.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server.pop3Port());
        QVERIFY(again.waitForConnected(5000));
        LineSocket retry(&again);
        login(retry, "alice"_ba, "alice-secret"_ba);
        if (QTest::currentTestFailed())
            return;
        qInfo("login after a failed one took %lld ms", timer.elapsed());
        QVERIFY(retry.command("QUIT").startsWith("+OK"));
    }

    void implicitTlsVerifiesAgainstTestCa()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QSslSocket socket;
        socket.setSslConfiguration(trustingOnly(m_server.caCertificatePath()));
        socket.connectToHostEncrypted(DovecotServer::host(), m_server.pop3sPort(), u"localhost"_s);
        QVERIFY2(socket.waitForEncrypted(10000),
                 qPrintable(socket.errorString() + u": "_s
                            + describeErrors(socket.sslHandshakeErrors())));
        QVERIFY2(socket.sslHandshakeErrors().isEmpty(),
                 qPrintable(describeErrors(socket.sslHandshakeErrors())));
        QCOMPARE(socket.peerVerifyName(), u"localhost"_s);
        QVERIFY(socket.peerCertificate()
                    .subjectAlternativeNames()
                    .values(QSsl::DnsEntry)
                    .contains(u"localhost"_s));

        LineSocket pop3(&socket);
        const QByteArray greeting = pop3.readLine();
        QVERIFY2(greeting.startsWith("+OK "), greeting.constData());
        QVERIFY(pop3.command("QUIT").startsWith("+OK"));
    }

    void stlsUpgradesThePlainPort()
    {
        QSslSocket socket;
        socket.setSslConfiguration(trustingOnly(m_server.caCertificatePath()));
        socket.setPeerVerifyName(u"localhost"_s);
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server.pop3Port());
        QVERIFY(socket.waitForConnected(5000));
        LineSocket pop3(&socket);
        QVERIFY(pop3.readLine().startsWith("+OK"));
        QVERIFY(pop3.command("STLS").startsWith("+OK"));
        socket.startClientEncryption();
        QVERIFY2(socket.waitForEncrypted(10000),
                 qPrintable(socket.errorString() + u": "_s
                            + describeErrors(socket.sslHandshakeErrors())));
        QVERIFY(socket.sslHandshakeErrors().isEmpty());
        QCOMPARE(pop3.command("USER alice").left(3), "+OK"_ba);
        QCOMPARE(pop3.command("PASS alice-secret").left(3), "+OK"_ba);
        QVERIFY(pop3.command("QUIT").startsWith("+OK"));
    }

    void stopEndsDovecotAndClosesPorts()
    {
        // A second server beside m_server: separate ports, directory and processes.
        QString logPath;
        qint64 pid = 0;
        quint16 plainPort = 0;
        quint16 tlsPort = 0;
        {
            DovecotServer other;
            other.addUser(u"carol"_s, u"carol-secret"_s);
            QVERIFY2(other.start(), qPrintable(other.errorString()));
            plainPort = other.pop3Port();
            tlsPort = other.pop3sPort();
            QVERIFY(plainPort != m_server.pop3Port() && plainPort != m_server.pop3sPort());
            QVERIFY(tlsPort != m_server.pop3Port() && tlsPort != m_server.pop3sPort());
            QCOMPARE(other.messageCount(u"carol"_s), 0);
            pid = other.processId();
            QVERIFY(pid > 0);
            QCOMPARE(::kill(pid_t(pid), 0), 0);
            logPath = other.logFilePath();
            QVERIFY(QFileInfo::exists(logPath));

            QElapsedTimer timer;
            timer.start();
            other.stop();
            qInfo("stop() took %lld ms", timer.elapsed());
            QVERIFY(!other.isRunning());
            QCOMPARE(other.processId(), 0);
            QVERIFY(other.caCertificatePath().isEmpty());
        }

        errno = 0;
        QCOMPARE(::kill(pid_t(pid), 0), -1);
        QCOMPARE(errno, ESRCH);
        // Nothing of its process group (log, config, anvil, auth, login) lives on either.
        QTRY_VERIFY_WITH_TIMEOUT(livingProcessesInGroup(pid).isEmpty(), 5000);
        QVERIFY(refusesConnections(plainPort));
        QVERIFY(refusesConnections(tlsPort));
        QVERIFY(!QFileInfo::exists(QFileInfo(logPath).absolutePath()));

        // m_server is untouched.
        QVERIFY(m_server.isRunning());
        QVERIFY(!refusesConnections(m_server.pop3Port()));
    }

    void expectedOverPop3_data()
    {
        QTest::addColumn<QByteArray>("delivered");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << "\r\n"_ba;
        QTest::newRow("LF") << "a\nb\n"_ba
                            << "a\r\nb\r\n"_ba;
        QTest::newRow("CRLF kept") << "a\r\nb\r\n"_ba
                                   << "a\r\nb\r\n"_ba;
        QTest::newRow("unterminated") << "a\nb"_ba
                                      << "a\r\nb\r\n"_ba;
        QTest::newRow("lone CR kept") << "a\rb\n"_ba
                                      << "a\rb\r\n"_ba;
        QTest::newRow("trailing CR") << "a\r"_ba
                                     << "a\r\r\n"_ba;
        QTest::newRow("dots untouched") << "a\n.\n..\n"_ba
                                        << "a\r\n.\r\n..\r\n"_ba;
    }

    void expectedOverPop3()
    {
        QFETCH(QByteArray, delivered);
        QFETCH(QByteArray, expected);
        QCOMPARE(DovecotServer::expectedOverPop3(delivered), expected);
    }
};

QTEST_GUILESS_MAIN(TestDovecotServer)
#include "tst_dovecotserver.moc"
