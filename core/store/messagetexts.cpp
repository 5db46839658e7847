#include "store/messagetexts.h"

#include "store/rowcodec_p.h"

namespace Store {

MessageTexts MessageTexts::of(const Mime::ParsedMessage &parsed, bool headersOnly)
{
    using RowCodec::joinAddresses;
    using RowCodec::text;
    MessageTexts texts;
    texts.subject = text(parsed.subject);
    texts.from = text(joinAddresses(parsed.from));
    texts.to = text(joinAddresses(parsed.to));
    texts.cc = text(joinAddresses(parsed.cc));
    texts.preview = text(parsed.preview());
    texts.messageId = text(QString::fromLatin1(parsed.messageId));
    texts.index =
        SearchText::fieldsFor(parsed, texts.subject, texts.from, texts.to, texts.cc, headersOnly);
    return texts;
}

} // namespace Store
