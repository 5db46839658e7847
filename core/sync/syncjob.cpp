#include "sync/syncjob.h"

#include <QCoreApplication>

#include "logging.h"
#include "mime/messageparser.h"
#include "pop3/fetchjob.h"
#include "store/messagestore.h"
#include "sync/accountconnection.h"
#include "sync/storeworker.h"
#include "sync/syncplanner.h"

namespace Sync {

SyncJob::SyncJob(Store::Account account, QString password, QString profileDir, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
    , m_profileDir(std::move(profileDir))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

SyncJob::~SyncJob() = default;

void SyncJob::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void SyncJob::start()
{
    m_store = std::make_unique<Store::MessageStore>();
    if (!m_store->open(m_profileDir)) {
        onFailed(Pop3::Error::make(Pop3::ErrorKind::LocalStoreFailed, m_store->errorString()), {});
        return;
    }
    m_worker = std::make_unique<StoreWorker>(m_profileDir, m_account.id, m_clock);
    if (!m_worker->start()) {
        onFailed(Pop3::Error::make(Pop3::ErrorKind::LocalStoreFailed, m_worker->errorString()), {});
        return;
    }
    Pop3::Error error;
    const std::optional<AccountConnection> connection =
        connectionFor(m_account, m_password, &error);
    if (!connection) {
        onFailed(error, {});
        return;
    }

    Pop3::FetchHooks hooks;
    hooks.plan = [this](const QList<Pop3::ServerMessage> &listing) {
        return plan(listing);
    };
    hooks.store = [this](const Pop3::ServerMessage &m, const QByteArray &raw) {
        return store(m, raw);
    };
    hooks.requestCommit = [this] {
        return m_worker->requestCommit();
    };
    hooks.committed = [this](quint64 ticket, bool wait) {
        return m_worker->committed(ticket, wait);
    };
    hooks.deletionsConfirmed = [this](const QList<Pop3::ServerMessage> &deleted) {
        confirmDeletions(deleted);
    };
    m_job = std::make_unique<Pop3::FetchJob>(connection->config, connection->trust, hooks);
    connect(m_job.get(), &Pop3::FetchJob::progress, this, &SyncJob::progress);
    connect(m_job.get(), &Pop3::FetchJob::finished, this, &SyncJob::onFinished);
    connect(m_job.get(), &Pop3::FetchJob::failed, this, &SyncJob::onFailed);
    m_job->start();
}

void SyncJob::cancel()
{
    if (m_job)
        m_job->cancel();
}

Pop3::FetchPlan SyncJob::plan(const QList<Pop3::ServerMessage> &listing)
{
    const SyncPlan plan =
        planSync(listing, m_store->ledger(m_account.id), m_account.retention, m_clock());
    m_summary.notes = plan.reason;
    if (plan.refused) {
        m_refusal = plan.reason;
        return {}; // nothing retrieved or deleted; the session ends with QUIT
    }
    m_worker->setHeadersOnly(QSet<quint32>(plan.headersOnly.cbegin(), plan.headersOnly.cend()));
    m_prune = plan.pruneFromLedger;
    Pop3::FetchPlan fetch = plan.fetch;
    fetch.headersOnly = plan.headersOnly;
    return fetch;
}

bool SyncJob::store(const Pop3::ServerMessage &message, const QByteArray &raw)
{
    // Parsing and storing happen on the store worker's thread while the next messages arrive;
    // messages collect in one transaction until FetchJob asks for a commit, and none of them is
    // deleted on the server before that commit is durable.
    return m_worker->enqueue(message, raw);
}

void SyncJob::confirmDeletions(const QList<Pop3::ServerMessage> &deleted)
{
    QList<QByteArray> uidls;
    for (const Pop3::ServerMessage &m : deleted) {
        if (!m.uidl.isEmpty())
            uidls.append(m.uidl);
    }
    if (!m_store->recordServerDeletions(m_account.id, uidls))
        qCWarning(lcSync) << "could not record server deletions:" << m_store->errorString();
    m_summary.deletedOnServer = int(deleted.size());
}

void SyncJob::onFinished(const Pop3::FetchSummary &summary)
{
    if (m_done)
        return;
    m_done = true;
    m_summary.fetch = summary;
    m_summary.stored = m_worker->stored();
    m_worker.reset();
    if (!m_prune.isEmpty() && m_store->pruneLedger(m_account.id, m_prune))
        m_summary.pruned = int(m_prune.size());
    if (!m_refusal.isEmpty()) {
        Pop3::Error error = Pop3::Error::make(Pop3::ErrorKind::UnsupportedByServer, m_refusal);
        Q_EMIT failed(error, summary.protocolLog);
        return;
    }
    Q_EMIT finished(m_summary);
}

void SyncJob::onFailed(const Pop3::Error &error, const QString &log)
{
    if (m_done)
        return;
    m_done = true;
    Pop3::Error reported = error;
    if (error.kind == Pop3::ErrorKind::LocalStoreFailed && reported.detail.isEmpty() && m_worker)
        reported.detail = m_worker->errorString();
    m_worker.reset(); // rolls back what was not committed
    Q_EMIT failed(reported, log);
}

} // namespace Sync
