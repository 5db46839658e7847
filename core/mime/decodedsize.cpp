#include <array>

#include "mime/base64size.h"
#include "mime/decodedsize_p.h"
#include "mime/gmimesupport_p.h"

namespace Mime::Detail {

namespace {

// Copies at most this much of a part's encoded content at a time (on the stack).
constexpr size_t ReadChunk = 16 * 1024;

} // namespace

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
        ssize_t n = 0;
        while ((n = g_mime_stream_read(encoded, chunk.data(), chunk.size())) > 0)
            counter.add(QByteArrayView(chunk.data(), n));
        g_mime_stream_reset(encoded);
        const std::optional<qint64> size = counter.size();
        if (size && n == 0) // n < 0: a read error; decoding says what can be had
            return *size;
    }
    GObjectRef<GMimeStream> sink(g_mime_stream_null_new());
    g_mime_data_wrapper_write_to_stream(wrapper, sink.get());
    return qint64(GMIME_STREAM_NULL(sink.get())->written);
}

} // namespace Mime::Detail
