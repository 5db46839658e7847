// Benchmark: retrieve N messages from a local Dovecot with Satchel's POP3 engine alone (no
// store) and with mpop, in the same run, over plain POP3 and implicit TLS. Prints wall time,
// messages/s, MB/s and Satchel's time as a fraction of mpop's (the goal is <= 0.8).
//
//   bench_pop3retrieve [--messages N] [--rounds R]
//
// Each client runs R rounds (default 3) and the median is reported. Both clients use USER/PASS
// ("auth user" in mpop) and pipelining, leave messages on the server and keep nothing: Satchel
// counts the bytes, mpop delivers into a Maildir on /dev/shm when available.
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "benchsupport.h"
#include "dovecotserver.h"
#include "pop3/fetchjob.h"

using namespace Pop3;

namespace {

QTextStream out(stdout);

struct Run
{
    double seconds = 0;
    qint64 bytes = 0;
    int messages = 0;
    QString error;
};

Run runSatchel(const DovecotServer &dovecot, bool tls)
{
    SessionConfig config;
    config.host = QStringLiteral("localhost");
    config.port = tls ? dovecot.pop3sPort() : dovecot.pop3Port();
    config.security = tls ? Security::ImplicitTls : Security::None;
    config.allowUnencryptedPassword = !tls;
    config.user = QStringLiteral("alice");
    config.password = QStringLiteral("alice-secret");
    config.mechanism = Sasl::Mechanism::UserPass;
    Run run;
    FetchHooks hooks;
    hooks.plan = [](const QList<ServerMessage> &listing) {
        FetchPlan plan;
        plan.retrieve.reserve(listing.size());
        for (const ServerMessage &m : listing)
            plan.retrieve.append(m.number);
        return plan;
    };
    hooks.store = [&run](const ServerMessage &, const QByteArray &raw) {
        run.bytes += raw.size();
        ++run.messages;
        return true;
    };
    FetchJob job(config, {QSslCertificate::fromPath(dovecot.caCertificatePath()), {}}, hooks);
    bool done = false;
    QObject::connect(&job, &FetchJob::finished, &job, [&](const FetchSummary &) { done = true; });
    QObject::connect(&job, &FetchJob::failed, &job, [&](const Error &error, const QString &) {
        run.error = error.message() + QLatin1Char(' ') + error.detail;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    job.start();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    run.seconds = timer.nsecsElapsed() / 1e9;
    return run;
}

Run runMpop(const DovecotServer &dovecot, bool tls, const QString &workDir, int expected)
{
    Run run;
    const Bench::ProcessRun mpop = Bench::runMpop(dovecot, tls, workDir, &run.messages, &run.bytes);
    run.seconds = mpop.wallSeconds;
    if (mpop.exitCode != 0)
        run.error = QStringLiteral("mpop failed: ") + QString::fromLocal8Bit(mpop.err);
    else if (run.messages != expected)
        run.error =
            QStringLiteral("mpop delivered %1 of %2 messages").arg(run.messages).arg(expected);
    return run;
}

Run median(QList<Run> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Run &a, const Run &b) { return a.seconds < b.seconds; });
    return runs.at(runs.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages on the server."),
                                            QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Runs per client and mode."),
                                          QStringLiteral("R"), QStringLiteral("3"));
    parser.addOption(messagesOption);
    parser.addOption(roundsOption);
    parser.process(app);
    const int count = qMax(1, parser.value(messagesOption).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    DovecotServer dovecot;
    const qint64 delivered = Bench::prepareMailbox(dovecot, count, 3 * 1024 * 1024, out);
    if (delivered < 0)
        return 1;
    const QString shm = QStringLiteral("/dev/shm");
    QTemporaryDir work(QDir(shm).exists()
                           ? shm + QStringLiteral("/satchel-bench-XXXXXX")
                           : QDir::tempPath() + QStringLiteral("/satchel-bench-XXXXXX"));

    out << "POP3 retrieval benchmark: " << count << " messages, "
        << QString::number(delivered / 1e6, 'f', 1) << " MB, local Dovecot, median of " << rounds
        << " rounds\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("mode"), -6)
               .arg(QStringLiteral("client"), -8)
               .arg(QStringLiteral("time_s"), 8)
               .arg(QStringLiteral("msgs/s"), 9)
               .arg(QStringLiteral("MB/s"), 8)
               .arg(QStringLiteral("x_mpop"), 7);
    bool allMet = true;
    for (const bool tls : {false, true}) {
        QList<Run> satchelRuns;
        QList<Run> mpopRuns;
        for (int r = 0; r < rounds; ++r) { // interleaved, so both see the same machine state
            satchelRuns.append(runSatchel(dovecot, tls));
            mpopRuns.append(runMpop(dovecot, tls, work.path(), count));
        }
        const Run s = median(satchelRuns);
        const Run m = median(mpopRuns);
        for (const Run &r : {s, m}) {
            if (!r.error.isEmpty()) {
                out << "error: " << r.error << '\n';
                return 1;
            }
        }
        if (s.messages != count) {
            out << "error: Satchel retrieved " << s.messages << " of " << count << '\n';
            return 1;
        }
        const QString mode = tls ? QStringLiteral("tls") : QStringLiteral("plain");
        const auto line = [&](const QString &client, const Run &r, double ratio) {
            out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                       .arg(mode, -6)
                       .arg(client, -8)
                       .arg(r.seconds, 8, 'f', 3)
                       .arg(r.messages / r.seconds, 9, 'f', 0)
                       .arg(r.bytes / 1e6 / r.seconds, 8, 'f', 1)
                       .arg(ratio, 7, 'f', 2);
        };
        const double ratio = s.seconds / m.seconds;
        line(QStringLiteral("satchel"), s, ratio);
        line(QStringLiteral("mpop"), m, 1.0);
        allMet = allMet && ratio <= 0.8;
    }
    out << "goal (satchel <= 0.8 x mpop's time): " << (allMet ? "met" : "not met") << '\n';
    return 0;
}
