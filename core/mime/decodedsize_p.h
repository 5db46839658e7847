#pragma once

// How many bytes a MIME part's content decodes to (core/mime only).

#include <gmime/gmime.h>
#include <optional>

#include <QByteArrayView>

namespace Mime::Detail {

// Counts the bytes that well-formed base64 text decodes to, without decoding it: groups of four
// alphabet characters, the last one perhaps completed by one or two '='; line breaks and spaces
// are skipped. Anything else (a stray character, text after the padding, an unfinished last
// group) makes size() empty, and the caller decodes to find out what GMime makes of it.
class Base64Size final
{
public:
    void add(QByteArrayView encoded);
    [[nodiscard]] std::optional<qint64> size() const;

private:
    qint64 m_characters = 0;
    int m_padding = 0;
    bool m_malformed = false;
};

// The decoded size of part's content: counted for base64 (Base64Size; an attachment of a few
// megabytes need not be decoded only to show its size), otherwise decoded into a counter.
[[nodiscard]] qint64 decodedSize(GMimePart *part);

} // namespace Mime::Detail
