#include "mime/textdecoding.h"

#include <cstring>

#include <QStringDecoder>

#include "mime/gmimesupport_p.h"

namespace Mime {

namespace {

// windows-1252's 0x80..0x9F; 0 where the code page leaves a byte undefined (mapped to C1 then).
constexpr char16_t cp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool isUtf8Label(const QByteArray &charset)
{
    const QByteArray lower = charset.toLower();
    return lower == "utf-8" || lower == "utf8" || lower == "us-ascii" || lower == "ascii";
}

} // namespace

void toUnixLineEnds(QString &text)
{
    // Where the next CR LF starts at or after `from`, or -1 (a search for CR is vectorised).
    const auto next = [](QStringView view, qsizetype from) {
        for (qsizetype cr = view.indexOf(u'\r', from); cr >= 0; cr = view.indexOf(u'\r', cr + 1)) {
            if (cr + 1 < view.size() && view[cr + 1] == u'\n')
                return cr;
        }
        return qsizetype(-1);
    };
    qsizetype in = next(text, 0);
    if (in < 0)
        return;
    QChar *data = text.data(); // detaches a shared string
    const QStringView view(data, text.size());
    qsizetype out = in;
    while (in >= 0) {
        ++in; // drop the CR, keep the LF
        const qsizetype found = next(view, in + 1);
        const qsizetype end = found < 0 ? view.size() : found;
        std::memmove(data + out, data + in, size_t(end - in) * sizeof(QChar));
        out += end - in;
        in = found;
    }
    text.truncate(out);
}

bool isValidUtf8(QByteArrayView bytes)
{
    return g_utf8_validate(bytes.data(), bytes.size(), nullptr);
}

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b < 0xA0 && cp1252High[b - 0x80] != 0)
            *out++ = QChar(cp1252High[b - 0x80]);
        else
            *out++ = QChar(char16_t(b));
    }
    return text;
}

namespace {

// UTF-8 if the bytes are valid UTF-8, else windows-1252: one decoding pass, no separate check.
QString utf8OrWindows1252(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    return decoder.hasError() ? fromWindows1252(bytes) : text;
}

} // namespace

QString decodeText(QByteArrayView bytes, const QByteArray &charset)
{
    if (bytes.isEmpty())
        return {};
    if (charset.isEmpty() || isUtf8Label(charset)) {
        // Labelled UTF-8 or ASCII that is not valid UTF-8 is 8-bit text with a wrong label.
        return utf8OrWindows1252(bytes);
    }
    const QByteArray lower = charset.toLower();
    if (lower == "iso-8859-1" || lower == "latin1" || lower == "windows-1252" || lower == "cp1252")
        return fromWindows1252(bytes); // the usual mislabelling: treat ISO-8859-1 as its superset
    Detail::ensureGMimeInitialized();
    iconv_t cd = g_mime_iconv_open("UTF-8", charset.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return utf8OrWindows1252(bytes);
    char *converted = g_mime_iconv_strndup(cd, bytes.data(), size_t(bytes.size()));
    g_mime_iconv_close(cd);
    if (!converted)
        return utf8OrWindows1252(bytes);
    const QString text = QString::fromUtf8(converted);
    g_free(converted);
    return text;
}

} // namespace Mime
