#include "mime/htmltokenizer.h"

#include <algorithm>
#include <utility>

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace Mime {

namespace {

constexpr qsizetype MaxEntityNameLength = 32;
constexpr qsizetype MaxLegacyEntityLength = 6; // "frac12", "brvbar", "Ccedil", ...
constexpr char32_t ReplacementCharacter = 0xFFFD;

// The names of U+00A0..U+00FF in order. All of them may appear without ";" (legacy).
constexpr char Latin1Names[] =
    "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr "
    "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 "
    "iquest "
    "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute "
    "Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml "
    "Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc "
    "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash "
    "ugrave uacute ucirc uuml yacute thorn yuml";
// Greek letters from U+0391 and U+03B1 in order; "-" marks the unassigned U+03A2.
constexpr char GreekUpperNames[] = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa "
                                   "Lambda Mu Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi "
                                   "Psi Omega";
constexpr char GreekLowerNames[] = "alpha beta gamma delta epsilon zeta eta theta iota kappa "
                                   "lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi "
                                   "chi psi omega";

struct NamedReference
{
    const char *name;
    char32_t code;
    bool legacy; // may appear without ";"
};

// The rest of HTML 4's references (with HTML 5's values for lang and rang) and the common
// HTML 5 punctuation names that show up in obfuscated markup.
constexpr NamedReference OtherNames[] = {
    {"quot", 0x22, true},       {"amp", 0x26, true},       {"lt", 0x3C, true},
    {"gt", 0x3E, true},         {"QUOT", 0x22, true},      {"AMP", 0x26, true},
    {"LT", 0x3C, true},         {"GT", 0x3E, true},        {"COPY", 0xA9, true},
    {"REG", 0xAE, true},        {"apos", 0x27, false},     {"Tab", 0x09, false},
    {"NewLine", 0x0A, false},   {"excl", 0x21, false},     {"num", 0x23, false},
    {"dollar", 0x24, false},    {"percnt", 0x25, false},   {"lpar", 0x28, false},
    {"rpar", 0x29, false},      {"ast", 0x2A, false},      {"plus", 0x2B, false},
    {"comma", 0x2C, false},     {"period", 0x2E, false},   {"sol", 0x2F, false},
    {"colon", 0x3A, false},     {"semi", 0x3B, false},     {"equals", 0x3D, false},
    {"quest", 0x3F, false},     {"commat", 0x40, false},   {"lsqb", 0x5B, false},
    {"bsol", 0x5C, false},      {"rsqb", 0x5D, false},     {"Hat", 0x5E, false},
    {"lowbar", 0x5F, false},    {"grave", 0x60, false},    {"lcub", 0x7B, false},
    {"verbar", 0x7C, false},    {"vert", 0x7C, false},     {"rcub", 0x7D, false},
    {"OElig", 0x152, false},    {"oelig", 0x153, false},   {"Scaron", 0x160, false},
    {"scaron", 0x161, false},   {"Yuml", 0x178, false},    {"fnof", 0x192, false},
    {"circ", 0x2C6, false},     {"tilde", 0x2DC, false},   {"thetasym", 0x3D1, false},
    {"upsih", 0x3D2, false},    {"piv", 0x3D6, false},     {"ensp", 0x2002, false},
    {"emsp", 0x2003, false},    {"thinsp", 0x2009, false}, {"ZeroWidthSpace", 0x200B, false},
    {"zwnj", 0x200C, false},    {"zwj", 0x200D, false},    {"lrm", 0x200E, false},
    {"rlm", 0x200F, false},     {"hyphen", 0x2010, false}, {"ndash", 0x2013, false},
    {"mdash", 0x2014, false},   {"lsquo", 0x2018, false},  {"rsquo", 0x2019, false},
    {"sbquo", 0x201A, false},   {"ldquo", 0x201C, false},  {"rdquo", 0x201D, false},
    {"bdquo", 0x201E, false},   {"dagger", 0x2020, false}, {"Dagger", 0x2021, false},
    {"bull", 0x2022, false},    {"hellip", 0x2026, false}, {"permil", 0x2030, false},
    {"prime", 0x2032, false},   {"Prime", 0x2033, false},  {"lsaquo", 0x2039, false},
    {"rsaquo", 0x203A, false},  {"oline", 0x203E, false},  {"frasl", 0x2044, false},
    {"NoBreak", 0x2060, false}, {"euro", 0x20AC, false},   {"image", 0x2111, false},
    {"weierp", 0x2118, false},  {"real", 0x211C, false},   {"trade", 0x2122, false},
    {"alefsym", 0x2135, false}, {"larr", 0x2190, false},   {"uarr", 0x2191, false},
    {"rarr", 0x2192, false},    {"darr", 0x2193, false},   {"harr", 0x2194, false},
    {"crarr", 0x21B5, false},   {"lArr", 0x21D0, false},   {"uArr", 0x21D1, false},
    {"rArr", 0x21D2, false},    {"dArr", 0x21D3, false},   {"hArr", 0x21D4, false},
    {"forall", 0x2200, false},  {"part", 0x2202, false},   {"exist", 0x2203, false},
    {"empty", 0x2205, false},   {"nabla", 0x2207, false},  {"isin", 0x2208, false},
    {"notin", 0x2209, false},   {"ni", 0x220B, false},     {"prod", 0x220F, false},
    {"sum", 0x2211, false},     {"minus", 0x2212, false},  {"lowast", 0x2217, false},
    {"radic", 0x221A, false},   {"prop", 0x221D, false},   {"infin", 0x221E, false},
    {"ang", 0x2220, false},     {"and", 0x2227, false},    {"or", 0x2228, false},
    {"cap", 0x2229, false},     {"cup", 0x222A, false},    {"int", 0x222B, false},
    {"there4", 0x2234, false},  {"sim", 0x223C, false},    {"cong", 0x2245, false},
    {"asymp", 0x2248, false},   {"ne", 0x2260, false},     {"equiv", 0x2261, false},
    {"le", 0x2264, false},      {"ge", 0x2265, false},     {"sub", 0x2282, false},
    {"sup", 0x2283, false},     {"nsub", 0x2284, false},   {"sube", 0x2286, false},
    {"supe", 0x2287, false},    {"oplus", 0x2295, false},  {"otimes", 0x2297, false},
    {"perp", 0x22A5, false},    {"sdot", 0x22C5, false},   {"lceil", 0x2308, false},
    {"rceil", 0x2309, false},   {"lfloor", 0x230A, false}, {"rfloor", 0x230B, false},
    {"loz", 0x25CA, false},     {"starf", 0x2605, false},  {"star", 0x2606, false},
    {"spades", 0x2660, false},  {"clubs", 0x2663, false},  {"hearts", 0x2665, false},
    {"diams", 0x2666, false},   {"check", 0x2713, false},  {"cross", 0x2717, false},
    {"lang", 0x27E8, false},    {"rang", 0x27E9, false},
};

// Numeric references to U+0080..U+009F mean windows-1252 (the standard's table).
constexpr char16_t Windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

struct EntityTable
{
    QHash<QString, char32_t> all;
    QHash<QString, char32_t> legacy;
};

void addSequence(EntityTable &table, const char *names, char32_t first, bool legacy)
{
    const QStringList list = QString::fromLatin1(names).split(u' ');
    char32_t code = first;
    for (const QString &name : list) {
        if (name != u"-") {
            table.all.insert(name, code);
            if (legacy)
                table.legacy.insert(name, code);
        }
        ++code;
    }
}

const EntityTable &entityTable()
{
    static const EntityTable table = [] {
        EntityTable t;
        addSequence(t, Latin1Names, 0xA0, true);
        addSequence(t, GreekUpperNames, 0x391, false);
        addSequence(t, GreekLowerNames, 0x3B1, false);
        for (const NamedReference &ref : OtherNames) {
            t.all.insert(QString::fromLatin1(ref.name), ref.code);
            if (ref.legacy)
                t.legacy.insert(QString::fromLatin1(ref.name), ref.code);
        }
        return t;
    }();
    return table;
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool isTagSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

int digitValue(QChar c, bool hex)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (hex && c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (hex && c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

void appendCodePoint(QString &out, char32_t code)
{
    if (QChar::requiresSurrogates(code)) {
        out.append(QChar(QChar::highSurrogate(code)));
        out.append(QChar(QChar::lowSurrogate(code)));
    } else {
        out.append(QChar(char16_t(code)));
    }
}

char32_t numericReferenceValue(char32_t value)
{
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return ReplacementCharacter;
    if (value >= 0x80 && value <= 0x9F)
        return Windows1252High[value - 0x80];
    return value;
}

// Decodes the reference starting with the "&" at `pos`; returns the position after it. Text that
// is not a reference is kept as is.
qsizetype decodeReference(QStringView in, qsizetype pos, bool inAttribute, QString &out)
{
    const qsizetype n = in.size();
    qsizetype i = pos + 1;
    if (i < n && in[i] == u'#') {
        ++i;
        const bool hex = i < n && (in[i] == u'x' || in[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        for (; i < n; ++i) {
            const int digit = digitValue(in[i], hex);
            if (digit < 0)
                break;
            if (value <= 0x10FFFF) // saturate: anything larger is invalid anyway
                value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (i == digitsStart) {
            out.append(u'&');
            return pos + 1;
        }
        if (i < n && in[i] == u';')
            ++i;
        appendCodePoint(out, numericReferenceValue(value));
        return i;
    }

    qsizetype end = i;
    while (end < n && end - i < MaxEntityNameLength && isAsciiAlnum(in[end]))
        ++end;
    const EntityTable &table = entityTable();
    if (end > i && end < n && in[end] == u';') {
        const auto it = table.all.constFind(in.sliced(i, end - i).toString());
        if (it != table.all.cend()) {
            appendCodePoint(out, it.value());
            return end + 1;
        }
    }
    for (qsizetype length = qMin(end - i, MaxLegacyEntityLength); length >= 2; --length) {
        const auto it = table.legacy.constFind(in.sliced(i, length).toString());
        if (it == table.legacy.cend())
            continue;
        const qsizetype after = i + length;
        // In attribute values "&copy=..." and "&copyx" stay literal (query strings in URLs).
        if (inAttribute && after < n && (in[after] == u'=' || isAsciiAlnum(in[after])))
            break;
        appendCodePoint(out, it.value());
        return after;
    }
    out.append(u'&');
    return pos + 1;
}

// Text as the tree builder would see it: CR LF and CR become LF, NUL becomes U+FFFD, and
// references are decoded when `decode` is set.
QString cookText(QStringView in, bool decode, bool inAttribute)
{
    QString out;
    out.reserve(in.size());
    const qsizetype n = in.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = in[i];
        if (c == u'&' && decode) {
            i = decodeReference(in, i, inAttribute, out);
            continue;
        }
        if (c == u'\r') {
            out.append(u'\n');
            i += (i + 1 < n && in[i + 1] == u'\n') ? 2 : 1;
            continue;
        }
        out.append(c == u'\0' ? QChar(char16_t(ReplacementCharacter)) : c);
        ++i;
    }
    return out;
}

QString asciiLower(QStringView in)
{
    QString out;
    out.reserve(in.size());
    for (const QChar c : in) {
        if (c >= u'A' && c <= u'Z')
            out.append(QChar(char16_t(c.unicode() + 32)));
        else
            out.append(c == u'\0' ? QChar(char16_t(ReplacementCharacter)) : c);
    }
    return out;
}

bool isRawTextElement(QStringView name)
{
    static constexpr QStringView raw[] = {u"script",   u"style",    u"xmp",      u"iframe",
                                          u"noembed",  u"noframes", u"noscript", u"title",
                                          u"textarea", u"plaintext"};
    for (const QStringView r : raw) {
        if (name == r)
            return true;
    }
    return false;
}

} // namespace

bool HtmlToken::hasAttribute(QStringView attributeName) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return true;
    }
    return false;
}

QString HtmlToken::attribute(QStringView attributeName) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return a.value;
    }
    return {};
}

HtmlTokenizer::HtmlTokenizer(QStringView input)
    : m_input(input)
{ }

HtmlToken HtmlTokenizer::next()
{
    HtmlToken token;
    if (!m_rawTextTag.isEmpty() && readRawText(token))
        return token;

    const qsizetype n = m_input.size();
    while (m_pos < n) {
        // Text runs up to a "<" that starts markup; any other "<" is text.
        qsizetype i = m_pos;
        while ((i = m_input.indexOf(u'<', i)) >= 0) {
            if (i + 1 < n) {
                const QChar c = m_input[i + 1];
                if (isAsciiAlpha(c) || c == u'!' || c == u'?' || (c == u'/' && i + 2 < n))
                    break;
            }
            ++i;
        }
        if (i < 0)
            i = n;
        if (i > m_pos) {
            token.type = HtmlToken::Type::Text;
            token.text = cookText(m_input.sliced(m_pos, i - m_pos), true, false);
            m_pos = i;
            return token;
        }
        if (readMarkup(token))
            return token;
    }
    token.type = HtmlToken::Type::EndOfInput;
    return token;
}

bool HtmlTokenizer::readRawText(HtmlToken &token)
{
    const QString tag = std::exchange(m_rawTextTag, QString());
    const qsizetype n = m_input.size();
    qsizetype end = n;
    if (tag != u"plaintext") {
        // The text ends at "</tag" followed by whitespace, "/" or ">" (ASCII case-insensitive).
        for (qsizetype i = m_pos; (i = m_input.indexOf(u"</", i)) >= 0; i += 2) {
            const qsizetype after = i + 2 + tag.size();
            if (after >= n)
                break;
            const QChar c = m_input[after];
            if ((isTagSpace(c) || c == u'/' || c == u'>')
                && asciiLower(m_input.sliced(i + 2, tag.size())) == tag) {
                end = i;
                break;
            }
        }
    }
    if (end == m_pos)
        return false;
    token.type = HtmlToken::Type::Text;
    token.text = cookText(m_input.sliced(m_pos, end - m_pos), m_rawTextDecoded, false);
    m_pos = end;
    return true;
}

bool HtmlTokenizer::readMarkup(HtmlToken &token)
{
    // m_pos is at "<" followed by a letter, "!", "?" or "/" and one more character.
    const QStringView rest = m_input.sliced(m_pos);
    const QChar c = rest[1];
    if (isAsciiAlpha(c))
        return readTag(token, false);
    if (c == u'/') {
        if (isAsciiAlpha(rest[2]))
            return readTag(token, true);
        if (rest[2] == u'>')
            m_pos += 3; // "</>" is ignored
        else
            skipUntil(u">"); // a bogus comment
        return false;
    }
    if (rest.startsWith(u"<!--"))
        skipComment();
    else if (rest.startsWith(u"<![CDATA["))
        skipUntil(u"]]>");
    else
        skipUntil(u">"); // doctype, "<!...>", "<?...>": bogus comments
    return false;
}

bool HtmlTokenizer::readTag(HtmlToken &token, bool endTag)
{
    const qsizetype n = m_input.size();
    qsizetype i = m_pos + (endTag ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < n && !isTagSpace(m_input[i]) && m_input[i] != u'/' && m_input[i] != u'>')
        ++i;
    const QString name = asciiLower(m_input.sliced(nameStart, i - nameStart));
    QList<HtmlAttribute> attributes;
    bool selfClosing = false;
    for (;;) {
        while (i < n && (isTagSpace(m_input[i]) || m_input[i] == u'/')) {
            if (m_input[i] == u'/' && i + 1 < n && m_input[i + 1] == u'>') {
                selfClosing = true;
                ++i;
                break;
            }
            ++i;
        }
        if (i >= n) {
            m_pos = n; // end of input inside a tag: the tag is dropped
            return false;
        }
        if (m_input[i] == u'>') {
            ++i;
            break;
        }
        const qsizetype attributeStart = i++; // the first character may be "="
        while (i < n && !isTagSpace(m_input[i]) && m_input[i] != u'/' && m_input[i] != u'>'
               && m_input[i] != u'=')
            ++i;
        HtmlAttribute attribute {asciiLower(m_input.sliced(attributeStart, i - attributeStart)),
                                 QString()};
        while (i < n && isTagSpace(m_input[i]))
            ++i;
        if (i < n && m_input[i] == u'=') {
            ++i;
            while (i < n && isTagSpace(m_input[i]))
                ++i;
            if (i < n && (m_input[i] == u'"' || m_input[i] == u'\'')) {
                const qsizetype close = m_input.indexOf(m_input[i], i + 1);
                if (close < 0) {
                    m_pos = n;
                    return false;
                }
                attribute.value = cookText(m_input.sliced(i + 1, close - i - 1), true, true);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isTagSpace(m_input[i]) && m_input[i] != u'>')
                    ++i;
                attribute.value = cookText(m_input.sliced(valueStart, i - valueStart), true, true);
            }
        }
        const bool keep = !endTag && attributes.size() < MaxHtmlAttributesPerTag;
        if (keep
            && !std::any_of(attributes.cbegin(), attributes.cend(),
                            [&](const HtmlAttribute &a) { return a.name == attribute.name; }))
            attributes.append(std::move(attribute));
    }
    m_pos = i;
    token.type = endTag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
    token.name = name;
    if (!endTag) {
        token.attributes = std::move(attributes);
        token.selfClosing = selfClosing;
        if (isRawTextElement(name)) {
            m_rawTextTag = name;
            m_rawTextDecoded = name == u"title" || name == u"textarea";
        }
    }
    return true;
}

void HtmlTokenizer::skipComment()
{
    // m_pos is at "<!--". "<!-->" and "<!--->" end at once; otherwise "-->" or "--!>" ends it.
    const qsizetype n = m_input.size();
    const QStringView body = m_input.sliced(m_pos + 4);
    if (body.startsWith(u">") || body.startsWith(u"->")) {
        m_pos += body.startsWith(u">") ? 5 : 6;
        return;
    }
    for (qsizetype i = m_pos + 4; (i = m_input.indexOf(u"--", i)) >= 0; ++i) {
        if (i + 2 < n && m_input[i + 2] == u'>') {
            m_pos = i + 3;
            return;
        }
        if (i + 3 < n && m_input[i + 2] == u'!' && m_input[i + 3] == u'>') {
            m_pos = i + 4;
            return;
        }
    }
    m_pos = n;
}

void HtmlTokenizer::skipUntil(QStringView terminator)
{
    const qsizetype end = m_input.indexOf(terminator, m_pos + 2);
    m_pos = end < 0 ? m_input.size() : end + terminator.size();
}

QString decodeHtmlEntities(QStringView text, bool inAttribute)
{
    return cookText(text, true, inAttribute);
}

} // namespace Mime
