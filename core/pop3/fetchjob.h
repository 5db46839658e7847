#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "pop3/fetchtypes.h"
#include "pop3/result.h"
#include "pop3/sessionconfig.h"
#include "pop3/ssltransport.h"

namespace Pop3 {

class Session;

// One check of one account: connect, log in, list (UIDL and LIST), ask the plan, retrieve and
// hand each message to the store hook, delete what the plan allows once stored, and QUIT.
// Lives in the worker thread (it creates its transport there); usable single-threaded in tests.
class FetchJob final : public QObject
{
    Q_OBJECT

public:
    FetchJob(SessionConfig config, TlsTrust trust, FetchHooks hooks, QObject *parent = nullptr);
    ~FetchJob() override;

    void start(); // worker thread
    void cancel(); // worker thread; closes without QUIT, so nothing is deleted

Q_SIGNALS:
    void progress(const Pop3::FetchProgress &progress);
    void finished(const Pop3::FetchSummary &summary);
    void failed(const Pop3::Error &error, const QString &protocolLog);

private:
    void onReady();
    void onListing();
    void retrieveAndDelete(const FetchPlan &plan);
    void onRetrieved(const ServerMessage &message, const Result<QByteArray> &result);
    [[nodiscard]] bool commitBatch();
    // Counts and deletes the messages of commits that are durable; wait: all of them.
    [[nodiscard]] bool collectCommitted(bool wait);
    void confirmDurable(const QList<ServerMessage> &messages);
    void storeFailed();
    void deleteMessage(const ServerMessage &message);
    void quit();
    void fail(const Error &error);

    SessionConfig m_config;
    TlsTrust m_trust;
    FetchHooks m_hooks;
    Transport *m_transport = nullptr;
    std::unique_ptr<Session> m_session;

    QList<ServerMessage> m_listing;
    QHash<quint32, qsizetype> m_indexByNumber;
    QList<ServerMessage> m_deleted;
    FetchProgress m_progress;
    FetchSummary m_summary;
    bool m_done = false;
    bool m_storeRefused = false;
    QSet<quint32> m_deleteIfStored;
    QList<ServerMessage> m_uncommitted; // stored, not yet committed: not to be deleted yet
    struct PendingCommit
    {
        quint64 ticket = 0;
        QList<ServerMessage> messages;
    };
    QList<PendingCommit> m_pendingCommits; // requested, maybe not yet durable (oldest first)
    qint64 m_uncommittedBytes = 0;
    int m_remaining = 0;
    QTimer m_commitTimer; // commits a batch that is a second old, so no lock is held for long
};

} // namespace Pop3
