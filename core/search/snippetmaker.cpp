#include "search/snippetmaker.h"

#include <algorithm>

#include "store/searchtext.h"

namespace Search {

namespace {

// How much of a long body is looked at: the extract is for a list, not for proof.
constexpr qsizetype ScanChars = 256 * 1024;

bool matchesAt(const QList<Store::SearchText::Token> &tokens, qsizetype at,
               const HighlightTerm &term)
{
    if (term.tokens.isEmpty() || at + term.tokens.size() > tokens.size())
        return false;
    for (qsizetype k = 0; k < term.tokens.size(); ++k) {
        const QString &have = tokens.at(at + k).folded;
        const QString &want = term.tokens.at(k);
        const bool last = k + 1 == term.tokens.size();
        if (last && term.prefix ? !have.startsWith(want) : have != want)
            return false;
    }
    return true;
}

} // namespace

QString Snippet::marked(const QString &open, const QString &close) const
{
    QString result;
    int at = 0;
    for (const auto &[start, length] : highlights) {
        result += text.mid(at, start - at) + open + text.mid(start, length) + close;
        at = start + length;
    }
    return result + text.mid(at);
}

Snippet SnippetMaker::make(const QString &fullText, const QList<HighlightTerm> &terms, int width)
{
    const QString text = fullText.left(ScanChars);
    const QList<Store::SearchText::Token> tokens = Store::SearchText::tokens(text);
    QList<QPair<int, int>> matches; // (start, end) in text
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (const HighlightTerm &term : terms) {
            if (matchesAt(tokens, i, term)) {
                const Store::SearchText::Token &lastToken = tokens.at(i + term.tokens.size() - 1);
                matches.append({tokens.at(i).start, lastToken.start + lastToken.length});
                break;
            }
        }
    }
    // The window: a little before the first match, snapped to the start of a word.
    int from = 0;
    if (!matches.isEmpty()) {
        from = std::max(0, matches.first().first - LeadIn);
        while (from > 0 && from < matches.first().first && !text.at(from - 1).isSpace())
            ++from;
    }
    while (from < text.size() && text.at(from).isSpace())
        ++from;
    Snippet snippet;
    bool pendingSpace = false;
    int highlightStart = -1;
    qsizetype match = 0;
    for (int i = from; i < text.size() && snippet.text.size() < width; ++i) {
        while (match < matches.size() && matches.at(match).second <= i) {
            if (highlightStart >= 0) {
                snippet.highlights.append(
                    {highlightStart, int(snippet.text.size()) - highlightStart});
                highlightStart = -1;
            }
            ++match;
        }
        const QChar c = text.at(i);
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            pendingSpace = !snippet.text.isEmpty();
            continue;
        }
        if (pendingSpace) {
            snippet.text += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (highlightStart < 0 && match < matches.size() && matches.at(match).first <= i)
            highlightStart = int(snippet.text.size());
        snippet.text += c;
    }
    if (highlightStart >= 0)
        snippet.highlights.append({highlightStart, int(snippet.text.size()) - highlightStart});
    return snippet;
}

} // namespace Search
