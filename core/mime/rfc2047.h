#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Mime {

// RFC 2047 encoded words, decoded by Satchel itself: GMime 3.2 decodes adjacent B words of one
// charset as one base64 stream and loses everything after a word that ends in '=' padding.
//
// Both functions take a raw header value as it appears in the message (folded, undecoded; the
// first 64 KiB are read) and unfold it by removing CR and LF. Encoded words are recognised
// loosely, as mail programs send them: also inside words and quoted strings, with raw 8-bit bytes
// in their text, and with an RFC 2231 language suffix ("=?utf-8*en?Q?...?="). A malformed word
// stays literal text. Whitespace between adjacent encoded words is dropped, and the bytes of
// adjacent words in one charset are joined before conversion, so a character split across two
// words survives.

// Decodes an unstructured header value (Subject) to text. 8-bit text outside encoded words is
// UTF-8 when valid, else in `fallbackCharset` when one is given (the charset the message
// declares), else windows-1252.
[[nodiscard]] QString decodeHeaderText(QByteArrayView raw, const QByteArray &fallbackCharset = {});

// For structured headers (address lists), which GMime parses: the unfolded raw value with every
// run of adjacent encoded words replaced by one equivalent UTF-8 B word, and 8-bit text that is
// not UTF-8 converted to UTF-8 from `fallbackCharset` (when given and ASCII-compatible).
[[nodiscard]] QByteArray normalizeEncodedWords(QByteArrayView raw,
                                               const QByteArray &fallbackCharset = {});

// Whether normalizeEncodedWords() would change what GMime makes of `raw`: it holds "=?", or 8-bit
// text that is not UTF-8 while a fallback charset is given.
[[nodiscard]] bool needsEncodedWordNormalization(QByteArrayView raw,
                                                 const QByteArray &fallbackCharset = {});

} // namespace Mime
