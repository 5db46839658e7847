#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "logging.h"
#include "store/database.h"

namespace Store {

bool Transaction::run(const QString &sql)
{
    QSqlQuery query(m_database);
    if (query.exec(sql))
        return true;
    m_error = Database::describe(query.lastError());
    qCWarning(lcStore) << sql << "failed:" << m_error;
    return false;
}

// BEGIN IMMEDIATE takes the write lock at once, waiting up to the busy timeout for another
// writer (another account's fetch, another process). A deferred BEGIN would start as a reader and
// fail with SQLITE_BUSY, without waiting, if another connection wrote before it upgraded.
Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
    , m_active(run(QStringLiteral("BEGIN IMMEDIATE")))
{ }

Transaction::~Transaction()
{
    if (m_active)
        run(QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (run(QStringLiteral("COMMIT")))
        return true;
    const QString error = m_error; // what the user needs to know, not the rollback's answer
    run(QStringLiteral("ROLLBACK"));
    m_error = error;
    return false;
}

} // namespace Store
