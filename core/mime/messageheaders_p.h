#pragma once

// Reading message headers from GMime for the message parser (core/mime only). Subjects, display
// names and dates are decoded from the raw header values by Satchel's own RFC 2047 decoder and
// date normalizer, which handle forms GMime 3.2 gets wrong.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "mime/gmimesupport_p.h"
#include "mime/parsedmessage.h"

namespace Mime::Detail {

// The raw (folded, undecoded) values of the headers the parser reads, from one pass over the
// message's header list.
struct RawHeaders
{
    QByteArray subject; // the last Subject, as GMime's own accessors report; null when absent
    QByteArray date; // the last Date
    QList<QByteArray> from; // every From, To, Cc and Reply-To header, in order
    QList<QByteArray> to;
    QList<QByteArray> cc;
    QList<QByteArray> replyTo;
};

[[nodiscard]] RawHeaders rawHeaders(GMimeMessage *message);

// The charset the message declares for its text: its top-level part's, else its first text
// part's; empty when it names none. 8-bit header text that is not UTF-8 is read in it.
[[nodiscard]] QByteArray declaredCharset(GMimeMessage *message);

// An unstructured header (Subject) decoded, with control characters as spaces, simplified.
[[nodiscard]] QString headerText(const QByteArray &raw, const QByteArray &fallbackCharset);

// Appends the mailboxes in `values`, the raw headers of `type`, to `out` (group members included).
// A From header that names no address gives one address with only the header's text as its name.
void appendHeaderAddresses(GMimeMessage *message, GMimeAddressType type,
                           const QList<QByteArray> &values, const QByteArray &fallbackCharset,
                           GMimeParserOptions *options, QList<Address> &out);

// The Date header `raw` (the message's last), normalized (see datenormalizer.h) and decoded;
// invalid when there is none or it cannot be read.
[[nodiscard]] QDateTime headerDate(GMimeMessage *message, const QByteArray &raw);

} // namespace Mime::Detail
