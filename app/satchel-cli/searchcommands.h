#pragma once

#include <QStringList>

namespace Cli {

class Context;

// search QUERY [--folder F] [--limit N] [--offset N] [--sort newest|relevance]
//        [--format tsv|json] [--count] [--no-snippets]
int runSearchCommand(Context &context, const QStringList &arguments);
// reindex [--progress]: rebuilds the search index from the stored messages
int runReindexCommand(Context &context, const QStringList &arguments);

} // namespace Cli
