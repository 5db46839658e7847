#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Mime {

// Rewrites the forms of Date header text that GMime's date parser misreads (it then keeps the
// day but drops the time of day or the zone) into RFC 5322 form, leaving everything else as sent:
// fractional seconds are dropped ("22:23:35.882" becomes "22:23:35"), a zone written straight
// after the time is separated from it ("00:01+0000"), a four-digit zone without a sign gets "+"
// ("0000"), and an alphabetic zone is upper-cased ("cst"). Folding is undone and the text
// trimmed; only the first 256 bytes are read.
[[nodiscard]] QByteArray normalizeDateText(QByteArrayView text);

} // namespace Mime
