#include "store/archiverecovery.h"

#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include "logging.h"
#include "mime/messageparser.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/rowidscan.h"

namespace Store {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Store::ArchiveRecovery)
};

QString workDirOf(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("recovered-archive"));
}

QString readyMarker(const QString &profileDir)
{
    return QDir(workDirOf(profileDir)).filePath(QStringLiteral("ready"));
}

QString requestMarker(const QString &profileDir)
{
    return QDir(profileDir).filePath(QStringLiteral("recover-archive-requested"));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size() && file.flush();
}

// A query that runs on the damaged file: false on any error, including one part-way.
bool runs(QSqlQuery &query)
{
    return query.exec() && !query.lastError().isValid();
}

} // namespace

ArchiveRecovery::ArchiveRecovery(QString profileDir)
    : m_profileDir(std::move(profileDir))
{ }

ArchiveRecovery::~ArchiveRecovery()
{
    m_source = QSqlDatabase();
    if (!m_sourceConnection.isEmpty())
        QSqlDatabase::removeDatabase(m_sourceConnection);
}

QString ArchiveRecovery::recoveredPath() const
{
    return QDir(workDirOf(m_profileDir)).filePath(Database::databaseFileName());
}

bool ArchiveRecovery::hasRecovered() const
{
    return QFile::exists(readyMarker(m_profileDir)) && QFile::exists(recoveredPath());
}

bool ArchiveRecovery::request(const QString &profileDir)
{
    return writeFile(requestMarker(profileDir), "recover the archive at the next start\n");
}

bool ArchiveRecovery::isRequested(const QString &profileDir)
{
    return QFile::exists(requestMarker(profileDir));
}

void ArchiveRecovery::clearRequest(const QString &profileDir)
{
    QFile::remove(requestMarker(profileDir));
}

bool ArchiveRecovery::fail(const QString &what)
{
    m_error = what;
    qCWarning(lcStore) << "recovery:" << what;
    return false;
}

bool ArchiveRecovery::exec(const QString &sql)
{
    QSqlQuery query(m_target);
    if (query.exec(sql))
        return true;
    return fail(Strings::tr("Cannot write the recovered archive: %1 (%2)")
                    .arg(query.lastError().text(), sql.left(60)));
}

bool ArchiveRecovery::openSource()
{
    const QString path = QDir(m_profileDir).filePath(Database::databaseFileName());
    if (!QFile::exists(path))
        return fail(Strings::tr("There is no archive to recover in %1.").arg(m_profileDir));
    static std::atomic<int> counter {0};
    m_sourceConnection = QStringLiteral("satchel-recovery-%1").arg(counter.fetch_add(1));
    m_source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sourceConnection);
    m_source.setDatabaseName(path);
    // Read-only: the damaged file stays exactly as it is (no checkpoint, no journal).
    m_source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
    if (!m_source.open())
        return fail(Strings::tr("Cannot open the damaged archive %1: %2")
                        .arg(path, m_source.lastError().text()));
    QSqlQuery tables(m_source);
    tables.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!runs(tables) || !tables.next())
        return fail(Strings::tr("Nothing can be read from %1: its list of tables is damaged (%2).")
                        .arg(path, tables.lastError().text()));
    return true;
}

QStringList ArchiveRecovery::commonColumns(const QString &table)
{
    const auto columnsOf = [&table](const QSqlDatabase &db) {
        QStringList names;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
            while (q.next())
                names.append(q.value(1).toString());
        }
        return names;
    };
    const QStringList source = columnsOf(m_source);
    QStringList common;
    for (const QString &column : columnsOf(m_target)) {
        // Passwords never go back into the database (they live in passwords.json).
        if (source.contains(column) && column != QLatin1String("stored_password"))
            common.append(column);
    }
    return common;
}

bool ArchiveRecovery::copyRow(const QString &table, const QStringList &columns, qint64 rowid)
{
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                     .arg(columns.join(QLatin1Char(',')), table));
    read.addBindValue(rowid);
    if (!read.exec() || !read.next() || read.lastError().isValid())
        return false;
    QSqlQuery write(m_target);
    write.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1Char(',')),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (int i = 0; i < columns.size(); ++i)
        write.addBindValue(read.value(i));
    if (!write.exec()) {
        qCWarning(lcStore) << "recovery: row" << rowid << "of" << table
                           << "not kept:" << write.lastError().text();
        return false;
    }
    return true;
}

int ArchiveRecovery::copyTable(const QString &table, QSet<qint64> *copied)
{
    const QStringList columns = commonColumns(table);
    if (columns.isEmpty())
        return 0; // an older schema without this table, or its definition is unreadable
    const RowidScan rows = scanRowids(m_source, table);
    if (!rows.tableReadable)
        m_counts.unreadableTables.append(table);
    int count = 0;
    for (const qint64 id : rows.ids) {
        if (copyRow(table, columns, id)) {
            ++count;
            if (copied)
                copied->insert(id);
        } else {
            ++m_counts.unreadableRows;
        }
    }
    m_counts.unreadableRows += int(rows.unreadable.size());
    return count;
}

bool ArchiveRecovery::copyMessages(const std::function<void(int, int)> &progress)
{
    const RowidScan list = scanRowids(m_source, QStringLiteral("messages"));
    const RowidScan raw = scanRowids(m_source, QStringLiteral("message_raw"));
    if (!list.tableReadable)
        m_counts.unreadableTables.append(QStringLiteral("messages"));
    if (!raw.tableReadable)
        m_counts.unreadableTables.append(QStringLiteral("message_raw"));
    const QStringList listColumns = commonColumns(QStringLiteral("messages"));
    const QStringList rawColumns = commonColumns(QStringLiteral("message_raw"));
    const QSet<qint64> rawIds(raw.ids.cbegin(), raw.ids.cend());
    // Every message has a list row and a raw row: a rowid in a damaged range of one table counts
    // as a message only when the other table has (or may have) it too.
    QSet<qint64> known(list.ids.cbegin(), list.ids.cend());
    known.unite(rawIds);
    for (const qint64 id : raw.unreadable) {
        if (known.contains(id) || list.unreadable.contains(id))
            known.insert(id);
    }
    m_counts.unreadableRows += int(list.unreadable.size() + raw.unreadable.size());

    const int total = int(known.size());
    int done = 0;
    QSet<qint64> listed;
    for (const qint64 id : list.ids) {
        listed.insert(id);
        if (!rawIds.contains(id))
            continue; // its raw bytes are lost
        // One transaction per message keeps the list row and the bytes together.
        if (!exec(QStringLiteral("SAVEPOINT message")))
            return false;
        const bool kept = copyRow(QStringLiteral("messages"), listColumns, id)
            && copyRow(QStringLiteral("message_raw"), rawColumns, id);
        if ((!kept && !exec(QStringLiteral("ROLLBACK TO message")))
            || !exec(QStringLiteral("RELEASE message")))
            return false;
        if (kept)
            ++m_counts.messages;
        else
            m_lostIds.insert(id);
        if (progress && ++done % 200 == 0)
            progress(done, total);
    }
    for (const qint64 id : raw.ids) {
        if (!listed.contains(id))
            m_rawOnly.append(id); // parsed again in the second phase
    }
    for (const qint64 id : std::as_const(known)) {
        if (!rawIds.contains(id))
            m_lostIds.insert(id);
    }
    if (progress)
        progress(done, total);
    return true;
}

// Ledger rows whose table page is damaged, from the ledger's indexes (separate pages): the
// primary key's index holds account and UIDL, ledger_by_message the message id, both with the
// row's rowid. first_seen is taken from the message (or is now: a later date only keeps mail on
// the server longer); a row without a message was deleted here by the user.
bool ArchiveRecovery::salvageLedger(const QSet<qint64> &copied)
{
    struct Entry
    {
        qint64 accountId = 0;
        QByteArray uidl;
        std::optional<qint64> messageId;
    };
    QHash<qint64, Entry> entries;
    QSqlQuery keys(m_source);
    keys.setForwardOnly(true);
    if (keys.exec(QStringLiteral("SELECT rowid, account_id, uidl FROM ledger INDEXED BY"
                                 " sqlite_autoindex_ledger_1 WHERE account_id IS NOT NULL"))) {
        while (keys.next()) {
            const qint64 rowid = keys.value(0).toLongLong();
            if (!copied.contains(rowid))
                entries.insert(rowid,
                               {keys.value(1).toLongLong(), keys.value(2).toByteArray(), {}});
        }
    }
    if (entries.isEmpty())
        return true;
    QSqlQuery messages(m_source);
    messages.setForwardOnly(true);
    bool messagesKnown = messages.exec(
        QStringLiteral("SELECT rowid, message_id FROM ledger INDEXED BY ledger_by_message"
                       " WHERE message_id IS NOT NULL"));
    while (messagesKnown && messages.next()) {
        const auto it = entries.find(messages.value(0).toLongLong());
        if (it != entries.end())
            it->messageId = messages.value(1).toLongLong();
    }
    // Only a fully read index tells that a row has no message (deleted here by the user).
    messagesKnown = messagesKnown && !messages.lastError().isValid();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        QSqlQuery insert(m_target);
        insert.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO ledger (account_id, uidl, first_seen, message_id, headers_only,"
            " deleted_locally) VALUES (?, ?, coalesce((SELECT received_at FROM messages WHERE"
            " id = ?), ?), ?, coalesce((SELECT headers_only FROM messages WHERE id = ?), 0), ?)"));
        const QVariant messageId =
            it->messageId ? QVariant(*it->messageId) : QVariant(QMetaType(QMetaType::LongLong));
        insert.addBindValue(it->accountId);
        insert.addBindValue(it->uidl);
        insert.addBindValue(messageId);
        insert.addBindValue(now);
        insert.addBindValue(messageId);
        insert.addBindValue(messageId);
        insert.addBindValue(messagesKnown && !it->messageId.has_value());
        if (!insert.exec())
            return fail(insert.lastError().text());
        if (insert.numRowsAffected() == 1) {
            ++m_counts.ledgerRows;
            ++m_counts.ledgerRowsSalvaged;
        }
    }
    m_counts.ledgerRowsLost = std::max(0, m_counts.ledgerRowsLost - m_counts.ledgerRowsSalvaged);
    if (m_counts.ledgerRowsSalvaged > 0)
        m_counts.unreadableTables.removeAll(QStringLiteral("ledger"));
    return true;
}

bool ArchiveRecovery::repairReferences()
{
    // The folder tree: a root for the local folders, an Inbox for every account, folders whose
    // parent was lost under the root, and an Inbox whose account was lost kept as a local folder.
    QSqlQuery root(m_target);
    if (!root.exec(
            QStringLiteral("SELECT id FROM folders WHERE role = 'root' AND account_id IS NULL")))
        return fail(root.lastError().text());
    if (!root.next()) {
        QSqlQuery insert(m_target);
        insert.prepare(
            QStringLiteral("INSERT INTO folders (parent_id, name, role) VALUES (NULL, ?, 'root')"));
        insert.addBindValue(QStringLiteral("Local Folders")); // as MessageStore names it
        if (!insert.exec())
            return fail(insert.lastError().text());
    }
    const QString rootId = QStringLiteral(
        "(SELECT id FROM folders WHERE role = 'root' AND account_id IS NULL LIMIT 1)");
    const QString recoveredFolder = QStringLiteral("Recovered"); // a stable path for scripts
    return exec(
               QStringLiteral("UPDATE folders SET account_id = NULL, role = 'user', parent_id = %1,"
                              " name = name || ' (' || id || ')' WHERE account_id IS NOT NULL"
                              " AND account_id NOT IN (SELECT id FROM accounts)")
                   .arg(rootId))
        && exec(QStringLiteral("INSERT INTO folders (account_id, name, role)"
                               " SELECT id, 'Inbox', 'inbox' FROM accounts WHERE id NOT IN"
                               " (SELECT account_id FROM folders WHERE role = 'inbox'"
                               " AND account_id IS NOT NULL)"))
        && exec(QStringLiteral("UPDATE OR IGNORE folders SET parent_id = %1 WHERE parent_id IS NOT"
                               " NULL AND parent_id NOT IN (SELECT id FROM folders)")
                    .arg(rootId))
        && exec(QStringLiteral("UPDATE folders SET parent_id = %1, name = name || ' (' || id || ')'"
                               " WHERE parent_id IS NOT NULL AND parent_id NOT IN"
                               " (SELECT id FROM folders)")
                    .arg(rootId))
        // Messages whose folder was lost go to Local Folders/Recovered.
        && exec(QStringLiteral("INSERT OR IGNORE INTO folders (parent_id, name, role)"
                               " SELECT %1, '%2', 'user' WHERE EXISTS (SELECT 1 FROM messages"
                               " WHERE folder_id NOT IN (SELECT id FROM folders))")
                    .arg(rootId,
                         QString(recoveredFolder).replace(QLatin1Char('\''), QStringLiteral("''"))))
        && exec(QStringLiteral("UPDATE messages SET folder_id = (SELECT id FROM folders WHERE"
                               " parent_id = %1 AND name = '%2') WHERE folder_id NOT IN"
                               " (SELECT id FROM folders)")
                    .arg(rootId,
                         QString(recoveredFolder).replace(QLatin1Char('\''), QStringLiteral("''"))))
        && exec(QStringLiteral("UPDATE messages SET account_id = NULL WHERE account_id IS NOT NULL"
                               " AND account_id NOT IN (SELECT id FROM accounts)"))
        && exec(QStringLiteral("DELETE FROM certificate_pins WHERE account_id NOT IN"
                               " (SELECT id FROM accounts)"))
        && exec(QStringLiteral("DELETE FROM ledger WHERE account_id NOT IN"
                               " (SELECT id FROM accounts)"));
}

bool ArchiveRecovery::recover(const std::function<void(int, int)> &progress)
{
    m_counts = {};
    m_rawOnly.clear();
    m_lostIds.clear();
    if (!openSource())
        return false;
    const QString workDir = workDirOf(m_profileDir);
    // An earlier recovery that was not installed is made again from the damaged file.
    if (QDir(workDir).exists() && !QDir(workDir).removeRecursively())
        return fail(Strings::tr("Cannot clear %1.").arg(workDir));
    {
        Database target;
        if (!target.open(recoveredPath()))
            return fail(target.errorString());
        m_target = target.handle();
        // Rows are copied with their ids; references to rows that were lost are repaired after.
        if (!exec(QStringLiteral("PRAGMA foreign_keys=OFF")) || !exec(QStringLiteral("BEGIN")))
            return false;
        m_counts.accounts = copyTable(QStringLiteral("accounts"));
        m_counts.folders = copyTable(QStringLiteral("folders"));
        if (!copyMessages(progress))
            return false;
        const int ledgerBefore = m_counts.unreadableRows;
        QSet<qint64> ledgerCopied;
        m_counts.ledgerRows = copyTable(QStringLiteral("ledger"), &ledgerCopied);
        m_counts.ledgerRowsLost = m_counts.unreadableRows - ledgerBefore;
        if (!salvageLedger(ledgerCopied))
            return false;
        m_counts.pins = copyTable(QStringLiteral("certificate_pins"));
        if (!repairReferences())
            return false;
        // Rows of messages parsed again point at them by -id until they have their new ids; a
        // ledger row whose message is lost is forgotten, so that the message is downloaded
        // again if the server still has it.
        for (const qint64 id : std::as_const(m_rawOnly)) {
            QSqlQuery mark(m_target);
            mark.prepare(QStringLiteral("UPDATE ledger SET message_id = ? WHERE message_id = ?"));
            mark.addBindValue(-id);
            mark.addBindValue(id);
            if (!mark.exec())
                return fail(mark.lastError().text());
        }
        QSqlQuery drop(m_target);
        if (!drop.exec(QStringLiteral("DELETE FROM ledger WHERE message_id > 0 AND"
                                      " message_id NOT IN (SELECT id FROM messages)")))
            return fail(drop.lastError().text());
        m_counts.ledgerRowsDropped = drop.numRowsAffected();
        m_counts.ledgerRows -= m_counts.ledgerRowsDropped;
        if (!exec(QStringLiteral("COMMIT")))
            return false;
        m_target = QSqlDatabase();
    }
    if (!reparseAndIndex(progress))
        return false;
    m_counts.messagesLost = int(m_lostIds.size());
    if (!writeFile(readyMarker(m_profileDir), "complete\n"))
        return fail(Strings::tr("Cannot write %1.").arg(readyMarker(m_profileDir)));
    qCInfo(lcStore) << "recovery: kept" << m_counts.messages << "messages, lost"
                    << m_counts.messagesLost;
    return true;
}

// Second phase, on the new archive through MessageStore: messages whose list row was lost are
// parsed again from their raw bytes (into Local Folders/Recovered), the search index is made
// again, and the result is checked.
bool ArchiveRecovery::reparseAndIndex(const std::function<void(int, int)> &progress)
{
    MessageStore store;
    if (!store.open(workDirOf(m_profileDir)))
        return fail(store.errorString());
    QSqlDatabase db = store.database().handle();
    if (!m_rawOnly.isEmpty()) {
        const std::optional<qint64> folder = store.localFolder(QStringLiteral("Recovered"), true);
        if (!folder)
            return fail(store.errorString());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const qint64 oldId : std::as_const(m_rawOnly)) {
            QSqlQuery read(m_source);
            read.setForwardOnly(true);
            read.prepare(QStringLiteral("SELECT raw FROM message_raw WHERE message_id = ?"));
            read.addBindValue(oldId);
            std::optional<qint64> newId;
            if (read.exec() && read.next() && !read.lastError().isValid()) {
                const QByteArray raw = read.value(0).toByteArray();
                newId = store.importMessage(*folder, raw, Mime::parseMessage(raw, now), now);
            }
            QSqlQuery ledger(db);
            if (newId) {
                ++m_counts.messages;
                ++m_counts.reparsed;
                ledger.prepare(
                    QStringLiteral("UPDATE ledger SET message_id = ? WHERE message_id = ?"));
                ledger.addBindValue(*newId);
            } else {
                m_lostIds.insert(oldId);
                ledger.prepare(QStringLiteral("DELETE FROM ledger WHERE message_id = ?"));
            }
            ledger.addBindValue(-oldId);
            if (!ledger.exec())
                return fail(ledger.lastError().text());
            if (!newId) {
                m_counts.ledgerRowsDropped += ledger.numRowsAffected();
                m_counts.ledgerRows -= ledger.numRowsAffected();
            }
        }
    }
    if (!store.rebuildSearchIndex(progress))
        return fail(store.errorString());
    QSqlQuery keys(db);
    if (!keys.exec(QStringLiteral("PRAGMA foreign_key_check")) || keys.next())
        return fail(Strings::tr("The recovered archive has references to missing rows."));
    const QStringList problems = store.database().quickCheck();
    if (!problems.isEmpty())
        return fail(
            Strings::tr("The recovered archive does not pass the check: %1").arg(problems.first()));
    return true;
}

bool ArchiveRecovery::install()
{
    const QDir profile(m_profileDir);
    const QString workDir = workDirOf(m_profileDir);
    if (!hasRecovered())
        return fail(Strings::tr("There is no recovered archive in %1.").arg(workDir));
    // The name the damaged file gets is chosen once, so that an install() interrupted half-way
    // is finished under the same name by the next one.
    const QString nameFile = QDir(workDir).filePath(QStringLiteral("damaged-name"));
    QString damagedName;
    {
        QFile chosen(nameFile);
        if (chosen.open(QIODevice::ReadOnly))
            damagedName = QString::fromUtf8(chosen.readAll()).trimmed();
    }
    if (damagedName.isEmpty()) {
        const QString base = Database::databaseFileName() + QStringLiteral(".damaged-")
            + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        damagedName = base;
        for (int n = 2; QFile::exists(profile.filePath(damagedName)); ++n)
            damagedName = base + QLatin1Char('-') + QString::number(n);
        if (!writeFile(nameFile, damagedName.toUtf8()))
            return fail(Strings::tr("Cannot write %1.").arg(nameFile));
    }
    const QString live = profile.filePath(Database::databaseFileName());
    m_damagedCopy = profile.filePath(damagedName);
    // The write-ahead log goes with the damaged file before anything else: left beside the new
    // file, SQLite would apply it to the new file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        if (QFile::exists(live + suffix) && !QFile::rename(live + suffix, m_damagedCopy + suffix))
            return fail(
                Strings::tr("Cannot rename %1 to %2.").arg(live + suffix, m_damagedCopy + suffix));
    }
    // The new file's own -wal and -shm (none after a clean close) go with it.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(recoveredPath() + suffix)
            && !QFile::rename(recoveredPath() + suffix, live + suffix))
            return fail(
                Strings::tr("Cannot move %1 to %2.").arg(recoveredPath() + suffix, live + suffix));
    }
    QFile::remove(readyMarker(m_profileDir));
    QFile::remove(nameFile);
    QDir().rmdir(workDir);
    QFile::remove(requestMarker(m_profileDir));
    return true;
}

} // namespace Store
