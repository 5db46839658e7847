#include "mime/cssfilter.h"

#include <algorithm>

#include <QList>

namespace Mime {

namespace {

constexpr QStringView CssForbidden[] = {u"expression(", u"javascript:", u"vbscript:",
                                        u"livescript:", u"behavior",    u"behaviour",
                                        u"binding"};

QString asciiLower(QStringView in)
{
    QString out = in.toString();
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return out;
}

// A piece of CSS as the filter sees it.
struct CssPiece
{
    enum class Kind {
        Text,
        String,
        Url,
        Unsafe, // something the filter does not model: the whole segment goes
    };
    Kind kind = Kind::Text;
    QString text; // as written
    QString value; // String, Url: the content
};

QString filterCssSegment(const QList<CssPiece> &pieces, const CssUrlCheck &checkUrl)
{
    QString normalized;
    for (const CssPiece &piece : pieces) {
        if (piece.kind == CssPiece::Kind::Unsafe)
            return {};
        for (const QChar c : piece.text) {
            if (!c.isSpace())
                normalized += c;
        }
    }
    normalized = asciiLower(normalized);
    if (normalized.contains(u'\\') || normalized.contains(u'<'))
        return {};
    for (const QStringView word : CssForbidden) {
        if (normalized.contains(word))
            return {};
    }
    const bool import = normalized.startsWith(u"@import");
    bool allowedRemote = false;
    QString out;
    for (const CssPiece &piece : pieces) {
        if (piece.kind == CssPiece::Kind::Text) {
            out += piece.text;
            continue;
        }
        const CssUrlVerdict verdict = checkUrl(piece.value, piece.kind == CssPiece::Kind::String);
        allowedRemote = allowedRemote || verdict == CssUrlVerdict::AllowedRemote;
        if (verdict != CssUrlVerdict::Refused)
            out += piece.text;
        else if (piece.kind == CssPiece::Kind::Url && !import)
            out += u"none";
        else
            return {};
    }
    return import && !allowedRemote ? QString() : out;
}

} // namespace

// Splits CSS into segments (declarations, selectors, at-rule preludes) at ";", "{" and "}" outside
// strings and parentheses, and filters each one. Comments (and, in style elements, the "<!--" and
// "-->" tokens) become spaces.
QString filterCss(QStringView css, CssOrigin origin, const CssUrlCheck &checkUrl)
{
    const bool stylesheet = origin == CssOrigin::StyleElement;
    QString out;
    QList<CssPiece> segment;
    const auto addText = [&segment](QStringView text) {
        if (segment.isEmpty() || segment.last().kind != CssPiece::Kind::Text)
            segment.append({CssPiece::Kind::Text, QString(), QString()});
        segment.last().text += text;
    };
    // A string from the quote at `i`; it ends at the same quote, a newline or the end.
    const auto readString = [css](qsizetype i) {
        qsizetype j = i + 1;
        while (j < css.size() && css[j] != css[i] && css[j] != u'\n')
            ++j;
        const bool closed = j < css.size() && css[j] == css[i];
        return CssPiece {CssPiece::Kind::String, css.sliced(i, j - i + (closed ? 1 : 0)).toString(),
                         css.sliced(i + 1, j - i - 1).toString()};
    };
    int depth = 0;
    const qsizetype n = css.size();
    for (qsizetype i = 0; i < n;) {
        const QStringView rest = css.sliced(i);
        const QChar c = css[i];
        if (rest.startsWith(u"/*")) {
            const qsizetype close = css.indexOf(u"*/", i + 2);
            i = close < 0 ? n : close + 2;
            addText(u" ");
        } else if (stylesheet && (rest.startsWith(u"<!--") || rest.startsWith(u"-->"))) {
            i += rest.startsWith(u"<") ? 4 : 3;
            addText(u" ");
        } else if (c == u'"' || c == u'\'') {
            segment.append(readString(i));
            i += segment.last().text.size();
        } else if (rest.startsWith(u"url(", Qt::CaseInsensitive)) {
            const qsizetype start = i;
            qsizetype j = i + 4;
            while (j < n && css[j].isSpace())
                ++j;
            CssPiece piece {CssPiece::Kind::Url, QString(), QString()};
            if (j < n && (css[j] == u'"' || css[j] == u'\'')) {
                const CssPiece string = readString(j);
                piece.value = string.value;
                j += string.text.size();
                while (j < n && css[j].isSpace())
                    ++j;
                const bool closed =
                    string.text.size() >= 2 && string.text.back() == string.text.front();
                if (j >= n || css[j] != u')' || !closed)
                    piece.kind = CssPiece::Kind::Unsafe;
            } else {
                const qsizetype close = css.indexOf(u')', j);
                j = close < 0 ? n : close;
                piece.value = css.sliced(i + 4, j - i - 4).trimmed().toString();
                const bool bad = std::any_of(piece.value.cbegin(), piece.value.cend(), [](QChar v) {
                    return v.isSpace() || v == u'"' || v == u'\'' || v == u'(';
                });
                if (close < 0 || bad)
                    piece.kind = CssPiece::Kind::Unsafe;
            }
            i = qMin(j + 1, n);
            piece.text = css.sliced(start, i - start).toString();
            segment.append(piece);
        } else if (depth == 0 && (c == u';' || c == u'{' || c == u'}')) {
            const QString filtered = filterCssSegment(segment, checkUrl);
            out += filtered;
            if (c != u';' || !filtered.isNull()) // braces stay balanced
                out += c;
            segment.clear();
            ++i;
        } else {
            if (c == u'(')
                ++depth;
            else if (c == u')' && depth > 0)
                --depth;
            addText(rest.first(1));
            ++i;
        }
    }
    out += filterCssSegment(segment, checkUrl);
    return out;
}

} // namespace Mime
