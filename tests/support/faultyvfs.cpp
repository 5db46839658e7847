#include "faultyvfs.h"

#include <atomic>
#include <cstdio>
#include <mutex>
#include <sqlite3.h>

namespace FaultyVfs {

namespace {

struct FaultFile
{
    sqlite3_file base; // pMethods: ours
    sqlite3_file *real; // the wrapped VFS's file, in the memory right after this struct
    const char *name;
};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs {};
sqlite3_io_methods g_methods {};
Config g_config;
std::atomic<long long> g_operations {0};
std::atomic<long long> g_faults {0};
std::mutex g_logMutex;

sqlite3_file *realOf(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real;
}

void log(const char *line, long long n, const char *what, const char *name)
{
    if (!g_config.logPath)
        return;
    const std::lock_guard lock(g_logMutex);
    if (FILE *out = std::fopen(g_config.logPath, "a")) {
        std::fprintf(out, "%s %lld %s %s\n", line, n, what, name ? name : "-");
        std::fclose(out);
    }
}

// True when this operation is to fail.
bool injectFault(bool isWrite, const char *name)
{
    const bool counted = g_config.operations == Operations::Both
        || (isWrite == (g_config.operations == Operations::Writes));
    if (!counted)
        return false;
    const long long n = ++g_operations;
    if (g_config.failAt <= 0 || n < g_config.failAt || (n > g_config.failAt && !g_config.sticky))
        return false;
    ++g_faults;
    log("fault", n, isWrite ? "write" : "sync", name);
    return true;
}

int faultyClose(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    const int rc = real->pMethods ? real->pMethods->xClose(real) : SQLITE_OK;
    file->pMethods = nullptr;
    return rc;
}

int faultyRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xRead(real, buffer, amount, offset);
}

int faultyWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (injectFault(true, reinterpret_cast<FaultFile *>(file)->name))
        return SQLITE_IOERR_WRITE;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xWrite(real, buffer, amount, offset);
}

int faultyTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xTruncate(real, size);
}

int faultySync(sqlite3_file *file, int flags)
{
    if (injectFault(false, reinterpret_cast<FaultFile *>(file)->name))
        return SQLITE_IOERR_FSYNC;
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSync(real, flags);
}

int faultyFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileSize(real, size);
}

int faultyLock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xLock(real, level);
}

int faultyUnlock(sqlite3_file *file, int level)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xUnlock(real, level);
}

int faultyCheckReservedLock(sqlite3_file *file, int *out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xCheckReservedLock(real, out);
}

int faultyFileControl(sqlite3_file *file, int op, void *arg)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xFileControl(real, op, arg);
}

int faultySectorSize(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xSectorSize(real);
}

int faultyDeviceCharacteristics(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xDeviceCharacteristics(real);
}

int faultyShmMap(sqlite3_file *file, int page, int size, int extend, void volatile **out)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmMap(real, page, size, extend, out);
}

int faultyShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmLock(real, offset, n, flags);
}

void faultyShmBarrier(sqlite3_file *file)
{
    sqlite3_file *real = realOf(file);
    real->pMethods->xShmBarrier(real);
}

int faultyShmUnmap(sqlite3_file *file, int deleteFlag)
{
    sqlite3_file *real = realOf(file);
    return real->pMethods->xShmUnmap(real, deleteFlag);
}

int faultyOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapper = reinterpret_cast<FaultFile *>(file);
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    wrapper->name = name;
    const int rc = g_real->xOpen(g_real, name, wrapper->real, flags, outFlags);
    file->pMethods = wrapper->real->pMethods ? &g_methods : nullptr;
    return rc;
}

int faultyDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}

int faultyAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}

int faultyFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}

void *faultyDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}

void faultyDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}

void (*faultyDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}

void faultyDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}

int faultyRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}

int faultySleep(sqlite3_vfs *, int microseconds)
{
    return g_real->xSleep(g_real, microseconds);
}

int faultyCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}

int faultyGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}

int faultyCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

bool install(const Config &config)
{
    if (g_real)
        return false;
    g_config = config;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real)
        return false;
    // Version 2: WAL's shared memory, no memory-mapped I/O (which would bypass xWrite).
    g_methods.iVersion = 2;
    g_methods.xClose = faultyClose;
    g_methods.xRead = faultyRead;
    g_methods.xWrite = faultyWrite;
    g_methods.xTruncate = faultyTruncate;
    g_methods.xSync = faultySync;
    g_methods.xFileSize = faultyFileSize;
    g_methods.xLock = faultyLock;
    g_methods.xUnlock = faultyUnlock;
    g_methods.xCheckReservedLock = faultyCheckReservedLock;
    g_methods.xFileControl = faultyFileControl;
    g_methods.xSectorSize = faultySectorSize;
    g_methods.xDeviceCharacteristics = faultyDeviceCharacteristics;
    g_methods.xShmMap = faultyShmMap;
    g_methods.xShmLock = faultyShmLock;
    g_methods.xShmBarrier = faultyShmBarrier;
    g_methods.xShmUnmap = faultyShmUnmap;

    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.mxPathname = g_real->mxPathname;
    g_vfs.zName = "satchel-faulty";
    g_vfs.xOpen = faultyOpen;
    g_vfs.xDelete = faultyDelete;
    g_vfs.xAccess = faultyAccess;
    g_vfs.xFullPathname = faultyFullPathname;
    g_vfs.xDlOpen = faultyDlOpen;
    g_vfs.xDlError = faultyDlError;
    g_vfs.xDlSym = faultyDlSym;
    g_vfs.xDlClose = faultyDlClose;
    g_vfs.xRandomness = faultyRandomness;
    g_vfs.xSleep = faultySleep;
    g_vfs.xCurrentTime = faultyCurrentTime;
    g_vfs.xGetLastError = faultyGetLastError;
    g_vfs.xCurrentTimeInt64 = faultyCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

long long operations()
{
    return g_operations.load();
}

long long faults()
{
    return g_faults.load();
}

void writeSummary()
{
    if (!g_config.logPath)
        return;
    const std::lock_guard lock(g_logMutex);
    if (FILE *out = std::fopen(g_config.logPath, "a")) {
        std::fprintf(out, "ops %lld faults %lld\n", g_operations.load(), g_faults.load());
        std::fclose(out);
    }
}

} // namespace FaultyVfs
