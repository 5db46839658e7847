#include "sync/syncplanner.h"

#include <algorithm>

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace Sync {

namespace {

QDateTime nextCheck()
{
    return QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
}

bool isLarge(const Pop3::ServerMessage &message, const RetentionPolicy &policy)
{
    return policy.sizeLimit > 0 && message.size > policy.sizeLimit;
}

// planSync()'s deletion rule for a stored message; leavesServerAt() says the same as a time.
// nowUtc: the current time in UTC (converted once per plan, not once per message).
bool leavesNow(const LedgerEntry &entry, const RetentionPolicy &policy, const QDateTime &nowUtc)
{
    if (entry.deletedLocally && policy.deleteWhenDeletedLocally)
        return true;
    if (entry.headersOnly)
        return false;
    switch (policy.mode) {
    case RetentionMode::DeleteAfterDownload:
        return true;
    case RetentionMode::KeepOnServer:
        return false;
    case RetentionMode::KeepForDays: {
        if (!entry.firstSeen.isValid() || !nowUtc.isValid())
            return false;
        // Never delete early because of a clock skewed ahead when the message was stored.
        const QDateTime clock = std::min(entry.firstSeen.toUTC(), nowUtc);
        return nowUtc >= clock.addDays(std::max(policy.keepDays, 0));
    }
    }
    return false;
}

QString noUidlReason()
{
    return QCoreApplication::translate(
        "Sync::SyncPlanner",
        "This server does not support UIDL, so Satchel cannot tell which messages it already "
        "has. Let it delete messages from the server after downloading them: clear \u201cLeave "
        "messages on the server\u201d in the account's settings (satchel-cli: "
        "--delete-after-download).");
}

QString duplicateNote()
{
    return QCoreApplication::translate(
        "Sync::SyncPlanner",
        "The server listed the same message more than once. Satchel left the repeated entries "
        "on the server untouched.");
}

} // namespace

SyncPlan planSync(const QList<Pop3::ServerMessage> &listing,
                  const QHash<QByteArray, LedgerEntry> &ledger, const RetentionPolicy &policy,
                  const QDateTime &now)
{
    SyncPlan plan;
    const bool withoutUidl =
        std::any_of(listing.cbegin(), listing.cend(),
                    [](const Pop3::ServerMessage &m) { return m.uidl.isEmpty(); });
    if (withoutUidl && policy.mode != RetentionMode::DeleteAfterDownload) {
        plan.refused = true;
        plan.reason = noUidlReason();
        return plan;
    }

    // Servers list in number order; sorting (pointers, stable) is needed only when one does not.
    // A mailbox of 100,000 messages is planned in tens of milliseconds (bench_load).
    QList<const Pop3::ServerMessage *> ordered;
    ordered.reserve(listing.size());
    for (const Pop3::ServerMessage &message : listing)
        ordered.append(&message);
    const auto byNumber = [](const Pop3::ServerMessage *a, const Pop3::ServerMessage *b) {
        return a->number < b->number;
    };
    if (!std::is_sorted(ordered.cbegin(), ordered.cend(), byNumber))
        std::stable_sort(ordered.begin(), ordered.end(), byNumber);

    const QDateTime nowUtc = now.toUTC();
    QSet<QByteArray> listed; // every listed UIDL: what is not in it is pruned from the ledger
    listed.reserve(listing.size());
    bool duplicates = false;
    const Pop3::ServerMessage *previous = nullptr;
    for (const Pop3::ServerMessage *entry : std::as_const(ordered)) {
        const Pop3::ServerMessage &message = *entry;
        const bool repeatedNumber = previous && previous->number == message.number;
        previous = entry;
        const qsizetype uidlsBefore = listed.size();
        if (!message.uidl.isEmpty())
            listed.insert(message.uidl);
        const bool repeatedUidl = !message.uidl.isEmpty() && listed.size() == uidlsBefore;
        if (repeatedNumber || repeatedUidl) {
            duplicates = true;
            continue;
        }
        if (message.uidl.isEmpty()) { // DeleteAfterDownload without UIDL: no ledger, no TOP
            plan.fetch.retrieve.append(message.number);
            plan.fetch.deleteIfStored.append(message.number);
            continue;
        }

        const auto known = ledger.constFind(message.uidl);
        if (known != ledger.cend()) {
            if (leavesNow(known.value(), policy, nowUtc))
                plan.fetch.deleteNow.append(message.number);
            continue;
        }
        plan.fetch.retrieve.append(message.number);
        if (isLarge(message, policy))
            plan.headersOnly.append(message.number);
        else if (policy.mode == RetentionMode::DeleteAfterDownload)
            plan.fetch.deleteIfStored.append(message.number);
    }

    if (!withoutUidl) {
        for (auto it = ledger.cbegin(); it != ledger.cend(); ++it) {
            if (!listed.contains(it.key()))
                plan.pruneFromLedger.append(it.key());
        }
        std::sort(plan.pruneFromLedger.begin(), plan.pruneFromLedger.end());
    }
    if (duplicates)
        plan.reason = duplicateNote();
    return plan;
}

std::optional<QDateTime> leavesServerAt(const LedgerEntry &entry, const RetentionPolicy &policy)
{
    if (entry.deletedLocally && policy.deleteWhenDeletedLocally)
        return nextCheck();
    if (entry.headersOnly)
        return std::nullopt;
    switch (policy.mode) {
    case RetentionMode::DeleteAfterDownload:
        return nextCheck();
    case RetentionMode::KeepOnServer:
        return std::nullopt;
    case RetentionMode::KeepForDays:
        if (!entry.firstSeen.isValid())
            return std::nullopt;
        if (policy.keepDays <= 0)
            return nextCheck();
        return entry.firstSeen.toUTC().addDays(policy.keepDays);
    }
    return std::nullopt;
}

} // namespace Sync
