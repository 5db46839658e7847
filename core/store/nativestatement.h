#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace Store {

// The sqlite3 connection behind a Qt SQLite connection (Qt's driver uses the system's
// libsqlite3, which Satchel links too), or null for another driver.
[[nodiscard]] sqlite3 *sqliteHandle(const QSqlDatabase &database);

// A statement prepared through SQLite's own API, for the few a fetch runs for every message.
// QSqlQuery builds a QVariant and a placeholder name per bound value and hands text to SQLite as
// UTF-16, which SQLite converts again; for a message's index entry (megabytes of text) and its
// row that was 4 % of a fetch's CPU time. Bound text and blobs are not copied: they must stay
// alive until the next reset(), which exec() and the error paths do.
class NativeStatement final
{
public:
    NativeStatement(sqlite3 *db, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }

    // Placeholders count from 0, as in QSqlQuery::bindValue().
    void bind(int index, qint64 value);
    void bindNull(int index);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);

    // Runs a statement that returns no rows, then resets it. False on an error (errorString()).
    [[nodiscard]] bool exec();
    // Runs a query for its first row: true with *found set, false on an error. Read the row with
    // columnInt64() before reset(), which ends the read (and its snapshot).
    [[nodiscard]] bool first(bool *found);
    [[nodiscard]] qint64 columnInt64(int column) const;
    void reset();

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    void bound(int rc);
    int step();
    bool failed(int rc);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_bindError = 0; // SQLITE_OK
    QString m_error;
};

} // namespace Store
