#pragma once

#include <QHash>
#include <QObject>

#include "pop3/fetchtypes.h"
#include "store/storetypes.h"
#include "sync/syncjob.h"

class QThread;

namespace Sync {

// Runs mail checks for the GUI: each account's SyncJob on a thread of its own (accounts check
// at the same time without waiting for each other), reporting through queued signals, so the
// GUI thread only starts, cancels and listens.
class CheckRunner final : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(QString profileDir, QObject *parent = nullptr);
    ~CheckRunner() override; // cancels every check and waits for the threads

    // False when this account is being checked already.
    bool start(const Store::Account &account, const QString &password);
    void cancel(qint64 accountId); // ends the session without QUIT: nothing is deleted
    void cancelAll();
    [[nodiscard]] bool isRunning(qint64 accountId) const { return m_checks.contains(accountId); }
    [[nodiscard]] bool isAnyRunning() const { return !m_checks.isEmpty(); }

Q_SIGNALS:
    void progress(qint64 accountId, const Pop3::FetchProgress &progress);
    void finished(qint64 accountId, const Sync::SyncSummary &summary);
    void failed(qint64 accountId, const Pop3::Error &error, const QString &protocolLog);

private:
    struct Check
    {
        QThread *thread = nullptr;
        SyncJob *job = nullptr; // lives in thread
    };
    void end(qint64 accountId);

    QString m_profileDir;
    QHash<qint64, Check> m_checks;
};

} // namespace Sync
