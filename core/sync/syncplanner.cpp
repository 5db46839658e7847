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
bool leavesNow(const LedgerEntry &entry, const RetentionPolicy &policy, const QDateTime &now)
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
        if (!entry.firstSeen.isValid() || !now.isValid())
            return false;
        const QDateTime nowUtc = now.toUTC();
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
        "has. Choose \"delete from server after download\" for this account.");
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

    QList<Pop3::ServerMessage> ordered = listing;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Pop3::ServerMessage &a, const Pop3::ServerMessage &b) {
                         return a.number < b.number;
                     });

    QSet<QByteArray> listed;
    for (const Pop3::ServerMessage &message : listing)
        listed.insert(message.uidl);

    QSet<quint32> seenNumbers;
    QSet<QByteArray> seenUidls;
    bool duplicates = false;
    for (const Pop3::ServerMessage &message : std::as_const(ordered)) {
        if (seenNumbers.contains(message.number)
            || (!message.uidl.isEmpty() && seenUidls.contains(message.uidl))) {
            duplicates = true;
            continue;
        }
        seenNumbers.insert(message.number);
        if (message.uidl.isEmpty()) { // DeleteAfterDownload without UIDL: no ledger, no TOP
            plan.fetch.retrieve.append(message.number);
            plan.fetch.deleteIfStored.append(message.number);
            continue;
        }
        seenUidls.insert(message.uidl);

        const auto known = ledger.constFind(message.uidl);
        if (known != ledger.cend()) {
            if (leavesNow(known.value(), policy, now))
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
