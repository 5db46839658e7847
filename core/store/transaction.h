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
    // Why BEGIN or COMMIT failed.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool commit();

private:
    bool run(const QString &sql); // false, with m_error, when the statement failed

    QSqlDatabase m_database;
    QString m_error;
    bool m_active = false;
};

} // namespace Store
