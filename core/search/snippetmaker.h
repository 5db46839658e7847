#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "search/searcher.h"

namespace Search {

// A positive text term of a query as the index sees it: its words, folded (searchtext.h).
struct HighlightTerm
{
    QStringList tokens;
    bool prefix = false; // the last word may be the start of a longer one
};

// Cuts a short extract around the first place the terms occur in a text and marks every
// occurrence inside it. Whitespace is collapsed to single spaces.
class SnippetMaker final
{
public:
    static constexpr int DefaultWidth = 160; // characters
    static constexpr int LeadIn = 40; // characters shown before the first match

    [[nodiscard]] static Snippet make(const QString &text, const QList<HighlightTerm> &terms,
                                      int width = DefaultWidth);
};

} // namespace Search
