#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QObject>

#include "pop3/fetchtypes.h"
#include "store/storetypes.h"

namespace Pop3 {
class FetchJob;
}

namespace Store {
class MessageStore;
}

namespace Sync {

class StoreWorker;

struct SyncSummary
{
    Pop3::FetchSummary fetch;
    int stored = 0;
    int deletedOnServer = 0;
    int pruned = 0;
    QString notes; // from the planner (e.g. duplicate UIDLs on a broken server)
};

// One account's sync: connects with the account's settings, plans with the ledger and the
// retention policy, stores each message with its ledger row in one durable transaction before
// any DELE that depends on it, records server deletions only after +OK to QUIT, and prunes ledger
// rows of UIDLs gone from the server. Lives in one thread (a worker in the GUI, the main thread in
// satchel-cli) and opens its own store connection there.
class SyncJob final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    SyncJob(Store::Account account, QString password, QString profileDir,
            QObject *parent = nullptr);
    ~SyncJob() override;

    // The time used for first-seen stamps and retention; tests inject a clock for "N days later".
    void setClock(Clock clock);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(const Pop3::FetchProgress &progress);
    void finished(const Sync::SyncSummary &summary);
    void failed(const Pop3::Error &error, const QString &protocolLog);

private:
    [[nodiscard]] Pop3::FetchPlan plan(const QList<Pop3::ServerMessage> &listing);
    [[nodiscard]] bool store(const Pop3::ServerMessage &message, const QByteArray &raw);
    void confirmDeletions(const QList<Pop3::ServerMessage> &deleted);
    void onFinished(const Pop3::FetchSummary &summary);
    void onFailed(const Pop3::Error &error, const QString &log);

    Store::Account m_account;
    QString m_password;
    QString m_profileDir;
    Clock m_clock;
    std::unique_ptr<Store::MessageStore> m_store;
    std::unique_ptr<StoreWorker> m_worker; // parses and stores on its own thread
    std::unique_ptr<Pop3::FetchJob> m_job;
    QList<QByteArray> m_prune;
    SyncSummary m_summary;
    QString m_refusal;
    bool m_done = false;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::SyncSummary)
