#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "mime/messageparser.h"
#include "store/archiverecovery.h"
#include "store/messagestore.h"

using namespace Store;

namespace {

constexpr int PageSize = 16384; // Store::Database's page size
constexpr int FromServer = 500; // messages retrieved from the account (with ledger rows)
constexpr int Imported = 100; // messages in a local folder, some read or flagged

const QDateTime received = QDateTime::fromSecsSinceEpoch(1763800000, Qt::UTC);

QByteArray uidlOf(int i)
{
    return "uidl-" + QByteArray::number(i);
}

// Message i: mostly a few kilobytes (one per leaf page or so), every tenth larger than a page
// (its bytes run on overflow pages).
QByteArray makeMail(int i, QRandomGenerator &random)
{
    QByteArray m = "From: Sender " + QByteArray::number(i) + " <s" + QByteArray::number(i)
        + "@example.test>\r\nTo: me@example.test\r\nSubject: recovery " + QByteArray::number(i)
        + "\r\nMessage-ID: <m" + QByteArray::number(i)
        + "@example.test>\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\n\r\n";
    const int lines = i % 10 == 0 ? 900 : 20 + int(random.bounded(150));
    for (int l = 0; l < lines; ++l) {
        m += i % 10 == 0 ? QByteArrayLiteral("overflow filler line of a large message ")
                         : QByteArrayLiteral("body line ");
        m += QByteArray::number(l) + "\r\n";
    }
    return m;
}

int indexOf(const QByteArray &raw)
{
    const qsizetype start = raw.indexOf("Message-ID: <m");
    if (start < 0)
        return -1;
    return raw.mid(start + 14, raw.indexOf('@', start) - start - 14).toInt();
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// What the damaged file still gives for each message (by its index), read independently of
// ArchiveRecovery: nullopt when reading its raw bytes fails.
struct Readable
{
    QHash<int, std::optional<QByteArray>> raw;
    QSet<QByteArray> ledger; // UIDLs whose ledger row can be read
};

} // namespace

// Store::ArchiveRecovery on real archives damaged in several places: every message that can be
// read is kept byte for byte, with its ledger row, the lost ones are counted, the new file is
// sound and the damaged file stays beside it unchanged.
class TestArchiveRecovery final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<int, QByteArray> m_mails;

    // Builds the archive: an account with FromServer messages and their ledger rows, a pinned
    // certificate, and Imported messages in Local Folders/Old (every third read, every fifth
    // flagged).
    bool build(const QString &profile)
    {
        QRandomGenerator random(77);
        MessageStore store;
        if (!store.open(profile))
            return false;
        Account account;
        account.name = QStringLiteral("pop");
        account.host = QStringLiteral("pop.example.test");
        account.user = QStringLiteral("pop");
        account.retention.mode = Sync::RetentionMode::KeepOnServer;
        const std::optional<qint64> accountId = store.addAccount(account);
        if (!accountId)
            return false;
        CertificatePin pin;
        pin.host = account.host;
        pin.port = 995;
        pin.sha256 = QByteArray(32, '\x11');
        pin.subject = QStringLiteral("CN=pop.example.test");
        if (!store.setPins(*accountId, {pin}) || !store.beginBatch())
            return false;
        for (int i = 0; i < FromServer; ++i) {
            m_mails.insert(i, makeMail(i, random));
            if (!store.storeRetrieved(*accountId, uidlOf(i), m_mails[i],
                                      Mime::parseMessage(m_mails[i], received), received))
                return false;
        }
        const std::optional<qint64> old = store.localFolder(QStringLiteral("Old"), true);
        if (!old)
            return false;
        for (int i = FromServer; i < FromServer + Imported; ++i) {
            m_mails.insert(i, makeMail(i, random));
            MessageFlags flags;
            flags.read = i % 3 == 0;
            flags.flagged = i % 5 == 0;
            if (!store.importMessage(*old, m_mails[i], Mime::parseMessage(m_mails[i], received),
                                     received, flags))
                return false;
        }
        return store.commitBatch();
    }

    // Overwrites whole pages chosen by what they hold: a leaf of the ledger, a leaf of the
    // messages list, two leaves of raw bytes and an overflow page of a large message.
    static int damage(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite))
            return 0;
        const QByteArray all = f.readAll();
        const qint64 pages = all.size() / PageSize;
        QList<qint64> chosen;
        const auto pick = [&](qint64 from, const std::function<bool(const QByteArray &)> &fits) {
            for (qint64 page = std::max<qint64>(from, 1); page < pages; ++page) {
                const QByteArray p = all.mid(page * PageSize, PageSize);
                if (!chosen.contains(page) && fits(p)) {
                    chosen.append(page);
                    return;
                }
            }
        };
        const auto tableLeaf = [](const QByteArray &p) {
            return p.at(0) == '\x0d';
        };
        pick(1, [&](const QByteArray &p) { return tableLeaf(p) && p.contains("uidl-"); });
        pick(1, [&](const QByteArray &p) {
            return tableLeaf(p) && p.contains("@example.test") && !p.contains("Message-ID:")
                && !p.contains("uidl-");
        });
        pick(pages * 2 / 5,
             [&](const QByteArray &p) { return tableLeaf(p) && p.contains("Message-ID:"); });
        pick(pages * 7 / 10,
             [&](const QByteArray &p) { return tableLeaf(p) && p.contains("Message-ID:"); });
        pick(pages / 2, [&](const QByteArray &p) {
            return p.at(0) == '\0' && p.contains("overflow filler") && !p.contains("Message-ID:");
        });
        for (const qint64 page : std::as_const(chosen)) {
            if (!f.seek(page * PageSize) || f.write(QByteArray(PageSize, '\x5a')) != PageSize)
                return 0;
        }
        return int(chosen.size());
    }

    static Readable readDamaged(const QString &file)
    {
        Readable result;
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damaged"));
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            for (qint64 id = 1; id <= 2 * (FromServer + Imported); ++id) {
                q.prepare(QStringLiteral("SELECT raw FROM message_raw WHERE message_id = ?"));
                q.addBindValue(id);
                const bool ok = q.exec();
                const bool found = ok && q.next();
                if (ok && !q.lastError().isValid() && !found)
                    continue; // no such id
                const QByteArray raw = found ? q.value(0).toByteArray() : QByteArray();
                if (!found || q.lastError().isValid()) {
                    // Unreadable: which message it was is not known here; ids follow the
                    // order of storing, one per message from 1.
                    result.raw.insert(int(id - 1), std::nullopt);
                    continue;
                }
                result.raw.insert(indexOf(raw), raw);
            }
            for (qint64 rowid = 1; rowid <= FromServer; ++rowid) {
                q.prepare(QStringLiteral("SELECT uidl FROM ledger WHERE rowid = ?"));
                q.addBindValue(rowid);
                if (q.exec() && q.next() && !q.lastError().isValid())
                    result.ledger.insert(q.value(0).toByteArray());
            }
            // What the primary key's index still has (the recovery rebuilds rows from it).
            if (q.exec(QStringLiteral("SELECT uidl FROM ledger INDEXED BY"
                                      " sqlite_autoindex_ledger_1 WHERE account_id IS NOT NULL"))) {
                while (q.next())
                    result.ledger.insert(q.value(0).toByteArray());
            }
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("damaged"));
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keepsEveryReadableMessage()
    {
        const QString profile = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(build(profile));
        const QString file = QDir(profile).filePath(Database::databaseFileName());
        QCOMPARE(damage(file), 5);
        const Readable readable = readDamaged(file);
        const QByteArray damagedHash = sha256(file);
        {
            Database check;
            QVERIFY(check.open(file));
            QVERIFY(!check.quickCheck().isEmpty());
        }
        QCOMPARE(sha256(file), damagedHash);

        ArchiveRecovery recovery(profile);
        QVERIFY2(recovery.recover(), qPrintable(recovery.errorString()));
        QVERIFY(recovery.hasRecovered());
        QCOMPARE(sha256(file), damagedHash); // recover() only reads the damaged file
        QVERIFY2(recovery.install(), qPrintable(recovery.errorString()));
        const ArchiveRecovery::Counts counts = recovery.counts();

        // The damaged file is kept, unchanged, beside the new one.
        QVERIFY(recovery.damagedCopyPath().startsWith(file + QStringLiteral(".damaged-")));
        QCOMPARE(sha256(recovery.damagedCopyPath()), damagedHash);
        QVERIFY(!QDir(profile).exists(QStringLiteral("recovered-archive")));

        int intact = 0;
        int unreadable = 0;
        for (auto it = readable.raw.cbegin(); it != readable.raw.cend(); ++it) {
            if (!it.value())
                ++unreadable;
            else if (*it.value() == m_mails.value(it.key()))
                ++intact;
        }
        qInfo("%d messages, %d intact in the damaged file, %d unreadable; recovered %d (%d "
              "parsed again), lost %d, ledger rows %d (from the indexes %d, dropped %d, unreadable "
              "%d)",
              FromServer + Imported, intact, unreadable, counts.messages, counts.reparsed,
              counts.messagesLost, counts.ledgerRows, counts.ledgerRowsSalvaged,
              counts.ledgerRowsDropped, counts.ledgerRowsLost);
        QVERIFY(unreadable > 0);
        QVERIFY(intact > (FromServer + Imported) / 2);
        QVERIFY(counts.reparsed > 0); // the damaged leaf of the list
        QCOMPARE(counts.messagesLost, unreadable);
        QCOMPARE(counts.messages, FromServer + Imported - unreadable);

        MessageStore store;
        QVERIFY2(store.open(profile), qPrintable(store.errorString()));
        QVERIFY(store.database().quickCheck().isEmpty());
        QCOMPARE(store.messageCount(), counts.messages);
        const std::optional<Account> account = store.account(QStringLiteral("pop"));
        QVERIFY(account);
        QCOMPARE(account->pins.size(), 1);
        QCOMPARE(account->pins.first().sha256, QByteArray(32, '\x11'));

        // Every readable message byte for byte, once; flags kept where the list row was.
        QSet<int> seen;
        QHash<qint64, int> indexOfId;
        for (const Folder &folder : store.folders()) {
            for (const MessageSummary &m : store.messages(folder.id)) {
                const QByteArray raw = *store.raw(m.id);
                const int i = indexOf(raw);
                QVERIFY2(!seen.contains(i), qPrintable(QString::number(i)));
                seen.insert(i);
                indexOfId.insert(m.id, i);
                QVERIFY(readable.raw.value(i).has_value());
                QCOMPARE(raw, *readable.raw.value(i));
                if (folder.path == QStringLiteral("Local Folders/Old")) {
                    QCOMPARE(m.flags.read, i % 3 == 0);
                    QCOMPARE(m.flags.flagged, i % 5 == 0);
                }
            }
        }
        for (auto it = readable.raw.cbegin(); it != readable.raw.cend(); ++it) {
            if (it.value() && *it.value() == m_mails.value(it.key()))
                QVERIFY2(seen.contains(it.key()), qPrintable(QString::number(it.key())));
        }

        // The ledger: every readable row whose message was kept, pointing at that message; the
        // rows of lost messages are dropped so the next check downloads them again.
        const QHash<QByteArray, Sync::LedgerEntry> ledger = store.ledger(account->id);
        QSet<QByteArray> expected;
        for (int i = 0; i < FromServer; ++i) {
            if (readable.ledger.contains(uidlOf(i)) && seen.contains(i))
                expected.insert(uidlOf(i));
        }
        QVERIFY(counts.ledgerRowsSalvaged > 0); // a ledger page was damaged
        QCOMPARE(QSet<QByteArray>(ledger.keyBegin(), ledger.keyEnd()), expected);
        QCOMPARE(counts.ledgerRows, int(expected.size()));
        for (const QByteArray &uidl : std::as_const(expected)) {
            QSqlQuery q(store.database().handle());
            q.prepare(QStringLiteral("SELECT message_id FROM ledger WHERE uidl = ?"));
            q.addBindValue(uidl);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(QByteArray("uidl-")
                         + QByteArray::number(indexOfId.value(q.value(0).toLongLong())),
                     uidl);
        }

        // Search works on the new file.
        QSqlQuery fts(store.database().handle());
        QVERIFY(fts.exec(QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH"
                                        " 'recovery'"))
                && fts.next());
        QCOMPARE(fts.value(0).toInt(), counts.messages);
    }

    // A sound archive comes through whole; a missing one is refused with a clear error, and an
    // unreadable file is left alone.
    void soundAndMissingArchives()
    {
        const QString profile = m_dir.filePath(QStringLiteral("sound"));
        QVERIFY(build(profile));
        ArchiveRecovery recovery(profile);
        QVERIFY2(recovery.recover(), qPrintable(recovery.errorString()));
        QCOMPARE(recovery.counts().messages, FromServer + Imported);
        QCOMPARE(recovery.counts().messagesLost, 0);
        QCOMPARE(recovery.counts().ledgerRows, FromServer);
        QCOMPARE(recovery.counts().unreadableRows, 0);
        QVERIFY(recovery.install());
        MessageStore store;
        QVERIFY(store.open(profile));
        QCOMPARE(store.messageCount(), FromServer + Imported);

        ArchiveRecovery none(m_dir.filePath(QStringLiteral("nothing-here")));
        QVERIFY(!none.recover());
        QVERIFY(none.errorString().contains(QStringLiteral("no archive")));
        QVERIFY(!none.install());

        const QString garbage = m_dir.filePath(QStringLiteral("garbage"));
        QVERIFY(QDir().mkpath(garbage));
        QFile file(QDir(garbage).filePath(Database::databaseFileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(PageSize * 4, 'x'));
        file.close();
        ArchiveRecovery unreadable(garbage);
        QVERIFY(!unreadable.recover());
        QCOMPARE(QFile(file.fileName()).size(), qint64(PageSize * 4));
        QVERIFY(!ArchiveRecovery::isRequested(garbage));
        QVERIFY(ArchiveRecovery::request(garbage));
        QVERIFY(ArchiveRecovery::isRequested(garbage));
    }
};

QTEST_GUILESS_MAIN(TestArchiveRecovery)
#include "tst_archiverecovery.moc"
