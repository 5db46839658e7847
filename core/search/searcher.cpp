#include "search/searcher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include "logging.h"
#include "mime/messageparser.h"
#include "search/querycompiler_p.h"
#include "search/queryparser.h"
#include "store/messagestore.h"
#include "store/rowcodec_p.h"

namespace Search {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Search::Searcher", text);
}

// summaryColumns with the messages table's alias (the index has a "subject" column too).
QString qualifiedSummaryColumns()
{
    QStringList columns = QString::fromLatin1(Store::RowCodec::summaryColumns)
                              .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &column : columns)
        column = QStringLiteral("m.") + column.trimmed();
    return columns.join(QStringLiteral(", "));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

Searcher::Searcher(Store::MessageStore &store)
    : m_store(store)
{ }

std::optional<SearchResults> Searcher::search(const QString &queryText,
                                              const SearchOptions &options)
{
    m_error.clear();
    m_queryError = false;
    const ParsedQuery parsed = QueryParser::parse(queryText);
    if (!parsed.ok()) {
        m_error = parsed.error;
        m_queryError = true;
        return std::nullopt;
    }
    QueryCompiler compiler({[this] { return m_store.folders(false); },
                            [this] { return m_store.accounts(); }, options.now});
    const std::optional<CompiledQuery> compiled = compiler.compile(*parsed.query);
    if (!compiled) {
        m_error = compiler.errorString();
        m_queryError = true;
        return std::nullopt;
    }

    // FROM and WHERE, shared by the count and the page.
    QString from = QStringLiteral(" FROM messages m");
    QStringList where;
    QVariantList bindings;
    if (!compiled->match.isEmpty()) {
        from = QStringLiteral(" FROM search_fts JOIN messages m ON m.id = search_fts.rowid");
        where.append(QStringLiteral("search_fts MATCH ?"));
        bindings.append(compiled->match);
    }
    for (const SqlCondition &condition : compiled->conditions) {
        where.append(condition.text);
        bindings.append(condition.bindings);
    }
    if (options.folderId) {
        where.append(QStringLiteral("m.folder_id = ?"));
        bindings.append(*options.folderId);
    }
    const QString tail = from
        + (where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")));
    qCDebug(lcStore) << "search:" << compiled->match << tail;

    QSqlDatabase db = m_store.database().handle();
    SearchResults results;
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT COUNT(*)") + tail);
    bindAll(count, bindings);
    if (!count.exec() || !count.next()) {
        m_error = tr("Cannot search the archive: %1").arg(count.lastError().text());
        return std::nullopt;
    }
    results.total = count.value(0).toInt();
    if (results.total == 0 || options.limit <= 0)
        return results;

    const bool byRelevance = options.order == SortOrder::Relevance && !compiled->match.isEmpty();
    // Subject and senders weigh more than the body (column order of the index).
    const QString order = byRelevance
        ? QStringLiteral(" ORDER BY bm25(search_fts, 8.0, 4.0, 2.0, 2.0, 1.0, 3.0), m.date DESC")
        : QStringLiteral(" ORDER BY m.date DESC, m.id DESC");
    QSqlQuery page(db);
    page.setForwardOnly(true);
    page.prepare(QStringLiteral("SELECT ") + qualifiedSummaryColumns() + tail + order
                 + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(page, bindings);
    page.addBindValue(options.limit);
    page.addBindValue(std::max(0, options.offset));
    if (!page.exec()) {
        m_error = tr("Cannot search the archive: %1").arg(page.lastError().text());
        return std::nullopt;
    }
    while (page.next())
        results.hits.append({Store::RowCodec::summaryFrom(page), {}, {}});
    page.finish();

    const QHash<qint64, QString> paths = m_store.folderPaths();
    for (SearchHit &hit : results.hits) {
        hit.folderPath = paths.value(hit.message.folderId);
        if (!options.snippets)
            continue;
        const std::optional<QByteArray> raw = m_store.raw(hit.message.id);
        if (!raw)
            continue;
        Mime::ParseLimits limits;
        limits.maxTextBytes = 256 * 1024;
        const Mime::ParsedMessage message = Mime::parseMessage(*raw, hit.message.date, limits);
        hit.snippet = SnippetMaker::make(message.textBody, compiled->highlights);
    }
    return results;
}

} // namespace Search
