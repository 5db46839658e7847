#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "store/nativestatement.h"

namespace Store {

// Prepared statements kept for as long as a connection is open, so that the statements a fetch
// runs for every message skip SQLite's parser (preparing them anew was a tenth of a fetch's
// CPU time). Destroy or clear() it before its connection closes. Call finish() on a SELECT once
// its rows are read: a statement left open keeps the connection's read snapshot, and a write
// after another connection's commit then fails (SQLITE_BUSY_SNAPSHOT).
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase database = {});

    // The statement for sql, prepared on first use and reset for new bindings on later ones;
    // nullptr when it cannot be prepared (error() says why).
    [[nodiscard]] QSqlQuery *get(const QString &sql);
    // The same through SQLite's own API (NativeStatement), for the hottest statements; nullptr
    // when it cannot be prepared (error() says why) or the connection is not SQLite.
    [[nodiscard]] NativeStatement *native(const QString &sql);
    [[nodiscard]] QString error() const { return m_error; }
    void clear();
    void setDatabase(QSqlDatabase database);

private:
    QSqlDatabase m_database;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries; // stable addresses for m_index
    QHash<QString, QSqlQuery *> m_index;
    std::vector<std::unique_ptr<NativeStatement>> m_natives;
    QHash<QString, NativeStatement *> m_nativeIndex;
    QString m_error;
};

} // namespace Store
