#pragma once

#include <QSqlDatabase>

namespace Store {

// RAII transaction: begins in the constructor and rolls back in the destructor unless commit()
// succeeded (after KDToolBox's KDSqlDatabaseTransaction).
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace Store
