#pragma once

#include <QString>
#include <QStringView>

namespace Mime {

// At most this many characters of text are produced; the rest of the document is ignored.
inline constexpr qsizetype MaxHtmlTextLength = 2 * 1024 * 1024;

// The visible text of an HTML body, for the search index and message previews. The content of
// script, style, title and the other containers the sanitizer removes is dropped; references are
// decoded; p, div, br, li, tr, h1-h6, blockquote, pre and the other block elements become line
// breaks (a blank line after paragraphs, headings, quotes, lists and tables, never more than one);
// table cells are separated by a space; whitespace runs collapse to one space outside pre; links
// keep their text, not their URL. No-break spaces become spaces and invisible characters (soft
// hyphens, zero-width spaces and joiners, U+034F, byte order marks) and control characters are
// removed, as preview padding in newsletters is made of them. The result has no leading or trailing
// whitespace.
[[nodiscard]] QString htmlToText(QStringView html);

} // namespace Mime
