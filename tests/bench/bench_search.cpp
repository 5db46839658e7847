// Benchmark: full-text search over a 100,000-message archive, side by side with notmuch.
//
// The archive is the bulk corpus (../shared/corpus/bulk, 24,791 linux-mips messages in gzipped
// mbox files) plus generated mail up to N messages (default 100,000): lines of corpus bodies
// remixed, ~2000 senders and recipients, dates over ten years, some attachments, some accented
// and some Japanese or Chinese text. Everything is generated from a fixed seed, so every run
// measures the same messages. They are written once as a Maildir, which both sides read.
//
// Satchel: every message is imported into an empty profile (parse + store + index, one batch per
// 1000 messages), then the index is rebuilt when the store offers rebuildSearchIndex(); then a
// fixed list of queries runs through Search::Searcher, a warm-up and five timed runs each,
// without snippets and again with them. notmuch (the Debian package), when installed: `notmuch
// new` over the same Maildir, then each query translated to its syntax, timed as `notmuch count`
// plus `notmuch search --limit=50` (two process starts per sample).
//
// Prints per-query latencies and hits, build rate, index size against the raw bytes, p50/p95/max
// latency and peak RSS for both, and the issue's goals: p95 <= 50 ms at 100,000 messages,
// indexing >= 2,000 msgs/s, index <= 40 % of raw, faster than notmuch on build and p95.
// Never asserts on time.
//
//   bench_search [--messages N] [--keep]      (or SATCHEL_BENCH_SEARCH_MESSAGES=N)
#include <algorithm>
#include <cmath>
#include <malloc.h>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include "benchsupport.h"
#include "mime/messageparser.h"
#include "search/searcher.h"
#include "store/mboxreader.h"
#include "store/messagestore.h"

namespace {

QTextStream out(stdout);

constexpr int DefaultMessages = 100000;
constexpr int TimedRuns = 5; // per query, after one warm-up
constexpr int BatchSize = 1000;

// ---------------------------------------------------------------------------------------------
// Measuring

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

// Gives memory freed after generating the archive back to the system and starts the peak RSS
// (VmHWM) again from the current RSS (Linux: "5" to /proc/self/clear_refs).
bool resetPeakRss()
{
    malloc_trim(0);
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

// Nearest-rank percentile of the samples (ms); -1 without samples.
double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty())
        return -1;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = qsizetype(std::ceil(fraction * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

QString ms(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 2);
}

qint64 directorySize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

// The machine's load: other work running at the same time makes every number here worse.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    const QByteArray load = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    return QStringLiteral("load average %1 on %2 CPUs")
        .arg(QString::fromLatin1(load.split(' ').mid(0, 3).join(' ')))
        .arg(QThread::idealThreadCount());
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1);
}

// ---------------------------------------------------------------------------------------------
// The corpus

// Decompresses each bulk mbox file into `scratch` and splits it with Store::MboxReader.
std::optional<QList<QByteArray>> loadCorpus(const QDir &bulk, const QStringList &files,
                                            const QString &scratch)
{
    QList<QByteArray> messages;
    for (const QString &file : files) {
        const QString mbox = scratch + QLatin1Char('/') + file.chopped(3);
        QProcess gunzip;
        gunzip.setStandardOutputFile(mbox);
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), bulk.filePath(file)});
        if (!gunzip.waitForFinished(300000) || gunzip.exitStatus() != QProcess::NormalExit
            || gunzip.exitCode() != 0) {
            out << "gzip -dc failed on " << file << '\n';
            return std::nullopt;
        }
        Store::MboxReader reader(mbox);
        if (!reader.open()) {
            out << "cannot read " << mbox << ": " << reader.errorString() << '\n';
            return std::nullopt;
        }
        while (std::optional<QByteArray> message = reader.next())
            messages.append(std::move(*message));
        if (reader.hasError()) {
            out << "mbox error in " << file << ": " << reader.errorString() << '\n';
            return std::nullopt;
        }
        QFile::remove(mbox);
    }
    return messages;
}

bool isPlainAscii(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(),
                       [](char c) { return c == '\t' || (c >= 0x20 && c < 0x7f); });
}

// ---------------------------------------------------------------------------------------------
// Generated mail

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray lines;
    lines.reserve(encoded.size() + encoded.size() / 76 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + '\n';
    return lines;
}

// RFC 2045 quoted-printable of LF-terminated lines.
QByteArray quotedPrintable(const QByteArray &text)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray result;
    result.reserve(text.size() * 11 / 10);
    qsizetype column = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const uchar c = uchar(text.at(i));
        if (c == '\n') {
            result += '\n';
            column = 0;
            continue;
        }
        const bool lineEnd = i + 1 == text.size() || text.at(i + 1) == '\n';
        QByteArray piece;
        if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lineEnd))
            piece = QByteArray(1, char(c));
        else
            piece = QByteArray("=") + hex[c >> 4] + hex[c & 15];
        if (column + piece.size() > 75) {
            result += "=\n";
            column = 0;
        }
        result += piece;
        column += piece.size();
    }
    return result;
}

// RFC 2047: ASCII stays as it is; anything else becomes UTF-8 "B" encoded words.
QByteArray encodedWords(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (isPlainAscii(utf8))
        return utf8;
    QByteArray result;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!result.isEmpty())
            result += ' ';
        result += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray piece = QStringView(text).mid(i, length).toUtf8();
        i += length - 1;
        if (chunk.size() + piece.size() > 42)
            flush();
        chunk += piece;
    }
    flush();
    return result;
}

// An address's local part from a display name: letters only, accents dropped.
QByteArray asciiFold(const QString &name)
{
    QByteArray folded;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c == u'ø' || c == u'Ø')
            folded += 'o';
        else if (c == u'ł' || c == u'Ł')
            folded += 'l';
        else if (c == u'ß')
            folded += "ss";
        else if (c.unicode() < 0x80 && c.isLetter())
            folded += char(c.toLower().unicode());
    }
    return folded;
}

struct Person
{
    QString name;
    QByteArray address;
    [[nodiscard]] QByteArray header() const
    {
        if (name.isEmpty())
            return address;
        const QByteArray display = encodedWords(name);
        const bool quote = display == name.toUtf8() && name.contains(QLatin1Char('\''));
        return (quote ? '"' + display + '"' : display) + " <" + address + '>';
    }
};

// Deterministic mail that looks like a busy personal mailbox next to the mailing list: the text
// is runs of lines from corpus bodies (plain ASCII parts only), recombined.
class MailGenerator final
{
public:
    MailGenerator(const QList<QByteArray> &corpus, quint32 seed);
    // The raw message, LF line ends.
    [[nodiscard]] QByteArray message(int index);

private:
    struct Source
    {
        qsizetype message = 0;
        qsizetype bodyStart = 0;
    };
    [[nodiscard]] int pick(qsizetype size) { return int(m_random.bounded(int(size))); }
    [[nodiscard]] bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    void makePeople();
    void appendCorpusLines(QByteArray &body, int wanted);
    [[nodiscard]] QString subject();
    [[nodiscard]] QByteArray bodyText(bool reply, const Person &from, bool *nonAscii);
    [[nodiscard]] QByteArray attachment(const QByteArray &boundary);

    const QList<QByteArray> &m_corpus;
    QRandomGenerator m_random;
    QList<Source> m_sources;
    QList<QByteArray> m_subjects;
    QList<Person> m_people;
    QList<QByteArray> m_messageIds;
};

const char16_t *const accentedLines[] = {
    u"Wir treffen uns nächste Woche in Zürich, danach geht es weiter nach München.",
    u"Le résumé de la réunion est prêt ; on se retrouve au café à côté de la gare.",
    u"Über die Änderungen am Kernel sprechen wir am Montag, Grüße aus Köln.",
    u"La configuración del módulo está en el repositorio, señal de reloj incluida.",
    u"A naïve façade: the coöperation between the Ångström and Yocto builds.",
    u"Obrigado pela revisão! A versão nova já está em São Paulo e em Lisboa.",
    u"Die Größe des Caches hängt vom Prozessor ab; Straße und Hausnummer folgen.",
    u"Merci pour le correctif, je l'ai testé sur la carte de développement à Genève.",
    u"Tack för hjälpen, vi ses på mötet i Göteborg på fredag.",
    u"Dziękuję za łatkę, działa poprawnie na płytce z Łodzi.",
};

const char16_t *const cjkLines[] = {
    u"会議の議事録を添付します。ご確認ください。",
    u"来週の会議は東京で行います。カーネルのバグについて話し合いましょう。",
    u"请查看附件中的报告，内核补丁已经合并。",
    u"明天下午三点开会，讨论缓存一致性的问题。",
    u"バグ報告：起動時にカーネルがクラッシュします。",
    u"测试结果见附件，性能提高了百分之二十。",
};

const char16_t *const accentedSubjects[] = {
    u"Réunion à Zürich demain",
    u"Résumé of the café meeting",
    u"Übersicht der Änderungen für München",
    u"Préparation de la démo à Genève",
    u"Señales en São Paulo: año nuevo",
    u"Naïve question about the Ångström build",
    u"Größe des Caches auf dem Prozessor",
    u"Łatka dla płytki z Łodzi",
};

const char16_t *const cjkSubjects[] = {
    u"会議の議事録",
    u"来週の会議について",
    u"报告：内核补丁",
    u"请查看附件中的报告",
    u"バグ報告: カーネルがクラッシュする",
    u"测试结果",
};

MailGenerator::MailGenerator(const QList<QByteArray> &corpus, quint32 seed)
    : m_corpus(corpus)
    , m_random(seed)
{
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const QByteArray &raw = corpus.at(i);
        const qsizetype headerEnd = raw.indexOf("\n\n");
        if (headerEnd < 0)
            continue;
        const QByteArray headers = raw.left(headerEnd + 1).toLower();
        const qsizetype subjectAt = headers.indexOf("\nsubject:");
        if (subjectAt >= 0) {
            const qsizetype end = headers.indexOf('\n', subjectAt + 1);
            const QByteArray subject = raw.mid(subjectAt + 9, end - subjectAt - 9).trimmed();
            if (!subject.isEmpty() && isPlainAscii(subject) && !subject.contains("=?"))
                m_subjects.append(subject);
        }
        if (headers.contains("base64") || headers.contains("quoted-printable")
            || headers.contains("multipart/") || raw.size() - headerEnd < 400)
            continue;
        m_sources.append({i, headerEnd + 2});
    }
    if (m_subjects.isEmpty())
        m_subjects.append("status report");
    makePeople();
}

void MailGenerator::makePeople()
{
    const QStringList first =
        QStringLiteral(
            "James Mary Ralf Maciej Thomas Anna David Linda Jürgen José François Zoë Søren Łukasz "
            "Ingrid Chen Wei Priya Ahmed Olga Kenji Yuki Sven Björn Élodie Renée Noël Gonçalo "
            "Andrés "
            "Mónica Peter Sarah Michael Laura Daniel Emma Paul Julia Mark Sophie Florian Markus "
            "Tomáš "
            "Ana Carlos Hiroshi Mei Ivan Nina Pierre Claire Giovanni Chiara Lars Karin Matteo "
            "Hannah "
            "Ryan Grace Aoife")
            .split(QLatin1Char(' '));
    const QStringList last =
        QStringLiteral(
            "Smith Baker Müller García Dubois Nakamura Zhang Kowalski Andersson Rossi Novák "
            "Schröder "
            "Østergaard Fernández Lefèvre O'Brien Nguyen Patel Ivanov Svensson Brown Wilson Taylor "
            "Clark Lewis Walker Young King Wright Hill Green Adams Nelson Carter Mitchell Roberts "
            "Turner Phillips Campbell Parker Evans Edwards Collins Stewart Sánchez Morris Rogers "
            "Reed "
            "Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard Ward Dvořák")
            .split(QLatin1Char(' '));
    // Japanese and Chinese names, with the romanised local part.
    const QStringList cjk = QStringLiteral("田中 太郎|tanaka.taro|佐藤 花子|sato.hanako|"
                                           "鈴木 一郎|suzuki.ichiro|高橋 美咲|takahashi.misaki|"
                                           "王 伟|wang.wei|李 娜|li.na")
                                .split(QLatin1Char('|'));
    const QList<QByteArray> domains =
        QByteArray("example.com example.org example.net mips-dev.example kernel.example "
                   "uni-muenchen.example corp.example.co.jp mail.example.cn example.de example.fr "
                   "example.es sgi.example cavium.example imgtec.example lists.example.org "
                   "student.example.edu consulting.example embedded.example router.example "
                   "example.se")
            .split(' ');
    QSet<QByteArray> taken;
    while (m_people.size() < 2000) {
        Person person;
        QByteArray local;
        if (chance(2)) {
            const int which = 2 * pick(cjk.size() / 2);
            person.name = cjk.at(which);
            local = cjk.at(which + 1).toLatin1();
        } else {
            const QString firstName = first.at(pick(first.size()));
            const QString lastName = last.at(pick(last.size()));
            person.name = firstName + QLatin1Char(' ') + lastName;
            switch (pick(4)) {
            case 0:
                local = asciiFold(firstName) + '.' + asciiFold(lastName);
                break;
            case 1:
                local = asciiFold(firstName).left(1) + asciiFold(lastName);
                break;
            case 2:
                local = asciiFold(firstName);
                break;
            default:
                local = asciiFold(lastName) + QByteArray::number(pick(100));
                break;
            }
            if (chance(5))
                person.name.clear(); // a bare address
        }
        person.address = local + '@' + domains.at(pick(domains.size()));
        if (taken.contains(person.address))
            continue;
        taken.insert(person.address);
        m_people.append(person);
    }
}

void MailGenerator::appendCorpusLines(QByteArray &body, int wanted)
{
    int lines = 0;
    for (int attempt = 0; lines < wanted && attempt < wanted * 4 && !m_sources.isEmpty();
         ++attempt) {
        const Source &source = m_sources.at(pick(m_sources.size()));
        const QByteArray &raw = m_corpus.at(source.message);
        qsizetype pos = source.bodyStart + pick(raw.size() - source.bodyStart);
        pos = raw.indexOf('\n', pos);
        if (pos < 0)
            continue;
        ++pos;
        for (int run = 2 + pick(11); run > 0 && lines < wanted && pos < raw.size(); --run) {
            qsizetype end = raw.indexOf('\n', pos);
            if (end < 0)
                end = raw.size();
            const QByteArrayView line(raw.constData() + pos, end - pos);
            pos = end + 1;
            if (line.size() > 200 || !isPlainAscii(line) || line.startsWith("From "))
                continue;
            body += line;
            body += '\n';
            ++lines;
        }
    }
}

QString MailGenerator::subject()
{
    const int roll = pick(100);
    if (roll < 3)
        return QString::fromUtf16(cjkSubjects[pick(std::size(cjkSubjects))]);
    if (roll < 12)
        return QString::fromUtf16(accentedSubjects[pick(std::size(accentedSubjects))]);
    const QByteArray &a = m_subjects.at(pick(m_subjects.size()));
    if (roll < 55)
        return QString::fromLatin1(a);
    // Markov-ish: the start of one corpus subject and the end of another.
    const QByteArray &b = m_subjects.at(pick(m_subjects.size()));
    const QList<QByteArray> aw = a.split(' ');
    const QList<QByteArray> bw = b.split(' ');
    QList<QByteArray> words = aw.mid(0, qMax(1, int(aw.size()) / 2));
    words += bw.mid(bw.size() / 2);
    return QString::fromLatin1(words.join(' '));
}

QByteArray MailGenerator::bodyText(bool reply, const Person &from, bool *nonAscii)
{
    const int roll = pick(100);
    const int lines = roll < 60 ? 8 + pick(30) : roll < 92 ? 40 + pick(110) : 150 + pick(450);
    QByteArray body;
    if (reply) {
        const Person &quoted = m_people.at(pick(m_people.size()));
        body += "On " + QByteArray::number(1 + pick(28)) + " May, "
            + (quoted.name.isEmpty() ? quoted.address : quoted.name.toUtf8()) + " wrote:\n";
        QByteArray quote;
        appendCorpusLines(quote, 3 + pick(12));
        for (const QByteArray &line : quote.split('\n')) {
            if (!line.isEmpty())
                body += "> " + line + '\n';
        }
        body += '\n';
    }
    appendCorpusLines(body, lines);
    *nonAscii = false;
    if (chance(12)) {
        *nonAscii = true;
        for (int i = 1 + pick(3); i > 0; --i) {
            const qsizetype at = body.indexOf('\n', pick(body.size()));
            const QByteArray line =
                QString::fromUtf16(accentedLines[pick(std::size(accentedLines))]).toUtf8() + '\n';
            body.insert(at < 0 ? body.size() : at + 1, line);
        }
    }
    if (chance(4)) {
        *nonAscii = true;
        body += QString::fromUtf16(cjkLines[pick(std::size(cjkLines))]).toUtf8() + '\n';
    }
    if (chance(40))
        body += "\n-- \n" + (from.name.isEmpty() ? from.address : from.name.toUtf8()) + '\n';
    return body;
}

QByteArray MailGenerator::attachment(const QByteArray &boundary)
{
    static const char16_t *const names[] = {
        u"report-%1.pdf",    u"dmesg-%1.txt",        u"config-octeon-%1.gz",
        u"photo_%1.jpg",     u"invoice-%1.pdf",      u"Übersicht-%1.xlsx",
        u"議事録-%1.docx",   u"kernel-panic-%1.log", u"0001-MIPS-fix-%1.patch",
        u"schematic-%1.png",
    };
    const QString name = QString::fromUtf16(names[pick(std::size(names))]).arg(pick(5000));
    const bool text = name.endsWith(QLatin1String(".txt")) || name.endsWith(QLatin1String(".log"))
        || name.endsWith(QLatin1String(".patch"));
    QByteArray content;
    if (text) {
        appendCorpusLines(content, 20 + pick(200));
    } else {
        const qsizetype size = chance(8) ? 100000 + pick(200000) : 1000 + pick(24000);
        content.resize(size);
        for (qsizetype i = 0; i < size; i += 4) {
            const quint32 word = m_random.generate();
            for (qsizetype j = 0; j < 4 && i + j < size; ++j)
                content[i + j] = char(word >> (8 * j));
        }
    }
    const QByteArray type = text ? "text/plain; charset=us-ascii" : "application/octet-stream";
    const QByteArray utf8 = name.toUtf8();
    QByteArray disposition;
    if (isPlainAscii(utf8)) {
        disposition = "attachment; filename=\"" + utf8 + '"';
    } else {
        disposition = "attachment;\n filename*=UTF-8''" + utf8.toPercentEncoding("-._");
    }
    return "--" + boundary + "\nContent-Type: " + type + "; name=\"" + encodedWords(name)
        + "\"\nContent-Disposition: " + disposition + "\nContent-Transfer-Encoding: base64\n\n"
        + base64Lines(content);
}

QByteArray MailGenerator::message(int index)
{
    const Person &from = m_people.at(pick(m_people.size()));
    QString subjectText = subject();
    const bool reply = chance(30);
    if (reply)
        subjectText.prepend(QStringLiteral("Re: "));

    QByteArray headers = "Return-Path: <" + from.address
        + ">\nReceived: from mail.example.net (mail.example.net [192.0.2.1])\n"
          "\tby mx.example.org with ESMTPS id "
        + QByteArray::number(m_random.generate(), 16) + "\n\tfor <bench@example.test>\n";
    headers += "From: " + from.header() + '\n';
    QList<QByteArray> to;
    if (chance(30))
        to.append("linux-mips@linux-mips.org");
    for (int i = 1 + pick(3) - int(to.size()); i > 0; --i)
        to.append(m_people.at(pick(m_people.size())).header());
    if (to.isEmpty())
        to.append(m_people.at(pick(m_people.size())).header());
    headers += "To: " + to.join(",\n    ") + '\n';
    if (chance(20))
        headers += "Cc: " + m_people.at(pick(m_people.size())).header() + '\n';
    headers += "Subject: " + encodedWords(subjectText) + '\n';
    // Ten years, 2016-07-01 .. 2026-06-30, in one of a few time zones.
    static const int offsets[] = {0, 3600, 7200, -18000, -25200, 19800, 28800, 32400};
    const QDateTime sent = QDateTime(QDate(2016, 7, 1), QTime(0, 0), QTimeZone::utc())
                               .addSecs(qint64(m_random.bounded(3652 * 86400.0)))
                               .toOffsetFromUtc(offsets[pick(std::size(offsets))]);
    headers += "Date: " + sent.toString(Qt::RFC2822Date).toLatin1() + '\n';
    const QByteArray messageId = "<" + QByteArray::number(index) + '.'
        + QByteArray::number(m_random.generate(), 36) + "@bench.satchel.test>";
    headers += "Message-ID: " + messageId + '\n';
    if (reply && !m_messageIds.isEmpty())
        headers += "In-Reply-To: " + m_messageIds.at(pick(m_messageIds.size())) + '\n';
    m_messageIds.append(messageId);
    if (chance(30))
        headers += "User-Agent: Mutt/1.10.1 (2018-07-13)\n";
    headers += "MIME-Version: 1.0\n";

    bool nonAscii = false;
    const QByteArray text = bodyText(reply, from, &nonAscii);
    QByteArray textPart;
    if (!nonAscii) {
        textPart = "Content-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: "
                   "7bit\n\n"
            + text;
    } else if (chance(50)) {
        textPart = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
                   "8bit\n\n"
            + text;
    } else {
        textPart = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: "
                   "quoted-printable\n\n"
            + quotedPrintable(text);
    }

    const int shape = pick(100);
    const QByteArray boundary = "=_bench_" + QByteArray::number(index) + "_=";
    if (shape < 15) {
        QByteArray message = headers + "Content-Type: multipart/mixed; boundary=\"" + boundary
            + "\"\n\nThis is a multi-part message in MIME format.\n--" + boundary + '\n' + textPart
            + '\n' + attachment(boundary);
        if (chance(20))
            message += attachment(boundary);
        return message + "--" + boundary + "--\n";
    }
    if (shape < 20) {
        QByteArray html = "<html><body>\n<p>";
        for (const QByteArray &line : text.split('\n'))
            html += line.isEmpty() ? "</p>\n<p>"
                                   : QString::fromUtf8(line).toHtmlEscaped().toUtf8() + "<br>\n";
        html += "</p>\n</body></html>\n";
        return headers + "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n\n--"
            + boundary + '\n' + textPart + "\n--" + boundary
            + "\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: "
              "quoted-printable\n\n"
            + quotedPrintable(html) + "\n--" + boundary + "--\n";
    }
    return headers + textPart;
}

// ---------------------------------------------------------------------------------------------
// The archive on disk

struct Archive
{
    QString maildir;
    QStringList files; // in import order: the corpus (oldest first), then generated mail
    QList<bool> unread;
    qint64 rawBytes = 0;
    int corpusMessages = 0;
};

// Writes N messages as a Maildir: unread ones in new/, read ones in cur/ with the S flag.
std::optional<Archive> writeArchive(const QList<QByteArray> &corpus, int count,
                                    const QString &maildir)
{
    Archive archive;
    archive.maildir = maildir;
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(maildir + QLatin1Char('/') + QLatin1String(sub));
    // A run below 100,000 messages keeps the full run's mix: an even sample of the corpus, as
    // large a share of the archive as the whole corpus is of 100,000.
    const qsizetype corpusShare = count >= DefaultMessages
        ? corpus.size()
        : qMax<qsizetype>(1, qsizetype(count) * corpus.size() / DefaultMessages);
    QList<qsizetype> picked;
    for (qsizetype i = 0; i < qMin<qsizetype>(corpusShare, count); ++i)
        picked.append(i * corpus.size() / corpusShare);
    archive.corpusMessages = int(picked.size());
    MailGenerator generator(corpus, 42);
    QRandomGenerator flags(4242);
    for (int i = 0; i < count; ++i) {
        const bool fromCorpus = i < picked.size();
        const QByteArray raw = fromCorpus ? corpus.at(picked.at(i)) : generator.message(i);
        const bool unread = !fromCorpus && flags.bounded(100) < 20;
        const QString name = QStringLiteral("%1.bench.satchel").arg(i, 6, 10, QLatin1Char('0'));
        const QString path = maildir
            + (unread ? QStringLiteral("/new/") + name
                      : QStringLiteral("/cur/") + name + QStringLiteral(":2,S"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(raw) != raw.size()) {
            out << "cannot write " << path << '\n';
            return std::nullopt;
        }
        archive.files.append(path);
        archive.unread.append(unread);
        archive.rawBytes += raw.size();
    }
    return archive;
}

// ---------------------------------------------------------------------------------------------
// Queries

struct Query
{
    QString satchel;
    QString notmuch; // empty: no equivalent
};

// `now` pins older_than: and its notmuch translation (an absolute @time: notmuch rounds the end
// of a relative range such as date:..1y up to the end of that year).
QList<Query> queries(const QDateTime &now)
{
    const auto q = [](const char16_t *satchel, const char16_t *notmuch) {
        return Query {QString::fromUtf16(satchel),
                      notmuch ? QString::fromUtf16(notmuch) : QString()};
    };
    return {
        q(u"kernel", u"kernel"),
        q(u"patch", u"patch"),
        q(u"mips", u"mips"),
        q(u"the", u"the"),
        q(u"octeon", u"octeon"),
        q(u"segfault", u"segfault"),
        q(u"deadbeef", u"deadbeef"),
        q(u"nonexistentwordxyz", u"nonexistentwordxyz"),
        q(u"tlb refill", u"tlb AND refill"),
        q(u"cache flush icache", u"cache AND flush AND icache"),
        q(u"\"page fault\"", u"\"page fault\""),
        q(u"\"linux kernel\"", u"\"linux kernel\""),
        q(u"\"unaligned access\" kernel", u"\"unaligned access\" AND kernel"),
        q(u"octeon*", u"octeon*"),
        q(u"mem*", u"mem*"),
        q(u"watchdog OR ptrace", u"watchdog OR ptrace"),
        q(u"kernel OR patch OR mips", u"kernel OR patch OR mips"),
        q(u"crash -segfault", u"crash AND NOT segfault"),
        q(u"from:ralf", u"from:ralf"),
        q(u"from:baechle patch", u"from:baechle AND patch"),
        q(u"to:linux-mips@linux-mips.org", u"to:linux-mips@linux-mips.org"),
        q(u"subject:octeon", u"subject:octeon"),
        q(u"subject:\"cache coherency\"", u"subject:\"cache coherency\""),
        q(u"body:\"tlb refill\"", u"body:\"tlb refill\""),
        q(u"filename:patch", u"attachment:patch"),
        q(u"filename:report", u"attachment:report"),
        q(u"has:attachment", u"tag:attachment"),
        q(u"has:attachment from:ralf", u"tag:attachment AND from:ralf"),
        q(u"is:unread", u"tag:unread"),
        q(u"is:unread kernel", u"tag:unread AND kernel"),
        q(u"after:2015-01-01", u"date:2015-01-01.."),
        q(u"before:2000-01-01", u"date:..1999-12-31"),
        q(u"cache after:2009-01-01 before:2010-01-01", u"cache AND date:2009-01-01..2009-12-31"),
        Query {QStringLiteral("older_than:1y"),
               QStringLiteral("date:..@%1").arg(now.addYears(-1).toSecsSinceEpoch())},
        q(u"larger:100K", nullptr),
        q(u"larger:100K has:attachment", nullptr),
        q(u"kernel patch from:ralf after:2005-01-01",
          u"kernel AND patch AND from:ralf AND date:2005-01-01.."),
        q(u"(octeon OR loongson) -subject:patch", u"(octeon OR loongson) AND NOT subject:patch"),
        q(u"会議", u"会議"),
        q(u"subject:报告", u"subject:报告"),
        q(u"zurich", u"zurich"),
        q(u"munchen cache", u"munchen AND cache"),
        q(u"from:jose", u"from:jose"),
        q(u"resume cafe", u"resume AND cafe"),
    };
}

struct QueryResult
{
    bool ok = false;
    QString error;
    int total = -1;
    QList<double> plain; // ms, without snippets
    QList<double> snippets; // ms, with snippets
    bool notmuchOk = false;
    int notmuchTotal = -1;
    QList<double> notmuch; // ms, count + search
};

// ---------------------------------------------------------------------------------------------
// Satchel

struct SatchelRun
{
    bool ok = false;
    double importSeconds = 0;
    std::optional<double> rebuildSeconds;
    qint64 indexBytes = -1;
    QString indexHow;
    qint64 databaseBytes = 0;
    qint64 textBytes = 0; // UTF-8 bytes of ParsedMessage::searchText(), all messages
    qint64 peakRssKiB = -1;
};

// rebuildSearchIndex() when the store has it; nullopt (not measured) otherwise.
template<typename Store>
std::optional<double> timeRebuild(Store &store, bool *failed)
{
    if constexpr (requires { store.rebuildSearchIndex(); }) {
        QElapsedTimer timer;
        timer.start();
        if (!store.rebuildSearchIndex()) {
            out << "rebuildSearchIndex failed: " << store.errorString() << '\n';
            *failed = true;
        }
        return timer.nsecsElapsed() / 1e9;
    } else {
        Q_UNUSED(store);
        *failed = false;
        return std::nullopt;
    }
}

// The full-text index's share of the database, from SQLite's dbstat table: the FTS virtual
// tables' shadow tables and anything named search*.
void measureIndex(Store::MessageStore &store, SatchelRun *run)
{
    QSqlDatabase db = store.database().handle();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        out << "checkpoint failed: " << query.lastError().text() << '\n';
    QStringList ftsTables;
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                  "lower(sql) LIKE 'create virtual table%using fts%'"))) {
        while (query.next())
            ftsTables.append(query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name "
                                   "ORDER BY 2 DESC"))) {
        run->indexHow = QStringLiteral("dbstat unavailable (%1); index size not measured")
                            .arg(query.lastError().text());
        return;
    }
    qint64 index = 0;
    QStringList counted;
    QStringList largest;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const qint64 bytes = query.value(1).toLongLong();
        bool isIndex = name.startsWith(QLatin1String("search"), Qt::CaseInsensitive);
        for (const QString &fts : ftsTables)
            isIndex = isIndex || name == fts || name.startsWith(fts + QLatin1Char('_'));
        if (isIndex) {
            index += bytes;
            counted.append(name);
        }
        if (largest.size() < 6)
            largest.append(QStringLiteral("%1 %2 MiB").arg(name, mib(bytes)));
    }
    run->indexBytes = counted.isEmpty() ? -1 : index;
    run->indexHow = QStringLiteral("SUM(pgsize) FROM dbstat over ")
        + (counted.isEmpty() ? QStringLiteral("(no search tables found)")
                             : counted.join(QStringLiteral(", ")))
        + QStringLiteral(" after a WAL checkpoint (largest objects: ")
        + largest.join(QStringLiteral("; ")) + QLatin1Char(')');
}

SatchelRun runSatchel(const Archive &archive, const QString &profile, const QList<Query> &list,
                      const QDateTime &queryTime, QList<QueryResult> *results)
{
    SatchelRun run;
    Store::MessageStore store;
    if (!store.open(profile)) {
        out << "cannot open the store: " << store.errorString() << '\n';
        return run;
    }
    const std::optional<qint64> folder = store.localFolder(QStringLiteral("Bench"), true);
    if (!folder) {
        out << "cannot make a folder: " << store.errorString() << '\n';
        return run;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    qint64 excluded = 0; // ns
    for (qsizetype i = 0; i < archive.files.size(); ++i) {
        if (i % BatchSize == 0) {
            if ((i > 0 && !store.commitBatch()) || !store.beginBatch()) {
                out << "batch failed: " << store.errorString() << '\n';
                return run;
            }
        }
        QFile file(archive.files.at(i));
        if (!file.open(QIODevice::ReadOnly)) {
            out << "cannot read " << file.fileName() << '\n';
            return run;
        }
        const QByteArray raw = file.readAll();
        Store::MessageFlags flags;
        flags.read = !archive.unread.at(i);
        const Mime::ParsedMessage parsed = Mime::parseMessage(raw, now);
        if (!store.importMessage(*folder, raw, parsed, now, flags)) {
            out << "import failed at message " << i << ": " << store.errorString() << '\n';
            return run;
        }
        // For context only, and not timed: the text there is to index.
        QElapsedTimer untimed;
        untimed.start();
        run.textBytes += parsed.searchText().toUtf8().size();
        excluded += untimed.nsecsElapsed();
    }
    if (!store.commitBatch()) {
        out << "commit failed: " << store.errorString() << '\n';
        return run;
    }
    run.importSeconds = double(timer.nsecsElapsed() - excluded) / 1e9;
    out << "satchel: imported " << archive.files.size() << " messages in "
        << QString::number(run.importSeconds, 'f', 1) << " s (" << loadAverage() << ")\n";
    out.flush();

    bool rebuildFailed = false;
    run.rebuildSeconds = timeRebuild(store, &rebuildFailed);
    if (rebuildFailed)
        return run;
    measureIndex(store, &run);
    const QString dbPath = profile + QLatin1Char('/') + Store::Database::databaseFileName();
    run.databaseBytes =
        QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();

    Search::Searcher searcher(store);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QueryResult &result = (*results)[i];
        for (const bool snippets : {false, true}) {
            Search::SearchOptions options;
            options.limit = 50;
            options.snippets = snippets;
            options.order = Search::SortOrder::NewestFirst;
            options.now = queryTime;
            for (int sample = 0; sample <= TimedRuns; ++sample) {
                QElapsedTimer queryTimer;
                queryTimer.start();
                const std::optional<Search::SearchResults> found =
                    searcher.search(list.at(i).satchel, options);
                const double elapsed = queryTimer.nsecsElapsed() / 1e6;
                if (!found) {
                    result.ok = false;
                    result.error = searcher.errorString();
                    break;
                }
                if (sample == 0) { // the warm-up
                    result.ok = true;
                    result.total = found->total;
                    continue;
                }
                (snippets ? result.snippets : result.plain).append(elapsed);
            }
        }
    }
    run.peakRssKiB = peakRssKiB();
    run.ok = true;
    return run;
}

// ---------------------------------------------------------------------------------------------
// notmuch

struct NotmuchRun
{
    bool ok = false;
    Bench::ProcessRun build;
    double tagSeconds = 0;
    qint64 indexBytes = 0;
    double startupMs = -1;
};

struct Spawned
{
    bool ok = false;
    double ms = 0;
    QByteArray out;
};

Spawned spawn(const QProcessEnvironment &environment, const QStringList &arguments)
{
    Spawned result;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("notmuch"), arguments);
    const bool finished = process.waitForFinished(120000);
    result.ms = timer.nsecsElapsed() / 1e6;
    result.ok = finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.out = process.readAllStandardOutput();
    if (!result.ok)
        out << "notmuch " << arguments.join(QLatin1Char(' '))
            << " failed: " << process.readAllStandardError() << '\n';
    return result;
}

NotmuchRun runNotmuch(const Archive &archive, const QString &work, const QList<Query> &list,
                      QList<QueryResult> *results)
{
    NotmuchRun run;
    const QString config = work + QStringLiteral("/notmuch-config");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return run;
    QTextStream(&file) << "[database]\npath=" << archive.maildir
                       << "\n\n[new]\ntags=\nignore=\n\n[user]\nname=Bench\n"
                          "primary_email=bench@example.test\n\n[search]\nexclude_tags=\n\n"
                          "[maildir]\nsynchronize_flags=false\n";
    file.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NOTMUCH_CONFIG"), config);
    environment.insert(QStringLiteral("XAPIAN_CJK_NGRAM"), QStringLiteral("1"));

    const QStringList newArguments {QStringLiteral("new"), QStringLiteral("--quiet")};
    if (QFileInfo::exists(QStringLiteral("/usr/bin/time"))) {
        run.build = Bench::runMeasured(QStringLiteral("notmuch"), newArguments, {}, environment);
    } else {
        const Spawned spawned = spawn(environment, newArguments);
        run.build.exitCode = spawned.ok ? 0 : 1;
        run.build.wallSeconds = spawned.ms / 1000;
        run.build.peakRssKiB = -1;
    }
    if (run.build.exitCode != 0) {
        out << "notmuch new failed: " << run.build.err << '\n';
        return run;
    }
    out << "notmuch: indexed in " << QString::number(run.build.wallSeconds, 'f', 1) << " s ("
        << loadAverage() << ")\n";
    out.flush();
    // The unread messages are the ones in new/ (synchronize_flags is off, [new] tags= is empty).
    const Spawned tag = spawn(environment,
                              {QStringLiteral("tag"), QStringLiteral("+unread"),
                               QStringLiteral("--"), QStringLiteral("path:new")});
    if (!tag.ok)
        return run;
    run.tagSeconds = tag.ms / 1000;
    run.indexBytes = directorySize(archive.maildir + QStringLiteral("/.notmuch/xapian"));

    QList<double> startup;
    for (int sample = 0; sample <= TimedRuns; ++sample) {
        const Spawned trivial = spawn(
            environment, {QStringLiteral("count"), QStringLiteral("id:nonexistent@bench.test")});
        if (sample > 0)
            startup.append(trivial.ms);
    }
    run.startupMs = percentile(startup, 0.5);

    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &query = list.at(i).notmuch;
        if (query.isEmpty())
            continue;
        QueryResult &result = (*results)[i];
        result.notmuchOk = true;
        for (int sample = 0; sample <= TimedRuns && result.notmuchOk; ++sample) {
            const Spawned count =
                spawn(environment, {QStringLiteral("count"), QStringLiteral("--"), query});
            const Spawned search =
                spawn(environment,
                      {QStringLiteral("search"), QStringLiteral("--limit=50"),
                       QStringLiteral("--format=text"), QStringLiteral("--"), query});
            result.notmuchOk = count.ok && search.ok;
            if (sample == 0)
                result.notmuchTotal = count.out.trimmed().toInt();
            else
                result.notmuch.append(count.ms + search.ms);
        }
    }
    run.ok = true;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"),
        QStringLiteral(
            "Messages in the archive (default 100000, or SATCHEL_BENCH_SEARCH_MESSAGES)."),
        QStringLiteral("N"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Keep the Maildir, the profile and the notmuch database (path printed)."));
    parser.addOptions({messagesOption, keepOption});
    parser.process(app);
    int count = DefaultMessages;
    if (qEnvironmentVariableIsSet("SATCHEL_BENCH_SEARCH_MESSAGES"))
        count = qEnvironmentVariableIntValue("SATCHEL_BENCH_SEARCH_MESSAGES");
    if (parser.isSet(messagesOption))
        count = parser.value(messagesOption).toInt();
    count = qMax(1, count);

    const QDir bulk(QStringLiteral(SATCHEL_SHARED_DIR "/corpus/bulk"));
    const QStringList files =
        bulk.entryList({QStringLiteral("*.mbox.gz")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        out << "skipped: no corpus at " << bulk.path() << "; nothing to measure.\n";
        return 0;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        out << "cannot make a temporary directory\n";
        return 1;
    }
    if (parser.isSet(keepOption)) {
        work.setAutoRemove(false);
        out << "keeping " << work.path() << '\n';
    }

    // The archive, written once; the corpus is only held while generating.
    const QString startLoad = loadAverage();
    QElapsedTimer phase;
    phase.start();
    std::optional<Archive> archive;
    {
        const std::optional<QList<QByteArray>> corpus = loadCorpus(bulk, files, work.path());
        if (!corpus)
            return 1;
        archive = writeArchive(*corpus, count, work.filePath(QStringLiteral("mail")));
        if (!archive)
            return 1;
    }
    out << "archive: " << count << " messages (" << archive->corpusMessages << " from "
        << files.size() << " corpus mbox files, " << count - archive->corpusMessages
        << " generated with seed 42), " << mib(archive->rawBytes) << " MiB raw, written as a "
        << "Maildir in " << QString::number(phase.nsecsElapsed() / 1e9, 'f', 1) << " s\n";
    out.flush();
    const bool rssReset = resetPeakRss();

    const QDateTime queryTime = QDateTime::currentDateTime();
    const QList<Query> list = queries(queryTime);
    QList<QueryResult> results(list.size());
    const SatchelRun satchel =
        runSatchel(*archive, work.filePath(QStringLiteral("profile")), list, queryTime, &results);
    if (!satchel.ok)
        return 1;

    const bool haveNotmuch = !QStandardPaths::findExecutable(QStringLiteral("notmuch")).isEmpty();
    NotmuchRun notmuch;
    if (haveNotmuch)
        notmuch = runNotmuch(*archive, work.path(), list, &results);
    else
        out << "notmuch is not installed (scripts/bootstrap.sh installs it): Satchel side only\n";

    // Per query.
    out << "\nqueries: " << TimedRuns
        << " timed runs each after one warm-up; Satchel in process (Searcher::search, limit 50, "
           "newest first), notmuch = `notmuch count` + `notmuch search --limit=50 "
           "--format=text` (two process starts per sample)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("#"), 2)
               .arg(QStringLiteral("query"), -42)
               .arg(QStringLiteral("hits"), 7)
               .arg(QStringLiteral("p50_ms"), 8)
               .arg(QStringLiteral("max_ms"), 8)
               .arg(QStringLiteral("snip_p50"), 8)
               .arg(QStringLiteral("nm_hits"), 8)
               .arg(QStringLiteral("nm_p50"), 8);
    QList<double> allPlain, allSnippets, subsetPlain, subsetNotmuch;
    int failed = 0, comparable = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QueryResult &r = results.at(i);
        const bool nm = haveNotmuch && notmuch.ok && !list.at(i).notmuch.isEmpty() && r.notmuchOk;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(i + 1, 2)
                   .arg(list.at(i).satchel, -42)
                   .arg(r.ok ? QString::number(r.total) : QStringLiteral("error"), 7)
                   .arg(ms(percentile(r.plain, 0.5)), 8)
                   .arg(ms(percentile(r.plain, 1.0)), 8)
                   .arg(ms(percentile(r.snippets, 0.5)), 8)
                   .arg(nm ? QString::number(r.notmuchTotal) : QStringLiteral("n/a"), 8)
                   .arg(nm ? ms(percentile(r.notmuch, 0.5)) : QStringLiteral("n/a"), 8);
        if (!r.ok) {
            ++failed;
            out << "     satchel error: " << r.error << '\n';
            continue;
        }
        if (haveNotmuch && list.at(i).notmuch != list.at(i).satchel)
            out << "     notmuch: "
                << (list.at(i).notmuch.isEmpty() ? QStringLiteral("n/a (no equivalent)")
                                                 : list.at(i).notmuch)
                << '\n';
        allPlain += r.plain;
        allSnippets += r.snippets;
        if (nm) {
            ++comparable;
            subsetPlain += r.plain;
            subsetNotmuch += r.notmuch;
        }
    }
    if (failed > 0)
        out << failed << " quer" << (failed == 1 ? "y" : "ies")
            << " failed in Satchel and are left out of its percentiles\n";

    // Summary.
    const auto pct = [](const QList<double> &samples) {
        return QStringLiteral("%1 / %2 / %3")
            .arg(ms(percentile(samples, 0.5)), ms(percentile(samples, 0.95)),
                 ms(percentile(samples, 1.0)));
    };
    const qsizetype n = archive->files.size();
    const double satchelRate = double(n) / satchel.importSeconds;
    const double notmuchRate = notmuch.ok ? double(n) / notmuch.build.wallSeconds : -1;
    const double satchelIndexPct = satchel.indexBytes < 0
        ? -1
        : 100.0 * double(satchel.indexBytes) / double(archive->rawBytes);
    const double notmuchIndexPct =
        notmuch.ok ? 100.0 * double(notmuch.indexBytes) / double(archive->rawBytes) : -1;
    const auto row = [](const QString &what, const QString &s, const QString &nm) {
        out << QStringLiteral("%1 %2 %3\n").arg(what, -44).arg(s, -26).arg(nm, -26);
    };
    const QString na = QStringLiteral("n/a");
    out << "\nsummary: " << n << " messages, " << mib(archive->rawBytes) << " MiB raw; at the end "
        << loadAverage() << " (at the start " << startLoad << ")\n";
    row(QString(), QStringLiteral("satchel"), QStringLiteral("notmuch"));
    row(QStringLiteral("build: import msgs/s (wall s)"),
        QStringLiteral("%1 (%2)").arg(satchelRate, 0, 'f', 0).arg(satchel.importSeconds, 0, 'f', 1),
        notmuch.ok ? QStringLiteral("%1 (%2)")
                         .arg(notmuchRate, 0, 'f', 0)
                         .arg(notmuch.build.wallSeconds, 0, 'f', 1)
                   : na);
    row(QStringLiteral("rebuild index only msgs/s (wall s)"),
        satchel.rebuildSeconds ? QStringLiteral("%1 (%2)")
                                     .arg(double(n) / *satchel.rebuildSeconds, 0, 'f', 0)
                                     .arg(*satchel.rebuildSeconds, 0, 'f', 1)
                               : QStringLiteral("n/a (no rebuildSearchIndex)"),
        na);
    row(QStringLiteral("notmuch tag +unread -- path:new, s"), na,
        notmuch.ok ? QString::number(notmuch.tagSeconds, 'f', 2) : na);
    row(QStringLiteral("index MiB (% of raw)"),
        satchel.indexBytes < 0 ? na
                               : QStringLiteral("%1 (%2 %)")
                                     .arg(mib(satchel.indexBytes))
                                     .arg(satchelIndexPct, 0, 'f', 1),
        notmuch.ok ? QStringLiteral("%1 (%2 %)")
                         .arg(mib(notmuch.indexBytes))
                         .arg(notmuchIndexPct, 0, 'f', 1)
                   : na);
    row(QStringLiteral("index % of the extracted text"),
        satchel.indexBytes < 0 || satchel.textBytes == 0
            ? na
            : QStringLiteral("%1 % of %2 MiB")
                  .arg(100.0 * double(satchel.indexBytes) / double(satchel.textBytes), 0, 'f', 1)
                  .arg(mib(satchel.textBytes)),
        notmuch.ok && satchel.textBytes > 0 ? QStringLiteral("%1 %").arg(
            100.0 * double(notmuch.indexBytes) / double(satchel.textBytes), 0, 'f', 1)
                                            : na);
    row(QStringLiteral("whole store MiB (db + wal / .notmuch)"), mib(satchel.databaseBytes),
        notmuch.ok ? mib(directorySize(archive->maildir + QStringLiteral("/.notmuch"))) : na);
    row(QStringLiteral("p50/p95/max ms, all %1 queries").arg(list.size() - failed), pct(allPlain),
        na);
    row(QStringLiteral("  same, with snippets"), pct(allSnippets), na);
    row(QStringLiteral("p50/p95/max ms, %1 queries both answer").arg(comparable), pct(subsetPlain),
        notmuch.ok ? pct(subsetNotmuch) : na);
    row(QStringLiteral("notmuch process start (count id:none) p50"), QString(),
        notmuch.ok ? ms(notmuch.startupMs) + QStringLiteral(" ms") : na);
    row(QStringLiteral("peak RSS MiB"),
        satchel.peakRssKiB < 0 ? na
                               : mib(satchel.peakRssKiB * 1024)
                + (rssReset ? QStringLiteral(" (import+queries)") : QStringLiteral(" (whole run)")),
        notmuch.ok && notmuch.build.peakRssKiB > 0
            ? mib(notmuch.build.peakRssKiB * 1024) + QStringLiteral(" (notmuch new)")
            : na);

    const double p95 = percentile(allPlain, 0.95);
    const double subsetP95 = percentile(subsetPlain, 0.95);
    const double notmuchP95 = percentile(subsetNotmuch, 0.95);
    const auto met = [](bool ok) {
        return ok ? QStringLiteral("met") : QStringLiteral("not met");
    };
    out << "\ngoals" << (n == DefaultMessages ? "" : " (this run is not at 100,000 messages)")
        << ":\n";
    out << "  p95 <= 50 ms (all queries, no snippets): " << ms(p95)
        << " ms: " << met(p95 >= 0 && p95 <= 50) << '\n';
    // Building the index is the rebuild (parse + index from the stored bytes); the import also
    // stores every raw message durably, which notmuch, for one, does not do.
    if (satchel.rebuildSeconds && *satchel.rebuildSeconds > 0) {
        const double indexRate = double(n) / *satchel.rebuildSeconds;
        out << "  indexing >= 2,000 msgs/s (index build, rebuild): "
            << QString::number(indexRate, 'f', 0) << ": " << met(indexRate >= 2000)
            << " (import with durable storing: " << QString::number(satchelRate, 'f', 0)
            << " msgs/s)\n";
    } else {
        out << "  indexing >= 2,000 msgs/s (import): " << QString::number(satchelRate, 'f', 0)
            << ": " << met(satchelRate >= 2000) << '\n';
    }
    out << "  index <= 40 % of raw: "
        << (satchelIndexPct < 0 ? QStringLiteral("not measured")
                                : QString::number(satchelIndexPct, 'f', 1) + QStringLiteral(" %: ")
                    + met(satchelIndexPct <= 40))
        << '\n';
    if (notmuch.ok) {
        out << "  faster than notmuch on build: " << QString::number(satchelRate, 'f', 0) << " vs "
            << QString::number(notmuchRate, 'f', 0) << " msgs/s: " << met(satchelRate > notmuchRate)
            << '\n';
        out << "  faster than notmuch on p95: " << ms(subsetP95) << " vs " << ms(notmuchP95)
            << " ms: " << met(subsetP95 < notmuchP95) << " (notmuch minus its process starts, "
            << ms(notmuchP95 - 2 * notmuch.startupMs)
            << " ms: " << met(subsetP95 < notmuchP95 - 2 * notmuch.startupMs) << ")\n";
    } else {
        out << "  faster than notmuch: not measured (notmuch unavailable)\n";
    }
    out << "\nhow it was measured:\n"
        << "  satchel build: read each file + Mime::parseMessage + importMessage (stores and "
           "indexes), one batch per "
        << BatchSize
        << " messages (synchronous=FULL); rebuild: rebuildSearchIndex() over the stored "
           "messages\n"
        << "  notmuch build: `notmuch new` over the same Maildir, XAPIAN_CJK_NGRAM=1 (so CJK "
           "words are found), under GNU time\n"
        << "  satchel index size: " << satchel.indexHow << "\n"
        << "  notmuch index size: the files under .notmuch/xapian; % of raw = index / raw "
           "message bytes; extracted text = UTF-8 bytes of ParsedMessage::searchText()\n"
        << "  satchel peak RSS: VmHWM of this process"
        << (rssReset ? ", reset after generating the archive (import, rebuild and queries)"
                     : ", whole run (could not reset it)")
        << "; notmuch: GNU time %M of notmuch new\n"
        << "  latency: every timed sample pooled; notmuch samples include two process starts "
           "(see the start-up line); queries without a notmuch equivalent (n/a) are left out "
           "of the shared percentiles\n"
        << "  hits differ where the engines do: notmuch stems English words (crash = crashes), "
           "keeps do_page_fault as one word and folds no accents; Satchel splits at '_' and "
           "folds accents\n";
    return 0;
}
