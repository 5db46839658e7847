#include <array>

#include "mime/decodedsize_p.h"
#include "mime/gmimesupport_p.h"

namespace Mime::Detail {

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

// Copies at most this much of a part's encoded content at a time.
constexpr size_t ReadChunk = 64 * 1024;

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

qint64 decodedSize(GMimePart *part)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return 0;
    GMimeStream *encoded = g_mime_data_wrapper_get_stream(wrapper);
    if (encoded && g_mime_data_wrapper_get_encoding(wrapper) == GMIME_CONTENT_ENCODING_BASE64
        && g_mime_stream_reset(encoded) == 0) {
        Base64Size counter;
        std::array<char, ReadChunk> chunk;
        for (;;) {
            const ssize_t n = g_mime_stream_read(encoded, chunk.data(), chunk.size());
            if (n <= 0)
                break;
            counter.add(QByteArrayView(chunk.data(), n));
        }
        g_mime_stream_reset(encoded);
        if (const std::optional<qint64> size = counter.size())
            return *size;
    }
    GObjectRef<GMimeStream> sink(g_mime_stream_null_new());
    g_mime_data_wrapper_write_to_stream(wrapper, sink.get());
    return qint64(GMIME_STREAM_NULL(sink.get())->written);
}

} // namespace Mime::Detail
