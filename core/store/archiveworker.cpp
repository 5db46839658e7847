#include "store/archiveworker.h"

#include "mime/messageparser.h"
#include "search/searcher.h"
#include "store/messagelistquery.h"
#include "store/messagestore.h"

namespace Store {

ArchiveWorker::ArchiveWorker(QString profileDir)
    : m_profileDir(std::move(profileDir))
{ }

ArchiveWorker::~ArchiveWorker() = default;

void ArchiveWorker::open()
{
    auto store = std::make_unique<MessageStore>();
    if (!store->open(m_profileDir)) {
        Q_EMIT opened(false, store->errorString());
        return;
    }
    m_store = std::move(store);
    Q_EMIT opened(true, {});
}

void ArchiveWorker::loadFolders(quint64 token)
{
    if (m_store)
        Q_EMIT foldersLoaded(token, m_store->folders());
}

void ArchiveWorker::loadAccounts(quint64 token)
{
    if (m_store)
        Q_EMIT accountsLoaded(token, m_store->accounts());
}

void ArchiveWorker::loadIds(quint64 token, const ListQuery &query)
{
    if (!m_store)
        return;
    MessageListQuery list(m_store->database().handle());
    const std::optional<QList<qint64>> ids = list.ids(query);
    if (!ids) {
        Q_EMIT failed(list.errorString());
        return;
    }
    Q_EMIT idsLoaded(token, *ids);
}

void ArchiveWorker::loadSearch(quint64 token, const QString &query, int limit)
{
    if (!m_store)
        return;
    Search::Searcher searcher(*m_store);
    Search::SearchOptions options;
    options.limit = limit;
    options.snippets = false;
    const std::optional<Search::SearchResults> results = searcher.search(query, options);
    if (!results) {
        Q_EMIT searchFailed(token, searcher.errorString());
        return;
    }
    QList<qint64> ids;
    ids.reserve(results->hits.size());
    for (const Search::SearchHit &hit : results->hits)
        ids.append(hit.message.id);
    Q_EMIT searchLoaded(token, ids, results->total);
}

void ArchiveWorker::loadSummaries(quint64 token, const QList<qint64> &ids)
{
    if (!m_store)
        return;
    MessageListQuery list(m_store->database().handle());
    const std::optional<QList<MessageSummary>> rows = list.summaries(ids);
    if (!rows) {
        Q_EMIT failed(list.errorString());
        return;
    }
    Q_EMIT summariesLoaded(token, *rows);
}

void ArchiveWorker::loadMessage(quint64 token, qint64 id)
{
    if (!m_store)
        return;
    LoadedMessage message;
    const std::optional<MessageSummary> summary = m_store->message(id);
    const std::optional<QByteArray> raw = m_store->raw(id);
    if (!summary || !raw)
        return; // deleted meanwhile: the list will drop it
    message.summary = *summary;
    message.raw = *raw;
    message.parsed = Mime::parseMessage(message.raw, summary->date);
    message.folderPath = m_store->folderPaths().value(summary->folderId);
    message.leavesServerAt = m_store->leavesServerAt(id);
    Q_EMIT messageLoaded(token, message);
}

void ArchiveWorker::write(const std::function<QString(MessageStore &)> &work)
{
    if (!m_store)
        return;
    const QString error = work(*m_store);
    if (!error.isEmpty())
        Q_EMIT failed(error);
    Q_EMIT changed(); // also after a failure: part of the change may have been made
}

} // namespace Store
