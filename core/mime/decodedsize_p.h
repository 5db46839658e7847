#pragma once

// How many bytes a MIME part's content decodes to (core/mime only).

#include <gmime/gmime.h>

#include <QtGlobal>

namespace Mime::Detail {

// The decoded size of part's content: counted for base64 (Base64Size; an attachment of a few
// megabytes need not be decoded only to show its size), otherwise decoded into a counter.
[[nodiscard]] qint64 decodedSize(GMimePart *part);

} // namespace Mime::Detail
