#include "store/rawblob.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Store {

namespace {

// The connection's sqlite3 handle (Qt's SQLite driver uses the system's libsqlite3, which Satchel
// links too), or null for another driver.
sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

RawBlob::RawBlob(QSqlDatabase database, StatementCache *statements)
    : m_database(std::move(database))
    , m_ownStatements(m_database)
    , m_statements(statements ? statements : &m_ownStatements)
{ }

bool RawBlob::write(qint64 messageId, const QByteArray &raw, bool insert)
{
    // A zeroblob reserves the bytes on disk without a buffer of their size; fill() writes them.
    const bool chunked = raw.size() > ChunkBytes && sqliteHandle(m_database);
    const QString value = chunked ? QStringLiteral("zeroblob(?)") : QStringLiteral("?");
    QSqlQuery *q = m_statements->get(
        insert
            ? QStringLiteral("INSERT INTO message_raw (message_id, raw) VALUES (?, %1)").arg(value)
            : QStringLiteral("UPDATE message_raw SET raw = %1 WHERE message_id = ?").arg(value));
    if (!q) {
        m_error = m_statements->error();
        return false;
    }
    q->bindValue(insert ? 0 : 1, messageId);
    q->bindValue(insert ? 1 : 0, chunked ? QVariant(raw.size()) : QVariant(raw));
    const bool ok = q->exec();
    // The statement may stay prepared in a cache: it must not keep the bytes alive.
    const qsizetype affected = ok ? q->numRowsAffected() : 0;
    if (!ok)
        m_error = q->lastError().text();
    q->bindValue(insert ? 1 : 0, QVariant());
    if (!ok)
        return false;
    if (!insert && affected != 1) {
        m_error = QStringLiteral("no stored bytes for message %1").arg(messageId);
        return false;
    }
    return !chunked || fill(messageId, raw);
}

bool RawBlob::fill(qint64 messageId, const QByteArray &raw)
{
    sqlite3 *db = sqliteHandle(m_database);
    sqlite3_blob *blob = nullptr;
    int rc = sqlite3_blob_open(db, "main", "message_raw", "raw", messageId, 1, &blob);
    for (qsizetype offset = 0; rc == SQLITE_OK && offset < raw.size(); offset += ChunkBytes) {
        const int length = int(qMin(ChunkBytes, raw.size() - offset));
        rc = sqlite3_blob_write(blob, raw.constData() + offset, length, int(offset));
    }
    if (rc != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
    const int closed = sqlite3_blob_close(blob); // safe on null
    if (rc == SQLITE_OK && closed != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        rc = closed;
    }
    return rc == SQLITE_OK;
}

std::optional<QByteArray> RawBlob::read(qint64 messageId)
{
    sqlite3 *db = sqliteHandle(m_database);
    if (!db) {
        QSqlQuery q(m_database);
        q.prepare(QStringLiteral("SELECT raw FROM message_raw WHERE message_id = ?"));
        q.addBindValue(messageId);
        if (q.exec() && q.next())
            return q.value(0).toByteArray();
        m_error = q.lastError().text();
        return std::nullopt;
    }
    sqlite3_blob *blob = nullptr;
    int rc = sqlite3_blob_open(db, "main", "message_raw", "raw", messageId, 0, &blob);
    QByteArray bytes;
    if (rc == SQLITE_OK)
        bytes.resize(sqlite3_blob_bytes(blob));
    for (qsizetype offset = 0; rc == SQLITE_OK && offset < bytes.size(); offset += ChunkBytes) {
        const int length = int(qMin(ChunkBytes, bytes.size() - offset));
        rc = sqlite3_blob_read(blob, bytes.data() + offset, length, int(offset));
    }
    if (rc != SQLITE_OK)
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK)
        return std::nullopt;
    return bytes;
}

} // namespace Store
