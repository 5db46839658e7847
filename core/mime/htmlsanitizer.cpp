#include "mime/htmlsanitizer.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <QHash>
#include <QList>
#include <QSet>
#include <QUrl>

#include "mime/cssfilter.h"
#include "mime/htmltokenizer.h"

using namespace Qt::Literals::StringLiterals;

namespace Mime {

namespace {

enum class Action {
    Unwrap, // the tag goes, the content stays (also every element not in the table)
    Keep,
    KeepVoid,
    DropWithContent,
    Body, // the first body becomes a div with its colours
    Link, // a stylesheet link: remote content
    Style, // a <style> element: kept after filtering
    Media, // audio, video, source, track, bgsound: dropped, remote URLs counted
};

struct ElementRule
{
    Action action = Action::Unwrap;
    QString output; // the emitted name
    QStringList attributes; // allowed beyond CommonAttributes
    bool closesParagraph = false;
};

constexpr QStringView CommonAttributes[] = {u"title", u"dir",   u"lang",
                                            u"align", u"class", u"style"};

const QHash<QString, ElementRule> &elementRules()
{
    static const QHash<QString, ElementRule> rules = [] {
        QHash<QString, ElementRule> r;
        const auto add = [&r](QStringView names, Action action, QStringView attributes = {},
                              QStringView output = {}) {
            for (const QStringView name : names.split(u' ')) {
                r.insert(
                    name.toString(),
                    ElementRule {action, output.isEmpty() ? name.toString() : output.toString(),
                                 attributes.toString().split(u' ', Qt::SkipEmptyParts), false});
            }
        };
        add(u"abbr acronym b bdo big cite code del dfn em i ins kbd mark nobr q s samp small span "
            u"strike strong sub sup tt u var center div dl dd dt h1 h2 h3 h4 h5 h6 p pre caption",
            Action::Keep);
        add(u"a", Action::Keep, u"href");
        add(u"font", Action::Keep, u"color face size");
        add(u"blockquote", Action::Keep, u"type");
        add(u"ul", Action::Keep, u"type");
        add(u"ol", Action::Keep, u"start type");
        add(u"li", Action::Keep, u"value type");
        add(u"table", Action::Keep,
            u"width height border cellpadding cellspacing bgcolor background");
        add(u"thead tbody tfoot tr", Action::Keep, u"valign bgcolor height background");
        add(u"td th", Action::Keep,
            u"colspan rowspan valign width height bgcolor background nowrap");
        add(u"colgroup", Action::Keep, u"span width valign");
        add(u"col", Action::KeepVoid, u"span width valign");
        add(u"br", Action::KeepVoid);
        add(u"hr", Action::KeepVoid, u"width size noshade color");
        add(u"img", Action::KeepVoid, u"src alt width height border hspace vspace");
        add(u"article aside details figcaption figure footer header hgroup main nav section "
            u"summary address",
            Action::Keep, {}, u"div");
        add(u"xmp listing plaintext", Action::Keep, {}, u"pre");
        add(u"body", Action::Body, u"bgcolor text background", u"div");
        add(u"script iframe frameset noframes object applet noembed noscript template svg math "
            u"title button select option optgroup datalist textarea",
            Action::DropWithContent);
        add(u"link", Action::Link);
        add(u"style", Action::Style);
        add(u"audio video source track bgsound", Action::Media);
        // Start tags that close an open paragraph (the standard's list, less table: mail is
        // usually rendered in quirks mode, where a table stays inside the paragraph).
        for (const QStringView name :
             QStringView(u"address article aside blockquote body center details dialog dir div dl "
                         u"fieldset figcaption figure footer form header hgroup main menu nav ol "
                         u"p section summary ul h1 h2 h3 h4 h5 h6 pre listing xmp plaintext hr "
                         u"li dd dt")
                 .split(u' '))
            r[name.toString()].closesParagraph = true;
        return r;
    }();
    return rules;
}

bool isOneOf(QStringView value, std::initializer_list<QStringView> list)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool isHeading(QStringView name)
{
    return isOneOf(name, {u"h1", u"h2", u"h3", u"h4", u"h5", u"h6"});
}

// Elements that end the scope in which end tags and implied end tags look for their element.
bool isScopeBoundary(QStringView name)
{
    return isOneOf(name, {u"table", u"td", u"th", u"caption"});
}

QString asciiLower(QStringView in)
{
    QString out = in.toString();
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return out;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// What a browser's URL parser does first: tabs and newlines vanish anywhere, leading and
// trailing C0 controls and spaces are stripped.
QString cleanUrl(QStringView raw)
{
    QString url;
    url.reserve(raw.size());
    for (const QChar c : raw) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url.append(c);
    }
    qsizetype begin = 0;
    qsizetype end = url.size();
    while (begin < end && url[begin].unicode() <= 0x20)
        ++begin;
    while (end > begin && url[end - 1].unicode() <= 0x20)
        --end;
    return url.sliced(begin, end - begin);
}

// The ASCII-lower-cased scheme of a cleaned URL, or an empty string for a relative URL.
QString schemeOf(QStringView url)
{
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url[i];
        if (c == u':')
            return i > 0 ? asciiLower(url.first(i)) : QString();
        const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        if (!(alpha || (i > 0 && (isAsciiAlnum(c) || c == u'+' || c == u'-' || c == u'.'))))
            return {};
    }
    return {};
}

bool isInlineImage(QStringView url)
{
    const qsizetype comma = url.indexOf(u',');
    if (url.size() > MaxInlineImageUrl || comma < 0)
        return false;
    const QString header = asciiLower(url.first(comma));
    if (!isOneOf(header,
                 {u"data:image/png;base64", u"data:image/jpeg;base64", u"data:image/jpg;base64",
                  u"data:image/gif;base64", u"data:image/webp;base64"}))
        return false;
    for (const QChar c : url.sliced(comma + 1)) {
        if (!isAsciiAlnum(c) && c != u'+' && c != u'/' && c != u'=')
            return false;
    }
    return true;
}

// "#rgb" to "#rrggbbaa" or a colour name: safe to put into CSS.
bool isPlainColor(QStringView value)
{
    value = value.trimmed();
    const bool hex = value.startsWith(u'#');
    const QStringView digits = hex ? value.sliced(1) : value;
    if (digits.isEmpty() || digits.size() > (hex ? 8 : 30) || (hex && digits.size() < 3))
        return false;
    return std::all_of(digits.begin(), digits.end(), [hex](QChar c) {
        return hex ? isAsciiAlnum(c) && c.toLower() <= u'f' : isAsciiAlnum(c) && !c.isDigit();
    });
}

// A URL that can stand unquoted in url(): no quotes, parentheses, backslashes or whitespace.
bool isCssSafeUrl(QStringView url)
{
    return std::none_of(url.begin(), url.end(), [](QChar c) {
        return c == u'"' || c == u'\'' || c == u'(' || c == u')' || c == u'\\' || c.isSpace();
    });
}

// C0 controls other than tab, LF and CR, and DEL: never in the output.
bool isStrippedControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7F;
}

// Escapes for text or a double-quoted attribute value; stripped controls go.
void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (const QChar c : text) {
        if (isStrippedControl(c))
            continue;
        if (c == u'&')
            out += u"&amp;";
        else if (c == u'<')
            out += u"&lt;";
        else if (c == u'>')
            out += u"&gt;";
        else if (c == u'"' && attribute)
            out += u"&quot;";
        else
            out += c;
    }
}

struct Resource
{
    QString url; // cleaned, protocol-relative made https; empty when the URL is dropped
    bool blocked = false; // remote and not loaded
    [[nodiscard]] bool kept() const { return !url.isEmpty() && !blocked; }
};

class Sanitizer
{
public:
    explicit Sanitizer(const HtmlPolicy &policy)
        : m_policy(policy)
    { }

    SanitizedHtml run(QStringView html)
    {
        if (html.size() > MaxSanitizedHtmlInput) {
            html = html.first(MaxSanitizedHtmlInput);
            if (html.back().isHighSurrogate())
                html.chop(1);
            m_result.truncated = true;
        }
        m_result.html.reserve(html.size());
        HtmlTokenizer tokenizer(html);
        for (;;) {
            const HtmlToken token = tokenizer.next();
            switch (token.type) {
            case HtmlToken::Type::Text:
                if (m_skipDepth > 0)
                    break;
                if (m_inStyle)
                    m_styleText += token.text;
                else
                    appendEscaped(m_result.html, token.text, false);
                break;
            case HtmlToken::Type::StartTag:
                startTag(token);
                break;
            case HtmlToken::Type::EndTag:
                endTag(token.name);
                break;
            case HtmlToken::Type::EndOfInput:
                if (m_inStyle)
                    emitStyle();
                popTo(0);
                return std::move(m_result);
            }
        }
    }

private:
    void startTag(const HtmlToken &token)
    {
        const QString &name = token.name;
        // Foreign elements (svg, math) honour "/>"; HTML elements ignore it.
        const bool selfClosed = token.selfClosing && (name == u"svg" || name == u"math");
        if (m_skipDepth > 0) {
            if (name == m_skipTag && !selfClosed)
                ++m_skipDepth;
            return;
        }
        const ElementRule rule = elementRules().value(name);
        switch (rule.action) {
        case Action::Unwrap:
            return;
        case Action::DropWithContent:
            if (!selfClosed) {
                m_skipTag = name;
                m_skipDepth = 1;
            }
            return;
        case Action::Style:
            m_inStyle = true;
            m_styleText.clear();
            return;
        case Action::Link:
            link(token);
            return;
        case Action::Media:
            for (const QStringView attribute : {u"src", u"poster"}) {
                const QString url = remoteUrl(cleanUrl(token.attribute(attribute)));
                if (!url.isEmpty() && !m_policy.loadRemoteContent)
                    block(url);
            }
            return;
        case Action::Body:
            if (m_seenBody)
                return;
            m_seenBody = true;
            break;
        case Action::Keep:
        case Action::KeepVoid:
            break;
        }
        const bool isVoid = rule.action == Action::KeepVoid;
        if (!isVoid && m_open.size() >= MaxSanitizedHtmlDepth)
            return;
        closeImplied(name, rule);
        bool imageShown = true;
        const QString attributeText = attributes(token, rule, &imageShown);
        if (!imageShown)
            return;
        m_result.html += u'<' + rule.output + attributeText + u'>';
        if (!isVoid) {
            m_open.append({name, rule.output});
            ++m_openCount[name];
        }
    }

    void endTag(const QString &name)
    {
        if (m_skipDepth > 0) {
            if (name == m_skipTag && --m_skipDepth == 0)
                m_skipTag.clear();
            return;
        }
        if (m_inStyle) {
            if (name == u"style")
                emitStyle();
            return;
        }
        if (name == u"br") { // "</br>" is a line break
            m_result.html += u"<br>";
            return;
        }
        if (m_openCount.value(name) == 0)
            return;
        const bool tablePart = isOneOf(
            name,
            {u"table", u"thead", u"tbody", u"tfoot", u"tr", u"td", u"th", u"caption", u"colgroup"});
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            const QString &open = m_open.at(i).source;
            if (open == name) {
                popTo(i);
                return;
            }
            if (tablePart ? open == u"table" : isScopeBoundary(open))
                return;
        }
    }

    void closeImplied(const QString &name, const ElementRule &rule)
    {
        if (rule.closesParagraph)
            closeInScope({u"p"}, {u"button"});
        if (name == u"li")
            closeInScope({u"li"}, {u"ul", u"ol"});
        else if (name == u"dt" || name == u"dd")
            closeInScope({u"dt", u"dd"}, {u"dl"});
        else if (name == u"td" || name == u"th")
            closeInScope({u"td", u"th"}, {u"tr"});
        else if (isOneOf(name, {u"tr", u"thead", u"tbody", u"tfoot"})) {
            closeInScope({u"td", u"th"}, {u"tr"});
            closeInScope({u"tr"}, {u"thead", u"tbody", u"tfoot"});
            if (name != u"tr")
                closeInScope({u"thead", u"tbody", u"tfoot"}, {});
        } else if (name == u"a")
            closeInScope({u"a"}, {});
        else if (isHeading(name) && !m_open.isEmpty() && isHeading(m_open.last().source))
            popTo(m_open.size() - 1);
    }

    void closeInScope(std::initializer_list<QStringView> targets,
                      std::initializer_list<QStringView> stoppers)
    {
        if (std::none_of(targets.begin(), targets.end(), [this](QStringView target) {
                return m_openCount.value(target.toString()) > 0;
            }))
            return;
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            const QString &open = m_open.at(i).source;
            if (isOneOf(open, targets)) {
                popTo(i);
                return;
            }
            if (isOneOf(open, stoppers) || isScopeBoundary(open))
                return;
        }
    }

    void popTo(qsizetype index)
    {
        while (m_open.size() > index) {
            const OpenElement element = m_open.takeLast();
            --m_openCount[element.source];
            m_result.html += u"</"_s + element.output + u'>';
        }
    }

    QString attributes(const HtmlToken &token, const ElementRule &rule, bool *imageShown)
    {
        QString out;
        QString css; // style, after what a body's colours and background become
        const bool isImage = token.name == u"img";
        const bool isBody = rule.action == Action::Body;
        bool imageSource = false;
        for (const HtmlAttribute &attribute : token.attributes) {
            const QString &name = attribute.name;
            if (!rule.attributes.contains(name)
                && std::find(std::begin(CommonAttributes), std::end(CommonAttributes), name)
                    == std::end(CommonAttributes))
                continue;
            QString value = attribute.value;
            if (name == u"style") {
                css += filteredCss(value, CssOrigin::StyleAttribute).trimmed();
                continue;
            }
            if (isBody && (name == u"bgcolor" || name == u"text")) {
                // The body becomes a div, which has no such attributes: say it in CSS.
                if (isPlainColor(value))
                    css.prepend((name == u"text" ? u"color:"_s : u"background-color:"_s)
                                + value.trimmed() + u';');
                continue;
            }
            if (name == u"href") {
                value = cleanUrl(value);
                if (!isOneOf(schemeOf(value), {u"http", u"https", u"mailto"}))
                    continue;
            } else if (name == u"src" || name == u"background") {
                const Resource checked = resource(value);
                if (isImage && name == u"src")
                    imageSource = !checked.url.isEmpty();
                if (!checked.kept())
                    continue;
                value = checked.url;
                if (isBody) {
                    if (isCssSafeUrl(value))
                        css.prepend(u"background-image:url("_s + value + u");"_s);
                    continue;
                }
            }
            out += u' ' + name + u"=\""_s;
            appendEscaped(out, value, true);
            out += u'"';
        }
        if (!std::all_of(css.cbegin(), css.cend(),
                         [](QChar c) { return c == u';' || c.isSpace(); })) {
            out += u" style=\""_s;
            appendEscaped(out, css, true);
            out += u'"';
        }
        // An image is shown with an allowed source, or as a placeholder for a blocked one.
        *imageShown = !isImage || imageSource;
        return out;
    }

    void link(const HtmlToken &token)
    {
        const QStringList rel = asciiLower(token.attribute(u"rel")).simplified().split(u' ');
        const QString url = remoteUrl(cleanUrl(token.attribute(u"href")));
        if (!rel.contains(u"stylesheet"_s) || url.isEmpty())
            return;
        if (!m_policy.loadRemoteContent) {
            block(url);
            return;
        }
        m_result.html += u"<link rel=\"stylesheet\" href=\"";
        appendEscaped(m_result.html, url, true);
        m_result.html += u"\">";
    }

    void emitStyle()
    {
        m_inStyle = false;
        const QString css = filteredCss(m_styleText, CssOrigin::StyleElement);
        m_styleText.clear();
        if (!css.trimmed().isEmpty())
            m_result.html += u"<style>"_s + css + u"</style>"_s;
    }

    // The image rules: cid:, small data: images, and remote URLs subject to the policy.
    Resource resource(QStringView raw)
    {
        const QString url = cleanUrl(raw);
        const QString scheme = schemeOf(url);
        if (scheme == u"cid" && url.size() > 4) {
            addContentId(QStringView(url).sliced(4));
            return {url};
        }
        if (scheme == u"data")
            return {isInlineImage(url) ? url : QString()};
        const QString remote = remoteUrl(url);
        if (!remote.isEmpty() && !m_policy.loadRemoteContent)
            block(remote);
        return {remote, !remote.isEmpty() && !m_policy.loadRemoteContent};
    }

    QString remoteUrl(const QString &cleaned) const
    {
        const QString scheme = schemeOf(cleaned);
        if (scheme == u"http" || scheme == u"https")
            return cleaned;
        if (scheme.isEmpty() && cleaned.startsWith(u"//"))
            return u"https:"_s + cleaned;
        return {};
    }

    void block(const QString &url)
    {
        if (m_blocked.contains(url))
            return;
        m_blocked.insert(url);
        ++m_result.blockedRemoteCount;
        if (m_result.blockedRemoteUrls.size() < MaxBlockedRemoteUrls)
            m_result.blockedRemoteUrls.append(url);
    }

    void addContentId(QStringView id)
    {
        const QString decoded = QUrl::fromPercentEncoding(id.toUtf8());
        if (decoded.isEmpty() || m_contentIds.contains(decoded)
            || m_result.contentIds.size() >= MaxContentIds)
            return;
        m_contentIds.insert(decoded);
        m_result.contentIds.append(decoded);
    }

    // Controls go before the filter looks: removed afterwards, they could join the pieces of a
    // forbidden word ("expression\x16(") that the filter let through.
    QString filteredCss(QStringView css, CssOrigin origin)
    {
        QString clean = css.toString();
        clean.removeIf(isStrippedControl);
        return filterCss(clean, origin,
                         [this](QStringView value, bool string) { return cssUrl(value, string); });
    }

    // A url() value or a quoted string in CSS, under the image rules.
    CssUrlVerdict cssUrl(QStringView value, bool string)
    {
        const QString url = cleanUrl(value);
        if (string && schemeOf(url).isEmpty() && !url.startsWith(u"//"))
            return CssUrlVerdict::NotUrl; // an ordinary string such as a font name
        const Resource checked = resource(url);
        if (!checked.kept())
            return CssUrlVerdict::Refused;
        return remoteUrl(checked.url).isEmpty() ? CssUrlVerdict::Allowed
                                                : CssUrlVerdict::AllowedRemote;
    }

    struct OpenElement
    {
        QString source;
        QString output;
    };

    const HtmlPolicy &m_policy;
    SanitizedHtml m_result;
    QList<OpenElement> m_open;
    QHash<QString, int> m_openCount; // by source name
    QString m_skipTag; // inside an element dropped with its content
    int m_skipDepth = 0;
    bool m_inStyle = false;
    QString m_styleText;
    bool m_seenBody = false;
    QSet<QString> m_blocked;
    QSet<QString> m_contentIds;
};

} // namespace

SanitizedHtml sanitizeHtml(QStringView html, const HtmlPolicy &policy)
{
    Sanitizer sanitizer(policy);
    return sanitizer.run(html);
}

} // namespace Mime
