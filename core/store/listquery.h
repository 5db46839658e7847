#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace Store {

// The message list's sort keys; each has an index with the folder (schema 3).
enum class SortColumn { Date, From, Subject, Size, Read, Flagged, Attachments };

// Which messages a list shows, in which order.
struct ListQuery
{
    enum class Scope {
        Folder, // folderId
        AllInboxes, // every account's Inbox
    };
    Scope scope = Scope::Folder;
    qint64 folderId = 0;
    SortColumn column = SortColumn::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

} // namespace Store

Q_DECLARE_METATYPE(Store::ListQuery)
