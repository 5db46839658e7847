#include "mime/messageparser.h"

#include <tuple>

#include <QCoreApplication>

#include "logging.h"
#include "mime/decodedsize_p.h"
#include "mime/flowedtext.h"
#include "mime/gmimesupport_p.h"
#include "mime/htmltotext.h"
#include "mime/messageheaders_p.h"
#include "mime/textdecoding.h"
#include "mime/uuencode.h"

namespace Mime {

using Detail::decodedSize;
using Detail::GObjectRef;

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Mime::MessageParser)
};

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

GMimeParserOptions *parserOptions()
{
    // Created once and only read afterwards, so parses in several threads may share it.
    static GMimeParserOptions *options = [] {
        Detail::ensureGMimeInitialized();
        GMimeParserOptions *o = g_mime_parser_options_new();
        g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_allow_addresses_without_domain(o, TRUE);
        static const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
        g_mime_parser_options_set_fallback_charsets(o, fallback);
        return o;
    }();
    return options;
}

// Where the headers start: after a UTF-8 byte order mark and lines of only spaces and tabs, which
// some mailers put first and which make GMime find no headers at all.
qsizetype headerStart(const QByteArray &raw)
{
    qsizetype pos = raw.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (;;) {
        qsizetype end = pos;
        while (end < raw.size() && (raw[end] == ' ' || raw[end] == '\t'))
            ++end;
        if (end == pos)
            return pos;
        if (end < raw.size() && raw[end] == '\r')
            ++end;
        if (end >= raw.size() || raw[end] != '\n')
            return pos;
        pos = end + 1;
    }
}

// A stream over bytes[start..] that does not copy them (GMime's own buffer constructor does, and
// a 200 MB message must not be held twice). The stream keeps a shallow copy of the QByteArray, so
// the bytes live as long as the stream and every part that reads from it; GMime only reads them.
GMimeStream *borrowingStream(const QByteArray &bytes, qsizetype start)
{
    auto *kept = new QByteArray(bytes);
    auto *data = reinterpret_cast<guint8 *>(const_cast<char *>(kept->constData() + start));
    GByteArray *array = g_byte_array_new_take(data, gsize(kept->size() - start));
    GMimeStream *stream = g_mime_stream_mem_new_with_byte_array(array);
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
    g_object_set_data_full(G_OBJECT(stream), "satchel-array", array, [](gpointer a) {
        g_byte_array_free(static_cast<GByteArray *>(a), FALSE); // the bytes are not GLib's
    });
    g_object_set_data_full(G_OBJECT(stream), "satchel-bytes", kept,
                           [](gpointer b) { delete static_cast<QByteArray *>(b); });
    return stream;
}

// Both parseMessage() and attachmentContent() construct through here, so part ids agree.
GMimeMessage *constructMessage(const QByteArray &raw)
{
    GObjectRef<GMimeStream> stream(borrowingStream(raw, headerStart(raw)));
    GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    return g_mime_parser_construct_message(parser.get(), parserOptions());
}

QString childId(const QString &prefix, int index)
{
    const QString n = QString::number(index + 1);
    return prefix.isEmpty() ? n : prefix + QLatin1Char('.') + n;
}

QByteArray stripAngles(QByteArray id)
{
    id = id.trimmed();
    if (id.startsWith('<'))
        id.remove(0, 1);
    if (id.endsWith('>'))
        id.chop(1);
    return id;
}

// Decoded content of a leaf part, at most `limit` bytes kept; `truncated` tells whether more.
QByteArray decodedContent(GMimePart *part, qint64 limit, bool *truncated = nullptr)
{
    GMimeDataWrapper *wrapper = g_mime_part_get_content(part);
    if (!wrapper)
        return {};
    GObjectRef<GMimeStream> sink(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(wrapper, sink.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    const qint64 size = bytes ? qint64(bytes->len) : 0;
    if (truncated)
        *truncated = size > limit;
    return bytes ? QByteArray(reinterpret_cast<const char *>(bytes->data), qMin(size, limit))
                 : QByteArray();
}

// The text of a text part, decoded from its charset; the same in parseMessage() and
// attachmentContent(), so embedded uuencoded files are found at the same places in both.
QString partTextOf(GMimePart *part, qint64 limit, bool *truncated)
{
    const QByteArray bytes = decodedContent(part, limit, truncated);
    const QByteArray charset =
        QByteArray(g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset"))
            .trimmed();
    return decodeText(bytes, charset);
}

// Splits "<text part id>.uu<N>" (an embedded file, see Walker::appendText()) into its parts.
bool splitUuPartId(const QString &partId, QString *textPartId, qsizetype *index)
{
    const qsizetype dot = partId.lastIndexOf(QLatin1String(".uu"));
    if (dot <= 0)
        return false;
    bool ok = false;
    *index = partId.sliced(dot + 3).toLongLong(&ok) - 1;
    *textPartId = partId.left(dot);
    return ok && *index >= 0;
}

QString mimeTypeOf(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("text/plain");
    char *name = g_mime_content_type_get_mime_type(type);
    const QString result = utf8(name).toLower();
    g_free(name);
    return result;
}

// The same test as in Walker::leaf(): an attachment disposition or a file name.
bool isAttachmentPart(GMimePart *part)
{
    const char *disposition = g_mime_object_get_disposition(GMIME_OBJECT(part));
    const char *fileName = g_mime_part_get_filename(part);
    return (disposition && g_ascii_strcasecmp(disposition, "attachment") == 0)
        || (fileName && *fileName);
}

bool isInlinePlainText(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    return GMIME_IS_PART(object) && !isAttachmentPart(GMIME_PART(object))
        && (!type || g_mime_content_type_is_type(type, "text", "plain"));
}

struct InlinePgp
{
    bool encrypted = false;
    bool isSigned = false;
};

// OpenPGP ASCII armour headers at the start of a line of `text`.
InlinePgp findInlinePgp(const QString &text)
{
    InlinePgp found;
    const QLatin1String begin("-----BEGIN PGP ");
    for (qsizetype pos = text.indexOf(begin); pos >= 0; pos = text.indexOf(begin, pos + 1)) {
        if (pos > 0 && text.at(pos - 1) != QLatin1Char('\n'))
            continue;
        const QStringView rest = QStringView(text).sliced(pos + begin.size());
        found.encrypted = found.encrypted || rest.startsWith(QLatin1String("MESSAGE-----"));
        found.isSigned = found.isSigned || rest.startsWith(QLatin1String("SIGNED MESSAGE-----"));
    }
    return found;
}

class Walker
{
public:
    Walker(ParsedMessage &out, const ParseLimits &limits, const QDateTime &receivedAt, int depth)
        : m_out(out)
        , m_limits(limits)
        , m_receivedAt(receivedAt)
        , m_depth(depth)
    { }

    void message(GMimeMessage *message)
    {
        // Subject, names and date come from the raw headers (see messageheaders_p.h).
        const Detail::RawHeaders headers = Detail::rawHeaders(message);
        const QByteArray charset = Detail::declaredCharset(message);
        m_out.subject = Detail::headerText(headers.subject, charset);
        const std::tuple<GMimeAddressType, const QList<QByteArray> *, QList<Address> *> fields[] = {
            {GMIME_ADDRESS_TYPE_FROM, &headers.from, &m_out.from},
            {GMIME_ADDRESS_TYPE_TO, &headers.to, &m_out.to},
            {GMIME_ADDRESS_TYPE_CC, &headers.cc, &m_out.cc},
            {GMIME_ADDRESS_TYPE_REPLY_TO, &headers.replyTo, &m_out.replyTo},
        };
        for (const auto &[type, values, list] : fields)
            Detail::appendHeaderAddresses(message, type, *values, charset, parserOptions(), *list);
        m_out.date = Detail::headerDate(message, headers.date);
        if (!m_out.date.isValid()) {
            m_out.date = m_receivedAt;
            m_out.dateIsFallback = true;
        }
        m_out.messageId = stripAngles(QByteArray(g_mime_message_get_message_id(message)));
        references(message);
        if (GMimeObject *root = g_mime_message_get_mime_part(message))
            walkRoot(root, QString(), m_depth);
        finish();
    }

private:
    void references(GMimeMessage *message)
    {
        GMimeObject *object = GMIME_OBJECT(message);
        if (const char *inReplyTo = g_mime_object_get_header(object, "In-Reply-To")) {
            GMimeReferences *refs = g_mime_references_parse(parserOptions(), inReplyTo);
            if (refs && g_mime_references_length(refs) > 0)
                m_out.inReplyTo = QByteArray(g_mime_references_get_message_id(refs, 0));
            if (refs)
                g_mime_references_free(refs);
        }
        if (const char *text = g_mime_object_get_header(object, "References")) {
            GMimeReferences *refs = g_mime_references_parse(parserOptions(), text);
            const int count = refs ? qMin(g_mime_references_length(refs), 500) : 0;
            for (int i = 0; i < count; ++i)
                m_out.references.append(QByteArray(g_mime_references_get_message_id(refs, i)));
            if (refs)
                g_mime_references_free(refs);
        }
    }

    bool withinLimits(int depth)
    {
        if (depth > m_limits.maxDepth) {
            note(Strings::tr("Parts nested too deeply are not shown."));
            return false;
        }
        if (++m_parts > m_limits.maxParts) {
            note(Strings::tr("This message has too many parts; only the first %1 are shown.")
                     .arg(m_limits.maxParts));
            return false;
        }
        return true;
    }

    void note(const QString &text)
    {
        if (!m_out.notes.contains(text))
            m_out.notes.append(text);
    }

    void walkRoot(GMimeObject *root, const QString &prefix, int depth)
    {
        if (GMIME_IS_MULTIPART(root))
            walk(root, prefix, depth, false);
        else
            walk(root, childId(prefix, 0), depth, false);
    }

    void walk(GMimeObject *object, const QString &id, int depth, bool inAlternative)
    {
        if (!withinLimits(depth))
            return;
        if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
            m_out.isEncrypted = true;
            note(Strings::tr("This message is encrypted. Satchel cannot decrypt it."));
            return;
        }
        if (GMIME_IS_MULTIPART_SIGNED(object)) {
            m_out.isSigned = true;
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            if (g_mime_multipart_get_count(multipart) > 0)
                walk(g_mime_multipart_get_part(multipart, 0), childId(id, 0), depth + 1,
                     inAlternative);
            return;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const bool alternative = mimeTypeOf(object) == QLatin1String("multipart/alternative");
            const int count = g_mime_multipart_get_count(multipart);
            // RFC 2046: of several plain text alternatives, the last is the preferred one.
            int preferredPlain = -1;
            for (int i = 0; alternative && i < count; ++i) {
                if (isInlinePlainText(g_mime_multipart_get_part(multipart, i)))
                    preferredPlain = i;
            }
            for (int i = 0; i < count; ++i) {
                GMimeObject *child = g_mime_multipart_get_part(multipart, i);
                if (alternative && i != preferredPlain && isInlinePlainText(child))
                    continue;
                walk(child, childId(id, i), depth + 1, alternative);
            }
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            forwardedMessage(object, g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)),
                             id, depth);
            return;
        }
        if (GMIME_IS_PART(object))
            leaf(GMIME_PART(object), id, depth, inAlternative);
    }

    // A message/rfc822 or message/global part sent base64 or quoted-printable (invalid, but
    // SwiftMailer does it): GMime leaves it a plain part, and its decoded content is the message.
    // All such parts of one message together decode at most limits.maxDecodedPartBytes.
    void encodedForwardedMessage(GMimePart *part, const QString &id, int depth)
    {
        const qint64 size = decodedSize(part);
        const bool parse = size <= m_limits.maxDecodedPartBytes - m_decodedBytes;
        if (parse)
            m_decodedBytes += size;
        else
            note(Strings::tr(
                "A forwarded message is too large to show; it is kept as an attachment."));
        GObjectRef<GMimeMessage> nested(parse ? constructMessage(decodedContent(part, size))
                                              : nullptr);
        forwardedMessage(GMIME_OBJECT(part), nested.get(), id, depth, size);
    }

    void forwardedMessage(GMimeObject *part, GMimeMessage *nested, const QString &id, int depth,
                          qint64 size = 0)
    {
        AttachmentInfo info;
        info.partId = id;
        info.mimeType = mimeTypeOf(part);
        info.disposition = utf8(g_mime_object_get_disposition(part)).toLower();
        info.size = size;
        const QString namedInMessage =
            utf8(g_mime_object_get_content_disposition_parameter(part, "filename"));
        if (!nested) {
            info.fileName =
                namedInMessage.isEmpty() ? QStringLiteral("message.eml") : namedInMessage;
            m_out.attachments.append(info);
            return;
        }
        ParsedMessage forwarded;
        Walker walker(forwarded, m_limits, m_receivedAt, depth + 1);
        walker.m_parts = m_parts;
        walker.m_decodedBytes = m_decodedBytes;
        walker.message(nested);
        m_parts = walker.m_parts;
        m_decodedBytes = walker.m_decodedBytes;
        info.fileName =
            namedInMessage.isEmpty() ? forwarded.subject + QStringLiteral(".eml") : namedInMessage;
        if (info.fileName == QLatin1String(".eml"))
            info.fileName = QStringLiteral("message.eml");
        m_out.attachments.append(info);
        m_out.forwarded.push_back(std::move(forwarded));
    }

    void leaf(GMimePart *part, const QString &id, int depth, bool inAlternative)
    {
        GMimeObject *object = GMIME_OBJECT(part);
        const QString type = mimeTypeOf(object);
        const QString disposition = utf8(g_mime_object_get_disposition(object)).toLower();
        const QString fileName = utf8(g_mime_part_get_filename(part));
        const bool isAttachment = disposition == QLatin1String("attachment") || !fileName.isEmpty();

        if (type == QLatin1String("message/rfc822") || type == QLatin1String("message/global")) {
            encodedForwardedMessage(part, id, depth);
            return;
        }
        // Another rendition of the text (text/enriched, Apple's text/watch-html), not something
        // the sender attached. text/calendar stays: it is the invitation itself.
        if (inAlternative && !isAttachment && type.startsWith(QLatin1String("text/"))
            && type != QLatin1String("text/plain") && type != QLatin1String("text/html")
            && type != QLatin1String("text/calendar"))
            return;

        if (type == QLatin1String("application/pgp-signature")
            || type == QLatin1String("application/pkcs7-signature")
            || type == QLatin1String("application/x-pkcs7-signature")) {
            m_out.isSigned = true;
            return;
        }
        if (GMIME_IS_APPLICATION_PKCS7_MIME(object)) {
            const GMimeSecureMimeType smime =
                g_mime_application_pkcs7_mime_get_smime_type(GMIME_APPLICATION_PKCS7_MIME(object));
            if (smime == GMIME_SECURE_MIME_TYPE_ENVELOPED_DATA) {
                m_out.isEncrypted = true;
                note(Strings::tr("This message is encrypted. Satchel cannot decrypt it."));
            } else {
                m_out.isSigned = true;
                note(Strings::tr(
                    "This message is signed in a form Satchel cannot show (S/MIME opaque "
                    "signature)."));
            }
        }
        if (!isAttachment && type == QLatin1String("text/plain")) {
            appendText(part, id);
            return;
        }
        if (!isAttachment && type == QLatin1String("text/html")) {
            if (m_out.htmlBody.isEmpty()) {
                m_out.htmlBody = partText(part);
                return;
            }
            if (!inAlternative) // a second HTML part in a mixed message: show it as text too
                m_textParts.append(htmlToText(partText(part)));
            return;
        }
        AttachmentInfo info;
        info.partId = id;
        info.fileName = fileName;
        info.mimeType = type;
        info.disposition = disposition;
        info.contentId =
            QString::fromLatin1(stripAngles(QByteArray(g_mime_part_get_content_id(part))));
        info.size = decodedSize(part);
        info.isInlineImage = type.startsWith(QLatin1String("image/")) && !info.contentId.isEmpty()
            && disposition != QLatin1String("attachment");
        m_out.attachments.append(info);
    }

    QString partText(GMimePart *part)
    {
        bool truncated = false;
        const QString text = partTextOf(part, m_limits.maxTextBytes, &truncated);
        if (truncated)
            note(Strings::tr("Part of the text is too long and is not shown in full."));
        return text;
    }

    // Files uuencoded into the text (before MIME) become attachments "<id>.uu<N>" and leave it.
    void appendText(GMimePart *part, const QString &id)
    {
        QString text = partText(part);
        const QList<UuBlock> blocks = findUuencodedBlocks(text, m_limits.maxTextBytes);
        for (qsizetype i = blocks.size() - 1; i >= 0; --i)
            text.remove(blocks.at(i).start, blocks.at(i).end - blocks.at(i).start);
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            AttachmentInfo info;
            info.partId = id + QStringLiteral(".uu") + QString::number(i + 1);
            info.fileName = blocks.at(i).fileName;
            info.mimeType = uuMimeType(info.fileName);
            info.size = blocks.at(i).data.size();
            info.disposition = QStringLiteral("attachment");
            m_out.attachments.append(info);
        }
        GMimeObject *object = GMIME_OBJECT(part);
        const QByteArray format =
            QByteArray(g_mime_object_get_content_type_parameter(object, "format")).toLower();
        if (format == "flowed") {
            const QByteArray delsp =
                QByteArray(g_mime_object_get_content_type_parameter(object, "delsp")).toLower();
            text = decodeFlowedText(text, delsp == "yes");
        }
        // Inline OpenPGP (ASCII armour in the text): shown as it is, but marked like PGP/MIME.
        const InlinePgp pgp = findInlinePgp(text);
        if (pgp.encrypted) {
            m_out.isEncrypted = true;
            note(Strings::tr("This message is encrypted. Satchel cannot decrypt it."));
        }
        m_out.isSigned = m_out.isSigned || pgp.isSigned;
        m_textParts.append(text);
    }

    void finish()
    {
        if (m_textParts.isEmpty() && !m_out.htmlBody.isEmpty()) {
            m_out.textBody = htmlToText(m_out.htmlBody);
            m_out.textFromHtml = true;
        } else {
            m_out.textBody = m_textParts.join(QStringLiteral("\n\n"));
        }
        toUnixLineEnds(m_out.textBody);
        // Inline images the HTML does not reference are shown as attachments.
        for (AttachmentInfo &attachment : m_out.attachments) {
            if (attachment.isInlineImage
                && !m_out.htmlBody.contains(QStringLiteral("cid:") + attachment.contentId,
                                            Qt::CaseInsensitive))
                attachment.isInlineImage = false;
        }
    }

    ParsedMessage &m_out;
    const ParseLimits &m_limits;
    QDateTime m_receivedAt;
    int m_depth = 0;
    int m_parts = 0;
    qint64 m_decodedBytes = 0; // decoded to parse encoded forwarded messages, nested ones included
    QStringList m_textParts;
};

GMimeObject *findPart(GMimeObject *object, const QString &id, const QString &wanted, int depth)
{
    if (!object || depth > 64)
        return nullptr;
    if (id == wanted)
        return object;
    if (!id.isEmpty() && !wanted.startsWith(id + QLatin1Char('.')))
        return nullptr;
    if (GMIME_IS_MULTIPART_ENCRYPTED(object))
        return nullptr;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = GMIME_IS_MULTIPART_SIGNED(object)
            ? qMin(1, g_mime_multipart_get_count(multipart))
            : g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i) {
            if (GMimeObject *found = findPart(g_mime_multipart_get_part(multipart, i),
                                              childId(id, i), wanted, depth + 1))
                return found;
        }
        return nullptr;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *nested = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        GMimeObject *root = nested ? g_mime_message_get_mime_part(nested) : nullptr;
        if (!root)
            return nullptr;
        return findPart(root, GMIME_IS_MULTIPART(root) ? id : childId(id, 0), wanted, depth + 1);
    }
    return nullptr;
}

} // namespace

ParsedMessage parseMessage(const QByteArray &raw, const QDateTime &receivedAt,
                           const ParseLimits &limits)
{
    ParsedMessage parsed;
    GObjectRef<GMimeMessage> message(constructMessage(raw));
    if (!message) {
        parsed.date = receivedAt;
        parsed.dateIsFallback = true;
        parsed.textBody = decodeText(raw.left(limits.maxTextBytes), QByteArray());
        parsed.notes.append(
            Strings::tr("This message could not be understood; it is shown as raw text."));
        qCDebug(lcMime) << "unparsable message of" << raw.size() << "bytes";
        return parsed;
    }
    Walker(parsed, limits, receivedAt, 0).message(message.get());
    return parsed;
}

std::optional<QByteArray> attachmentContent(const QByteArray &raw, const QString &partId,
                                            const ParseLimits &limits)
{
    GObjectRef<GMimeMessage> message(constructMessage(raw));
    GMimeObject *root = message ? g_mime_message_get_mime_part(message.get()) : nullptr;
    if (!root || partId.isEmpty())
        return std::nullopt;
    QString textPartId;
    qsizetype uuIndex = -1;
    const bool embedded = splitUuPartId(partId, &textPartId, &uuIndex);
    GMimeObject *object =
        findPart(root, GMIME_IS_MULTIPART(root) ? QString() : childId(QString(), 0),
                 embedded ? textPartId : partId, 0);
    if (embedded) {
        if (!GMIME_IS_PART(object))
            return std::nullopt;
        const QString text = partTextOf(GMIME_PART(object), limits.maxTextBytes, nullptr);
        const QList<UuBlock> blocks = findUuencodedBlocks(text, limits.maxTextBytes);
        if (uuIndex >= blocks.size() || blocks.at(uuIndex).data.size() > limits.maxDecodedPartBytes)
            return std::nullopt;
        return blocks.at(uuIndex).data;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage *nested = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (!nested)
            return QByteArray(); // an empty message/rfc822 part
        GObjectRef<GMimeStream> sink(g_mime_stream_mem_new());
        g_mime_object_write_to_stream(GMIME_OBJECT(nested), nullptr, sink.get());
        GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
        return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    }
    if (!object || !GMIME_IS_PART(object))
        return std::nullopt;
    bool truncated = false;
    QByteArray content = decodedContent(GMIME_PART(object), limits.maxDecodedPartBytes, &truncated);
    if (truncated)
        return std::nullopt;
    return content;
}

} // namespace Mime
