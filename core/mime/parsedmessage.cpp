#include "mime/parsedmessage.h"

namespace Mime {

QString Address::display() const
{
    if (name.isEmpty())
        return address;
    if (address.isEmpty())
        return name;
    return name + QStringLiteral(" <") + address + QLatin1Char('>');
}

bool ParsedMessage::hasAttachments() const
{
    for (const AttachmentInfo &attachment : attachments) {
        if (!attachment.isInlineImage)
            return true;
    }
    return false;
}

QString ParsedMessage::preview(qsizetype maxChars) const
{
    QString text;
    text.reserve(maxChars + 1);
    bool space = false;
    for (const QChar c : textBody) {
        if (text.size() >= maxChars)
            break;
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            space = !text.isEmpty();
            continue;
        }
        if (space)
            text.append(QLatin1Char(' '));
        space = false;
        text.append(c);
    }
    return text;
}

QString ParsedMessage::searchText() const
{
    QString text = subject;
    for (const QList<Address> *list : {&from, &to, &cc}) {
        for (const Address &address : *list)
            text += QLatin1Char('\n') + address.display();
    }
    text += QLatin1Char('\n') + textBody;
    for (const AttachmentInfo &attachment : attachments) {
        if (!attachment.fileName.isEmpty())
            text += QLatin1Char('\n') + attachment.fileName;
    }
    for (const ParsedMessage &message : forwarded)
        text += QLatin1Char('\n') + message.searchText();
    return text;
}

} // namespace Mime
