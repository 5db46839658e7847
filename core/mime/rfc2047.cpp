#include "mime/rfc2047.h"

#include <algorithm>

#include <QList>

#include "mime/textdecoding.h"

namespace Mime {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxCharsetLength = 64;

// Literal text, or the decoded bytes of one or more adjacent encoded words in one charset.
struct Segment
{
    QByteArray bytes;
    QByteArray charset; // without an RFC 2231 language suffix; empty for literal text
    bool encoded = false;
};

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t';
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool isCharsetChar(char c)
{
    const auto b = static_cast<unsigned char>(c);
    if (b <= 0x20 || b >= 0x7f)
        return false;
    switch (c) {
    case '?':
    case '=':
    case '"':
    case '(':
    case ')':
    case '<':
    case '>':
    case ',':
    case ';':
    case '@':
    case '[':
    case ']':
    case '\\':
    case '/':
        return false;
    default:
        return true;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray decodeQ(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0
                   && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += c; // a stray '=' or a raw 8-bit byte: kept as sent
        }
    }
    return out;
}

// Parses the encoded word starting at `start` (which holds "=?"). On success sets `word` and
// `end` (the index after "?="). `noTerminatorUntil` carries what failed scans found between calls
// (no "?=" before that index), so a header full of "=?" is read in linear time.
bool parseEncodedWord(QByteArrayView text, qsizetype start, Segment &word, qsizetype &end,
                      qsizetype &noTerminatorUntil)
{
    const qsizetype charsetStart = start + 2;
    qsizetype pos = charsetStart;
    while (pos < text.size() && pos - charsetStart <= maxCharsetLength && isCharsetChar(text[pos]))
        ++pos;
    if (pos == charsetStart || pos + 2 >= text.size() || text[pos] != '?' || text[pos + 2] != '?')
        return false;
    const char encoding = text[pos + 1];
    if (encoding != 'B' && encoding != 'b' && encoding != 'Q' && encoding != 'q')
        return false;
    const qsizetype textStart = pos + 3;
    if (textStart <= noTerminatorUntil)
        return false;
    qsizetype textEnd = textStart;
    while (textEnd + 1 < text.size() && !(text[textEnd] == '?' && text[textEnd + 1] == '=')) {
        if (isWhitespace(text[textEnd])) {
            noTerminatorUntil = textEnd;
            return false;
        }
        ++textEnd;
    }
    if (textEnd + 1 >= text.size()) {
        noTerminatorUntil = text.size();
        return false;
    }
    QByteArrayView charset = text.sliced(charsetStart, pos - charsetStart);
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset = charset.first(star); // RFC 2231 language suffix
    if (charset.isEmpty())
        return false;
    const QByteArrayView encodedText = text.sliced(textStart, textEnd - textStart);
    word.charset = charset.toByteArray().toLower();
    word.bytes = (encoding == 'B' || encoding == 'b')
        ? QByteArray::fromBase64(encodedText.toByteArray())
        : decodeQ(encodedText);
    word.encoded = true;
    end = textEnd + 2;
    return true;
}

// The first 64 KiB of `raw` without CR and LF.
QByteArray unfold(QByteArrayView raw)
{
    const QByteArrayView head = raw.first(qMin(raw.size(), maxHeaderBytes));
    QByteArray text(head.size(), Qt::Uninitialized);
    char *write = text.data();
    for (const char c : head) {
        if (c != '\r' && c != '\n')
            *write++ = c;
    }
    text.truncate(write - text.constData());
    return text;
}

// Splits the unfolded value into literal text and encoded words, drops whitespace between
// adjacent encoded words, and joins adjacent words of one charset.
QList<Segment> segments(QByteArrayView raw)
{
    const QByteArray text = unfold(raw);

    QList<Segment> out;
    qsizetype literalStart = 0; // literal text runs from here to the next encoded word
    qsizetype noTerminatorUntil = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != '=' || i + 1 >= text.size() || text[i + 1] != '?') {
            ++i;
            continue;
        }
        Segment word;
        qsizetype end = 0;
        if (!parseEncodedWord(text, i, word, end, noTerminatorUntil)) {
            ++i; // not an encoded word: literal text
            continue;
        }
        const QByteArrayView literal = QByteArrayView(text).sliced(literalStart, i - literalStart);
        const bool afterWord = !out.isEmpty() && out.last().encoded;
        const bool onlySpace = std::all_of(literal.cbegin(), literal.cend(), isWhitespace);
        if (!literal.isEmpty() && !(afterWord && onlySpace))
            out.append({literal.toByteArray(), QByteArray(), false});
        if (!out.isEmpty() && out.last().encoded && out.last().charset == word.charset)
            out.last().bytes += word.bytes;
        else
            out.append(std::move(word));
        i = end;
        literalStart = end;
    }
    if (literalStart < text.size())
        out.append({text.sliced(literalStart), QByteArray(), false});
    return out;
}

// Whether 8-bit header text can be in `charset`: it keeps ASCII as ASCII and uses 8-bit bytes.
bool usableFor8BitText(const QByteArray &charset)
{
    const QByteArray lower = charset.toLower();
    for (const char *prefix :
         {"utf-16", "utf16", "utf-32", "utf32", "ucs", "utf-7", "utf7", "unicode", "iso-2022"}) {
        if (lower.startsWith(prefix))
            return false;
    }
    return !lower.isEmpty();
}

QString decodeLiteral(QByteArrayView bytes, const QByteArray &fallbackCharset)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    if (usableFor8BitText(fallbackCharset))
        return decodeText(bytes, fallbackCharset);
    return fromWindows1252(bytes);
}

} // namespace

QString decodeHeaderText(QByteArrayView raw, const QByteArray &fallbackCharset)
{
    const QByteArrayView head = raw.first(qMin(raw.size(), maxHeaderBytes));
    if (isAscii(head) && !head.contains("=?"))
        return QString::fromLatin1(unfold(head)); // the common case
    QString text;
    const QList<Segment> parts = segments(raw);
    for (const Segment &segment : parts) {
        text += segment.encoded ? decodeText(segment.bytes, segment.charset)
                                : decodeLiteral(segment.bytes, fallbackCharset);
    }
    return text;
}

QByteArray normalizeEncodedWords(QByteArrayView raw, const QByteArray &fallbackCharset)
{
    QByteArray out;
    const QList<Segment> parts = segments(raw);
    for (const Segment &segment : parts) {
        if (segment.encoded) {
            const QByteArray utf8 = decodeText(segment.bytes, segment.charset).toUtf8();
            if (!utf8.isEmpty())
                out += "=?UTF-8?B?" + utf8.toBase64() + "?=";
        } else if (!isAscii(segment.bytes) && !isValidUtf8(segment.bytes)
                   && usableFor8BitText(fallbackCharset)) {
            out += decodeText(segment.bytes, fallbackCharset).toUtf8();
        } else {
            out += segment.bytes;
        }
    }
    return out;
}

bool needsEncodedWordNormalization(QByteArrayView raw, const QByteArray &fallbackCharset)
{
    const QByteArrayView head = raw.first(qMin(raw.size(), maxHeaderBytes));
    if (head.contains("=?"))
        return true;
    return usableFor8BitText(fallbackCharset) && !isAscii(head) && !isValidUtf8(head);
}

} // namespace Mime
