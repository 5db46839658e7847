#include "pop3/servertext.h"

#include <QList>

namespace Pop3 {

namespace {

bool isControl(uint c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi overrides
}

// Length of an escape sequence starting at text[i] (ESC or C1 CSI), so it can be skipped whole.
qsizetype escapeSequenceLength(const QList<uint> &text, qsizetype i)
{
    qsizetype j = i + 1;
    if (text.at(i) == 0x1b) {
        if (j >= text.size())
            return 1;
        if (text.at(j) != '[' && text.at(j) != ']')
            return 2; // ESC + one character
        ++j;
    } else if (text.at(i) != 0x9b) {
        return 1;
    }
    // CSI/OSC: parameters and intermediates, then one final byte (or BEL for OSC)
    while (j < text.size() && ((text.at(j) >= 0x20 && text.at(j) <= 0x3f) || text.at(j) > 0x7e))
        ++j;
    return j < text.size() ? j - i + 1 : j - i;
}

} // namespace

QString displayableServerText(QByteArrayView bytes)
{
    const QList<uint> codePoints = QString::fromUtf8(bytes).toUcs4();
    QString result;
    result.reserve(qMin(codePoints.size(), MaxDisplayedServerText + 1));
    for (qsizetype i = 0; i < codePoints.size();) {
        const uint c = codePoints.at(i);
        if (c == 0x1b || c == 0x9b) {
            i += escapeSequenceLength(codePoints, i);
            continue;
        }
        if (isControl(c)) {
            if (!result.endsWith(QLatin1Char(' ')))
                result.append(QLatin1Char(' '));
        } else {
            const auto codePoint = static_cast<char32_t>(c);
            result.append(QString::fromUcs4(&codePoint, 1));
        }
        ++i;
        if (result.size() > MaxDisplayedServerText) {
            result.truncate(MaxDisplayedServerText);
            result.append(QChar(0x2026));
            break;
        }
    }
    return result.simplified();
}

} // namespace Pop3
