#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "mime/parsedmessage.h"

namespace Store::SearchText {

// How text is prepared for the full-text index and for queries, so that both sides agree.
//
// SQLite's unicode61 tokenizer (with remove_diacritics 2) splits Latin, Greek, Cyrillic… text
// into words, folds case and drops accents. Chinese, Japanese and Korean are written without
// spaces, so unicode61 would make a whole sentence one token and a word inside it unfindable.
// Before indexing, every run of CJK characters is therefore rewritten as its overlapping
// two-character pieces ("東京都" → "東京 京都"; one character stays as it is), the approach of
// Lucene's CJK analyzer. A query word goes through the same rewriting and becomes a phrase of
// those pieces, so any CJK word of two or more characters is found wherever it occurs; a single
// character is searched as a prefix. One table serves every script, which keeps the index
// small; changing this rewriting means rebuilding the index (a schema migration).
[[nodiscard]] QString forIndex(const QString &text);

// A word of text as the index sees it, with where it came from.
struct Token
{
    QString folded; // lower case, accents removed, CJK as two-character pieces
    int start = 0; // in the original text
    int length = 0;
};
// Splits text into the index's words (an approximation of unicode61 for highlighting and for
// telling whether a query word has anything searchable in it).
[[nodiscard]] QList<Token> tokens(const QString &text);
[[nodiscard]] QStringList foldedTokens(const QString &text);

// The columns of the index, in the order of the FTS table.
struct IndexFields
{
    QString subject;
    QString from;
    QString to;
    QString cc;
    QString body; // body text and the text of forwarded messages
    QString filenames; // attachment names, one per line
};
inline constexpr qsizetype MaxBodyChars = 2 * 1024 * 1024;

// The header columns come from what the store keeps in its messages row, so that they can be
// given back to the index exactly when a headers-only message is completed.
[[nodiscard]] IndexFields fieldsFor(const Mime::ParsedMessage &parsed, const QString &subject,
                                    const QString &from, const QString &to, const QString &cc,
                                    bool headersOnly);

} // namespace Store::SearchText
