#include <memory>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "foldertreemodel.h"
#include "messagelistmodel.h"
#include "mime/messageparser.h"
#include "store/archiveservice.h"
#include "store/messagestore.h"

namespace {

const QDateTime now(QDate(2024, 7, 2), QTime(12, 0), Qt::UTC);

QByteArray compose(const QByteArray &subject)
{
    return "From: Alice <alice@example.com>\r\nTo: me@example.org\r\nSubject: " + subject
        + "\r\nDate: Tue, 2 Jul 2024 10:00:00 +0000\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\nBody.\r\n";
}

QString name(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

bool isBold(const QModelIndex &index)
{
    return index.data(Qt::FontRole).value<QFont>().bold();
}

int unread(const QModelIndex &index)
{
    return index.data(FolderTreeModel::UnreadRole).toInt();
}

// The names of parent's children, in order.
QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(name(model.index(row, 0, parent)));
    return names;
}

} // namespace

// The folder pane over a real profile: Thunderbird's layout, unread counts, folders that come
// and go without a reset, and message ids dropped onto folders.
class TestFolderTreeModel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store::MessageStore m_store;
    qint64 m_work = 0; // account ids
    qint64 m_home = 0;
    qint64 m_workInbox = 0;
    qint64 m_homeInbox = 0;
    qint64 m_archive = 0;
    qint64 m_trash = 0;
    qint64 m_projects = 0;
    qint64 m_alpha = 0;
    QList<qint64> m_unreadInWork;
    std::unique_ptr<Store::ArchiveService> m_service;
    std::unique_ptr<FolderTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    qint64 add(qint64 folder, const QByteArray &subject, bool read = false)
    {
        const QByteArray raw = compose(subject);
        Store::MessageFlags flags;
        flags.read = read;
        return m_store.importMessage(folder, raw, Mime::parseMessage(raw, now), now, flags)
            .value_or(-1);
    }

    qint64 addAccount(const QString &accountName)
    {
        Store::Account account;
        account.name = accountName;
        account.email = accountName + QStringLiteral("@example.org");
        account.host = QStringLiteral("pop.example.org");
        account.user = accountName;
        return m_store.addAccount(account).value_or(0);
    }

    // Waits for the service to finish a write and the model to show its result.
    bool waitForReload()
    {
        QSignalSpy loaded(m_model.get(), &FolderTreeModel::loaded);
        return loaded.wait();
    }

    QModelIndex localFolders() const { return m_model->index(3, 0); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_store.open(m_dir.path()), qPrintable(m_store.errorString()));
        m_work = addAccount(QStringLiteral("work"));
        m_home = addAccount(QStringLiteral("home"));
        QVERIFY(m_work > 0 && m_home > 0);
        m_workInbox = m_store.inboxOf(m_work).value_or(0);
        m_homeInbox = m_store.inboxOf(m_home).value_or(0);
        m_archive = m_store.folderId(QStringLiteral("Archive"), true).value_or(0);
        m_trash = m_store.trashFolder().value_or(0);
        m_projects = m_store.localFolder(QStringLiteral("Projects"), true).value_or(0);
        m_alpha = m_store.localFolder(QStringLiteral("alpha"), true).value_or(0);
        QVERIFY(m_workInbox && m_homeInbox && m_archive && m_trash && m_projects && m_alpha);
        m_unreadInWork = {add(m_workInbox, "one"), add(m_workInbox, "two")};
        add(m_workInbox, "three", true);
        add(m_homeInbox, "four");
        add(m_archive, "five", true);

        m_service = std::make_unique<Store::ArchiveService>(m_dir.path());
        m_model = std::make_unique<FolderTreeModel>(m_service.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_model.get(), &FolderTreeModel::loaded);
        m_service->open();
        QVERIFY(loaded.wait());
        QVERIFY(m_model->isLoaded());
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
        m_service.reset();
    }

    void showsThunderbirdsLayout()
    {
        QCOMPARE(childNames(*m_model),
                 (QStringList {QStringLiteral("All Inboxes"), QStringLiteral("home"),
                               QStringLiteral("work"), QStringLiteral("Local Folders")}));
        const QModelIndex all = m_model->index(0, 0);
        QCOMPARE(all, m_model->allInboxesIndex());
        QCOMPARE(m_model->rowCount(all), 0);
        QCOMPARE(all.data(FolderTreeModel::ListQueryRole).value<Store::ListQuery>().scope,
                 Store::ListQuery::Scope::AllInboxes);

        const QModelIndex work = m_model->index(2, 0);
        QCOMPARE(work.data(FolderTreeModel::NodeKindRole).toInt(),
                 int(FolderTreeModel::NodeKind::Account));
        QCOMPARE(work.data(FolderTreeModel::AccountIdRole).toLongLong(), m_work);
        QVERIFY(!work.data(FolderTreeModel::ListQueryRole).isValid());
        QCOMPARE(childNames(*m_model, work), QStringList {QStringLiteral("Inbox")});
        const QModelIndex workInbox = m_model->index(0, 0, work);
        QCOMPARE(workInbox, m_model->indexOfFolder(m_workInbox));
        QCOMPARE(workInbox.data(FolderTreeModel::FolderIdRole).toLongLong(), m_workInbox);
        QCOMPARE(workInbox.data(FolderTreeModel::FolderRoleRole).toInt(),
                 int(Store::FolderRole::Inbox));
        const auto query = workInbox.data(FolderTreeModel::ListQueryRole).value<Store::ListQuery>();
        QCOMPARE(query.scope, Store::ListQuery::Scope::Folder);
        QCOMPARE(query.folderId, m_workInbox);
        QCOMPARE(m_model->folder(workInbox)->path, QStringLiteral("work/Inbox"));
        QCOMPARE(m_model->indexOfFolder(m_homeInbox).parent(), m_model->index(1, 0));

        QCOMPARE(localFolders().data(FolderTreeModel::FolderRoleRole).toInt(),
                 int(Store::FolderRole::Root));
        QCOMPARE(childNames(*m_model, localFolders()),
                 (QStringList {QStringLiteral("Archive"), QStringLiteral("Trash"),
                               QStringLiteral("alpha"), QStringLiteral("Projects")}));
        QVERIFY(!m_model->index(1, 0, localFolders()).data(Qt::DecorationRole).isNull());
    }

    void showsUnreadCountsInBold()
    {
        const QModelIndex workInbox = m_model->indexOfFolder(m_workInbox);
        QCOMPARE(unread(workInbox), 2);
        QCOMPARE(workInbox.data(FolderTreeModel::TotalRole).toInt(), 3);
        QVERIFY(isBold(workInbox));
        QCOMPARE(workInbox.data(Qt::ToolTipRole).toString(), QStringLiteral("2 unread of 3"));
        QCOMPARE(unread(m_model->allInboxesIndex()), 3);
        QVERIFY(isBold(m_model->allInboxesIndex()));
        const QModelIndex archive = m_model->indexOfFolder(m_archive);
        QCOMPARE(unread(archive), 0);
        QVERIFY(!isBold(archive));

        m_model->setUnreadCountShown(true);
        QCOMPARE(name(workInbox), QStringLiteral("Inbox (2)"));
        QCOMPARE(name(archive), QStringLiteral("Archive"));
        m_model->setUnreadCountShown(false);
        QCOMPARE(name(workInbox), QStringLiteral("Inbox"));
    }

    void countsFollowFlags()
    {
        const QPersistentModelIndex workInbox = m_model->indexOfFolder(m_workInbox);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_service->setFlag(m_unreadInWork, Store::MessageFlag::Read, true);
        QTRY_COMPARE(unread(workInbox), 0);
        QVERIFY(!isBold(workInbox));
        QCOMPARE(unread(m_model->allInboxesIndex()), 1);
        QVERIFY(changed.count() >= 2); // the inbox and All Inboxes
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);

        m_service->setFlag(m_unreadInWork, Store::MessageFlag::Read, false);
        QTRY_COMPARE(unread(workInbox), 2);
        QVERIFY(isBold(workInbox));
    }

    void foldersComeAndGoInPlace()
    {
        const QPersistentModelIndex archive = m_model->indexOfFolder(m_archive);
        const QPersistentModelIndex projects = m_model->indexOfFolder(m_projects);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);

        m_service->createFolder(QStringLiteral("Beta"));
        QVERIFY(waitForReload());
        QCOMPARE(childNames(*m_model, localFolders()),
                 (QStringList {QStringLiteral("Archive"), QStringLiteral("Trash"),
                               QStringLiteral("alpha"), QStringLiteral("Beta"),
                               QStringLiteral("Projects")}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(projects.row(), 4);

        // Renamed: moves to its new place, keeps its index.
        const QPersistentModelIndex alpha = m_model->indexOfFolder(m_alpha);
        m_service->renameFolder(m_alpha, QStringLiteral("zulu"));
        QVERIFY(waitForReload());
        QCOMPARE(childNames(*m_model, localFolders()),
                 (QStringList {QStringLiteral("Archive"), QStringLiteral("Trash"),
                               QStringLiteral("Beta"), QStringLiteral("Projects"),
                               QStringLiteral("zulu")}));
        QVERIFY(moved.count() >= 1);
        QCOMPARE(alpha.row(), 4);
        QCOMPARE(name(alpha), QStringLiteral("zulu"));

        const qint64 beta =
            m_model->index(2, 0, localFolders()).data(FolderTreeModel::FolderIdRole).toLongLong();
        m_service->deleteFolder(beta);
        QVERIFY(waitForReload());
        QCOMPARE(childNames(*m_model, localFolders()),
                 (QStringList {QStringLiteral("Archive"), QStringLiteral("Trash"),
                               QStringLiteral("Projects"), QStringLiteral("zulu")}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(archive.data(FolderTreeModel::FolderIdRole).toLongLong(), m_archive);
        QCOMPARE(projects.data(FolderTreeModel::FolderIdRole).toLongLong(), m_projects);
        QCOMPARE(projects.row(), 2);
    }

    void dropsMoveOrCopyMessages()
    {
        const qint64 id = add(m_workInbox, "to be moved");
        m_service->notifyChanged();
        QVERIFY(waitForReload());

        QMimeData mime;
        mime.setData(QString::fromLatin1(MessageListModel::messageIdsMimeType),
                     MessageListModel::encodeMessageIds({id}));
        const QPersistentModelIndex archive = m_model->indexOfFolder(m_archive);
        const QPersistentModelIndex projects = m_model->indexOfFolder(m_projects);
        QVERIFY(m_model->flags(archive).testFlag(Qt::ItemIsDropEnabled));
        QVERIFY(m_model->canDropMimeData(&mime, Qt::MoveAction, -1, -1, archive));
        QVERIFY(!m_model->canDropMimeData(&mime, Qt::MoveAction, 0, 0, archive));
        QVERIFY(
            !m_model->canDropMimeData(&mime, Qt::MoveAction, -1, -1, m_model->allInboxesIndex()));
        QVERIFY(!m_model->canDropMimeData(&mime, Qt::MoveAction, -1, -1, m_model->index(1, 0)));
        QVERIFY(!m_model->canDropMimeData(&mime, Qt::MoveAction, -1, -1, localFolders()));
        QMimeData other;
        other.setText(QStringLiteral("1"));
        QVERIFY(!m_model->canDropMimeData(&other, Qt::MoveAction, -1, -1, archive));
        QVERIFY(m_model->mimeTypes().contains(
            QString::fromLatin1(MessageListModel::messageIdsMimeType)));

        const int archivedBefore = archive.data(FolderTreeModel::TotalRole).toInt();
        QSignalSpy changed(m_service.get(), &Store::ArchiveService::changed);
        QVERIFY(m_model->dropMimeData(&mime, Qt::MoveAction, -1, -1, archive));
        QVERIFY(changed.wait());
        {
            Store::MessageStore fresh;
            QVERIFY(fresh.open(m_dir.path()));
            QCOMPARE(fresh.message(id)->folderId, m_archive);
        }
        QTRY_COMPARE(archive.data(FolderTreeModel::TotalRole).toInt(), archivedBefore + 1);

        QVERIFY(m_model->dropMimeData(&mime, Qt::CopyAction, -1, -1, projects));
        QVERIFY(changed.wait());
        {
            Store::MessageStore fresh;
            QVERIFY(fresh.open(m_dir.path()));
            QCOMPARE(fresh.message(id)->folderId, m_archive);
            QCOMPARE(fresh.messageIds(m_projects).size(), 1);
        }
        QTRY_COMPARE(projects.data(FolderTreeModel::TotalRole).toInt(), 1);
    }
};

QTEST_MAIN(TestFolderTreeModel)
#include "tst_foldertreemodel.moc"
