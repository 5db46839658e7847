#pragma once

#include <QObject>
#include <QThread>

#include "pop3/fetchtypes.h"
#include "pop3/sessionconfig.h"
#include "pop3/ssltransport.h"

namespace Pop3 {

class FetchJob;

// Hosts POP3 checks in a worker thread (after KIMAP's SessionThread): the GUI thread only starts
// and cancels checks and receives queued signals carrying value types. The socket and the session
// are created in the worker; the hooks run there too.
class FetchWorker final : public QObject
{
    Q_OBJECT

public:
    explicit FetchWorker(QObject *parent = nullptr);
    ~FetchWorker() override; // cancels a running check, then quits and waits for the thread

    // GUI thread. False when a check is already running.
    bool start(SessionConfig config, TlsTrust trust, FetchHooks hooks);
    // GUI thread. Ends the session without QUIT, so no deletion takes effect.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    void progress(const Pop3::FetchProgress &progress);
    void finished(const Pop3::FetchSummary &summary);
    void failed(const Pop3::Error &error, const QString &protocolLog);

private:
    void release(); // GUI thread: the job reported its end; it may go now

    QThread m_thread;
    FetchJob *m_job = nullptr; // lives in m_thread; deleted there after it reported its end
};

} // namespace Pop3
