#include "mime/base64size.h"

#include <array>

namespace Mime {

namespace {

enum class Base64Class : unsigned char { Other, Alphabet, Padding, Space };

constexpr std::array<Base64Class, 256> base64Classes()
{
    std::array<Base64Class, 256> classes {};
    for (int c = 0; c < 256; ++c) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/')
            classes[size_t(c)] = Base64Class::Alphabet;
        else if (c == '=')
            classes[size_t(c)] = Base64Class::Padding;
        else if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            classes[size_t(c)] = Base64Class::Space;
    }
    return classes;
}

constexpr std::array<Base64Class, 256> Base64Classes = base64Classes();

} // namespace

void Base64Size::add(QByteArrayView encoded)
{
    if (m_malformed)
        return;
    for (const char c : encoded) {
        switch (Base64Classes[static_cast<unsigned char>(c)]) {
        case Base64Class::Alphabet:
            if (m_padding > 0)
                m_malformed = true;
            ++m_characters;
            break;
        case Base64Class::Padding:
            ++m_padding;
            break;
        case Base64Class::Space:
            break;
        case Base64Class::Other:
            m_malformed = true;
            break;
        }
        if (m_malformed)
            return;
    }
}

std::optional<qint64> Base64Size::size() const
{
    if (m_malformed)
        return std::nullopt;
    const qint64 tail = m_characters % 4;
    if (m_padding == 0 && tail == 0)
        return m_characters / 4 * 3;
    // The padding completes the last group of four: two characters make one byte, three two.
    if (m_padding > 0 && m_padding <= 2 && tail + m_padding == 4)
        return m_characters / 4 * 3 + tail - 1;
    // An unfinished last group: GMime drops it, other decoders keep what its bits hold.
    return std::nullopt;
}

} // namespace Mime
