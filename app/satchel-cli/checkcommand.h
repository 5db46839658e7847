#pragma once

#include <QStringList>

namespace Cli {

class Context;

// check: SQLite's quick check of the profile's archive; prints "ok" or each problem found.
int runCheckCommand(Context &context, const QStringList &arguments);

} // namespace Cli
