#include <memory>

#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clitestsupport.h"
#include "dovecotserver.h"
#include "faultproxy.h"
#include "maildircheck.h"
#include "store/messagestore.h"

// The exactly-once promise under network faults: the real satchel-cli fetches from a real Dovecot
// through a FaultProxy that cuts, stalls, slows down or corrupts the stream at chosen bytes all
// over the session (greeting, CAPA, login, UIDL, LIST, inside and between RETR replies, DELE,
// QUIT), in both directions, in plaintext and in TLS, for an account that deletes mail after
// download and one that keeps it. After each fault: a non-zero exit with one clear line on stderr
// (or success, for a slow stream); what is stored is byte-identical and stored once; nothing is
// gone from the server without being stored. Then a clean run stores every message exactly once.
// Stalls wait for the client's own timeouts (30 s to the greeting, 60 s per reply; satchel-cli has
// no option to shorten them), so the few runs that wait start first, in parallel, each on its own
// user, and are checked last.
// tst_pop3faults plays the protocol corners with a scripted server; this is the real thing.

using Dir = FaultProxy::Direction;
using Fault = FaultProxy::Fault;

namespace {

constexpr int MessagesPerRun = 6;

// How satchel-cli must end after the fault. A corrupted command is answered -ERR by the server,
// and a -ERR to RETR reads as "that message vanished" (it is fetched next time), so either end is
// right there, as long as nothing is lost or stored twice.
enum class Expect {
    Failure,
    Success,
    Either,
};

struct FaultCase
{
    QByteArray name;
    FaultProxy::Plan plan;
    Expect expect = Expect::Failure;
    // Near the end of a TLS session: the last records' sizes depend on how the server grouped its
    // replies into records this time, so the stream may end before the offset.
    bool mayMiss = false;
};

FaultCase makeCase(const QByteArray &name, Fault fault, Dir direction, qint64 offset)
{
    FaultCase c;
    c.name = name;
    c.plan.fault = fault;
    c.plan.direction = direction;
    c.plan.offset = offset;
    c.expect = fault == Fault::Slow ? Expect::Success : Expect::Failure;
    if (fault == Fault::Corrupt && direction == Dir::ClientToServer)
        c.expect = Expect::Either;
    return c;
}

FaultCase slowCase(const QByteArray &name, Dir direction, qint64 offset, int bytesPerTick,
                   qint64 length)
{
    FaultCase c = makeCase(name, Fault::Slow, direction, offset);
    c.plan.slowBytesPerTick = bytesPerTick;
    c.plan.slowTickMs = 1;
    c.plan.slowLength = length;
    return c;
}

// Where the start of the line holding `pos` is.
qsizetype lineStart(const QByteArray &stream, qsizetype pos)
{
    const qsizetype crlf = stream.lastIndexOf("\r\n", pos - 1);
    return crlf < 0 ? 0 : crlf + 2;
}

} // namespace

class TestFaultInjection final : public QObject
{
    Q_OBJECT

private:
    // One account against one Dovecot user, through its own proxy.
    struct Scenario
    {
        QString user;
        bool tls = false;
        bool deleteAfter = false;
        std::unique_ptr<FaultProxy> proxy;
        QString profile;
        QSet<QByteArray> delivered; // Message-IDs this profile must end up with
    };
    // A run that waits for a timeout: started early, checked at the end.
    struct WaitingRun
    {
        std::unique_ptr<Scenario> scenario;
        std::unique_ptr<QProcess> process;
        QByteArray name;
    };

    DovecotServer m_dovecot;
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_expected; // Message-ID → bytes RETR yields
    int m_serial = 0;
    int m_profiles = 0;
    std::vector<WaitingRun> m_waiting;

    int m_runs = 0;
    int m_faultsInjected = 0;
    int m_messagesChecked = 0;
    int m_lost = 0;
    int m_duplicated = 0;

    // The index-th message of a batch has the same size in every batch, so every session of a
    // scenario has the same shape; some lines start with '.', so they are dot-stuffed.
    QList<QByteArray> deliver(const QString &user)
    {
        static const int lines[MessagesPerRun] = {40, 700, 120, 1800, 15, 300};
        QList<QByteArray> ids;
        for (int i = 0; i < MessagesPerRun; ++i) {
            const QByteArray id =
                "fi." + QByteArray::number(++m_serial).rightJustified(6, '0') + "@example.test";
            QByteArray m = "From: sender@example.test\nTo: " + user.toUtf8()
                + "@example.test\nSubject: fault injection " + QByteArray::number(i)
                + "\nMessage-ID: <" + id + ">\n\n";
            for (int l = 0; l < lines[i]; ++l)
                m += (l % 13 == 0 ? ".dotted line " : "body line ") + QByteArray::number(l) + '\n';
            if (!m_dovecot.deliver(user, m))
                return {};
            m_expected.insert(id, DovecotServer::expectedOverPop3(m));
            ids.append(id);
        }
        return ids;
    }

    std::unique_ptr<Scenario> makeScenario(const QString &user, bool tls, bool deleteAfter)
    {
        auto s = std::make_unique<Scenario>();
        s->user = user;
        s->tls = tls;
        s->deleteAfter = deleteAfter;
        s->proxy = std::make_unique<FaultProxy>(DovecotServer::host(),
                                                tls ? m_dovecot.pop3sPort() : m_dovecot.pop3Port());
        if (!s->proxy->start())
            return {};
        return s;
    }

    // A new profile with the scenario's account, pointing at the proxy.
    bool newProfile(Scenario &s)
    {
        s.profile = m_dir.filePath(QStringLiteral("profile%1").arg(++m_profiles));
        s.delivered.clear();
        QStringList arguments {QStringLiteral("account"),
                               QStringLiteral("add"),
                               QStringLiteral("--name"),
                               s.user,
                               QStringLiteral("--host"),
                               QStringLiteral("localhost"),
                               QStringLiteral("--port"),
                               QString::number(s.proxy->port()),
                               QStringLiteral("--security"),
                               s.tls ? QStringLiteral("tls") : QStringLiteral("none"),
                               QStringLiteral("--user"),
                               s.user,
                               QStringLiteral("--ca-file"),
                               m_dovecot.caCertificatePath(),
                               QStringLiteral("--password-stdin"),
                               QStringLiteral("--store-password-in-profile"),
                               s.deleteAfter ? QStringLiteral("--delete-after-download")
                                             : QStringLiteral("--keep-on-server")};
        if (!s.tls) // USER/PASS: no challenge of varying length moves the faults
            arguments << QStringLiteral("--allow-insecure-auth") << QStringLiteral("--auth")
                      << QStringLiteral("user");
        const CliRun add = runCli(s.profile, arguments, s.user.toUtf8() + "-secret\n");
        if (add.exitCode != 0)
            qWarning("account add: %s", add.err.constData());
        return add.exitCode == 0;
    }

    QSet<QByteArray> onServer(const QString &user) const
    {
        const QList<QByteArray> ids = messageIdsInMaildir(m_dovecot.maildirPath(user));
        return QSet<QByteArray>(ids.cbegin(), ids.cend());
    }

    // The store's Message-IDs; counts and reports duplicates and changed bytes.
    bool stored(const QString &profile, QSet<QByteArray> &ids, QString &problem)
    {
        Store::MessageStore store;
        if (!store.open(profile)) {
            problem = store.errorString();
            return false;
        }
        for (const Store::Folder &folder : store.folders(false)) {
            for (const qint64 id : store.messageIds(folder.id)) {
                const QByteArray raw = store.raw(id).value_or(QByteArray());
                const QByteArray mid = messageIdOf(raw);
                if (ids.contains(mid)) {
                    ++m_duplicated;
                    problem = QStringLiteral("stored twice: ") + QString::fromLatin1(mid);
                    return false;
                }
                if (m_expected.value(mid) != raw) {
                    problem = QStringLiteral("stored bytes differ: ") + QString::fromLatin1(mid);
                    return false;
                }
                ids.insert(mid);
            }
        }
        return true;
    }

    // Nothing stored twice or changed, and every delivered message stored or on the server.
    void checkNothingLost(const Scenario &s, const QByteArray &when)
    {
        QSet<QByteArray> storedIds;
        QString problem;
        QVERIFY2(stored(s.profile, storedIds, problem),
                 QByteArray(when + ": " + problem.toUtf8()).constData());
        const QSet<QByteArray> server = onServer(s.user);
        for (const QByteArray &id : s.delivered) {
            if (!storedIds.contains(id) && !server.contains(id)) {
                ++m_lost;
                QFAIL(QByteArray(when + ": lost " + id).constData());
            }
        }
    }

    // A clean run stores every delivered message exactly once; the server keeps them or not.
    void cleanRun(Scenario &s, const QByteArray &when)
    {
        s.proxy->clearPlan();
        const CliRun clean = runCli(s.profile, {QStringLiteral("fetch")});
        QVERIFY2(clean.exitCode == 0,
                 QByteArray(when + ": clean run failed: " + clean.err).constData());
        QSet<QByteArray> storedIds;
        QString problem;
        QVERIFY2(stored(s.profile, storedIds, problem),
                 QByteArray(when + ": " + problem.toUtf8()).constData());
        for (const QByteArray &id : s.delivered) {
            if (!storedIds.contains(id))
                ++m_lost;
        }
        QCOMPARE(storedIds, s.delivered);
        m_messagesChecked += MessagesPerRun; // this run's; the earlier ones were checked again
        const QSet<QByteArray> server = onServer(s.user);
        if (s.deleteAfter)
            QVERIFY2(server.isEmpty(), QByteArray(when + ": left on the server").constData());
        else
            QVERIFY2(server.contains(s.delivered),
                     QByteArray(when + ": gone from the server").constData());
    }

    // A faulted run fails with one line on stderr, or succeeds when only slowed down.
    static void checkFaultedRun(const CliRun &run, Expect expect, const QByteArray &when)
    {
        if (expect == Expect::Success || (expect == Expect::Either && run.exitCode == 0)) {
            QVERIFY2(run.exitCode == 0, QByteArray(when + ": " + run.err).constData());
            return;
        }
        QVERIFY2(
            run.exitCode > 0,
            QByteArray(when + ": exit " + QByteArray::number(run.exitCode) + ", out " + run.out)
                .constData());
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QVERIFY2(lines.size() == 1 && lines.first().startsWith("satchel-cli: ")
                     && lines.first().size() > 20,
                 QByteArray(when + ": stderr is not one clear line: " + run.err).constData());
    }

    // Runs `fetch` with a fault and checks the faulted run, then a clean one.
    void runCase(Scenario &s, const FaultCase &c)
    {
        const QByteArray when = QByteArray(QTest::currentDataTag()) + " / " + c.name;
        if (s.deleteAfter) {
            const QList<QByteArray> ids = deliver(s.user);
            QVERIFY(!ids.isEmpty());
            for (const QByteArray &id : ids)
                s.delivered.insert(id);
        } else {
            QVERIFY(newProfile(s));
            for (const QByteArray &id : onServer(s.user))
                s.delivered.insert(id);
        }
        s.proxy->resetCounters();
        s.proxy->setPlan(c.plan);
        const CliRun faulted = runCli(s.profile, {QStringLiteral("fetch")});
        s.proxy->clearPlan();
        if (c.mayMiss && !s.proxy->faultFired()) {
            qInfo("%s: the session ended before the offset; not counted", when.constData());
        } else {
            ++m_runs;
            QVERIFY2(s.proxy->faultFired(),
                     QByteArray(when + ": the fault never fired").constData());
            ++m_faultsInjected;
            checkFaultedRun(faulted, c.expect, when);
        }
        checkNothingLost(s, when);
        if (QTest::currentTestFailed())
            return;
        cleanRun(s, when);
    }

    // A fault-free session through the proxy, recorded, to find where things happen in it.
    void referenceRun(Scenario &s, QByteArray &down, QByteArray &up)
    {
        QVERIFY(newProfile(s));
        if (s.deleteAfter) {
            for (const QByteArray &id : deliver(s.user))
                s.delivered.insert(id);
        } else {
            for (const QByteArray &id : onServer(s.user))
                s.delivered.insert(id);
        }
        s.proxy->startRecording();
        const CliRun run = runCli(s.profile, {QStringLiteral("fetch")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        down = s.proxy->recorded(Dir::ServerToClient);
        up = s.proxy->recorded(Dir::ClientToServer);
        QVERIFY(!down.isEmpty() && !up.isEmpty());
        cleanRun(s, "reference");
    }

    static QList<FaultCase> plaintextCases(const QByteArray &down, const QByteArray &up,
                                           bool deleteAfter)
    {
        const auto at = [&down](const char *text) {
            return down.indexOf(text);
        };
        const qsizetype capa = at("PIPELINING");
        const qsizetype login = at("Logged in");
        const qsizetype uidl = login < 0 ? -1 : down.indexOf("\r\n", login) + 2;
        const qsizetype list = at(" messages:");
        // The RETR replies, each from its "+OK" to the byte after its terminating "."
        QList<qsizetype> retr;
        for (qsizetype pos = at("\r\nMessage-ID: <fi."); pos >= 0;
             pos = down.indexOf("\r\nMessage-ID: <fi.", pos + 1))
            retr.append(lineStart(down, down.lastIndexOf("octets\r\n", pos)));
        const qsizetype dele = at("Marked to be deleted");
        const qsizetype quit = at("Logging out");
        if (capa < 0 || login < 0 || list < 0 || retr.size() != MessagesPerRun || quit < 0
            || (deleteAfter && dele < 0))
            return {};
        const qsizetype endOfRetr3 = retr.at(3) - 3; // the '.' ending message 3's reply

        QList<FaultCase> cases = {
            makeCase("cut in the greeting", Fault::Cut, Dir::ServerToClient, 4),
            makeCase("cut in CAPA", Fault::Cut, Dir::ServerToClient, capa),
            makeCase("cut in the login reply", Fault::Cut, Dir::ServerToClient, login),
            makeCase("cut in UIDL", Fault::Cut, Dir::ServerToClient, uidl + 6),
            makeCase("cut in LIST", Fault::Cut, Dir::ServerToClient, list + 12),
            makeCase("cut in RETR 1's status", Fault::Cut, Dir::ServerToClient, retr.at(0) + 2),
            makeCase("cut in RETR 2's data", Fault::Cut, Dir::ServerToClient, retr.at(1) + 5000),
            makeCase("cut between RETR 3 and 4", Fault::Cut, Dir::ServerToClient, retr.at(3)),
            makeCase("cut before RETR 3's final CRLF", Fault::Cut, Dir::ServerToClient,
                     endOfRetr3 + 1),
            makeCase("cut in the last RETR", Fault::Cut, Dir::ServerToClient, retr.last() + 200),
            makeCase("cut in QUIT's reply", Fault::Cut, Dir::ServerToClient, quit),
            makeCase("corrupt the greeting's +", Fault::Corrupt, Dir::ServerToClient, 0),
            makeCase("corrupt CAPA's +", Fault::Corrupt, Dir::ServerToClient,
                     lineStart(down, down.indexOf("\r\n") + 2)),
            makeCase("corrupt the login reply's +", Fault::Corrupt, Dir::ServerToClient,
                     lineStart(down, login)),
            makeCase("corrupt UIDL's +", Fault::Corrupt, Dir::ServerToClient, uidl),
            makeCase("corrupt RETR 5's +", Fault::Corrupt, Dir::ServerToClient, retr.at(4)),
            makeCase("corrupt QUIT's +", Fault::Corrupt, Dir::ServerToClient,
                     lineStart(down, quit)),
            makeCase("client cut in CAPA", Fault::Cut, Dir::ClientToServer, 2),
            makeCase("client cut in USER", Fault::Cut, Dir::ClientToServer, up.indexOf("USER") + 4),
            makeCase("client cut in PASS", Fault::Cut, Dir::ClientToServer, up.indexOf("PASS") + 7),
            makeCase("client cut in the RETR batch", Fault::Cut, Dir::ClientToServer,
                     up.indexOf("RETR 3") + 3),
            makeCase("client cut in QUIT", Fault::Cut, Dir::ClientToServer, up.indexOf("QUIT") + 2),
            makeCase("client corrupts UIDL", Fault::Corrupt, Dir::ClientToServer,
                     up.indexOf("UIDL")),
            makeCase("client corrupts RETR 4", Fault::Corrupt, Dir::ClientToServer,
                     up.indexOf("RETR 4")),
            makeCase("client corrupts QUIT", Fault::Corrupt, Dir::ClientToServer,
                     up.indexOf("QUIT")),
            slowCase("slow from the greeting to LIST, 3 bytes a tick", Dir::ServerToClient, 0, 3,
                     list + 40),
            slowCase("slow across RETR 2 to 4, 97 bytes a tick", Dir::ServerToClient,
                     retr.at(2) - 300, 97, retr.at(4) + 400 - retr.at(2)),
            slowCase("client slow, a byte a tick", Dir::ClientToServer, 0, 1, 0),
        };
        if (deleteAfter) {
            cases += makeCase("cut in DELE's reply", Fault::Cut, Dir::ServerToClient, dele);
            cases += makeCase("corrupt DELE's +", Fault::Corrupt, Dir::ServerToClient,
                              lineStart(down, dele));
            cases += makeCase("client cut in DELE", Fault::Cut, Dir::ClientToServer,
                              up.indexOf("DELE") + 2);
            cases += makeCase("client corrupts DELE", Fault::Corrupt, Dir::ClientToServer,
                              up.indexOf("DELE"));
        }
        // The greeting carries a timestamp of varying length: what follows it is found from
        // the end of its line in every session.
        const qsizetype greetingEnd = down.indexOf("\r\n") + 2;
        for (FaultCase &c : cases) {
            if (c.plan.direction == Dir::ServerToClient && c.plan.offset >= greetingEnd) {
                c.plan.anchor = "\r\n";
                c.plan.offset -= greetingEnd;
            }
        }
        return cases;
    }

    // Over TLS the proxy sees ciphertext: faults spread over the session by position. Every
    // corrupted byte must end in a TLS error, never in changed mail.
    static QList<FaultCase> tlsCases(const QByteArray &down, const QByteArray &up)
    {
        const qint64 n = down.size();
        const auto part = [n](int percent) {
            return n * percent / 100;
        };
        // The last records are the replies to DELE (if any) and QUIT, and the client's last
        // ones those commands: faults there, before the server's QUIT reply is complete.
        // Also, the fault may come after the QUIT reply was complete (in the close_notify
        // alert): the client then has everything and succeeds.
        const auto nearTheEnd = [](FaultCase c) {
            c.mayMiss = true;
            c.expect = Expect::Either;
            return c;
        };
        return {
            nearTheEnd(
                makeCase("cut in the last replies", Fault::Cut, Dir::ServerToClient, n - 150)),
            nearTheEnd(
                makeCase("corrupt the last replies", Fault::Corrupt, Dir::ServerToClient, n - 100)),
            nearTheEnd(makeCase("client cut in the last commands", Fault::Cut, Dir::ClientToServer,
                                up.size() - 40)),
            makeCase("cut before the server's hello", Fault::Cut, Dir::ServerToClient, 0),
            makeCase("cut in the handshake", Fault::Cut, Dir::ServerToClient, 300),
            makeCase("cut at 10%", Fault::Cut, Dir::ServerToClient, part(10)),
            makeCase("cut at 40%", Fault::Cut, Dir::ServerToClient, part(40)),
            makeCase("cut at 70%", Fault::Cut, Dir::ServerToClient, part(70)),
            makeCase("cut at 95%", Fault::Cut, Dir::ServerToClient, part(95)),
            makeCase("corrupt in the handshake", Fault::Corrupt, Dir::ServerToClient, 200),
            makeCase("corrupt at 2%", Fault::Corrupt, Dir::ServerToClient, part(2)),
            makeCase("corrupt at 30%", Fault::Corrupt, Dir::ServerToClient, part(30)),
            makeCase("corrupt at 60%", Fault::Corrupt, Dir::ServerToClient, part(60)),
            makeCase("corrupt at 90%", Fault::Corrupt, Dir::ServerToClient, part(90)),
            makeCase("client cut at 60%", Fault::Cut, Dir::ClientToServer, up.size() * 6 / 10),
            makeCase("client corrupts at 80%", Fault::Corrupt, Dir::ClientToServer,
                     up.size() * 8 / 10),
            slowCase("slow handshake and login, 5 bytes a tick", Dir::ServerToClient, 0, 5, 5000),
            slowCase("slow to the end, 1500 bytes a tick", Dir::ServerToClient, 0, 1500, 0),
        };
    }

    // A run on its own user, so that it can wait for the client's timeout in parallel.
    void startWaiting(const QString &user, bool tls, bool deleteAfter, const FaultCase &c)
    {
        WaitingRun run;
        run.name = c.name;
        run.scenario = makeScenario(user, tls, deleteAfter);
        QVERIFY(run.scenario);
        QVERIFY(newProfile(*run.scenario));
        for (const QByteArray &id : deliver(user))
            run.scenario->delivered.insert(id);
        run.scenario->proxy->setPlan(c.plan);
        run.process = std::make_unique<QProcess>();
        run.process->setProcessEnvironment(cliEnvironment());
        run.process->start(
            QStringLiteral(SATCHEL_CLI_BINARY),
            {QStringLiteral("--profile"), run.scenario->profile, QStringLiteral("fetch")});
        QVERIFY(run.process->waitForStarted());
        m_waiting.push_back(std::move(run));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"fikeepplain", "fikeeptls", "figoneplain", "figonetls", "fiwait1",
                                 "fiwait2", "fiwait3", "fiwait4", "fiwait5"})
            m_dovecot.addUser(QLatin1String(name), QLatin1String(name) + QStringLiteral("-secret"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        // Stalls: in the greeting (the 30 s connect timeout), in RETR data and in the client's
        // commands (60 s per reply). Anchors find the places without a reference session.
        startWaiting(QStringLiteral("fiwait1"), false, false,
                     makeCase("stall in the greeting", Fault::Stall, Dir::ServerToClient, 10));
        FaultCase retr = makeCase("stall in RETR 2's data", Fault::Stall, Dir::ServerToClient, 0);
        retr.plan.anchor = "body line 300\r\n";
        startWaiting(QStringLiteral("fiwait2"), false, true, retr);
        FaultCase client = makeCase("client stall in RETR 4", Fault::Stall, Dir::ClientToServer, 2);
        client.plan.anchor = "RETR 3\r\n";
        startWaiting(QStringLiteral("fiwait3"), false, true, client);
        startWaiting(QStringLiteral("fiwait5"), true, false,
                     makeCase("TLS stall in RETR data", Fault::Stall, Dir::ServerToClient, 20000));
        // A flipped '.' ending a RETR reply would merge two messages into one (POP3 has no
        // checksum); the session compares the data with Dovecot's "+OK n octets" and stops.
        FaultCase terminator =
            makeCase("corrupt the '.' ending RETR 4", Fault::Corrupt, Dir::ServerToClient, 0);
        terminator.plan.anchor = "body line 1799\r\n";
        startWaiting(QStringLiteral("fiwait4"), false, false, terminator);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<bool>("deleteAfter");
        QTest::newRow("keep on server, plaintext")
            << QStringLiteral("fikeepplain") << false << false;
        QTest::newRow("keep on server, TLS") << QStringLiteral("fikeeptls") << true << false;
        QTest::newRow("delete after download, plaintext")
            << QStringLiteral("figoneplain") << false << true;
        QTest::newRow("delete after download, TLS") << QStringLiteral("figonetls") << true << true;
    }

    void faults()
    {
        QFETCH(QString, user);
        QFETCH(bool, tls);
        QFETCH(bool, deleteAfter);
        const std::unique_ptr<Scenario> s = makeScenario(user, tls, deleteAfter);
        QVERIFY(s);
        if (!deleteAfter)
            QVERIFY(!deliver(user).isEmpty()); // the same mailbox for every fresh profile
        QByteArray down;
        QByteArray up;
        referenceRun(*s, down, up);
        if (QTest::currentTestFailed())
            return;
        const QList<FaultCase> cases =
            tls ? tlsCases(down, up) : plaintextCases(down, up, deleteAfter);
        QVERIFY2(!cases.isEmpty(), qPrintable(QString::fromLatin1(down.left(2000))));
        for (const FaultCase &c : cases) {
            runCase(*s, c);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%lld faults over a clean session of %lld bytes down and %lld up",
              qlonglong(cases.size()), qlonglong(down.size()), qlonglong(up.size()));
    }

    void waitingRuns()
    {
        for (WaitingRun &run : m_waiting) {
            Scenario &s = *run.scenario;
            const QByteArray when = "waiting / " + run.name;
            QVERIFY2(run.process->waitForFinished(150000), when.constData());
            QVERIFY2(s.proxy->faultFired(),
                     QByteArray(when + ": the fault never fired").constData());
            const CliRun faulted {
                run.process->exitStatus() == QProcess::NormalExit ? run.process->exitCode() : -1,
                run.process->readAllStandardOutput(), run.process->readAllStandardError()};
            checkFaultedRun(faulted, Expect::Failure, when);
            ++m_runs;
            ++m_faultsInjected;
            checkNothingLost(s, when);
            cleanRun(s, when);
        }
    }

    void cleanupTestCase()
    {
        m_waiting.clear();
        qInfo("fault injection: %d runs, %d faults injected, %d messages checked, %d lost, "
              "%d duplicated",
              m_runs, m_faultsInjected, m_messagesChecked, m_lost, m_duplicated);
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
