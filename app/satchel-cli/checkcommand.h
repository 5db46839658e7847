#pragma once

#include <QStringList>

namespace Cli {

class Context;

// check: SQLite's quick check of the profile's archive; prints "ok" or each problem found.
int runCheckCommand(Context &context, const QStringList &arguments);

// recover: copies what can still be read from a damaged archive into a new one, puts the new one
// in place and keeps the damaged file beside it (Store::ArchiveRecovery); prints the counts.
int runRecoverCommand(Context &context, const QStringList &arguments);

} // namespace Cli
