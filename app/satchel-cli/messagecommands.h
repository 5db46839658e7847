#pragma once

#include <QStringList>

namespace Cli {

class Context;

int runFoldersCommand(Context &context, const QStringList &arguments);
int runListCommand(Context &context,
                   const QStringList &arguments); // list [--folder F] [--format tsv|json]
int runShowCommand(Context &context, const QStringList &arguments); // show ID [--raw]
int runDeleteCommand(Context &context, const QStringList &arguments); // delete ID
int runMoveCommand(Context &context, const QStringList &arguments); // move ID FOLDER

} // namespace Cli
