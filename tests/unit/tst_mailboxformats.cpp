#include <algorithm>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "mime/messageparser.h"
#include "store/emlfiles.h"
#include "store/maildirreader.h"
#include "store/mailtransfer.h"
#include "store/mboxreader.h"
#include "store/mboxwriter.h"
#include "store/messagestore.h"

using namespace Qt::Literals::StringLiterals;

// mboxrd reading and writing (byte-identical round trips), Maildir listing, .eml files, and the
// same round trip over every message of ../shared/corpus/edge (skipped when it is absent).
class TestMailboxFormats final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void writeFile(const QString &fileName, const QByteArray &bytes)
    {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static QByteArray fileContents(const QString &fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // All messages of an mbox file; `error` gets the reader's error, if any.
    static QByteArrayList readMbox(const QString &fileName, QString *error, qint64 maxMessage = 0,
                                   qint64 maxLine = 0)
    {
        Store::MboxReader reader(fileName);
        if (maxMessage > 0)
            reader.setMaxMessageSize(maxMessage);
        if (maxLine > 0)
            reader.setMaxLineLength(maxLine);
        QByteArrayList messages;
        if (reader.open()) {
            while (std::optional<QByteArray> message = reader.next())
                messages.append(*message);
            if (!reader.hasError() && reader.position() != reader.size())
                *error = u"stopped at %1 of %2"_s.arg(reader.position()).arg(reader.size());
        }
        if (reader.hasError())
            *error = reader.errorString();
        return messages;
    }

    void writeMbox(const QString &fileName, const QByteArrayList &messages)
    {
        Store::MboxWriter writer(fileName);
        QVERIFY2(writer.open(Store::MboxWriter::OpenMode::Overwrite),
                 qPrintable(writer.errorString()));
        for (const QByteArray &message : messages)
            QVERIFY2(writer.append(message), qPrintable(writer.errorString()));
        QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
    }

    void checkRoundTrip(const QByteArrayList &messages)
    {
        const QString fileName = path(u"roundtrip.mbox"_s);
        writeMbox(fileName, messages);
        QString error;
        QCOMPARE(readMbox(fileName, &error), messages);
        QCOMPARE(error, QString());
    }

    // The sorted files matching `pattern` in the shared corpus; empty when it is absent.
    static QStringList corpusFiles(const QString &pattern)
    {
        const QString corpus = QStringLiteral(SATCHEL_SHARED_DIR "/corpus/edge");
        QStringList files;
        if (!QFileInfo::exists(corpus + u"/mikel-mail"_s))
            return files;
        QDirIterator it(corpus, {pattern}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end());
        return files;
    }

    static QString letters(const Store::MaildirFlags &flags)
    {
        return QString(flags.draft ? u"D"_s : QString()) + (flags.flagged ? u"F"_s : QString())
            + (flags.passed ? u"P"_s : QString()) + (flags.replied ? u"R"_s : QString())
            + (flags.seen ? u"S"_s : QString()) + (flags.trashed ? u"T"_s : QString());
    }

    static QList<std::pair<const char *, QByteArray>> trickyMessages()
    {
        return {
            {"lf", "Subject: a\n\nbody\n"_ba},
            {"crlf", "Subject: a\r\n\r\nbody\r\n"_ba},
            {"no final line end", "Subject: a\n\nbody"_ba},
            {"crlf no final line end", "Subject: a\r\n\r\nbody"_ba},
            {"ends with bare cr", "Subject: a\r\n\r\nbody\r"_ba},
            {"ends with blank lines", "Subject: a\n\nbody\n\n\n"_ba},
            {"ends with crlf blank line", "Subject: a\n\nbody\n\r\n"_ba},
            {"empty", QByteArray()},
            {"only lf", "\n"_ba},
            {"only crlf", "\r\n"_ba},
            {"only cr", "\r"_ba},
            {"headers only", "Subject: a\nFrom: b@example.org\n"_ba},
            {"empty body", "Subject: a\n\n"_ba},
            {"From line after blank", "Subject: a\n\nFrom here on\n\nFrom me\n"_ba},
            {"From inside body", "Subject: a\n\nline\nFrom here\nend\n"_ba},
            {">From", "Subject: a\n\n>From x\n\n>From y\n"_ba},
            {">>From", "Subject: a\n\n>>From x\n\n>>>From y\r\n"_ba},
            {"starts with From", "From nobody Mon Jan  1 00:00:00 2001\nSubject: a\n\nb\n"_ba},
            {"From last without line end", "Subject: a\n\nFrom x"_ba},
            {"From crlf", "Subject: a\r\n\r\nFrom x\r\n\r\n>From y\r\n"_ba},
            {"not quoted", "Subject: a\n\nFrom\n>From\nFromage\n >From x\n"_ba},
            {"mixed line ends", "A: 1\r\nB: 2\n\nx\ry\r\n\nz"_ba},
            {"nul and 8 bit", QByteArray("A: \xff\n\n\0From \0\n", 14)},
        };
    }

private Q_SLOTS:
    // The GUI's Import Maildir and Export as .eml: flags kept, bytes unchanged, nothing
    // overwritten.
    void maildirIntoTheArchiveAndOutAsEml()
    {
        QTemporaryDir dir;
        const QString maildir = dir.filePath(QStringLiteral("Lists"));
        for (const char *sub : {"cur", "new", "tmp"})
            QVERIFY(QDir().mkpath(maildir + QLatin1Char('/') + QLatin1String(sub)));
        const QByteArray seen = "Subject: seen\n\nread already\n";
        const QByteArray fresh = "Subject: fresh\n\nnot yet\n";
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(maildir + QStringLiteral("/cur/1.host:2,S"), seen));
        QVERIFY(write(maildir + QStringLiteral("/new/2.host"), fresh));

        Store::MessageStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("profile"))));
        QCOMPARE(Store::importMaildir(store, maildir, QStringLiteral("Lists")), QString());
        const qint64 folder = *store.localFolder(QStringLiteral("Lists"), false);
        const QList<qint64> ids = store.messageIds(folder);
        QCOMPARE(ids.size(), 2);
        QHash<QByteArray, bool> readBySubject;
        for (const qint64 id : ids)
            readBySubject.insert(store.message(id)->subject.toUtf8(),
                                 store.message(id)->flags.read);
        QCOMPARE(readBySubject.value("seen"), true);
        QCOMPARE(readBySubject.value("fresh"), false);

        const QString out = dir.filePath(QStringLiteral("out"));
        QCOMPARE(Store::exportToEmlFiles(store, ids, out), QString());
        QSet<QByteArray> written;
        for (const char *name : {"1.eml", "2.eml"}) {
            QFile file(out + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            written.insert(file.readAll());
        }
        QCOMPARE(written, (QSet<QByteArray> {seen, fresh}));
        QVERIFY(!Store::exportToEmlFiles(store, ids, out).isEmpty()); // 1.eml exists: refused
        QVERIFY(
            !Store::importMaildir(store, dir.filePath(QStringLiteral("none")), QStringLiteral("X"))
                 .isEmpty());
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("message");
        for (const auto &[name, message] : trickyMessages())
            QTest::newRow(name) << message;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, message);
        const QByteArray plain = "Subject: plain\n\nFrom the start\n"_ba;
        checkRoundTrip({plain, message, message, plain, message});
    }

    void roundTripAllInOneFile()
    {
        QByteArrayList messages;
        for (const auto &[name, message] : trickyMessages())
            messages.append(message);
        checkRoundTrip(messages);
    }

    // Messages made of the pieces that matter to the format, in every order.
    void roundTripRandom()
    {
        const QByteArrayList pieces {"From "_ba, ">"_ba, "\n"_ba, "\r"_ba,
                                     "\r\n"_ba,  "x"_ba, " "_ba};
        QRandomGenerator random(20240601);
        QByteArrayList messages;
        for (int i = 0; i < 2000; ++i) {
            QByteArray message;
            for (int length = random.bounded(12); length > 0; --length)
                message += pieces.at(random.bounded(int(pieces.size())));
            messages.append(message);
        }
        checkRoundTrip(messages);
    }

    void writerFormat()
    {
        const QString fileName = path(u"format.mbox"_s);
        Store::MboxWriter writer(fileName);
        QVERIFY(writer.open(Store::MboxWriter::OpenMode::Overwrite));
        const QDateTime date(QDate(2011, 7, 8), QTime(14, 8, 34), QTimeZone(7200));
        QVERIFY(writer.append("S: x\n\nFrom me\n"_ba, date, "a@example.org"_ba));
        QVERIFY(writer.append("S: y\n\nno end"_ba, date, "bad sender"_ba));
        QVERIFY(writer.finish());
        QCOMPARE(writer.messageCount(), 2);
        QCOMPARE(fileContents(fileName),
                 "From a@example.org Fri Jul  8 12:08:34 2011\nS: x\n\n>From me\n\n"
                 "From MAILER-DAEMON Fri Jul  8 12:08:34 2011\nS: y\n\nno end\n\r\n"_ba);

        Store::MboxReader reader(fileName);
        QVERIFY(reader.open());
        QVERIFY(reader.next());
        QCOMPARE(reader.lastSeparator(), "From a@example.org Fri Jul  8 12:08:34 2011"_ba);
    }

    void readForeign_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<bool>("error");
        const QByteArray from = "From a@b Mon Jan  1 00:00:00 2001"_ba;
        QTest::newRow("lf") << from + "\nA: 1\n\nbody\n>From x\n\n" + from + "\nB: 2\n\nb2\n"
                            << QByteArrayList {"A: 1\n\nbody\nFrom x\n"_ba, "B: 2\n\nb2\n"_ba}
                            << false;
        QTest::newRow("crlf") << from + "\r\nA: 1\r\n\r\nbody\r\n\r\n" + from + "\r\nB\r\n\r\n"
                              << QByteArrayList {"A: 1\r\n\r\nbody\r\n"_ba, "B\r\n"_ba} << false;
        QTest::newRow("leading empty lines") << "\n\r\n" + from + "\nX\n"
                                             << QByteArrayList {"X\n"_ba} << false;
        QTest::newRow("leading garbage is an error") << "garbage\n\n" + from + "\nX\n"
                                                     << QByteArrayList() << true;
        QTest::newRow("From after a non-empty line stays")
            << from + "\nX: 1\n\nline\nFrom here\n"
            << QByteArrayList {"X: 1\n\nline\nFrom here\n"_ba} << false;
        QTest::newRow("empty file") << QByteArray() << QByteArrayList() << false;
        QTest::newRow("empty lines only") << "\n\n\r\n"_ba << QByteArrayList() << false;
        QTest::newRow("separator only") << from + "\n" << QByteArrayList {QByteArray()} << false;
        QTest::newRow("no final line end")
            << from + "\nX\n\nbody" << QByteArrayList {"X\n\nbody"_ba} << false;
        QTest::newRow("last with blank line") << from + "\nX\n\n"
                                              << QByteArrayList {"X\n"_ba} << false;
    }

    void readForeign()
    {
        QFETCH(QByteArray, file);
        QFETCH(QByteArrayList, expected);
        QFETCH(bool, error);
        const QString fileName = path(u"foreign.mbox"_s);
        writeFile(fileName, file);
        QString errorText;
        QCOMPARE(readMbox(fileName, &errorText), expected);
        QCOMPARE(!errorText.isEmpty(), error);
    }

    void limits()
    {
        const QString fileName = path(u"limits.mbox"_s);
        const QByteArray exact = QByteArray(100, 'x'); // written with "\n\r\n" after it
        writeMbox(fileName, {exact, QByteArray(99, 'y') + '\n', QByteArray(101, 'z'), exact});
        QString error;
        QCOMPARE(readMbox(fileName, &error, 100),
                 (QByteArrayList {exact, QByteArray(99, 'y') + '\n'}));
        QVERIFY(error.contains(u"larger than 100 bytes"_s));

        error.clear();
        writeMbox(fileName, {"A: 1\n\n"_ba + QByteArray(100, 'x') + '\n'});
        QCOMPARE(readMbox(fileName, &error, 0, 60), QByteArrayList());
        QVERIFY(error.contains(u"longer than 60 bytes"_s));
    }

    void writerRefusesToOverwrite()
    {
        const QString fileName = path(u"existing.mbox"_s);
        writeFile(fileName, "keep me"_ba);
        {
            Store::MboxWriter writer(fileName);
            QVERIFY(!writer.open());
            QVERIFY(!writer.errorString().isEmpty());
            QVERIFY(!writer.append("A: 1\n"_ba));
        }
        QCOMPARE(fileContents(fileName), "keep me"_ba);
        {
            Store::MboxWriter abandoned(path(u"abandoned.mbox"_s));
            QVERIFY(abandoned.open());
            QVERIFY(abandoned.append("A: 1\n"_ba));
        }
        QVERIFY(!QFile::exists(path(u"abandoned.mbox"_s)));
        writeMbox(fileName, {"A: 1\n"_ba});
        QString error;
        QCOMPARE(readMbox(fileName, &error), QByteArrayList {"A: 1\n"_ba});
    }

    void maildir()
    {
        const QString root = path(u"Maildir"_s);
        for (const QString &sub : {u"cur"_s, u"new"_s, u"tmp"_s, u"cur/subfolder"_s})
            QVERIFY(QDir().mkpath(root + u'/' + sub));
        const QStringList files {u"cur/1000.a:2,FS"_s,  u"cur/1002.c:2,RT"_s, u"cur/1001.b:2,D"_s,
                                 u"cur/1003.d:2,Sab"_s, u"new/1000.z"_s,      u"new/.hidden"_s,
                                 u"tmp/0999.t"_s};
        for (const QString &file : files)
            writeFile(root + u'/' + file, "Subject: "_ba + file.toUtf8() + "\r\n\r\nx"_ba);

        Store::MaildirReader reader(root);
        QVERIFY2(reader.open(), qPrintable(reader.errorString()));
        QCOMPARE(reader.count(), 5);
        QStringList order;
        QStringList flags;
        while (std::optional<Store::MaildirMessage> message = reader.next()) {
            const QString relative = message->subdirectory + u'/' + message->fileName;
            QCOMPARE(message->raw, "Subject: "_ba + relative.toUtf8() + "\r\n\r\nx"_ba);
            order.append(relative);
            flags.append(letters(message->flags));
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(order,
                 (QStringList {u"cur/1000.a:2,FS"_s, u"new/1000.z"_s, u"cur/1001.b:2,D"_s,
                               u"cur/1002.c:2,RT"_s, u"cur/1003.d:2,Sab"_s}));
        QCOMPARE(flags, (QStringList {u"FS"_s, QString(), u"D"_s, u"RT"_s, u"S"_s}));
        QCOMPARE(letters(Store::MaildirReader::parseFlags(u"1.x;2,PSx"_s)), u"PS"_s);

        Store::MaildirReader notMaildir(path(u"Maildir/cur"_s));
        QVERIFY(!notMaildir.open());
        QVERIFY(notMaildir.errorString().contains(u"not a Maildir"_s));
        Store::MaildirReader missing(path(u"missing"_s));
        QVERIFY(!missing.open());
        QVERIFY(!missing.errorString().isEmpty());
    }

    void emlFiles()
    {
        const QString dir = path(u"eml"_s);
        QVERIFY(QDir().mkpath(dir));
        const QByteArray raw = "Subject: a\r\n\r\nbody"_ba;
        QString error;
        QVERIFY2(Store::writeEmlFile(dir, u"1"_s, raw, &error), qPrintable(error));
        QCOMPARE(fileContents(dir + u"/1.eml"_s), raw);
        QVERIFY(!Store::writeEmlFile(dir, u"1"_s, "other"_ba, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(fileContents(dir + u"/1.eml"_s), raw);
        for (const QString &bad : {QString(), u"../2"_s, u".hidden"_s, u"a/b"_s})
            QVERIFY(!Store::writeEmlFile(dir, bad, raw));
        QVERIFY(!Store::writeEmlFile(path(u"missing"_s), u"1"_s, raw));

        QCOMPARE(Store::readEmlFile(dir + u"/1.eml"_s, raw.size(), &error), raw);
        error.clear();
        QVERIFY(!Store::readEmlFile(dir + u"/1.eml"_s, raw.size() - 1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Store::readEmlFile(dir, 1000));
        QVERIFY(!Store::readEmlFile(dir + u"/missing.eml"_s, 1000));
    }

    void corpusRoundTrip()
    {
        const QStringList files = corpusFiles(u"*.eml"_s);
        if (files.isEmpty())
            QSKIP("The shared corpus is absent.");

        const QString fileName = path(u"corpus.mbox"_s);
        {
            Store::MboxWriter writer(fileName);
            QVERIFY(writer.open(Store::MboxWriter::OpenMode::Overwrite));
            for (const QString &file : files)
                QVERIFY2(writer.append(fileContents(file)), qPrintable(file));
            QVERIFY2(writer.finish(), qPrintable(writer.errorString()));
        }
        Store::MboxReader reader(fileName);
        QVERIFY(reader.open());
        qsizetype index = 0;
        while (std::optional<QByteArray> message = reader.next()) {
            QVERIFY(index < files.size());
            QVERIFY2(*message == fileContents(files.at(index)), qPrintable(files.at(index)));
            ++index;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(index, files.size());
        QCOMPARE(reader.position(), reader.size());
    }

    void corpusMbox()
    {
        if (corpusFiles(u"*.eml"_s).isEmpty())
            QSKIP("The shared corpus is absent.");
        const QStringList files = corpusFiles(u"*.mbox"_s);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QString error;
            const QByteArrayList messages = readMbox(file, &error);
            QVERIFY2(error.isEmpty(), qPrintable(file + u": "_s + error));
            QVERIFY2(!messages.isEmpty(), qPrintable(file));
            if (file.endsWith(u"/mbox_mboxrd.mbox"_s)) {
                QCOMPARE(messages.size(), 2);
                QVERIFY(messages.at(0).endsWith(
                    "\nFrom (should be escaped).\nThere are 3 lines.\n"_ba));
            }
            checkRoundTrip(messages);
        }
    }
};

QTEST_GUILESS_MAIN(TestMailboxFormats)
#include "tst_mailboxformats.moc"
