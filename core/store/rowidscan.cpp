#include "store/rowidscan.h"

#include <limits>
#include <optional>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Store {

namespace {

constexpr int ScanBatch = 1000;
// A damaged interior page hides a range of rows; the rowids in it are tried one by one, up to
// this many per range (a larger range is skipped, its rows counted as lost by the other tables).
constexpr qint64 MaxProbedRange = 200000;

} // namespace

RowidScan scanRowids(const QSqlDatabase &source, const QString &table)
{
    RowidScan result;
    QSqlQuery batch(source);
    batch.setForwardOnly(true);
    batch.prepare(QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid > ? ORDER BY rowid"
                                 " LIMIT %2")
                      .arg(table)
                      .arg(ScanBatch));
    QSqlQuery seek(source);
    seek.setForwardOnly(true);
    seek.prepare(QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid >= ? ORDER BY rowid"
                                " LIMIT 1")
                     .arg(table));
    QSqlQuery probe(source);
    probe.setForwardOnly(true);
    probe.prepare(QStringLiteral("SELECT rowid FROM %1 NOT INDEXED WHERE rowid = ?").arg(table));

    qint64 last = 0; // Satchel's rowids start at 1
    for (;;) {
        batch.addBindValue(last);
        int got = 0;
        bool ok = batch.exec();
        while (ok && batch.next()) {
            last = batch.value(0).toLongLong();
            result.ids.append(last);
            ++got;
        }
        ok = ok && !batch.lastError().isValid();
        batch.finish();
        if (ok) {
            result.tableReadable = true;
            if (got < ScanBatch)
                return result;
            continue;
        }
        // A damaged range starts after `last`: find where reading can go on.
        std::optional<qint64> resume;
        qint64 probedUpTo = last;
        constexpr qint64 maxRowid = std::numeric_limits<qint64>::max();
        for (qint64 step = 1; step <= maxRowid / 2 && last <= maxRowid - step; step *= 2) {
            const qint64 from = last + step;
            seek.addBindValue(from);
            const bool sought = seek.exec();
            const bool found = sought && seek.next();
            const bool clean = sought && !seek.lastError().isValid();
            const qint64 row = found ? seek.value(0).toLongLong() : 0;
            seek.finish();
            if (found && clean) {
                resume = row;
                probedUpTo = row;
                break;
            }
            if (clean) { // nothing at or after `from`
                probedUpTo = from;
                break;
            }
        }
        if (probedUpTo - last - 1 <= MaxProbedRange) {
            for (qint64 id = last + 1; id < probedUpTo; ++id) {
                probe.addBindValue(id);
                const bool probed = probe.exec();
                const bool exists = probed && probe.next();
                const bool clean = probed && !probe.lastError().isValid();
                probe.finish();
                if (!clean)
                    result.unreadable.insert(id);
                else if (exists)
                    result.ids.append(id);
            }
        }
        if (!resume)
            return result;
        result.tableReadable = true;
        result.ids.append(*resume);
        last = *resume;
    }
}

} // namespace Store
