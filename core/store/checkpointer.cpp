#include "store/checkpointer.h"

#include <sqlite3.h>

#include "logging.h"

namespace Store {

Checkpointer::Checkpointer(QString databasePath)
    : m_path(std::move(databasePath))
{ }

Checkpointer::~Checkpointer()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    if (m_db)
        sqlite3_close(m_db);
}

bool Checkpointer::start()
{
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStore) << "no checkpoint thread:" << sqlite3_errmsg(m_db);
        return false;
    }
    sqlite3_busy_timeout(m_db, 1000);
    // A connection learns that the file is in WAL mode when it first reads it; until then a
    // checkpoint does nothing (and says so with -1 frames).
    if (sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr)
        != SQLITE_OK) {
        qCWarning(lcStore) << "no checkpoint thread:" << sqlite3_errmsg(m_db);
        return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void Checkpointer::poke()
{
    {
        const std::lock_guard lock(m_mutex);
        m_pending = true;
    }
    m_changed.notify_all();
}

// checkpoint thread
void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_pending || m_stop; });
        const bool last = m_stop;
        m_pending = false;
        lock.unlock();
        // Passive: copies what no reader still needs and never waits for the writer. What it
        // cannot copy now is copied by a later one, or when the last connection closes.
        int logFrames = 0;
        int copied = 0;
        const int rc =
            sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore) << "checkpoint:" << sqlite3_errmsg(m_db);
        lock.lock();
        if (last)
            return;
    }
}

} // namespace Store
