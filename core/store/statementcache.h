#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

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
    [[nodiscard]] QString error() const { return m_error; }
    void clear();
    void setDatabase(QSqlDatabase database);

private:
    QSqlDatabase m_database;
    std::vector<std::unique_ptr<QSqlQuery>> m_queries; // stable addresses for m_index
    QHash<QString, QSqlQuery *> m_index;
    QString m_error;
};

} // namespace Store
