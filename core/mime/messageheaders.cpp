#include <algorithm>

#include <QTimeZone>

#include "mime/datenormalizer.h"
#include "mime/messageheaders_p.h"
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

// The name in a From header that GMime finds no address in ("From: Support Team",
// "From: MAILER DAEMON <>", "From: <aaa bbb>"): its decoded text without comments, quotes and
// an empty or unreadable "<...>"; empty when only a comment remains.
QString nameOnly(const QByteArray &raw, const QByteArray &fallbackCharset)
{
    const QString text = withoutControls(decodeHeaderText(raw, fallbackCharset));
    QString name;
    int commentDepth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && (quoted || commentDepth > 0) && i + 1 < text.size()) {
            if (commentDepth == 0)
                name += text.at(i + 1);
            ++i;
        } else if (quoted) {
            if (c == QLatin1Char('"'))
                quoted = false;
            else
                name += c;
        } else if (c == QLatin1Char('(')) {
            ++commentDepth;
        } else if (c == QLatin1Char(')') && commentDepth > 0) {
            --commentDepth;
        } else if (commentDepth == 0) {
            if (c == QLatin1Char('"'))
                quoted = true;
            else
                name += c;
        }
    }
    name = name.trimmed();
    const qsizetype open = name.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && name.endsWith(QLatin1Char('>'))) {
        const QString before = name.left(open).trimmed();
        name = before.isEmpty() ? name.mid(open + 1, name.size() - open - 2) : before;
    }
    return name.simplified();
}

} // namespace

RawHeaders rawHeaders(GMimeMessage *message)
{
    RawHeaders raw;
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = headers ? qMin(g_mime_header_list_get_count(headers), maxHeaders) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        const char *name = g_mime_header_get_name(header);
        const char *value = g_mime_header_get_raw_value(header);
        if (!name || !value)
            continue;
        switch (g_ascii_tolower(name[0])) {
        case 's':
            if (g_ascii_strcasecmp(name, "Subject") == 0)
                raw.subject = QByteArray(value);
            break;
        case 'd':
            if (g_ascii_strcasecmp(name, "Date") == 0)
                raw.date = QByteArray(value);
            break;
        case 'f':
            if (g_ascii_strcasecmp(name, "From") == 0)
                raw.from.append(QByteArray(value));
            break;
        case 't':
            if (g_ascii_strcasecmp(name, "To") == 0)
                raw.to.append(QByteArray(value));
            break;
        case 'c':
            if (g_ascii_strcasecmp(name, "Cc") == 0)
                raw.cc.append(QByteArray(value));
            break;
        case 'r':
            if (g_ascii_strcasecmp(name, "Reply-To") == 0)
                raw.replyTo.append(QByteArray(value));
            break;
        default:
            break;
        }
    }
    return raw;
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

QString headerText(const QByteArray &raw, const QByteArray &fallbackCharset)
{
    return withoutControls(decodeHeaderText(raw, fallbackCharset));
}

void appendHeaderAddresses(GMimeMessage *message, GMimeAddressType type,
                           const QList<QByteArray> &values, const QByteArray &fallbackCharset,
                           GMimeParserOptions *options, QList<Address> &out)
{
    const qsizetype before = out.size();
    const bool normalize =
        std::any_of(values.cbegin(), values.cend(), [&fallbackCharset](const QByteArray &value) {
            return needsEncodedWordNormalization(value, fallbackCharset);
        });
    int parsed = 0; // addresses and groups GMime found, empty groups included
    if (!normalize) {
        InternetAddressList *list = g_mime_message_get_addresses(message, type);
        parsed = list ? internet_address_list_length(list) : 0;
        appendAddresses(list, out);
    } else {
        // GMime would decode the encoded words itself: give it the words decoded by Satchel.
        for (const QByteArray &value : values) {
            const QByteArray normalized = normalizeEncodedWords(value, fallbackCharset);
            InternetAddressList *list =
                internet_address_list_parse(options, normalized.constData());
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
            out.append(Address {text, QString()});
    }
}

QDateTime headerDate(GMimeMessage *message, const QByteArray &raw)
{
    if (raw.isNull())
        return {};
    const QByteArray normalized = normalizeDateText(raw);
    // GMime has already read the same (last) Date header; only text it misreads is read again.
    const bool unchanged = normalized == raw.trimmed();
    GDateTime *date = unchanged ? g_mime_message_get_date(message)
                                : g_mime_utils_header_decode_date(normalized.constData());
    if (!date)
        return {};
    const qint64 seconds = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    if (!unchanged)
        g_date_time_unref(date);
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(offset));
}

} // namespace Mime::Detail
