#include <optional>

#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include "pop3/fetchjob.h"
#include "pop3/fetchworker.h"
#include "scriptedpop3server.h"
#include "testcertificates.h"

using namespace Pop3;

Q_DECLARE_METATYPE(Pop3::ErrorKind)

namespace {

const QByteArray mail = "From: a@example.test\r\nSubject: fault test\r\n\r\nfirst line\r\n"
                        "..a line that starts with a dot\r\nlast line\r\n";
const QByteArray unstuffed = "From: a@example.test\r\nSubject: fault test\r\n\r\nfirst line\r\n"
                             ".a line that starts with a dot\r\nlast line\r\n";

// A whole session: one message retrieved, stored, deleted, QUIT.
const QStringList fullSession = {
    QStringLiteral("S: +OK ready"),   QStringLiteral("C: CAPA"),
    QStringLiteral("S: +OK"),         QStringLiteral("S: USER"),
    QStringLiteral("S: UIDL"),        QStringLiteral("S: ."),
    QStringLiteral("C: USER alice"),  QStringLiteral("S: +OK"),
    QStringLiteral("C: PASS s3cret"), QStringLiteral("S: +OK logged in"),
    QStringLiteral("C: UIDL"),        QStringLiteral("S: +OK"),
    QStringLiteral("S: 1 uid-1"),     QStringLiteral("S: ."),
    QStringLiteral("C: LIST"),        QStringLiteral("S: +OK"),
    QStringLiteral("S: 1 120"),       QStringLiteral("S: ."),
    QStringLiteral("C: RETR 1"),      QStringLiteral("S: +OK"),
    QStringLiteral("R: %MAIL%"),      QStringLiteral("S: ."),
    QStringLiteral("C: DELE 1"),      QStringLiteral("S: +OK"),
    QStringLiteral("C: QUIT"),        QStringLiteral("S: +OK bye"),
};

struct Outcome
{
    bool finished = false;
    Error error;
    QList<QByteArray> stored;
    QList<QByteArray> deletedUidls;
    QByteArray clientSent;
};

} // namespace

// Faults a real server will not produce on demand, played by a scripted server over real
// loopback TCP (and TLS), through the same FetchJob and QSslSocket transport the application uses.
class TestPop3Faults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certDir;
    std::unique_ptr<TestCertificates> m_certificates;

    SessionConfig config(quint16 port, Security security) const
    {
        SessionConfig c;
        c.host = QStringLiteral("localhost");
        c.port = port;
        c.security = security;
        c.user = QStringLiteral("alice");
        c.password = QStringLiteral("s3cret");
        c.allowUnencryptedPassword = security == Security::None;
        c.commandTimeoutMs = 2000;
        c.connectTimeoutMs = 2000;
        return c;
    }

    TlsTrust trust() const
    {
        TlsTrust t;
        t.extraCaCertificates = QSslCertificate::fromPath(m_certificates->caCertificatePath());
        return t;
    }

    void useCertificate(ScriptedPop3Server &server)
    {
        const auto kind = TestCertificates::Kind::Valid;
        QFile keyFile(m_certificates->privateKeyPath(kind));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Ec);
        QVERIFY(!key.isNull());
        server.setCertificate(
            QSslCertificate::fromPath(m_certificates->certificatePath(kind)).value(0), key);
    }

    // finalCommit: how the asynchronous commit ends (nullopt: the hooks commit synchronously).
    Outcome run(ScriptedPop3Server &server, const SessionConfig &sessionConfig,
                std::optional<CommitState> finalCommit = std::nullopt,
                QStringList *events = nullptr)
    {
        Outcome outcome;
        FetchHooks hooks;
        if (finalCommit) {
            // A store thread that is still writing when asked without waiting.
            hooks.requestCommit = [events] {
                if (events)
                    events->append(QStringLiteral("request"));
                return quint64(1);
            };
            hooks.committed = [events, finalCommit](quint64 ticket, bool wait) {
                if (events)
                    events->append(QStringLiteral("committed(%1, %2)").arg(ticket).arg(wait));
                return wait ? *finalCommit : CommitState::Pending;
            };
        }
        hooks.plan = [](const QList<ServerMessage> &listing) {
            FetchPlan plan;
            for (const ServerMessage &m : listing) {
                plan.retrieve.append(m.number);
                plan.deleteIfStored.append(m.number);
            }
            return plan;
        };
        hooks.store = [&outcome, events](const ServerMessage &, const QByteArray &raw) {
            outcome.stored.append(raw);
            if (events)
                events->append(QStringLiteral("store"));
            return true;
        };
        hooks.deletionsConfirmed = [&outcome](const QList<ServerMessage> &deleted) {
            for (const ServerMessage &m : deleted)
                outcome.deletedUidls.append(m.uidl);
        };
        FetchJob job(sessionConfig, trust(), hooks);
        bool done = false;
        connect(&job, &FetchJob::finished, this, [&](const FetchSummary &) {
            outcome.finished = true;
            done = true;
        });
        connect(&job, &FetchJob::failed, this, [&](const Error &error, const QString &) {
            outcome.error = error;
            done = true;
        });
        job.start();
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("job did not end");
        QTest::qWait(20); // let the server read what the client sent last
        outcome.clientSent = server.received();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_certDir.isValid());
        m_certificates = std::make_unique<TestCertificates>(m_certDir.path());
        QVERIFY2(m_certificates->generate(), qPrintable(m_certificates->errorString()));
    }

    void fullSessionSucceeds_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("plain") << false;
        QTest::newRow("implicit TLS") << true;
    }

    void fullSessionSucceeds()
    {
        QFETCH(bool, tls);
        ScriptedPop3Server server;
        server.setScript(fullSession.join(QLatin1Char('\n')));
        server.setMail(mail);
        if (tls) {
            useCertificate(server);
            server.setImplicitTls(true);
        }
        QVERIFY(server.listenOnLoopback());
        const Outcome outcome =
            run(server, config(server.serverPort(), tls ? Security::ImplicitTls : Security::None));
        QVERIFY2(outcome.finished, qPrintable(outcome.error.message() + outcome.error.detail));
        QVERIFY2(server.finished(), qPrintable(server.mismatch()));
        QCOMPARE(outcome.stored, QList<QByteArray> {unstuffed});
        QCOMPARE(outcome.deletedUidls, QList<QByteArray> {"uid-1"});
    }

    // A store that commits on its own thread: the job asks for the commit and goes on; DELE
    // goes out only once committed() says durable (it waits for that before QUIT), and never
    // when the commit failed.
    void asynchronousCommit_data()
    {
        QTest::addColumn<bool>("durable");
        QTest::newRow("durable") << true;
        QTest::newRow("failed") << false;
    }

    void asynchronousCommit()
    {
        QFETCH(bool, durable);
        ScriptedPop3Server server;
        QStringList script = fullSession;
        if (!durable)
            script = script.mid(0, script.indexOf(QStringLiteral("C: DELE 1")));
        server.setScript(script.join(QLatin1Char('\n')));
        server.setMail(mail);
        QVERIFY(server.listenOnLoopback());
        QStringList events;
        const Outcome outcome = run(server, config(server.serverPort(), Security::None),
                                    durable ? CommitState::Durable : CommitState::Failed, &events);
        QCOMPARE(events,
                 (QStringList {QStringLiteral("store"), QStringLiteral("request"),
                               QStringLiteral("committed(1, 1)")}));
        QCOMPARE(outcome.stored, QList<QByteArray> {unstuffed});
        if (durable) {
            QVERIFY2(outcome.finished, qPrintable(outcome.error.message() + outcome.error.detail));
            QVERIFY2(server.finished(), qPrintable(server.mismatch()));
            QCOMPARE(outcome.deletedUidls, QList<QByteArray> {"uid-1"});
        } else {
            QVERIFY(!outcome.finished);
            QCOMPARE(outcome.error.kind, ErrorKind::LocalStoreFailed);
            QVERIFY(!outcome.clientSent.contains("DELE"));
            QVERIFY(!outcome.clientSent.contains("QUIT"));
            QVERIFY(outcome.deletedUidls.isEmpty());
        }
    }

    // The connection drops after each server step in turn. Whatever the step: nothing is stored
    // partially or twice, and no deletion is reported unless the server answered QUIT.
    void disconnectAtEveryStep_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<bool>("tls");
        for (int i = 0; i < fullSession.size(); ++i) {
            if (fullSession.at(i).startsWith(QLatin1Char('C')))
                continue;
            QTest::addRow("plain, before step %d", i) << i << false;
            QTest::addRow("TLS, before step %d", i) << i << true;
        }
    }

    void disconnectAtEveryStep()
    {
        QFETCH(int, cut);
        QFETCH(bool, tls);
        ScriptedPop3Server server;
        server.setScript(fullSession.mid(0, cut).join(QLatin1Char('\n')) + QStringLiteral("\nX"));
        server.setMail(mail);
        if (tls) {
            useCertificate(server);
            server.setImplicitTls(true);
        }
        QVERIFY(server.listenOnLoopback());
        const Outcome outcome =
            run(server, config(server.serverPort(), tls ? Security::ImplicitTls : Security::None));
        QVERIFY(!outcome.finished);
        QCOMPARE(outcome.error.kind, ErrorKind::ConnectionLost);
        QVERIFY(outcome.deletedUidls.isEmpty());
        const int retrReply = int(fullSession.indexOf(
            QStringLiteral("S: ."), fullSession.indexOf(QStringLiteral("R: %MAIL%"))));
        QCOMPARE(outcome.stored.size(), cut > retrReply ? 1 : 0);
        for (const QByteArray &stored : outcome.stored)
            QCOMPARE(stored, unstuffed);
    }

    void stallTimesOut()
    {
        ScriptedPop3Server server;
        QStringList script =
            fullSession.mid(0, fullSession.indexOf(QStringLiteral("C: RETR 1")) + 1);
        script << QStringLiteral("S: +OK") << QStringLiteral("R: From: half a message\\r\\n")
               << QStringLiteral("W");
        server.setScript(script.join(QLatin1Char('\n')));
        QVERIFY(server.listenOnLoopback());
        SessionConfig c = config(server.serverPort(), Security::None);
        c.commandTimeoutMs = 300;
        const Outcome outcome = run(server, c);
        QCOMPARE(outcome.error.kind, ErrorKind::Timeout);
        QVERIFY(outcome.stored.isEmpty());
        QVERIFY(!outcome.clientSent.contains("QUIT"));
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::newRow("binary") << QStringLiteral("R: \\x00\\xff\\xfe garbage\\r\\n");
        QTest::newRow("HTTP") << QStringLiteral("R: HTTP/1.1 400 Bad Request\\r\\n\\r\\n");
        QTest::newRow("unsolicited second reply")
            << QStringLiteral("R: +OK\\r\\n.\\r\\n+OK extra\\r\\n");
        QTest::newRow("bad listing line") << QStringLiteral("R: +OK\\r\\n1\\r\\n.\\r\\n");
    }

    void garbage()
    {
        QFETCH(QString, reply);
        ScriptedPop3Server server;
        QStringList script = fullSession.mid(0, fullSession.indexOf(QStringLiteral("C: UIDL")) + 1);
        script << reply << QStringLiteral("W");
        server.setScript(script.join(QLatin1Char('\n')));
        QVERIFY(server.listenOnLoopback());
        const Outcome outcome = run(server, config(server.serverPort(), Security::None));
        QCOMPARE(outcome.error.kind, ErrorKind::ProtocolError);
        QVERIFY(outcome.stored.isEmpty());
        QVERIFY(!outcome.clientSent.contains("QUIT"));
    }

    // A server that announced UIDL must list every message with one; otherwise its messages
    // could not be told from ones already stored, and would be downloaded again.
    void uidlFailuresEndTheCheck_data()
    {
        QTest::addColumn<QString>("uidlReply");
        QTest::addColumn<ErrorKind>("expected");
        QTest::newRow("-ERR to UIDL")
            << QStringLiteral("S: -ERR [SYS/TEMP] try later") << ErrorKind::CommandFailed;
        QTest::newRow("UIDL lists fewer messages")
            << QStringLiteral("R: +OK\\r\\n.\\r\\n") << ErrorKind::ProtocolError;
    }

    void uidlFailuresEndTheCheck()
    {
        QFETCH(QString, uidlReply);
        QFETCH(ErrorKind, expected);
        ScriptedPop3Server server;
        QStringList script = fullSession.mid(0, fullSession.indexOf(QStringLiteral("C: UIDL")) + 1);
        script << uidlReply << QStringLiteral("C: LIST") << QStringLiteral("S: +OK")
               << QStringLiteral("S: 1 120") << QStringLiteral("S: .") << QStringLiteral("W");
        server.setScript(script.join(QLatin1Char('\n')));
        server.setMail(mail);
        QVERIFY(server.listenOnLoopback());
        const Outcome outcome = run(server, config(server.serverPort(), Security::None));
        QCOMPARE(outcome.error.kind, expected);
        QVERIFY(outcome.stored.isEmpty());
        QVERIFY(!outcome.clientSent.contains("RETR"));
    }

    void responseCodes_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<ErrorKind>("expected");
        QTest::newRow("[AUTH]") << QStringLiteral("-ERR [AUTH] Invalid login")
                                << ErrorKind::AuthenticationFailed;
        QTest::newRow("[IN-USE]") << QStringLiteral("-ERR [IN-USE] Mailbox locked")
                                  << ErrorKind::MailboxInUse;
        QTest::newRow("[LOGIN-DELAY]")
            << QStringLiteral("-ERR [LOGIN-DELAY] Too soon") << ErrorKind::LoginDelay;
        QTest::newRow("[SYS/TEMP]")
            << QStringLiteral("-ERR [SYS/TEMP] Try later") << ErrorKind::TemporaryFailure;
        QTest::newRow("[SYS/PERM]")
            << QStringLiteral("-ERR [SYS/PERM] Account closed") << ErrorKind::PermanentFailure;
        QTest::newRow("lock without a code")
            << QStringLiteral("-ERR Unable to lock maildrop") << ErrorKind::MailboxInUse;
    }

    void responseCodes()
    {
        QFETCH(QString, reply);
        QFETCH(ErrorKind, expected);
        ScriptedPop3Server server;
        QStringList script =
            fullSession.mid(0, fullSession.indexOf(QStringLiteral("C: PASS s3cret")) + 1);
        script << QStringLiteral("S: ") + reply << QStringLiteral("W");
        server.setScript(script.join(QLatin1Char('\n')));
        QVERIFY(server.listenOnLoopback());
        const Outcome outcome = run(server, config(server.serverPort(), Security::None));
        QCOMPARE(outcome.error.kind, expected);
        QVERIFY(!outcome.clientSent.contains("UIDL"));
    }

    // The worker thread: a check runs off this thread, reports progress and ends; cancel works
    // while the server stalls, and no QUIT reaches the server.
    void workerThreadRunsAndCancels()
    {
        ScriptedPop3Server server;
        server.setScript(fullSession.join(QLatin1Char('\n')));
        server.setMail(mail);
        QVERIFY(server.listenOnLoopback());
        FetchHooks hooks;
        QThread *storeThread = nullptr;
        hooks.plan = [](const QList<ServerMessage> &listing) {
            FetchPlan plan;
            plan.retrieve = {listing.value(0).number};
            plan.deleteIfStored = {listing.value(0).number};
            return plan;
        };
        hooks.store = [&storeThread](const ServerMessage &, const QByteArray &) {
            storeThread = QThread::currentThread();
            return true;
        };
        FetchWorker worker;
        QSignalSpy finished(&worker, &FetchWorker::finished);
        QSignalSpy progress(&worker, &FetchWorker::progress);
        QVERIFY(worker.start(config(server.serverPort(), Security::None), {}, hooks));
        QVERIFY(!worker.start(config(server.serverPort(), Security::None), {}, hooks));
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(storeThread && storeThread != QThread::currentThread());
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().at(0).value<FetchProgress>();
        QCOMPARE(last.messagesDone, 1);
        QCOMPARE(last.messagesTotal, 1);
        QCOMPARE(finished.first().at(0).value<FetchSummary>().deleted, 1);
        QVERIFY(!worker.isRunning());

        ScriptedPop3Server stalling;
        QStringList script =
            fullSession.mid(0, fullSession.indexOf(QStringLiteral("C: RETR 1")) + 1);
        script << QStringLiteral("W");
        stalling.setScript(script.join(QLatin1Char('\n')));
        QVERIFY(stalling.listenOnLoopback());
        QSignalSpy failed(&worker, &FetchWorker::failed);
        QVERIFY(worker.start(config(stalling.serverPort(), Security::None), {}, hooks));
        QTRY_VERIFY(stalling.received().contains("RETR 1"));
        worker.cancel();
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Error>().kind, ErrorKind::Cancelled);
        QTest::qWait(50);
        QVERIFY(!stalling.received().contains("QUIT"));
    }
};

QTEST_GUILESS_MAIN(TestPop3Faults)
#include "tst_pop3faults.moc"
