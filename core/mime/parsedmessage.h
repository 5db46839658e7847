#pragma once

#include <vector>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mime {

struct Address
{
    QString name; // display name, decoded; may be empty
    QString address; // addr-spec; may be empty for broken headers
    [[nodiscard]] QString display() const; // "Name <address>", or whichever part exists
    friend bool operator==(const Address &, const Address &) = default;
};

// An attachment or inline part, described without its bytes; attachmentContent() decodes them
// on demand. fileName comes from the message: never use it as a path (see attachmentname.h).
struct AttachmentInfo
{
    QString partId; // position in the MIME tree, e.g. "2" or "1.3", for attachmentContent()
    QString fileName; // as the message names it (RFC 2047/2231 decoded); may be empty
    QString mimeType; // lower case "type/subtype"
    qint64 size = 0; // decoded bytes
    QString disposition; // "attachment", "inline" or empty
    QString contentId; // without angle brackets; what "cid:" URLs refer to
    bool isInlineImage = false; // shown inside the HTML body rather than in the attachment bar
};

// What the reading pane, the message list and the search index need from one message.
struct ParsedMessage
{
    QString subject;
    QList<Address> from;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> replyTo;
    QDateTime date;
    bool dateIsFallback = false; // no usable Date header: date is the time it was received
    QByteArray messageId; // without angle brackets
    QByteArray inReplyTo;
    QList<QByteArray> references;

    QString textBody; // the best plain text (format=flowed reflowed)
    bool textFromHtml = false; // textBody was made from htmlBody (no text/plain part)
    QString htmlBody; // untrusted HTML: sanitize before display
    QList<AttachmentInfo> attachments;
    std::vector<ParsedMessage> forwarded; // message/rfc822 parts, parsed

    bool isSigned = false; // S/MIME or OpenPGP signature present (not verified)
    bool isEncrypted = false; // encrypted content Satchel cannot show
    QStringList notes; // plain-language remarks: limits reached, parts not shown

    [[nodiscard]] bool hasAttachments() const;
    // The first characters of the body text on one line, for the message list.
    [[nodiscard]] QString preview(qsizetype maxChars = 200) const;
    // Everything the search index should find: subject, addresses, body text, attachment names,
    // and the same for forwarded messages.
    [[nodiscard]] QString searchText() const;
};

} // namespace Mime
