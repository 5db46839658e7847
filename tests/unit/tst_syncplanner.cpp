#include <QTest>
#include <QTimeZone>

#include "sync/syncplanner.h"

using namespace Qt::Literals::StringLiterals;
using namespace Sync;

namespace {

using Numbers = QList<quint32>;
using Listing = QList<Pop3::ServerMessage>;
using Ledger = QList<LedgerEntry>;

// The initialisers keep -Wmissing-field-initializers quiet for designated initialisers.
struct Expected
{
    Numbers retrieve = {};
    Numbers deleteIfStored = {};
    Numbers deleteNow = {};
    Numbers headersOnly = {};
    QByteArrayList prune = {};
    bool refused = false;
    bool note = false;
};

const QDateTime nowUtc(QDate(2024, 3, 10), QTime(12, 0), QTimeZone::utc());
const QDateTime epoch = QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc());
constexpr qint64 day = 24 * 60 * 60;

Pop3::ServerMessage msg(quint32 number, const QByteArray &uidl, qint64 size = 100)
{
    return Pop3::ServerMessage {number, size, uidl};
}

// Ledger row marks, combined with |.
constexpr int Full = 0;
constexpr int HeadersOnly = 1;
constexpr int DeletedLocally = 2;

LedgerEntry row(const QByteArray &uidl, const QDateTime &firstSeen, int marks = Full)
{
    return LedgerEntry {uidl, firstSeen, (marks & HeadersOnly) != 0, (marks & DeletedLocally) != 0};
}

RetentionPolicy retention(RetentionMode mode, int keepDays = 14,
                          bool deleteWhenDeletedLocally = true, qint64 sizeLimit = 0)
{
    return RetentionPolicy {mode, keepDays, deleteWhenDeletedLocally, sizeLimit};
}

const RetentionPolicy deleteAfter = retention(RetentionMode::DeleteAfterDownload);
const RetentionPolicy keepForever = retention(RetentionMode::KeepOnServer);
const RetentionPolicy keep14Days = retention(RetentionMode::KeepForDays);

QHash<QByteArray, LedgerEntry> toHash(const Ledger &ledger)
{
    QHash<QByteArray, LedgerEntry> hash;
    for (const LedgerEntry &entry : ledger)
        hash.insert(entry.uidl, entry);
    return hash;
}

} // namespace

Q_DECLARE_METATYPE(Listing)
Q_DECLARE_METATYPE(Ledger)
Q_DECLARE_METATYPE(Sync::RetentionPolicy)
Q_DECLARE_METATYPE(Sync::LedgerEntry)
Q_DECLARE_METATYPE(Expected)

// The retention rules of DESIGN.md, decided without a network (the exactly-once rule).
class TestSyncPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planSync_data();
    void planSync();
    void refusalReason();
    void leavesServerAt_data();
    void leavesServerAt();
    void leavesServerAtAgreesWithPlan();
};

void TestSyncPlanner::planSync_data()
{
    QTest::addColumn<Listing>("listing");
    QTest::addColumn<Ledger>("ledger");
    QTest::addColumn<RetentionPolicy>("policy");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Expected>("expected");

    const Listing ab {msg(1, "a"_ba), msg(2, "b"_ba)};
    const Ledger fresh {row("a"_ba, nowUtc.addSecs(-day))};
    const Ledger ancient {row("a"_ba, nowUtc.addSecs(-400 * day))};
    const Listing a {msg(1, "a"_ba)};

    // empty inputs and new messages
    QTest::newRow("empty listing and ledger")
        << Listing() << Ledger() << keep14Days << nowUtc << Expected();
    QTest::newRow("new, keep for days")
        << ab << Ledger() << keep14Days << nowUtc << Expected {.retrieve = {1, 2}};
    QTest::newRow("new, keep forever")
        << ab << Ledger() << keepForever << nowUtc << Expected {.retrieve = {1, 2}};
    QTest::newRow("new, delete after download")
        << ab << Ledger() << deleteAfter << nowUtc
        << Expected {.retrieve = {1, 2}, .deleteIfStored = {1, 2}};
    QTest::newRow("listing out of order")
        << Listing {msg(3, "c"_ba), msg(1, "a"_ba), msg(2, "b"_ba)} << Ledger() << deleteAfter
        << nowUtc << Expected {.retrieve = {1, 2, 3}, .deleteIfStored = {1, 2, 3}};
    QTest::newRow("new among known, delete after download")
        << ab << fresh << deleteAfter << nowUtc
        << Expected {.retrieve = {2}, .deleteIfStored = {2}, .deleteNow = {1}};
    QTest::newRow("reused UIDL is the same message")
        << Listing {msg(7, "a"_ba, 99999)} << fresh << keep14Days << nowUtc << Expected();

    // known messages and the retention clock
    QTest::newRow("known, within days") << a << fresh << keep14Days << nowUtc << Expected();
    QTest::newRow("known, expired exactly at boundary")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(-14 * day))} << keep14Days << nowUtc
        << Expected {.deleteNow = {1}};
    QTest::newRow("known, one second before boundary")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(-14 * day + 1))} << keep14Days << nowUtc
        << Expected();
    QTest::newRow("known, long expired")
        << a << ancient << keep14Days << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("known, 1 day, one second before")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(-day + 1))}
        << retention(RetentionMode::KeepForDays, 1) << nowUtc << Expected();
    QTest::newRow("known, keep 0 days")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(-1))} << retention(RetentionMode::KeepForDays, 0)
        << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("known, negative days as 0")
        << a << fresh << retention(RetentionMode::KeepForDays, -5) << nowUtc
        << Expected {.deleteNow = {1}};
    QTest::newRow("known, keep forever") << a << ancient << keepForever << nowUtc << Expected();
    QTest::newRow("known, delete after download")
        << a << fresh << deleteAfter << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("expired, fresh and new")
        << Listing {msg(1, "a"_ba), msg(2, "b"_ba), msg(3, "c"_ba)}
        << Ledger {row("a"_ba, nowUtc.addSecs(-15 * day)), row("b"_ba, nowUtc.addSecs(-13 * day))}
        << keep14Days << nowUtc << Expected {.retrieve = {3}, .deleteNow = {1}};
    QTest::newRow("invalid firstSeen never expires")
        << a << Ledger {row("a"_ba, QDateTime())} << retention(RetentionMode::KeepForDays, 0)
        << nowUtc << Expected();
    QTest::newRow("invalid now never expires")
        << a << ancient << keep14Days << QDateTime() << Expected();
    QTest::newRow("invalid now, delete after download")
        << a << fresh << deleteAfter << QDateTime() << Expected {.deleteNow = {1}};

    // clock skew and time zones
    QTest::newRow("skew: firstSeen an hour ahead")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(3600))} << keep14Days << nowUtc << Expected();
    QTest::newRow("skew: firstSeen 30 days ahead")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(30 * day))} << keep14Days << nowUtc
        << Expected();
    QTest::newRow("skew: firstSeen ahead counts as now, 0 days")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(30 * day))}
        << retention(RetentionMode::KeepForDays, 0) << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("skew: clock set back a year")
        << a << fresh << keep14Days << nowUtc.addSecs(-365 * day) << Expected();
    QTest::newRow("skew: clock ahead by a year")
        << a << fresh << keep14Days << nowUtc.addSecs(365 * day) << Expected {.deleteNow = {1}};
    const QDateTime boundary = nowUtc.addSecs(-14 * day).toOffsetFromUtc(5 * 3600 + 1800);
    QTest::newRow("offset firstSeen, boundary") << a << Ledger {row("a"_ba, boundary)} << keep14Days
                                                << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("offset firstSeen, one second before")
        << a << Ledger {row("a"_ba, boundary.addSecs(1))} << keep14Days << nowUtc << Expected();
    // Same wall-clock time 14 days apart across a DST change is only 13 days 23 hours.
    const QDateTime winter(QDate(2024, 3, 20), QTime(12, 0), QTimeZone(3600));
    QTest::newRow("dst: same wall clock is not yet 14 days")
        << a << Ledger {row("a"_ba, winter)} << keep14Days
        << QDateTime(QDate(2024, 4, 3), QTime(12, 0), QTimeZone(7200)) << Expected();
    QTest::newRow("dst: 14 days of 24 hours")
        << a << Ledger {row("a"_ba, winter)} << keep14Days
        << QDateTime(QDate(2024, 4, 3), QTime(13, 0), QTimeZone(7200))
        << Expected {.deleteNow = {1}};

    // A real zone with a DST change (when the system has it): 24-hour days, not wall-clock days.
    const QTimeZone berlin("Europe/Berlin"_ba);
    if (berlin.isValid()) {
        const QDateTime stored(QDate(2024, 3, 20), QTime(12, 0), berlin);
        QTest::newRow("dst zone: wall clock 14 days later")
            << a << Ledger {row("a"_ba, stored)} << keep14Days
            << QDateTime(QDate(2024, 4, 3), QTime(12, 30), berlin) << Expected();
        QTest::newRow("dst zone: 14 days of 24 hours")
            << a << Ledger {row("a"_ba, stored)} << keep14Days
            << QDateTime(QDate(2024, 4, 3), QTime(13, 0), berlin) << Expected {.deleteNow = {1}};
    }

    // deleted locally
    const Ledger gone {row("a"_ba, nowUtc.addSecs(-day), DeletedLocally)};
    const RetentionPolicy foreverKeepGone = retention(RetentionMode::KeepOnServer, 14, false);
    const RetentionPolicy daysKeepGone = retention(RetentionMode::KeepForDays, 14, false);
    QTest::newRow("deleted locally, keep forever")
        << a << gone << keepForever << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("deleted locally, keep forever, option off")
        << a << gone << foreverKeepGone << nowUtc << Expected();
    QTest::newRow("deleted locally, within days")
        << a << gone << keep14Days << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("deleted locally, within days, option off")
        << a << gone << daysKeepGone << nowUtc << Expected();
    QTest::newRow("deleted locally, expired, option off")
        << a << Ledger {row("a"_ba, nowUtc.addSecs(-20 * day), DeletedLocally)} << daysKeepGone
        << nowUtc << Expected {.deleteNow = {1}};
    QTest::newRow("deleted locally, delete after download, option off")
        << a << gone << retention(RetentionMode::DeleteAfterDownload, 14, false) << nowUtc
        << Expected {.deleteNow = {1}};

    // size limit and headers-only rows
    const Listing sized {msg(1, "a"_ba, 999), msg(2, "b"_ba, 1000), msg(3, "c"_ba, 1001)};
    QTest::newRow("size limit") << sized << Ledger()
                                << retention(RetentionMode::KeepForDays, 14, true, 1000) << nowUtc
                                << Expected {.retrieve = {1, 2, 3}, .headersOnly = {3}};
    QTest::newRow("size limit, delete after download")
        << sized << Ledger() << retention(RetentionMode::DeleteAfterDownload, 14, true, 1000)
        << nowUtc << Expected {.retrieve = {1, 2, 3}, .deleteIfStored = {1, 2}, .headersOnly = {3}};
    QTest::newRow("size limit 0 is none") << Listing {msg(1, "a"_ba, qint64(1) << 40)} << Ledger()
                                          << keep14Days << nowUtc << Expected {.retrieve = {1}};
    QTest::newRow("negative size limit is none")
        << sized << Ledger() << retention(RetentionMode::KeepForDays, 14, true, -1) << nowUtc
        << Expected {.retrieve = {1, 2, 3}};
    const Ledger partial {row("a"_ba, nowUtc.addSecs(-400 * day), HeadersOnly)};
    QTest::newRow("headers only, delete after download")
        << a << partial << deleteAfter << nowUtc << Expected();
    QTest::newRow("headers only, expired") << a << partial << keep14Days << nowUtc << Expected();
    QTest::newRow("headers only, keep 0 days")
        << a << partial << retention(RetentionMode::KeepForDays, 0) << nowUtc << Expected();
    QTest::newRow("headers only, limit lifted: not retrieved again")
        << Listing {msg(1, "a"_ba, 10)} << partial << keepForever << nowUtc << Expected();
    QTest::newRow("headers only, deleted locally")
        << a << Ledger {row("a"_ba, nowUtc, HeadersOnly | DeletedLocally)} << keepForever << nowUtc
        << Expected {.deleteNow = {1}};
    QTest::newRow("headers only, deleted locally, option off")
        << a << Ledger {row("a"_ba, nowUtc, HeadersOnly | DeletedLocally)}
        << retention(RetentionMode::DeleteAfterDownload, 14, false) << nowUtc << Expected();

    // pruning and exact UIDLs
    QTest::newRow("prune rows gone from the server")
        << a
        << Ledger {row("z"_ba, nowUtc), row("a"_ba, nowUtc), row("b"_ba, nowUtc, HeadersOnly),
                   row("m"_ba, nowUtc, DeletedLocally)}
        << keep14Days << nowUtc << Expected {.prune = {"b"_ba, "m"_ba, "z"_ba}};
    QTest::newRow("empty listing prunes everything")
        << Listing() << Ledger {row("b"_ba, nowUtc), row("a"_ba, nowUtc)} << deleteAfter << nowUtc
        << Expected {.prune = {"a"_ba, "b"_ba}};
    QTest::newRow("UIDLs are case-sensitive")
        << Listing {msg(1, "ABC"_ba), msg(2, "abc"_ba)}
        << Ledger {row("abc"_ba, nowUtc), row("Abc"_ba, nowUtc)} << deleteAfter << nowUtc
        << Expected {.retrieve = {1}, .deleteIfStored = {1}, .deleteNow = {2}, .prune = {"Abc"_ba}};
    QTest::newRow("UIDL prefix is another message")
        << Listing {msg(1, "abc1"_ba)} << Ledger {row("abc"_ba, nowUtc)} << keepForever << nowUtc
        << Expected {.retrieve = {1}, .prune = {"abc"_ba}};

    // a broken server: duplicates
    QTest::newRow("duplicate new UIDL")
        << Listing {msg(1, "a"_ba), msg(2, "a"_ba), msg(3, "b"_ba)} << Ledger() << deleteAfter
        << nowUtc << Expected {.retrieve = {1, 3}, .deleteIfStored = {1, 3}, .note = true};
    QTest::newRow("duplicate known UIDL")
        << Listing {msg(1, "a"_ba), msg(2, "a"_ba)} << fresh << deleteAfter << nowUtc
        << Expected {.deleteNow = {1}, .note = true};
    QTest::newRow("duplicate UIDL, lowest number first")
        << Listing {msg(5, "a"_ba), msg(2, "a"_ba)} << Ledger() << keepForever << nowUtc
        << Expected {.retrieve = {2}, .note = true};
    QTest::newRow("duplicate message number")
        << Listing {msg(1, "a"_ba), msg(1, "b"_ba)} << Ledger {row("b"_ba, nowUtc)} << deleteAfter
        << nowUtc << Expected {.retrieve = {1}, .deleteIfStored = {1}, .note = true};

    // a server without UIDL
    const Listing bare {msg(2, QByteArray()), msg(1, QByteArray())};
    QTest::newRow("no UIDL, keep forever")
        << bare << Ledger() << keepForever << nowUtc << Expected {.refused = true};
    QTest::newRow("no UIDL, keep for days")
        << bare << ancient << keep14Days << nowUtc << Expected {.refused = true};
    QTest::newRow("one UIDL missing refuses")
        << Listing {msg(1, "a"_ba), msg(2, QByteArray())}
        << Ledger {row("a"_ba, nowUtc), row("z"_ba, nowUtc)} << keepForever << nowUtc
        << Expected {.refused = true};
    QTest::newRow("no UIDL, delete after download")
        << bare << Ledger {row("z"_ba, nowUtc)} << deleteAfter << nowUtc
        << Expected {.retrieve = {1, 2}, .deleteIfStored = {1, 2}};
    QTest::newRow("no UIDL, delete after download, size limit ignored")
        << Listing {msg(1, QByteArray(), 5000)} << Ledger()
        << retention(RetentionMode::DeleteAfterDownload, 14, true, 1000) << nowUtc
        << Expected {.retrieve = {1}, .deleteIfStored = {1}};
    QTest::newRow("some UIDLs, delete after download")
        << Listing {msg(1, "a"_ba), msg(2, QByteArray()), msg(3, "b"_ba)}
        << Ledger {row("a"_ba, nowUtc), row("z"_ba, nowUtc)} << deleteAfter << nowUtc
        << Expected {.retrieve = {2, 3}, .deleteIfStored = {2, 3}, .deleteNow = {1}};
}

void TestSyncPlanner::planSync()
{
    QFETCH(Listing, listing);
    QFETCH(Ledger, ledger);
    QFETCH(RetentionPolicy, policy);
    QFETCH(QDateTime, now);
    QFETCH(Expected, expected);

    const SyncPlan plan = Sync::planSync(listing, toHash(ledger), policy, now);
    QCOMPARE(plan.fetch.retrieve, expected.retrieve);
    QCOMPARE(plan.fetch.deleteIfStored, expected.deleteIfStored);
    QCOMPARE(plan.fetch.deleteNow, expected.deleteNow);
    QCOMPARE(plan.headersOnly, expected.headersOnly);
    QCOMPARE(plan.pruneFromLedger, expected.prune);
    QCOMPARE(plan.refused, expected.refused);
    QCOMPARE(!plan.reason.isEmpty(), expected.refused || expected.note);
}

void TestSyncPlanner::refusalReason()
{
    const SyncPlan plan = Sync::planSync({msg(1, QByteArray())}, {}, keepForever, nowUtc);
    QVERIFY(plan.refused);
    QVERIFY2(plan.reason.contains(u"does not support UIDL"_s), qPrintable(plan.reason));
    // It names the setting as the window and satchel-cli call it.
    QVERIFY2(plan.reason.contains(u"\u201cLeave messages on the server\u201d"_s),
             qPrintable(plan.reason));
    QVERIFY2(plan.reason.contains(u"--delete-after-download"_s), qPrintable(plan.reason));
}

void TestSyncPlanner::leavesServerAt_data()
{
    QTest::addColumn<LedgerEntry>("entry");
    QTest::addColumn<RetentionPolicy>("policy");
    QTest::addColumn<std::optional<QDateTime>>("expected");

    const QDateTime seen = nowUtc.addSecs(-3 * day);
    const std::optional<QDateTime> never;
    const LedgerEntry full = row("a"_ba, seen);
    const LedgerEntry partial = row("a"_ba, seen, HeadersOnly);
    const LedgerEntry gone = row("a"_ba, seen, DeletedLocally);
    const RetentionPolicy foreverKeepGone = retention(RetentionMode::KeepOnServer, 14, false);

    QTest::newRow("delete after download") << full << deleteAfter << std::optional(epoch);
    QTest::newRow("delete after download, headers only") << partial << deleteAfter << never;
    QTest::newRow("keep forever") << full << keepForever << never;
    QTest::newRow("keep forever, deleted locally") << gone << keepForever << std::optional(epoch);
    QTest::newRow("keep forever, deleted locally, option off") << gone << foreverKeepGone << never;
    QTest::newRow("keep for days") << full << keep14Days << std::optional(seen.addSecs(14 * day));
    QTest::newRow("keep for days, offset firstSeen")
        << row("a"_ba, seen.toOffsetFromUtc(-7 * 3600)) << keep14Days
        << std::optional(seen.addSecs(14 * day));
    QTest::newRow("keep for days, firstSeen ahead")
        << row("a"_ba, nowUtc.addSecs(3600)) << keep14Days
        << std::optional(nowUtc.addSecs(3600 + 14 * day));
    const QTimeZone berlin("Europe/Berlin"_ba);
    if (berlin.isValid()) { // across a DST change: 14 days of 24 hours
        const QDateTime stored(QDate(2024, 3, 20), QTime(12, 0), berlin);
        QTest::newRow("keep for days, across DST")
            << row("a"_ba, stored) << keep14Days
            << std::optional(QDateTime(QDate(2024, 4, 3), QTime(11, 0), QTimeZone::utc()));
    }
    QTest::newRow("keep for days, invalid firstSeen")
        << row("a"_ba, QDateTime()) << keep14Days << never;
    QTest::newRow("keep 0 days") << full << retention(RetentionMode::KeepForDays, 0)
                                 << std::optional(epoch);
    QTest::newRow("keep for days, headers only") << partial << keep14Days << never;
    QTest::newRow("keep for days, deleted locally") << gone << keep14Days << std::optional(epoch);
    QTest::newRow("headers only, deleted locally")
        << row("a"_ba, seen, HeadersOnly | DeletedLocally) << keepForever << std::optional(epoch);
}

void TestSyncPlanner::leavesServerAt()
{
    QFETCH(LedgerEntry, entry);
    QFETCH(RetentionPolicy, policy);
    QFETCH(std::optional<QDateTime>, expected);

    const std::optional<QDateTime> leaves = Sync::leavesServerAt(entry, policy);
    QCOMPARE(leaves.has_value(), expected.has_value());
    if (expected) {
        QCOMPARE(*leaves, *expected);
        QCOMPARE(leaves->toUTC(), expected->toUTC());
    }
}

// The time leavesServerAt() shows the user is the time planSync() deletes: never earlier.
void TestSyncPlanner::leavesServerAtAgreesWithPlan()
{
    const QList<RetentionPolicy> policies {
        deleteAfter,
        keepForever,
        keep14Days,
        retention(RetentionMode::KeepForDays, 0),
        retention(RetentionMode::KeepForDays, 1, false),
        retention(RetentionMode::KeepOnServer, 3, false),
        retention(RetentionMode::DeleteAfterDownload, 14, false)};
    const QList<qint64> ages {-30 * day, -1, 0, 1, day - 1, day, 14 * day - 1, 14 * day, 400 * day};
    int checked = 0;
    for (const RetentionPolicy &p : policies) {
        for (const int marks : {0, 1, 2, 3}) {
            for (const qint64 age : ages) {
                const LedgerEntry entry = row("a"_ba, nowUtc.addSecs(-age), marks);
                const SyncPlan plan =
                    Sync::planSync({msg(1, "a"_ba)}, {{entry.uidl, entry}}, p, nowUtc);
                const std::optional<QDateTime> leaves = Sync::leavesServerAt(entry, p);
                const bool due = leaves && *leaves <= nowUtc;
                QVERIFY(plan.fetch.retrieve.isEmpty());
                QCOMPARE(plan.fetch.deleteNow == Numbers {1}, due);
                QCOMPARE(plan.fetch.deleteNow.isEmpty(), !due);
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 7 * 4 * 9);
}

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
