#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clitestsupport.h"
#include "dovecotserver.h"
#include "maildircheck.h"
#include "store/messagestore.h"

// The exactly-once promise under crashes: satchel-cli fetch is SIGKILLed at random moments, again
// and again, while new mail keeps arriving. After every kill nothing delivered may be lost (it is
// stored or still on the server), nothing is stored twice, and what is stored is byte-identical.
// SATCHEL_CRASH_RUNS sets the number of kills per policy (default 30; try 500 for a long run).
class TestCliCrash final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_expected; // Message-ID → bytes RETR yields
    QRandomGenerator m_random {QRandomGenerator::global()->generate()};
    int m_serial = 0;

    void deliver(const QString &user, int count)
    {
        for (int i = 0; i < count; ++i) {
            const QByteArray id = "crash." + QByteArray::number(++m_serial) + "@example.test";
            QByteArray m = "From: a@example.test\nSubject: crash " + QByteArray::number(m_serial)
                + "\nMessage-ID: <" + id + ">\n\n";
            const int lines = 50 + int(m_random.bounded(3000));
            for (int l = 0; l < lines; ++l)
                m += (l % 17 == 0 ? ".dot line " : "body line ") + QByteArray::number(l) + '\n';
            QVERIFY(m_dovecot.deliver(user, m));
            m_expected.insert(id, DovecotServer::expectedOverPop3(m));
        }
    }

    QSet<QByteArray> onServer(const QString &user) const
    {
        const QList<QByteArray> ids = messageIdsInMaildir(m_dovecot.maildirPath(user));
        return QSet<QByteArray>(ids.cbegin(), ids.cend());
    }

    // Checks the store; returns the stored Message-IDs, failing on duplicates or changed bytes.
    bool stored(const QString &profile, QSet<QByteArray> &ids, QString &problem)
    {
        Store::MessageStore store;
        if (!store.open(profile)) {
            problem = store.errorString();
            return false;
        }
        for (const Store::Folder &folder : store.folders()) {
            for (const qint64 id : store.messageIds(folder.id)) {
                const QByteArray raw = *store.raw(id);
                const QByteArray mid = messageIdOf(raw);
                if (ids.contains(mid)) {
                    problem = QStringLiteral("stored twice: ") + QString::fromLatin1(mid);
                    return false;
                }
                if (m_expected.value(mid) != raw) {
                    problem = QStringLiteral("stored bytes differ: ") + QString::fromLatin1(mid);
                    return false;
                }
                ids.insert(mid);
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dovecot.addUser(QStringLiteral("crashkeep"), QStringLiteral("crashkeep-secret"));
        m_dovecot.addUser(QStringLiteral("crashgone"), QStringLiteral("crashgone-secret"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
    }

    void killAtRandomMoments_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("retention");
        QTest::newRow("keep on server")
            << QStringLiteral("crashkeep") << QStringLiteral("--keep-on-server");
        QTest::newRow("delete after download")
            << QStringLiteral("crashgone") << QStringLiteral("--delete-after-download");
    }

    void killAtRandomMoments()
    {
        QFETCH(QString, user);
        QFETCH(QString, retention);
        const QString profile = m_dir.filePath(user);
        const CliRun add = runCli(
            profile,
            {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"), user,
             QStringLiteral("--host"), QStringLiteral("localhost"), QStringLiteral("--port"),
             QString::number(m_dovecot.pop3sPort()), QStringLiteral("--security"),
             QStringLiteral("tls"), QStringLiteral("--user"), user, QStringLiteral("--ca-file"),
             m_dovecot.caCertificatePath(), QStringLiteral("--password-stdin"),
             QStringLiteral("--store-password-in-profile"), retention},
            user.toUtf8() + "-secret\n");
        QVERIFY2(add.exitCode == 0, add.err.constData());

        const int runs = qMax(1,
                              qEnvironmentVariableIntValue("SATCHEL_CRASH_RUNS")
                                  ? qEnvironmentVariableIntValue("SATCHEL_CRASH_RUNS")
                                  : 30);
        QSet<QByteArray> delivered;
        int killedMidway = 0;
        int storedDuringRuns = 0;
        int fullFetchMs = 300;
        for (int run = 0; run < runs; ++run) {
            const int before = m_serial;
            deliver(user, 10);
            for (int n = before + 1; n <= m_serial; ++n)
                delivered.insert("crash." + QByteArray::number(n) + "@example.test");

            QProcess fetch;
            fetch.setProcessEnvironment(cliEnvironment());
            QElapsedTimer timer;
            timer.start();
            fetch.start(QStringLiteral(SATCHEL_CLI_BINARY),
                        {QStringLiteral("--profile"), profile, QStringLiteral("fetch")});
            QVERIFY(fetch.waitForStarted());
            // Every sixth fetch runs to its end, which keeps the backlog small and measures how
            // long a whole fetch takes; the others die at a random moment within that time.
            if (run % 6 == 5) {
                QVERIFY(fetch.waitForFinished(60000));
                fullFetchMs = int(timer.elapsed());
            } else if (!fetch.waitForFinished(5 + int(m_random.bounded(quint32(fullFetchMs))))) {
                fetch.kill(); // SIGKILL
                ++killedMidway;
            }
            fetch.waitForFinished(10000);

            QSet<QByteArray> storedIds;
            QString problem;
            QVERIFY2(stored(profile, storedIds, problem),
                     qPrintable(QStringLiteral("run %1: ").arg(run) + problem));
            const QSet<QByteArray> server = onServer(user);
            for (const QByteArray &id : delivered) {
                QVERIFY2(
                    storedIds.contains(id) || server.contains(id),
                    qPrintable(
                        QStringLiteral("run %1: lost %2").arg(run).arg(QString::fromLatin1(id))));
            }
            if (retention == QLatin1String("--keep-on-server"))
                QCOMPARE(server.size(), delivered.size());
            storedDuringRuns = qMax(storedDuringRuns, int(storedIds.size()));
        }
        qInfo("%d runs, %d killed before they finished, %d of %lld messages stored by then", runs,
              killedMidway, storedDuringRuns, qlonglong(delivered.size()));
        // Most runs were killed, and messages got stored between kills.
        QVERIFY(killedMidway >= runs / 3);
        QVERIFY(storedDuringRuns > 0);

        // Left to finish, the next fetch stores everything exactly once.
        CliRun last;
        for (int attempt = 0; attempt < 5;
             ++attempt) { // the killed session may still hold the lock
            last = runCli(profile, {QStringLiteral("fetch")});
            if (last.exitCode == 0)
                break;
            QTest::qWait(500);
        }
        QVERIFY2(last.exitCode == 0, last.err.constData());
        QSet<QByteArray> storedIds;
        QString problem;
        QVERIFY2(stored(profile, storedIds, problem), qPrintable(problem));
        QCOMPARE(storedIds, delivered);
        if (retention == QLatin1String("--delete-after-download")) {
            QCOMPARE(runCli(profile, {QStringLiteral("fetch")}).exitCode, 0);
            QVERIFY(onServer(user).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_clicrash.moc"
