#pragma once

#include <memory>

#include <QObject>

#include "store/archivetypes.h"

namespace Store {

class MessageStore;

// ArchiveService's half in the worker thread: owns that thread's store connection and runs each
// request there. Private to ArchiveService.
class ArchiveWorker final : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveWorker(QString profileDir);
    ~ArchiveWorker() override;

    // Every public method runs in the worker thread (ArchiveService queues them).
    void open();
    void loadFolders(quint64 token);
    void loadAccounts(quint64 token);
    void loadIds(quint64 token, const Store::ListQuery &query);
    void loadSearch(quint64 token, const QString &query, int limit);
    void loadSummaries(quint64 token, const QList<qint64> &ids);
    void loadMessage(quint64 token, qint64 id);
    void write(const std::function<QString(Store::MessageStore &)> &work);

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

private:
    QString m_profileDir;
    std::unique_ptr<MessageStore> m_store;
};

} // namespace Store
