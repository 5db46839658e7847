// Benchmark: parse + text extraction over the bulk corpus (../shared/corpus/bulk, 24,791
// mailing-list messages in gzipped mbox files). Prints messages/s, MB/s and peak RSS; the goal
// is at least 5,000 messages/s on one core. Parsing runs on this one thread.
//
//   bench_mimeparse [--limit N]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include "mime/messageparser.h"

namespace {

QTextStream out(stdout);

// Splits an mbox at "From " lines that start the file or follow a blank line.
QList<QByteArray> splitMbox(const QByteArray &mbox)
{
    QList<QByteArray> messages;
    qsizetype pos = mbox.startsWith("From ") ? 0 : -1;
    while (pos >= 0 && pos < mbox.size()) {
        const qsizetype bodyStart = mbox.indexOf('\n', pos);
        if (bodyStart < 0)
            break;
        const qsizetype next = mbox.indexOf("\n\nFrom ", bodyStart);
        const qsizetype end = next < 0 ? mbox.size() : next + 1;
        messages.append(mbox.mid(bodyStart + 1, end - bodyStart - 1));
        pos = next < 0 ? -1 : next + 2;
    }
    return messages;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("Parse at most N messages."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(limitOption);
    parser.process(app);
    const qsizetype limit = parser.value(limitOption).toLongLong();

    const QDir bulk(QStringLiteral(SATCHEL_SHARED_DIR "/corpus/bulk"));
    const QStringList files =
        bulk.entryList({QStringLiteral("*.mbox.gz")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "The bulk corpus is not present at " << bulk.path() << "; nothing to measure.\n";
        return 0;
    }
    QList<QByteArray> messages;
    qint64 bytes = 0;
    for (const QString &file : files) {
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), bulk.filePath(file)});
        if (!gunzip.waitForFinished(120000) || gunzip.exitCode() != 0) {
            out << "gzip failed on " << file << '\n';
            return 1;
        }
        for (QByteArray &message : splitMbox(gunzip.readAllStandardOutput())) {
            bytes += message.size();
            messages.append(std::move(message));
        }
    }
    if (limit > 0 && messages.size() > limit)
        messages.resize(limit);

    const QDateTime received = QDateTime::currentDateTimeUtc();
    qint64 textChars = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &raw : messages) {
        const Mime::ParsedMessage message = Mime::parseMessage(raw, received);
        textChars += message.searchText().size() + message.preview().size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    qint64 parsedBytes = 0;
    for (const QByteArray &raw : messages)
        parsedBytes += raw.size();
    out << "MIME parse + text extraction: " << messages.size() << " messages, "
        << QString::number(parsedBytes / 1e6, 'f', 1) << " MB from " << files.size()
        << " mbox files, one thread\n";
    out << "time_s " << QString::number(seconds, 'f', 3) << "  msgs/s "
        << QString::number(messages.size() / seconds, 'f', 0) << "  MB/s "
        << QString::number(parsedBytes / 1e6 / seconds, 'f', 1) << "  peak_rss_MiB "
        << QString::number(peakRssKiB() / 1024.0, 'f', 1) << " (includes the "
        << QString::number(bytes / 1048576.0, 'f', 1) << " MiB corpus held in memory; text chars "
        << textChars << ")\n";
    out << "goal (>= 5000 msgs/s): " << (messages.size() / seconds >= 5000 ? "met" : "not met")
        << '\n';
    return 0;
}
