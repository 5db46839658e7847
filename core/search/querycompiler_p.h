#pragma once

// Turns a parsed query into SQL over the store's tables. Private to core/search.

#include <functional>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include "search/querynode.h"
#include "search/snippetmaker.h"
#include "store/storetypes.h"

namespace Search {

// A condition over the messages table (alias m) with its values, bound in order.
struct SqlCondition
{
    QString text;
    QVariantList bindings;
};

struct CompiledQuery
{
    // An FTS5 expression every result must match (drives the query when set); built only from
    // index words, quoted, so it can never be an FTS syntax error.
    QString match;
    QList<SqlCondition> conditions; // all must hold as well
    QList<HighlightTerm> highlights; // the terms to mark in snippets
};

// The store's folders and accounts, asked for only when the query names one.
struct QueryContext
{
    std::function<QList<Store::Folder>()> folders;
    std::function<QList<Store::Account>()> accounts;
    QDateTime now;
};

class QueryCompiler final
{
public:
    explicit QueryCompiler(QueryContext context);

    // nullopt with errorString() when the query names a folder or account that does not
    // exist, or has nothing searchable in it at all.
    [[nodiscard]] std::optional<CompiledQuery> compile(const QueryNode &query);
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    struct Part;
    [[nodiscard]] std::optional<Part> compileNode(const QueryNode &node, bool negated);
    [[nodiscard]] std::optional<Part> compileText(const QueryNode &node, bool negated);
    [[nodiscard]] std::optional<Part> compileFilter(const QueryNode &node);
    [[nodiscard]] std::optional<Part> compileAnd(const QueryNode &node, bool negated);
    [[nodiscard]] std::optional<Part> compileOr(const QueryNode &node, bool negated);
    [[nodiscard]] static SqlCondition asCondition(const Part &part);

    QueryContext m_context;
    QList<HighlightTerm> m_highlights;
    QString m_error;
};

} // namespace Search
