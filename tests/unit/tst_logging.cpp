#include <QTest>

#include "logging.h"

using namespace Qt::Literals::StringLiterals;

// Each layer logs under its own category, so users and developers can switch on one layer
// with QT_LOGGING_RULES without drowning in the others.
class TestLogging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoryNames_data()
    {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("pop3") << QByteArray(lcPop3().categoryName()) << "satchel.pop3"_ba;
        QTest::newRow("mime") << QByteArray(lcMime().categoryName()) << "satchel.mime"_ba;
        QTest::newRow("store") << QByteArray(lcStore().categoryName()) << "satchel.store"_ba;
        QTest::newRow("sync") << QByteArray(lcSync().categoryName()) << "satchel.sync"_ba;
        QTest::newRow("search") << QByteArray(lcSearch().categoryName()) << "satchel.search"_ba;
        QTest::newRow("account") << QByteArray(lcAccount().categoryName()) << "satchel.account"_ba;
    }

    void categoryNames()
    {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual, expected);
    }

    void debugIsOffUnlessAskedFor()
    {
        QVERIFY(!lcPop3().isDebugEnabled());
        QVERIFY(lcPop3().isInfoEnabled());
        QLoggingCategory::setFilterRules(QStringLiteral("satchel.pop3.debug=true"));
        QVERIFY(lcPop3().isDebugEnabled());
        QVERIFY(!lcStore().isDebugEnabled());
        QLoggingCategory::setFilterRules(QString());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
