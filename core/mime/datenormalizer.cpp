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
    QByteArray text = input.first(qMin(input.size(), maxDateBytes)).toByteArray();
    for (char &c : text) {
        if (c == '\r' || c == '\n' || c == '\t')
            c = ' ';
    }
    text = text.trimmed();
    const qsizetype end = timeEnd(text);
    if (end < 0)
        return text;

    QByteArray out = text.left(end);
    qsizetype pos = end;
    if (pos + 1 < text.size() && (text[pos] == '.' || text[pos] == ',') && isDigit(text[pos + 1]))
        pos += 1 + digitsFrom(text, pos + 1); // fractional seconds
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos >= text.size())
        return out;

    qsizetype zoneEnd = pos;
    while (zoneEnd < text.size() && text[zoneEnd] != ' ' && text[zoneEnd] != '(')
        ++zoneEnd;
    QByteArray zone = text.mid(pos, zoneEnd - pos);
    if (zone.size() == 4 && digitsFrom(zone, 0) == 4)
        zone.prepend('+');
    else if (!zone.isEmpty() && std::all_of(zone.cbegin(), zone.cend(), isLetter))
        zone = zone.toUpper();
    out += ' ' + zone;
    if (zoneEnd < text.size())
        out += (zone.isEmpty() ? QByteArray() : QByteArray(" ")) + text.mid(zoneEnd).trimmed();
    return out;
}

} // namespace Mime
