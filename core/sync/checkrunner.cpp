#include "sync/checkrunner.h"

#include <QThread>

namespace Sync {

CheckRunner::CheckRunner(QString profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(std::move(profileDir))
{
    qRegisterMetaType<Pop3::FetchProgress>();
    qRegisterMetaType<Pop3::Error>();
    qRegisterMetaType<Sync::SyncSummary>();
}

CheckRunner::~CheckRunner()
{
    for (const Check &check : std::as_const(m_checks)) {
        // The job and its socket belong to their thread: cancel and delete them there.
        SyncJob *job = check.job;
        QMetaObject::invokeMethod(
            job,
            [job] {
                job->cancel();
                delete job;
            },
            Qt::BlockingQueuedConnection);
        check.thread->quit();
        check.thread->wait();
        delete check.thread;
    }
}

bool CheckRunner::start(const Store::Account &account, const QString &password)
{
    if (m_checks.contains(account.id))
        return false;
    Check check;
    check.thread = new QThread;
    check.thread->setObjectName(QStringLiteral("satchel-check-%1").arg(account.id));
    check.job = new SyncJob(account, password, m_profileDir);
    check.job->moveToThread(check.thread);
    const qint64 id = account.id;
    connect(check.job, &SyncJob::progress, this,
            [this, id](const Pop3::FetchProgress &p) { Q_EMIT progress(id, p); });
    connect(check.job, &SyncJob::finished, this, [this, id](const SyncSummary &summary) {
        end(id);
        Q_EMIT finished(id, summary);
    });
    connect(check.job, &SyncJob::failed, this,
            [this, id](const Pop3::Error &error, const QString &log) {
                end(id);
                Q_EMIT failed(id, error, log);
            });
    m_checks.insert(id, check);
    check.thread->start();
    QMetaObject::invokeMethod(check.job, &SyncJob::start, Qt::QueuedConnection);
    return true;
}

void CheckRunner::cancel(qint64 accountId)
{
    const auto it = m_checks.constFind(accountId);
    if (it != m_checks.cend())
        QMetaObject::invokeMethod(it->job, &SyncJob::cancel, Qt::QueuedConnection);
}

void CheckRunner::cancelAll()
{
    for (const Check &check : std::as_const(m_checks))
        QMetaObject::invokeMethod(check.job, &SyncJob::cancel, Qt::QueuedConnection);
}

// GUI thread, after the job reported its end: the job goes in its own thread, then the thread.
void CheckRunner::end(qint64 accountId)
{
    const Check check = m_checks.take(accountId);
    if (!check.thread)
        return;
    connect(check.thread, &QThread::finished, check.job, &QObject::deleteLater);
    connect(check.thread, &QThread::finished, check.thread, &QObject::deleteLater);
    QMetaObject::invokeMethod(check.job, &QObject::deleteLater, Qt::QueuedConnection);
    check.thread->quit();
}

} // namespace Sync
