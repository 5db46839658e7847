// Benchmark: retrieving N messages (default 300) from a local Dovecot through a FaultProxy that
// delays every chunk by 50 ms each way (a 100 ms round trip, like a distant server), with
//   satchel-cli  - `satchel-cli fetch` into an empty profile (pipelined; parses and stores)
//   serial       - Satchel's POP3 engine with a pipelining window of one command: each command
//                  waits for the reply to the one before (no store)
//   engine       - the same engine pipelined as satchel-cli is (no store), to separate network
//                  from storage
//   engine+parse - the engine parsing each message on the session's thread as satchel-cli's
//                  store hand-over does (no store), with the default window (256 commands) and
//                  with the former 64 ("e+p w64"), to show where the time between engine and
//                  satchel-cli goes
//   mpop         - mpop into a Maildir (pipelining auto)
// all over implicit TLS through the same proxy, in the same run, messages kept on the server.
// Prints wall times and the ratios. Goals: satchel-cli >= 10 x faster than serial, and within
// 1.2 x of mpop's time.
//
//   bench_latency [--messages N] [--latency-ms L] [--max-kib K]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchsupport.h"
#include "dovecotserver.h"
#include "faultproxy.h"
#include "mime/messageparser.h"
#include "pop3/fetchjob.h"

using namespace Pop3;

namespace {

QTextStream out(stdout);

struct Run
{
    double seconds = 0;
    int messages = 0;
    qint64 bytes = 0;
    QString error;
};

// Satchel's engine alone, retrieving everything and keeping nothing; pipelineMaxCommands 1 makes
// it a serial client (one command in flight at a time). With parse, each message is parsed where
// it arrives, as Sync::StoreWorker::enqueue() does on the session's thread.
Run runEngine(const DovecotServer &dovecot, quint16 port, int pipelineMaxCommands,
              bool parse = false)
{
    SessionConfig config;
    config.host = QStringLiteral("localhost");
    config.port = port;
    config.security = Security::ImplicitTls;
    config.user = QStringLiteral("alice");
    config.password = QStringLiteral("alice-secret");
    config.mechanism = Sasl::Mechanism::UserPass;
    config.pipelineMaxCommands = pipelineMaxCommands;
    Run run;
    FetchHooks hooks;
    hooks.plan = [](const QList<ServerMessage> &listing) {
        FetchPlan plan;
        for (const ServerMessage &m : listing)
            plan.retrieve.append(m.number);
        return plan;
    };
    hooks.store = [&run, parse](const ServerMessage &, const QByteArray &raw) {
        if (parse) {
            Mime::ParseLimits limits;
            limits.maxTextBytes = 1024 * 1024;
            (void)Mime::parseMessage(raw, QDateTime::currentDateTimeUtc(), limits);
        }
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

Run runSatchelCli(const DovecotServer &dovecot, quint16 port, const QString &profile)
{
    const QString cli = QStringLiteral(SATCHEL_CLI_BINARY);
    const QProcessEnvironment environment = Bench::cliEnvironment();
    const Bench::ProcessRun add = Bench::addAliceAccount(
        cli, profile, dovecot, true, {QStringLiteral("--keep-on-server")}, port);
    Run run;
    if (add.exitCode != 0) {
        run.error = QStringLiteral("account add failed: ") + QString::fromLocal8Bit(add.err);
        return run;
    }
    const Bench::ProcessRun fetch = Bench::runMeasured(
        cli, {QStringLiteral("--profile"), profile, QStringLiteral("fetch")}, {}, environment);
    run.seconds = fetch.wallSeconds;
    if (fetch.exitCode != 0)
        run.error = QStringLiteral("fetch failed: ") + QString::fromLocal8Bit(fetch.err);
    // "alice: N new, ..."
    const QByteArray summary = fetch.out.trimmed();
    const qsizetype colon = summary.indexOf(": ");
    run.messages = summary.mid(colon + 2, summary.indexOf(' ', colon + 2) - colon - 2).toInt();
    return run;
}

// mpop as Bench::runMpop configures it, connecting to the proxy's port.
Run runMpop(const DovecotServer &dovecot, quint16 port, const QString &workDir)
{
    int messages = 0;
    qint64 bytes = 0;
    const Bench::ProcessRun mpop = Bench::runMpop(dovecot, true, workDir, &messages, &bytes, port);
    Run run;
    run.seconds = mpop.wallSeconds;
    run.messages = messages;
    if (mpop.exitCode != 0)
        run.error = QStringLiteral("mpop failed: ") + QString::fromLocal8Bit(mpop.err);
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages."),
                                            QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay each way (default 50)."),
                                           QStringLiteral("L"), QStringLiteral("50"));
    const QCommandLineOption maxOption(QStringLiteral("max-kib"),
                                       QStringLiteral("Largest message in KiB (default 200)."),
                                       QStringLiteral("K"), QStringLiteral("200"));
    parser.addOptions({messagesOption, latencyOption, maxOption});
    parser.process(app);
    const int count = qMax(1, parser.value(messagesOption).toInt());
    const int latency = qMax(0, parser.value(latencyOption).toInt());
    const qsizetype maxBytes = qMax(1, parser.value(maxOption).toInt()) * qsizetype(1024);

    DovecotServer dovecot;
    const qint64 delivered = Bench::prepareMailbox(dovecot, count, maxBytes, out);
    if (delivered < 0)
        return 1;
    FaultProxy proxy(DovecotServer::host(), dovecot.pop3sPort());
    if (!proxy.start()) {
        out << "the proxy did not start\n";
        return 1;
    }
    proxy.setLatencyMs(latency);
    QTemporaryDir work;

    struct Line
    {
        QString client;
        Run run;
    };
    QList<Line> lines;
    lines.append({QStringLiteral("satchel-cli"),
                  runSatchelCli(dovecot, proxy.port(), work.filePath(QStringLiteral("profile")))});
    const int window = SessionConfig().pipelineMaxCommands;
    lines.append({QStringLiteral("engine"), runEngine(dovecot, proxy.port(), window)});
    lines.append({QStringLiteral("serial"), runEngine(dovecot, proxy.port(), 1)});
    lines.append({QStringLiteral("mpop"), runMpop(dovecot, proxy.port(), work.path())});
    lines.append({QStringLiteral("engine+parse"), runEngine(dovecot, proxy.port(), window, true)});
    lines.append({QStringLiteral("e+p w64"), runEngine(dovecot, proxy.port(), 64, true)});
    for (const Line &l : lines) {
        if (!l.run.error.isEmpty() || l.run.messages != count) {
            out << l.client << " failed (" << l.run.messages << " of " << count
                << " messages): " << l.run.error << '\n';
            return 1;
        }
    }

    out << "latency benchmark: " << count << " messages, "
        << QString::number(delivered / 1e6, 'f', 1) << " MB, implicit TLS from a local Dovecot "
        << "through a proxy delaying " << latency << " ms each way\n";
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("client"), -12)
               .arg(QStringLiteral("wall_s"), 8)
               .arg(QStringLiteral("msgs/s"), 8);
    for (const Line &l : lines) {
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(l.client, -12)
                   .arg(l.run.seconds, 8, 'f', 2)
                   .arg(l.run.messages / l.run.seconds, 8, 'f', 1);
    }
    const double satchel = lines.at(0).run.seconds;
    const double serialRatio = lines.at(2).run.seconds / satchel;
    const double mpopRatio = satchel / lines.at(3).run.seconds;
    out << "serial / satchel-cli: " << QString::number(serialRatio, 'f', 2)
        << " (goal >= 10: " << (serialRatio >= 10 ? "met" : "not met") << ")\n";
    out << "satchel-cli / mpop: " << QString::number(mpopRatio, 'f', 2)
        << " (goal <= 1.2: " << (mpopRatio <= 1.2 ? "met" : "not met") << ")\n";
    out << "engine / mpop: "
        << QString::number(lines.at(1).run.seconds / lines.at(3).run.seconds, 'f', 2) << '\n';
    out << "bytes through the proxy: "
        << proxy.bytesForwarded(FaultProxy::Direction::ServerToClient) << " down, "
        << proxy.bytesForwarded(FaultProxy::Direction::ClientToServer) << " up, "
        << proxy.connectionsAccepted() << " connections\n";
    return 0;
}
