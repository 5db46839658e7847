#include "store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "logging.h"

namespace Store {

namespace {

bool run(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    qCWarning(lcStore) << sql << "failed:" << query.lastError().text();
    return false;
}

} // namespace

// BEGIN IMMEDIATE takes the write lock at once, waiting up to the busy timeout for another
// writer (another account's fetch, another process). A deferred BEGIN would start as a reader and
// fail with SQLITE_BUSY, without waiting, if another connection wrote before it upgraded.
Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
    , m_active(run(m_database, QStringLiteral("BEGIN IMMEDIATE")))
{ }

Transaction::~Transaction()
{
    if (m_active)
        run(m_database, QStringLiteral("ROLLBACK"));
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (run(m_database, QStringLiteral("COMMIT")))
        return true;
    run(m_database, QStringLiteral("ROLLBACK"));
    return false;
}

} // namespace Store
