#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include "mime/attachmentname.h"
#include "mime/attachmentsaver.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "<unreadable>"_ba;
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(data) == data.size();
}

QStringList entries(const QString &path)
{
    return QDir(path).entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

} // namespace

// Saving an attachment must create a new file inside the chosen folder and nowhere else: no
// overwriting, no following links planted in the folder, private permissions, clear errors.
class TestAttachmentSaver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_outer.emplace().isValid());
        m_inbox = QFileInfo(m_outer->path()).canonicalFilePath() + u"/inbox"_s;
        QVERIFY(QDir().mkdir(m_inbox));
    }

    void cleanup()
    {
        QFile::setPermissions(m_inbox, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_outer.reset();
    }

    void savesInsideDirectory_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedName");
        QTest::newRow("plain") << u"report.pdf"_s << u"report.pdf"_s;
        QTest::newRow("dotdot") << u"../escaped.txt"_s << u"escaped.txt"_s;
        QTest::newRow("dotdot backslash") << u"..\\escaped.txt"_s << u"escaped.txt"_s;
        QTest::newRow("nested dotdot") << u"sub/../../escaped.txt"_s << u"escaped.txt"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"passwd"_s;
        QTest::newRow("dotdot only") << u".."_s << u"attachment.pdf"_s;
        QTest::newRow("empty") << QString() << u"attachment.pdf"_s;
        QTest::newRow("hidden") << u".profile"_s << u"profile"_s;
        QTest::newRow("device") << u"CON"_s << u"_CON"_s;
        QTest::newRow("rtl") << u"\u202Efdp.exe"_s << u"fdp.exe"_s;
        QTest::newRow("unicode") << u"Grüße 日本.pdf"_s << u"Grüße 日本.pdf"_s;
    }

    void savesInsideDirectory()
    {
        QFETCH(QString, name);
        QFETCH(QString, expectedName);
        const QByteArray data = "%PDF-1.4 content"_ba;

        const Mime::SaveResult result =
            Mime::saveAttachment(m_inbox, name, u"application/pdf"_s, data);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.path, m_inbox + u'/' + expectedName);
        QCOMPARE(QFileInfo(result.path).canonicalPath(), m_inbox);
        QCOMPARE(readAll(result.path), data);
        QCOMPARE(entries(m_inbox), QStringList {expectedName}); // no temporary file left
        QCOMPARE(entries(m_outer->path()), QStringList {u"inbox"_s}); // nothing outside
    }

    void absolutePathIntoParentStaysInside()
    {
        const QString hostile = m_outer->path() + u"/escaped.txt"_s;
        const Mime::SaveResult result = Mime::saveAttachment(m_inbox, hostile, {}, "x"_ba);
        QVERIFY(result.ok);
        QCOMPARE(result.path, m_inbox + u"/escaped.txt"_s);
        QVERIFY(!QFileInfo::exists(hostile));
    }

    void neverOverwrites()
    {
        const QString first = m_inbox + u"/report.pdf"_s;
        QVERIFY(writeFile(first, "original"_ba));

        const Mime::SaveResult second = Mime::saveAttachment(m_inbox, u"report.pdf"_s, {}, "2"_ba);
        QVERIFY(second.ok);
        QCOMPARE(second.path, m_inbox + u"/report (2).pdf"_s);
        const Mime::SaveResult third = Mime::saveAttachment(m_inbox, u"report.pdf"_s, {}, "3"_ba);
        QVERIFY(third.ok);
        QCOMPARE(third.path, m_inbox + u"/report (3).pdf"_s);

        QCOMPARE(readAll(first), "original"_ba);
        QCOMPARE(readAll(second.path), "2"_ba);
        QCOMPARE(readAll(third.path), "3"_ba);
    }

    void directoryWithTheNameIsSkipped()
    {
        QVERIFY(QDir().mkdir(m_inbox + u"/notes.txt"_s));
        const Mime::SaveResult result = Mime::saveAttachment(m_inbox, u"notes.txt"_s, {}, "n"_ba);
        QVERIFY(result.ok);
        QCOMPARE(result.path, m_inbox + u"/notes (2).txt"_s);
    }

    void batchCollisions()
    {
        const QList<Mime::AttachmentToSave> attachments = {
            {u"a.txt"_s, u"text/plain"_s, "first"_ba},
            {u"../a.txt"_s, u"text/plain"_s, "second"_ba},
            {u"b.txt"_s, u"text/plain"_s, "other"_ba},
            {u"C:\\temp\\a.txt"_s, u"text/plain"_s, "third"_ba},
            {QString(), u"text/plain"_s, "nameless"_ba},
            {u".."_s, u"text/plain"_s, "nameless too"_ba},
        };
        const QList<Mime::SaveResult> results = Mime::saveAttachments(m_inbox, attachments);
        QCOMPARE(results.size(), attachments.size());
        const QStringList expected = {u"a.txt"_s,     u"a (2).txt"_s,      u"b.txt"_s,
                                      u"a (3).txt"_s, u"attachment.txt"_s, u"attachment (2).txt"_s};
        for (qsizetype i = 0; i < results.size(); ++i) {
            QVERIFY2(results.at(i).ok, qPrintable(results.at(i).error));
            QCOMPARE(results.at(i).path, m_inbox + u'/' + expected.at(i));
            QCOMPARE(readAll(results.at(i).path), attachments.at(i).data);
        }
        QCOMPARE(entries(m_inbox).size(), expected.size());
    }

    void symlinkIsNotFollowed()
    {
        const QString victim = m_outer->path() + u"/victim.txt"_s;
        QVERIFY(writeFile(victim, "original"_ba));
        const QString link = m_inbox + u"/report.pdf"_s;
        QVERIFY(QFile::link(victim, link));

        const Mime::SaveResult result =
            Mime::saveAttachment(m_inbox, u"report.pdf"_s, {}, "attacker"_ba);
        QVERIFY(result.ok);
        QCOMPARE(result.path, m_inbox + u"/report (2).pdf"_s);
        QCOMPARE(readAll(victim), "original"_ba);
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(victim).absoluteFilePath());
        QVERIFY(!QFileInfo(result.path).isSymLink());
    }

    void danglingSymlinkIsNotFollowed()
    {
        const QString target = m_outer->path() + u"/created-through-link.txt"_s;
        const QString link = m_inbox + u"/notes.txt"_s;
        QVERIFY(QFile::link(target, link));
        QVERIFY(!QFileInfo::exists(link)); // dangling

        const Mime::SaveResult result =
            Mime::saveAttachment(m_inbox, u"notes.txt"_s, {}, "attacker"_ba);
        QVERIFY(result.ok);
        QCOMPARE(result.path, m_inbox + u"/notes (2).txt"_s);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // The saver's safety rests on QTemporaryFile::rename() refusing any existing entry, links
    // included, and never copying through it (QFile::rename() may). Pin that down.
    void temporaryRenameNeverReplaces()
    {
        const QString target = m_outer->path() + u"/through-link.txt"_s;
        const QString link = m_inbox + u"/taken.txt"_s;
        QVERIFY(QFile::link(target, link));
        QTemporaryFile temporary(m_inbox + u"/.t-XXXXXX"_s);
        QVERIFY(temporary.open());
        QCOMPARE(temporary.write("data"_ba), 4);
        QVERIFY(!temporary.rename(link));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void permissionsArePrivate()
    {
        const Mime::SaveResult result = Mime::saveAttachment(m_inbox, u"secret.txt"_s, {}, "s"_ba);
        QVERIFY(result.ok);
        const QFile::Permissions userBits = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
        QCOMPARE(QFileInfo(result.path).permissions() & ~userBits,
                 QFile::ReadOwner | QFile::WriteOwner);
    }

    void emptyData()
    {
        const Mime::SaveResult result = Mime::saveAttachment(m_inbox, u"empty.txt"_s, {}, {});
        QVERIFY(result.ok);
        QCOMPARE(QFileInfo(result.path).size(), 0);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("read-only folder") << u"read-only"_s;
        QTest::newRow("missing folder") << u"missing"_s;
        QTest::newRow("not a folder") << u"file"_s;
        QTest::newRow("empty path") << u"empty"_s;
    }

    void errors()
    {
        QFETCH(QString, kind);
        QString directory = m_inbox;
        if (kind == u"read-only") {
            if (runningAsRoot())
                QSKIP("root ignores file permissions");
            QVERIFY(QFile::setPermissions(m_inbox, QFile::ReadOwner | QFile::ExeOwner));
        } else if (kind == u"missing") {
            directory = m_inbox + u"/does-not-exist"_s;
        } else if (kind == u"file") {
            directory = m_inbox + u"/plain-file"_s;
            QVERIFY(writeFile(directory, "x"_ba));
        } else {
            directory.clear();
        }

        const Mime::SaveResult result =
            Mime::saveAttachment(directory, u"report.pdf"_s, u"application/pdf"_s, "data"_ba);
        QVERIFY(!result.ok);
        QVERIFY(result.path.isEmpty());
        QVERIFY(!result.error.isEmpty());
        if (!directory.isEmpty())
            QVERIFY2(result.error.contains(QDir::toNativeSeparators(directory)),
                     qPrintable(result.error));
        QVERIFY(!QFileInfo::exists(m_inbox + u"/does-not-exist"_s));
        QVERIFY(!entries(m_inbox).contains(u"report.pdf"_s));
        const QStringList left = entries(m_inbox);
        QVERIFY2(left.isEmpty() || left == QStringList {u"plain-file"_s},
                 qPrintable(left.join(u' ')));
    }

private:
    std::optional<QTemporaryDir> m_outer;
    QString m_inbox;
};

QTEST_GUILESS_MAIN(TestAttachmentSaver)
#include "tst_attachmentsaver.moc"
