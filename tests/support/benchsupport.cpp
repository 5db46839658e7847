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
        + "@example.test>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    message.reserve(message.size() + bodySize + 100);
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    while (message.size() < bodySize) {
        QByteArray line(76, Qt::Uninitialized);
        for (char &c : line)
            c = alphabet[random.bounded(64)];
        if (random.bounded(40) == 0)
            line[0] = '.';
        message += line + "\r\n";
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

ProcessRun runMpop(const DovecotServer &dovecot, bool tls, const QString &workDir, int *delivered,
                   qint64 *bytes)
{
    const QString maildir = workDir + QStringLiteral("/maildir");
    QDir(maildir).removeRecursively();
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(maildir + QLatin1Char('/') + QLatin1String(sub));
    QFile::remove(workDir + QStringLiteral("/uidls"));
    const QString rcPath = workDir + QStringLiteral("/mpoprc");
    QFile rc(rcPath);
    if (!rc.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream(&rc) << "account bench\nhost localhost\nport "
                     << (tls ? dovecot.pop3sPort() : dovecot.pop3Port()) << "\ntls "
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
