#pragma once

#include <QStringList>

namespace Cli {

class Context;

// account add | list | remove
int runAccountCommand(Context &context, const QStringList &arguments);

} // namespace Cli
