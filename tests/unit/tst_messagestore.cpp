#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "mime/messageparser.h"
#include "store/checkpointer.h"
#include "store/messagestore.h"
#include "store/rawblob.h"

using namespace Store;
using namespace Qt::StringLiterals;

namespace {

const QDateTime received = QDateTime::fromSecsSinceEpoch(1763800000, Qt::UTC);

QByteArray mail(const QByteArray &subject)
{
    return "From: Ann <ann@example.test>\r\nTo: bob@example.test\r\nSubject: " + subject
        + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\n\r\nHello " + subject + "\r\n";
}

Account sampleAccount(const QString &name = QStringLiteral("alice"))
{
    Account a;
    a.name = name;
    a.email = name + QStringLiteral("@example.test");
    a.host = QStringLiteral("pop.example.test");
    a.user = name;
    a.retention.mode = Sync::RetentionMode::KeepForDays;
    a.retention.keepDays = 7;
    return a;
}

} // namespace

// The SQLite archive: schema and migrations, accounts, folders, messages and the ledger.
class TestMessageStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileIsPrivateAndWal()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        MessageStore store;
        QVERIFY2(store.open(profile), qPrintable(store.errorString()));
        QCOMPARE(QFileInfo(profile).permissions() & 0x0077, QFile::Permissions());
        const QFileInfo db(profile + QStringLiteral("/satchel.sqlite"));
        QCOMPARE(
            db.permissions()
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        QSqlQuery q(store.database().handle());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QCOMPARE(store.database().userVersion(), Database::SchemaVersion);
    }

    // A database at each earlier schema version opens and is migrated forward, keeping its data.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::SchemaVersion; ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        {
            Database old;
            QVERIFY2(old.createAt(dir.filePath(Database::databaseFileName()), from),
                     qPrintable(old.errorString()));
            QCOMPARE(old.userVersion(), from);
            if (from >= 1) { // data written by that version must survive
                QSqlQuery q(old.handle());
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO accounts (name, host, port, security, user) VALUES"
                                   " ('old', 'pop.example.test', 995, 'tls', 'old')")));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO folders (account_id, name, role) VALUES (1, 'Inbox', 'inbox')")));
                if (from >= 3) { // the raw bytes have a table of their own
                    QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO messages (folder_id, account_id, size, date, received_at)"
                        " VALUES (1, 1, 2, 0, 0)")));
                    QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO message_raw (message_id, raw) VALUES (1, x'4142')")));
                } else {
                    QVERIFY(q.exec(QStringLiteral(
                        "INSERT INTO messages (folder_id, account_id, raw, size, date, received_at)"
                        " VALUES (1, 1, x'4142', 2, 0, 0)")));
                }
            }
        }
        MessageStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
        QCOMPARE(store.database().userVersion(), Database::SchemaVersion);
        { // version 5: the index merges sixteen segments at a time
            QSqlQuery q(store.database().handle());
            QVERIFY(q.exec(QStringLiteral("SELECT v FROM search_fts_config WHERE k = 'automerge'"))
                    && q.next());
            QCOMPARE(q.value(0).toInt(), 16);
        }
        if (from >= 1) {
            QCOMPARE(store.accounts().size(), 1);
            QCOMPARE(store.raw(1), std::optional<QByteArray>("AB"));
        }
        // The current schema works: a retrieved message gets a ledger row.
        const qint64 account = from >= 1 ? 1 : *store.addAccount(sampleAccount());
        const QByteArray raw = mail("after migration");
        QVERIFY(
            store.storeRetrieved(account, "u1", raw, Mime::parseMessage(raw, received), received));
        QCOMPARE(store.ledger(account).size(), 1);
    }

    // Before version 4 an account had one pinned digest; it becomes a pin for the account's
    // host and port. An account without one gets no pin.
    void migratesThePinnedDigest_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < 4; ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratesThePinnedDigest()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QByteArray digest = QByteArray(32, '\x5a');
        {
            Database old;
            QVERIFY2(old.createAt(dir.filePath(Database::databaseFileName()), from),
                     qPrintable(old.errorString()));
            QSqlQuery q(old.handle());
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO accounts (name, host, port, security, user, pinned_sha256) VALUES"
                " ('pinned', 'pop.example.test', 1995, 'tls', 'old', ?)")));
            q.addBindValue(digest);
            QVERIFY(q.exec());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO accounts (name, host, port, security, user)"
                                      " VALUES ('plain', 'pop.example.test', 995, 'tls', 'p')")));
        }
        MessageStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
        const std::optional<Account> pinned = store.account(QStringLiteral("pinned"));
        QVERIFY(pinned);
        QCOMPARE(pinned->pins.size(), 1);
        const CertificatePin &pin = pinned->pins.first();
        QCOMPARE(pin.host, QStringLiteral("pop.example.test"));
        QCOMPARE(pin.port, quint16(1995));
        QCOMPARE(pin.sha256, digest);
        QVERIFY(!pin.acceptedAt.isValid()); // not known
        QVERIFY(store.account(QStringLiteral("plain"))->pins.isEmpty());
    }

    void pinsAreStoredWithTheAccount()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        Account a = sampleAccount();
        CertificatePin pin;
        pin.host = a.host;
        pin.port = 995;
        pin.sha256 = QByteArray(32, '\x01');
        pin.subject = QStringLiteral("pop.example.test");
        pin.issuer = QStringLiteral("Example CA");
        pin.notBefore = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        pin.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        pin.acceptedAt = received;
        CertificatePin other = pin;
        other.port = 110;
        other.sha256 = QByteArray(32, '\x02');
        other.subject.clear();
        other.notBefore = {};
        a.pins = {pin, other};
        const std::optional<qint64> id = store.addAccount(a);
        QVERIFY(id);
        QVERIFY(store.addAccount(sampleAccount(QStringLiteral("bob"))));

        std::optional<Account> loaded = store.account(QStringLiteral("alice"));
        QVERIFY(loaded);
        QCOMPARE(loaded->pins.size(), 2);
        const CertificatePin &first = loaded->pins.at(0); // ordered by host and port
        QCOMPARE(first.port, quint16(110));
        QCOMPARE(first.sha256, other.sha256);
        QCOMPARE(first.subject, QString());
        QVERIFY(!first.notBefore.isValid());
        const CertificatePin &second = loaded->pins.at(1);
        QCOMPARE(second.host, pin.host);
        QCOMPARE(second.port, pin.port);
        QCOMPARE(second.sha256, pin.sha256);
        QCOMPARE(second.subject, pin.subject);
        QCOMPARE(second.issuer, pin.issuer);
        QCOMPARE(second.notBefore, pin.notBefore);
        QCOMPARE(second.notAfter, pin.notAfter);
        QCOMPARE(second.acceptedAt, pin.acceptedAt);
        QVERIFY(store.account(QStringLiteral("bob"))->pins.isEmpty());

        // setPins replaces all of them, and refuses two pins for one server as a whole.
        QVERIFY(store.setPins(*id, {other}));
        QCOMPARE(store.account(QStringLiteral("alice"))->pins.size(), 1);
        QVERIFY(!store.setPins(*id, {pin, pin}));
        QCOMPARE(store.account(QStringLiteral("alice"))->pins.size(), 1);
        QCOMPARE(store.account(QStringLiteral("alice"))->pins.first().port, quint16(110));
        QVERIFY(store.setPins(*id, {}));
        QVERIFY(store.account(QStringLiteral("alice"))->pins.isEmpty());

        // Pins go with their account.
        QVERIFY(store.setPins(*id, {pin}));
        QSqlQuery q(store.database().handle());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM accounts WHERE name = 'alice'")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM certificate_pins")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        {
            MessageStore store;
            QVERIFY(store.open(dir.path()));
            QSqlQuery q(store.database().handle());
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::SchemaVersion + 1)));
        }
        MessageStore newer;
        QVERIFY(!newer.open(dir.path()));
        QVERIFY(newer.errorString().contains(QStringLiteral("newer version")));
    }

    void accountsAndFolders()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const auto id = store.addAccount(sampleAccount());
        QVERIFY(id);
        QVERIFY(!store.addAccount(sampleAccount())); // names are unique
        const auto a = store.account(QStringLiteral("alice"));
        QVERIFY(a);
        QCOMPARE(a->retention.keepDays, 7);
        QCOMPARE(a->retention.mode, Sync::RetentionMode::KeepForDays);
        QStringList paths;
        for (const Folder &f : store.folders())
            paths.append(f.path);
        QCOMPARE(paths,
                 (QStringList {QStringLiteral("alice/Inbox"), QStringLiteral("Local Folders"),
                               QStringLiteral("Local Folders/Archive"),
                               QStringLiteral("Local Folders/Trash")}));
        QVERIFY(store.localFolder(QStringLiteral("Projects"), true));
        QVERIFY(store.folderByPath(QStringLiteral("Local Folders/Projects")));
        QVERIFY(!store.localFolder(QStringLiteral("a/b"), true));
        QVERIFY(!store.localFolder(QStringLiteral("Missing"), false));
    }

    void storeRetrievedWritesMessageAndLedgerTogether()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 account = *store.addAccount(sampleAccount());
        const QByteArray raw = mail("one");
        const auto id = store.storeRetrieved(account, "uid-1", raw,
                                             Mime::parseMessage(raw, received), received);
        QVERIFY(id);
        QCOMPARE(store.raw(*id), std::optional<QByteArray>(raw));
        const auto summary = store.message(*id);
        QCOMPARE(summary->subject, QStringLiteral("one"));
        QCOMPARE(summary->from, QStringLiteral("Ann <ann@example.test>"));
        QCOMPARE(summary->folderId, *store.inboxOf(account));
        QCOMPARE(summary->preview, QStringLiteral("Hello one"));
        const auto ledger = store.ledger(account);
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.value("uid-1").firstSeen, received);

        // A failing ledger write rolls the message back too: nothing half-stored.
        QSqlQuery q(store.database().handle());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER no_ledger BEFORE INSERT ON ledger BEGIN "
                                      "SELECT RAISE(ABORT, 'disk full (simulated)'); END")));
        const QByteArray raw2 = mail("two");
        QVERIFY(!store.storeRetrieved(account, "uid-2", raw2, Mime::parseMessage(raw2, received),
                                      received));
        QVERIFY(store.errorString().contains(QStringLiteral("simulated")));
        QCOMPARE(store.messageCount(), 1);
        QCOMPARE(store.ledger(account).size(), 1);
    }

    // Above RawBlob::ChunkBytes the bytes go in through incremental blob I/O, in pieces (the last
    // one short), for a new message and for "download the rest" of a headers-only one.
    void largeMessagesAreWrittenInChunks()
    {
        QTemporaryDir dir;
        MessageStore store;
        QVERIFY(store.open(dir.path()));
        const qint64 account = *store.addAccount(sampleAccount());
        QByteArray body;
        for (int i = 0; body.size() < 3 * RawBlob::ChunkBytes + 5; ++i)
            body += QByteArray::number(i * 7919) + " line of a large letter\r\n";
        const QByteArray raw = mail("large") + body;
        const auto id =
            store.storeRetrieved(account, "big", raw, Mime::parseMessage(raw, received), received);
        QVERIFY(id);
        QCOMPARE(store.raw(*id), std::optional<QByteArray>(raw));

        const QByteArray headers = mail("partial").split('\n').first() + "\r\n\r\n";
        const auto partial = store.storeRetrieved(
            account, "part", headers, Mime::parseMessage(headers, received), received, true);
        QVERIFY(partial);
        const QByteArray full = mail("partial") + body + "the end\r\n";
        QVERIFY(store.completeMessage(*partial, full, Mime::parseMessage(full, received)));
        QCOMPARE(store.raw(*partial), std::optional<QByteArray>(full));
        QCOMPARE(store.message(*partial)->size, full.size());
        QCOMPARE(store.raw(*id), std::optional<QByteArray>(raw));
        QVERIFY(!store.raw(*partial + 100));
        QVERIFY(store.database().quickCheck().isEmpty());
    }

    // Two checks of one account at once (the GUI and satchel-cli): both planned to retrieve the
    // same UIDL; the second store finds the first one's ledger row and stores nothing.
    void secondStoreOfAUidlStoresNothing()
    {
        QTemporaryDir dir;
        MessageStore first;
        MessageStore second;
        QVERIFY(first.open(dir.path()) && second.open(dir.path()));
        const qint64 account = *first.addAccount(sampleAccount());
        const QByteArray raw = mail("twice");
        const auto a =
            first.storeRetrieved(account, "same", raw, Mime::parseMessage(raw, received), received);
        const auto b = second.storeRetrieved(account, "same", raw,
                                             Mime::parseMessage(raw, received), received);
        QVERIFY(a && b);
        QCOMPARE(*b, *a);
        QCOMPARE(first.messageCount(), 1);
    }

    // The store keeps its hot statements prepared; a SELECT among them left open would pin the
    // connection's snapshot, and its next write after another connection's commit would fail.
    void preparedStatementsDoNotPinASnapshot()
    {
        QTemporaryDir dir;
        MessageStore first;
        MessageStore second;
        QVERIFY(first.open(dir.path()) && second.open(dir.path()));
        const qint64 account = *first.addAccount(sampleAccount());
        // Each store reads (the Inbox, the ledger), then the other one commits, then it writes.
        for (int round = 0; round < 3; ++round) {
            for (MessageStore *store : {&first, &second}) {
                const QByteArray uidl = QByteArray::number(round) + (store == &first ? "a" : "b");
                const QByteArray raw = mail(uidl);
                QVERIFY2(store->storeRetrieved(account, uidl, raw,
                                               Mime::parseMessage(raw, received), received),
                         qPrintable(store->errorString()));
            }
            for (MessageStore *store : {&first, &second}) {
                const QByteArray raw = mail("imported");
                QVERIFY2(store->importMessage(*store->trashFolder(), raw,
                                              Mime::parseMessage(raw, received), received, {}),
                         qPrintable(store->errorString()));
            }
        }
        QCOMPARE(second.messageCount(), 12);
    }

    // With the store's own checkpoints off, committed pages stay in the write-ahead log; the
    // checkpoint thread copies them into the file while the store keeps its connection open.
    void checkpointerCopiesTheLogIntoTheFile()
    {
        QTemporaryDir dir;
        MessageStore store;
        QVERIFY(store.open(dir.path()));
        const QString file = QDir(dir.path()).filePath(Database::databaseFileName());
        QVERIFY(store.setAutoCheckpoint(false));
        const qint64 account = *store.addAccount(sampleAccount());
        const auto storeBatch = [&](int first) {
            QVERIFY(store.beginBatch());
            for (int i = first; i < first + 50; ++i) {
                const QByteArray uidl = "c" + QByteArray::number(i);
                const QByteArray raw = mail(uidl) + QByteArray(40000, 'x') + "\r\n";
                QVERIFY(store.storeRetrieved(account, uidl, raw, Mime::parseMessage(raw, received),
                                             received));
            }
            QVERIFY(store.commitBatch());
        };
        storeBatch(0);
        const qint64 before = QFileInfo(file).size();
        QVERIFY2(before < 1000000, qPrintable(QString::number(before))); // all in the log
        {
            Checkpointer checkpointer(file);
            QVERIFY(checkpointer.start());
            storeBatch(50);
            checkpointer.poke();
        } // the last checkpoint runs before the thread ends
        const qint64 after = QFileInfo(file).size();
        QVERIFY2(after > 4000000, qPrintable(QString::number(after))); // 100 × 40 KB copied
        QCOMPARE(store.messageCount(), 100);
    }

    void deleteGoesToTrashThenMarksTheLedger()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 account = *store.addAccount(sampleAccount());
        const QByteArray raw = mail("gone");
        const qint64 id = *store.storeRetrieved(account, "uid-9", raw,
                                                Mime::parseMessage(raw, received), received);
        QVERIFY(store.deleteMessage(id));
        QCOMPARE(store.message(id)->folderId, *store.trashFolder());
        QVERIFY(!store.ledger(account).value("uid-9").deletedLocally);
        QVERIFY(store.deleteMessage(id)); // from Trash: for good
        QVERIFY(!store.message(id));
        QVERIFY(store.ledger(account).value("uid-9").deletedLocally);
        QVERIFY(!store.deleteMessage(id));
    }

    void serverDeletionsAndPruning()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 account = *store.addAccount(sampleAccount());
        for (const QByteArray uidl : {"a", "b", "c"}) {
            const QByteArray raw = mail(uidl);
            QVERIFY(store.storeRetrieved(account, uidl, raw, Mime::parseMessage(raw, received),
                                         received));
        }
        QVERIFY(store.recordServerDeletions(account, {"a"}));
        QVERIFY(
            store.ledger(account).contains("a")); // kept until the UIDL is gone from the listing
        QVERIFY(store.pruneLedger(account, {"a", "b"}));
        QCOMPARE(store.ledger(account).keys(), QList<QByteArray> {"c"});
        QCOMPARE(store.messageCount(), 3); // the mail itself stays
    }

    void removingAnAccountKeepsItsMail()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 account = *store.addAccount(sampleAccount());
        const QByteArray raw = mail("keep");
        const qint64 id =
            *store.storeRetrieved(account, "k", raw, Mime::parseMessage(raw, received), received);
        QVERIFY(store.removeAccount(QStringLiteral("alice")));
        QVERIFY(store.accounts().isEmpty());
        QCOMPARE(store.message(id)->folderId, *store.localFolder(QStringLiteral("alice"), false));
        QCOMPARE(store.raw(id), std::optional<QByteArray>(raw));
    }

    // An opted-in password lives in passwords.json (0600), never in the SQLite files; profiles
    // that kept it in the accounts table move it out when opened.
    void storedPasswordsStayOutOfTheDatabase()
    {
        QTemporaryDir dir;
        const QString secret = QStringLiteral("pw-7d1c0e-unique");
        const auto databaseHolds = [&dir](const QByteArray &bytes) {
            for (const QString &name : QDir(dir.path()).entryList({QStringLiteral("*.sqlite*")})) {
                QFile file(dir.filePath(name));
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
                    return true;
            }
            return false;
        };
        const QString passwords = dir.filePath(PasswordFile::fileName());
        {
            MessageStore store;
            QVERIFY(store.open(dir.path()));
            Account account = sampleAccount();
            account.storedPassword = secret;
            QVERIFY(store.addAccount(account));
            QVERIFY(store.addAccount(sampleAccount(QStringLiteral("bob")))); // keychain user
            QCOMPARE(store.account(QStringLiteral("alice"))->storedPassword, secret);
            QVERIFY(store.account(QStringLiteral("bob"))->storedPassword.isEmpty());
            const QFileDevice::Permissions permissions = QFile(passwords).permissions();
            QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
            QVERIFY(!(permissions
                      & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                         | QFileDevice::WriteOther))); // 0600
            QVERIFY(!databaseHolds(secret.toUtf8()));
            QVERIFY(store.renameAccount(store.account(QStringLiteral("alice"))->id,
                                        QStringLiteral("carol")));
        }
        {
            MessageStore store; // another connection: the file is read again
            QVERIFY(store.open(dir.path()));
            QCOMPARE(store.account(QStringLiteral("carol"))->storedPassword, secret);
            QVERIFY(store.removeAccount(QStringLiteral("carol")));
            QVERIFY(!QFile::exists(passwords)); // nothing left to keep
            // An older profile: the password in the accounts table.
            QSqlQuery q(store.database().handle());
            QVERIFY(q.exec(QStringLiteral("UPDATE accounts SET stored_password = 'legacy-pw'"
                                          " WHERE name = 'bob'")));
        }
        MessageStore store;
        QVERIFY(store.open(dir.path()));
        QCOMPARE(store.account(QStringLiteral("bob"))->storedPassword, QStringLiteral("legacy-pw"));
        QSqlQuery q(store.database().handle());
        QVERIFY(q.exec(QStringLiteral("SELECT stored_password FROM accounts")) && q.next());
        QVERIFY(q.value(0).toString().isEmpty());
        QVERIFY(QFile::exists(passwords));
    }

    // Damage in the file is found by the check run at open (ArchiveWorker, satchel-cli check).
    void quickCheckFindsDamage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(Database::databaseFileName());
        {
            MessageStore store;
            QVERIFY(store.open(dir.path()));
            const qint64 folder = *store.localFolder(QStringLiteral("Bulk"), true);
            QVERIFY(store.beginBatch());
            for (int i = 0; i < 300; ++i) {
                const QByteArray raw =
                    mail("message " + QByteArray::number(i)) + QByteArray(2000, 'x') + "\r\n";
                QVERIFY(
                    store.importMessage(folder, raw, Mime::parseMessage(raw, received), received));
            }
            QVERIFY(store.commitBatch());
            QVERIFY(store.database().quickCheck().isEmpty());
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal"))
                || QFile(file + "-wal"_L1).size() == 0);
        {
            QFile damaged(file);
            QVERIFY(damaged.open(QIODevice::ReadWrite));
            const qint64 pages = damaged.size() / 4096;
            QVERIFY(pages > 20);
            for (qint64 page = pages / 2; page < pages / 2 + 8; ++page) {
                QVERIFY(damaged.seek(page * 4096));
                QVERIFY(damaged.write(QByteArray(4096, '\x5a')) == 4096);
            }
        }
        MessageStore store;
        QVERIFY(store.open(dir.path())); // the schema pages are intact
        const QStringList problems = store.database().quickCheck();
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.size() <= 10);
    }

    void removingAnAccountWithItsMail()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 account = *store.addAccount(sampleAccount());
        const qint64 other = *store.addAccount(sampleAccount(QStringLiteral("bob")));
        const QByteArray raw = mail("gone");
        const qint64 id =
            *store.storeRetrieved(account, "g", raw, Mime::parseMessage(raw, received), received);
        const qint64 kept =
            *store.storeRetrieved(other, "k", raw, Mime::parseMessage(raw, received), received);
        QVERIFY(store.removeAccount(QStringLiteral("alice"), false));
        QVERIFY(!store.message(id));
        QVERIFY(!store.raw(id));
        QVERIFY(!store.localFolder(QStringLiteral("alice"), false));
        QVERIFY(store.ledger(account).isEmpty());
        QVERIFY(store.message(kept)); // another account's mail is untouched
        QCOMPARE(store.ledger(other).size(), 1);
    }

    void updateAndRenameAccount()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 id = *store.addAccount(sampleAccount());
        QVERIFY(store.addAccount(sampleAccount(QStringLiteral("bob"))));
        Account changed = *store.account(QStringLiteral("alice"));
        changed.host = QStringLiteral("pop3.example.org");
        changed.port = 110;
        changed.security = Pop3::Security::StartTls;
        changed.retention.mode = Sync::RetentionMode::KeepOnServer;
        changed.retention.sizeLimit = 4096;
        changed.name = QStringLiteral("ignored"); // updateAccount keeps the name
        QVERIFY(store.updateAccount(changed));
        const Account back = *store.account(QStringLiteral("alice"));
        QCOMPARE(back.host, changed.host);
        QCOMPARE(back.port, quint16(110));
        QCOMPARE(back.security, Pop3::Security::StartTls);
        QCOMPARE(back.retention.mode, Sync::RetentionMode::KeepOnServer);
        QCOMPARE(back.retention.sizeLimit, qint64(4096));
        Account missing = changed;
        missing.id = 9999;
        QVERIFY(!store.updateAccount(missing));

        QVERIFY(!store.renameAccount(id, QStringLiteral("Bob"))); // taken, whatever the case
        QVERIFY(store.errorString().contains(QStringLiteral("bob")));
        QVERIFY(!store.renameAccount(id, QStringLiteral("a/b")));
        QVERIFY(!store.renameAccount(id, QStringLiteral("  ")));
        QVERIFY(store.renameAccount(id, QStringLiteral("work")));
        QVERIFY(!store.account(QStringLiteral("alice")));
        QCOMPARE(store.account(QStringLiteral("work"))->id, id);
        QVERIFY(store.folderByPath(QStringLiteral("work/Inbox")));
    }

    void moveAndFlags()
    {
        MessageStore store;
        QVERIFY(store.open(QStringLiteral(":memory:")));
        const qint64 folder = *store.localFolder(QStringLiteral("In"), true);
        const QByteArray raw = mail("m");
        const qint64 id =
            *store.importMessage(folder, raw, Mime::parseMessage(raw, received), received);
        const qint64 archive = store.folderByPath(QStringLiteral("Local Folders/Archive"))->id;
        QVERIFY(store.moveMessage(id, archive));
        QCOMPARE(store.messageIds(archive), QList<qint64> {id});
        QVERIFY(store.setFlags(id, {true, true, false, false}));
        QVERIFY(store.message(id)->flags.read);
        QVERIFY(!store.moveMessage(id + 100, archive));
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
