#include "store/messagelistquery.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "store/rowcodec_p.h"

namespace Store {

namespace {

QString orderBy(const ListQuery &query)
{
    const QLatin1String direction(query.order == Qt::AscendingOrder ? " ASC" : " DESC");
    QString column;
    switch (query.column) {
    case SortColumn::Date:
        column = QStringLiteral("date");
        break;
    case SortColumn::From:
        column = QStringLiteral("from_text COLLATE NOCASE");
        break;
    case SortColumn::Subject:
        column = QStringLiteral("subject COLLATE NOCASE");
        break;
    case SortColumn::Size:
        column = QStringLiteral("size");
        break;
    case SortColumn::Read:
        column = QStringLiteral("flag_read");
        break;
    case SortColumn::Flagged:
        column = QStringLiteral("flag_flagged");
        break;
    case SortColumn::Attachments:
        column = QStringLiteral("has_attachments");
        break;
    }
    // Ties go by date in the same direction, so that one index (folder, key, date; the id comes
    // with every index) serves both directions without a sort.
    return column + direction + QStringLiteral(", date") + direction + QStringLiteral(", id")
        + direction;
}

} // namespace

MessageListQuery::MessageListQuery(QSqlDatabase database)
    : m_database(std::move(database))
{ }

std::optional<QList<qint64>> MessageListQuery::ids(const ListQuery &query)
{
    QSqlQuery q(m_database);
    q.setForwardOnly(true);
    const QString where = query.scope == ListQuery::Scope::AllInboxes
        ? QStringLiteral("folder_id IN (SELECT id FROM folders WHERE role = 'inbox')")
        : QStringLiteral("folder_id = ?");
    q.prepare(
        QStringLiteral("SELECT id FROM messages WHERE %1 ORDER BY %2").arg(where, orderBy(query)));
    if (query.scope == ListQuery::Scope::Folder)
        q.addBindValue(query.folderId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QList<qint64> result;
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

std::optional<QList<MessageSummary>> MessageListQuery::summaries(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QList<MessageSummary> {};
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    QSqlQuery q(m_database);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM messages WHERE id IN (%2)")
                .arg(QLatin1String(RowCodec::summaryColumns), numbers.join(QLatin1Char(','))))) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QHash<qint64, MessageSummary> byId;
    while (q.next()) {
        MessageSummary summary = RowCodec::summaryFrom(q);
        byId.insert(summary.id, std::move(summary));
    }
    QList<MessageSummary> result;
    result.reserve(byId.size());
    for (const qint64 id : ids) {
        const auto it = byId.constFind(id);
        if (it != byId.cend())
            result.append(*it);
    }
    return result;
}

} // namespace Store
