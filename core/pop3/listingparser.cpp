#include "pop3/listingparser.h"

#include <QList>

namespace Pop3 {

namespace {

std::optional<qint64> parseDecimal(QByteArrayView text, qint64 min, qint64 max)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value < min || value > max)
        return std::nullopt;
    return value;
}

// Splits on runs of spaces, at most `maxFields` fields; the last field keeps the rest.
QList<QByteArrayView> fields(QByteArrayView text, int maxFields)
{
    QList<QByteArrayView> result;
    qsizetype pos = 0;
    while (pos < text.size() && result.size() < maxFields) {
        while (pos < text.size() && text.at(pos) == ' ')
            ++pos;
        if (pos == text.size())
            break;
        qsizetype end = text.indexOf(' ', pos);
        if (end < 0 || result.size() == maxFields - 1)
            end = text.size();
        result.append(text.sliced(pos, end - pos));
        pos = end;
    }
    return result;
}

QByteArrayView firstWord(QByteArrayView text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.first(space);
}

} // namespace

std::optional<quint32> parseMessageNumber(QByteArrayView text)
{
    const std::optional<qint64> value = parseDecimal(text, 1, 0x7fffffff);
    if (!value)
        return std::nullopt;
    return static_cast<quint32>(*value);
}

std::optional<qint64> parseOctets(QByteArrayView text)
{
    return parseDecimal(text, 0, qint64(1) << 53);
}

std::optional<MailboxStat> parseStat(QByteArrayView text)
{
    const QList<QByteArrayView> parts = fields(text, 3);
    if (parts.size() < 2)
        return std::nullopt;
    const std::optional<qint64> count = parseDecimal(parts.at(0), 0, 0x7fffffff);
    const std::optional<qint64> size = parseOctets(firstWord(parts.at(1)));
    if (!count || !size)
        return std::nullopt;
    return MailboxStat {static_cast<quint32>(*count), *size};
}

std::optional<ListEntry> parseListEntry(QByteArrayView line)
{
    const QList<QByteArrayView> parts = fields(line, 3);
    if (parts.size() < 2)
        return std::nullopt;
    const std::optional<quint32> number = parseMessageNumber(parts.at(0));
    const std::optional<qint64> size = parseOctets(firstWord(parts.at(1)));
    if (!number || !size)
        return std::nullopt;
    return ListEntry {*number, *size};
}

std::optional<UidlEntry> parseUidlEntry(QByteArrayView line)
{
    const QList<QByteArrayView> parts = fields(line, 2);
    if (parts.size() != 2)
        return std::nullopt;
    const std::optional<quint32> number = parseMessageNumber(parts.at(0));
    const QByteArrayView uidl = parts.at(1);
    if (!number || !isValidUidl(uidl))
        return std::nullopt;
    return UidlEntry {*number, uidl.toByteArray()};
}

bool isValidUidl(QByteArrayView uidl)
{
    if (uidl.isEmpty() || uidl.size() > MaxUidlLength)
        return false;
    for (const char c : uidl) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x21 || u > 0x7e)
            return false;
    }
    return true;
}

} // namespace Pop3
