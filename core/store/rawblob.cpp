#include "store/rawblob.h"

#include <sqlite3.h>

#include <QSqlError>
#include <QSqlQuery>

namespace Store {

RawBlob::RawBlob(QSqlDatabase database, StatementCache *statements)
    : m_database(std::move(database))
    , m_ownStatements(m_database)
    , m_statements(statements ? statements : &m_ownStatements)
{ }

bool RawBlob::write(qint64 messageId, const QByteArray &raw, bool insert)
{
    // A zeroblob reserves the bytes on disk without a buffer of their size; fill() writes them.
    const bool chunked = raw.size() > ChunkBytes;
    NativeStatement *q = m_statements->native(
        insert
            ? (chunked ? QStringLiteral(
                   "INSERT INTO message_raw (message_id, raw) VALUES (?, zeroblob(?))")
                       : QStringLiteral("INSERT INTO message_raw (message_id, raw) VALUES (?, ?)"))
            : (chunked
                   ? QStringLiteral("UPDATE message_raw SET raw = zeroblob(?) WHERE message_id = ?")
                   : QStringLiteral("UPDATE message_raw SET raw = ? WHERE message_id = ?")));
    if (!q) {
        m_error = m_statements->error();
        return false;
    }
    q->bind(insert ? 0 : 1, messageId);
    if (chunked)
        q->bind(insert ? 1 : 0, qint64(raw.size()));
    else
        q->bindBlob(insert ? 1 : 0, raw);
    if (!q->exec()) { // also unbinds the bytes: the statement stays prepared in a cache
        m_error = q->errorString();
        return false;
    }
    if (!insert && sqlite3_changes(sqliteHandle(m_database)) != 1) {
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
