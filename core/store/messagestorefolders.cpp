#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "store/messagestore.h"
#include "store/messagestorestrings_p.h"
#include "store/rowcodec_p.h"
#include "store/transaction.h"

// MessageStore's folders: the standard local ones, each account's Inbox, user folders, their
// paths and counts (the rest is in messagestore.cpp and messagestoreaccounts.cpp).

namespace Store {

using namespace RowCodec;

// ---- folders -------------------------------------------------------------------------------

std::optional<qint64> MessageStore::rootFolder()
{
    return roleFolder(FolderRole::Root, QStringLiteral("Local Folders"));
}

std::optional<qint64> MessageStore::roleFolder(FolderRole role, const QString &name)
{
    QSqlQuery find(m_database.handle());
    find.prepare(QStringLiteral("SELECT id FROM folders WHERE role = ? AND account_id IS NULL"));
    find.addBindValue(folderRoleName(role));
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    std::optional<qint64> parent;
    if (role != FolderRole::Root) {
        parent = rootFolder();
        if (!parent)
            return std::nullopt;
    }
    QSqlQuery insert(m_database.handle());
    insert.prepare(QStringLiteral("INSERT INTO folders (parent_id, name, role) VALUES (?, ?, ?)"));
    insert.addBindValue(parent ? QVariant(*parent) : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(name);
    insert.addBindValue(folderRoleName(role));
    if (!insert.exec()) {
        fail(MessageStoreStrings::tr("Cannot create the folder %1: %2")
                 .arg(name, insert.lastError().text()));
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

std::optional<qint64> MessageStore::trashFolder()
{
    return roleFolder(FolderRole::Trash, QStringLiteral("Trash"));
}

QHash<qint64, QString> MessageStore::folderPaths()
{
    QHash<qint64, QString> paths;
    for (const Folder &folder : folders(false))
        paths.insert(folder.id, folder.path);
    return paths;
}

QList<Folder> MessageStore::folders(bool withCounts)
{
    QList<Folder> result;
    QSqlQuery q(m_database.handle());
    const QLatin1String counts = withCounts
        ? QLatin1String(
            " (SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id),"
            " (SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id AND m.flag_read = 0)")
        : QLatin1String(" 0, 0");
    if (!q.exec(QStringLiteral(
                    "SELECT f.id, f.name, f.role, f.account_id, a.name, p.name,%1"
                    " FROM folders f LEFT JOIN accounts a ON a.id = f.account_id"
                    " LEFT JOIN folders p ON p.id = f.parent_id"
                    " ORDER BY f.account_id IS NULL, a.name, f.role != 'root', f.role != 'archive',"
                    " f.role != 'trash', f.name")
                    .arg(counts))) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next()) {
        Folder f;
        f.id = q.value(0).toLongLong();
        f.name = q.value(1).toString();
        f.role = roleFromName(q.value(2).toString());
        f.accountId = q.value(3).toLongLong();
        if (f.role == FolderRole::Inbox)
            f.path = q.value(4).toString() + QLatin1Char('/') + f.name;
        else if (f.role == FolderRole::Root)
            f.path = f.name;
        else
            f.path = q.value(5).toString() + QLatin1Char('/') + f.name;
        f.total = q.value(6).toInt();
        f.unread = q.value(7).toInt();
        result.append(f);
    }
    return result;
}

std::optional<Folder> MessageStore::folderByPath(const QString &path)
{
    for (const Folder &f : folders()) {
        if (f.path == path)
            return f;
    }
    return std::nullopt;
}

std::optional<qint64> MessageStore::folderId(const QString &pathOrName, bool createLocal)
{
    if (const std::optional<Folder> folder = folderByPath(pathOrName))
        return folder->id;
    return localFolder(pathOrName, createLocal);
}

std::optional<qint64> MessageStore::inboxOf(qint64 accountId)
{
    QSqlQuery *q = m_statements.get(
        QStringLiteral("SELECT id FROM folders WHERE account_id = ? AND role = 'inbox'"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, accountId);
    std::optional<qint64> inbox;
    if (q->exec() && q->next())
        inbox = q->value(0).toLongLong();
    q->finish(); // a prepared SELECT left open would pin this connection's snapshot
    return inbox;
}

std::optional<qint64> MessageStore::localFolder(const QString &nameOrPath, bool create)
{
    QString name = nameOrPath;
    const QString prefix = QStringLiteral("Local Folders/");
    if (name.startsWith(prefix))
        name = name.mid(prefix.size());
    if (name.isEmpty() || name.contains(QLatin1Char('/'))) {
        fail(MessageStoreStrings::tr("\"%1\" is not a folder name (names cannot contain \"/\").")
                 .arg(nameOrPath));
        return std::nullopt;
    }
    const std::optional<qint64> root = rootFolder();
    if (!root)
        return std::nullopt;
    QSqlQuery find(m_database.handle());
    find.prepare(QStringLiteral("SELECT id FROM folders WHERE parent_id = ? AND name = ?"));
    find.addBindValue(*root);
    find.addBindValue(name);
    if (find.exec() && find.next())
        return find.value(0).toLongLong();
    if (!create) {
        fail(MessageStoreStrings::tr("There is no folder %1.").arg(nameOrPath));
        return std::nullopt;
    }
    QSqlQuery insert(m_database.handle());
    insert.prepare(
        QStringLiteral("INSERT INTO folders (parent_id, name, role) VALUES (?, ?, 'user')"));
    insert.addBindValue(*root);
    insert.addBindValue(name);
    if (!insert.exec()) {
        fail(MessageStoreStrings::tr("Cannot create the folder %1: %2")
                 .arg(name, insert.lastError().text()));
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

bool MessageStore::renameFolder(qint64 folderId, const QString &name)
{
    if (name.trimmed().isEmpty() || name.contains(QLatin1Char('/')))
        return fail(
            MessageStoreStrings::tr("\"%1\" is not a folder name (names cannot contain \"/\").")
                .arg(name));
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ? AND role = 'user'"));
    q.addBindValue(name.trimmed());
    q.addBindValue(folderId);
    if (!q.exec())
        return fail(
            MessageStoreStrings::tr("Cannot rename the folder: %1").arg(q.lastError().text()));
    return q.numRowsAffected() == 1
        || fail(MessageStoreStrings::tr("Only folders you made can be renamed."));
}

bool MessageStore::deleteFolder(qint64 folderId)
{
    const std::optional<qint64> trash = trashFolder();
    if (!trash)
        return false;
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    QSqlQuery move(m_database.handle());
    move.prepare(QStringLiteral("UPDATE messages SET folder_id = ? WHERE folder_id ="
                                " (SELECT id FROM folders WHERE id = ? AND role = 'user')"));
    move.addBindValue(*trash);
    move.addBindValue(folderId);
    QSqlQuery remove(m_database.handle());
    remove.prepare(QStringLiteral("DELETE FROM folders WHERE id = ? AND role = 'user'"));
    remove.addBindValue(folderId);
    if (!move.exec() || !remove.exec())
        return fail(MessageStoreStrings::tr("Cannot delete the folder: %1")
                        .arg(m_database.handle().lastError().text()));
    if (remove.numRowsAffected() != 1)
        return fail(MessageStoreStrings::tr("Only folders you made can be deleted."));
    return transaction.commit()
        || fail(MessageStoreStrings::tr("Cannot delete the folder: %1")
                    .arg(transaction.errorString()));
}

} // namespace Store
