#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace Store {

// Opens the profile's SQLite file on one connection of the calling thread (Qt requires a
// connection per thread), with WAL, foreign keys and synchronous=FULL, and brings the schema to
// the current version with forward migrations. The profile directory is made 0700 and the
// database files 0600.
class Database final
{
public:
    static constexpr int SchemaVersion = 5;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // path: the database file (":memory:" for tests). False with errorString() on failure,
    // including a database written by a newer Satchel (user_version above SchemaVersion).
    [[nodiscard]] bool open(const QString &path);
    void close();

    [[nodiscard]] QSqlDatabase handle() const { return m_db; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] int userVersion() const;
    // SQLite's PRAGMA quick_check: the problems it found in the file's structure (at most
    // maxProblems), empty when the database is sound. Reads every page once; run it off the
    // GUI thread.
    [[nodiscard]] QStringList quickCheck(int maxProblems = 10) const;

    // For the migration tests: opens `path` without migrating and creates the schema as it was
    // at `version` (0 = an empty file).
    [[nodiscard]] bool createAt(const QString &path, int version);

    [[nodiscard]] static QString databaseFileName() { return QStringLiteral("satchel.sqlite"); }
    // An SQLite error as the user reads it: SQLite's text, or, when another program held the
    // archive's lock for longer than the busy timeout (SQLITE_BUSY/LOCKED), a sentence saying so.
    [[nodiscard]] static QString describe(const QSqlError &error);
    static constexpr int BusyTimeoutMs = 10000;

private:
    [[nodiscard]] bool openConnection(const QString &path);
    [[nodiscard]] bool migrate(int from);
    [[nodiscard]] bool createVersion(int version);
    [[nodiscard]] bool createVersion3();
    [[nodiscard]] bool createVersion4();
    [[nodiscard]] bool createVersion5();
    [[nodiscard]] bool exec(const QString &sql);
    [[nodiscard]] bool fail(const QString &what);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_error;
};

} // namespace Store
