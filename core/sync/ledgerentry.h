#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Sync {

// The account's record of a UIDL it has stored. Only stored messages have rows; a row is written
// in the same transaction as the message (DESIGN.md, the exactly-once rule).
struct LedgerEntry
{
    QByteArray uidl;
    QDateTime firstSeen; // when first stored: the retention clock
    bool headersOnly = false; // only the headers are stored (size limit); the rest on demand
    bool deletedLocally = false; // the user deleted it here for good
};

} // namespace Sync
