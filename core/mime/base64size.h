#pragma once

#include <optional>

#include <QByteArrayView>

namespace Mime {

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

} // namespace Mime
