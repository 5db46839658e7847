#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// A small HTML tokenizer for untrusted mail (after the tokenization rules of the WHATWG HTML
// standard, simplified). It has no tree builder: it switches to raw text itself after the start
// tag of script, style, xmp, iframe, noembed, noframes and noscript (content not decoded), title
// and textarea (entities decoded) and plaintext (the rest of the input is text). Comments,
// doctypes, processing instructions and CDATA sections are skipped, never returned. Work is
// linear in the input; nothing here allocates more than a small multiple of the input.
namespace Mime {

// Attributes after this many in one tag are parsed and ignored, which keeps duplicate detection
// linear.
inline constexpr qsizetype MaxHtmlAttributesPerTag = 256;

struct HtmlAttribute
{
    QString name; // ASCII lower-cased
    QString value; // character references decoded, CR LF and CR turned into LF
};

struct HtmlToken
{
    enum class Type {
        Text,
        StartTag,
        EndTag,
        EndOfInput,
    };

    Type type = Type::EndOfInput;
    QString text; // Text: decoded text (NUL becomes U+FFFD, CR LF and CR become LF)
    QString name; // StartTag, EndTag: ASCII lower-cased tag name
    QList<HtmlAttribute> attributes; // StartTag: in order; the first of duplicate names wins
    bool selfClosing = false; // StartTag ended with "/>"

    [[nodiscard]] bool hasAttribute(QStringView attributeName) const;
    // The value of an attribute, or a null string when absent.
    [[nodiscard]] QString attribute(QStringView attributeName) const;
};

class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView input);

    // The next token; EndOfInput once the input is used up (and for every call after that). A
    // tag cut off by the end of the input is dropped, as the standard says.
    [[nodiscard]] HtmlToken next();

private:
    [[nodiscard]] bool readRawText(HtmlToken &token);
    [[nodiscard]] bool readMarkup(HtmlToken &token);
    [[nodiscard]] bool readTag(HtmlToken &token, bool endTag);
    void skipComment();
    void skipUntil(QStringView terminator);

    QStringView m_input;
    qsizetype m_pos = 0;
    QString m_rawTextTag; // set after a raw text start tag: text runs until its end tag
    bool m_rawTextDecoded = false; // title, textarea: references are decoded
};

// Decodes character references in `text` (named ones of HTML 4 and a few common HTML 5 ones,
// decimal and hexadecimal ones). `inAttribute` applies the standard's rule for legacy names
// without ";" inside attribute values. Invalid numeric references become U+FFFD.
[[nodiscard]] QString decodeHtmlEntities(QStringView text, bool inAttribute = false);

} // namespace Mime
