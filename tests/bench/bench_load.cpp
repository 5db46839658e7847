// Benchmark: load. Two measurements against a real Dovecot, printed as numbers:
//
//  1. A mailbox of N messages (default 100,000) kept on the server. satchel-cli fetches them all
//     once, then checks again: the second check lists N UIDLs, loads the ledger and plans that
//     nothing is to be retrieved. Printed: wall time, CPU time and peak RSS of both runs, and, in
//     this process, the time to read the ledger and to compute the plan (median of 5) and the
//     memory they took. Goal: the plan in well under a second, memory bounded.
//  2. One message of M MiB (default 200) fetched by satchel-cli into an empty profile and by mpop,
//     the stored bytes compared with what was delivered. Printed: wall time and peak RSS of both,
//     and satchel-cli's peak RSS as a multiple of the message size.
//
//   bench_load [--messages N] [--big-mib M] [--skip-mailbox] [--skip-big]
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchsupport.h"
#include "dovecotserver.h"
#include "store/messagestore.h"
#include "sync/syncplanner.h"

namespace {

QTextStream out(stdout);

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &row : status.readAll().split('\n')) {
        if (row.startsWith("VmRSS:"))
            return row.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

void printRun(const char *what, const Bench::ProcessRun &run)
{
    out << QStringLiteral("  %1 wall %2 s, cpu %3 s, peak RSS %4 MiB\n")
               .arg(QLatin1String(what), -28)
               .arg(run.wallSeconds, 7, 'f', 2)
               .arg(run.cpuSeconds, 7, 'f', 2)
               .arg(run.peakRssKiB / 1024.0, 7, 'f', 1);
}

double medianMs(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

// A short letter: the mailbox test is about the number of messages, not their size.
QByteArray smallMessage(int index)
{
    return QStringLiteral(
               "From: Sender %1 <sender%1@example.org>\r\nTo: alice@example.org\r\n"
               "Subject: Load test message %1\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\n"
               "Message-ID: <load-%1@example.org>\r\n\r\nBody of message %1.\r\n")
        .arg(index)
        .toLatin1();
}

QString cliPath()
{
    return QStringLiteral(SATCHEL_CLI_BINARY);
}

bool largeMailbox(int count)
{
    out << "\n== " << count << " messages kept on the server ==\n";
    DovecotServer dovecot;
    if (!dovecot.start()) {
        out << "Dovecot did not start: " << dovecot.errorString() << '\n';
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= count; ++i) {
        if (!dovecot.deliver(QStringLiteral("alice"), smallMessage(i))) {
            out << "delivery failed\n";
            return false;
        }
    }
    out << "  delivered in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    QTemporaryDir work;
    const QString profile = work.filePath(QStringLiteral("profile"));
    const Bench::ProcessRun add = Bench::addAliceAccount(cliPath(), profile, dovecot, true,
                                                         {QStringLiteral("--keep-on-server")});
    if (add.exitCode != 0) {
        out << "account add failed: " << add.err << '\n';
        return false;
    }
    const QStringList fetch {QStringLiteral("--profile"), profile, QStringLiteral("fetch")};
    const Bench::ProcessRun first =
        Bench::runMeasured(cliPath(), fetch, {}, Bench::cliEnvironment());
    const Bench::ProcessRun second =
        Bench::runMeasured(cliPath(), fetch, {}, Bench::cliEnvironment());
    if (first.exitCode != 0 || second.exitCode != 0) {
        out << "fetch failed: " << first.err << second.err << '\n';
        return false;
    }
    printRun("first fetch (all new)", first);
    printRun("second check (nothing new)", second);
    out << "  second check said: " << second.out.trimmed() << '\n';

    Store::MessageStore store;
    if (!store.open(profile)) {
        out << "cannot open the profile: " << store.errorString() << '\n';
        return false;
    }
    const QList<Store::Account> accounts = store.accounts();
    if (accounts.isEmpty())
        return false;
    const Store::Account account = accounts.constFirst();
    const qint64 before = residentKiB();
    QList<double> ledgerMs;
    QList<double> planMs;
    QHash<QByteArray, Sync::LedgerEntry> ledger;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        ledger = store.ledger(account.id);
        ledgerMs.append(timer.nsecsElapsed() / 1e6);
    }
    // The server's listing: every known UIDL in a shuffled order, and ten new messages.
    QList<Pop3::ServerMessage> listing;
    listing.reserve(ledger.size() + 10);
    quint32 number = 0;
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it)
        listing.append({++number, 300, it.key()});
    for (int i = 0; i < 10; ++i)
        listing.append({++number, 300, QByteArray("new-") + QByteArray::number(i)});
    Sync::SyncPlan plan;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        plan = Sync::planSync(listing, ledger, account.retention, QDateTime::currentDateTimeUtc());
        planMs.append(timer.nsecsElapsed() / 1e6);
    }
    const qint64 after = residentKiB();
    out << "  ledger rows read: " << ledger.size() << " in "
        << QString::number(medianMs(ledgerMs), 'f', 1) << " ms (median of 5)\n";
    out << "  plan for " << listing.size()
        << " listed messages: " << QString::number(medianMs(planMs), 'f', 1)
        << " ms (median of 5), " << plan.fetch.retrieve.size() << " to retrieve (10 expected)\n";
    out << "  memory for the ledger, listing and plan: "
        << QString::number((after - before) / 1024.0, 'f', 1) << " MiB\n";
    out << "  goal (plan well under 1 s): " << (medianMs(planMs) < 250 ? "met" : "not met")
        << "; correct plan: " << (plan.fetch.retrieve.size() == 10 ? "yes" : "NO") << '\n';
    return plan.fetch.retrieve.size() == 10;
}

// One large message: headers and a base64 attachment of `mib` MiB.
QByteArray largeMessage(int mib)
{
    QByteArray message =
        "From: Big <big@example.org>\r\nTo: alice@example.org\r\n"
        "Subject: A large attachment\r\nDate: Sun, 22 Nov 2026 10:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
        "--b\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n"
        "--b\r\nContent-Type: application/octet-stream\r\n"
        "Content-Disposition: attachment; filename=\"big.bin\"\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n";
    const qsizetype target = qsizetype(mib) * 1024 * 1024;
    message.reserve(target + 4096);
    QRandomGenerator random(7);
    QByteArray chunk(57, Qt::Uninitialized);
    while (message.size() < target) {
        for (char &c : chunk)
            c = char(random.bounded(256));
        message += chunk.toBase64() + "\r\n";
    }
    message += "--b--\r\n";
    return message;
}

bool largeMessageRun(int mib)
{
    out << "\n== one message of " << mib << " MiB ==\n";
    DovecotServer dovecot;
    if (!dovecot.start()) {
        out << "Dovecot did not start: " << dovecot.errorString() << '\n';
        return false;
    }
    QByteArray expectedHash;
    qint64 size = 0;
    {
        const QByteArray message = largeMessage(mib);
        size = message.size();
        expectedHash = QCryptographicHash::hash(DovecotServer::expectedOverPop3(message),
                                                QCryptographicHash::Sha256);
        if (!dovecot.deliver(QStringLiteral("alice"), message)) {
            out << "delivery failed\n";
            return false;
        }
    }
    QTemporaryDir work;
    const QString profile = work.filePath(QStringLiteral("profile"));
    const Bench::ProcessRun add = Bench::addAliceAccount(cliPath(), profile, dovecot, true,
                                                         {QStringLiteral("--keep-on-server")});
    if (add.exitCode != 0) {
        out << "account add failed: " << add.err << '\n';
        return false;
    }
    const Bench::ProcessRun fetch = Bench::runMeasured(
        cliPath(), {QStringLiteral("--profile"), profile, QStringLiteral("fetch")}, {},
        Bench::cliEnvironment());
    if (fetch.exitCode != 0) {
        out << "fetch failed: " << fetch.err << '\n';
        return false;
    }
    int mpopMessages = 0;
    qint64 mpopBytes = 0;
    const Bench::ProcessRun mpop =
        Bench::runMpop(dovecot, true, work.path(), &mpopMessages, &mpopBytes);
    const Bench::ProcessRun show =
        Bench::runMeasured(cliPath(),
                           {QStringLiteral("--profile"), profile, QStringLiteral("show"),
                            QStringLiteral("1"), QStringLiteral("--raw")},
                           {}, Bench::cliEnvironment());
    const bool identical =
        QCryptographicHash::hash(show.out, QCryptographicHash::Sha256) == expectedHash;
    printRun("satchel-cli fetch", fetch);
    printRun("mpop", mpop);
    printRun("satchel-cli show --raw", show);
    const double ratio = fetch.peakRssKiB * 1024.0 / double(size);
    out << "  message " << QString::number(size / 1048576.0, 'f', 1)
        << " MiB; satchel-cli fetch peak RSS = " << QString::number(ratio, 'f', 2)
        << " x the message; stored bytes identical: " << (identical ? "yes" : "NO") << '\n';
    return identical;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
                                            QStringLiteral("Messages on the server."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption bigOption(QStringLiteral("big-mib"),
                                       QStringLiteral("Size of the large message in MiB."),
                                       QStringLiteral("M"), QStringLiteral("200"));
    const QCommandLineOption skipMailbox(QStringLiteral("skip-mailbox"),
                                         QStringLiteral("Skip the large mailbox."));
    const QCommandLineOption skipBig(QStringLiteral("skip-big"),
                                     QStringLiteral("Skip the large message."));
    parser.addOptions({messagesOption, bigOption, skipMailbox, skipBig});
    parser.process(app);
    bool ok = true;
    if (!parser.isSet(skipMailbox))
        ok = largeMailbox(qMax(1, parser.value(messagesOption).toInt())) && ok;
    if (!parser.isSet(skipBig))
        ok = largeMessageRun(qBound(1, parser.value(bigOption).toInt(), 1000)) && ok;
    return ok ? 0 : 1;
}
