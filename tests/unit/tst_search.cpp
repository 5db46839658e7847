#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "mime/messageparser.h"
#include "search/searcher.h"
#include "store/database.h"
#include "store/messagestore.h"
#include "store/searchtext.h"

using namespace Search;

namespace {

// "now" for older_than:/newer_than:, and when the fixture's messages arrived.
const QDateTime now = QDateTime(QDate(2024, 7, 2), QTime(12, 0), Qt::UTC);

struct Fixture
{
    QByteArray label; // what the tests call the message
    QByteArray headers;
    QByteArray body;
    QByteArray attachmentName; // empty: none
    int attachmentKiB = 1;
};

QByteArray compose(const Fixture &f)
{
    QByteArray raw =
        f.headers + "Message-ID: <" + f.label + "@fixture.test>\r\nMIME-Version: 1.0\r\n";
    if (f.attachmentName.isEmpty())
        return raw
            + "Content-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: 8bit\r\n\r\n"
            + f.body + "\r\n";
    raw += "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + f.body
        + "\r\n--b\r\nContent-Type: application/octet-stream\r\n"
          "Content-Disposition: attachment; filename=\""
        + f.attachmentName + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray encoded = QByteArray(f.attachmentKiB * 1024, 'x').toBase64();
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        raw += encoded.mid(i, 76) + "\r\n";
    return raw + "--b--\r\n";
}

const QList<Fixture> fixtures = {
    {"A",
     "From: Alice Smith <alice@example.com>\r\nTo: bob@example.org\r\n"
     "Subject: Quarterly report draft\r\nDate: Sun, 10 Mar 2024 09:00:00 +0000\r\n",
     "Please review the r\xc3\xa9sum\xc3\xa9 and the budget numbers.", "report.pdf"},
    {"B",
     "From: Bob <bob@example.org>\r\nTo: alice@example.com\r\nCc: Carol <carol@example.net>\r\n"
     "Subject: Lunch on Friday?\r\nDate: Sat, 1 Jun 2024 12:00:00 +0000\r\n",
     "Let's meet at the caf\xc3\xa9 near the station.",
     {}},
    {"C",
     "From: carol@example.net\r\nTo: alice@example.com\r\n"
     "Subject: =?UTF-8?B?5p2x5Lqs44Gu5Lya6K2w?=\r\nDate: Sun, 24 Dec 2023 08:00:00 +0900\r\n",
     "\xe6\x9d\xa5\xe9\x80\xb1\xe3\x81\xae\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd\xe3\x81\xa7\xe3"
     "\x81\xae\xe4\xbc\x9a\xe8\xad\xb0\xe3\x81\xab\xe3\x81\xa4\xe3\x81\x84\xe3\x81\xa6",
     {}},
    {"D",
     "From: Dave <dave@example.com>\r\nTo: finance@example.com\r\nSubject: Budget\r\n"
     "Date: Wed, 5 Jan 2022 10:00:00 +0000\r\n",
     "The budget for next year. Quarterly numbers are attached.", "budget.xlsx", 200},
};

} // namespace

// Search semantics on a small archive in a real SQLite profile: each operator returns exactly
// the expected messages, deleted and moved messages are found where they are now, and a
// message is findable as soon as it is stored.
class TestSearch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store::MessageStore m_store;
    QHash<QByteArray, qint64> m_ids; // label → message id
    qint64 m_accountId = 0;

    QByteArray labelOf(qint64 id) const { return m_ids.key(id, "?"); }

    QByteArrayList find(const QString &query, SearchOptions options = {})
    {
        options.now = now;
        options.limit = 100;
        Searcher searcher(m_store);
        const std::optional<SearchResults> results = searcher.search(query, options);
        if (!results) {
            qWarning() << "search failed:" << query << searcher.errorString();
            return {"error"};
        }
        QByteArrayList labels;
        for (const SearchHit &hit : results->hits)
            labels.append(labelOf(hit.message.id));
        if (results->total != labels.size())
            labels.append("total=" + QByteArray::number(results->total));
        std::sort(labels.begin(), labels.end());
        return labels;
    }

    qint64 store(const Fixture &f, qint64 folder, const Store::MessageFlags &flags = {})
    {
        const QByteArray raw = compose(f);
        const std::optional<qint64> id =
            m_store.importMessage(folder, raw, Mime::parseMessage(raw, now), now, flags);
        m_ids.insert(f.label, id.value_or(-1));
        return id.value_or(-1);
    }

private Q_SLOTS:
    // Text for the index: CJK runs become overlapping pairs, anything else stays as it is
    // (checked first without copying, so frequent punctuation such as U+2019 must not stop
    // the check short of a CJK run after it).
    void indexText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("plain", "plain text", "plain text");
        row("punctuation", "it\u2019s \u2014 fine\u2026", "it\u2019s \u2014 fine\u2026");
        row("emoji", "ok \U0001F600", "ok \U0001F600");
        row("pairs", "\u6771\u4eac\u90fd", " \u6771\u4eac \u4eac\u90fd ");
        row("after punctuation", "it\u2019s \u6771\u4eac", "it\u2019s  \u6771\u4eac ");
        row("after emoji", "\U0001F600\u6771\u4eac", "\U0001F600 \u6771\u4eac ");
        row("outside the basic plane", "\u2019\U00020000", "\u2019 \U00020000 ");
        const QString padding(63, u'a');
        QTest::newRow("in a later block") << padding + QStringLiteral("a\u6771\u4eac")
                                          << padding + QStringLiteral("a \u6771\u4eac ");
        QTest::newRow("across blocks")
            << padding + QStringLiteral("\U00020000") << padding + QStringLiteral(" \U00020000 ");
    }

    void indexText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Store::SearchText::forIndex(text), expected);
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.path()), qPrintable(m_store.errorString()));
        Store::Account account;
        account.name = QStringLiteral("work");
        account.email = QStringLiteral("me@work.example");
        account.host = QStringLiteral("pop.work.example");
        account.user = QStringLiteral("me");
        m_accountId = m_store.addAccount(account).value_or(0);
        QVERIFY(m_accountId > 0);
        const qint64 local = *m_store.localFolder(QStringLiteral("Projects"), true);
        const qint64 archive = *m_store.folderId(QStringLiteral("Archive"), false);
        QVERIFY(store(fixtures.at(0), local) > 0);
        QVERIFY(store(fixtures.at(1), local, {true, true, false, false}) > 0);
        QVERIFY(store(fixtures.at(2), local) > 0);
        QVERIFY(store(fixtures.at(3), local) > 0);
        QVERIFY(store({"E",
                       "From: Alice Smith <alice@example.com>\r\nTo: bob@example.org\r\n"
                       "Subject: Re: Quarterly report draft\r\n"
                       "Date: Mon, 11 Mar 2024 09:00:00 +0000\r\n",
                       "Looks good to me.",
                       {}},
                      archive, {true, false, false, false})
                > 0);
        // F arrives from the account's server: findable the moment its fetch commits.
        const QByteArray raw =
            compose({"F",
                     "From: Postmaster <postmaster@work.example>\r\n"
                     "To: me@work.example\r\nSubject: Server maintenance tonight\r\n"
                     "Date: Mon, 1 Jul 2024 18:00:00 +0000\r\n",
                     "The mail server will restart at ten.",
                     {}});
        const std::optional<qint64> f =
            m_store.storeRetrieved(m_accountId, "uidl-F", raw, Mime::parseMessage(raw, now), now);
        QVERIFY(f);
        m_ids.insert("F", *f);
    }

    void operators_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArrayList>("expected");
        const auto row = [](const char *query, QByteArrayList expected) {
            QTest::newRow(query) << QString::fromUtf8(query) << expected;
        };
        row("budget", {"A", "D"});
        row("BUDGET", {"A", "D"});
        row("budget numbers", {"A", "D"});
        row("\"budget numbers\"", {"A"});
        row("quart*", {"A", "D", "E"});
        row("\"report dr\"*", {"A", "E"});
        row("lunch OR maintenance", {"B", "F"});
        row("budget -report", {"D"});
        row("budget NOT report", {"D"});
        row("-budget", {"B", "C", "E", "F"});
        row("(lunch OR budget) from:alice", {"A"});
        row("lunch OR budget from:alice", {"A", "B"});
        row("from:alice", {"A", "E"});
        row("from:alice@example.com", {"A", "E"});
        row("from:\"alice smith\"", {"A", "E"});
        row("to:bob", {"A", "E"});
        row("cc:carol", {"B"});
        row("to:carol", {"B"}); // to: looks at Cc as well
        row("to:finance", {"D"});
        row("subject:quarterly", {"A", "E"});
        row("body:quarterly", {"D"});
        row("filename:report", {"A"});
        row("filename:xlsx", {"D"});
        row("report.pdf", {"A"});
        row("has:attachment", {"A", "D"});
        row("is:unread", {"A", "C", "D", "F"});
        row("is:read", {"B", "E"});
        row("is:flagged", {"B"});
        row("in:archive", {"E"});
        row("in:\"Local Folders/Projects\"", {"A", "B", "C", "D"});
        row("in:inbox", {"F"});
        row("in:work/Inbox", {"F"});
        row("account:work", {"F"});
        row("account:me@work.example", {"F"});
        row("before:2024-01-01", {"C", "D"});
        row("after:2024-03-11", {"B", "E", "F"});
        row("after:2024-03-01 before:2024-03-11", {"A"});
        row("older_than:1y", {"D"});
        row("newer_than:30d", {"F"});
        row("newer_than:2m", {"B", "F"});
        row("larger:100K", {"D"});
        row("smaller:100K", {"A", "B", "C", "E", "F"});
        row("resume", {"A"}); // accents do not matter
        row("CAF\xc3\x89", {"B"});
        row("cafe station", {"B"});
        row("\xe6\x9d\xb1\xe4\xba\xac", {"C"}); // 東京
        row("\xe4\xbc\x9a\xe8\xad\xb0", {"C"}); // 会議
        row("\xe4\xba\xac\xe9\x83\xbd", {"C"}); // 京都, inside 東京都
        row("\xe6\x9d\xb1", {"C"}); // one character
        row("\xe5\xa4\xa7\xe9\x98\xaa", {}); // 大阪
        row("subject:\xe4\xbc\x9a\xe8\xad\xb0 -budget", {"C"});
        row("budget OR is:flagged", {"A", "B", "D"});
        row("-is:read -budget", {"C", "F"});
        row("NOT (budget OR lunch) has:attachment", {});
        row("server restart", {"F"});
        row("nosuchword", {});
    }

    void operators()
    {
        QFETCH(QString, query);
        QFETCH(QByteArrayList, expected);
        QCOMPARE(find(query), expected);
    }

    void hostileQueriesNeverReachSql_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE messages; --");
        QTest::newRow("fts syntax") << QStringLiteral("NEAR(budget report) {subject}: x ^a");
        QTest::newRow("quote") << QStringLiteral("\"budget");
        QTest::newRow("nul") << QString::fromUtf8("budget\0report", 13);
        QTest::newRow("long") << QStringLiteral("budget ").repeated(1400);
        QTest::newRow("colons") << QStringLiteral("a:b:c:: http://x.example/?q=\"1\"");
    }

    void hostileQueriesNeverReachSql()
    {
        QFETCH(QString, query);
        Searcher searcher(m_store);
        SearchOptions options;
        options.now = now;
        const std::optional<SearchResults> results = searcher.search(query, options);
        // Either an answer or a plain query error: never a database error.
        QVERIFY2(results || searcher.isQueryError(), qPrintable(searcher.errorString()));
        QVERIFY(!searcher.errorString().contains(QLatin1String("fts5"), Qt::CaseInsensitive));
        QCOMPARE(m_store.messageCount(), 6);
    }

    void queryErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("punctuation only") << QStringLiteral("++ --");
        QTest::newRow("unknown folder") << QStringLiteral("in:nowhere budget");
        QTest::newRow("unknown account") << QStringLiteral("account:nobody");
        QTest::newRow("empty") << QStringLiteral("   ");
    }

    void queryErrorsAreExplained()
    {
        QFETCH(QString, query);
        Searcher searcher(m_store);
        QVERIFY(!searcher.search(query));
        QVERIFY(searcher.isQueryError());
        QVERIFY(!searcher.errorString().isEmpty());
    }

    void snippetsMarkTheMatches()
    {
        Searcher searcher(m_store);
        SearchOptions options;
        options.now = now;
        const auto results = searcher.search(QStringLiteral("\"budget numbers\" resume"), options);
        QVERIFY(results);
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(results->hits.first().snippet.marked(QStringLiteral("["), QStringLiteral("]")),
                 QString::fromUtf8("Please review the [r\xc3\xa9sum\xc3\xa9] and the [budget "
                                   "numbers]."));
        QCOMPARE(results->hits.first().folderPath, QStringLiteral("Local Folders/Projects"));

        const auto cjk =
            searcher.search(QString::fromUtf8("\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd"), options);
        QVERIFY(cjk);
        QCOMPARE(cjk->hits.size(), 1);
        QCOMPARE(cjk->hits.first().snippet.marked(QStringLiteral("["), QStringLiteral("]")),
                 QString::fromUtf8("\xe6\x9d\xa5\xe9\x80\xb1\xe3\x81\xae[\xe6\x9d\xb1\xe4\xba\xac"
                                   "\xe9\x83\xbd]\xe3\x81\xa7\xe3\x81\xae\xe4\xbc\x9a\xe8\xad\xb0"
                                   "\xe3\x81\xab\xe3\x81\xa4\xe3\x81\x84\xe3\x81\xa6"));
    }

    void newestFirstAndPaging()
    {
        Searcher searcher(m_store);
        SearchOptions options;
        options.now = now;
        options.snippets = false;
        options.limit = 2;
        auto results = searcher.search(QStringLiteral("quarterly"), options);
        QVERIFY(results);
        QCOMPARE(results->total, 3);
        QCOMPARE(results->hits.size(), 2);
        QCOMPARE(labelOf(results->hits.at(0).message.id), QByteArray("E")); // 11 March 2024
        QCOMPARE(labelOf(results->hits.at(1).message.id), QByteArray("A")); // 10 March 2024
        options.offset = 2;
        results = searcher.search(QStringLiteral("quarterly"), options);
        QVERIFY(results);
        QCOMPARE(results->total, 3);
        QCOMPARE(results->hits.size(), 1);
        QCOMPARE(labelOf(results->hits.at(0).message.id), QByteArray("D"));
    }

    void relevancePutsSubjectMatchesFirst()
    {
        Searcher searcher(m_store);
        SearchOptions options;
        options.now = now;
        options.order = SortOrder::Relevance;
        const auto results = searcher.search(QStringLiteral("budget"), options);
        QVERIFY(results);
        QCOMPARE(results->hits.size(), 2);
        QCOMPARE(labelOf(results->hits.first().message.id), QByteArray("D")); // in its subject
    }

    void oneFolderOnly()
    {
        SearchOptions options;
        options.folderId = *m_store.folderId(QStringLiteral("Archive"), false);
        QCOMPARE(find(QStringLiteral("quarterly"), options), QByteArrayList {"E"});
    }

    // Past Searcher::BroadMatch matches the page is found by walking the date index, and
    // while nothing was deleted the index alone counts; both must agree with the plain way.
    void manyMatchesArePagedNewestFirst()
    {
        QTemporaryDir dir;
        Store::MessageStore store;
        QVERIFY(store.open(dir.path()));
        const qint64 folder = *store.localFolder(QStringLiteral("Bulk"), true);
        const int n = Searcher::BroadMatch + 100;
        QVERIFY(store.beginBatch());
        QList<qint64> ids;
        QList<QPair<qint64, qint64>> byDate; // (date, id)
        for (int i = 0; i < n; ++i) {
            // Dates out of id order, so that newest first is not simply the highest id.
            const QDateTime date = now.addSecs(-qint64((i * 7919) % n) * 3600);
            const QByteArray raw = "From: a@example.com\r\nSubject: weekly report "
                + QByteArray::number(i) + "\r\nDate: " + date.toString(Qt::RFC2822Date).toLatin1()
                + "\r\n\r\nnumbers\r\n";
            ids.append(*store.importMessage(folder, raw, Mime::parseMessage(raw, now), now));
            byDate.append({date.toSecsSinceEpoch(), ids.last()});
        }
        std::sort(byDate.begin(), byDate.end(), std::greater<>()); // newest first, then higher id
        QVERIFY(store.commitBatch());
        Searcher searcher(store);
        SearchOptions options;
        options.now = now;
        options.snippets = false;
        options.limit = 30;
        options.offset = 10;
        auto results = searcher.search(QStringLiteral("weekly"), options);
        QVERIFY(results);
        QCOMPARE(results->total, n);
        QCOMPARE(results->hits.size(), 30);
        // Exactly the page a full sort gives, also with a condition besides the words.
        auto narrowed = searcher.search(QStringLiteral("weekly in:Bulk"), options);
        QVERIFY(narrowed);
        QCOMPARE(narrowed->total, n);
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(results->hits.at(i).message.id, byDate.at(10 + i).second);
            QCOMPARE(narrowed->hits.at(i).message.id, byDate.at(10 + i).second);
        }
        // A deleted message is not counted, whichever way the count is made.
        QVERIFY(store.deleteMessage(ids.first()));
        QVERIFY(store.deleteMessage(ids.first()));
        QCOMPARE(searcher.search(QStringLiteral("weekly"), options)->total, n - 1);
        QVERIFY(store.rebuildSearchIndex());
        QCOMPARE(searcher.search(QStringLiteral("weekly"), options)->total, n - 1);
    }

    // Runs after the read-only tests: changes the archive.
    void zz_movedAndDeletedMessagesAreFoundWhereTheyAre()
    {
        const qint64 archive = *m_store.folderId(QStringLiteral("Archive"), false);
        QVERIFY(m_store.moveMessage(m_ids.value("B"), archive));
        QCOMPARE(find(QStringLiteral("in:archive")), (QByteArrayList {"B", "E"}));
        QVERIFY(m_store.deleteMessage(m_ids.value("A"))); // to Trash
        QCOMPARE(find(QStringLiteral("budget in:trash")), QByteArrayList {"A"});
        QVERIFY(m_store.deleteMessage(m_ids.value("A"))); // for good
        QCOMPARE(find(QStringLiteral("budget")), QByteArrayList {"D"});
        QCOMPARE(find(QStringLiteral("report")), QByteArrayList {"E"});

        // A new message never inherits what the deleted one left in the index.
        const QByteArray raw = compose({"G",
                                        "From: Gina <gina@example.com>\r\nSubject: Hello\r\n"
                                        "Date: Tue, 2 Jul 2024 08:00:00 +0000\r\n",
                                        "Nothing to see.",
                                        {}});
        const qint64 inbox = *m_store.inboxOf(m_accountId);
        const std::optional<qint64> g =
            m_store.importMessage(inbox, raw, Mime::parseMessage(raw, now), now);
        QVERIFY(g);
        QVERIFY(*g != m_ids.value("A"));
        m_ids.insert("G", *g);
        QCOMPARE(find(QStringLiteral("budget")), QByteArrayList {"D"});
        QCOMPARE(find(QStringLiteral("gina")), QByteArrayList {"G"});

        // A rebuild drops what deleted messages left behind and finds the same.
        QVERIFY2(m_store.rebuildSearchIndex(), qPrintable(m_store.errorString()));
        QCOMPARE(find(QStringLiteral("budget")), QByteArrayList {"D"});
        QCOMPARE(find(QStringLiteral("quart*")), (QByteArrayList {"D", "E"}));
        QCOMPARE(find(QString::fromUtf8("\xe6\x9d\xb1\xe4\xba\xac")), QByteArrayList {"C"});
    }

    void zz_headersOnlyMessageIsReindexedWhenCompleted()
    {
        const QByteArray whole =
            compose({"H",
                     "From: Hank <hank@example.com>\r\nSubject: Holiday photos\r\n"
                     "Date: Tue, 2 Jul 2024 09:00:00 +0000\r\n",
                     "The pictures from the lighthouse.",
                     {}});
        const QByteArray headers = whole.left(whole.indexOf("\r\n\r\n") + 4);
        const std::optional<qint64> h = m_store.storeRetrieved(
            m_accountId, "uidl-H", headers, Mime::parseMessage(headers, now), now, true);
        QVERIFY(h);
        m_ids.insert("H", *h);
        QCOMPARE(find(QStringLiteral("holiday")), QByteArrayList {"H"});
        QCOMPARE(find(QStringLiteral("lighthouse")), QByteArrayList {});
        QVERIFY2(m_store.completeMessage(*h, whole, Mime::parseMessage(whole, now)),
                 qPrintable(m_store.errorString()));
        QCOMPARE(find(QStringLiteral("lighthouse")), QByteArrayList {"H"});
        QCOMPARE(find(QStringLiteral("holiday")), QByteArrayList {"H"});
        QCOMPARE(find(QStringLiteral("subject:holiday from:hank")), QByteArrayList {"H"});
    }

    // A profile from before search existed is indexed when it is opened.
    void olderProfilesAreIndexedOnOpen()
    {
        QTemporaryDir dir;
        {
            Store::Database old;
            QVERIFY(old.createAt(dir.filePath(Store::Database::databaseFileName()), 2));
            QSqlQuery q(old.handle());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO folders (id, name, role) VALUES (1, 'Local Folders', 'root')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO folders (id, parent_id, name, role)"
                                          " VALUES (2, 1, 'Old', 'user')")));
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO messages (folder_id, raw, size, subject, date, received_at)"
                " VALUES (2, ?, 10, 'Archived thoughts', 0, 0)")));
            q.addBindValue(QByteArray("Subject: Archived thoughts\r\n\r\nabout zeppelins\r\n"));
            QVERIFY(q.exec());
        }
        Store::MessageStore store;
        QVERIFY2(store.open(dir.path()), qPrintable(store.errorString()));
        Searcher searcher(store);
        const auto results = searcher.search(QStringLiteral("zeppelins"));
        QVERIFY(results);
        QCOMPARE(results->total, 1);
        QCOMPARE(results->hits.first().message.subject, QStringLiteral("Archived thoughts"));
        QCOMPARE(
            store.raw(results->hits.first().message.id),
            std::optional<QByteArray>("Subject: Archived thoughts\r\n\r\nabout zeppelins\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
