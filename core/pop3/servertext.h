#pragma once

#include <QByteArrayView>
#include <QString>

namespace Pop3 {

// The longest server text shown to a user; the rest is cut with an ellipsis.
inline constexpr qsizetype MaxDisplayedServerText = 400;

// Turns untrusted server bytes (a greeting, an -ERR text) into inert plain text for the UI and
// logs: decoded as UTF-8 (invalid bytes replaced), ANSI escape sequences removed, every other
// control character replaced by a space, and the length bounded.
[[nodiscard]] QString displayableServerText(QByteArrayView bytes);

} // namespace Pop3
