#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// The POP3 reply parser: pure functions over bytes (RFC 1939, RFC 2449, RFC 3206). The caller
// appends what the socket delivered to a buffer, calls a parse function, and removes `consumed`
// bytes from the front. Nothing here knows about sockets, threads or time.
namespace Pop3 {

// A status line longer than this (including its line end) is malformed.
inline constexpr qsizetype MaxStatusLineLength = 8 * 1024;
// A line of a multi-line reply longer than this (including its line end) is malformed.
inline constexpr qsizetype MaxDataLineLength = 1024 * 1024;

enum class ParseStatus {
    Incomplete, // more bytes are needed
    Ok, // +OK (or, for data lines, the terminating "." was seen)
    Err, // -ERR
    Continuation, // "+ " SASL continuation
    Malformed, // not POP3, or over a limit: the session must end
};

enum class ReplyKind {
    SingleLine, // a status line only
    MultiLine, // a status line, and after +OK, data lines up to "."
};

// RFC 2449 extended response codes, with the RFC 3206 ones we act on.
enum class ResponseCode {
    None,
    Auth, // [AUTH]: the credentials are wrong
    InUse, // [IN-USE]: the mailbox is locked by another session
    LoginDelay, // [LOGIN-DELAY]: logged in too recently
    SysTemp, // [SYS/TEMP]: temporary server problem
    SysPerm, // [SYS/PERM]: permanent server problem
    Unknown, // a code we do not know; codeText has it
};

struct StatusLine
{
    ParseStatus status = ParseStatus::Incomplete;
    ResponseCode code = ResponseCode::None;
    QByteArray codeText; // the code without brackets, e.g. "SYS/TEMP"
    QByteArray text; // the rest of the line (after the code), raw server bytes, no line end
    qsizetype consumed = 0;
};

struct DataProgress
{
    // Incomplete: some or no lines consumed, more needed; Ok: the terminator was consumed;
    // Malformed: a line is over MaxDataLineLength.
    ParseStatus status = ParseStatus::Incomplete;
    qsizetype consumed = 0;
};

struct Reply
{
    ParseStatus status = ParseStatus::Incomplete;
    ResponseCode code = ResponseCode::None;
    QByteArray codeText;
    QByteArray text;
    QList<QByteArray> lines; // data lines of a multi-line reply, un-stuffed, without line ends
    qsizetype consumed = 0; // the whole reply, or 0 while incomplete
};

// Parses one status line at the front of `buffer`. A bare LF is accepted as a line end.
[[nodiscard]] StatusLine parseStatusLine(QByteArrayView buffer);

// Consumes complete data lines of a multi-line reply from the front of `buffer`, appending them to
// `sink` un-stuffed (a leading "." removed) with their line ends as received. Call it again with
// more bytes until it reports Ok. Work is linear in the bytes consumed.
[[nodiscard]] DataProgress appendDataLines(QByteArrayView buffer, QByteArray &sink);

// Parses a whole reply (for small replies and tests). A multi-line reply has data lines only
// after +OK.
[[nodiscard]] Reply parseReply(QByteArrayView buffer, ReplyKind kind);

// Splits data collected by appendDataLines into lines without their CRLF or LF.
[[nodiscard]] QList<QByteArray> splitDataLines(QByteArrayView data);

} // namespace Pop3
