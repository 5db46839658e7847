#pragma once

#include <QString>

#include "mime/parsedmessage.h"
#include "store/searchtext.h"

namespace Store {

// The text a message's row and its search-index entry hold, made from its parse. Making it is
// pure string work, so it can happen on any thread: Sync::StoreWorker makes it on the POP3
// session's thread, next to the parse, and leaves the store thread only the writing.
struct MessageTexts
{
    QString subject;
    QString from;
    QString to;
    QString cc;
    QString preview;
    QString messageId;
    SearchText::IndexFields index;

    // headersOnly: the index holds the header columns only (see SearchIndex).
    [[nodiscard]] static MessageTexts of(const Mime::ParsedMessage &parsed, bool headersOnly);
};

} // namespace Store
