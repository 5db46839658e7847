#include "messagelistmodel.h"

#include <algorithm>

#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include "store/archiveservice.h"

namespace {

constexpr qsizetype maxDecodedIds = 1'000'000;

std::optional<Store::SortColumn> sortKeyOf(int column)
{
    switch (column) {
    case MessageListModel::ReadColumn:
        return Store::SortColumn::Read;
    case MessageListModel::FlaggedColumn:
        return Store::SortColumn::Flagged;
    case MessageListModel::AttachmentColumn:
        return Store::SortColumn::Attachments;
    case MessageListModel::FromColumn:
        return Store::SortColumn::From;
    case MessageListModel::SubjectColumn:
        return Store::SortColumn::Subject;
    case MessageListModel::DateColumn:
        return Store::SortColumn::Date;
    case MessageListModel::SizeColumn:
        return Store::SortColumn::Size;
    default:
        return std::nullopt; // the Folder column has no index to sort on
    }
}

// "Alice Smith <alice@example.com>, bob@example.org" → "Alice Smith, bob@example.org".
QString shortAddresses(const QString &addresses)
{
    static const QRegularExpression named(QStringLiteral(R"((^|,\s*)([^,<]*[^,<\s])\s*<[^<>]*>)"));
    QString result = addresses;
    result.replace(named, QStringLiteral("\\1\\2"));
    return result;
}

} // namespace

MessageListModel::MessageListModel(Store::ArchiveService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_pageTimer(new QTimer(this))
{
    m_cache.setMaxCost(maxCachedRows());
    m_pageTimer->setSingleShot(true);
    m_pageTimer->setInterval(0);
    connect(m_pageTimer, &QTimer::timeout, this, &MessageListModel::requestWantedPages);
    connect(service, &Store::ArchiveService::idsLoaded, this, &MessageListModel::onIdsLoaded);
    connect(service, &Store::ArchiveService::searchLoaded, this, &MessageListModel::onSearchLoaded);
    connect(service, &Store::ArchiveService::searchFailed, this, &MessageListModel::onSearchFailed);
    connect(service, &Store::ArchiveService::summariesLoaded, this,
            &MessageListModel::onSummariesLoaded);
    connect(service, &Store::ArchiveService::foldersLoaded, this,
            &MessageListModel::onFoldersLoaded);
    connect(service, &Store::ArchiveService::changed, this, &MessageListModel::onChanged);
    connect(service, &Store::ArchiveService::opened, this, [this](bool ok) {
        if (!ok)
            return;
        // Requests made before the store was open are never answered: ask again.
        m_pendingPages.clear();
        m_pageRequests.clear();
        reload();
    });
}

MessageListModel::~MessageListModel() = default;

QByteArray MessageListModel::encodeMessageIds(const QList<qint64> &ids)
{
    QByteArray data;
    for (const qint64 id : ids)
        data += QByteArray::number(id) + '\n';
    return data;
}

QList<qint64> MessageListModel::decodeMessageIds(const QByteArray &data)
{
    QList<qint64> ids;
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty())
            continue;
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (!ok || id <= 0 || ids.size() >= maxDecodedIds)
            break;
        ids.append(id);
    }
    return ids;
}

// GUI thread
void MessageListModel::setQuery(const Store::ListQuery &query)
{
    if (m_hasQuery && !m_searching && query == m_query)
        return;
    const bool before = hasFolderColumn();
    m_query = query;
    m_hasQuery = true;
    m_searchText.clear();
    m_searchTotal = 0;
    resetTo(false);
    updateFolderColumn(before);
    reload();
}

// GUI thread
void MessageListModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    const bool before = hasFolderColumn();
    const bool wasSearching = m_searching;
    m_searchText = trimmed;
    if (trimmed.isEmpty()) {
        m_searchTotal = 0;
        resetTo(false); // back to the folder
    } else if (!wasSearching) {
        resetTo(true);
    }
    // Else a refined search: the new matches are applied as a difference, like a refresh, so
    // rows still matching keep their selection.
    updateFolderColumn(before);
    reload();
}

bool MessageListModel::hasFolderColumn() const
{
    return m_searching || (m_hasQuery && m_query.scope == Store::ListQuery::Scope::AllInboxes);
}

void MessageListModel::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, DateColumn), index(rowCount() - 1, DateColumn));
}

void MessageListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

qint64 MessageListModel::messageId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int MessageListModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

QList<qint64> MessageListModel::ids(const QModelIndexList &indexes) const
{
    QList<int> rows;
    rows.reserve(indexes.size());
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && index.row() < m_ids.size())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<qint64> result;
    result.reserve(rows.size());
    for (const int row : rows)
        result.append(m_ids.at(row));
    return result;
}

std::optional<Store::MessageSummary> MessageListModel::cachedSummary(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return std::nullopt;
    const CachedRow *entry = m_cache.object(m_ids.at(row));
    if (!entry || entry->missing)
        return std::nullopt;
    return entry->summary;
}

void MessageListModel::fetchRow(int row)
{
    if (row >= 0 && row < m_ids.size())
        (void)cached(row);
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == MessageIdRole)
        return m_ids.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::FontRole:
    case Qt::DecorationRole:
    case Qt::AccessibleTextRole:
    case FolderIdRole:
    case UnreadRole:
    case FlaggedRole:
    case LoadedRole:
    case SortValueRole:
        break;
    case Qt::TextAlignmentRole:
        if (column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column == ReadColumn || column == FlaggedColumn || column == AttachmentColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        return {};
    default:
        return {};
    }

    const CachedRow *entry = cached(row); // notes the row's page as wanted when missing or stale
    if (role == LoadedRole)
        return entry != nullptr;
    if (!entry) {
        if (role == Qt::DisplayRole && column == SubjectColumn)
            return QStringLiteral("…");
        return {};
    }
    if (entry->missing)
        return {};
    const Store::MessageSummary &summary = entry->summary;
    const bool unread = !summary.flags.read;

    switch (role) {
    case Qt::DisplayRole:
        return displayText(summary, column);
    case Qt::DecorationRole:
        if (column == AttachmentColumn && summary.hasAttachments)
            return QIcon(QStringLiteral(":/icons/attachment.svg"));
        return {};
    case Qt::FontRole:
        if (unread) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case FolderIdRole:
        return summary.folderId;
    case UnreadRole:
        return unread;
    case FlaggedRole:
        return summary.flags.flagged;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (column) {
        case ReadColumn:
            //: Tooltip of the read/unread column: the message's state (adjective).
            return unread ? tr("Unread")
                          //: Tooltip of the read/unread column: the message's state (adjective).
                          : tr("Read");
        case FlaggedColumn:
            return summary.flags.flagged ? tr("Flagged") : tr("Not flagged");
        case AttachmentColumn:
            return summary.hasAttachments ? tr("Has attachments") : tr("No attachments");
        case FromColumn:
            return summary.from;
        case SubjectColumn:
            return summary.subject;
        case DateColumn:
            return summary.date.isValid()
                ? m_locale.toString(summary.date.toLocalTime(), QLocale::LongFormat)
                : QString();
        case SizeColumn:
            return tr("%1 bytes").arg(m_locale.toString(summary.size));
        case FolderColumn:
            return m_folderPaths.value(summary.folderId);
        default:
            return {};
        }
    case SortValueRole:
        switch (column) {
        case ReadColumn:
            return summary.flags.read;
        case FlaggedColumn:
            return summary.flags.flagged;
        case AttachmentColumn:
            return summary.hasAttachments;
        case FromColumn:
            return summary.from;
        case SubjectColumn:
            return summary.subject;
        case DateColumn:
            return summary.date;
        case SizeColumn:
            return summary.size;
        case FolderColumn:
            return m_folderPaths.value(summary.folderId);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MessageListModel::displayText(const Store::MessageSummary &summary, int column) const
{
    switch (column) {
    case ReadColumn:
        return summary.flags.read ? QString() : QStringLiteral("●");
    case FlaggedColumn:
        return summary.flags.flagged ? QStringLiteral("★") : QString();
    case AttachmentColumn:
        return QString(); // an icon (DecorationRole): the paperclip glyph is missing from many
                          // fonts
    case FromColumn:
        return shortAddresses(summary.from);
    case SubjectColumn:
        return summary.subject.isEmpty() ? tr("(no subject)") : summary.subject;
    case DateColumn:
        return dateText(summary.date);
    case SizeColumn:
        return m_locale.formattedDataSize(summary.size, 1, QLocale::DataSizeTraditionalFormat);
    case FolderColumn:
        return hasFolderColumn() ? m_folderPaths.value(summary.folderId) : QString();
    default:
        return {};
    }
}

QString MessageListModel::dateText(const QDateTime &date) const
{
    if (!date.isValid())
        return {};
    const QDateTime local = date.toLocalTime();
    const QDate today = (m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTime())
                            .toLocalTime()
                            .date();
    // Hours and minutes: some locales' short format (C's among them) carries seconds too.
    QString format = m_locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    const QString time = m_locale.toString(local.time(), format);
    if (local.date() == today)
        return tr("Today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return m_locale.toString(local.date(), QLocale::ShortFormat);
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DecorationRole && section == AttachmentColumn)
        return QIcon(QStringLiteral(":/icons/attachment.svg"));
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ReadColumn:
            return QStringLiteral("●");
        case FlaggedColumn:
            return QStringLiteral("★");
        case AttachmentColumn:
            return QString();
        case FromColumn:
            return tr("From");
        case SubjectColumn:
            return tr("Subject");
        case DateColumn:
            return tr("Date");
        case SizeColumn:
            //: Column header: the message's size in bytes.
            return tr("Size");
        case FolderColumn:
            return tr("Folder");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (section) {
        case ReadColumn:
            return tr("Read or unread");
        case FlaggedColumn:
            return tr("Flagged");
        case AttachmentColumn:
            return tr("Attachments");
        case FromColumn:
            return tr("Sender");
        case SubjectColumn:
            return tr("Subject");
        case DateColumn:
            return tr("Date sent");
        case SizeColumn:
            return tr("Size of the message");
        case FolderColumn:
            return tr("The folder the message is in");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren
        | Qt::ItemIsDragEnabled;
}

// GUI thread. The order comes from SQL; it is applied as a layout change when the ids arrive.
// A search stays newest first: the order is kept for when the search ends.
void MessageListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<Store::SortColumn> key = sortKeyOf(column);
    if (!key || (m_query.column == *key && m_query.order == order))
        return;
    m_query.column = *key;
    m_query.order = order;
    if (m_searching || !m_hasQuery)
        return;
    m_refreshQueued = false; // the new request reads the latest state too
    requestIdsNow();
}

QStringList MessageListModel::mimeTypes() const
{
    return {QString::fromLatin1(messageIdsMimeType)};
}

QMimeData *MessageListModel::mimeData(const QModelIndexList &indexes) const
{
    const QList<qint64> messageIds = ids(indexes);
    if (messageIds.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(messageIdsMimeType), encodeMessageIds(messageIds));
    return data;
}

Qt::DropActions MessageListModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

// GUI thread
void MessageListModel::reload()
{
    if (m_searching) {
        m_idsToken = m_service->requestSearch(m_searchText);
    } else if (m_hasQuery) {
        requestIdsNow();
    } else {
        return;
    }
    if (hasFolderColumn())
        m_foldersToken = m_service->requestFolders();
}

void MessageListModel::requestIdsNow()
{
    m_idsToken = m_service->requestIds(m_query);
}

void MessageListModel::resetTo(bool searching)
{
    beginResetModel();
    m_searching = searching;
    m_ids.clear();
    m_idsToken = 0;
    m_refreshQueued = false;
    m_firstLoad = true;
    m_wantedPages.clear();
    m_pendingPages.clear(); // answers still on their way fill the cache, by id
    endResetModel();
}

void MessageListModel::updateFolderColumn(bool before)
{
    if (hasFolderColumn() != before)
        Q_EMIT folderColumnChanged(!before);
}

void MessageListModel::onChanged()
{
    if (!m_hasQuery && !m_searching)
        return;
    ++m_generation; // every cached row may be out of date now
    if (m_idsToken != 0) {
        m_refreshQueued = true; // at most one request on its way and one waiting
        return;
    }
    reload();
}

void MessageListModel::onIdsLoaded(quint64 token, const QList<qint64> &ids)
{
    if (token == 0 || token != m_idsToken || m_searching)
        return;
    m_idsToken = 0;
    applyIds(ids);
    Q_EMIT loaded();
    if (m_refreshQueued) {
        m_refreshQueued = false;
        reload();
    }
}

void MessageListModel::onSearchLoaded(quint64 token, const QList<qint64> &ids, int total)
{
    if (token == 0 || token != m_idsToken || !m_searching)
        return;
    m_idsToken = 0;
    m_searchTotal = total;
    applyIds(ids);
    Q_EMIT loaded();
    if (m_refreshQueued) {
        m_refreshQueued = false;
        reload();
    }
}

void MessageListModel::onSearchFailed(quint64 token, const QString &error)
{
    if (token == 0 || token != m_idsToken)
        return;
    m_idsToken = 0;
    m_refreshQueued = false;
    Q_EMIT searchError(error);
}

void MessageListModel::onFoldersLoaded(quint64 token, const QList<Store::Folder> &folders)
{
    if (token == 0 || token != m_foldersToken)
        return;
    m_foldersToken = 0;
    m_folderPaths.clear();
    for (const Store::Folder &folder : folders)
        m_folderPaths.insert(folder.id, folder.path);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, FolderColumn), index(rowCount() - 1, FolderColumn));
}

// The new ids against the old: removals from the bottom up in contiguous runs, then insertions
// in runs at their new positions, then a layout change when the kept rows' order differs.
void MessageListModel::applyIds(const QList<qint64> &newIds)
{
    if (m_firstLoad) {
        m_firstLoad = false;
        m_shownGeneration = m_generation;
        if (!newIds.isEmpty()) {
            beginInsertRows({}, 0, int(newIds.size()) - 1);
            m_ids = newIds;
            endInsertRows();
        }
        return;
    }

    const QSet<qint64> wanted(newIds.cbegin(), newIds.cend());
    for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_ids.at(row)))
            continue;
        const int last = row;
        while (row > 0 && !wanted.contains(m_ids.at(row - 1)))
            --row;
        beginRemoveRows({}, row, last);
        m_ids.remove(row, last - row + 1);
        endRemoveRows();
    }

    const QSet<qint64> kept(m_ids.cbegin(), m_ids.cend());
    for (int i = 0; i < newIds.size();) {
        if (kept.contains(newIds.at(i))) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < newIds.size() && !kept.contains(newIds.at(end)))
            ++end;
        // i <= m_ids.size(): every position before i holds a kept or an inserted id.
        beginInsertRows({}, i, end - 1);
        m_ids = m_ids.mid(0, i) + newIds.mid(i, end - i) + m_ids.mid(i);
        endInsertRows();
        i = end;
    }

    // std::equal, not QList's ==: Qt 6.4 hands memcmp a null pointer for two empty lists.
    if (!std::equal(m_ids.cbegin(), m_ids.cend(), newIds.cbegin(), newIds.cend())) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> newRow;
        newRow.reserve(newIds.size());
        for (int row = 0; row < newIds.size(); ++row)
            newRow.insert(newIds.at(row), row);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to.append(createIndex(newRow.value(m_ids.at(index.row())), index.column()));
        m_ids = newIds;
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    if (m_shownGeneration != m_generation && !m_ids.isEmpty()) {
        // Views ask for the rows they show again; stale rows are fetched then.
        m_shownGeneration = m_generation;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

const MessageListModel::CachedRow *MessageListModel::cached(int row) const
{
    const CachedRow *entry = m_cache.object(m_ids.at(row));
    if (!entry || entry->generation != m_generation) {
        const int page = row / pageSize;
        if (!m_pendingPages.contains(page)) {
            m_wantedPages.removeOne(page);
            m_wantedPages.append(page);
            if (!m_pageTimer->isActive())
                m_pageTimer->start();
        }
    }
    return entry;
}

// GUI thread, from the event loop: the pages data() was asked for, the most recent few.
void MessageListModel::requestWantedPages()
{
    const QList<int> pages =
        m_wantedPages.mid(std::max<qsizetype>(0, m_wantedPages.size() - maxPagesPerRequest));
    m_wantedPages.clear();
    for (auto it = pages.crbegin(); it != pages.crend(); ++it)
        requestPage(*it);
}

void MessageListModel::requestPage(int page)
{
    const int first = page * pageSize;
    if (first >= m_ids.size() || m_pendingPages.contains(page))
        return;
    PageRequest request;
    request.page = page;
    request.firstRow = first;
    request.ids = m_ids.mid(first, pageSize);
    request.generation = m_generation;
    const quint64 token = m_service->requestSummaries(request.ids);
    ++m_summaryRequests;
    m_pendingPages.insert(page, token);
    m_pageRequests.insert(token, request);
}

void MessageListModel::onSummariesLoaded(quint64 token, const QList<Store::MessageSummary> &rows)
{
    const auto it = m_pageRequests.find(token);
    if (it == m_pageRequests.end())
        return;
    const PageRequest request = *it;
    m_pageRequests.erase(it);
    if (m_pendingPages.value(request.page) == token)
        m_pendingPages.remove(request.page);

    QSet<qint64> found;
    const auto store = [this, &request](qint64 id, CachedRow *entry) {
        const CachedRow *old = m_cache.object(id);
        if (old && old->generation > request.generation) {
            delete entry; // a fresher answer came first
            return;
        }
        m_cache.insert(id, entry);
    };
    for (const Store::MessageSummary &summary : rows) {
        found.insert(summary.id);
        auto *entry = new CachedRow;
        entry->summary = summary;
        entry->generation = request.generation;
        store(summary.id, entry);
    }
    for (const qint64 id : request.ids) {
        if (found.contains(id))
            continue;
        auto *entry = new CachedRow; // deleted meanwhile: the refresh under way drops the row
        entry->summary.id = id;
        entry->generation = request.generation;
        entry->missing = true;
        store(id, entry);
    }

    const int first = request.firstRow;
    const int count = int(request.ids.size());
    if (first + count <= m_ids.size()
        && std::equal(request.ids.cbegin(), request.ids.cend(), m_ids.cbegin() + first)) {
        Q_EMIT dataChanged(index(first, 0), index(first + count - 1, ColumnCount - 1));
    } else if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT pageLoaded();
}
