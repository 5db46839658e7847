#include "mime/htmltotext.h"

#include <algorithm>
#include <initializer_list>

#include "mime/htmltokenizer.h"

namespace Mime {

namespace {

bool isOneOf(QStringView value, std::initializer_list<QStringView> list)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

// The containers whose content the sanitizer removes: their text is not visible.
bool isHidden(QStringView name)
{
    return isOneOf(name,
                   {u"script", u"style", u"title", u"iframe", u"frameset", u"noframes", u"object",
                    u"applet", u"noembed", u"noscript", u"template", u"svg", u"math", u"button",
                    u"select", u"option", u"optgroup", u"datalist", u"textarea"});
}

bool isPreformatted(QStringView name)
{
    return isOneOf(name, {u"pre", u"xmp", u"listing", u"plaintext"});
}

// 2: a blank line around the element, 1: a line break, 0: inline.
int breaksAround(QStringView name)
{
    if (isOneOf(name,
                {u"p", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"blockquote", u"pre", u"xmp",
                 u"listing", u"plaintext", u"ul", u"ol", u"dl", u"table"}))
        return 2;
    if (isOneOf(name, {u"div",        u"li",      u"tr",      u"dt",      u"dd",       u"hr",
                       u"caption",    u"center",  u"address", u"article", u"aside",    u"details",
                       u"figcaption", u"figure",  u"footer",  u"header",  u"hgroup",   u"main",
                       u"nav",        u"section", u"summary", u"form",    u"fieldset", u"legend",
                       u"body",       u"menu",    u"dir",     u"tbody",   u"thead",    u"tfoot"}))
        return 1;
    return 0;
}

bool isInvisible(QChar c)
{
    const char16_t u = c.unicode();
    if ((u < 0x20 && !c.isSpace()) || u == 0x7F)
        return true; // control characters
    return u == 0x00AD || u == 0x034F || u == 0x180E || (u >= 0x200B && u <= 0x200D) || u == 0x2060
        || u == 0xFEFF;
}

class TextBuilder
{
public:
    void addBreaks(int count)
    {
        if (count == 0)
            return;
        if (!m_out.isEmpty())
            m_pendingBreaks = std::max(m_pendingBreaks, count);
        m_pendingSpace = false;
    }

    void addLineBreak()
    {
        if (!m_out.isEmpty())
            m_pendingBreaks = std::min(m_pendingBreaks + 1, 2);
        m_pendingSpace = false;
    }

    void addSpace()
    {
        if (!m_out.isEmpty() && m_pendingBreaks == 0)
            m_pendingSpace = true;
    }

    void skipNextNewline() { m_skipNewline = true; }

    void addText(QStringView text, bool preformatted)
    {
        for (QChar c : text) {
            if (isInvisible(c))
                continue;
            // The other whitespace controls (CR, VT, FF, FS to US) are spaces, but never in the
            // text, not even preformatted; a CR is the first half of a line end.
            if (c.unicode() < 0x20 && c != u'\n' && c != u'\t') {
                if (c == u'\r')
                    continue;
                c = u' ';
            }
            if (c == QChar(0x00A0))
                c = u' ';
            const bool skip = m_skipNewline && c == u'\n';
            m_skipNewline = false;
            if (skip)
                continue;
            if (!preformatted && c.isSpace()) {
                addSpace();
                continue;
            }
            flush();
            if (isFull())
                return;
            m_out.append(c);
        }
    }

    [[nodiscard]] bool isFull() const { return m_out.size() >= MaxHtmlTextLength; }

    // The text without whitespace at either end (preformatted text may start with some).
    [[nodiscard]] QString take()
    {
        qsizetype end = m_out.size();
        while (end > 0 && m_out.at(end - 1).isSpace())
            --end;
        qsizetype begin = 0;
        while (begin < end && m_out.at(begin).isSpace())
            ++begin;
        m_out.truncate(end);
        m_out.remove(0, begin);
        return std::move(m_out);
    }

private:
    void flush()
    {
        if (m_pendingBreaks > 0) {
            while (!m_out.isEmpty() && m_out.back() == u' ')
                m_out.chop(1);
            m_out.append(QString(m_pendingBreaks, u'\n'));
        } else if (m_pendingSpace) {
            m_out.append(u' ');
        }
        m_pendingBreaks = 0;
        m_pendingSpace = false;
    }

    QString m_out;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
    bool m_skipNewline = false;
};

} // namespace

QString htmlToText(QStringView html)
{
    TextBuilder text;
    HtmlTokenizer tokenizer(html);
    QString skipTag; // inside a hidden container
    int skipDepth = 0;
    int preDepth = 0;
    while (!text.isFull()) {
        const HtmlToken token = tokenizer.next();
        if (token.type == HtmlToken::Type::EndOfInput)
            break;
        const QString &name = token.name;
        if (skipDepth > 0) {
            if (name == skipTag && token.type == HtmlToken::Type::StartTag)
                ++skipDepth;
            else if (name == skipTag && token.type == HtmlToken::Type::EndTag)
                --skipDepth;
            continue;
        }
        switch (token.type) {
        case HtmlToken::Type::Text:
            text.addText(token.text, preDepth > 0);
            break;
        case HtmlToken::Type::StartTag:
            if (isHidden(name)) {
                // svg and math honour "/>"
                if (!(token.selfClosing && (name == u"svg" || name == u"math"))) {
                    skipTag = name;
                    skipDepth = 1;
                }
            } else if (name == u"br") {
                text.addLineBreak();
            } else if (name == u"td" || name == u"th") {
                text.addSpace();
            } else {
                text.addBreaks(breaksAround(name));
                if (isPreformatted(name)) {
                    ++preDepth;
                    text.skipNextNewline();
                }
            }
            break;
        case HtmlToken::Type::EndTag:
            if (name == u"br") {
                text.addLineBreak();
            } else if (name == u"td" || name == u"th") {
                text.addSpace();
            } else {
                text.addBreaks(breaksAround(name));
                if (isPreformatted(name) && preDepth > 0)
                    --preDepth;
            }
            break;
        case HtmlToken::Type::EndOfInput:
            break;
        }
    }
    return text.take();
}

} // namespace Mime
