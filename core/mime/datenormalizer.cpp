#include "mime/datenormalizer.h"

#include <algorithm>

namespace Mime {

namespace {

constexpr qsizetype maxDateBytes = 256;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

qsizetype digitsFrom(const QByteArray &text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - pos;
}

// The index just after the first "h:mm" or "hh:mm:ss" in `text`, or -1.
qsizetype timeEnd(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isDigit(text[i]) || (i > 0 && isDigit(text[i - 1])))
            continue;
        const qsizetype hours = digitsFrom(text, i);
        qsizetype pos = i + hours;
        if (hours > 2 || pos >= text.size() || text[pos] != ':' || digitsFrom(text, pos + 1) != 2)
            continue;
        pos += 3;
        if (pos < text.size() && text[pos] == ':' && digitsFrom(text, pos + 1) == 2)
            pos += 3;
        return pos;
    }
    return -1;
}

} // namespace

QByteArray normalizeDateText(QByteArrayView input)
{
    const QByteArrayView head = input.first(qMin(input.size(), maxDateBytes));
    QByteArray text(head.size(), Qt::Uninitialized);
    char *write = text.data();
    for (const char c : head) {
        if (c != '\r' && c != '\n')
            *write++ = c == '\t' ? ' ' : c;
    }
    text.truncate(write - text.constData());
    text = std::move(text).trimmed();
    const qsizetype end = timeEnd(text);
    if (end < 0)
        return text;

    qsizetype fractionEnd = end; // fractional seconds, if any, run from `end` to here
    if (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') && isDigit(text[end + 1]))
        fractionEnd = end + 1 + digitsFrom(text, end + 1);
    qsizetype zoneStart = fractionEnd;
    while (zoneStart < text.size() && text[zoneStart] == ' ')
        ++zoneStart;
    qsizetype zoneEnd = zoneStart;
    while (zoneEnd < text.size() && text[zoneEnd] != ' ' && text[zoneEnd] != '(')
        ++zoneEnd;
    const QByteArrayView zone = QByteArrayView(text).sliced(zoneStart, zoneEnd - zoneStart);
    const bool glued = zoneStart == fractionEnd && zoneStart < text.size();
    const bool unsignedZone = zone.size() == 4 && digitsFrom(text, zoneStart) == 4;
    const bool lowerCaseZone = !zone.isEmpty() && std::all_of(zone.cbegin(), zone.cend(), isLetter)
        && std::any_of(zone.cbegin(), zone.cend(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (fractionEnd == end && !glued && !unsignedZone && !lowerCaseZone)
        return text; // nothing GMime misreads

    QByteArray out = text.left(end);
    if (zoneStart < text.size()) {
        out += ' ';
        if (unsignedZone)
            out += '+';
        out += lowerCaseZone ? zone.toByteArray().toUpper() : zone.toByteArray();
        if (zoneEnd < text.size()) {
            if (!zone.isEmpty())
                out += ' ';
            out += QByteArrayView(text).sliced(zoneEnd).trimmed();
        }
    }
    return out;
}

} // namespace Mime
