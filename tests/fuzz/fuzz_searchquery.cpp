// libFuzzer target: Search::QueryParser::parse on any UTF-8 (or not) text, checking that the
// result is a well-formed tree or an error. Seeds: tests/data/search-queries.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QString>

#include "search/queryparser.h"

namespace {

// The shape QueryNode promises; depth is bounded because the parser bounds nesting.
void check(const Search::QueryNode &node, int depth)
{
    using Kind = Search::QueryNode::Kind;
    if (depth > 3 * Search::QueryParser::MaxDepth)
        __builtin_trap();
    switch (node.kind) {
    case Kind::And:
    case Kind::Or:
        if (node.children.size() < 2)
            __builtin_trap();
        break;
    case Kind::Not:
        if (node.children.size() != 1)
            __builtin_trap();
        break;
    case Kind::Text:
        if (node.text.isEmpty() || !node.children.empty())
            __builtin_trap();
        break;
    case Kind::Filter:
        if (!node.children.empty())
            __builtin_trap();
        break;
    }
    for (const Search::QueryNode &child : node.children) {
        if (child.kind == node.kind && node.kind != Kind::Not)
            __builtin_trap(); // And in And, Or in Or are flattened
        check(child, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input =
        QString::fromUtf8(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const Search::ParsedQuery parsed = Search::QueryParser::parse(input);
    if (parsed.ok()) {
        if (!parsed.error.isEmpty() || parsed.errorPosition != -1)
            __builtin_trap();
        check(*parsed.query, 0);
    } else if (parsed.error.isEmpty() || parsed.errorPosition < -1
               || parsed.errorPosition > input.size()) {
        __builtin_trap();
    }
    return 0;
}
