#pragma once

// A SQLite VFS for fault-injection tests: it wraps the default VFS and makes the Nth write or
// sync (counted over every file of the process: database, WAL, journals) fail with
// SQLITE_IOERR_WRITE or SQLITE_IOERR_FSYNC, as a failing disk would. Registered as the default
// VFS, it is used by every connection opened afterwards, Qt's QSQLITE ones included (Debian's
// driver uses the system libsqlite3).
//
// Used by satchel-faultyvfs, a shared library for LD_PRELOAD whose constructor installs it from
// the environment (see faultyvfspreload.cpp), so the product itself is not changed.
namespace FaultyVfs {

enum class Operations {
    Writes,
    Syncs,
    Both,
};

struct Config
{
    long long failAt = 0; // the 1-based operation that fails; 0: none (only counts)
    Operations operations = Operations::Both;
    bool sticky = false; // every operation after failAt fails too (a disk that stays broken)
    const char *logPath = nullptr; // appends "fault N write|sync PATH" lines and "ops N" at exit
};

// Registers the VFS as the default; false when SQLite refuses. Call before any connection opens.
bool install(const Config &config);
// Write and sync operations counted so far, and faults injected.
long long operations();
long long faults();
// Appends "ops N faults M" to the log (called when the process exits).
void writeSummary();

} // namespace FaultyVfs
