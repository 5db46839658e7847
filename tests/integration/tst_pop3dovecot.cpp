#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

#include "dovecotserver.h"
#include "pop3/fetchjob.h"
#include "pop3/session.h"
#include "pop3/ssltransport.h"

using namespace Pop3;

Q_DECLARE_METATYPE(Pop3::Security)
Q_DECLARE_METATYPE(Pop3::Sasl::AuthMethod)
Q_DECLARE_METATYPE(Pop3::Sasl::Mechanism)

namespace {

QByteArray message(int i)
{
    QByteArray m = "From: Sender <sender@example.test>\r\nTo: alice@example.test\r\n"
                   "Subject: message "
        + QByteArray::number(i) + "\r\nMessage-ID: <" + QByteArray::number(i)
        + "@example.test>\r\n\r\nBody of message " + QByteArray::number(i) + ".\r\n";
    m += ".a line starting with a dot\r\n..two dots\r\n.\r\nthe line above is a lone dot\r\n";
    if (i == 2)
        m += QByteArray(300 * 1024, 'x').replace(QByteArray(), QByteArray()) + "\r\n";
    return m;
}

} // namespace

// The engine against a real Dovecot on loopback: every mechanism, both TLS modes, the whole
// transaction command set, and retrieved bytes compared with what was delivered.
class TestPop3Dovecot final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    QList<QByteArray> m_delivered;

    SessionConfig config(Security security) const
    {
        SessionConfig c;
        c.host = QStringLiteral("localhost");
        c.security = security;
        c.port = security == Security::ImplicitTls ? m_dovecot.pop3sPort() : m_dovecot.pop3Port();
        c.user = QStringLiteral("alice");
        c.password = QStringLiteral("alice-secret");
        c.connectTimeoutMs = 10000;
        c.commandTimeoutMs = 10000;
        return c;
    }

    TlsTrust trust() const
    {
        return {QSslCertificate::fromPath(m_dovecot.caCertificatePath()), {}};
    }

    // Opens a session and waits until it is logged in or failed.
    bool openSession(Session &session)
    {
        QSignalSpy ready(&session, &Session::ready);
        QSignalSpy failed(&session, &Session::failed);
        session.open();
        return QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15000)
            && !ready.isEmpty();
    }

    template<typename T>
    static Result<T> await(const std::function<void(Session::Callback<T>)> &command)
    {
        std::optional<Result<T>> result;
        command([&](Result<T> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return Error::make(ErrorKind::Timeout, QStringLiteral("the test gave up waiting"));
        return std::move(*result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        for (int i = 1; i <= 3; ++i) {
            m_delivered.append(message(i));
            QVERIFY(m_dovecot.deliver(QStringLiteral("alice"), m_delivered.last()));
        }
    }

    void mechanisms_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addColumn<Sasl::AuthMethod>("method");
        QTest::addColumn<Sasl::Mechanism>("expected");
        for (const Security security : {Security::StartTls, Security::ImplicitTls}) {
            const char *mode = security == Security::StartTls ? "STARTTLS" : "implicit TLS";
            QTest::addRow("%s, automatic", mode)
                << security << Sasl::AuthMethod::Automatic << Sasl::Mechanism::CramMd5;
            QTest::addRow("%s, normal password", mode)
                << security << Sasl::AuthMethod::NormalPassword << Sasl::Mechanism::Plain;
        }
        QTest::newRow("implicit TLS, APOP")
            << Security::ImplicitTls << Sasl::AuthMethod::EncryptedPassword
            << Sasl::Mechanism::CramMd5;
    }

    void mechanisms()
    {
        QFETCH(Security, security);
        QFETCH(Sasl::AuthMethod, method);
        QFETCH(Sasl::Mechanism, expected);
        SslTransport transport(trust());
        SessionConfig c = config(security);
        c.authMethod = method;
        Session session(&transport, c);
        QVERIFY2(openSession(session),
                 qPrintable(session.error().message() + session.error().detail
                            + session.protocolLog().toText()));
        QCOMPARE(session.mechanismUsed(), expected);
        QVERIFY(transport.isEncrypted());
        QVERIFY(transport.tlsInfo().protocol.startsWith(QStringLiteral("TLS 1.")));
        QVERIFY(await<Done>([&](auto done) { session.quit(done); }).ok());
    }

    // Every mechanism the engine speaks, each forced in turn, over both TLS modes. APOP needs
    // the greeting's timestamp to have come over TLS, so only implicit TLS offers it.
    void everyMechanismLogsIn_data()
    {
        QTest::addColumn<Security>("security");
        QTest::addColumn<Sasl::Mechanism>("mechanism");
        const Sasl::Mechanism all[] = {Sasl::Mechanism::UserPass, Sasl::Mechanism::Plain,
                                       Sasl::Mechanism::Login, Sasl::Mechanism::CramMd5,
                                       Sasl::Mechanism::Apop};
        for (const Security security : {Security::StartTls, Security::ImplicitTls}) {
            for (const Sasl::Mechanism mechanism : all) {
                QTest::addRow("%s, %s",
                              security == Security::StartTls ? "STARTTLS" : "implicit TLS",
                              Sasl::mechanismName(mechanism).constData())
                    << security << mechanism;
            }
        }
    }

    void everyMechanismLogsIn()
    {
        QFETCH(Security, security);
        QFETCH(Sasl::Mechanism, mechanism);
        SslTransport transport(trust());
        SessionConfig c = config(security);
        c.mechanism = mechanism;
        Session session(&transport, c);
        const bool opened = openSession(session);
        if (mechanism == Sasl::Mechanism::Apop && security == Security::StartTls) {
            QVERIFY(!opened); // the timestamp came in plaintext: APOP is not offered
            QCOMPARE(session.error().kind, ErrorKind::NoSuitableMechanism);
            return;
        }
        QVERIFY2(opened, qPrintable(session.protocolLog().toText()));
        QCOMPARE(session.mechanismUsed(), mechanism);
        const Result<MailboxStat> stat = await<MailboxStat>([&](auto d) { session.stat(d); });
        QVERIFY(stat.ok());
        QVERIFY(await<Done>([&](auto done) { session.quit(done); }).ok());
        QVERIFY(!session.protocolLog().toText().contains(QStringLiteral("alice-secret")));
    }

    void transactionCommandsAndExactBytes()
    {
        SslTransport transport(trust());
        Session session(&transport, config(Security::StartTls));
        QVERIFY2(openSession(session), qPrintable(session.protocolLog().toText()));

        const Result<MailboxStat> stat = await<MailboxStat>([&](auto d) { session.stat(d); });
        QVERIFY(stat.ok());
        QCOMPARE(stat.value().messageCount, quint32(m_delivered.size()));

        const Result<QList<ListEntry>> list =
            await<QList<ListEntry>>([&](auto d) { session.list(d); });
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), m_delivered.size());
        const Result<ListEntry> list2 = await<ListEntry>([&](auto d) { session.list(2, d); });
        QVERIFY(list2.ok());
        QCOMPARE(list2.value().size, DovecotServer::expectedOverPop3(m_delivered.at(1)).size());

        const Result<QList<UidlEntry>> uidl =
            await<QList<UidlEntry>>([&](auto d) { session.uidl(d); });
        QVERIFY(uidl.ok());
        QCOMPARE(uidl.value().size(), m_delivered.size());
        const Result<UidlEntry> uidl3 = await<UidlEntry>([&](auto d) { session.uidl(3, d); });
        QVERIFY(uidl3.ok());
        QCOMPARE(uidl3.value().uidl, uidl.value().at(2).uidl);

        const Result<QByteArray> top = await<QByteArray>([&](auto d) { session.top(1, 0, d); });
        QVERIFY(top.ok());
        QVERIFY(top.value().startsWith("From: Sender"));
        QVERIFY(!top.value().contains("Body of message"));

        for (int i = 0; i < m_delivered.size(); ++i) {
            const Result<QByteArray> retr =
                await<QByteArray>([&](auto d) { session.retr(quint32(i + 1), 0, d); });
            QVERIFY(retr.ok());
            QCOMPARE(retr.value(), DovecotServer::expectedOverPop3(m_delivered.at(i)));
        }
        const Result<QByteArray> missing =
            await<QByteArray>([&](auto d) { session.retr(99, 0, d); });
        QCOMPARE(missing.error().kind, ErrorKind::CommandFailed);
        QVERIFY(await<Done>([&](auto d) { session.noop(d); }).ok());
        QVERIFY(await<Done>([&](auto d) { session.dele(1, d); }).ok());
        QVERIFY(await<Done>([&](auto d) { session.rset(d); }).ok()); // undoes the DELE
        QVERIFY(await<Done>([&](auto d) { session.quit(d); }).ok());
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("alice")), m_delivered.size());
    }

    // DELE takes effect only at +OK to QUIT; a cancelled session deletes nothing.
    void deleteTakesEffectOnlyAtQuit()
    {
        {
            SslTransport transport(trust());
            Session session(&transport, config(Security::ImplicitTls));
            QVERIFY(openSession(session));
            QVERIFY(await<Done>([&](auto d) { session.dele(1, d); }).ok());
            session.cancel();
        }
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("alice")), m_delivered.size());

        SslTransport transport(trust());
        Session session(&transport, config(Security::ImplicitTls));
        QVERIFY(openSession(session));
        QVERIFY(await<Done>([&](auto d) { session.dele(1, d); }).ok());
        QVERIFY(await<Done>([&](auto d) { session.quit(d); }).ok());
        QTRY_COMPARE(m_dovecot.messageCount(QStringLiteral("alice")), m_delivered.size() - 1);
        m_delivered.removeFirst();
    }

    void fetchJobRetrievesEverything()
    {
        QList<QByteArray> stored;
        FetchHooks hooks;
        hooks.plan = [](const QList<ServerMessage> &listing) {
            FetchPlan plan;
            for (const ServerMessage &m : listing)
                plan.retrieve.append(m.number);
            return plan;
        };
        hooks.store = [&](const ServerMessage &, const QByteArray &raw) {
            stored.append(raw);
            return true;
        };
        FetchJob job(config(Security::StartTls), trust(), hooks);
        QSignalSpy finished(&job, &FetchJob::finished);
        QSignalSpy failed(&job, &FetchJob::failed);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 15000);
        QVERIFY(failed.isEmpty());
        const auto summary = finished.first().at(0).value<FetchSummary>();
        QCOMPARE(summary.retrieved, m_delivered.size());
        QVERIFY(summary.capabilities.pipelining);
        QVERIFY(summary.capabilities.uidl);
        QCOMPARE(stored.size(), m_delivered.size());
        for (int i = 0; i < stored.size(); ++i)
            QCOMPARE(stored.at(i), DovecotServer::expectedOverPop3(m_delivered.at(i)));
        QVERIFY(!summary.protocolLog.contains(QStringLiteral("alice-secret")));
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        SslTransport transport(trust());
        SessionConfig c = config(Security::ImplicitTls);
        c.password = QStringLiteral("wrong");
        Session session(&transport, c);
        QVERIFY(!openSession(session));
        QCOMPARE(session.error().kind, ErrorKind::AuthenticationFailed);
        QVERIFY(session.error().needsCredentials());
    }

    void plaintextCredentialsAreRefusedByTheClient()
    {
        SslTransport transport(trust());
        Session session(&transport, config(Security::None));
        QVERIFY(!openSession(session));
        QCOMPARE(session.error().kind, ErrorKind::PlaintextAuthForbidden);
        QVERIFY(!transport.isEncrypted());
    }

    void untrustedCertificateStopsBeforeSending()
    {
        SslTransport transport(TlsTrust {}); // the system store does not know the test CA
        Session session(&transport, config(Security::ImplicitTls));
        QVERIFY(!openSession(session));
        QCOMPARE(session.error().kind, ErrorKind::CertificateUntrusted);
        QVERIFY(!session.error().sslErrors.isEmpty());
        QVERIFY(!session.error().certificateChain.isEmpty());

        // Pinning exactly that certificate lets the user accept it.
        const QByteArray pin =
            session.error().certificateChain.first().digest(QCryptographicHash::Sha256);
        SslTransport pinned(TlsTrust {{}, pin});
        Session accepted(&pinned, config(Security::ImplicitTls));
        QVERIFY2(openSession(accepted), qPrintable(accepted.protocolLog().toText()));
        QVERIFY(await<Done>([&](auto d) { accepted.quit(d); }).ok());

        // Another pin does not.
        SslTransport other(TlsTrust {{}, QByteArray(32, 'x')});
        Session refused(&other, config(Security::ImplicitTls));
        QVERIFY(!openSession(refused));
        QCOMPARE(refused.error().kind, ErrorKind::CertificateUntrusted);
    }

    // A certificate from the trusted CA, but for another host name, fails after STLS too.
    void startTlsHostNameIsVerified()
    {
        DovecotServer wrongHost;
        wrongHost.setCertificate(TestCertificates::Kind::WrongHost);
        QVERIFY2(wrongHost.start(), qPrintable(wrongHost.errorString()));
        SslTransport transport({QSslCertificate::fromPath(wrongHost.caCertificatePath()), {}});
        SessionConfig c = config(Security::StartTls);
        c.port = wrongHost.pop3Port();
        Session session(&transport, c);
        QVERIFY(!openSession(session));
        QCOMPARE(session.error().kind, ErrorKind::CertificateUntrusted);
        bool hostNameError = false;
        for (const QSslError &error : session.error().sslErrors)
            hostNameError |= error.error() == QSslError::HostNameMismatch;
        QVERIFY(hostNameError);
        const QString log = session.protocolLog().toText();
        QVERIFY(!log.contains(QStringLiteral("C: USER"))
                && !log.contains(QStringLiteral("C: AUTH")));
    }
};

QTEST_GUILESS_MAIN(TestPop3Dovecot)
#include "tst_pop3dovecot.moc"
