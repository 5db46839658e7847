#pragma once

#include <QStringList>

namespace Cli {

class Context;

// fetch [NAME ...] [--password-stdin] [--progress]
int runFetchCommand(Context &context, const QStringList &arguments);
// fetch-rest ID [--password-stdin]
int runFetchRestCommand(Context &context, const QStringList &arguments);

} // namespace Cli
