#pragma once

#include <functional>

#include <QSqlDatabase>
#include <QString>

#include "store/searchtext.h"
#include "store/statementcache.h"

namespace Store {

// The full-text index of the archive: an SQLite FTS5 table, written in the caller's transaction
// together with the message it describes (so search never misses a stored message).
//
// The table is contentless (content=''): it holds only the index, not a second copy of the
// text. Mailing-list mail is about half body text; a copy, even compressed, would double the
// index's size, and every piece of text can be made again from the raw message when it is
// needed (snippets are made from the few messages shown). The price: FTS5 (as of SQLite 3.40)
// can only forget a contentless row when told its exact text. So
//  - the FTS rowid is the message id, and message ids are never reused (nextMessageId()), so
//    words left behind by a deleted message belong to no message: every query joins the
//    messages table, and a deleted message can never be found;
//  - a headers-only message is indexed from the header columns the store keeps, which can be
//    given back exactly when the whole message replaces it (replaceHeadersOnly());
//  - rebuild() re-indexes every message from its raw bytes and drops what was left behind.
class SearchIndex final
{
public:
    // statements: where the hot statements stay prepared (a store's cache); without one they
    // are prepared for this object only.
    explicit SearchIndex(QSqlDatabase database, StatementCache *statements = nullptr);

    // The statements that create the index (schema version 3).
    [[nodiscard]] static QStringList schema();
    // How the index merges its segments (schema version 5; see tuning() in searchindex.cpp).
    [[nodiscard]] static QStringList tuning();

    // The id for a new message: above every id the messages table or the index has used.
    [[nodiscard]] std::optional<qint64> nextMessageId();
    [[nodiscard]] bool add(qint64 messageId, const SearchText::IndexFields &fields);
    // A headers-only message was indexed with headerFields; index `fields` instead.
    [[nodiscard]] bool replaceHeadersOnly(qint64 messageId,
                                          const SearchText::IndexFields &headerFields,
                                          const SearchText::IndexFields &fields);
    // Re-indexes every message from its raw bytes, inside the caller's transaction.
    [[nodiscard]] bool rebuild(const std::function<void(int done, int total)> &progress = {});

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool insert(qint64 messageId, const SearchText::IndexFields &fields, bool deleting);
    bool fail(const QString &what);

    QSqlDatabase m_database;
    StatementCache m_ownStatements;
    StatementCache *m_statements;
    QString m_error;
};

} // namespace Store
