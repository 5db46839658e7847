#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

#include <QString>

struct sqlite3;

namespace Store {

// Copies committed pages from the write-ahead log into the archive file on a thread and
// connection of its own (SQLite's passive checkpoint), so that a writer committing batch after
// batch does not stop to copy and fsync them itself: a fetch writes every page twice, once into
// the log and once into the file, and the second write was a third of the store thread's time.
// The writer turns its own automatic checkpoints off while one runs
// (MessageStore::setAutoCheckpoint) and calls poke() after each commit.
class Checkpointer final
{
public:
    explicit Checkpointer(QString databasePath);
    ~Checkpointer(); // a last passive checkpoint, then the thread ends
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Opens the connection and starts the thread; false when the file cannot be opened (the
    // writer then keeps its automatic checkpoints).
    [[nodiscard]] bool start();
    void poke(); // there are new commits to copy

private:
    void run();

    QString m_path;
    sqlite3 *m_db = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_pending = false;
    bool m_stop = false;
};

} // namespace Store
