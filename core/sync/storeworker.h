#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include "mime/parsedmessage.h"
#include "pop3/fetchtypes.h"
#include "store/messagetexts.h"

namespace Sync {

// Stores retrieved messages on a thread of its own, with its own store connection, so
// that the network and the archive work at the same time. The thread running the POP3 session
// hands messages over with enqueue() and asks for durability with requestCommit(), which takes
// its place in the queue behind the messages it covers, so that the session goes on while the
// batch is written; committed() tells when it is on disk (or, with wait, waits for it).
// enqueue() blocks only for back-pressure (more than MaxQueuedBytes waiting). Between the
// first message of a batch and its commit the worker holds the profile's write lock, so FetchJob
// commits at least once a second (CommitBatchInterval) and other writers wait at most that long.
// The hand-over uses the standard library's mutex, condition variable and thread rather than Qt's:
// they are built on pthreads, which ThreadSanitizer sees (Debian's Qt is not instrumented).
class StoreWorker final
{
public:
    using Clock = std::function<QDateTime()>;
    static constexpr qint64 MaxQueuedBytes = 32 * 1024 * 1024;

    StoreWorker(QString profileDir, qint64 accountId, Clock clock);
    ~StoreWorker(); // stops the thread; anything not committed is rolled back
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    // Starts the thread and waits until its store is open; false with errorString() otherwise.
    [[nodiscard]] bool start();
    // Message numbers stored as headers only (TOP n 0); set before the first enqueue().
    void setHeadersOnly(const QSet<quint32> &numbers);
    // False once the worker failed (nothing more is accepted).
    [[nodiscard]] bool enqueue(const Pop3::ServerMessage &message, QByteArray raw);
    // Asks for every message enqueued so far to be committed durably, after them; a ticket for
    // committed().
    [[nodiscard]] quint64 requestCommit();
    // Whether the commit of a ticket is on disk (Failed once the worker failed before it was);
    // with wait, blocks until it is one or the other.
    [[nodiscard]] Pop3::CommitState committed(quint64 ticket, bool wait);

    [[nodiscard]] int stored() const;
    [[nodiscard]] QString errorString() const;

private:
    struct Item
    {
        Pop3::ServerMessage message;
        QByteArray raw;
        Mime::ParsedMessage parsed; // parsed by enqueue(), on the caller's thread
        Store::MessageTexts texts; // made there too
        QDateTime receivedAt;
        bool headersOnly = false;
        quint64 commitTicket = 0; // not 0: no message, the commit of that ticket
    };

    void run(); // worker thread

    QString m_profileDir;
    qint64 m_accountId;
    Clock m_clock;
    std::thread m_thread;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    qint64 m_queuedBytes = 0;
    QSet<quint32> m_headersOnly;
    bool m_opened = false;
    bool m_failed = false;
    bool m_stop = false;
    quint64 m_commitsRequested = 0;
    quint64 m_commitsDone = 0;
    int m_stored = 0;
    QString m_error;
};

} // namespace Sync
