#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "store/listquery.h"
#include "store/storetypes.h"

namespace Store {

// Reads for the message list: the ids of a folder in sort order (the list's skeleton, 8 bytes a
// row), and the rows of the few ids on screen. Sorting happens in SQL on indexed columns.
class MessageListQuery final
{
public:
    explicit MessageListQuery(QSqlDatabase database);

    [[nodiscard]] std::optional<QList<qint64>> ids(const ListQuery &query);
    // The summaries of these ids, in the same order; ids no longer stored are left out.
    [[nodiscard]] std::optional<QList<MessageSummary>> summaries(const QList<qint64> &ids);

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QSqlDatabase m_database;
    QString m_error;
};

} // namespace Store
