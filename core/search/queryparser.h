#pragma once

#include <optional>

#include <QString>

#include "search/querynode.h"

namespace Search {

// The outcome of parsing: a query, or a plain-language error naming the problem and where.
struct ParsedQuery
{
    std::optional<QueryNode> query; // set on success
    QString error; // set on failure, for the user (translated)
    int errorPosition = -1; // character offset into the input, when the error has one
    [[nodiscard]] bool ok() const { return query.has_value(); }
};

// Parses the search language people know from Gmail and Thunderbird (see README "Search").
// Pure function: any input, however hostile, gives a query or an error; never throws, never
// recurses without bound.
//
// Terms: word, "exact phrase", prefix* and "phrase prefix"*; field:term with the fields from:,
// to:, cc:, subject:, body:, filename: (any case); field:(group) gives that field to every
// text term in the group that has none of its own. Filters: has:attachment(s), is:unread,
// is:read, is:flagged (is:starred), in:FOLDER, account:NAME (value may be "quoted"),
// before:/after:YYYY-MM-DD (or YYYY/MM/DD), older_than:/newer_than:N plus d, w, m or y,
// larger:/smaller:N with optional K, M or G (binary) and optional B. A bad filter value is an
// error; name:value with any other name (http://x, foo:bar) is a plain word, colon and all.
//
// Precedence, tightest first: NOT and a leading '-' (unary), then AND (explicit, uppercase,
// or implied between terms), then OR (uppercase). So `a b OR c` is (a AND b) OR c and
// `-a b` is (NOT a) AND b. Lowercase and/or/not are words. Parentheses group.
//
// Leniencies: an unclosed quote ends at the end of the query; NUL and other control
// characters are spaces; a lone '-' or '*' (or a word of only dashes and stars, like the
// "--" of an SQL comment) and an empty "" are ignored; FTS5 and SQL syntax is just text.
// Errors (text for the user, naming the offending token, errorPosition = its character
// offset): empty query, OR/AND without something on both sides, NOT/'-' with nothing after
// it, unbalanced or empty parentheses, a field or filter without a value, a bad filter value,
// more than MaxQueryLength characters, MaxTerms terms or MaxDepth nested parentheses/NOTs.
// Normalised: one-child And/Or collapse to the child, And in And and Or in Or are flattened.
class QueryParser final
{
public:
    static constexpr int MaxQueryLength = 16 * 1024; // characters
    static constexpr int MaxTerms = 256;
    static constexpr int MaxDepth = 32; // nested parentheses / NOTs

    [[nodiscard]] static ParsedQuery parse(const QString &input);
};

} // namespace Search
