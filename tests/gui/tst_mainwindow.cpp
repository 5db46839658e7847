#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include "archiverecoverydialog.h"
#include "archiverecoveryprompt.h"
#include "checkcontroller.h"
#include "errorbanner.h"
#include "foldertreemodel.h"
#include "mainwindow.h"
#include "messagebrowser.h"
#include "messagelistmodel.h"
#include "mime/messageparser.h"
#include "scriptedpop3server.h"
#include "searchfield.h"
#include "singleinstance.h"
#include "store/archiverecovery.h"
#include "store/archiveservice.h"
#include "store/messagestore.h"

namespace {

const QDateTime received = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

QByteArray mail(const QByteArray &from, const QByteArray &subject, const QByteArray &body,
                const QByteArray &contentType = "text/plain; charset=utf-8")
{
    return "From: " + from + "\r\nTo: me@example.test\r\nSubject: " + subject
        + "\r\nDate: Fri, 20 Nov 2026 08:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: "
        + contentType + "\r\n\r\n" + body + "\r\n";
}

} // namespace

// The main window over a real profile: folders, the list, the reading pane and the actions,
// all through the archive's worker thread.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_inbox = 0;
    QHash<QByteArray, qint64> m_ids;

    static QTreeView *view(MainWindow &window, const char *name)
    {
        return window.findChild<QTreeView *>(QLatin1String(name));
    }

    // Selects the folder whose name is `name` and waits for its list.
    static void openFolder(MainWindow &window, const QString &name)
    {
        QTreeView *folders = view(window, "folderView");
        QTRY_VERIFY(folders->model()->rowCount() > 0);
        const QModelIndexList found =
            folders->model()->match(folders->model()->index(0, 0), FolderTreeModel::NameRole, name,
                                    1, Qt::MatchRecursive | Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        QSignalSpy loaded(&window.messageList(), &MessageListModel::loaded);
        folders->setCurrentIndex(found.first());
        QVERIFY(loaded.wait(5000));
    }

    static void selectMessage(MainWindow &window, qint64 id)
    {
        MessageListModel &list = window.messageList();
        QTRY_VERIFY(list.rowOfId(id) >= 0);
        QSignalSpy shown(&window, &MainWindow::messageShown);
        view(window, "messageList")->setCurrentIndex(list.index(list.rowOfId(id), 0));
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.first().first().toLongLong(), id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setApplicationDisplayName(QStringLiteral("Satchel"));
        qputenv("SATCHEL_NO_WIZARD", "1"); // no account setup wizard over the window
        Store::MessageStore store;
        QVERIFY(store.open(m_dir.path()));
        Store::Account account;
        account.name = QStringLiteral("home");
        account.email = QStringLiteral("me@example.test");
        account.host = QStringLiteral("127.0.0.1");
        account.port = 1; // never reached: the tests do not check mail
        account.user = QStringLiteral("me");
        const qint64 accountId = *store.addAccount(account);
        m_inbox = *store.inboxOf(accountId);
        const auto add = [&](const QByteArray &label, const QByteArray &raw) {
            const auto id = store.storeRetrieved(accountId, "uidl-" + label, raw,
                                                 Mime::parseMessage(raw, received), received);
            QVERIFY(id);
            m_ids.insert(label, *id);
        };
        add("plain", mail("Ann <ann@example.test>", "Picnic on Sunday", "Bring the lemonade."));
        add("tracker",
            mail("Shop <news@shop.example>", "Big sale",
                 "<p>Sale!</p><img src=\"http://tracker.example/p.gif\" width=1 height=1>",
                 "text/html; charset=utf-8"));
        add("third", mail("Bob <bob@example.test>", "Minutes", "The minutes of the meeting."));
    }

    void showsFoldersAndMessages()
    {
        MainWindow window(m_dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Satchel"));
        openFolder(window, QStringLiteral("Inbox"));
        QCOMPARE(window.messageList().rowCount(), 3);
        selectMessage(window, m_ids.value("plain"));
        // The account exists, so no "add an account" note.
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("noAccountNote"))->isVisible());
    }

    void readingMarksReadAfterTheDelay()
    {
        MainWindow window(m_dir.path());
        window.show();
        openFolder(window, QStringLiteral("Inbox"));
        const qint64 id = m_ids.value("third");
        const int row = window.messageList().rowOfId(id);
        QTRY_VERIFY(window.messageList().index(row, 0).data(MessageListModel::UnreadRole).toBool());
        selectMessage(window, id); // the default delay is 2 s
        QTRY_VERIFY_WITH_TIMEOUT(!window.messageList()
                                      .index(window.messageList().rowOfId(id), 0)
                                      .data(MessageListModel::UnreadRole)
                                      .toBool(),
                                 8000);
    }

    void remoteImagesAreNotRequested()
    {
        MainWindow window(m_dir.path());
        window.show();
        openFolder(window, QStringLiteral("Inbox"));
        selectMessage(window, m_ids.value("tracker"));
        auto *browser = window.findChild<MessageBrowser *>();
        QVERIFY(browser);
        QTest::qWait(200); // layout and resource loading happen after the message is set
        for (const QUrl &url : browser->requestedUrls())
            QVERIFY2(url.scheme() != QLatin1String("http")
                         && url.scheme() != QLatin1String("https"),
                     qPrintable(url.toString()));
    }

    void searchNarrowsTheListAndEscapeReturns()
    {
        MainWindow window(m_dir.path());
        window.show();
        openFolder(window, QStringLiteral("Inbox"));
        auto *search = window.findChild<SearchField *>();
        QVERIFY(search);
        QSignalSpy loaded(&window.messageList(), &MessageListModel::loaded);
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("lemonade"));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(window.messageList().rowCount(), 1);
        QCOMPARE(window.messageList().messageId(0), m_ids.value("plain"));
        QVERIFY(window.messageList().isSearch());
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_VERIFY(!window.messageList().isSearch());
        QTRY_COMPARE(window.messageList().rowCount(), 3);
    }

    void deleteMovesToTrashAndArchiveMoves()
    {
        MainWindow window(m_dir.path());
        window.show();
        openFolder(window, QStringLiteral("Inbox"));
        const qint64 id = m_ids.value("third");
        selectMessage(window, id);
        window.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
        QTRY_COMPARE(window.messageList().rowOfId(id), -1);
        // Undo puts it back where it was.
        auto *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_VERIFY(window.messageList().rowOfId(id) >= 0);
        QVERIFY(!undo->isEnabled());
        // Deleted again, it is in the Trash.
        selectMessage(window, id);
        window.findChild<QAction *>(QStringLiteral("actionDelete"))->trigger();
        QTRY_COMPARE(window.messageList().rowOfId(id), -1);
        openFolder(window, QStringLiteral("Trash"));
        QTRY_VERIFY(window.messageList().rowOfId(id) >= 0);
        window.archive().moveMessages({id}, m_inbox);
        QTRY_COMPARE(window.messageList().rowOfId(id), -1);
        openFolder(window, QStringLiteral("Inbox"));
        QTRY_VERIFY(window.messageList().rowOfId(id) >= 0);
        selectMessage(window, m_ids.value("plain"));
        window.findChild<QAction *>(QStringLiteral("actionArchive"))->trigger();
        QTRY_COMPARE(window.messageList().rowOfId(m_ids.value("plain")), -1);
        openFolder(window, QStringLiteral("Archive"));
        QTRY_VERIFY(window.messageList().rowOfId(m_ids.value("plain")) >= 0);
        window.archive().moveMessages({m_ids.value("plain")}, m_inbox); // leave it as found
    }

    void failedCheckShowsBannerWithoutAPrompt()
    {
        MainWindow window(m_dir.path());
        window.show();
        openFolder(window, QStringLiteral("Inbox"));
        window.checks().setPasswordForTesting(QStringLiteral("secret"));
        window.findChild<QAction *>(QStringLiteral("actionGetMessages"))->trigger();
        auto *banner = window.findChild<ErrorBanner *>();
        // Port 1 refuses the connection: a plain explanation, and no dialog (none could be
        // answered here: the test would hang).
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(QStringLiteral("Checking home failed")),
                                 15000);
    }

    void quitClosesTheWindow()
    {
        MainWindow window(m_dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *quit = window.findChild<QAction *>(QStringLiteral("actionQuit"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QTRY_VERIFY(!window.isVisible());
    }

    // A busy mailbox ([IN-USE]) is not a wrong password: it is never asked for again.
    void busyMailboxNeverAsksForThePassword()
    {
        ScriptedPop3Server server;
        server.setScript(QStringLiteral("S: +OK ready\nC: CAPA\nS: +OK\nS: USER\nS: .\n"
                                        "C: USER me\nS: +OK\nC: PASS pw\n"
                                        "S: -ERR [IN-USE] locked by another session\nX"));
        QVERIFY(server.listenOnLoopback());
        QTemporaryDir profile;
        {
            Store::MessageStore store;
            QVERIFY(store.open(profile.path()));
            Store::Account account;
            account.name = QStringLiteral("busy");
            account.host = QStringLiteral("127.0.0.1");
            account.port = server.serverPort();
            account.security = Pop3::Security::None;
            account.allowInsecureAuth = true;
            account.user = QStringLiteral("me");
            QVERIFY(store.addAccount(account));
        }
        int dialogs = 0; // any dialog that opens is counted and closed
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&dialogs] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                ++dialogs;
                modal->close();
            }
        });
        watch.start(20);
        MainWindow window(profile.path());
        window.checks().rememberPassword(QStringLiteral("busy"), QStringLiteral("pw"));
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        const QString busy = QStringLiteral("in use by another program");
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(busy), 15000); // the check on start
        auto *get = window.findChild<QAction *>(QStringLiteral("actionGetMessages"));
        QTRY_VERIFY(get->isEnabled() && !window.checks().isBusy());
        get->trigger(); // the user asks: the password is still known, nothing to ask
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 15000);
        QTRY_VERIFY(!window.checks().isBusy());
        QVERIFY2(banner->message().contains(busy), qPrintable(banner->message()));
        QCOMPARE(dialogs, 0);
        QVERIFY(server.receivedLines().contains("PASS pw"));
    }

    void oneInstancePerProfile()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QVERIFY(first.claim());
        QSignalSpy raised(&first, &SingleInstance::activationRequested);
        SingleInstance second(profile.path());
        QVERIFY(!second.claim());
        QVERIFY(second.errorString().contains(QStringLiteral("already open")));
        QVERIFY(raised.wait(3000));
        QTemporaryDir other;
        SingleInstance elsewhere(other.path());
        QVERIFY(elsewhere.claim()); // another profile is another matter
    }

    void emptyProfileSaysHowToAddAnAccount()
    {
        QTemporaryDir empty;
        MainWindow window(empty.path());
        window.show();
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("noAccountNote"))->isVisible());
    }

    void automaticCheckWithoutPasswordAsksNothing()
    {
        MainWindow window(m_dir.path());
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        // The check on start finds no keychain here and no stored password.
        QTRY_VERIFY(banner->message().contains(QStringLiteral("needs its password")));
        QVERIFY(!QApplication::activeModalWidget());
    }

    // A damaged archive file is reported when the window opens, in the banner, not a dialog.
    void damagedArchiveIsReported()
    {
        QTemporaryDir dir;
        makeDamagedArchive(dir);
        MainWindow window(dir.path());
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(QStringLiteral("damaged")), 10000);
        QVERIFY(banner->message().contains(QStringLiteral("satchel-cli check")));
    }

    // The banner's Recover…: confirmed, it leaves the request and quits for a restart; at the
    // next start ArchiveRecoveryDialog recovers on its worker thread and says what it kept.
    void damagedArchiveCanBeRecovered()
    {
        QTemporaryDir dir;
        makeDamagedArchive(dir);
        {
            MainWindow window(dir.path());
            window.show();
            auto *banner = window.findChild<ErrorBanner *>();
            QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(QStringLiteral("damaged")), 10000);
            auto *recover = window.findChild<QAction *>(QStringLiteral("recoverArchiveAction"));
            QVERIFY(recover);
            auto *button = banner->findChild<QToolButton *>();
            QVERIFY(button && button->isVisible() && button->defaultAction() == recover);
            QVERIFY(!Store::ArchiveRecovery::isRequested(dir.path()));
            QTimer::singleShot(0, this, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text() == QStringLiteral("Restart and Recover"))
                        b->click();
                }
            });
            recover->trigger();
            QVERIFY(Store::ArchiveRecovery::isRequested(dir.path()));
            QVERIFY(ArchiveRecoveryPrompt::restartRequested());
            QVERIFY(!window.isVisible());
        }
        ArchiveRecoveryDialog dialog(dir.path());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(dialog.succeeded(), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains(QStringLiteral("message(s) recovered"))
                     || dialog.resultText().contains(QStringLiteral("messages recovered")),
                 qPrintable(dialog.resultText()));
        QVERIFY(dialog.resultText().contains(QStringLiteral("satchel.sqlite.damaged-")));
        QVERIFY(!Store::ArchiveRecovery::isRequested(dir.path()));
        // The damaged file, with the -wal and -shm the window's connections had made.
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("satchel.sqlite.damaged-*")}).size(),
                 3);
        Store::MessageStore store;
        QVERIFY(store.open(dir.path()));
        QVERIFY(store.database().quickCheck().isEmpty());
        QVERIFY(store.messageCount() > 200);
    }

private:
    static void makeDamagedArchive(const QTemporaryDir &dir)
    {
        {
            Store::MessageStore store;
            QVERIFY(store.open(dir.path()));
            const qint64 folder = *store.localFolder(QStringLiteral("Bulk"), true);
            QVERIFY(store.beginBatch());
            for (int i = 0; i < 300; ++i) {
                const QByteArray raw = mail("Ann <ann@example.test>",
                                            "bulk " + QByteArray::number(i), QByteArray(2000, 'x'));
                QVERIFY(
                    store.importMessage(folder, raw, Mime::parseMessage(raw, received), received));
            }
            QVERIFY(store.commitBatch());
        }
        QFile file(dir.filePath(QStringLiteral("satchel.sqlite")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        for (qint64 page = pages / 2; page < pages / 2 + 8; ++page) {
            QVERIFY(file.seek(page * 4096));
            QVERIFY(file.write(QByteArray(4096, '\x5a')) == 4096);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
