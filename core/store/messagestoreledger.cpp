#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "store/messagestore.h"
#include "store/messagestorestrings_p.h"
#include "store/transaction.h"

// The UIDL ledger: what the store knows of each account's messages on its server.

namespace Store {

QHash<QByteArray, Sync::LedgerEntry> MessageStore::ledger(qint64 accountId)
{
    QHash<QByteArray, Sync::LedgerEntry> result;
    QSqlQuery q(m_database.handle());
    q.setForwardOnly(true);
    // Sized first (the primary key's index answers the count): a ledger of 100,000 rows is not
    // rehashed as it grows.
    q.prepare(QStringLiteral("SELECT count(*) FROM ledger WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (q.exec() && q.next())
        result.reserve(q.value(0).toLongLong());
    // Rows of messages deleted on the server stay until pruned: should such a UIDL ever be listed
    // again, it is known, never downloaded twice.
    q.prepare(QStringLiteral("SELECT uidl, first_seen, headers_only, deleted_locally FROM ledger"
                             " WHERE account_id = ?"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next()) {
        Sync::LedgerEntry entry;
        entry.uidl = q.value(0).toByteArray();
        entry.firstSeen = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        entry.headersOnly = q.value(2).toBool();
        entry.deletedLocally = q.value(3).toBool();
        result.insert(entry.uidl, entry);
    }
    return result;
}

bool MessageStore::recordServerDeletions(qint64 accountId, const QList<QByteArray> &uidls)
{
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral(
        "UPDATE ledger SET deleted_on_server = 1 WHERE account_id = ? AND uidl = ?"));
    for (const QByteArray &uidl : uidls) {
        q.addBindValue(accountId);
        q.addBindValue(uidl);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return transaction.commit() || fail(m_database.handle().lastError().text());
}

bool MessageStore::pruneLedger(qint64 accountId, const QList<QByteArray> &uidls)
{
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("DELETE FROM ledger WHERE account_id = ? AND uidl = ?"));
    for (const QByteArray &uidl : uidls) {
        q.addBindValue(accountId);
        q.addBindValue(uidl);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    return transaction.commit() || fail(m_database.handle().lastError().text());
}

} // namespace Store
