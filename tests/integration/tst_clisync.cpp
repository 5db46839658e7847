#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "clitestsupport.h"
#include "dovecotserver.h"
#include "maildircheck.h"
#include "mime/messageparser.h"
#include "store/mboxreader.h"
#include "store/messagestore.h"

namespace {

// Messages with what trips POP3 clients: dot lines, 8-bit text, long lines, CRLF and LF.
QByteArray makeMessage(const QByteArray &tag, int i, QRandomGenerator &random)
{
    QByteArray m = "From: Sender <sender@example.test>\nTo: user@example.test\nSubject: " + tag
        + ' ' + QByteArray::number(i) + " caf\xc3\xa9\nMessage-ID: <" + tag + '.'
        + QByteArray::number(i) + "@example.test>\nDate: Mon, 2 Nov 2026 10:00:00 +0000\n\n";
    const int lines = 5 + int(random.bounded(200));
    for (int l = 0; l < lines; ++l) {
        switch (random.bounded(6)) {
        case 0:
            m += ".leading dot\n";
            break;
        case 1:
            m += ".\n";
            break;
        case 2:
            m += QByteArray(int(random.bounded(900)), 'w') + '\n';
            break;
        default:
            m += "line " + QByteArray::number(l) + " of message " + QByteArray::number(i) + '\n';
        }
    }
    return m;
}

} // namespace

// satchel-cli end to end against a real Dovecot: accounts, fetch with every retention policy,
// exact bytes, no duplicates, exit codes, and import/export round trips.
class TestCliSync final : public QObject
{
    Q_OBJECT

private:
    DovecotServer m_dovecot;
    QTemporaryDir m_dir;
    QHash<QByteArray, QByteArray> m_expected; // Message-ID → bytes RETR yields
    QRandomGenerator m_random {4242};

    void deliver(const QString &user, const QByteArray &tag, int count)
    {
        for (int i = 0; i < count; ++i) {
            const QByteArray m = makeMessage(tag, i, m_random);
            QVERIFY(m_dovecot.deliver(user, m));
            m_expected.insert(messageIdOf(m), DovecotServer::expectedOverPop3(m));
        }
    }

    QString profile(const QString &name) const { return m_dir.filePath(name); }

    CliRun addAccount(const QString &profileDir, const QString &user, const QStringList &retention,
                      const QString &password = {})
    {
        QStringList args {
            QStringLiteral("account"),          QStringLiteral("add"),
            QStringLiteral("--name"),           user,
            QStringLiteral("--email"),          user + QStringLiteral("@example.test"),
            QStringLiteral("--host"),           QStringLiteral("localhost"),
            QStringLiteral("--port"),           QString::number(m_dovecot.pop3sPort()),
            QStringLiteral("--security"),       QStringLiteral("tls"),
            QStringLiteral("--user"),           user,
            QStringLiteral("--ca-file"),        m_dovecot.caCertificatePath(),
            QStringLiteral("--password-stdin"), QStringLiteral("--store-password-in-profile")};
        args += retention;
        return runCli(profileDir, args,
                      (password.isEmpty() ? user + QStringLiteral("-secret") : password).toUtf8()
                          + '\n');
    }

    // Every stored message of the profile, checked against what was delivered: byte-identical,
    // and each Message-ID at most once. Returns the Message-IDs.
    QList<QByteArray> storedIds(const QString &profileDir)
    {
        QList<QByteArray> ids;
        Store::MessageStore store;
        if (!store.open(profileDir)) {
            qWarning("%s", qPrintable(store.errorString()));
            return ids;
        }
        for (const Store::Folder &folder : store.folders()) {
            for (const qint64 id : store.messageIds(folder.id)) {
                const QByteArray raw = *store.raw(id);
                const QByteArray mid = messageIdOf(raw);
                if (m_expected.value(mid) != raw)
                    qWarning("message %s differs from what was delivered", mid.constData());
                else
                    ids.append(mid);
            }
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *user : {"keep", "gone", "days", "local", "full", "readonly", "left",
                                 "right", "big", "removed"})
            m_dovecot.addUser(QString::fromLatin1(user),
                              QString::fromLatin1(user) + QStringLiteral("-secret"));
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        deliver(QStringLiteral("keep"), "keep", 500);
        deliver(QStringLiteral("gone"), "gone", 40);
        deliver(QStringLiteral("days"), "days", 10);
        deliver(QStringLiteral("local"), "local", 5);
        deliver(QStringLiteral("removed"), "removed", 3);
    }

    // account remove keeps the Inbox's mail in Local Folders/NAME, or with --delete-mail deletes
    // it; the server is not touched either way.
    void accountRemoveKeepsOrDeletesTheMail_data()
    {
        QTest::addColumn<bool>("deleteMail");
        QTest::newRow("keep") << false;
        QTest::newRow("delete") << true;
    }

    void accountRemoveKeepsOrDeletesTheMail()
    {
        QFETCH(bool, deleteMail);
        const QString name = QStringLiteral("removed");
        const QString p =
            profile(deleteMail ? QStringLiteral("remove-delete") : QStringLiteral("remove-keep"));
        QCOMPARE(addAccount(p, name, {QStringLiteral("--keep-on-server")}).exitCode, 0);
        const CliRun fetch = runCli(p, {QStringLiteral("fetch")});
        QVERIFY2(fetch.exitCode == 0, fetch.err.constData());
        QCOMPARE(storedIds(p).size(), 3);
        QStringList args {QStringLiteral("account"), QStringLiteral("remove"), name};
        if (deleteMail)
            args.append(QStringLiteral("--delete-mail"));
        const CliRun remove = runCli(p, args);
        QVERIFY2(remove.exitCode == 0, remove.err.constData());
        const CliRun list = runCli(p, {QStringLiteral("account"), QStringLiteral("list")});
        QVERIFY(!list.out.contains(name.toUtf8()));
        const CliRun folders = runCli(p, {QStringLiteral("folders")});
        QCOMPARE(folders.out.contains("Local Folders/removed"), !deleteMail);
        QCOMPARE(storedIds(p).size(), deleteMail ? 0 : 3);
        QCOMPARE(m_dovecot.messageCount(name), 3);
        QCOMPARE(runCli(p, {QStringLiteral("account"), QStringLiteral("remove")}).exitCode, 2);
    }

    void fetch500KeepOnServerExactlyOnce()
    {
        const QString p = profile(QStringLiteral("keep"));
        const CliRun add =
            addAccount(p, QStringLiteral("keep"), {QStringLiteral("--keep-on-server")});
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY(add.err.contains("warning: the password is stored in the profile"));
        const CliRun fetch = runCli(p, {QStringLiteral("fetch"), QStringLiteral("--progress")});
        QVERIFY2(fetch.exitCode == 0, fetch.err.constData());
        QVERIFY2(fetch.out.contains("keep: 500 new, 0 deleted from the server"),
                 fetch.out.constData());
        QList<QByteArray> ids = storedIds(p);
        QCOMPARE(ids.size(), 500);
        QCOMPARE(QSet<QByteArray>(ids.begin(), ids.end()).size(), 500);
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("keep")), 500);

        const CliRun again = runCli(p, {QStringLiteral("fetch")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("keep: 0 new"), again.out.constData());
        QCOMPARE(storedIds(p).size(), 500);

        // list and show --raw agree with the store.
        const CliRun list = runCli(
            p, {QStringLiteral("list"), QStringLiteral("--folder"), QStringLiteral("keep/Inbox")});
        QCOMPARE(list.exitCode, 0);
        const QList<QByteArray> lines = list.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 500);
        const QByteArray firstId = lines.first().split('\t').first();
        const CliRun show = runCli(
            p, {QStringLiteral("show"), QString::fromLatin1(firstId), QStringLiteral("--raw")});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out, m_expected.value(messageIdOf(show.out)));
        const CliRun folders = runCli(p, {QStringLiteral("folders")});
        QVERIFY(folders.out.startsWith("keep/Inbox\t500\t500\tinbox\n"));

        // Every fetched message is in the search index as soon as the fetch has committed.
        const auto search = [&](const QStringList &args) {
            return runCli(p, QStringList {QStringLiteral("search")} + args);
        };
        QCOMPARE(search({QStringLiteral("--count"), QStringLiteral("cafe")}).out, "500\n");
        QCOMPARE(search({QStringLiteral("--count"), QStringLiteral("subject:\"keep 17\"")}).out,
                 "1\n");
        const CliRun page =
            search({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--limit"),
                    QStringLiteral("3"), QStringLiteral("in:keep/Inbox caf*")});
        QCOMPARE(page.exitCode, 0);
        QVERIFY2(page.out.contains("\"total\": 500"), page.out.constData());
        QCOMPARE(page.out.count("\"id\":"), 3);
        const CliRun unknown = search({QStringLiteral("in:nowhere")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("no folder"));
        const CliRun reindex = runCli(p, {QStringLiteral("reindex")});
        QCOMPARE(reindex.exitCode, 0);
        QCOMPARE(reindex.out, "Indexed 500 messages.\n"); // English plural forms (satchel_en.qm)
        QCOMPARE(search({QStringLiteral("--count"), QStringLiteral("cafe")}).out, "500\n");
    }

    void deleteAfterDownload()
    {
        const QString p = profile(QStringLiteral("gone"));
        QCOMPARE(addAccount(p, QStringLiteral("gone"), {QStringLiteral("--delete-after-download")})
                     .exitCode,
                 0);
        const CliRun fetch = runCli(p, {QStringLiteral("fetch"), QStringLiteral("gone")});
        QVERIFY2(fetch.exitCode == 0, fetch.err.constData());
        QVERIFY2(fetch.out.contains("gone: 40 new, 40 deleted from the server"),
                 fetch.out.constData());
        QCOMPARE(storedIds(p).size(), 40);
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("gone")), 0);
    }

    void leaveOnServerForDays()
    {
        const QString p = profile(QStringLiteral("days"));
        QCOMPARE(addAccount(p, QStringLiteral("days"),
                            {QStringLiteral("--leave-on-server-days"), QStringLiteral("7")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(p, {QStringLiteral("fetch")}).exitCode, 0);
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("days")), 10);
        QProcessEnvironment sixDays = cliEnvironment();
        sixDays.insert(QStringLiteral("SATCHEL_TEST_CLOCK_OFFSET_DAYS"), QStringLiteral("6"));
        QCOMPARE(runCli(p, {QStringLiteral("fetch")}, {}, sixDays).exitCode, 0);
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("days")), 10);
        QProcessEnvironment eightDays = cliEnvironment();
        eightDays.insert(QStringLiteral("SATCHEL_TEST_CLOCK_OFFSET_DAYS"), QStringLiteral("8"));
        const CliRun late = runCli(p, {QStringLiteral("fetch")}, {}, eightDays);
        QVERIFY2(late.out.contains("days: 0 new, 10 deleted from the server"),
                 late.out.constData());
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("days")), 0);
        QCOMPARE(storedIds(p).size(), 10); // still here
        // The next check prunes the ledger rows of UIDLs gone from the server.
        QCOMPARE(runCli(p, {QStringLiteral("fetch")}, {}, eightDays).exitCode, 0);
        Store::MessageStore store;
        QVERIFY(store.open(p));
        QVERIFY(store.ledger(store.account(QStringLiteral("days"))->id).isEmpty());
    }

    void deleteWhenDeletedLocally()
    {
        const QString p = profile(QStringLiteral("local"));
        QCOMPARE(addAccount(p, QStringLiteral("local"),
                            {QStringLiteral("--keep-on-server"),
                             QStringLiteral("--delete-when-deleted-locally")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(p, {QStringLiteral("fetch")}).exitCode, 0);
        const QByteArray id = runCli(p, {QStringLiteral("list")}).out.split('\t').first();
        QVERIFY(runCli(p, {QStringLiteral("delete"), QString::fromLatin1(id)})
                    .out.contains("moved to Trash"));
        QCOMPARE(runCli(p, {QStringLiteral("fetch")}).exitCode, 0);
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("local")),
                 5); // in Trash: still on the server
        QVERIFY(
            runCli(p, {QStringLiteral("delete"), QString::fromLatin1(id)}).out.contains("deleted"));
        const CliRun fetch = runCli(p, {QStringLiteral("fetch")});
        QVERIFY2(fetch.out.contains("local: 0 new, 1 deleted from the server"),
                 fetch.out.constData());
        QCOMPARE(m_dovecot.messageCount(QStringLiteral("local")), 4);
    }

    // The store refuses a write in the middle of a delete-after-download fetch (as on a full
    // disk; simulated with a trigger, since CI runs as root where permissions do not stop SQLite).
    // The fetch stops with a store error; the uncommitted batch is rolled back and nothing was
    // deleted on the server; the next fetch completes without duplicates.
    void storeFailureSendsNoDele()
    {
        const QString user = QStringLiteral("full");
        const QString p = profile(user);
        deliver(user, "full", 12);
        QCOMPARE(addAccount(p, user, {QStringLiteral("--delete-after-download")}).exitCode, 0);
        {
            Store::MessageStore store;
            QVERIFY(store.open(p));
            QSqlQuery q(store.database().handle());
            QVERIFY(
                q.exec(QStringLiteral("CREATE TRIGGER disk_full BEFORE INSERT ON messages WHEN"
                                      " (SELECT COUNT(*) FROM messages) >= 5 BEGIN"
                                      " SELECT RAISE(ABORT, 'database or disk is full'); END")));
        }
        const CliRun failed = runCli(p, {QStringLiteral("fetch")});
        QCOMPARE(failed.exitCode, 6);
        QVERIFY2(failed.err.contains("could not be saved"), failed.err.constData());
        QCOMPARE(storedIds(p).size(), 0); // the group commit never happened
        QCOMPARE(m_dovecot.messageCount(user), 12); // the session ended without QUIT
        {
            Store::MessageStore store;
            QVERIFY(store.open(p));
            QSqlQuery q(store.database().handle());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER disk_full")));
        }
        const CliRun recovered = runCli(p, {QStringLiteral("fetch")});
        QVERIFY2(recovered.exitCode == 0, recovered.err.constData());
        QVERIFY2(recovered.out.contains("full: 12 new, 12 deleted from the server"),
                 recovered.out.constData());
        const QList<QByteArray> ids = storedIds(p);
        QCOMPARE(QSet<QByteArray>(ids.begin(), ids.end()).size(), 12);
        QCOMPARE(ids.size(), 12);
        QCOMPARE(m_dovecot.messageCount(user), 0);
    }

    // A profile on a read-only file system (a read-only bind mount in a private mount
    // namespace): the fetch fails with a store error before anything is deleted, and works
    // again once the profile is writable.
    void readOnlyProfileSendsNoDele()
    {
        const QString user = QStringLiteral("readonly");
        const QString p = profile(user);
        QCOMPARE(addAccount(p, user, {QStringLiteral("--delete-after-download")}).exitCode, 0);
        deliver(user, "readonly", 5);
        QProcess probe;
        probe.start(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("true")});
        if (!probe.waitForFinished(10000) || probe.exitCode() != 0)
            QSKIP("no private mount namespace here (unshare -m needs root)");
        const QString script = QStringLiteral(
            "mount --bind -o ro \"$1\" \"$1\" && exec \"$2\" --profile \"$1\" fetch");
        QProcess fetch;
        fetch.setProcessEnvironment(cliEnvironment());
        fetch.start(QStringLiteral("unshare"),
                    {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                     QStringLiteral("sh"), p, QStringLiteral(SATCHEL_CLI_BINARY)});
        QVERIFY(fetch.waitForFinished(60000));
        const QByteArray err = fetch.readAllStandardError();
        QCOMPARE(fetch.exitCode(), 6);
        QVERIFY2(err.contains("satchel-cli: "), err.constData());
        QCOMPARE(m_dovecot.messageCount(user), 5);
        QCOMPARE(storedIds(p).size(), 0);
        const CliRun writable = runCli(p, {QStringLiteral("fetch")});
        QVERIFY2(writable.out.contains("readonly: 5 new, 5 deleted from the server"),
                 writable.out.constData());
        QCOMPARE(m_dovecot.messageCount(user), 0);
    }

    // Two accounts fetched at the same time into one profile do not get in each other's way.
    void concurrentAccounts()
    {
        const QString p = profile(QStringLiteral("both"));
        QCOMPARE(
            addAccount(p, QStringLiteral("left"), {QStringLiteral("--keep-on-server")}).exitCode,
            0);
        QCOMPARE(
            addAccount(p, QStringLiteral("right"), {QStringLiteral("--keep-on-server")}).exitCode,
            0);
        deliver(QStringLiteral("left"), "left", 150);
        deliver(QStringLiteral("right"), "right", 150);
        QProcess a;
        QProcess b;
        for (QProcess *process : {&a, &b}) {
            process->setProcessEnvironment(cliEnvironment());
            process->start(QStringLiteral(SATCHEL_CLI_BINARY),
                           {QStringLiteral("--profile"), p, QStringLiteral("fetch"),
                            process == &a ? QStringLiteral("left") : QStringLiteral("right")});
        }
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
        QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        QCOMPARE(storedIds(p).size(), 300);
    }

    // Over the size limit only the headers come down (TOP n 0); fetch-rest gets the whole
    // message later, in place, and later fetches neither repeat nor delete it.
    void sizeLimitAndFetchRest()
    {
        const QString user = QStringLiteral("big");
        const QString p = profile(user);
        QCOMPARE(addAccount(p, user,
                            {QStringLiteral("--keep-on-server"), QStringLiteral("--size-limit"),
                             QStringLiteral("4")})
                     .exitCode,
                 0);
        QByteArray small =
            "From: s@example.test\nSubject: small\nMessage-ID: <small@example.test>\n\nhi\n";
        QByteArray large =
            "From: l@example.test\nSubject: large\nMessage-ID: <large@example.test>\n\n"
            + QByteArray(20000, 'x') + "\n";
        for (const QByteArray &m : {small, large}) {
            QVERIFY(m_dovecot.deliver(user, m));
            m_expected.insert(messageIdOf(m), DovecotServer::expectedOverPop3(m));
        }
        QCOMPARE(runCli(p, {QStringLiteral("fetch")}).exitCode, 0);
        const QList<QByteArray> lines =
            runCli(p, {QStringLiteral("list")}).out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QByteArray largeId;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.at(4) == "large") {
                largeId = fields.at(0);
                QCOMPARE(fields.at(5), QByteArray("---H"));
            } else {
                QCOMPARE(fields.at(5), QByteArray("----"));
            }
        }
        const QByteArray headers =
            runCli(p,
                   {QStringLiteral("show"), QString::fromLatin1(largeId), QStringLiteral("--raw")})
                .out;
        QVERIFY(headers.startsWith("From: l@example.test"));
        QVERIFY(!headers.contains("xxxx"));
        QVERIFY(runCli(p, {QStringLiteral("fetch")}).out.contains("big: 0 new"));

        const CliRun rest = runCli(p, {QStringLiteral("fetch-rest"), QString::fromLatin1(largeId)});
        QVERIFY2(rest.exitCode == 0, rest.err.constData());
        const QByteArray whole =
            runCli(p,
                   {QStringLiteral("show"), QString::fromLatin1(largeId), QStringLiteral("--raw")})
                .out;
        QCOMPARE(whole, m_expected.value("large@example.test"));
        QVERIFY(runCli(p, {QStringLiteral("list")}).out.contains("\t----\t"));
        QCOMPARE(runCli(p, {QStringLiteral("fetch-rest"), QString::fromLatin1(largeId)}).exitCode,
                 2); // already complete
        QVERIFY(runCli(p, {QStringLiteral("fetch")}).out.contains("big: 0 new, 0 deleted"));
        QCOMPARE(m_dovecot.messageCount(user), 2);
    }

    void exitCodes()
    {
        const QString p = profile(QStringLiteral("codes"));
        QCOMPARE(addAccount(p, QStringLiteral("keep"), {}, QStringLiteral("wrong")).exitCode, 0);
        const CliRun auth = runCli(p, {QStringLiteral("fetch")});
        QCOMPARE(auth.exitCode, 4);
        QVERIFY2(auth.err.contains("satchel-cli: keep: The server did not accept"),
                 auth.err.constData());

        const QString noCa = profile(QStringLiteral("noca"));
        QCOMPARE(runCli(noCa,
                        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("localhost"),
                         QStringLiteral("--port"), QString::number(m_dovecot.pop3sPort()),
                         QStringLiteral("--security"), QStringLiteral("tls"),
                         QStringLiteral("--user"), QStringLiteral("keep")})
                     .exitCode,
                 0);
        QCOMPARE(runCli(noCa, {QStringLiteral("fetch"), QStringLiteral("--password-stdin")},
                        "keep-secret\n")
                     .exitCode,
                 5);

        const QString refused = profile(QStringLiteral("refused"));
        QCOMPARE(
            runCli(refused,
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("x"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--security"),
                    QStringLiteral("tls"), QStringLiteral("--user"), QStringLiteral("u")})
                .exitCode,
            0);
        QCOMPARE(
            runCli(refused, {QStringLiteral("fetch"), QStringLiteral("--password-stdin")}, "pw\n")
                .exitCode,
            3);

        QCOMPARE(runCli(p, {QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli(p, {QStringLiteral("show"), QStringLiteral("99999")}).exitCode, 2);
        QCOMPARE(runCli(p, {QStringLiteral("fetch"), QStringLiteral("nobody")}).exitCode, 2);
        const CliRun noPassword = runCli(p, {QStringLiteral("fetch")}, {}, cliEnvironment());
        Q_UNUSED(noPassword);

        // A profile that cannot be opened is a store error.
        QFile notADatabase(profile(QStringLiteral("broken")) + QStringLiteral("/satchel.sqlite"));
        QVERIFY(QDir().mkpath(profile(QStringLiteral("broken"))));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        QCOMPARE(runCli(profile(QStringLiteral("broken")), {QStringLiteral("folders")}).exitCode,
                 6);
    }

    void importExportRoundTrip()
    {
        const QString p = profile(QStringLiteral("keep"));
        const QString mbox1 = m_dir.filePath(QStringLiteral("out1.mbox"));
        const QString mbox2 = m_dir.filePath(QStringLiteral("out2.mbox"));
        QCOMPARE(runCli(p,
                        {QStringLiteral("export"), QStringLiteral("--folder"),
                         QStringLiteral("keep/Inbox"), QStringLiteral("--mbox"), mbox1})
                     .exitCode,
                 0);
        const CliRun import = runCli(p,
                                     {QStringLiteral("import"), QStringLiteral("--folder"),
                                      QStringLiteral("Copied"), QStringLiteral("--mbox"), mbox1});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QVERIFY(import.out.contains("500 messages imported"));
        QCOMPARE(runCli(p,
                        {QStringLiteral("export"), QStringLiteral("--folder"),
                         QStringLiteral("Local Folders/Copied"), QStringLiteral("--mbox"), mbox2})
                     .exitCode,
                 0);
        QFile a(mbox1);
        QFile b(mbox2);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());
        QCOMPARE(runCli(p,
                        {QStringLiteral("export"), QStringLiteral("--folder"),
                         QStringLiteral("keep/Inbox"), QStringLiteral("--mbox"), mbox1})
                     .exitCode,
                 6); // never overwrites

        const QString emlDir = m_dir.filePath(QStringLiteral("eml"));
        QCOMPARE(runCli(p,
                        {QStringLiteral("export"), QStringLiteral("--folder"),
                         QStringLiteral("keep/Inbox"), QStringLiteral("--eml-dir"), emlDir})
                     .exitCode,
                 0);
        QCOMPARE(QDir(emlDir).entryList(QDir::Files).size(), 500);
        const QString one = QDir(emlDir).filePath(QDir(emlDir).entryList(QDir::Files).first());
        QCOMPARE(runCli(p,
                        {QStringLiteral("import"), QStringLiteral("--folder"),
                         QStringLiteral("Single"), QStringLiteral("--eml"), one})
                     .exitCode,
                 0);
        const CliRun folders = runCli(p, {QStringLiteral("folders")});
        QVERIFY2(folders.out.contains("Local Folders/Single\t1\t"), folders.out.constData());
    }

    // satchel-cli check on a copy of the 500-message profile: ok, then, with pages overwritten,
    // the problems and exit status 6.
    void checkFindsDamage()
    {
        const QString source = profile(QStringLiteral("keep"));
        const QString copy = profile(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(copy));
        const QString file = QStringLiteral("/satchel.sqlite");
        QVERIFY(QFile::copy(source + file, copy + file));
        const CliRun sound = runCli(copy, {QStringLiteral("check")});
        QCOMPARE(sound.exitCode, 0);
        QCOMPARE(sound.out.trimmed(), QByteArray("ok"));
        {
            QFile damaged(copy + file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            const qint64 pages = damaged.size() / 4096;
            for (qint64 page = pages / 2; page < pages / 2 + 8; ++page) {
                QVERIFY(damaged.seek(page * 4096));
                QCOMPARE(damaged.write(QByteArray(4096, '\x5a')), qint64(4096));
            }
        }
        const CliRun broken = runCli(copy, {QStringLiteral("check")});
        QCOMPARE(broken.exitCode, 6);
        QVERIFY2(!broken.out.trimmed().isEmpty(), broken.err.constData());
        QVERIFY2(broken.err.contains("the archive is damaged"), broken.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
