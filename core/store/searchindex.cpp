#include "store/searchindex.h"

#include <future>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "logging.h"
#include "mime/messageparser.h"

namespace Store {

namespace {

constexpr size_t RebuildBatch = 256; // messages parsed while the previous batch is written

// A stored message as the rebuild reads it.
struct StoredMessage
{
    qint64 id = 0;
    QByteArray raw;
    QString subject;
    QString from;
    QString to;
    QString cc;
    bool headersOnly = false;
    QDateTime receivedAt;
};

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Store::SearchIndex)
};

} // namespace

SearchIndex::SearchIndex(QSqlDatabase database, StatementCache *statements)
    : m_database(std::move(database))
    , m_ownStatements(m_database)
    , m_statements(statements ? statements : &m_ownStatements)
{ }

QStringList SearchIndex::schema()
{
    // unicode61 folds case and, with remove_diacritics 2, accents ("resume" finds "résumé").
    // CJK text is rewritten before it gets here (searchtext.h).
    return {QStringLiteral("CREATE VIRTUAL TABLE search_fts USING fts5(subject, sender, "
                           "recipient, copy, body, filename, content='',"
                           " tokenize='unicode61 remove_diacritics 2')"),
            // How many indexed messages have been deleted since the last rebuild: while none
            // has, the index alone can count matches without asking the messages table.
            QStringLiteral("CREATE TABLE search_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " stale INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO search_state (id, stale) VALUES (1, 0)"),
            QStringLiteral("CREATE TRIGGER messages_leave_index AFTER DELETE ON messages BEGIN"
                           " UPDATE search_state SET stale = stale + 1; END")};
}

QStringList SearchIndex::tuning()
{
    // FTS5 writes the words of each committed batch as a new segment and, by default, merges
    // segments four at a time (automerge=4), so while mail arrives it rewrites the same words
    // again and again. Merging sixteen at a time, the bulk corpus (24,791 messages in batches
    // of 200) indexed in 25-30 % less time, 100,000 messages in 28 s instead of 40, and ten
    // queries over those 100,000 were no slower (a search reads a few more segments). The
    // setting is kept in the index's own config table.
    return {QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 16)")};
}

bool SearchIndex::fail(const QString &what)
{
    m_error = what;
    qCWarning(lcStore) << what;
    return false;
}

std::optional<qint64> SearchIndex::nextMessageId()
{
    // search_fts_docsize is FTS5's own table of indexed rows (one per rowid, stale ones too).
    NativeStatement *q = m_statements->native(
        QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(id) FROM messages), 0),"
                       " COALESCE((SELECT MAX(id) FROM search_fts_docsize), 0)) + 1"));
    bool found = false;
    if (!q || !q->first(&found) || !found) {
        fail(Strings::tr("Cannot read the search index: %1")
                 .arg(q ? q->errorString() : m_statements->error()));
        return std::nullopt;
    }
    const qint64 id = q->columnInt64(0);
    q->reset();
    return id;
}

bool SearchIndex::insert(qint64 messageId, const SearchText::IndexFields &f, bool deleting)
{
    NativeStatement *q = m_statements->native(
        deleting ? QStringLiteral(
            "INSERT INTO search_fts (search_fts, rowid, subject, sender, recipient, copy,"
            " body, filename) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)")
                 : QStringLiteral("INSERT INTO search_fts (rowid, subject, sender, recipient, copy,"
                                  " body, filename) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return fail(Strings::tr("Cannot update the search index: %1").arg(m_statements->error()));
    // As UTF-8, SQLite's own encoding: given UTF-16 it would convert the text again itself.
    const QByteArray texts[] = {f.subject.toUtf8(), f.from.toUtf8(), f.to.toUtf8(),
                                f.cc.toUtf8(),      f.body.toUtf8(), f.filenames.toUtf8()};
    q->bind(0, messageId);
    for (int i = 0; i < int(std::size(texts)); ++i)
        q->bindText(i + 1, texts[i]);
    if (!q->exec())
        return fail(Strings::tr("Cannot update the search index: %1").arg(q->errorString()));
    return true;
}

bool SearchIndex::add(qint64 messageId, const SearchText::IndexFields &fields)
{
    return insert(messageId, fields, false);
}

bool SearchIndex::replaceHeadersOnly(qint64 messageId, const SearchText::IndexFields &headerFields,
                                     const SearchText::IndexFields &fields)
{
    return insert(messageId, headerFields, true) && insert(messageId, fields, false);
}

bool SearchIndex::rebuild(const std::function<void(int, int)> &progress)
{
    QSqlQuery clear(m_database);
    if (!clear.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")))
        return fail(
            Strings::tr("Cannot rebuild the search index: %1").arg(clear.lastError().text()));
    QSqlQuery count(m_database);
    const int total = count.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && count.next()
        ? count.value(0).toInt()
        : 0;
    QSqlQuery q(m_database);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.id, r.raw, m.subject, m.from_text, m.to_text,"
                               " m.cc_text, m.headers_only, m.received_at FROM messages m"
                               " JOIN message_raw r ON r.message_id = m.id ORDER BY m.id")))
        return fail(Strings::tr("Cannot rebuild the search index: %1").arg(q.lastError().text()));
    // A pipeline: while this thread writes one batch into the index, another parses the next.
    const auto readBatch = [&q] {
        std::vector<StoredMessage> batch;
        while (batch.size() < RebuildBatch && q.next()) {
            batch.push_back({q.value(0).toLongLong(), q.value(1).toByteArray(),
                             q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                             q.value(5).toString(), q.value(6).toBool(),
                             QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC)});
        }
        return batch;
    };
    const auto parseBatch = [](std::vector<StoredMessage> batch) {
        std::vector<std::pair<qint64, SearchText::IndexFields>> fields;
        fields.reserve(batch.size());
        for (const StoredMessage &m : batch) {
            const Mime::ParsedMessage parsed = Mime::parseMessage(m.raw, m.receivedAt);
            fields.emplace_back(
                m.id, SearchText::fieldsFor(parsed, m.subject, m.from, m.to, m.cc, m.headersOnly));
        }
        return fields;
    };
    int done = 0;
    std::future<std::vector<std::pair<qint64, SearchText::IndexFields>>> parsing =
        std::async(std::launch::async, parseBatch, readBatch());
    for (;;) {
        const std::vector<std::pair<qint64, SearchText::IndexFields>> parsed = parsing.get();
        if (parsed.empty())
            break;
        parsing = std::async(std::launch::async, parseBatch, readBatch());
        for (const auto &[id, fields] : parsed) {
            if (!add(id, fields)) {
                parsing.wait();
                return false;
            }
        }
        done += int(parsed.size());
        if (progress)
            progress(done, total);
    }
    QSqlQuery optimize(m_database);
    if (!optimize.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('optimize')"))
        || !optimize.exec(QStringLiteral("UPDATE search_state SET stale = 0")))
        return fail(
            Strings::tr("Cannot rebuild the search index: %1").arg(optimize.lastError().text()));
    return true;
}

} // namespace Store
