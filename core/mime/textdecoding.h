#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Mime {

// Decodes the bytes of a text part to Unicode. With a charset label, that charset (through
// iconv; invalid sequences become U+FFFD or are skipped). Without one, or with a label iconv
// does not know, the documented fallback for 8-bit text: UTF-8 if the bytes are valid UTF-8,
// otherwise windows-1252 (a superset of ISO-8859-1 that every byte maps into).
[[nodiscard]] QString decodeText(QByteArrayView bytes, const QByteArray &charset);

// Turns every CR LF into LF in place (a lone CR stays). Mail text arrives with CR LF line ends;
// one pass with a memmove per line (QString::replace took 4 % of a fetch's CPU time).
void toUnixLineEnds(QString &text);

[[nodiscard]] bool isValidUtf8(QByteArrayView bytes);
[[nodiscard]] QString fromWindows1252(QByteArrayView bytes);

} // namespace Mime
