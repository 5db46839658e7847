#include "searchcommands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "clicontext.h"
#include "messageformat.h"
#include "search/searcher.h"
#include "store/messagestore.h"

namespace Cli {

namespace {

std::optional<int> number(Context &context, const QCommandLineParser &parser,
                          const QCommandLineOption &option, int minimum)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        context.fail(Usage,
                     Strings::tr("--%1 needs a number of at least %2")
                         .arg(option.names().first())
                         .arg(minimum));
        return std::nullopt;
    }
    return value;
}

QJsonArray highlightsJson(const Search::Snippet &snippet)
{
    QJsonArray result;
    for (const auto &[start, length] : snippet.highlights)
        result.append(QJsonArray {start, length});
    return result;
}

} // namespace

int runSearchCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Strings::tr(
        "Searches the archive. Words must all match; also \"a phrase\", prefix*, OR, -word,\n"
        "( ), from: to: cc: subject: body: filename:, has:attachment, is:unread is:read\n"
        "is:flagged, in:FOLDER, account:NAME, before:/after:YYYY-MM-DD,\n"
        "older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).\n"
        "tsv: id, date, folder, from, subject, flags, size, snippet ([matches] marked)."));
    parser.addHelpOption();
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          Strings::tr("Only this folder."), QStringLiteral("F"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         Strings::tr("At most N results (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption offsetOption(QStringLiteral("offset"),
                                          Strings::tr("Skip the first N results (for paging)."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        Strings::tr("newest (default) or relevance."),
                                        QStringLiteral("ORDER"), QStringLiteral("newest"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Strings::tr("tsv (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("tsv"));
    const QCommandLineOption countOption(
        QStringLiteral("count"), Strings::tr("Print only the number of matching messages."));
    const QCommandLineOption noSnippetsOption(QStringLiteral("no-snippets"),
                                              Strings::tr("Leave out the extracts (faster)."));
    parser.addOptions({folderOption, limitOption, offsetOption, sortOption, formatOption,
                       countOption, noSnippetsOption});
    parser.addPositionalArgument(QStringLiteral("query"), Strings::tr("What to search for."));
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return context.fail(Usage, Strings::tr("usage: search QUERY [options]; see search --help"));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return context.fail(Usage, Strings::tr("--format must be tsv or json"));
    const QString sort = parser.value(sortOption);
    if (sort != QLatin1String("newest") && sort != QLatin1String("relevance"))
        return context.fail(Usage, Strings::tr("--sort must be newest or relevance"));
    const std::optional<int> limit = number(context, parser, limitOption, 0);
    const std::optional<int> offset = number(context, parser, offsetOption, 0);
    if (!limit || !offset)
        return Usage;

    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    Search::SearchOptions options;
    options.limit = parser.isSet(countOption) ? 0 : *limit;
    options.offset = *offset;
    options.order = sort == QLatin1String("relevance") ? Search::SortOrder::Relevance
                                                       : Search::SortOrder::NewestFirst;
    options.snippets = !parser.isSet(noSnippetsOption);
    if (parser.isSet(folderOption)) {
        options.folderId = store->folderId(parser.value(folderOption), false);
        if (!options.folderId)
            return context.fail(Usage,
                                Strings::tr("there is no folder %1; see \"satchel-cli folders\"")
                                    .arg(parser.value(folderOption)));
    }
    // The query may come as one argument or as several words (an unquoted shell line).
    Search::Searcher searcher(*store);
    const std::optional<Search::SearchResults> results =
        searcher.search(words.join(QLatin1Char(' ')), options);
    if (!results)
        return context.fail(searcher.isQueryError() ? Usage : Store, searcher.errorString());

    if (parser.isSet(countOption)) {
        context.out << results->total << Qt::endl;
        return Success;
    }
    if (format == QLatin1String("json")) {
        QJsonArray hits;
        for (const Search::SearchHit &hit : results->hits) {
            QJsonObject object = messageJson(hit.message, hit.folderPath);
            if (options.snippets) {
                object.insert(QStringLiteral("snippet"), hit.snippet.text);
                object.insert(QStringLiteral("highlights"), highlightsJson(hit.snippet));
            }
            hits.append(object);
        }
        context.out << QJsonDocument(QJsonObject {{QStringLiteral("total"), results->total},
                                                  {QStringLiteral("offset"), *offset},
                                                  {QStringLiteral("results"), hits}})
                           .toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const Search::SearchHit &hit : results->hits) {
        writeMessageTsv(context.out, hit.message, hit.folderPath);
        if (options.snippets)
            context.out << '\t'
                        << tsvField(hit.snippet.marked(QStringLiteral("["), QStringLiteral("]")));
        context.out << Qt::endl;
    }
    return Success;
}

int runReindexCommand(Context &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Strings::tr("Rebuilds the search index from the stored messages (also drops what deleted "
                    "messages left behind in it)."));
    parser.addHelpOption();
    const QCommandLineOption progressOption(QStringLiteral("progress"),
                                            Strings::tr("Report progress on standard error."));
    parser.addOption(progressOption);
    if (!parser.parse(arguments))
        return context.fail(Usage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Usage, Strings::tr("usage: reindex [--progress]"));
    Store::MessageStore *store = context.store();
    if (!store)
        return Store;
    int indexed = 0;
    const bool ok = store->rebuildSearchIndex([&](int done, int total) {
        indexed = done;
        if (parser.isSet(progressOption))
            context.err << Strings::tr("indexed %1 of %2").arg(done).arg(total) << Qt::endl;
    });
    if (!ok)
        return context.fail(Store, store->errorString());
    context.out << Strings::tr("Indexed %n message(s).", nullptr, indexed) << Qt::endl;
    return Success;
}

} // namespace Cli
