#include <memory>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "store/database.h"
#include "store/statementcache.h"

using Store::NativeStatement;

// The statements a fetch runs through SQLite's own API: text arrives intact, errors are
// reported and leave the statement usable, bound bytes are let go after each run, and a
// SELECT read through first() and reset() holds no snapshot.
class TestNativeStatement final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A database of its own for each test function.
    std::unique_ptr<Store::Database> open()
    {
        const QString name =
            QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite");
        auto database = std::make_unique<Store::Database>();
        if (!database->createAt(m_dir.filePath(name), Store::Database::SchemaVersion))
            qFatal("cannot create the database: %s", qPrintable(database->errorString()));
        QSqlQuery q(database->handle());
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY,"
                                   " text TEXT, bytes BLOB)")))
            qFatal("cannot create the table");
        return database;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badSqlIsReported()
    {
        const auto database = open();
        Store::StatementCache cache(database->handle());
        QVERIFY(!cache.native(QStringLiteral("INSERT INTO nowhere VALUES (?)")));
        QVERIFY2(cache.error().contains(QLatin1String("no such table")), qPrintable(cache.error()));
    }

    void textAndBytesArriveIntact()
    {
        const auto database = open();
        Store::StatementCache cache(database->handle());
        NativeStatement *insert =
            cache.native(QStringLiteral("INSERT INTO t (id, text, bytes) VALUES (?, ?, ?)"));
        QVERIFY(insert);
        const QString text = QStringLiteral("R\u00e9sum\u00e9 \u6771\u4eac \U0001F600");
        const QByteArray utf8 = text.toUtf8();
        const QByteArray bytes("a\0b\xff", 4);
        insert->bind(0, 1);
        insert->bindText(1, utf8);
        insert->bindBlob(2, bytes);
        QVERIFY2(insert->exec(), qPrintable(insert->errorString()));
        // The cache gives the same statement back, reset; empty text is text, not NULL.
        QCOMPARE(cache.native(QStringLiteral("INSERT INTO t (id, text, bytes) VALUES (?, ?, ?)")),
                 insert);
        insert->bind(0, 2);
        insert->bindText(1, QByteArrayView());
        QVERIFY(insert->exec());
        // The bindings went with the run: a run without them stores NULLs.
        insert->bind(0, 3);
        QVERIFY(insert->exec());
        QSqlQuery q(database->handle());
        QVERIFY(q.exec(QStringLiteral("SELECT text, bytes, typeof(text), typeof(bytes) FROM t"
                                      " ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), text);
        QCOMPARE(q.value(1).toByteArray(), bytes);
        QCOMPARE(q.value(3).toString(), QStringLiteral("blob"));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toString(), QStringLiteral("text"));
        QCOMPARE(q.value(0).toString(), QString());
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toString(), QStringLiteral("null"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("null"));
    }

    void refusedBindingFailsTheRun()
    {
        const auto database = open();
        Store::StatementCache cache(database->handle());
        NativeStatement *insert = cache.native(QStringLiteral("INSERT INTO t (id) VALUES (?)"));
        QVERIFY(insert);
        insert->bind(1, 5); // there is no second placeholder: SQLite refuses the value
        QVERIFY(!insert->exec());
        QVERIFY2(!insert->errorString().isEmpty(), "no error text");
        QSqlQuery q(database->handle());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // nothing stored with a NULL in the value's place
        insert->bind(0, 6);
        QVERIFY2(insert->exec(), qPrintable(insert->errorString()));
    }

    void failedRunIsReportedAndTheStatementStaysUsable()
    {
        const auto database = open();
        Store::StatementCache cache(database->handle());
        NativeStatement *insert = cache.native(QStringLiteral("INSERT INTO t (id) VALUES (?)"));
        QVERIFY(insert);
        insert->bind(0, 7);
        QVERIFY(insert->exec());
        insert->bind(0, 7);
        QVERIFY(!insert->exec());
        QVERIFY2(insert->errorString().contains(QLatin1String("UNIQUE")),
                 qPrintable(insert->errorString()));
        insert->bind(0, 8);
        QVERIFY2(insert->exec(), qPrintable(insert->errorString()));
    }

    void readingHoldsNoSnapshot()
    {
        const auto first = open();
        Store::Database second;
        QVERIFY(second.open(m_dir.filePath(QStringLiteral("readingHoldsNoSnapshot.sqlite"))));
        Store::StatementCache cache(first->handle());
        NativeStatement *count = cache.native(QStringLiteral("SELECT COUNT(*) FROM t"));
        NativeStatement *insert = cache.native(QStringLiteral("INSERT INTO t (id) VALUES (?)"));
        QVERIFY(count && insert);
        bool found = false;
        QVERIFY(count->first(&found) && found);
        QCOMPARE(count->columnInt64(0), 0);
        count->reset();
        // Another connection commits; a snapshot kept by the SELECT would make this write fail.
        QSqlQuery other(second.handle());
        QVERIFY(other.exec(QStringLiteral("INSERT INTO t (id) VALUES (1)")));
        insert->bind(0, 2);
        QVERIFY2(insert->exec(), qPrintable(insert->errorString()));
        QVERIFY(count->first(&found) && found);
        QCOMPARE(count->columnInt64(0), 2);
        count->reset();
    }
};

QTEST_GUILESS_MAIN(TestNativeStatement)
#include "tst_nativestatement.moc"
