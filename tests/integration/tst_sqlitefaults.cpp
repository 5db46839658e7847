#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "clitestsupport.h"
#include "dovecotserver.h"
#include "maildircheck.h"
#include "store/messagestore.h"

namespace {

const char lockHelperVariable[] = "SATCHEL_TEST_HOLD_LOCK";

QByteArray makeMessage(const QByteArray &tag, int i, QRandomGenerator &random)
{
    QByteArray m = "From: Sender <sender@example.test>\nTo: user@example.test\nSubject: " + tag
        + ' ' + QByteArray::number(i) + "\nMessage-ID: <" + tag + '.' + QByteArray::number(i)
        + "@example.test>\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n";
    const int lines = 5 + int(random.bounded(300));
    for (int l = 0; l < lines; ++l) {
        m += random.bounded(5) == 0 ? QByteArray(".dot line\n")
                                    : "line " + QByteArray::number(l) + " of " + tag + '\n';
    }
    return m;
}

// Helper mode (the test binary run again with SATCHEL_TEST_HOLD_LOCK=<database>): another
// program holding the archive's lock. "write" holds an open write transaction (BEGIN
// EXCLUSIVE: in WAL mode other connections may still read); "exclusive" takes SQLite's
// exclusive locking mode, so that no other connection can even read. Prints "locked" and
// holds the lock until its standard input closes.
int holdLock(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable(lockHelperVariable);
    const bool exclusive = qEnvironmentVariable("SATCHEL_TEST_LOCK_MODE") == u"exclusive";
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    {
        QSqlQuery q(db);
        if (exclusive && !q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")))
            return 2;
        if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
            || !q.exec(QStringLiteral("UPDATE accounts SET email = email")))
            return 3;
        if (exclusive && !q.exec(QStringLiteral("COMMIT"))) // the lock stays in this mode
            return 4;
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return 5;
        out.write("locked\n");
        out.flush();
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 6;
        in.readAll(); // until the test closes the pipe
        if (!exclusive)
            q.exec(QStringLiteral("ROLLBACK"));
    }
    db.close();
    return 0;
}

} // namespace

// SQLite failures under a real `satchel-cli fetch` against a real Dovecot, with delete after
// download (the policy where a mistake loses mail): I/O errors injected at many points by a
// fault VFS (tests/support/faultyvfs.h, LD_PRELOADed into satchel-cli), and an archive locked
// by another process. Each time: a clear error and a store exit status, no message deleted on
// the server that is not stored, nothing stored lost, and the next normal run recovers with
// every message stored exactly once, byte for byte. Also: `satchel-cli recover` on a damaged
// copy keeps the ledger, so the next fetch stores nothing twice.
class TestSqliteFaults final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_expected; // Message-ID → bytes RETR yields
    QRandomGenerator m_random {1010};
    int m_runs = 0;
    int m_faults = 0;
    qint64 m_checked = 0;
    int m_lost = 0;
    int m_duplicated = 0;

    QList<QByteArray> deliver(const QString &user, const QByteArray &tag, int count)
    {
        QList<QByteArray> ids;
        for (int i = 0; i < count; ++i) {
            const QByteArray m = makeMessage(tag, i, m_random);
            if (!m_dovecot.deliver(user, m))
                return {};
            m_expected.insert(messageIdOf(m), DovecotServer::expectedOverPop3(m));
            ids.append(messageIdOf(m));
        }
        return ids;
    }

    QString profile(const QString &name) const { return m_dir.filePath(name); }

    CliRun addAccount(const QString &profileDir, const QString &user,
                      const QString &retention = QStringLiteral("--delete-after-download"))
    {
        return runCli(profileDir,
                      {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                       user, QStringLiteral("--email"), user + QStringLiteral("@example.test"),
                       QStringLiteral("--host"), QStringLiteral("localhost"),
                       QStringLiteral("--port"), QString::number(m_dovecot.pop3sPort()),
                       QStringLiteral("--security"), QStringLiteral("tls"),
                       QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
                       m_dovecot.caCertificatePath(), QStringLiteral("--password-stdin"),
                       QStringLiteral("--store-password-in-profile"), retention},
                      user.toUtf8() + "-secret\n");
    }

    // Message-IDs on the server (the user's Maildir).
    QList<QByteArray> onServer(const QString &user) const
    {
        return messageIdsInMaildir(m_dovecot.maildirPath(user));
    }

    // Message-IDs stored in the profile, each checked byte for byte (a differing one is
    // reported and left out).
    QList<QByteArray> stored(const QString &profileDir)
    {
        QList<QByteArray> ids;
        Store::MessageStore store;
        if (!store.open(profileDir)) {
            qWarning("%s", qPrintable(store.errorString()));
            return ids;
        }
        for (const Store::Folder &folder : store.folders(false)) {
            for (const qint64 id : store.messageIds(folder.id)) {
                const QByteArray raw = store.raw(id).value_or(QByteArray());
                const QByteArray mid = messageIdOf(raw);
                if (m_expected.value(mid) != raw)
                    qWarning("message %s differs from what was delivered", mid.constData());
                else
                    ids.append(mid);
            }
        }
        return ids;
    }

    // Every delivered message is on the server or stored (a message gone from the server and
    // not stored was deleted without being stored: lost), and stored at most once.
    void checkNothingLost(const QString &user, const QString &profileDir,
                          const QList<QByteArray> &delivered, bool allStored)
    {
        const QList<QByteArray> server = onServer(user);
        const QList<QByteArray> here = stored(profileDir);
        for (const QByteArray &id : delivered) {
            ++m_checked;
            const int copies = int(here.count(id));
            if (copies > 1) {
                ++m_duplicated;
                qWarning("stored %d times: %s", copies, id.constData());
            }
            if (copies == 0 && (allStored || !server.contains(id))) {
                ++m_lost;
                qWarning("lost: %s", id.constData());
            }
        }
        QCOMPARE(m_duplicated, 0);
        QCOMPARE(m_lost, 0);
    }

    QProcessEnvironment faultEnvironment(long long failAt, const char *operations, bool sticky,
                                         const QString &log) const
    {
        QProcessEnvironment environment = cliEnvironment();
        environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(SATCHEL_FAULTY_VFS));
        // An ASan build of satchel-cli wants its runtime first in the library list; the preload
        // is instrumented too and loads after it, so the order check is not needed.
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           (asan.isEmpty() ? QString() : asan + QLatin1Char(':'))
                               + QStringLiteral("verify_asan_link_order=0"));
        environment.insert(QStringLiteral("SATCHEL_FAULT_AT"), QString::number(failAt));
        environment.insert(QStringLiteral("SATCHEL_FAULT_OPS"), QString::fromLatin1(operations));
        environment.insert(QStringLiteral("SATCHEL_FAULT_STICKY"),
                           sticky ? QStringLiteral("1") : QStringLiteral("0"));
        environment.insert(QStringLiteral("SATCHEL_FAULT_LOG"), log);
        return environment;
    }

    static QByteArray readLog(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *user : {"io", "locked", "exclusive", "recover"})
            m_dovecot.addUser(QString::fromLatin1(user),
                              QString::fromLatin1(user) + QStringLiteral("-secret"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void cleanupTestCase()
    {
        qInfo("SQLite faults: runs: %d, faults injected: %d, messages checked: %lld, lost: %d, "
              "duplicated: %d",
              m_runs, m_faults, m_checked, m_lost, m_duplicated);
    }

    // I/O errors at many points of delete-after-download fetches: writes and syncs of the
    // database and its WAL, once or from then on.
    void ioErrorsDuringFetch()
    {
        if (QByteArray(SATCHEL_FAULTY_VFS).isEmpty())
            QSKIP("satchel-faultyvfs was not built (sqlite3.h missing: install libsqlite3-dev)");
        const QString user = QStringLiteral("io");
        const QString p = profile(user);
        QCOMPARE(addAccount(p, user).exitCode, 0);
        QList<QByteArray> delivered = deliver(user, "first", 10);

        // A run with the VFS counting only: how many writes and syncs a fetch makes.
        const QString countLog = m_dir.filePath(QStringLiteral("count.log"));
        const CliRun counting =
            runCli(p, {QStringLiteral("fetch")}, {}, faultEnvironment(0, "both", false, countLog));
        ++m_runs;
        QVERIFY2(counting.exitCode == 0, counting.err.constData());
        const QByteArray summary = readLog(countLog);
        QVERIFY2(summary.startsWith("ops "), "the fault VFS was not loaded into satchel-cli");
        const long long operations = summary.split(' ').value(1).toLongLong();
        QVERIFY(operations > 5);
        checkNothingLost(user, p, delivered, true);
        QCOMPARE(m_dovecot.messageCount(user), 0);

        // Fault points: every one of the first twelve operations (opening, the first writes of
        // the batch), then spread over the rest of a fetch and a little beyond.
        QList<long long> points;
        for (long long n = 1; n <= 12; ++n)
            points.append(n);
        for (int k = 1; k <= 16; ++k)
            points.append(12 + (operations + 8 - 12) * k / 16);
        struct Variant
        {
            const char *operations;
            bool sticky;
        };
        const Variant variants[] = {
            {"both", false}, {"both", true}, {"write", false}, {"sync", false}};
        int round = 0;
        int stopped = 0;
        QByteArray sample;
        for (const long long point : std::as_const(points)) {
            const Variant variant = variants[round % 4];
            const QByteArray tag = "round" + QByteArray::number(round++);
            delivered += deliver(user, tag, 6);
            const QString log = m_dir.filePath(QString::fromLatin1(tag) + QStringLiteral(".log"));
            const CliRun run =
                runCli(p, {QStringLiteral("fetch")}, {},
                       faultEnvironment(point, variant.operations, variant.sticky, log));
            ++m_runs;
            const QByteArray faults = readLog(log);
            const int injected = int(faults.count("fault "));
            m_faults += injected;
            const QByteArray what = tag + " at " + QByteArray::number(point) + ' '
                + variant.operations + (variant.sticky ? " sticky" : "") + ": exit "
                + QByteArray::number(run.exitCode) + '\n' + run.err + faults;
            // A fault either stops the fetch with the store's exit status and says why, or hit
            // something after the messages were safe (recording the deletions, a checkpoint).
            QVERIFY2(run.exitCode == 0 || run.exitCode == 6, what.constData());
            if (run.exitCode == 6) {
                ++stopped;
                QVERIFY2(injected > 0, what.constData());
                // The message itself names the cause (stderr also carries the store's log).
                const qsizetype at = run.err.indexOf("satchel-cli: io: ");
                QVERIFY2(
                    at >= 0
                        && run.err.mid(at, run.err.indexOf('\n', at) - at).contains("I/O error"),
                    what.constData());
                if (sample.isEmpty())
                    sample = run.err.mid(at, run.err.indexOf('\n', at) - at);
            }
            checkNothingLost(user, p, delivered, false);
        }

        qInfo("%lld writes and syncs in a 10-message fetch; %d fault runs, %d stopped with exit "
              "6, the others hit after the messages were safe or past the end. For example: %s",
              operations, int(points.size()), stopped, sample.constData());
        QVERIFY(stopped > 0);

        // The next normal run stores the rest: every message exactly once, the server empty.
        const CliRun recovered = runCli(p, {QStringLiteral("fetch")});
        ++m_runs;
        QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
        checkNothingLost(user, p, delivered, true);
        QCOMPARE(m_dovecot.messageCount(user), 0);
        QCOMPARE(stored(p).size(), delivered.size());
        QVERIFY(m_faults >= int(points.size()) / 2);
    }

    // Another process holds the archive's lock for longer than the busy timeout: the fetch
    // fails with a clear message and exit 6, deletes nothing, and works once the lock is gone.
    void lockedArchive_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("mode");
        QTest::newRow("write transaction") << QStringLiteral("locked") << QStringLiteral("write");
        QTest::newRow("exclusive locking mode")
            << QStringLiteral("exclusive") << QStringLiteral("exclusive");
    }

    void lockedArchive()
    {
        QFETCH(QString, user);
        QFETCH(QString, mode);
        const QString p = profile(user);
        QCOMPARE(addAccount(p, user).exitCode, 0);
        const QList<QByteArray> delivered = deliver(user, user.toUtf8(), 5);

        QProcess holder;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(lockHelperVariable),
                           QDir(p).filePath(Store::Database::databaseFileName()));
        environment.insert(QStringLiteral("SATCHEL_TEST_LOCK_MODE"), mode);
        holder.setProcessEnvironment(environment);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine(), QByteArray("locked\n"));

        const CliRun locked = runCli(p, {QStringLiteral("fetch")});
        ++m_runs;
        QVERIFY2(locked.exitCode == 6, locked.err.constData());
        QVERIFY2(locked.err.contains("the archive is locked by another program"),
                 locked.err.constData());
        QCOMPARE(m_dovecot.messageCount(user), 5);

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        checkNothingLost(user, p, delivered, false);
        QCOMPARE(stored(p).size(), 0);

        const CliRun after = runCli(p, {QStringLiteral("fetch")});
        ++m_runs;
        QVERIFY2(after.exitCode == 0, after.err.constData());
        checkNothingLost(user, p, delivered, true);
        QCOMPARE(m_dovecot.messageCount(user), 0);
    }

    // satchel-cli recover on a damaged archive whose account keeps mail on the server: the
    // ledger comes through, so the next fetch downloads only what was lost, and nothing twice.
    void recoverThenFetchStoresNothingTwice()
    {
        const QString user = QStringLiteral("recover");
        const QString p = profile(user);
        QCOMPARE(addAccount(p, user, QStringLiteral("--keep-on-server")).exitCode, 0);
        const QList<QByteArray> delivered = deliver(user, "kept", 300);
        const CliRun fetch = runCli(p, {QStringLiteral("fetch")});
        ++m_runs;
        QVERIFY2(fetch.exitCode == 0, fetch.err.constData());
        QCOMPARE(stored(p).size(), 300);

        const QString file = QDir(p).filePath(Store::Database::databaseFileName());
        {
            // Three leaf pages of raw messages (a lost ledger row cannot be rebuilt: see
            // Store::ArchiveRecovery), a third, half and three quarters into the file.
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            const QByteArray all = damaged.readAll();
            const qint64 pages = all.size() / 16384;
            int overwritten = 0;
            for (const qint64 from : {pages / 3, pages / 2, pages * 3 / 4}) {
                for (qint64 page = from; page < pages; ++page) {
                    const QByteArray bytes = all.mid(page * 16384, 16384);
                    if (bytes.at(0) == '\x0d' && bytes.contains("Message-ID:")
                        && !bytes.startsWith(QByteArray(16, '\x5a'))) {
                        QVERIFY(damaged.seek(page * 16384));
                        QCOMPARE(damaged.write(QByteArray(16384, '\x5a')), qint64(16384));
                        ++overwritten;
                        break;
                    }
                }
            }
            QCOMPARE(overwritten, 3);
        }
        const CliRun check = runCli(p, {QStringLiteral("check")});
        QCOMPARE(check.exitCode, 6);
        QVERIFY2(check.err.contains("satchel-cli recover"), check.err.constData());

        const CliRun recover = runCli(p, {QStringLiteral("recover")});
        QVERIFY2(recover.exitCode == 0, recover.err.constData());
        QVERIFY2(recover.out.contains("Recovered ")
                     && recover.out.contains("The damaged file is "
                                             "kept as "),
                 recover.out.constData());
        QVERIFY(!QDir(p).entryList({QStringLiteral("satchel.sqlite.damaged-*")}).isEmpty());
        QCOMPARE(runCli(p, {QStringLiteral("check")}).exitCode, 0);
        const int kept = int(stored(p).size());
        QVERIFY(kept > 0 && kept < 300);

        // The ledger rows of lost messages were dropped: those come back from the server.
        const CliRun again = runCli(p, {QStringLiteral("fetch")});
        ++m_runs;
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(
            again.out.contains(QByteArray("recover: ") + QByteArray::number(300 - kept) + " new"),
            again.out.constData());
        checkNothingLost(user, p, delivered, true);
        QCOMPARE(stored(p).size(), 300);
        QCOMPARE(m_dovecot.messageCount(user), 300);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(lockHelperVariable))
        return holdLock(argc, argv);
    QCoreApplication app(argc, argv);
    TestSqliteFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sqlitefaults.moc"
