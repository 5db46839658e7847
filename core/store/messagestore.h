#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "mime/parsedmessage.h"
#include "store/database.h"
#include "store/messagetexts.h"
#include "store/passwordfile.h"
#include "store/searchtext.h"
#include "store/statementcache.h"
#include "store/storetypes.h"
#include "store/transaction.h"
#include "sync/ledgerentry.h"

namespace Store {

// The profile's mail archive: accounts, folders, messages with their raw bytes, and each
// account's UIDL ledger. One instance per thread (each opens its own connection); never used on
// the GUI thread. Every method that writes is one transaction; storeRetrieved() commits a message
// and its ledger row together, durably (synchronous=FULL), before it returns true.
class MessageStore final
{
public:
    MessageStore() = default;
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    // Opens <profileDir>/satchel.sqlite (":memory:" as profileDir for tests).
    [[nodiscard]] bool open(const QString &profileDir);
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] Database &database() { return m_database; }

    // Accounts. Adding one creates its Inbox; removing one keeps its Inbox's messages (moved to
    // "Local Folders/<name>") unless keepMessages is false, when they are deleted with it.
    [[nodiscard]] std::optional<qint64> addAccount(const Account &account);
    [[nodiscard]] QList<Account> accounts();
    [[nodiscard]] std::optional<Account> account(const QString &name);
    // Replaces every certificate pin of the account (Account::pins) in one transaction.
    [[nodiscard]] bool setPins(qint64 accountId, const QList<CertificatePin> &pins);
    // Changes an existing account's settings (found by id); its name, messages, ledger and
    // certificate pins stay as they are.
    [[nodiscard]] bool updateAccount(const Account &account);
    // Renames an account (its Inbox's path follows); fails when another account has the name.
    [[nodiscard]] bool renameAccount(qint64 accountId, const QString &name);
    [[nodiscard]] bool removeAccount(const QString &name, bool keepMessages = true);

    // Folders.
    // With counts, total and unread are filled in (that reads every message's row).
    [[nodiscard]] QList<Folder> folders(bool withCounts = true);
    [[nodiscard]] std::optional<Folder> folderByPath(const QString &path);
    // Every folder's path by id, without the counts folders() adds up.
    [[nodiscard]] QHash<qint64, QString> folderPaths();
    [[nodiscard]] std::optional<qint64> inboxOf(qint64 accountId);
    // "Local Folders/X" (or "X"): returns the folder, creating it when asked.
    [[nodiscard]] std::optional<qint64> localFolder(const QString &name, bool create);
    [[nodiscard]] std::optional<qint64> trashFolder();
    // A folder by path ("alice/Inbox", "Local Folders/Archive") or by a local folder's name
    // ("Archive"); with createLocal, a missing local folder is made.
    [[nodiscard]] std::optional<qint64> folderId(const QString &pathOrName, bool createLocal);
    // A folder the user made: rename it, or delete it (its messages go to Trash).
    [[nodiscard]] bool renameFolder(qint64 folderId, const QString &name);
    [[nodiscard]] bool deleteFolder(qint64 folderId);

    // Messages.
    // A message retrieved from an account's server: stored in its Inbox with its ledger row,
    // committed and durable when this returns true.
    [[nodiscard]] std::optional<qint64> storeRetrieved(qint64 accountId, const QByteArray &uidl,
                                                       const QByteArray &raw,
                                                       const Mime::ParsedMessage &parsed,
                                                       const QDateTime &receivedAt,
                                                       bool headersOnly = false);
    // The same with the texts made already (MessageTexts::of(parsed, headersOnly)).
    [[nodiscard]] std::optional<qint64>
    storeRetrieved(qint64 accountId, const QByteArray &uidl, const QByteArray &raw,
                   const Mime::ParsedMessage &parsed, const MessageTexts &texts,
                   const QDateTime &receivedAt, bool headersOnly);
    // Group commit: between beginBatch() and commitBatch(), storeRetrieved() writes into one
    // transaction, made durable by commitBatch(). Without a batch each call commits on its own.
    [[nodiscard]] bool beginBatch();
    // Whether commits on this connection copy the write-ahead log into the file themselves
    // (SQLite's default); off while a Store::Checkpointer does it on another thread.
    [[nodiscard]] bool setAutoCheckpoint(bool on);
    [[nodiscard]] bool commitBatch();
    void rollbackBatch();

    // A message from a file (import): no ledger row.
    [[nodiscard]] std::optional<qint64> importMessage(qint64 folderId, const QByteArray &raw,
                                                      const Mime::ParsedMessage &parsed,
                                                      const QDateTime &receivedAt,
                                                      const MessageFlags &flags = {});
    [[nodiscard]] QList<MessageSummary> messages(qint64 folderId, int limit = -1, int offset = 0);
    [[nodiscard]] std::optional<MessageSummary> message(qint64 messageId);
    [[nodiscard]] std::optional<QByteArray> raw(qint64 messageId);
    [[nodiscard]] QList<qint64> messageIds(qint64 folderId);
    [[nodiscard]] bool moveMessage(qint64 messageId, qint64 folderId);
    // To Trash; a message already in Trash is deleted for good, and its ledger row remembers
    // that the user deleted it (for "delete from server when deleted here").
    [[nodiscard]] bool deleteMessage(qint64 messageId);
    [[nodiscard]] bool setFlags(qint64 messageId, const MessageFlags &flags);
    // One flag of several messages, in one transaction.
    [[nodiscard]] bool setFlag(const QList<qint64> &messageIds, MessageFlag flag, bool on);
    // A copy in another folder (a new message with its own id; not tied to the server).
    [[nodiscard]] std::optional<qint64> copyMessage(qint64 messageId, qint64 folderId);
    // Deletes every message in Trash for good; returns how many.
    [[nodiscard]] std::optional<int> emptyTrash();
    // When a message kept on its account's server will leave it (nullopt: never, unknown, not
    // on a server, or already gone).
    [[nodiscard]] std::optional<QDateTime> leavesServerAt(qint64 messageId);
    // A message stored as headers only: which account and UIDL it came from.
    struct Origin
    {
        qint64 accountId = 0;
        QByteArray uidl;
        bool headersOnly = false;
    };
    [[nodiscard]] std::optional<Origin> origin(qint64 messageId);
    // Replaces a headers-only message with the whole message, keeping its id, folder and flags.
    [[nodiscard]] bool completeMessage(qint64 messageId, const QByteArray &raw,
                                       const Mime::ParsedMessage &parsed);
    [[nodiscard]] int messageCount();
    // Re-indexes every message for search from its raw bytes (satchel-cli reindex), in one
    // transaction; progress is called every few hundred messages.
    [[nodiscard]] bool
    rebuildSearchIndex(const std::function<void(int done, int total)> &progress = {});

    // The ledger.
    [[nodiscard]] QHash<QByteArray, Sync::LedgerEntry> ledger(qint64 accountId);
    // After +OK to QUIT: these UIDLs are gone from the server.
    [[nodiscard]] bool recordServerDeletions(qint64 accountId, const QList<QByteArray> &uidls);
    [[nodiscard]] bool pruneLedger(qint64 accountId, const QList<QByteArray> &uidls);

private:
    [[nodiscard]] std::optional<qint64>
    insertMessage(qint64 folderId, std::optional<qint64> accountId, const QByteArray &raw,
                  const Mime::ParsedMessage &parsed, const MessageTexts &texts,
                  const QDateTime &receivedAt, const MessageFlags &flags, bool headersOnly);
    [[nodiscard]] std::optional<qint64> rootFolder();
    [[nodiscard]] std::optional<qint64> roleFolder(FolderRole role, const QString &name);
    bool fail(const QString &what);
    // A statement for saving a message, or null after fail() with why it cannot be prepared.
    NativeStatement *savingStatement(const QString &sql);

    [[nodiscard]] bool movePasswordsOutOfTheDatabase();

    Database m_database;
    StatementCache m_statements; // after m_database: goes before the connection closes
    PasswordFile m_passwords; // Account::storedPassword lives here, never in the database
    std::unique_ptr<Transaction> m_batch;
    // A batch's search-index entries, written just before its COMMIT (see insertMessage()).
    QList<std::pair<qint64, SearchText::IndexFields>> m_batchIndex;
    QString m_error;
};

[[nodiscard]] QString folderRoleName(FolderRole role);

} // namespace Store
