#include "store/messagestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "logging.h"
#include "mime/messageparser.h"
#include "store/messagestorestrings_p.h"
#include "store/rawblob.h"
#include "store/rowcodec_p.h"
#include "store/searchindex.h"
#include "store/transaction.h"
#include "sync/syncplanner.h"

namespace Store {

using namespace RowCodec;

MessageStore::~MessageStore() = default;

bool MessageStore::open(const QString &profileDir)
{
    const QString path = profileDir == QLatin1String(":memory:")
        ? profileDir
        : QDir(profileDir).filePath(Database::databaseFileName());
    m_statements.clear();
    if (!m_database.open(path))
        return fail(m_database.errorString());
    m_statements.setDatabase(m_database.handle());
    if (profileDir != QLatin1String(":memory:"))
        m_passwords = PasswordFile(QDir(profileDir).filePath(PasswordFile::fileName()));
    if (!m_passwords.load())
        qCWarning(lcStore) << m_passwords.errorString(); // the archive itself is fine
    if (!movePasswordsOutOfTheDatabase())
        return false;
    // The standard local folders exist from the start. Their stored names are English in every
    // language: they make the paths scripts use ("Local Folders/Archive"); the window shows
    // them translated (FolderTreeModel).
    return roleFolder(FolderRole::Archive, QStringLiteral("Archive")).has_value()
        && roleFolder(FolderRole::Trash, QStringLiteral("Trash")).has_value();
}

bool MessageStore::fail(const QString &what)
{
    m_error = what;
    qCWarning(lcStore) << what;
    return false;
}

// ---- messages ------------------------------------------------------------------------------

NativeStatement *MessageStore::savingStatement(const QString &sql)
{
    NativeStatement *statement = m_statements.native(sql);
    if (!statement)
        fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(m_statements.error()));
    return statement;
}

std::optional<qint64> MessageStore::insertMessage(qint64 folderId, std::optional<qint64> accountId,
                                                  const QByteArray &raw,
                                                  const Mime::ParsedMessage &parsed,
                                                  const MessageTexts &texts,
                                                  const QDateTime &receivedAt,
                                                  const MessageFlags &flags, bool headersOnly)
{
    // Runs inside the caller's transaction: the message, its raw bytes and its index entry are
    // committed together or not at all.
    SearchIndex index(m_database.handle(), &m_statements);
    const std::optional<qint64> id = index.nextMessageId();
    if (!id) {
        fail(index.errorString());
        return std::nullopt;
    }
    NativeStatement *q = savingStatement(QStringLiteral(
        "INSERT INTO messages (id, folder_id, account_id, size, subject, from_text, to_text,"
        " cc_text, date, date_is_fallback, received_at, has_attachments, preview, message_id,"
        " headers_only, flag_read, flag_flagged, flag_answered, flag_deleted)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!q)
        return std::nullopt;
    // In the order of the placeholders; the text is bound without a copy, so it lives until exec().
    const QByteArray subject = texts.subject.toUtf8();
    const QByteArray from = texts.from.toUtf8();
    const QByteArray to = texts.to.toUtf8();
    const QByteArray cc = texts.cc.toUtf8();
    const QByteArray preview = texts.preview.toUtf8();
    const QByteArray messageId = texts.messageId.toUtf8();
    q->bind(0, *id);
    q->bind(1, folderId);
    if (accountId)
        q->bind(2, *accountId);
    else
        q->bindNull(2);
    q->bind(3, raw.size());
    q->bindText(4, subject);
    q->bindText(5, from);
    q->bindText(6, to);
    q->bindText(7, cc);
    q->bind(8, parsed.date.toSecsSinceEpoch());
    q->bind(9, parsed.dateIsFallback);
    q->bind(10, receivedAt.toSecsSinceEpoch());
    q->bind(11, parsed.hasAttachments());
    q->bindText(12, preview);
    q->bindText(13, messageId);
    q->bind(14, headersOnly);
    q->bind(15, flags.read);
    q->bind(16, flags.flagged);
    q->bind(17, flags.answered);
    q->bind(18, flags.deleted);
    if (!q->exec()) {
        fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(q->errorString()));
        return std::nullopt;
    }
    RawBlob blob(m_database.handle(), &m_statements);
    if (!blob.write(*id, raw, true)) {
        fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(blob.errorString()));
        return std::nullopt;
    }
    if (m_batch) {
        m_batchIndex.append({*id, texts.index});
        return id;
    }
    if (!index.add(*id, texts.index)) {
        fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(index.errorString()));
        return std::nullopt;
    }
    return id;
}

std::optional<qint64> MessageStore::storeRetrieved(qint64 accountId, const QByteArray &uidl,
                                                   const QByteArray &raw,
                                                   const Mime::ParsedMessage &parsed,
                                                   const QDateTime &receivedAt, bool headersOnly)
{
    return storeRetrieved(accountId, uidl, raw, parsed, MessageTexts::of(parsed, headersOnly),
                          receivedAt, headersOnly);
}

std::optional<qint64> MessageStore::storeRetrieved(qint64 accountId, const QByteArray &uidl,
                                                   const QByteArray &raw,
                                                   const Mime::ParsedMessage &parsed,
                                                   const MessageTexts &texts,
                                                   const QDateTime &receivedAt, bool headersOnly)
{
    const std::optional<qint64> inbox = inboxOf(accountId);
    if (!inbox) {
        fail(MessageStoreStrings::tr("The account has no Inbox."));
        return std::nullopt;
    }
    // Inside a batch the batch's transaction holds the writes; otherwise this call has its own.
    std::optional<Transaction> own;
    if (!m_batch) {
        own.emplace(m_database.handle());
        if (!own->isActive()) {
            fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(own->errorString()));
            return std::nullopt;
        }
    }
    // Another check of the same account (the GUI and satchel-cli at once) may have stored this
    // UIDL since the plan was made; the write lock is held now, so this answer is final.
    if (!uidl.isEmpty()) {
        NativeStatement *known = savingStatement(QStringLiteral(
            "SELECT message_id, headers_only FROM ledger WHERE account_id = ? AND uidl = ?"));
        if (!known)
            return std::nullopt;
        known->bind(0, accountId);
        known->bindBlob(1, uidl);
        bool found = false;
        if (!known->first(&found)) {
            fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(known->errorString()));
            return std::nullopt;
        }
        const qint64 knownId = found ? known->columnInt64(0) : 0;
        const bool knownWhole = found && known->columnInt64(1) == 0;
        known->reset();
        if (found && (headersOnly || knownWhole)) {
            qCDebug(lcStore) << "already stored by another check:" << uidl;
            return knownId;
        }
    }
    const std::optional<qint64> id =
        insertMessage(*inbox, accountId, raw, parsed, texts, receivedAt, {}, headersOnly);
    if (!id)
        return std::nullopt;
    if (!uidl.isEmpty()) {
        // A headers-only row is replaced when the whole message arrives later; first_seen stays.
        NativeStatement *ledger = savingStatement(QStringLiteral(
            "INSERT INTO ledger (account_id, uidl, first_seen, message_id, headers_only)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id, uidl) DO UPDATE SET"
            " message_id = excluded.message_id, headers_only = excluded.headers_only"));
        if (!ledger)
            return std::nullopt;
        ledger->bind(0, accountId);
        ledger->bindBlob(1, uidl);
        ledger->bind(2, receivedAt.toSecsSinceEpoch());
        ledger->bind(3, *id);
        ledger->bind(4, headersOnly);
        if (!ledger->exec()) {
            fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(ledger->errorString()));
            return std::nullopt;
        }
    }
    if (own && !own->commit()) {
        fail(MessageStoreStrings::tr("Cannot save the message: %1")
                 .arg(m_database.handle().lastError().text()));
        return std::nullopt;
    }
    return id;
}

bool MessageStore::beginBatch()
{
    if (m_batch)
        return true;
    m_batch = std::make_unique<Transaction>(m_database.handle());
    if (m_batch->isActive())
        return true;
    const QString error = m_batch->errorString();
    m_batch.reset();
    return fail(MessageStoreStrings::tr("Cannot save messages: %1").arg(error));
}

bool MessageStore::setAutoCheckpoint(bool on)
{
    QSqlQuery q(m_database.handle());
    return q.exec(on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000")
                     : QStringLiteral("PRAGMA wal_autocheckpoint=0"));
}

bool MessageStore::commitBatch()
{
    if (!m_batch)
        return true;
    SearchIndex index(m_database.handle(), &m_statements);
    for (const auto &[id, fields] : std::as_const(m_batchIndex)) {
        if (!index.add(id, fields)) {
            m_batchIndex.clear();
            m_batch.reset();
            return fail(
                MessageStoreStrings::tr("Cannot save messages: %1").arg(index.errorString()));
        }
    }
    m_batchIndex.clear();
    const bool ok = m_batch->commit();
    const QString error = m_batch->errorString();
    m_batch.reset();
    return ok || fail(MessageStoreStrings::tr("Cannot save messages: %1").arg(error));
}

void MessageStore::rollbackBatch()
{
    m_batchIndex.clear();
    m_batch.reset(); // the guard rolls back
}

std::optional<qint64> MessageStore::importMessage(qint64 folderId, const QByteArray &raw,
                                                  const Mime::ParsedMessage &parsed,
                                                  const QDateTime &receivedAt,
                                                  const MessageFlags &flags)
{
    std::optional<Transaction> own;
    if (!m_batch) {
        own.emplace(m_database.handle());
        if (!own->isActive()) {
            fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(own->errorString()));
            return std::nullopt;
        }
    }
    const std::optional<qint64> id =
        insertMessage(folderId, std::nullopt, raw, parsed, MessageTexts::of(parsed, false),
                      receivedAt, flags, false);
    if (id && own && !own->commit()) {
        fail(MessageStoreStrings::tr("Cannot save the message: %1")
                 .arg(m_database.handle().lastError().text()));
        return std::nullopt;
    }
    return id;
}

bool MessageStore::rebuildSearchIndex(const std::function<void(int, int)> &progress)
{
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    SearchIndex index(m_database.handle());
    if (!index.rebuild(progress))
        return fail(index.errorString());
    return transaction.commit()
        || fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                    .arg(transaction.errorString()));
}

QList<MessageSummary> MessageStore::messages(qint64 folderId, int limit, int offset)
{
    QList<MessageSummary> result;
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM messages WHERE folder_id = ? ORDER BY date, id LIMIT ? OFFSET ?")
                  .arg(QLatin1String(summaryColumns)));
    q.addBindValue(folderId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        fail(q.lastError().text());
        return result;
    }
    while (q.next())
        result.append(summaryFrom(q));
    return result;
}

std::optional<MessageSummary> MessageStore::message(qint64 messageId)
{
    QSqlQuery q(m_database.handle());
    q.prepare(
        QStringLiteral("SELECT %1 FROM messages WHERE id = ?").arg(QLatin1String(summaryColumns)));
    q.addBindValue(messageId);
    if (q.exec() && q.next())
        return summaryFrom(q);
    return std::nullopt;
}

std::optional<QByteArray> MessageStore::raw(qint64 messageId)
{
    return RawBlob(m_database.handle()).read(messageId);
}

QList<qint64> MessageStore::messageIds(qint64 folderId)
{
    QList<qint64> ids;
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE folder_id = ? ORDER BY date, id"));
    q.addBindValue(folderId);
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

int MessageStore::messageCount()
{
    QSqlQuery q(m_database.handle());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

bool MessageStore::moveMessage(qint64 messageId, qint64 folderId)
{
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("UPDATE messages SET folder_id = ? WHERE id = ?"));
    q.addBindValue(folderId);
    q.addBindValue(messageId);
    if (!q.exec())
        return fail(
            MessageStoreStrings::tr("Cannot move the message: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(MessageStoreStrings::tr("There is no message %1.").arg(messageId));
    return true;
}

bool MessageStore::deleteMessage(qint64 messageId)
{
    const std::optional<MessageSummary> summary = message(messageId);
    const std::optional<qint64> trash = trashFolder();
    if (!summary)
        return fail(MessageStoreStrings::tr("There is no message %1.").arg(messageId));
    if (!trash)
        return false;
    if (summary->folderId != *trash)
        return moveMessage(messageId, *trash);
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    QSqlQuery mark(m_database.handle());
    mark.prepare(QStringLiteral("UPDATE ledger SET deleted_locally = 1 WHERE message_id = ?"));
    mark.addBindValue(messageId);
    QSqlQuery remove(m_database.handle());
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE id = ?"));
    remove.addBindValue(messageId);
    if (!mark.exec() || !remove.exec() || !transaction.commit())
        return fail(MessageStoreStrings::tr("Cannot delete the message: %1")
                        .arg(m_database.handle().lastError().text()));
    return true;
}

bool MessageStore::setFlags(qint64 messageId, const MessageFlags &flags)
{
    QSqlQuery q(m_database.handle());
    q.prepare(
        QStringLiteral("UPDATE messages SET flag_read = ?, flag_flagged = ?, flag_answered = ?,"
                       " flag_deleted = ? WHERE id = ?"));
    q.addBindValue(flags.read);
    q.addBindValue(flags.flagged);
    q.addBindValue(flags.answered);
    q.addBindValue(flags.deleted);
    q.addBindValue(messageId);
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

std::optional<MessageStore::Origin> MessageStore::origin(qint64 messageId)
{
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("SELECT l.account_id, l.uidl, m.headers_only FROM messages m"
                             " JOIN ledger l ON l.message_id = m.id WHERE m.id = ?"));
    q.addBindValue(messageId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Origin {q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toBool()};
}

bool MessageStore::completeMessage(qint64 messageId, const QByteArray &raw,
                                   const Mime::ParsedMessage &parsed)
{
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    // The index entry of the headers-only message was made from these columns.
    QSqlQuery before(m_database.handle());
    before.prepare(QStringLiteral("SELECT subject, from_text, to_text, cc_text FROM messages"
                                  " WHERE id = ? AND headers_only = 1"));
    before.addBindValue(messageId);
    if (!before.exec() || !before.next())
        return fail(
            MessageStoreStrings::tr("Message %1 is not stored as headers only.").arg(messageId));
    const SearchText::IndexFields headerFields =
        SearchText::fieldsFor(parsed, before.value(0).toString(), before.value(1).toString(),
                              before.value(2).toString(), before.value(3).toString(), true);
    const MessageTexts texts = MessageTexts::of(parsed, false);
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral(
        "UPDATE messages SET size = ?, subject = ?, from_text = ?, to_text = ?,"
        " cc_text = ?, has_attachments = ?, preview = ?, headers_only = 0 WHERE id = ?"));
    q.addBindValue(raw.size());
    q.addBindValue(texts.subject);
    q.addBindValue(texts.from);
    q.addBindValue(texts.to);
    q.addBindValue(texts.cc);
    q.addBindValue(parsed.hasAttachments());
    q.addBindValue(texts.preview);
    q.addBindValue(messageId);
    QSqlQuery ledger(m_database.handle());
    ledger.prepare(QStringLiteral("UPDATE ledger SET headers_only = 0 WHERE message_id = ?"));
    ledger.addBindValue(messageId);
    if (!q.exec() || q.numRowsAffected() != 1 || !ledger.exec())
        return fail(MessageStoreStrings::tr("Cannot save the message: %1")
                        .arg(m_database.handle().lastError().text()));
    RawBlob blob(m_database.handle());
    if (!blob.write(messageId, raw, false))
        return fail(MessageStoreStrings::tr("Cannot save the message: %1").arg(blob.errorString()));
    SearchIndex index(m_database.handle());
    if (!index.replaceHeadersOnly(messageId, headerFields, texts.index))
        return fail(
            MessageStoreStrings::tr("Cannot save the message: %1").arg(index.errorString()));
    if (!transaction.commit())
        return fail(MessageStoreStrings::tr("Cannot save the message: %1")
                        .arg(m_database.handle().lastError().text()));
    return true;
}

bool MessageStore::setFlag(const QList<qint64> &messageIds, MessageFlag flag, bool on)
{
    Transaction transaction(m_database.handle());
    if (!transaction.isActive())
        return fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                        .arg(transaction.errorString()));
    const QLatin1String column = flag == MessageFlag::Read ? QLatin1String("flag_read")
        : flag == MessageFlag::Flagged                     ? QLatin1String("flag_flagged")
                                                           : QLatin1String("flag_answered");
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("UPDATE messages SET %1 = ? WHERE id = ?").arg(column));
    for (const qint64 id : messageIds) {
        q.addBindValue(on);
        q.addBindValue(id);
        if (!q.exec())
            return fail(
                MessageStoreStrings::tr("Cannot change the message: %1").arg(q.lastError().text()));
    }
    return transaction.commit()
        || fail(MessageStoreStrings::tr("Cannot change the message: %1")
                    .arg(transaction.errorString()));
}

std::optional<qint64> MessageStore::copyMessage(qint64 messageId, qint64 folderId)
{
    const std::optional<MessageSummary> summary = message(messageId);
    const std::optional<QByteArray> bytes = raw(messageId);
    if (!summary || !bytes) {
        fail(MessageStoreStrings::tr("There is no message %1.").arg(messageId));
        return std::nullopt;
    }
    QSqlQuery received(m_database.handle());
    received.prepare(QStringLiteral("SELECT received_at FROM messages WHERE id = ?"));
    received.addBindValue(messageId);
    const QDateTime receivedAt = received.exec() && received.next()
        ? QDateTime::fromSecsSinceEpoch(received.value(0).toLongLong(), Qt::UTC)
        : QDateTime::currentDateTimeUtc();
    return importMessage(folderId, *bytes, Mime::parseMessage(*bytes, receivedAt), receivedAt,
                         summary->flags);
}

std::optional<int> MessageStore::emptyTrash()
{
    const std::optional<qint64> trash = trashFolder();
    if (!trash)
        return std::nullopt;
    Transaction transaction(m_database.handle());
    if (!transaction.isActive()) {
        fail(MessageStoreStrings::tr("Cannot write to the database: %1")
                 .arg(transaction.errorString()));
        return std::nullopt;
    }
    QSqlQuery mark(m_database.handle());
    mark.prepare(QStringLiteral("UPDATE ledger SET deleted_locally = 1 WHERE message_id IN"
                                " (SELECT id FROM messages WHERE folder_id = ?)"));
    mark.addBindValue(*trash);
    QSqlQuery remove(m_database.handle());
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE folder_id = ?"));
    remove.addBindValue(*trash);
    if (!mark.exec() || !remove.exec()) {
        fail(MessageStoreStrings::tr("Cannot empty the Trash: %1")
                 .arg(m_database.handle().lastError().text()));
        return std::nullopt;
    }
    const int removed = remove.numRowsAffected();
    if (!transaction.commit()) {
        fail(MessageStoreStrings::tr("Cannot empty the Trash: %1").arg(transaction.errorString()));
        return std::nullopt;
    }
    return removed;
}

std::optional<QDateTime> MessageStore::leavesServerAt(qint64 messageId)
{
    QSqlQuery q(m_database.handle());
    q.prepare(QStringLiteral("SELECT l.account_id, l.uidl, l.first_seen, l.headers_only,"
                             " l.deleted_locally FROM ledger l"
                             " WHERE l.message_id = ? AND l.deleted_on_server = 0"));
    q.addBindValue(messageId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 accountId = q.value(0).toLongLong();
    Sync::LedgerEntry entry;
    entry.uidl = q.value(1).toByteArray();
    entry.firstSeen = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    entry.headersOnly = q.value(3).toBool();
    entry.deletedLocally = q.value(4).toBool();
    for (const Account &a : accounts()) {
        if (a.id == accountId)
            return Sync::leavesServerAt(entry, a.retention);
    }
    return std::nullopt;
}

} // namespace Store
