#include "sync/storeworker.h"

#include <QDir>
#include <QThread>

#include "mime/messageparser.h"
#include "store/checkpointer.h"
#include "store/messagestore.h"

namespace Sync {

StoreWorker::StoreWorker(QString profileDir, qint64 accountId, Clock clock)
    : m_profileDir(std::move(profileDir))
    , m_accountId(accountId)
    , m_clock(std::move(clock))
{ }

StoreWorker::~StoreWorker()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool StoreWorker::start()
{
    m_thread = std::thread([this] {
        QThread::currentThread()->setObjectName(QStringLiteral("satchel-store"));
        run();
    });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_opened || m_failed; });
    return !m_failed;
}

void StoreWorker::setHeadersOnly(const QSet<quint32> &numbers)
{
    const std::lock_guard lock(m_mutex);
    m_headersOnly = numbers;
}

bool StoreWorker::enqueue(const Pop3::ServerMessage &message, QByteArray raw)
{
    // Parsing happens here, on the session's thread, so that it overlaps with the store thread
    // writing the previous messages (and their index entries) instead of queueing behind them.
    // The search index needs the body text; decoding at most 1 MiB of text per part keeps a huge
    // text part from costing more than it could be worth to search.
    const QDateTime now = m_clock();
    Mime::ParseLimits limits;
    limits.maxTextBytes = 1024 * 1024;
    Mime::ParsedMessage parsed = Mime::parseMessage(raw, now, limits);
    bool headersOnly = false;
    {
        const std::lock_guard lock(m_mutex);
        headersOnly = m_headersOnly.contains(message.number);
    }
    // The row's and the index's text too: the store thread is the busier one.
    Store::MessageTexts texts = Store::MessageTexts::of(parsed, headersOnly);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_failed || m_queuedBytes <= MaxQueuedBytes; });
    if (m_failed)
        return false;
    m_queuedBytes += raw.size();
    m_queue.push_back(
        {message, std::move(raw), std::move(parsed), std::move(texts), now, headersOnly});
    lock.unlock();
    m_changed.notify_all();
    return true;
}

quint64 StoreWorker::requestCommit()
{
    std::unique_lock lock(m_mutex);
    const quint64 ticket = ++m_commitsRequested;
    Item marker;
    marker.commitTicket = ticket;
    m_queue.push_back(std::move(marker));
    lock.unlock();
    m_changed.notify_all();
    return ticket;
}

Pop3::CommitState StoreWorker::committed(quint64 ticket, bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_changed.wait(lock, [this, ticket] { return m_failed || m_commitsDone >= ticket; });
    if (m_commitsDone >= ticket)
        return Pop3::CommitState::Durable;
    return m_failed ? Pop3::CommitState::Failed : Pop3::CommitState::Pending;
}

int StoreWorker::stored() const
{
    const std::lock_guard lock(m_mutex);
    return m_stored;
}

QString StoreWorker::errorString() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

// worker thread
void StoreWorker::run()
{
    Store::MessageStore store;
    const bool opened = store.open(m_profileDir);
    // Declared after the store: its last checkpoint runs before the store's connection closes.
    Store::Checkpointer checkpointer(
        QDir(m_profileDir).filePath(Store::Database::databaseFileName()));
    const bool checkpointing = opened && checkpointer.start() && store.setAutoCheckpoint(false);
    std::unique_lock lock(m_mutex);
    m_opened = opened;
    m_failed = !opened;
    if (!opened)
        m_error = store.errorString();
    m_changed.notify_all();
    while (!m_stop && !m_failed) {
        if (!m_queue.empty() && m_queue.front().commitTicket != 0) {
            const quint64 ticket = m_queue.front().commitTicket;
            m_queue.pop_front();
            lock.unlock();
            const bool ok = store.commitBatch();
            if (ok && checkpointing)
                checkpointer.poke();
            lock.lock();
            if (ok) {
                m_commitsDone = ticket;
            } else {
                m_failed = true;
                m_error = store.errorString();
            }
            m_changed.notify_all();
            continue;
        }
        if (!m_queue.empty()) {
            Item item = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            const bool ok = store.beginBatch()
                && store.storeRetrieved(m_accountId, item.message.uidl, item.raw, item.parsed,
                                        item.texts, item.receivedAt, item.headersOnly);
            lock.lock();
            m_queuedBytes -= item.raw.size();
            if (ok) {
                ++m_stored;
            } else {
                m_failed = true;
                m_error = store.errorString();
            }
            m_changed.notify_all();
            continue;
        }
        m_changed.wait(lock);
    }
    lock.unlock();
    store.rollbackBatch(); // whatever was not committed is not kept
}

} // namespace Sync
