#include "mime/messageheaders_p.h"

#include <QTimeZone>

#include "mime/datenormalizer.h"
#include "mime/rfc2047.h"

namespace Mime::Detail {

namespace {

constexpr int maxAddresses = 1000;
constexpr int maxHeaders = 1000;

QString utf8(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString withoutControls(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

void appendAddresses(InternetAddressList *list, QList<Address> &out, int depth = 0)
{
    if (!list || depth > 4)
        return;
    const int count = qMin(internet_address_list_length(list), maxAddresses);
    for (int i = 0; i < count && out.size() < maxAddresses; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)),
                            out, depth + 1);
            continue;
        }
        Address a;
        a.name = utf8(internet_address_get_name(address)).trimmed();
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            a.address = utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
        if (!a.name.isEmpty() || !a.address.isEmpty())
            out.append(a);
    }
}

const char *headerName(GMimeAddressType type)
{
    switch (type) {
    case GMIME_ADDRESS_TYPE_SENDER:
        return "Sender";
    case GMIME_ADDRESS_TYPE_FROM:
        return "From";
    case GMIME_ADDRESS_TYPE_REPLY_TO:
        return "Reply-To";
    case GMIME_ADDRESS_TYPE_TO:
        return "To";
    case GMIME_ADDRESS_TYPE_CC:
        return "Cc";
    case GMIME_ADDRESS_TYPE_BCC:
        return "Bcc";
    }
    return "";
}

QByteArray textCharset(GMimeObject *object, int depth, int &budget)
{
    if (!object || depth > 8 || --budget < 0)
        return {};
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart *multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count && budget > 0; ++i) {
            const QByteArray charset =
                textCharset(g_mime_multipart_get_part(multipart, i), depth + 1, budget);
            if (!charset.isEmpty())
                return charset;
        }
        return {};
    }
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!GMIME_IS_PART(object) || !type || !g_mime_content_type_is_type(type, "text", "*"))
        return {};
    return QByteArray(g_mime_content_type_get_parameter(type, "charset")).trimmed();
}

// A From header of only a phrase ("From: Support Team"): its text, without enclosing quotes.
QString nameOnly(const QByteArray &raw, const QByteArray &fallbackCharset)
{
    QString name = withoutControls(decodeHeaderText(raw, fallbackCharset));
    if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"')))
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

} // namespace

QByteArray rawHeader(GMimeObject *object, const char *name)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    GMimeHeader *header = headers ? g_mime_header_list_get_header(headers, name) : nullptr;
    const char *raw = header ? g_mime_header_get_raw_value(header) : nullptr;
    return raw ? QByteArray(raw) : QByteArray();
}

QByteArray declaredCharset(GMimeMessage *message)
{
    GMimeObject *root = g_mime_message_get_mime_part(message);
    if (!root)
        return {};
    const QByteArray topLevel =
        QByteArray(g_mime_object_get_content_type_parameter(root, "charset")).trimmed();
    if (!topLevel.isEmpty())
        return topLevel;
    int budget = 64;
    return textCharset(root, 0, budget);
}

QString headerText(GMimeObject *object, const char *name, const QByteArray &fallbackCharset)
{
    return withoutControls(decodeHeaderText(rawHeader(object, name), fallbackCharset));
}

void appendHeaderAddresses(GMimeMessage *message, GMimeAddressType type,
                           const QByteArray &fallbackCharset, GMimeParserOptions *options,
                           QList<Address> &out)
{
    const qsizetype before = out.size();
    const char *name = headerName(type);
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = headers ? qMin(g_mime_header_list_get_count(headers), maxHeaders) : 0;
    QList<QByteArray> values;
    bool normalize = false;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(header), name) != 0)
            continue;
        values.append(QByteArray(g_mime_header_get_raw_value(header)));
        normalize = normalize || needsEncodedWordNormalization(values.last(), fallbackCharset);
    }
    int parsed = 0; // addresses and groups GMime found, empty groups included
    if (!normalize) {
        InternetAddressList *list = g_mime_message_get_addresses(message, type);
        parsed = list ? internet_address_list_length(list) : 0;
        appendAddresses(list, out);
    } else {
        // GMime would decode the encoded words itself: give it the words decoded by Satchel.
        for (const QByteArray &value : std::as_const(values)) {
            const QByteArray normalized = normalizeEncodedWords(value, fallbackCharset);
            InternetAddressList *list = internet_address_list_parse(options, normalized.constData());
            if (!list)
                continue;
            parsed += internet_address_list_length(list);
            appendAddresses(list, out);
            g_object_unref(list);
        }
    }
    if (type == GMIME_ADDRESS_TYPE_FROM && parsed == 0 && out.size() == before
        && !values.isEmpty()) {
        const QString text = nameOnly(values.first(), fallbackCharset);
        if (!text.isEmpty())
            out.append(Address{text, QString()});
    }
}

QDateTime headerDate(GMimeObject *object)
{
    const QByteArray raw = rawHeader(object, "Date");
    if (raw.isNull())
        return {};
    GDateTime *date = g_mime_utils_header_decode_date(normalizeDateText(raw).constData());
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    g_date_time_unref(date);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(offset));
}

} // namespace Mime::Detail
