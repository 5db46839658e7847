#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>

// Parsers for the values inside POP3 replies: STAT, LIST and UIDL. Pure functions; a value that
// is out of range or not a number yields nullopt, and the session treats that as a protocol error.
namespace Pop3 {

// RFC 1939 allows 1 to 70 characters in 0x21..0x7E; longer ones from real servers are accepted up
// to this bound.
inline constexpr qsizetype MaxUidlLength = 512;

struct MailboxStat
{
    quint32 messageCount = 0;
    qint64 totalSize = 0;
};

struct ListEntry
{
    quint32 number = 0;
    qint64 size = 0;
};

struct UidlEntry
{
    quint32 number = 0;
    QByteArray uidl;
};

// A message number: 1 .. 2^31-1, decimal digits only.
[[nodiscard]] std::optional<quint32> parseMessageNumber(QByteArrayView text);
// A size in octets: 0 .. 2^53, decimal digits only.
[[nodiscard]] std::optional<qint64> parseOctets(QByteArrayView text);

// "+OK nn mm" text (the part after "+OK "); trailing text after the two numbers is allowed.
[[nodiscard]] std::optional<MailboxStat> parseStat(QByteArrayView text);
// One line of LIST, or the text of "+OK n size" for LIST n.
[[nodiscard]] std::optional<ListEntry> parseListEntry(QByteArrayView line);
// One line of UIDL, or the text of "+OK n uidl" for UIDL n.
[[nodiscard]] std::optional<UidlEntry> parseUidlEntry(QByteArrayView line);
[[nodiscard]] bool isValidUidl(QByteArrayView uidl);

} // namespace Pop3
