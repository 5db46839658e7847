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

// The raw (folded, undecoded) value of the first header `name` of `object`; null when absent.
[[nodiscard]] QByteArray rawHeader(GMimeObject *object, const char *name);

// The charset the message declares for its text: its top-level part's, else its first text
// part's; empty when it names none. 8-bit header text that is not UTF-8 is read in it.
[[nodiscard]] QByteArray declaredCharset(GMimeMessage *message);

// An unstructured header (Subject) decoded, with control characters as spaces, simplified.
[[nodiscard]] QString headerText(GMimeObject *object, const char *name,
                                 const QByteArray &fallbackCharset);

// Appends the mailboxes of every header of `type` (group members included) to `out`. A From
// header that names no address gives one address with only the header's text as its name.
void appendHeaderAddresses(GMimeMessage *message, GMimeAddressType type,
                           const QByteArray &fallbackCharset, GMimeParserOptions *options,
                           QList<Address> &out);

// The first Date header, normalized (see datenormalizer.h) and decoded; invalid when there is no
// Date header or it cannot be read.
[[nodiscard]] QDateTime headerDate(GMimeObject *object);

} // namespace Mime::Detail
