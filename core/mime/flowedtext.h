#pragma once

#include <QString>
#include <QStringView>

namespace Mime {

// Decodes text/plain; format=flowed (RFC 3676): joins soft line breaks (a line ending in a space),
// removes space-stuffing, keeps quote depth ("> ") per paragraph, leaves the signature separator
// "-- " alone, and with delsp=yes deletes the space before a soft break. Input lines may end in
// CRLF or LF; output lines end in LF.
[[nodiscard]] QString decodeFlowedText(QStringView text, bool delSp);

} // namespace Mime
