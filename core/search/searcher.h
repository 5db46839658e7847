#pragma once

#include <optional>

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

#include "store/storetypes.h"

namespace Store {
class MessageStore;
}

namespace Search {

enum class SortOrder {
    NewestFirst,
    Relevance, // bm25 (subject and addresses weigh more than the body); newest first otherwise
};

struct SearchOptions
{
    std::optional<qint64> folderId; // only this folder; all folders when unset
    SortOrder order = SortOrder::NewestFirst;
    int limit = 50; // one page
    int offset = 0;
    bool snippets = true; // highlighted extracts (costs one parse per hit shown)
    QDateTime now; // for older_than:/newer_than:; the current time when invalid
};

// A short extract of a matching message with the matched words marked.
struct Snippet
{
    QString text;
    QList<QPair<int, int>> highlights; // (start, length) in text, ascending, not overlapping
    // text with each highlight wrapped in open/close, e.g. "[", "]".
    [[nodiscard]] QString marked(const QString &open, const QString &close) const;
};

struct SearchHit
{
    Store::MessageSummary message;
    QString folderPath; // where the message is now
    Snippet snippet;
};

struct SearchResults
{
    int total = 0; // all matches, not only this page
    QList<SearchHit> hits; // this page
};

// Runs queries in the search language (QueryParser) against a store's full-text index.
// Same threading rule as MessageStore: the thread that owns the store.
class Searcher final
{
public:
    explicit Searcher(Store::MessageStore &store);

    // nullopt on error: errorString() says why, isQueryError() whether the query was at fault
    // (a syntax error, an unknown folder or account) rather than the database.
    [[nodiscard]] std::optional<SearchResults> search(const QString &query,
                                                      const SearchOptions &options = {});
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] bool isQueryError() const { return m_queryError; }

    // More matches than this are paged by walking the date index (see search()).
    static constexpr int BroadMatch = 1000;

private:
    [[nodiscard]] std::optional<int> count(const QString &match, const QString &tail,
                                           const QVariantList &bindings, bool indexOnly);

    Store::MessageStore &m_store;
    QString m_error;
    bool m_queryError = false;
};

} // namespace Search
