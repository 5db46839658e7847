#include <algorithm>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "mime/attachmentname.h"
#include "mime/htmlsanitizer.h"
#include "mime/messageparser.h"

// "Does not crash" over every real-world message in ../shared/corpus/edge (skipped when the
// corpus is absent): parse, extract text, sanitize the HTML, enumerate and decode attachments.
// Also checks what must hold for any message, and reports the slowest messages (not asserted).
class TestMimeCorpus final : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir() { return QStringLiteral(SATCHEL_SHARED_DIR "/corpus/edge"); }

    static QStringList corpusFiles()
    {
        QStringList files;
        QDirIterator it(corpusDir(), {QStringLiteral("*.eml"), QStringLiteral("*.mbox")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end());
        return files;
    }

    struct Timing
    {
        qint64 nanoseconds = 0;
        QString file;
    };
    QList<Timing> m_timings;
    QStringList m_failures;

    static bool hasControlCharacters(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                return true;
        }
        return false;
    }

    void check(const QString &file, const Mime::ParsedMessage &message, const QByteArray &raw,
               int depth = 0)
    {
        const auto fail = [&](const QString &what) {
            m_failures.append(file + QStringLiteral(": ") + what);
        };
        if (!message.date.isValid())
            fail(QStringLiteral("no date"));
        if (hasControlCharacters(message.subject))
            fail(QStringLiteral("control characters in the subject"));
        if (message.preview().contains(QLatin1Char('\n')))
            fail(QStringLiteral("line break in the preview"));
        const Mime::SanitizedHtml safe = Mime::sanitizeHtml(message.htmlBody);
        if (safe.html.contains(QStringLiteral("<script"), Qt::CaseInsensitive))
            fail(QStringLiteral("script survived sanitizing"));
        for (const Mime::AttachmentInfo &attachment : message.attachments) {
            const QString name =
                Mime::safeAttachmentFileName(attachment.fileName, attachment.mimeType);
            if (name.isEmpty() || name.contains(QLatin1Char('/'))
                || name.contains(QLatin1Char('\\')))
                fail(QStringLiteral("unsafe attachment name \"%1\"").arg(name));
            if (depth > 0)
                continue; // parts inside forwarded messages are numbered from the outer message
            const std::optional<QByteArray> content =
                Mime::attachmentContent(raw, attachment.partId);
            if (!content)
                fail(QStringLiteral("attachment %1 cannot be decoded").arg(attachment.partId));
            else if (!attachment.mimeType.startsWith(QLatin1String("message/"))
                     && content->size() != attachment.size)
                fail(QStringLiteral("attachment %1: size %2, decoded %3")
                         .arg(attachment.partId)
                         .arg(attachment.size)
                         .arg(content->size()));
        }
        for (const Mime::ParsedMessage &forwarded : message.forwarded)
            check(file, forwarded, raw, depth + 1);
        Q_UNUSED(message.searchText());
    }

private Q_SLOTS:
    void everyMessage()
    {
        if (!QFileInfo::exists(corpusDir()))
            QSKIP("../shared/corpus/edge is not present");
        const QStringList files = corpusFiles();
        QVERIFY(files.size() > 1000);
        const QDateTime received = QDateTime::fromSecsSinceEpoch(1763800000, Qt::UTC);
        for (const QString &file : files) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray raw = f.readAll();
            QElapsedTimer timer;
            timer.start();
            const Mime::ParsedMessage message = Mime::parseMessage(raw, received);
            m_timings.append({timer.nsecsElapsed(), QDir(corpusDir()).relativeFilePath(file)});
            check(QDir(corpusDir()).relativeFilePath(file), message, raw);
        }
        std::sort(m_timings.begin(), m_timings.end(),
                  [](const Timing &a, const Timing &b) { return a.nanoseconds > b.nanoseconds; });
        qint64 total = 0;
        for (const Timing &t : m_timings)
            total += t.nanoseconds;
        qInfo("%lld messages parsed in %.1f ms; slowest:", qlonglong(m_timings.size()),
              total / 1e6);
        for (int i = 0; i < 5 && i < m_timings.size(); ++i)
            qInfo("  %8.2f ms  %s", m_timings.at(i).nanoseconds / 1e6,
                  qPrintable(m_timings.at(i).file));
        qInfo("failures: %lld", qlonglong(m_failures.size()));
        for (const QString &failure : m_failures)
            qWarning("%s", qPrintable(failure));
        QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(QLatin1Char('\n'))));
    }

    // Garbage of every shape gives a message with a note, not a crash.
    void garbage_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\x02", 5);
        QTest::newRow("headers only") << QByteArray("Subject: x\r\n");
        QTest::newRow("unterminated boundary")
            << QByteArray("Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
                          "Content-Type: text/plain\r\n\r\nhello");
        QByteArray deep;
        for (int i = 0; i < 200; ++i)
            deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i)
                + "\r\n\r\n--b" + QByteArray::number(i) + "\r\n";
        QTest::newRow("200 nested multiparts") << deep;
        QByteArray many = "Content-Type: multipart/mixed; boundary=b\r\n\r\n";
        for (int i = 0; i < 3000; ++i)
            many += "--b\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n";
        QTest::newRow("3000 parts") << many;
    }

    void garbage()
    {
        QFETCH(QByteArray, raw);
        const QDateTime received = QDateTime::currentDateTimeUtc();
        const Mime::ParsedMessage message = Mime::parseMessage(raw, received);
        QVERIFY(message.date.isValid());
        QVERIFY(message.attachments.size() <= Mime::ParseLimits().maxParts);
    }
};

QTEST_GUILESS_MAIN(TestMimeCorpus)
#include "tst_mimecorpus.moc"
