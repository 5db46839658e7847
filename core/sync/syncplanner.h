#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "pop3/fetchtypes.h"
#include "sync/ledgerentry.h"
#include "sync/retentionpolicy.h"

// The sync planner: every retention rule in one place, as pure functions. No network, no SQL and
// no clock reads; the time is a parameter. Any thread.
namespace Sync {

struct SyncPlan
{
    Pop3::FetchPlan fetch; // what the POP3 session does (numbers)
    QList<quint32> headersOnly; // subset of fetch.retrieve to fetch with TOP n 0 (size limit)
    QList<QByteArray> pruneFromLedger; // ledger UIDLs no longer on the server
    bool refused = false; // nothing may be done (see reason)
    QString reason; // plain language, translated (context "Sync::SyncPlanner"); also notes
};

// Plans one check of one account from the server's listing, the account's ledger (keyed by
// UIDL), its policy and the current time.
//
// - Output is deterministic: fetch.retrieve, fetch.deleteIfStored, fetch.deleteNow and
//   headersOnly are in server order (ascending message number, whatever the listing's order);
//   pruneFromLedger is sorted bytewise.
// - UIDLs are compared as exact bytes (case-sensitive): "abc" and "ABC" are different messages.
// - New message (UIDL not in the ledger): retrieved. When policy.sizeLimit > 0 and its size is
//   larger, it is also in headersOnly, and it is never deleted automatically (it stays on the
//   server until fully downloaded). Otherwise, with DeleteAfterDownload, it is in
//   fetch.deleteIfStored, never in fetch.deleteNow.
// - Known message (UIDL in the ledger): never retrieved again (a headers-only row neither: the
//   rest is fetched on demand). It is in fetch.deleteNow when leavesServerAt() is not after `now`:
//   - deletedLocally and policy.deleteWhenDeletedLocally, in every mode and also for a
//     headers-only row (the user's own decision, not retention);
//   - otherwise a headers-only row is never deleted;
//   - DeleteAfterDownload: always (it was stored in an earlier session whose DELE did not
//     complete);
//   - KeepForDays: when now >= min(firstSeen, now) + keepDays, compared in UTC (a day is 24
//     hours, whatever the time zone). A firstSeen in the future (the clock was skewed ahead when
//     it was stored) counts as now, so a skewed clock never deletes early: such a message leaves
//     keepDays after its firstSeen. keepDays <= 0 means at the next check. An invalid firstSeen
//     or an invalid `now` never deletes (unknown age);
//   - KeepOnServer: never.
// - A reused UIDL is the same message: RFC 1939 forbids reusing a UIDL within one maildrop, so a
//   listed UIDL that is still in the ledger is never downloaded again.
// - Ledger rows whose UIDL is not in the listing are in pruneFromLedger (an empty listing prunes
//   every row). Nothing is pruned when the server gives no UIDL (see below).
// - Duplicate UIDLs (or message numbers) in one listing, from a broken server: the first
//   (lowest number) is planned, later ones are skipped (never retrieved or deleted), and `reason`
//   carries a note; the plan is not refused.
// - A server without UIDL (any listed message with an empty uidl): Satchel cannot tell which
//   messages it already has. With any mode but DeleteAfterDownload the plan is refused (empty,
//   refused = true, `reason` says why and what to choose). With DeleteAfterDownload, every message
//   without a UIDL is retrieved in full (the size limit is ignored: a headers-only copy could not
//   be recognised later and would come back at every check) and put in fetch.deleteIfStored;
//   listed messages with a UIDL follow the rules above.
// - Messages that vanish between LIST and RETR are the executor's business (RETR -ERR).
[[nodiscard]] SyncPlan planSync(const QList<Pop3::ServerMessage> &listing,
                                const QHash<QByteArray, LedgerEntry> &ledger,
                                const RetentionPolicy &policy, const QDateTime &now);

// When a stored message will leave the server under the policy, by the rules of planSync():
// nullopt = never (or unknown: KeepForDays with an invalid firstSeen); a time in the past (the
// Unix epoch) = at the next check; KeepForDays = firstSeen + keepDays (in UTC).
[[nodiscard]] std::optional<QDateTime> leavesServerAt(const LedgerEntry &entry,
                                                      const RetentionPolicy &policy);

} // namespace Sync
