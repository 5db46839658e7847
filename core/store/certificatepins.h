#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "store/storetypes.h"

namespace Store {

// The pin among pins for host and port (host names compare case-insensitively), or nullptr.
[[nodiscard]] const CertificatePin *findPin(const QList<CertificatePin> &pins, const QString &host,
                                            quint16 port);

// The SQL for the certificates the user accepted (table certificate_pins, schema version 4):
// one row per account, host and port. Runs on the caller's connection and inside the caller's
// transaction; MessageStore owns the transactions.
class CertificatePins final
{
public:
    explicit CertificatePins(QSqlDatabase database);

    // Every account's pins, by account id, ordered by host and port.
    [[nodiscard]] std::optional<QHash<qint64, QList<CertificatePin>>> all();
    // Replaces the account's pins with pins (an empty list removes them all). Two pins for one
    // host and port are refused.
    [[nodiscard]] bool replace(qint64 accountId, const QList<CertificatePin> &pins);

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &what);

    QSqlDatabase m_database;
    QString m_error;
};

} // namespace Store
