// libFuzzer target: the POP3 reply parser and the value parsers, as the session uses them.
#include <cstddef>
#include <cstdint>

#include <QByteArray>

#include "pop3/capabilities.h"
#include "pop3/listingparser.h"
#include "pop3/replyparser.h"
#include "pop3/servertext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Pop3::StatusLine status = Pop3::parseStatusLine(input);
    if (status.consumed > input.size())
        __builtin_trap();
    (void)Pop3::displayableServerText(status.text);
    (void)Pop3::parseStat(status.text);
    const Pop3::Reply reply = Pop3::parseReply(input, Pop3::ReplyKind::MultiLine);
    if (reply.consumed > input.size())
        __builtin_trap();
    for (const QByteArray &line : reply.lines) {
        (void)Pop3::parseListEntry(line);
        (void)Pop3::parseUidlEntry(line);
    }
    (void)Pop3::Capabilities::fromLines(reply.lines);
    // Streaming in two halves must agree with parsing all at once.
    QByteArray streamed;
    const Pop3::DataProgress first = Pop3::appendDataLines(input.first(size / 2), streamed);
    if (first.status == Pop3::ParseStatus::Incomplete) {
        const Pop3::DataProgress second =
            Pop3::appendDataLines(input.sliced(first.consumed), streamed);
        QByteArray whole;
        const Pop3::DataProgress all = Pop3::appendDataLines(input, whole);
        if (second.status == Pop3::ParseStatus::Ok && all.status == Pop3::ParseStatus::Ok
            && whole != streamed)
            __builtin_trap();
    }
    return 0;
}
