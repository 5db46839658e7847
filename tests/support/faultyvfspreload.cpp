// The LD_PRELOAD entry of satchel-faultyvfs: installs the fault VFS (faultyvfs.h) in whatever
// process loads it, configured by the environment:
//   SATCHEL_FAULT_AT=N        the Nth write or sync fails (0 or unset: none, only counted)
//   SATCHEL_FAULT_OPS=write|sync|both   which operations count (default both)
//   SATCHEL_FAULT_STICKY=1    every later one fails too
//   SATCHEL_FAULT_LOG=FILE    one line per fault, and "ops N faults M" at exit
#include <cstdlib>
#include <cstring>

#include "faultyvfs.h"

namespace {

__attribute__((constructor)) void installFromEnvironment()
{
    FaultyVfs::Config config;
    if (const char *at = std::getenv("SATCHEL_FAULT_AT"))
        config.failAt = std::atoll(at);
    if (const char *ops = std::getenv("SATCHEL_FAULT_OPS")) {
        if (std::strcmp(ops, "write") == 0)
            config.operations = FaultyVfs::Operations::Writes;
        else if (std::strcmp(ops, "sync") == 0)
            config.operations = FaultyVfs::Operations::Syncs;
    }
    if (const char *sticky = std::getenv("SATCHEL_FAULT_STICKY"))
        config.sticky = std::strcmp(sticky, "1") == 0;
    config.logPath = std::getenv("SATCHEL_FAULT_LOG");
    FaultyVfs::install(config);
}

__attribute__((destructor)) void summarize()
{
    FaultyVfs::writeSummary();
}

} // namespace
