// libFuzzer target: Mime::sanitizeHtml and Mime::htmlToText on any bytes, read as UTF-8 (even
// sizes) or Latin-1 (odd sizes), with remote content blocked or loaded (the last byte's low bit).
// Checks the promises of htmlsanitizer.h and htmltotext.h on the output: only allowlisted elements
// and attributes, no "<script", no on* handlers, a href only http/https/mailto, img src only
// cid:/data:image/remote (remote only when loading is allowed), no javascript:, vbscript: or
// expression( in CSS, no C0 controls but tab/LF/CR, the limits; and for the text: no leading or
// trailing whitespace, no invisible characters, at most MaxHtmlTextLength characters.
// Seeds: tests/data/fuzz-seeds/html and ../shared/corpus/edge.
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "mime/htmlsanitizer.h"
#include "mime/htmltotext.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QSet<QString> words(const char *list)
{
    QSet<QString> set;
    for (const QString &word : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

// Elements the header keeps (plus what it turns others into, the filtered style element and the
// stylesheet link it keeps with loadRemoteContent), with the attributes each may carry.
const QHash<QString, QSet<QString>> &allowedAttributes()
{
    static const QHash<QString, QSet<QString>> allowed = [] {
        QHash<QString, QSet<QString>> map;
        for (const QString &element : words(
                 "a abbr acronym b bdo big blockquote br caption center cite code col colgroup dd "
                 "del dfn div dl dt em font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark nobr ol p "
                 "pre q s samp small span strike strong sub sup table tbody td tfoot th thead tr "
                 "tt u ul var style"))
            map.insert(element, words("title dir lang align class style"));
        map[u"a"_s] += words("href");
        map[u"img"_s] += words("src alt width height border hspace vspace");
        map[u"font"_s] += words("color face size");
        map[u"table"_s] += words("width height border cellpadding cellspacing bgcolor background");
        for (const char *row : {"tr", "thead", "tbody", "tfoot"})
            map[QString::fromLatin1(row)] += words("valign bgcolor height background");
        for (const char *cell : {"td", "th"})
            map[QString::fromLatin1(cell)] +=
                words("colspan rowspan valign width height bgcolor background nowrap");
        for (const char *col : {"col", "colgroup"})
            map[QString::fromLatin1(col)] += words("span width valign");
        map[u"ol"_s] += words("start type");
        map[u"ul"_s] += words("type");
        map[u"li"_s] += words("value type");
        map[u"hr"_s] += words("width size noshade color");
        map[u"blockquote"_s] += words("type");
        map.insert(u"link"_s, words("rel href"));
        return map;
    }();
    return allowed;
}

QString unescape(QString value)
{
    value.replace(u"&quot;"_s, u"\""_s);
    value.replace(u"&lt;"_s, u"<"_s);
    value.replace(u"&gt;"_s, u">"_s);
    value.replace(u"&amp;"_s, u"&"_s);
    return value;
}

bool startsWithAny(const QString &value, std::initializer_list<const char16_t *> prefixes)
{
    for (const char16_t *prefix : prefixes) {
        if (value.startsWith(QStringView(prefix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void checkCss(const QString &css)
{
    for (const char16_t *banned : {u"javascript:", u"vbscript:", u"expression("})
        require(!css.contains(QStringView(banned), Qt::CaseInsensitive));
}

void checkAttribute(const QString &element, const QString &name, const QString &value,
                    const Mime::HtmlPolicy &policy)
{
    require(allowedAttributes().value(element).contains(name));
    if (name == u"style")
        checkCss(value);
    if (element == u"a" && name == u"href")
        require(startsWithAny(value, {u"http:", u"https:", u"mailto:"}));
    if (name == u"src" || name == u"background") {
        const bool local = value.startsWith(u"cid:", Qt::CaseInsensitive)
            || value.startsWith(u"data:image/", Qt::CaseInsensitive);
        const bool remote = startsWithAny(value, {u"http:", u"https:", u"//"});
        require(local || (remote && policy.loadRemoteContent));
    }
}

// Walks the sanitizer's output, which is well-formed: every '<' opens a tag, attribute values are
// double-quoted with '"' escaped.
void checkHtml(const QString &html, const Mime::HtmlPolicy &policy)
{
    require(!html.contains(u"<script", Qt::CaseInsensitive));
    for (QChar c : html)
        require(c.unicode() >= 0x20 || c == u'\t' || c == u'\n' || c == u'\r');
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (true) {
        i = html.indexOf(u'<', i);
        if (i < 0)
            break;
        ++i;
        const bool closing = i < n && html[i] == u'/';
        if (closing)
            ++i;
        qsizetype end = i;
        while (end < n && (html[end].isLetterOrNumber()))
            ++end;
        const QString element = html.sliced(i, end - i);
        require(allowedAttributes().contains(element));
        i = end;
        if (closing) {
            require(i < n && html[i] == u'>');
            continue;
        }
        while (i < n && html[i] == u' ') {
            ++i;
            qsizetype nameEnd = i;
            while (nameEnd < n && html[nameEnd] != u'=' && html[nameEnd] != u' '
                   && html[nameEnd] != u'>')
                ++nameEnd;
            const QString name = html.sliced(i, nameEnd - i);
            require(!name.startsWith(u"on", Qt::CaseInsensitive));
            i = nameEnd;
            QString value;
            if (i < n && html[i] == u'=') {
                require(i + 1 < n && html[i + 1] == u'"');
                const qsizetype close = html.indexOf(u'"', i + 2);
                require(close > 0);
                value = unescape(html.sliced(i + 2, close - i - 2));
                i = close + 1;
            }
            checkAttribute(element, name, value, policy);
        }
        require(i < n && html[i] == u'>');
        if (element == u"style") {
            const qsizetype close = html.indexOf(u"</style>"_s, i);
            require(close > 0);
            const QString css = html.sliced(i + 1, close - i - 1);
            require(!css.contains(u'<'));
            checkCss(css);
            i = close;
        }
    }
}

void checkText(const QString &text)
{
    require(text.size() <= Mime::MaxHtmlTextLength);
    if (!text.isEmpty()) {
        require(!text.front().isSpace());
        require(!text.back().isSpace());
    }
    for (QChar c : text) {
        const char16_t u = c.unicode();
        require(u >= 0x20 || u == u'\n' || u == u'\t');
        require(u != 0x00a0 && u != 0x00ad && u != 0x034f && u != 0xfeff
                && (u < 0x200b || u > 0x200d));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString html = size % 2 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    Mime::HtmlPolicy policy;
    policy.loadRemoteContent = size > 0 && (data[size - 1] & 1);

    const Mime::SanitizedHtml sanitized = Mime::sanitizeHtml(html, policy);
    require(sanitized.truncated == (html.size() > Mime::MaxSanitizedHtmlInput));
    require(sanitized.blockedRemoteUrls.size() <= Mime::MaxBlockedRemoteUrls);
    require(sanitized.blockedRemoteUrls.size() <= sanitized.blockedRemoteCount);
    require(sanitized.contentIds.size() <= Mime::MaxContentIds);
    checkHtml(sanitized.html, policy);

    checkText(Mime::htmlToText(html));
    checkText(Mime::htmlToText(sanitized.html));
    return 0;
}
