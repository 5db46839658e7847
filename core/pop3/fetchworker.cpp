#include "pop3/fetchworker.h"

#include "pop3/fetchjob.h"

namespace Pop3 {

FetchWorker::FetchWorker(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("satchel-pop3"));
    m_thread.start();
}

FetchWorker::~FetchWorker()
{
    cancel();
    if (m_job)
        m_job->deleteLater(); // runs in the worker thread before it finishes
    m_job = nullptr;
    m_thread.quit();
    m_thread.wait();
}

// GUI thread
bool FetchWorker::start(SessionConfig config, TlsTrust trust, FetchHooks hooks)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_job)
        return false;
    m_job = new FetchJob(std::move(config), std::move(trust), std::move(hooks));
    m_job->moveToThread(&m_thread);
    // The job is deleted only after this thread has seen its last signal, so cancel() never
    // reaches a deleted object.
    connect(m_job, &FetchJob::progress, this, &FetchWorker::progress);
    connect(m_job, &FetchJob::finished, this, [this](const FetchSummary &summary) {
        release();
        Q_EMIT finished(summary);
    });
    connect(m_job, &FetchJob::failed, this, [this](const Error &error, const QString &log) {
        release();
        Q_EMIT failed(error, log);
    });
    QMetaObject::invokeMethod(m_job, &FetchJob::start, Qt::QueuedConnection);
    return true;
}

// GUI thread
void FetchWorker::cancel()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_job)
        QMetaObject::invokeMethod(m_job, &FetchJob::cancel, Qt::QueuedConnection);
}

// GUI thread
void FetchWorker::release()
{
    if (!m_job)
        return;
    m_job->deleteLater();
    m_job = nullptr;
}

} // namespace Pop3
