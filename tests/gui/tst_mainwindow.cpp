#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QTest>

#include "mainwindow.h"

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setApplicationDisplayName(QStringLiteral("Satchel")); }

    void showsNameAndIcon()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Satchel"));
        QVERIFY(!window.windowIcon().isNull());
        QVERIFY(!window.windowIcon().availableSizes().isEmpty()
                || !window.windowIcon().pixmap(32).isNull());
    }

    void saysPlainlyWhatIsMissing()
    {
        MainWindow window;
        const auto *placeholder = window.findChild<QLabel *>(QStringLiteral("placeholder"));
        QVERIFY(placeholder);
        QVERIFY(placeholder->text().contains(QStringLiteral("cannot show mail yet")));
    }

    void quitClosesTheWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
