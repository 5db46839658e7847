#pragma once

#include <functional>
#include <memory>

#include <QObject>

#include "store/archivetypes.h"

class QThread;

namespace Store {

class ArchiveWorker;
class MessageStore;

// The GUI's way into the archive: every read and write runs on one worker thread with its own
// store connection, so the GUI thread never waits on SQLite or the MIME parser. Reads are answered
// by a signal carrying the token the request returned (a view drops answers it no longer
// wants); writes emit changed() when done, or failed() with a message for the user.
class ArchiveService final : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveService(QString profileDir, QObject *parent = nullptr);
    ~ArchiveService() override; // waits for the request being run, drops the others

    void open(); // answered by opened()

    quint64 requestFolders();
    quint64 requestAccounts();
    quint64 requestIds(const ListQuery &query);
    // Search results, newest first, at most `limit` of them; the total counts all matches.
    quint64 requestSearch(const QString &query, int limit = 5000);
    quint64 requestSummaries(const QList<qint64> &ids);
    quint64 requestMessage(qint64 id);

    void setFlag(const QList<qint64> &ids, MessageFlag flag, bool on);
    void moveMessages(const QList<qint64> &ids, qint64 folderId);
    void copyMessages(const QList<qint64> &ids, qint64 folderId);
    // To Trash; messages already in Trash are deleted for good.
    void deleteMessages(const QList<qint64> &ids);
    void createFolder(const QString &name);
    void renameFolder(qint64 folderId, const QString &name);
    void deleteFolder(qint64 folderId);
    void emptyTrash();
    // Any other change, run on the worker thread; return false after setting the store's error.
    void write(std::function<bool(MessageStore &)> change);
    // The same for work that reports its own error: an empty string means success.
    void run(std::function<QString(MessageStore &)> work);
    // Messages were added by someone else (a fetch on another connection): re-read.
    void notifyChanged();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    void foldersLoaded(quint64 token, const QList<Store::Folder> &folders);
    void accountsLoaded(quint64 token, const QList<Store::Account> &accounts);
    void idsLoaded(quint64 token, const QList<qint64> &ids);
    void searchLoaded(quint64 token, const QList<qint64> &ids, int total);
    void searchFailed(quint64 token, const QString &error);
    void summariesLoaded(quint64 token, const QList<Store::MessageSummary> &rows);
    void messageLoaded(quint64 token, const Store::LoadedMessage &message);
    void changed();
    void failed(const QString &error);
    // The quick check at open found damage in the file (the message says so, for the user).
    void damaged(const QString &message);

private:
    template<typename Function>
    void post(Function function);

    void startQuickCheck(); // GUI thread, once the archive is open

    QString m_profileDir;
    std::unique_ptr<QThread> m_thread;
    // SQLite's quick check of the file on its own connection and thread, once per start, so
    // reading the whole file (seconds for a large archive) never delays the worker's answers.
    std::unique_ptr<QThread> m_checker;
    ArchiveWorker *m_worker = nullptr; // lives in m_thread, deleted there
    quint64 m_nextToken = 0;
};

} // namespace Store
