#pragma once

#include <QStringList>

namespace Cli {

class Context;

// import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)
int runImportCommand(Context &context, const QStringList &arguments);
// export --folder F (--mbox FILE | --eml-dir DIR)
int runExportCommand(Context &context, const QStringList &arguments);

} // namespace Cli
