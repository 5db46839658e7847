// Benchmark: `satchel-cli fetch` of N messages (default 10,000) over TLS from a local Dovecot into
// an empty profile — parsing, storing and the durable ledger included — side by side with mpop in
// the same run. Prints wall time, CPU time, peak RSS and the ratio to mpop. Goals: wall time at
// most 1.0 x mpop's; peak RSS at most 150 MB whatever N. The two take turns --runs times (default
// 3; each satchel-cli run into an empty profile) and the medians are compared: a shared machine's
// speed drifts from minute to minute, and one pair of runs can be off by a factor of two.
//
//   bench_clifetch [--messages N] [--max-kib K] [--runs R] [--hold]
//
// --hold prepares the mailbox, prints how to reach it and keeps Dovecot running until standard
// input closes, for profiling one client by hand (perf record … satchel-cli … fetch).
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchsupport.h"
#include "dovecotserver.h"

namespace {

QTextStream out(stdout);

// The run with the median wall time (the slower middle one for an even count).
Bench::ProcessRun median(QList<Bench::ProcessRun> runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const auto &a, const auto &b) { return a.wallSeconds < b.wallSeconds; });
    return runs.at(runs.size() / 2);
}

void line(const QString &client, const Bench::ProcessRun &run, int messages, qint64 bytes,
          double ratio)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(client, -12)
               .arg(run.wallSeconds, 8, 'f', 2)
               .arg(run.cpuSeconds, 8, 'f', 2)
               .arg(run.peakRssKiB / 1024.0, 9, 'f', 1)
               .arg(bytes / 1e6 / run.wallSeconds, 7, 'f', 1)
               .arg(ratio, 7, 'f', 2);
    Q_UNUSED(messages);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption maxOption(QStringLiteral("max-kib"),
                                       QStringLiteral("Largest message in KiB (default 200)."),
                                       QStringLiteral("K"), QStringLiteral("200"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs of each client (default 3)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption holdOption(
        QStringLiteral("hold"),
        QStringLiteral("Prepare the mailbox and keep the server running until stdin closes."));
    parser.addOptions({messagesOption, maxOption, runsOption, holdOption});
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const int count = qMax(1, parser.value(messagesOption).toInt());
    const qsizetype maxBytes = qMax(1, parser.value(maxOption).toInt()) * qsizetype(1024);

    DovecotServer dovecot;
    const qint64 delivered = Bench::prepareMailbox(dovecot, count, maxBytes, out);
    if (delivered < 0)
        return 1;
    QTemporaryDir work;
    const QString cli = QStringLiteral(SATCHEL_CLI_BINARY);
    const QProcessEnvironment environment = Bench::cliEnvironment();
    if (parser.isSet(holdOption)) {
        const QString profile = work.filePath(QStringLiteral("profile"));
        if (Bench::addAliceAccount(cli, profile, dovecot, true,
                                   {QStringLiteral("--keep-on-server")})
                .exitCode
            != 0) {
            out << "account add failed\n";
            return 1;
        }
        out << "Dovecot holds " << count << " messages for alice (password alice-secret) on port "
            << dovecot.pop3sPort() << " (TLS), CA " << dovecot.caCertificatePath()
            << ".\nA profile with that account, never fetched: " << profile
            << "\n(copy it for each run). Close standard input to stop.\n";
        out.flush();
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            input.readAll();
        return 0;
    }
    QList<Bench::ProcessRun> satchelRuns;
    QList<Bench::ProcessRun> mpopRuns;
    QString profile;
    qint64 mpopBytes = 0;
    for (int run = 0; run < runs; ++run) {
        profile = work.filePath(QStringLiteral("profile%1").arg(run));
        const Bench::ProcessRun add = Bench::addAliceAccount(cli, profile, dovecot, true,
                                                             {QStringLiteral("--keep-on-server")});
        if (add.exitCode != 0) {
            out << "account add failed: " << add.err << '\n';
            return 1;
        }
        const Bench::ProcessRun satchel = Bench::runMeasured(
            cli, {QStringLiteral("--profile"), profile, QStringLiteral("fetch")}, {}, environment);
        if (satchel.exitCode != 0) {
            out << "satchel-cli fetch failed: " << satchel.err << '\n';
            return 1;
        }
        int mpopMessages = 0;
        const Bench::ProcessRun mpop =
            Bench::runMpop(dovecot, true, work.path(), &mpopMessages, &mpopBytes);
        if (mpop.exitCode != 0 || mpopMessages != count) {
            out << "mpop failed (" << mpopMessages << " of " << count << "): " << mpop.err << '\n';
            return 1;
        }
        out << QStringLiteral("run %1: satchel-cli %2 s, mpop %3 s\n")
                   .arg(run + 1)
                   .arg(satchel.wallSeconds, 0, 'f', 2)
                   .arg(mpop.wallSeconds, 0, 'f', 2);
        out.flush();
        satchelRuns.append(satchel);
        mpopRuns.append(mpop);
        if (run + 1 < runs)
            QDir(profile).removeRecursively(); // the last one stays for its size
    }
    const Bench::ProcessRun satchel = median(satchelRuns);
    const Bench::ProcessRun mpop = median(mpopRuns);

    out << "satchel-cli fetch vs mpop: " << count << " messages, "
        << QString::number(delivered / 1e6, 'f', 1)
        << " MB, implicit TLS from a local Dovecot, empty profile (satchel-cli parses, stores and "
           "commits each message durably; mpop writes a Maildir); median of "
        << runs << " run(s) each\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("client"), -12)
               .arg(QStringLiteral("wall_s"), 8)
               .arg(QStringLiteral("cpu_s"), 8)
               .arg(QStringLiteral("rss_MiB"), 9)
               .arg(QStringLiteral("MB/s"), 7)
               .arg(QStringLiteral("x_mpop"), 7);
    const double ratio = satchel.wallSeconds / mpop.wallSeconds;
    line(QStringLiteral("satchel-cli"), satchel, count, delivered, ratio);
    line(QStringLiteral("mpop"), mpop, count, mpopBytes, 1.0);
    out << "profile size on disk: "
        << QString::number(QFileInfo(profile + QStringLiteral("/satchel.sqlite")).size() / 1e6, 'f',
                           1)
        << " MB\n";
    out << "goal (wall <= 1.0 x mpop): " << (ratio <= 1.0 ? "met" : "not met")
        << "; goal (peak RSS <= 150 MB): " << (satchel.peakRssKiB <= 150 * 1024 ? "met" : "not met")
        << '\n';
    return 0;
}
