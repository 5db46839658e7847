#include "store/transaction.h"

#include <QSqlError>

#include "logging.h"

namespace Store {

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
    , m_active(m_database.transaction())
{
}

Transaction::~Transaction()
{
    if (m_active && !m_database.rollback())
        qCWarning(lcStore) << "rollback failed:" << m_database.lastError().text();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_database.commit();
}

} // namespace Store
