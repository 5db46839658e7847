#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include "store/storetypes.h"

namespace Cli {

// How list and search print one message, so that scripts can read both the same way.

// One tsv record: id, date, folder, from, subject, flags, size (no line break).
void writeMessageTsv(QTextStream &out, const Store::MessageSummary &message,
                     const QString &folderPath);
[[nodiscard]] QJsonObject messageJson(const Store::MessageSummary &message,
                                      const QString &folderPath);
// Tabs and line breaks replaced by spaces: one record per line.
[[nodiscard]] QString tsvField(QString text);

} // namespace Cli
