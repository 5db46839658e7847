#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Turns untrusted HTML mail into simple, well-formed HTML that is safe to show (in the reading
// pane's QTextBrowser). A pure function: nothing is loaded, nothing is logged.
//
// Output: only allowlisted elements, each start tag closed (void elements as "<br>"), all text and
// attribute values re-escaped (& < > and, in attributes, "), C0 controls other than tab, LF and
// CR removed. Elements that are not allowlisted lose their tags but keep their text, except the
// containers below, which are removed with their content.
//
// Kept elements: a abbr acronym b bdo big blockquote br caption center cite code col colgroup dd
// del dfn div dl dt em font h1-h6 hr i img ins kbd li mark nobr ol p pre q s samp small span
// strike strong sub sup table tbody td tfoot th thead tr tt u ul var. The first body becomes a
// div whose style carries the body's bgcolor, text (plain colours only) and background; article
// aside details figcaption figure footer header hgroup main nav section summary address become div;
// xmp listing plaintext become pre. Removed with content: script iframe frame frameset noframes
// object applet embed noembed noscript (its text is a fallback for scripts, often a tracking pixel)
// template svg math title button select option optgroup datalist textarea. Removed: input and other
// form controls, form tags themselves (their remaining content is inert and an unclosed <form>
// would otherwise hide the rest of the message), base, meta (incl. refresh), link (a stylesheet
// link is kept only with loadRemoteContent), audio video source track bgsound (remote media is
// counted as blocked), comments, doctypes, processing instructions and CDATA sections.
//
// Kept attributes: on every kept element title dir lang align class style; a: href; img: src alt
// width height border hspace vspace; font: color face size; table: width height border
// cellpadding cellspacing bgcolor background; tr thead tbody tfoot: valign bgcolor height
// background; td th: colspan rowspan valign width height bgcolor background nowrap; col colgroup:
// span width valign; ol: start type; ul: type; li: value type; hr: width size noshade color;
// blockquote: type; body: bgcolor text background (as CSS). Everything else, every on* handler
// included, goes. "class" is kept because filtered <style> elements are kept and select by class.
//
// URLs are compared after decoding references and removing tabs, newlines and leading and
// trailing controls and spaces. a href: http, https and mailto only. img src and background:
// cid: (recorded in contentIds), data:image/png|jpeg|jpg|gif|webp;base64 up to 1 MiB, and
// http/https/"//host" (remote: loaded only with loadRemoteContent, else blocked and counted);
// anything else (relative URLs included) is dropped. A blocked img stays as a placeholder with its
// alt, width and height; an img without an allowed or blocked source is removed.
//
// CSS (style attributes and <style> elements, which are kept after filtering): comments and the
// "<!--" "-->" tokens are removed; a declaration, selector or rule that contains a backslash
// escape, "<", expression(, javascript:, vbscript:, behavior, binding, or a quoted string that is a
// URL not allowed for images, is removed; url() values follow the image rules and a disallowed one
// is replaced by "none"; @import is kept only for an allowed remote URL.
//
// Limits: input over MaxSanitizedHtmlInput characters is cut (truncated = true); elements nested
// deeper than MaxSanitizedHtmlDepth lose their tags (text and void elements are kept). Work is
// linear in the input.
namespace Mime {

inline constexpr qsizetype MaxSanitizedHtmlInput = 5 * 1024 * 1024;
inline constexpr int MaxSanitizedHtmlDepth = 200;
inline constexpr qsizetype MaxBlockedRemoteUrls = 100; // kept in blockedRemoteUrls
inline constexpr qsizetype MaxContentIds = 1000;
inline constexpr qsizetype MaxInlineImageUrl = 1024 * 1024;

struct HtmlPolicy
{
    bool loadRemoteContent = false;
};

struct SanitizedHtml
{
    QString html; // safe to display
    int blockedRemoteCount = 0; // remote images/CSS/fonts/media not loaded (each URL counted once)
    QStringList blockedRemoteUrls; // the distinct blocked URLs, the first MaxBlockedRemoteUrls
    QStringList contentIds; // distinct cid: references, without "cid:", percent-decoded
    bool truncated = false; // input was over MaxSanitizedHtmlInput
};

[[nodiscard]] SanitizedHtml sanitizeHtml(QStringView html, const HtmlPolicy &policy = {});

} // namespace Mime
