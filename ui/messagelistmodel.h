#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

#include "store/archivetypes.h"

class QTimer;

namespace Store {
class ArchiveService;
}

// The message list of one folder (or of All Inboxes, or of a search), over Store::ArchiveService.
//
// Memory: the model holds the list's skeleton only, the ordered message ids of the whole query
// (8 bytes a row), sorted in SQL on indexed columns. Row contents are windowed: data() for a row
// whose summary is not cached only notes the row's page (200 rows) as wanted and shows a
// placeholder; the wanted pages are requested from the event loop (never from data() itself),
// the last few asked for first, and dataChanged() follows when a page arrives. At most
// maxCachedRows() summaries are kept, least recently used dropped first.
//
// Updates: after ArchiveService::changed() the ids are read again and compared with the old ones:
// rows whose ids went are removed, new ids are inserted where they belong, a different order is
// a layout change, and cached rows are marked stale (shown until fresh ones arrive, so a flag
// change never blinks). Only setQuery() and setSearch() reset the model; sort() is a layout
// change, so selections and persistent indexes survive all of these.
//
// The Folder column always exists (its position is part of the persisted header state); its cells
// are filled while hasFolderColumn() is true (a search or All Inboxes), and the view hides it
// otherwise (folderColumnChanged()).
//
// GUI thread only.
class MessageListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Persisted contract (header state): append new columns before ColumnCount, never reorder.
    enum Column {
        ReadColumn,
        FlaggedColumn,
        AttachmentColumn,
        FromColumn,
        SubjectColumn,
        DateColumn,
        SizeColumn,
        FolderColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        MessageIdRole = Qt::UserRole + 1, // qint64, always available
        FolderIdRole, // qint64; 0 until the row is loaded
        UnreadRole, // bool
        FlaggedRole, // bool
        LoadedRole, // bool: the row's summary is cached (false: placeholder shown)
        SortValueRole, // the raw value the column sorts by (QDateTime, qint64, QString, bool)
    };

    // Drag and drop between the list and the folder tree: the ids as decimal ASCII, one a line.
    static constexpr char messageIdsMimeType[] = "application/x-satchel-message-ids";
    [[nodiscard]] static QByteArray encodeMessageIds(const QList<qint64> &ids);
    // Untrusted input: anything that is not a positive id ends the list; at most 1,000,000 ids.
    [[nodiscard]] static QList<qint64> decodeMessageIds(const QByteArray &data);

    static constexpr int pageSize = 200;
    static constexpr int maxCachedPages = 20;
    static constexpr int maxPagesPerRequest = 4; // pages scrolled past are not requested

    explicit MessageListModel(Store::ArchiveService *service, QObject *parent = nullptr);
    ~MessageListModel() override;

    // A folder or All Inboxes, in the query's order: resets the model, then inserts the rows
    // when the ids arrive (loaded()).
    void setQuery(const Store::ListQuery &query);
    [[nodiscard]] Store::ListQuery query() const { return m_query; }
    // Search mode: the matches of `text` (search syntax), newest first; an empty text goes back
    // to the query. Entering and leaving search mode reset the model; a refined search is
    // applied like a refresh. A query that cannot run emits searchError() and keeps the rows.
    void setSearch(const QString &text);
    [[nodiscard]] bool isSearch() const { return m_searching; }
    [[nodiscard]] QString searchText() const { return m_searchText; }
    // Matches in the whole archive; rowCount() can be smaller (the search's limit).
    [[nodiscard]] int searchTotal() const { return m_searchTotal; }
    [[nodiscard]] bool hasFolderColumn() const;

    // "Today"/"Yesterday" are relative to this time; invalid (the default) means now.
    void setReferenceTime(const QDateTime &now);
    void setLocale(const QLocale &locale);

    [[nodiscard]] qint64 messageId(int row) const;
    [[nodiscard]] int rowOfId(qint64 id) const; // -1 when not in the list
    // The ids of these indexes' rows, each once, in row order.
    [[nodiscard]] QList<qint64> ids(const QModelIndexList &indexes) const;
    [[nodiscard]] QList<qint64> allIds() const { return m_ids; }
    [[nodiscard]] std::optional<Store::MessageSummary> cachedSummary(int row) const;
    // Read it now when missing (e.g. the row just selected); answered by dataChanged().
    void fetchRow(int row);

    // Instrumentation for tests and benchmarks.
    [[nodiscard]] int cachedRowCount() const { return int(m_cache.size()); }
    [[nodiscard]] static constexpr int maxCachedRows() { return pageSize * maxCachedPages; }
    [[nodiscard]] int summaryRequestCount() const { return m_summaryRequests; }

    // QAbstractItemModel
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;
    [[nodiscard]] Qt::DropActions supportedDragActions() const override;

Q_SIGNALS:
    void loaded(); // the ids of the query or search arrived and are applied
    void pageLoaded(); // a page of summaries arrived; dataChanged() was emitted for its rows
    void searchError(const QString &message);
    void folderColumnChanged(bool shown);

private:
    struct CachedRow
    {
        Store::MessageSummary summary;
        quint64 generation = 0;
        bool missing = false; // not in the store any more: the next refresh drops the row
    };
    struct PageRequest
    {
        int page = 0;
        int firstRow = 0;
        QList<qint64> ids;
        quint64 generation = 0; // what the rows are as fresh as
    };

    void reload(); // GUI thread: ids (or search) of the current mode again
    void requestIdsNow();
    void onIdsLoaded(quint64 token, const QList<qint64> &ids);
    void onSearchLoaded(quint64 token, const QList<qint64> &ids, int total);
    void onSearchFailed(quint64 token, const QString &error);
    void onSummariesLoaded(quint64 token, const QList<Store::MessageSummary> &rows);
    void onFoldersLoaded(quint64 token, const QList<Store::Folder> &folders);
    void onChanged();
    void applyIds(const QList<qint64> &ids);
    void requestWantedPages();
    void requestPage(int page);
    void resetTo(bool searching);
    void updateFolderColumn(bool before);
    [[nodiscard]] const CachedRow *cached(int row) const;
    [[nodiscard]] QVariant displayText(const Store::MessageSummary &summary, int column) const;
    [[nodiscard]] QString dateText(const QDateTime &date) const;

    Store::ArchiveService *m_service = nullptr;
    Store::ListQuery m_query;
    bool m_hasQuery = false;
    bool m_searching = false;
    QString m_searchText;
    int m_searchTotal = 0;

    QList<qint64> m_ids; // the skeleton: every row's id, in order
    quint64 m_idsToken = 0; // the ids or search request whose answer is wanted; 0: none
    bool m_refreshQueued = false; // changed() while ids were on their way
    bool m_firstLoad = true; // the next ids are the first of this query: rows are inserted

    mutable QCache<qint64, CachedRow> m_cache;
    quint64 m_generation = 1; // cached rows of an older generation are stale
    quint64 m_shownGeneration = 1; // the generation the last dataChanged() for every row told
    mutable QList<int> m_wantedPages; // most recently wanted last
    QHash<int, quint64> m_pendingPages; // page → token of its request on the way
    QHash<quint64, PageRequest> m_pageRequests; // by token
    QTimer *m_pageTimer = nullptr;
    int m_summaryRequests = 0;

    quint64 m_foldersToken = 0;
    QHash<qint64, QString> m_folderPaths;

    QDateTime m_referenceTime;
    QLocale m_locale;
};
