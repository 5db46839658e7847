#include "benchsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTextStream>

#include "dovecotserver.h"

namespace Bench {

namespace {

// Words for message text: 2,048 pronounceable made-up words, the first ones used far more often
// than the rest (as in real prose), so that an index sees a realistic vocabulary.
const QList<QByteArray> &vocabulary()
{
    static const QList<QByteArray> words = [] {
        static const char *const syllables[] = {"ka",  "lo",  "mi",  "ne",  "ru",  "sa",
                                                "te",  "vo",  "bri", "dan", "fel", "gor",
                                                "hul", "jas", "kel", "mor"};
        QList<QByteArray> list;
        for (int i = 0; i < 2048; ++i) {
            QByteArray word;
            for (int k = i; word.isEmpty() || k > 0; k /= 16)
                word += syllables[k % 16];
            list.append(word);
        }
        return list;
    }();
    return words;
}

QByteArray textLine(QRandomGenerator &random)
{
    const QList<QByteArray> &words = vocabulary();
    QByteArray line;
    while (line.size() < 68) {
        // The smaller of two draws: low indices (common words) come up far more often.
        const int index = int(qMin(random.bounded(2048), random.bounded(2048)));
        line += words.at(qMin(index, int(random.bounded(2048)))) + ' ';
    }
    if (random.bounded(40) == 0)
        line.prepend('.'); // dot-stuffed on the wire
    return line + "\r\n";
}

} // namespace

QByteArray realisticMessage(int index, QRandomGenerator &random, qsizetype maxBytes)
{
    const int roll = int(random.bounded(100));
    qsizetype bodySize = 0;
    if (roll < 65)
        bodySize = 1500 + random.bounded(6000);
    else if (roll < 90)
        bodySize = 10000 + random.bounded(40000);
    else if (roll < 98)
        bodySize = 100000 + random.bounded(400000);
    else
        bodySize = 1000000 + random.bounded(2000000);
    bodySize = qMin(bodySize, maxBytes);
    const QByteArray n = QByteArray::number(index);
    QByteArray message = "Return-Path: <list@example.test>\r\nFrom: Sender " + n
        + " <sender@example.test>\r\nTo: alice@example.test\r\nSubject: benchmark message " + n
        + "\r\nMessage-ID: <bench." + n
        + "@example.test>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n";
    message.reserve(message.size() + bodySize + 300);
    // Up to 50 KB is a letter; above that, a letter with an attachment (as large mail is).
    const qsizetype textSize = bodySize <= 50000 ? bodySize : 1500 + random.bounded(6000);
    if (textSize < bodySize)
        message += "Content-Type: multipart/mixed; boundary=\"part\"\r\n\r\n--part\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    const qsizetype textEnd = message.size() + textSize;
    while (message.size() < textEnd)
        message += textLine(random);
    if (textSize < bodySize) {
        message += "--part\r\nContent-Type: application/octet-stream\r\n"
                   "Content-Disposition: attachment; filename=\"data-"
            + n + ".bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        static const char alphabet[] =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        while (message.size() < bodySize) {
            QByteArray line(76, Qt::Uninitialized);
            for (char &c : line)
                c = alphabet[random.bounded(64)];
            message += line + "\r\n";
        }
        message += "--part--\r\n";
    }
    return message;
}

qint64 prepareMailbox(DovecotServer &dovecot, int count, qsizetype maxBytes, QTextStream &out)
{
    if (QStandardPaths::findExecutable(QStringLiteral("mpop")).isEmpty()) {
        out << "mpop is not installed (scripts/bootstrap.sh installs it)\n";
        return -1;
    }
    if (!dovecot.start()) {
        out << "Dovecot did not start: " << dovecot.errorString() << '\n';
        return -1;
    }
    QRandomGenerator random(20261122); // the same mailbox in every run
    qint64 delivered = 0;
    for (int i = 1; i <= count; ++i) {
        const QByteArray message = realisticMessage(i, random, maxBytes);
        delivered += message.size();
        if (!dovecot.deliver(QStringLiteral("alice"), message)) {
            out << "delivery failed\n";
            return -1;
        }
    }
    return delivered;
}

ProcessRun runMeasured(const QString &program, const QStringList &arguments,
                       const QByteArray &input, const QProcessEnvironment &environment)
{
    ProcessRun run;
    QTemporaryFile report;
    if (!report.open())
        return run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"),
                  QStringList {QStringLiteral("-o"), report.fileName(), QStringLiteral("-f"),
                               QStringLiteral("%U %S %M"), program}
                      + arguments);
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    run.wallSeconds = timer.nsecsElapsed() / 1e9;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    const QList<QByteArray> fields = report.readAll().trimmed().split('\n').last().split(' ');
    if (fields.size() == 3) {
        run.cpuSeconds = fields.at(0).toDouble() + fields.at(1).toDouble();
        run.peakRssKiB = fields.at(2).toLongLong();
    }
    return run;
}

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("SATCHEL_PROFILE"));
    return environment;
}

ProcessRun addAliceAccount(const QString &cli, const QString &profile, const DovecotServer &dovecot,
                           bool tls, const QStringList &extraArguments, quint16 port)
{
    if (port == 0)
        port = tls ? dovecot.pop3sPort() : dovecot.pop3Port();
    QStringList arguments {
        QStringLiteral("--profile"),        profile,
        QStringLiteral("account"),          QStringLiteral("add"),
        QStringLiteral("--name"),           QStringLiteral("alice"),
        QStringLiteral("--host"),           QStringLiteral("localhost"),
        QStringLiteral("--port"),           QString::number(port),
        QStringLiteral("--security"),       tls ? QStringLiteral("tls") : QStringLiteral("none"),
        QStringLiteral("--user"),           QStringLiteral("alice"),
        QStringLiteral("--auth"),           QStringLiteral("user"),
        QStringLiteral("--ca-file"),        dovecot.caCertificatePath(),
        QStringLiteral("--password-stdin"), QStringLiteral("--store-password-in-profile")};
    if (!tls)
        arguments << QStringLiteral("--allow-insecure-auth");
    return runMeasured(cli, arguments + extraArguments, "alice-secret\n", cliEnvironment());
}

ProcessRun runMpop(const DovecotServer &dovecot, bool tls, const QString &workDir, int *delivered,
                   qint64 *bytes, quint16 port)
{
    if (port == 0)
        port = tls ? dovecot.pop3sPort() : dovecot.pop3Port();
    const QString maildir = workDir + QStringLiteral("/maildir");
    QDir(maildir).removeRecursively();
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(maildir + QLatin1Char('/') + QLatin1String(sub));
    QFile::remove(workDir + QStringLiteral("/uidls"));
    const QString rcPath = workDir + QStringLiteral("/mpoprc");
    QFile rc(rcPath);
    if (!rc.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream(&rc) << "account bench\nhost localhost\nport " << port << "\ntls "
                     << (tls ? "on" : "off") << "\ntls_starttls off\ntls_trust_file "
                     << dovecot.caCertificatePath()
                     << "\nauth user\nuser alice\npassword alice-secret\nkeep on\nonly_new off\n"
                        "pipelining auto\nreceived_header off\nuidls_file "
                     << workDir << "/uidls\ndelivery maildir " << maildir << "\n";
    rc.close();
    rc.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ProcessRun run = runMeasured(
        QStringLiteral("mpop"),
        {QStringLiteral("--file=") + rcPath, QStringLiteral("-q"), QStringLiteral("bench")});
    const QDir newDir(maildir + QStringLiteral("/new"));
    *delivered = int(newDir.entryList(QDir::Files).size());
    *bytes = 0;
    for (const QFileInfo &info : newDir.entryInfoList(QDir::Files))
        *bytes += info.size();
    return run;
}

} // namespace Bench
