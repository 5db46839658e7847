#pragma once

#include <functional>

#include <QString>
#include <QStringView>

// The CSS filter of the HTML sanitizer (htmlsanitizer.h describes the rules). It knows CSS syntax;
// whether a URL is allowed is the caller's decision, asked through a CssUrlCheck. A pure function
// apart from what the check does.
namespace Mime {

enum class CssOrigin {
    StyleAttribute,
    StyleElement, // also removes the "<!--" and "-->" tokens
};

// What the caller makes of a url() value or of a quoted string.
enum class CssUrlVerdict {
    NotUrl, // a quoted string that is no URL, such as a font name: kept
    Allowed, // kept
    AllowedRemote, // kept; lets an @import stand
    Refused, // url() becomes "none"; a string, or a URL in an @import, removes its segment
};

// Called with the value as written between the quotes or parentheses; `string` is true for a
// quoted string outside url(). Calls come in document order, only for declarations, selectors and
// rules that passed every other check, and none follow in one after a refusal removed it, so the
// check may record what it sees (blocked URLs, content IDs).
using CssUrlCheck = std::function<CssUrlVerdict(QStringView value, bool string)>;

// The filtered value of a style attribute or content of a style element: segments (declarations,
// selectors, at-rule preludes) that fail a check are removed, braces stay balanced.
[[nodiscard]] QString filterCss(QStringView css, CssOrigin origin, const CssUrlCheck &checkUrl);

} // namespace Mime
