#pragma once

#include <optional>

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include "store/statementcache.h"

namespace Store {

// A message's raw bytes in message_raw, written without a second copy in memory. Binding a
// QByteArray makes SQLite build the whole row in a buffer of its own, so a 200 MB message would be
// held twice; above ChunkBytes the row is created with a zeroblob of the right size and filled
// through SQLite's incremental blob I/O, a chunk at a time; reading works the same way. Write
// inside a transaction.
class RawBlob final
{
public:
    static constexpr qsizetype ChunkBytes = 1024 * 1024;

    // statements: where the insert stays prepared (a store's cache); optional.
    explicit RawBlob(QSqlDatabase database, StatementCache *statements = nullptr);

    // Inserts the row of messageId (insert = true) or replaces its bytes (false).
    [[nodiscard]] bool write(qint64 messageId, const QByteArray &raw, bool insert);
    // The stored bytes of messageId, read into one buffer of their size (a SELECT would hold
    // them twice: SQLite's copy and Qt's); nullopt when there is no such row or it cannot be read.
    [[nodiscard]] std::optional<QByteArray> read(qint64 messageId);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    [[nodiscard]] bool fill(qint64 messageId, const QByteArray &raw);

    QSqlDatabase m_database;
    StatementCache m_ownStatements;
    StatementCache *m_statements;
    QString m_error;
};

} // namespace Store
