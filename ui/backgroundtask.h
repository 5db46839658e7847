#pragma once

#include <functional>

// Runs task on Qt's global thread pool (so the application waits for it when it quits).
//
// The hand-over goes through the pool's mutex inside libQt6Core, which ThreadSanitizer cannot see
// (Debian's Qt is not instrumented): it would report the task's captures, written here and read
// on the pool thread, as a race. The task is therefore published with a release store that the
// pool thread reads with acquire before it runs it, an ordering TSan sees. It costs nothing.
void runInBackground(std::function<void()> task);
