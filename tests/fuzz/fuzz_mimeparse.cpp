// libFuzzer target: Mime::parseMessage and everything the reading pane and the index do with its
// result. Seeds: ../shared/corpus/edge (see ./satchel.sh fuzz).
#include <cstddef>
#include <cstdint>

#include <QByteArray>
#include <QDateTime>

#include "mime/htmlsanitizer.h"
#include "mime/messageparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const Mime::ParsedMessage message =
        Mime::parseMessage(raw, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    (void)message.searchText();
    (void)message.preview();
    (void)Mime::sanitizeHtml(message.htmlBody);
    for (const Mime::AttachmentInfo &attachment : message.attachments)
        (void)Mime::attachmentContent(raw, attachment.partId);
    return 0;
}
