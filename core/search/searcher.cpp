#include "search/searcher.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include "logging.h"
#include "mime/messageparser.h"
#include "search/querycompiler_p.h"
#include "search/queryparser.h"
#include "store/messagelistquery.h"
#include "store/messagestore.h"

namespace Search {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Search::Searcher)
};

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

} // namespace

Searcher::Searcher(Store::MessageStore &store)
    : m_store(store)
{ }

std::optional<int> Searcher::count(const QString &match, const QString &tail,
                                   const QVariantList &bindings, bool indexOnly)
{
    QSqlDatabase db = m_store.database().handle();
    QSqlQuery q(db);
    // The index alone knows the count when nothing else narrows the search and no indexed
    // message has been deleted since the last rebuild (search_state).
    if (!match.isEmpty() && indexOnly && q.exec(QStringLiteral("SELECT stale FROM search_state"))
        && q.next() && q.value(0).toLongLong() == 0) {
        q.finish();
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM search_fts WHERE search_fts MATCH ?"));
        q.addBindValue(match);
    } else {
        q.finish();
        q.prepare(QStringLiteral("SELECT COUNT(*)") + tail);
        bindAll(q, bindings);
    }
    if (!q.exec() || !q.next()) {
        m_error = Strings::tr("Cannot search the archive: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toInt();
}

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
    const std::optional<int> total =
        count(compiled->match, tail, bindings, compiled->conditions.isEmpty() && !options.folderId);
    if (!total)
        return std::nullopt;
    results.total = *total;
    if (results.total == 0 || options.limit <= 0)
        return results;

    // The page's ids first (sorting ids is cheap), then their rows.
    QString pageSql;
    if (options.order == SortOrder::Relevance && !compiled->match.isEmpty()) {
        // Subject and senders weigh more than the body (column order of the index).
        pageSql = QStringLiteral("SELECT m.id") + tail
            + QStringLiteral(" ORDER BY bm25(search_fts, 8.0, 4.0, 2.0, 2.0, 1.0, 3.0),"
                             " m.date DESC");
    } else if (!compiled->match.isEmpty() && results.total > BroadMatch) {
        // Many matches: walk the messages newest first and stop at the page's end, testing each
        // against the set of matches, instead of sorting every match by date.
        QString broad = QStringLiteral(
            "SELECT m.id FROM messages m INDEXED BY messages_by_date"
            " WHERE m.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)");
        for (qsizetype i = 1; i < where.size(); ++i)
            broad += QStringLiteral(" AND ") + where.at(i);
        pageSql = broad + QStringLiteral(" ORDER BY m.date DESC, m.id DESC");
    } else {
        pageSql = QStringLiteral("SELECT m.id") + tail
            + QStringLiteral(" ORDER BY m.date DESC, m.id DESC");
    }
    QSqlQuery page(db);
    page.setForwardOnly(true);
    page.prepare(pageSql + QStringLiteral(" LIMIT ? OFFSET ?"));
    bindAll(page, bindings);
    page.addBindValue(options.limit);
    page.addBindValue(std::max(0, options.offset));
    if (!page.exec()) {
        m_error = Strings::tr("Cannot search the archive: %1").arg(page.lastError().text());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (page.next())
        ids.append(page.value(0).toLongLong());
    page.finish();
    Store::MessageListQuery rows(db);
    const std::optional<QList<Store::MessageSummary>> summaries = rows.summaries(ids);
    if (!summaries) {
        m_error = Strings::tr("Cannot search the archive: %1").arg(rows.errorString());
        return std::nullopt;
    }
    for (const Store::MessageSummary &summary : *summaries)
        results.hits.append({summary, {}, {}});

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
