#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "mime/parsedmessage.h"

namespace Mime {

// Bounds on the work one message may cause. Exceeding one adds a note to the message and skips
// the rest of that part or tree; it never fails the parse.
struct ParseLimits
{
    int maxDepth = 20; // nested multiparts and forwarded messages
    int maxParts = 1000; // MIME parts in one message
    qint64 maxTextBytes = 4 * 1024 * 1024; // decoded text or HTML kept per part
    qint64 maxDecodedPartBytes = 256 * 1024 * 1024; // attachmentContent() refuses larger parts;
                                                    // also all encoded forwarded messages decoded
};

// Parses raw message bytes with GMime (its permissive mode: broken encodings, bare LF, missing
// boundaries and 8-bit headers are accepted). Never fails: unparsable input gives a message with
// a note and whatever could be recovered. `receivedAt` stands in for a missing or unparsable Date.
// Subjects, display names and dates are decoded from the raw headers by Satchel's own RFC 2047
// decoder and date normalizer (rfc2047.h, datenormalizer.h), which handle what GMime misreads.
// Lines of blanks and a byte order mark before the headers are skipped, here and in
// attachmentContent() alike. Thread-safe; no GUI involved.
[[nodiscard]] ParsedMessage parseMessage(const QByteArray &raw, const QDateTime &receivedAt,
                                         const ParseLimits &limits = {});

// The decoded bytes of the part `partId` (from AttachmentInfo::partId), or nullopt when there is
// no such part or it is larger than limits.maxDecodedPartBytes.
[[nodiscard]] std::optional<QByteArray>
attachmentContent(const QByteArray &raw, const QString &partId, const ParseLimits &limits = {});

} // namespace Mime
