#include "mime/uuencode.h"

#include <optional>

namespace Mime {

namespace {

constexpr qsizetype maxBlocks = 100;

// One line of the text: [start, end) without its line break; `next` is where the next one starts.
struct Line
{
    QStringView text;
    qsizetype start = 0;
    qsizetype next = 0;
};

Line lineAt(QStringView text, qsizetype pos)
{
    qsizetype end = text.indexOf(u'\n', pos);
    const qsizetype next = end < 0 ? text.size() : end + 1;
    if (end < 0)
        end = text.size();
    QStringView line = text.sliced(pos, end - pos);
    if (line.endsWith(u'\r'))
        line.chop(1);
    return {line, pos, next};
}

// "<keyword> <octal mode> <name>": the name, or nullopt when `line` is not such a line.
std::optional<QString> beginLineName(QStringView line, QStringView keyword)
{
    if (!line.startsWith(keyword) || line.size() <= keyword.size()
        || line.at(keyword.size()) != u' ')
        return std::nullopt;
    qsizetype pos = keyword.size() + 1;
    const qsizetype modeStart = pos;
    while (pos < line.size() && line.at(pos) >= u'0' && line.at(pos) <= u'7')
        ++pos;
    const qsizetype modeLength = pos - modeStart;
    if (modeLength < 3 || modeLength > 4 || pos >= line.size() || line.at(pos) != u' ')
        return std::nullopt;
    const QString name = line.sliced(pos + 1).trimmed().toString();
    if (name.isEmpty())
        return std::nullopt;
    return name;
}

// The 6-bit value of a uuencoded character, or -1. A backtick stands for zero, like a space.
int uuValue(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x20 && u <= 0x60 ? (u - 0x20) & 0x3f : -1;
}

// Appends the bytes of one uuencoded line to `out`; false when the line is not one. Returns the
// number of bytes the line holds through `count` (0 for the last line of a block).
bool decodeUuLine(QStringView line, QByteArray &out, int &count)
{
    if (line.trimmed().isEmpty()) { // the zero-length line, its space stripped in transit
        count = 0;
        return true;
    }
    count = uuValue(line.at(0));
    if (count < 0)
        return false;
    const QStringView body = line.sliced(1);
    const qsizetype full = (count + 2) / 3 * 4; // characters the encoder wrote
    const qsizetype needed = (count * 4 + 2) / 3; // characters that carry the bytes
    // Trailing padding may be lost in transit; some encoders add one checksum character.
    if (body.size() < needed || body.size() > full + 1)
        return false;
    int values[4] = {};
    for (qsizetype group = 0; group * 3 < count; ++group) {
        for (qsizetype i = 0; i < 4; ++i) {
            const qsizetype index = group * 4 + i;
            values[i] = index < body.size() ? uuValue(body.at(index)) : 0;
            if (values[i] < 0)
                return false;
        }
        const char bytes[3] = {char(values[0] << 2 | values[1] >> 4),
                               char((values[1] & 0xf) << 4 | values[2] >> 2),
                               char((values[2] & 0x3) << 6 | values[3])};
        out.append(bytes, qMin<qsizetype>(3, count - group * 3));
    }
    // The checksum character or padding after the data must be valid characters too.
    for (qsizetype index = full; index < body.size(); ++index) {
        if (uuValue(body.at(index)) < 0)
            return false;
    }
    return true;
}

bool isBase64Line(QStringView line)
{
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
              || u == u'+' || u == u'/' || u == u'='))
            return false;
    }
    return true;
}

struct Scan
{
    bool complete = false;
    qsizetype resume = 0; // where scanning goes on: after the block, or at the line that broke it
    QByteArray data;
};

// The lines after "begin <mode> <name>" up to and including "end".
Scan scanUuencoded(QStringView text, qsizetype pos, qsizetype budget)
{
    Scan scan;
    bool ended = false; // the zero-length line has been seen: only "end" may follow
    while (pos < text.size()) {
        const Line line = lineAt(text, pos);
        scan.resume = line.start;
        if (line.text.trimmed() == u"end") {
            scan.complete = true;
            scan.resume = line.next;
            return scan;
        }
        int count = 0;
        if (ended || !decodeUuLine(line.text, scan.data, count) || scan.data.size() > budget)
            return scan;
        ended = count == 0;
        pos = line.next;
    }
    scan.resume = text.size();
    return scan;
}

// The lines after "begin-base64 <mode> <name>" up to and including "====".
Scan scanBase64(QStringView text, qsizetype pos, qsizetype budget)
{
    Scan scan;
    QByteArray encoded;
    while (pos < text.size()) {
        const Line line = lineAt(text, pos);
        scan.resume = line.start;
        const QStringView trimmed = line.text.trimmed();
        if (trimmed == u"====") {
            const auto decoded =
                QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            scan.complete = bool(decoded);
            scan.data = decoded.decoded;
            scan.resume = line.next;
            return scan;
        }
        if (!isBase64Line(trimmed) || (encoded.size() + trimmed.size()) / 4 * 3 > budget)
            return scan;
        encoded.append(trimmed.toLatin1());
        pos = line.next;
    }
    scan.resume = text.size();
    return scan;
}

} // namespace

QList<UuBlock> findUuencodedBlocks(QStringView text, qsizetype maxDecodedBytes)
{
    QList<UuBlock> blocks;
    qsizetype decoded = 0;
    qsizetype pos = 0;
    while (pos < text.size() && blocks.size() < maxBlocks) {
        // The next line starting with "begin" (a search for 'b' is vectorised; most text has none).
        qsizetype at = text.indexOf(u'b', pos);
        while (at >= 0
               && ((at > pos && text.at(at - 1) != u'\n') || !text.sliced(at).startsWith(u"begin")))
            at = text.indexOf(u'b', at + 1);
        if (at < 0)
            break;
        const Line line = lineAt(text, at);
        pos = line.next;
        const qsizetype budget = maxDecodedBytes - decoded;
        Scan scan;
        std::optional<QString> name = beginLineName(line.text, u"begin");
        if (name) {
            scan = scanUuencoded(text, line.next, budget);
        } else {
            name = beginLineName(line.text, u"begin-base64");
            if (!name)
                continue;
            scan = scanBase64(text, line.next, budget);
        }
        // A block that breaks off is text; a begin line inside it cannot be part of it (neither
        // alphabet has a lower-case letter), so the scan goes on at the line that broke it.
        pos = scan.resume;
        if (!scan.complete || scan.data.size() > budget)
            continue;
        decoded += scan.data.size();
        blocks.append({line.start, scan.resume, *name, scan.data});
    }
    return blocks;
}

QString uuMimeType(QStringView fileName)
{
    static const struct
    {
        QStringView extension;
        QStringView type;
    } types[] = {
        {u"gif", u"image/gif"},       {u"jpg", u"image/jpeg"},      {u"jpeg", u"image/jpeg"},
        {u"png", u"image/png"},       {u"bmp", u"image/bmp"},       {u"pdf", u"application/pdf"},
        {u"zip", u"application/zip"}, {u"gz", u"application/gzip"}, {u"txt", u"text/plain"},
        {u"html", u"text/html"},      {u"htm", u"text/html"},       {u"doc", u"application/msword"},
        {u"wav", u"audio/wav"},       {u"mp3", u"audio/mpeg"},
    };
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot >= 0) {
        const QStringView extension = fileName.sliced(dot + 1);
        for (const auto &entry : types) {
            if (extension.compare(entry.extension, Qt::CaseInsensitive) == 0)
                return entry.type.toString();
        }
    }
    return QStringLiteral("application/octet-stream");
}

} // namespace Mime
