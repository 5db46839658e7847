#pragma once

#include <QtGlobal>

namespace Sync {

// How long an account's messages stay on the server once Satchel has stored them.
enum class RetentionMode {
    DeleteAfterDownload, // deleted in the session that stored them (once durable)
    KeepOnServer, // never deleted by Satchel's retention (only by deleteWhenDeletedLocally)
    KeepForDays, // deleted keepDays after they were first stored (the ledger's firstSeen)
};

// The per-account retention settings the sync planner applies.
struct RetentionPolicy
{
    RetentionMode mode = RetentionMode::KeepForDays;
    int keepDays = 14; // KeepForDays only; 0 or less = leave at the next check after storing
    // Also delete from the server once the user deleted it here for good (emptied from Trash /
    // deleted permanently).
    bool deleteWhenDeletedLocally = true;
    qint64 sizeLimit = 0; // 0 (or less) = none; larger messages: headers only (TOP n 0)
};

} // namespace Sync
