#include "store/database.h"

#include <atomic>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include "logging.h"
#include "store/searchindex.h"

namespace Store {

namespace {

// Version 1: accounts, folders, messages. Version 2: the UIDL ledger.
const char *const schemaV1[] = {
    "CREATE TABLE accounts ("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, email TEXT NOT NULL DEFAULT '',"
    " host TEXT NOT NULL, port INTEGER NOT NULL, security TEXT NOT NULL, user TEXT NOT NULL,"
    " auth TEXT NOT NULL DEFAULT 'auto', mechanism TEXT NOT NULL DEFAULT '',"
    " allow_insecure_auth INTEGER NOT NULL DEFAULT 0, ca_file TEXT NOT NULL DEFAULT '',"
    " pinned_sha256 BLOB, retention_mode TEXT NOT NULL DEFAULT 'keep-days',"
    " keep_days INTEGER NOT NULL DEFAULT 14, delete_when_deleted_locally INTEGER NOT NULL DEFAULT "
    "1,"
    " size_limit INTEGER NOT NULL DEFAULT 0, stored_password TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE folders ("
    " id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,"
    " account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL, role TEXT NOT NULL, UNIQUE(parent_id, name), UNIQUE(account_id, role))",
    "CREATE TABLE messages ("
    " id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,"
    " account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
    " raw BLOB NOT NULL, size INTEGER NOT NULL, subject TEXT NOT NULL DEFAULT '',"
    " from_text TEXT NOT NULL DEFAULT '', to_text TEXT NOT NULL DEFAULT '',"
    " cc_text TEXT NOT NULL DEFAULT '', date INTEGER NOT NULL, date_is_fallback INTEGER NOT NULL "
    "DEFAULT 0,"
    " received_at INTEGER NOT NULL, has_attachments INTEGER NOT NULL DEFAULT 0,"
    " preview TEXT NOT NULL DEFAULT '', message_id TEXT NOT NULL DEFAULT '',"
    " headers_only INTEGER NOT NULL DEFAULT 0, flag_read INTEGER NOT NULL DEFAULT 0,"
    " flag_flagged INTEGER NOT NULL DEFAULT 0, flag_answered INTEGER NOT NULL DEFAULT 0,"
    " flag_deleted INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX messages_by_folder_date ON messages(folder_id, date)",
};

const char *const schemaV2[] = {
    "CREATE TABLE ledger ("
    " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " uidl BLOB NOT NULL, first_seen INTEGER NOT NULL,"
    " message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
    " headers_only INTEGER NOT NULL DEFAULT 0, deleted_locally INTEGER NOT NULL DEFAULT 0,"
    " deleted_on_server INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(account_id, uidl))",
    "CREATE INDEX ledger_by_message ON ledger(message_id)",
};

// Version 3: raw bytes in a table of their own (the list's columns stay small enough to scan and
// sort quickly), indexes for the list's sort columns and for searches across folders, and the
// full-text index.
const char *const schemaV3[] = {
    "CREATE TABLE message_raw ("
    " message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    " raw BLOB NOT NULL)",
    "INSERT INTO message_raw (message_id, raw) SELECT id, raw FROM messages",
    "ALTER TABLE messages DROP COLUMN raw",
    "CREATE INDEX messages_by_date ON messages(date)",
    "CREATE INDEX messages_by_folder_from ON messages(folder_id, from_text COLLATE NOCASE, date)",
    "CREATE INDEX messages_by_folder_subject ON messages(folder_id, subject COLLATE NOCASE, date)",
    "CREATE INDEX messages_by_folder_size ON messages(folder_id, size, date)",
    "CREATE INDEX messages_by_folder_read ON messages(folder_id, flag_read, date)",
    "CREATE INDEX messages_by_folder_flagged ON messages(folder_id, flag_flagged, date)",
    "CREATE INDEX messages_by_folder_attachments ON messages(folder_id, has_attachments, date)",
};

// Version 4: the certificates the user accepted, one per account, host and port (the account's
// single pinned_sha256 column is no longer used; a value there becomes a pin for the account's
// host and port).
const char *const schemaV4[] = {
    "CREATE TABLE certificate_pins ("
    " account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    " host TEXT NOT NULL, port INTEGER NOT NULL, sha256 BLOB NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '', issuer TEXT NOT NULL DEFAULT '',"
    " not_before INTEGER, not_after INTEGER, accepted_at INTEGER,"
    " UNIQUE(account_id, host, port))",
    "INSERT INTO certificate_pins (account_id, host, port, sha256)"
    " SELECT id, host, port, pinned_sha256 FROM accounts"
    " WHERE pinned_sha256 IS NOT NULL AND length(pinned_sha256) > 0",
};

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Store::Database)
};

} // namespace

Database::~Database()
{
    close();
}

bool Database::openConnection(const QString &path)
{
    static std::atomic<int> counter {0};
    m_connectionName = QStringLiteral("satchel-%1-%2")
                           .arg(quintptr(QThread::currentThreadId()))
                           .arg(counter.fetch_add(1));
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return fail(
                Strings::tr("Cannot create the profile folder %1.").arg(dir.absolutePath()));
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!info.exists()) {
            QFile create(path);
            if (!create.open(QIODevice::WriteOnly))
                return fail(Strings::tr("Cannot create the database %1: %2")
                                .arg(path, create.errorString()));
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!m_db.open())
        return fail(
            Strings::tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text()));
    // Messages are stored as blobs of tens of kilobytes: larger pages mean shorter overflow
    // chains. Only takes effect on a new, empty database (before WAL is switched on).
    if (!exec(QStringLiteral("PRAGMA page_size=16384"))
        || !exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON"))
        || !exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return false;
    return true;
}

bool Database::createAt(const QString &path, int version)
{
    return openConnection(path) && (version == 0 || createVersion(version));
}

QStringList Database::quickCheck(int maxProblems) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(std::max(1, maxProblems))))
        return {q.lastError().text()};
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems.append(row);
    }
    if (q.lastError().isValid()) // a page too damaged to read stops the check itself
        problems.append(q.lastError().text());
    return problems;
}

bool Database::open(const QString &path)
{
    if (!openConnection(path))
        return false;
    const int version = userVersion();
    if (version < 0)
        return fail(
            Strings::tr("The database %1 cannot be read: %2").arg(path, m_db.lastError().text()));
    if (version > SchemaVersion)
        return fail(
            Strings::tr(
                "The database %1 was written by a newer version of Satchel (schema %2; this "
                "version knows %3). It was not changed.")
                .arg(path)
                .arg(version)
                .arg(SchemaVersion));
    if (version < SchemaVersion && !migrate(version))
        return false;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

int Database::userVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::createVersion(int version)
{
    const auto run = [this](const auto &statements) {
        for (const char *sql : statements) {
            if (!exec(QString::fromLatin1(sql)))
                return false;
        }
        return true;
    };
    if (version >= 1 && !run(schemaV1))
        return false;
    if (version >= 2 && !run(schemaV2))
        return false;
    if (version >= 3 && !createVersion3())
        return false;
    if (version >= 4 && !createVersion4())
        return false;
    if (version >= 5 && !createVersion5())
        return false;
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

bool Database::migrate(int from)
{
    qCDebug(lcStore) << "migrating the schema from version" << from << "to" << SchemaVersion;
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    bool ok = true;
    if (from < 1) {
        ok = createVersion(SchemaVersion);
    } else {
        if (from < 2) {
            for (const char *sql : schemaV2)
                ok = ok && exec(QString::fromLatin1(sql));
        }
        if (from < 3)
            ok = ok && createVersion3();
        if (from < 4)
            ok = ok && createVersion4();
        if (from < 5)
            ok = ok && createVersion5();
        ok = ok && exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit())
        return fail(Strings::tr("Cannot update the database: %1").arg(m_db.lastError().text()));
    return true;
}

bool Database::createVersion3()
{
    for (const char *sql : schemaV3) {
        if (!exec(QString::fromLatin1(sql)))
            return false;
    }
    for (const QString &sql : SearchIndex::schema()) {
        if (!exec(sql))
            return false;
    }
    // Messages stored by an earlier version are indexed now, so search never misses one.
    SearchIndex index(m_db);
    if (!index.rebuild())
        return fail(index.errorString());
    return true;
}

bool Database::createVersion4()
{
    for (const char *sql : schemaV4) {
        if (!exec(QString::fromLatin1(sql)))
            return false;
    }
    return true;
}

// Version 5: the search index merges its segments sixteen at a time (SearchIndex::tuning()).
bool Database::createVersion5()
{
    for (const QString &sql : SearchIndex::tuning()) {
        if (!exec(sql))
            return false;
    }
    return true;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return fail(
            Strings::tr("Database error: %1 (%2)").arg(describe(query.lastError()), sql.left(60)));
    return true;
}

QString Database::describe(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const int primary = code & 0xff;
    if ((numeric && (primary == 5 || primary == 6)) // SQLITE_BUSY, SQLITE_LOCKED
        || error.databaseText().contains(QLatin1String("database is locked")))
        return Strings::tr(
                   "the archive is locked by another program (another Satchel window or "
                   "satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n "
                   "second(s); try again when it is done",
                   nullptr, BusyTimeoutMs / 1000)
            + QStringLiteral(" [") + error.text() + QLatin1Char(']');
    return error.text();
}

bool Database::fail(const QString &what)
{
    m_error = what;
    qCWarning(lcStore) << what;
    return false;
}

} // namespace Store
