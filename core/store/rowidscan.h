#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace Store {

// What can be read of a table's rowids in a damaged SQLite file (ArchiveRecovery's first step).
struct RowidScan
{
    QList<qint64> ids; // rows whose rowid could be read, in order
    QSet<qint64> unreadable; // rowids in damaged ranges (they may or may not have existed)
    bool tableReadable = false;
};

// Every readable rowid of `table` (a name from the schema, not user input), in order. Rows are
// read in batches; when a batch fails (a damaged page), the next reachable rowid is found by
// seeking ever further ahead, and the rowids in between are tried one by one.
[[nodiscard]] RowidScan scanRowids(const QSqlDatabase &source, const QString &table);

} // namespace Store
