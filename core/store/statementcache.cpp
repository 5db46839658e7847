#include "store/statementcache.h"

#include <QSqlError>

namespace Store {

StatementCache::StatementCache(QSqlDatabase database)
    : m_database(std::move(database))
{ }

QSqlQuery *StatementCache::get(const QString &sql)
{
    if (QSqlQuery *query = m_index.value(sql)) {
        query->finish(); // a SELECT read before is done; its read lock goes
        return query;
    }
    auto query = std::make_unique<QSqlQuery>(m_database);
    if (!query->prepare(sql)) {
        m_error = query->lastError().text();
        return nullptr;
    }
    QSqlQuery *raw = query.get();
    m_queries.push_back(std::move(query));
    m_index.insert(sql, raw);
    return raw;
}

NativeStatement *StatementCache::native(const QString &sql)
{
    if (NativeStatement *statement = m_nativeIndex.value(sql)) {
        statement->reset();
        return statement;
    }
    auto statement = std::make_unique<NativeStatement>(sqliteHandle(m_database), sql);
    if (!statement->isValid()) {
        m_error = statement->errorString();
        return nullptr;
    }
    NativeStatement *raw = statement.get();
    m_natives.push_back(std::move(statement));
    m_nativeIndex.insert(sql, raw);
    return raw;
}

void StatementCache::clear()
{
    m_index.clear();
    m_queries.clear();
    m_nativeIndex.clear();
    m_natives.clear();
}

void StatementCache::setDatabase(QSqlDatabase database)
{
    clear();
    m_database = std::move(database);
}

} // namespace Store
