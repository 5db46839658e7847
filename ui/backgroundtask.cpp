#include "backgroundtask.h"

#include <atomic>

#include <QThreadPool>

namespace {

struct PublishedTask
{
    std::function<void()> run;
    std::atomic<bool> published {false};
};

} // namespace

void runInBackground(std::function<void()> task)
{
    auto *job = new PublishedTask;
    job->run = std::move(task);
    job->published.store(true, std::memory_order_release);
    QThreadPool::globalInstance()->start([job] {
        // Always true by now (the pool's own mutex ordered it); the load is for TSan.
        while (!job->published.load(std::memory_order_acquire)) { }
        job->run();
        delete job;
    });
}
