#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include "accountmanager.h"
#include "appsettings.h"
#include "archiverecoveryprompt.h"
#include "checkcontroller.h"
#include "errorbanner.h"
#include "foldertreemodel.h"
#include "messagelistmodel.h"
#include "readingpane.h"
#include "satchel/version.h"
#include "searchfield.h"
#include "settingsdialog.h"
#include "store/archiveservice.h"
#include "store/mailtransfer.h"
#include "store/messagestore.h"

MainWindow::MainWindow(const QString &profileDir, QWidget *parent)
    : QMainWindow(parent)
    , m_profileDir(profileDir)
    , m_settings(std::make_unique<AppSettings>(profileDir))
    , m_archive(new Store::ArchiveService(profileDir, this))
{
    setWindowTitle(QApplication::applicationDisplayName());
    setWindowIcon(QIcon(QStringLiteral(":/icons/satchel.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    m_checks = new CheckController(*m_archive, profileDir, *m_settings, this);
    m_folderModel = new FolderTreeModel(m_archive, this);
    m_folderModel->setUnreadCountShown(true);
    m_listModel = new MessageListModel(m_archive, this);

    createWidgets();
    m_accountManager = new AccountManager(*m_archive, *m_checks, *m_settings, *m_banner, this);
    connect(m_accountManager, &AccountManager::accountAdded, this, [this](const QString &name) {
        m_accountToCheck = name;
        m_archive->requestAccounts();
    });
    connect(m_accountManager, &AccountManager::accountsChanged, m_archive,
            &Store::ArchiveService::requestAccounts);
    createActions();
    restoreState();

    connect(m_archive, &Store::ArchiveService::opened, this, &MainWindow::onOpened);
    connect(m_archive, &Store::ArchiveService::accountsLoaded, this,
            [this](quint64, const QList<Store::Account> &accounts) { onAccountsLoaded(accounts); });
    connect(m_archive, &Store::ArchiveService::foldersLoaded, this,
            [this](quint64, const QList<Store::Folder> &folders) { m_folders = folders; });
    connect(m_archive, &Store::ArchiveService::messageLoaded, this, &MainWindow::onMessageLoaded);
    connect(m_archive, &Store::ArchiveService::failed, this,
            [this](const QString &error) { m_banner->showError(error, {}); });
    auto *recovery = new ArchiveRecoveryPrompt(profileDir, *m_banner, this);
    connect(m_archive, &Store::ArchiveService::damaged, recovery,
            &ArchiveRecoveryPrompt::offerRecovery);
    connect(m_archive, &Store::ArchiveService::changed, this, [this] {
        m_archive->requestAccounts();
        updateActions();
    });
    connect(m_checks, &CheckController::statusChanged, this, [this](const QString &text) {
        //: Status bar: nothing is going on.
        m_status->setText(text.isEmpty() ? tr("Ready") : text);
    });
    connect(m_checks, &CheckController::busyChanged, this, [this] { updateActions(); });
    connect(m_checks, &CheckController::checkFailed, m_banner, &ErrorBanner::showError);
    connect(m_checks, &CheckController::newMessages, this, [this](int count) {
        if (QSystemTrayIcon::isSystemTrayAvailable() && !isActiveWindow()) {
            auto *tray = findChild<QSystemTrayIcon *>();
            if (!tray) {
                tray = new QSystemTrayIcon(windowIcon(), this);
                connect(tray, &QSystemTrayIcon::activated, this, &MainWindow::raiseWindow);
                tray->show();
            }
            tray->showMessage(tr("Satchel"), tr("%n new message(s)", nullptr, count));
        }
    });
    connect(m_listModel, &MessageListModel::searchError, this,
            [this](const QString &error) { m_status->setText(error); });
    connect(m_listModel, &MessageListModel::loaded, this, [this] {
        if (m_listModel->isSearch())
            m_status->setText(tr("%n message(s) found", nullptr, m_listModel->searchTotal()));
    });

    m_markReadTimer.setSingleShot(true);
    connect(&m_markReadTimer, &QTimer::timeout, this, [this] {
        if (m_shownId != 0)
            m_archive->setFlag({m_shownId}, Store::MessageFlag::Read, true);
    });
    m_selectionDelay.setSingleShot(true);
    m_selectionDelay.setInterval(60);
    connect(&m_selectionDelay, &QTimer::timeout, this, &MainWindow::onSelectionChanged);

    m_archive->open();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_banner = new ErrorBanner(this);
    m_emptyNote = new QLabel(
        tr("<b>No account yet.</b> Add one with File › Add Account…, which finds the server "
           "settings and tests them. Imported mail (File › Import) can be read without an "
           "account."),
        this);
    m_emptyNote->setObjectName(QStringLiteral("noAccountNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setContentsMargins(8, 6, 8, 6);
    m_emptyNote->hide();

    m_folderView = new QTreeView(this);
    m_folderView->setObjectName(QStringLiteral("folderView"));
    m_folderView->setModel(m_folderModel);
    m_folderView->setHeaderHidden(true);
    m_folderView->setAcceptDrops(true);
    m_folderView->setDropIndicatorShown(true);
    m_folderView->setDragDropMode(QAbstractItemView::DropOnly);
    m_folderView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_folderModel, &QAbstractItemModel::rowsInserted, m_folderView,
            [this] { m_folderView->expandAll(); });

    m_search = new SearchField(this);
    connect(m_search, &SearchField::searchRequested, this, [this](const QString &query) {
        if (query.isEmpty())
            onFolderChanged();
        else
            m_listModel->setSearch(query);
    });

    m_listView = new QTreeView(this);
    m_listView->setObjectName(QStringLiteral("messageList"));
    m_listView->setModel(m_listModel);
    m_listView->setRootIsDecorated(false);
    m_listView->setUniformRowHeights(true); // rows can be laid out without loading them
    m_listView->setAllColumnsShowFocus(true);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->header()->setSortIndicator(MessageListModel::DateColumn, Qt::DescendingOrder);
    m_listView->setSortingEnabled(true);
    m_listView->setColumnHidden(MessageListModel::FolderColumn, true);
    connect(m_listModel, &MessageListModel::folderColumnChanged, m_listView, [this](bool shown) {
        m_listView->setColumnHidden(MessageListModel::FolderColumn, !shown);
    });
    m_listView->setDragEnabled(true);
    m_listView->setDragDropMode(QAbstractItemView::DragOnly);
    m_listView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_listView->header()->setStretchLastSection(false);
    m_listView->header()->setSectionResizeMode(MessageListModel::SubjectColumn,
                                               QHeaderView::Stretch);
    for (const int narrow : {MessageListModel::ReadColumn, MessageListModel::FlaggedColumn,
                             MessageListModel::AttachmentColumn})
        m_listView->header()->resizeSection(narrow, 24);
    m_listView->header()->resizeSection(MessageListModel::FromColumn, 200);
    m_listView->header()->resizeSection(MessageListModel::DateColumn, 150);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_selectionDelay.start(); });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_selectionDelay.start(); });
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_search->clear();
        onFolderChanged();
    });

    m_pane = new ReadingPane(this);
    m_pane->setAlwaysLoadRemoteFrom(m_settings->alwaysLoadRemoteFrom());
    m_pane->setPreferPlainText(m_settings->preferPlainText());
    connect(m_pane, &ReadingPane::alwaysLoadRemoteRequested, this, [this](const QString &sender) {
        m_settings->addAlwaysLoadRemoteFrom(sender);
        m_pane->setAlwaysLoadRemoteFrom(m_settings->alwaysLoadRemoteFrom());
    });

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_listView);

    m_inner = new QSplitter(this);
    m_inner->setObjectName(QStringLiteral("listAndPane"));
    m_inner->addWidget(listPane);
    m_inner->addWidget(m_pane);
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("foldersAndRest"));
    m_outer->addWidget(m_folderView);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_outer, 1);
    setCentralWidget(central);

    m_status = new QLabel(tr("Opening the archive…"), this);
    statusBar()->addWidget(m_status, 1);
    applyLayout();
}

void MainWindow::applyLayout()
{
    const bool wide = m_settings->layout() == AppSettings::Layout::Wide;
    m_inner->setOrientation(wide ? Qt::Horizontal : Qt::Vertical);
}

void MainWindow::createActions()
{
    const auto add = [this](const QString &name, const QString &text, const QString &icon,
                            const QKeySequence &shortcut, auto slot) {
        // The theme's icon where there is one, else Satchel's own (resources/icons).
        const QString own = QStringLiteral(":/icons/%1.svg").arg(icon);
        auto *action = new QAction(
            QIcon::fromTheme(icon, QFile::exists(own) ? QIcon(own) : QIcon()), text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(name, action);
        return action;
    };
    add(QStringLiteral("actionAddAccount"), tr("Add &Account…"), QStringLiteral("list-add"),
        QKeySequence(), [this] { m_accountManager->addAccount(); });
    add(QStringLiteral("actionAccountSettings"), tr("Account &Settings…"),
        QStringLiteral("configure"), QKeySequence(), [this] {
            m_accountManager->editAccount(
                m_folderView->currentIndex().data(FolderTreeModel::AccountIdRole).toLongLong());
        });
    QAction *get = add(QStringLiteral("actionGetMessages"), tr("&Get Messages"),
                       QStringLiteral("get-messages"), QKeySequence(Qt::Key_F5),
                       [this] { m_checks->checkAll(); });
    get->setToolTip(tr("Check every account for new mail (F5)"));
    m_getMenu = new QMenu(this);
    get->setMenu(m_getMenu);
    add(QStringLiteral("actionCancel"), tr("&Stop Checking"), QStringLiteral("stop"),
        QKeySequence(Qt::Key_Escape | Qt::ShiftModifier), [this] { m_checks->cancelAll(); });
    add(QStringLiteral("actionMarkRead"), tr("Mark as &Read"), QStringLiteral("mark-read"),
        QKeySequence(Qt::Key_R), [this] { markRead(true); });
    add(QStringLiteral("actionMarkUnread"), tr("Mark as &Unread"),
        QStringLiteral("mail-mark-unread"), QKeySequence(Qt::Key_U), [this] { markRead(false); });
    add(QStringLiteral("actionFlag"), tr("&Flag"), QStringLiteral("flag"), QKeySequence(Qt::Key_S),
        [this] { toggleFlag(); });
    add(QStringLiteral("actionDelete"), tr("&Delete"), QStringLiteral("delete"),
        QKeySequence::Delete, [this] { deleteSelected(false); });
    add(QStringLiteral("actionDeletePermanently"), tr("Delete &Permanently…"),
        QStringLiteral("edit-delete"), QKeySequence(Qt::ShiftModifier | Qt::Key_Delete),
        [this] { deleteSelected(true); });
    add(QStringLiteral("actionArchive"), tr("&Archive"), QStringLiteral("archive"),
        QKeySequence(Qt::Key_A), [this] { archiveSelected(); });
    add(QStringLiteral("actionMove"), tr("&Move to Folder…"), QStringLiteral("mail-move"),
        QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_M),
        [this] { moveOrCopySelected(false); });
    add(QStringLiteral("actionCopy"), tr("&Copy to Folder…"), QStringLiteral("edit-copy"),
        QKeySequence(), [this] { moveOrCopySelected(true); });
    add(QStringLiteral("actionNextUnread"), tr("&Next Unread"), QStringLiteral("go-down"),
        QKeySequence(Qt::Key_N), [this] { goToUnread(1); });
    add(QStringLiteral("actionPreviousUnread"), tr("Pre&vious Unread"), QStringLiteral("go-up"),
        QKeySequence(Qt::Key_P), [this] { goToUnread(-1); });
    QAction *undo = add(QStringLiteral("actionUndo"), tr("&Undo"), QStringLiteral("edit-undo"),
                        QKeySequence::Undo, [this] { undoMove(); });
    undo->setEnabled(false);
    add(QStringLiteral("actionSearch"), tr("&Search"), QStringLiteral("edit-find"),
        QKeySequence::Find, [this] {
            m_search->setFocus();
            m_search->selectAll();
        });
    add(QStringLiteral("actionNewFolder"), tr("&New Folder…"), QStringLiteral("folder-new"),
        QKeySequence(), [this] { newFolder(); });
    add(QStringLiteral("actionRenameFolder"), tr("&Rename Folder…"), QString(), QKeySequence(),
        [this] { renameFolder(); });
    add(QStringLiteral("actionDeleteFolder"), tr("&Delete Folder…"), QString(), QKeySequence(),
        [this] { deleteFolder(); });
    add(QStringLiteral("actionEmptyTrash"), tr("&Empty Trash…"), QStringLiteral("trash-empty"),
        QKeySequence(), [this] { emptyTrash(); });
    add(QStringLiteral("actionExportSelected"), tr("E&xport Selected Messages…"), QString(),
        QKeySequence(), [this] { exportMessages(false); });
    add(QStringLiteral("actionExportFolder"), tr("Export &Folder…"), QString(), QKeySequence(),
        [this] { exportMessages(true); });
    add(QStringLiteral("actionExportEml"), tr("Export Selected as .&eml Files…"), QString(),
        QKeySequence(), [this] { exportEmlFiles(); });
    add(QStringLiteral("actionImport"), tr("&Import mbox or .eml…"),
        QStringLiteral("document-import"), QKeySequence(), [this] { importMessages(); });
    add(QStringLiteral("actionImportMaildir"), tr("Import &Maildir…"), QString(), QKeySequence(),
        [this] { importMaildir(); });
    add(QStringLiteral("actionSettings"), tr("Se&ttings…"), QStringLiteral("configure"),
        QKeySequence::Preferences, [this] { showSettings(); });
    QAction *quit =
        add(QStringLiteral("actionQuit"), tr("&Quit"), QStringLiteral("application-exit"),
            QKeySequence::Quit, [] { QApplication::closeAllWindows(); });
    quit->setMenuRole(QAction::QuitRole);
    add(QStringLiteral("actionAbout"), tr("&About Satchel"), QString(), QKeySequence(),
        [this] { showAbout(); });

    const auto a = [this](const char *name) {
        return m_actions.value(QLatin1String(name));
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a("actionGetMessages"), a("actionCancel")});
    file->addSeparator();
    file->addAction(a("actionAddAccount"));
    m_accountsMenu = file->addMenu(tr("A&ccount Settings"));
    m_accountsMenu->setObjectName(QStringLiteral("accountSettingsMenu"));
    file->addSeparator();
    file->addActions({a("actionImport"), a("actionImportMaildir"), a("actionExportSelected"),
                      a("actionExportEml"), a("actionExportFolder")});
    file->addSeparator();
    file->addAction(a("actionQuit"));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a("actionUndo"), a("actionSearch"), a("actionSettings")});
    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->addActions({a("actionMarkRead"), a("actionMarkUnread"), a("actionFlag")});
    message->addSeparator();
    message->addActions({a("actionArchive"), a("actionMove"), a("actionCopy"), a("actionDelete"),
                         a("actionDeletePermanently")});
    message->addSeparator();
    message->addActions({a("actionNextUnread"), a("actionPreviousUnread")});
    QMenu *folder = menuBar()->addMenu(tr("F&older"));
    folder->addActions({a("actionNewFolder"), a("actionRenameFolder"), a("actionDeleteFolder"),
                        a("actionEmptyTrash")});
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a("actionAbout"));

    //: The name of the main toolbar (shown in the toolbar's context menu).
    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({a("actionGetMessages"), a("actionCancel")});
    toolbar->addSeparator();
    toolbar->addActions(
        {a("actionArchive"), a("actionDelete"), a("actionFlag"), a("actionMarkRead")});

    m_listView->addActions({a("actionMarkRead"), a("actionMarkUnread"), a("actionFlag"),
                            a("actionArchive"), a("actionMove"), a("actionCopy"), a("actionDelete"),
                            a("actionDeletePermanently"), a("actionExportSelected")});
    m_folderView->addActions({a("actionNewFolder"), a("actionRenameFolder"),
                              a("actionDeleteFolder"), a("actionEmptyTrash"),
                              a("actionExportFolder"), a("actionAccountSettings")});
}

void MainWindow::restoreState()
{
    resize(1100, 720);
    restoreGeometry(m_settings->value(QStringLiteral("geometry")));
    QMainWindow::restoreState(m_settings->value(QStringLiteral("windowState")));
    if (!m_outer->restoreState(m_settings->value(QStringLiteral("outerSplitter"))))
        m_outer->setSizes({220, 880});
    if (!m_inner->restoreState(m_settings->value(QStringLiteral("innerSplitter"))))
        m_inner->setSizes({300, 420});
    applyLayout(); // the saved state carries an orientation; the setting wins
    m_listView->header()->restoreState(m_settings->value(QStringLiteral("listColumns")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("windowState"), saveState());
    m_settings->setValue(QStringLiteral("outerSplitter"), m_outer->saveState());
    m_settings->setValue(QStringLiteral("innerSplitter"), m_inner->saveState());
    m_settings->setValue(QStringLiteral("listColumns"), m_listView->header()->saveState());
    m_checks->cancelAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::openFolderNamed(const QString &name)
{
    const auto open = [this, name] {
        const QModelIndexList found =
            m_folderModel->match(m_folderModel->index(0, 0), FolderTreeModel::NameRole, name, 1,
                                 Qt::MatchRecursive | Qt::MatchExactly);
        if (found.isEmpty())
            return false;
        m_folderView->setCurrentIndex(found.first());
        return true;
    };
    if (open())
        return;
    // The folders are still on their way.
    auto *once = new QObject(this);
    connect(m_folderModel, &QAbstractItemModel::rowsInserted, once, [once, open] {
        if (open())
            once->deleteLater();
    });
}

void MainWindow::searchFor(const QString &query)
{
    m_search->setText(query);
    m_listModel->setSearch(query);
}

void MainWindow::selectRow(int row)
{
    const auto select = [this, row] {
        if (row >= m_listModel->rowCount())
            return false;
        m_listView->setCurrentIndex(m_listModel->index(row, 0));
        return true;
    };
    if (select())
        return;
    auto *once = new QObject(this);
    connect(m_listModel, &MessageListModel::loaded, once, [once, select] {
        if (select())
            once->deleteLater();
    });
}

void MainWindow::onOpened(bool ok, const QString &error)
{
    if (!ok) {
        m_banner->showError(tr("The mail archive cannot be opened: %1").arg(error), {});
        m_status->setText(tr("No archive"));
        return;
    }
    //: Status bar: nothing is going on.
    m_status->setText(tr("Ready"));
    m_archive->requestAccounts(); // the folders come with the folder tree's request
}

void MainWindow::onAccountsLoaded(const QList<Store::Account> &accounts)
{
    const bool first = m_accounts.isEmpty() && !accounts.isEmpty();
    const bool firstLoad =
        !m_listModel->rowCount() && m_folderView->currentIndex() == QModelIndex();
    m_accounts = accounts;
    m_checks->setAccounts(accounts);
    m_accountManager->setAccounts(accounts);
    m_emptyNote->setVisible(accounts.isEmpty());
    m_getMenu->clear();
    for (const Store::Account &account : accounts) {
        m_getMenu->addAction(account.name, this,
                             [this, id = account.id] { m_checks->checkAccount(id); });
    }
    m_accountsMenu->clear();
    for (const Store::Account &account : accounts) {
        m_accountsMenu->addAction(account.name, this,
                                  [this, id = account.id] { m_accountManager->editAccount(id); });
    }
    m_accountsMenu->setEnabled(!accounts.isEmpty());
    if (firstLoad && m_folderModel->rowCount() > 0)
        m_folderView->setCurrentIndex(m_folderModel->index(0, 0));
    if (first)
        m_checks->checkAll(false); // the check on start
    for (const Store::Account &account : accounts) {
        if (!first && !m_accountToCheck.isEmpty() && account.name == m_accountToCheck)
            m_checks->checkAccount(account.id); // just added by the wizard
    }
    m_accountToCheck.clear();
    if (!m_accountsSeen && accounts.isEmpty() && !qEnvironmentVariableIsSet("SATCHEL_NO_WIZARD"))
        QTimer::singleShot(0, m_accountManager,
                           &AccountManager::addAccount); // first start: set one up
    m_accountsSeen = true;
    updateActions();
}

void MainWindow::onFolderChanged()
{
    const QModelIndex index = m_folderView->currentIndex();
    const QVariant query = index.data(FolderTreeModel::ListQueryRole);
    if (!query.isValid())
        return;
    Store::ListQuery listQuery = query.value<Store::ListQuery>();
    const QHeaderView *header = m_listView->header();
    const QList<Store::SortColumn> columns {
        Store::SortColumn::Read, Store::SortColumn::Flagged, Store::SortColumn::Attachments,
        Store::SortColumn::From, Store::SortColumn::Subject, Store::SortColumn::Date,
        Store::SortColumn::Size};
    if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < columns.size()) {
        listQuery.column = columns.at(header->sortIndicatorSection());
        listQuery.order = header->sortIndicatorOrder();
    }
    m_listModel->setQuery(listQuery);
    m_pane->clear();
    m_shownId = 0;
    updateActions();
}

void MainWindow::onSelectionChanged()
{
    updateActions();
    const QList<qint64> ids = selectedIds();
    const QModelIndex current = m_listView->currentIndex();
    const qint64 id = current.isValid() && ids.size() == 1
        ? current.data(MessageListModel::MessageIdRole).toLongLong()
        : 0;
    if (id == m_shownId)
        return;
    m_markReadTimer.stop();
    m_shownId = id;
    if (id == 0) {
        m_pane->clear();
        return;
    }
    m_messageToken = m_archive->requestMessage(id);
}

void MainWindow::onMessageLoaded(quint64 token, const Store::LoadedMessage &message)
{
    if (token != m_messageToken || message.summary.id != m_shownId)
        return; // the user has moved on
    m_pane->showMessage(message.summary, message.raw, message.parsed);
    m_pane->setServerRetention(message.leavesServerAt);
    if (m_settings->remoteContent() == AppSettings::RemoteContent::Always)
        m_pane->loadRemoteContent();
    const int delay = m_settings->markReadDelaySeconds();
    if (!message.summary.flags.read && delay >= 0)
        m_markReadTimer.start(delay * 1000);
    Q_EMIT messageShown(message.summary.id);
}

QList<qint64> MainWindow::selectedIds() const
{
    return m_listModel->ids(m_listView->selectionModel()->selectedRows());
}

qint64 MainWindow::currentFolderId() const
{
    return m_folderView->currentIndex().data(FolderTreeModel::FolderIdRole).toLongLong();
}

std::optional<qint64> MainWindow::folderWithRole(int role) const
{
    for (const Store::Folder &folder : m_folders) {
        if (int(folder.role) == role)
            return folder.id;
    }
    return std::nullopt;
}

void MainWindow::updateActions()
{
    const bool any = !selectedIds().isEmpty();
    for (const char *name : {"actionMarkRead", "actionMarkUnread", "actionFlag", "actionDelete",
                             "actionDeletePermanently", "actionArchive", "actionMove", "actionCopy",
                             "actionExportSelected", "actionExportEml"})
        m_actions.value(QLatin1String(name))->setEnabled(any);
    const int role = m_folderView->currentIndex().data(FolderTreeModel::FolderRoleRole).toInt();
    const bool userFolder = currentFolderId() != 0 && role == int(Store::FolderRole::User);
    m_actions.value(QStringLiteral("actionRenameFolder"))->setEnabled(userFolder);
    m_actions.value(QStringLiteral("actionDeleteFolder"))->setEnabled(userFolder);
    m_actions.value(QStringLiteral("actionExportFolder"))->setEnabled(currentFolderId() != 0);
    m_actions.value(QStringLiteral("actionGetMessages"))->setEnabled(!m_accounts.isEmpty());
    m_actions.value(QStringLiteral("actionAccountSettings"))
        ->setEnabled(m_folderView->currentIndex().data(FolderTreeModel::AccountIdRole).toLongLong()
                     != 0);
    m_actions.value(QStringLiteral("actionCancel"))->setEnabled(m_checks->isBusy());
}

void MainWindow::markRead(bool read)
{
    m_markReadTimer.stop();
    m_archive->setFlag(selectedIds(), Store::MessageFlag::Read, read);
}

void MainWindow::toggleFlag()
{
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    const bool allFlagged = std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex &index) {
        return index.data(MessageListModel::FlaggedRole).toBool();
    });
    m_archive->setFlag(selectedIds(), Store::MessageFlag::Flagged, !allFlagged);
}

void MainWindow::deleteSelected(bool permanently)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (permanently) {
        if (QMessageBox::question(this, tr("Delete permanently"),
                                  tr("Delete %n message(s) permanently? This cannot be undone.",
                                     nullptr, int(ids.size())))
            != QMessageBox::Yes)
            return;
        // Two steps through Trash: the store deletes for good what is already there.
        const std::optional<qint64> trash = folderWithRole(int(Store::FolderRole::Trash));
        m_archive->write([ids, trash](Store::MessageStore &store) {
            for (const qint64 id : ids) {
                const std::optional<Store::MessageSummary> m = store.message(id);
                if (m && trash && m->folderId != *trash && !store.moveMessage(id, *trash))
                    return false;
                if (!store.deleteMessage(id))
                    return false;
            }
            return true;
        });
        return;
    }
    // Messages already in the Trash are deleted for good by the store (after a confirmation
    // here); the others move there and can be moved back with Undo.
    const std::optional<qint64> trash = folderWithRole(int(Store::FolderRole::Trash));
    if (trash && currentFolderId() == *trash) {
        if (QMessageBox::question(this, tr("Delete permanently"),
                                  tr("Delete %n message(s) from the Trash permanently? This "
                                     "cannot be undone.",
                                     nullptr, int(ids.size())))
            == QMessageBox::Yes)
            m_archive->deleteMessages(ids);
        return;
    }
    if (trash)
        //: Names the step in "Undo %1" (a verb, as in the Edit menu's "Undo Delete").
        moveSelectedTo(*trash, tr("Delete"));
}

void MainWindow::moveSelectedTo(qint64 folderId, const QString &what)
{
    Moved moved;
    moved.what = what;
    for (const QModelIndex &row : m_listView->selectionModel()->selectedRows()) {
        const qint64 from = row.data(MessageListModel::FolderIdRole).toLongLong();
        if (from == 0 || from == folderId)
            continue; // not loaded yet, or already there
        moved.ids.append(row.data(MessageListModel::MessageIdRole).toLongLong());
        moved.fromFolders.append(from);
    }
    if (moved.ids.isEmpty())
        return;
    m_archive->moveMessages(moved.ids, folderId);
    m_lastMove = moved;
    QAction *undo = m_actions.value(QStringLiteral("actionUndo"));
    undo->setText(tr("&Undo %1").arg(what));
    undo->setEnabled(true);
    m_status->setText(
        tr("%1: %n message(s). Undo with Ctrl+Z.", nullptr, int(moved.ids.size())).arg(what));
}

void MainWindow::undoMove()
{
    const Moved moved = std::exchange(m_lastMove, {});
    m_actions.value(QStringLiteral("actionUndo"))->setEnabled(false);
    m_actions.value(QStringLiteral("actionUndo"))->setText(tr("&Undo"));
    const QList<qint64> ids = moved.ids;
    const QList<qint64> folders = moved.fromFolders;
    m_archive->write([ids, folders](Store::MessageStore &store) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (!store.moveMessage(ids.at(i), folders.at(i)))
                return false;
        }
        return true;
    });
}

void MainWindow::archiveSelected()
{
    if (const std::optional<qint64> archive = folderWithRole(int(Store::FolderRole::Archive)))
        //: Names the step in "Undo %1" (a verb: "Undo Archive").
        moveSelectedTo(*archive, tr("Archive"));
}

void MainWindow::moveOrCopySelected(bool copy)
{
    QStringList paths;
    QList<qint64> ids;
    for (const Store::Folder &folder : std::as_const(m_folders)) {
        if (folder.role == Store::FolderRole::Root)
            continue;
        paths.append(folder.path);
        ids.append(folder.id);
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, copy ? tr("Copy to folder") : tr("Move to folder"),
                              tr("Folder:"), paths, 0, false, &ok);
    if (!ok)
        return;
    const qint64 folderId = ids.value(paths.indexOf(chosen));
    if (copy)
        m_archive->copyMessages(selectedIds(), folderId);
    else
        //: Names the step in "Undo %1" (a verb: "Undo Move").
        moveSelectedTo(folderId, tr("Move"));
}

void MainWindow::newFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New folder"),
                                               tr("Name of the new folder in Local Folders:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_archive->createFolder(name.trimmed());
}

void MainWindow::renameFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename folder"), tr("New name:"), QLineEdit::Normal,
        m_folderView->currentIndex().data(FolderTreeModel::NameRole).toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        m_archive->renameFolder(currentFolderId(), name.trimmed());
}

void MainWindow::deleteFolder()
{
    if (QMessageBox::question(
            this, tr("Delete folder"),
            tr("Delete the folder \"%1\"? Its messages go to the Trash.")
                .arg(m_folderView->currentIndex().data(FolderTreeModel::NameRole).toString()))
        == QMessageBox::Yes)
        m_archive->deleteFolder(currentFolderId());
}

void MainWindow::emptyTrash()
{
    if (QMessageBox::question(this, tr("Empty Trash"),
                              tr("Delete every message in the Trash permanently?"))
        == QMessageBox::Yes)
        m_archive->emptyTrash();
}

void MainWindow::exportMessages(bool wholeFolder)
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export to mbox"), QString(),
                                                      tr("Mailbox files (*.mbox);;All files (*)"));
    if (file.isEmpty())
        return;
    const QList<qint64> ids = wholeFolder ? m_listModel->allIds() : selectedIds();
    m_status->setText(tr("Exporting %n message(s)…", nullptr, int(ids.size())));
    m_archive->run(
        [ids, file](Store::MessageStore &store) { return Store::exportToMbox(store, ids, file); });
}

void MainWindow::exportEmlFiles()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Export as .eml files into"));
    if (directory.isEmpty())
        return;
    const QList<qint64> ids = selectedIds();
    m_status->setText(tr("Exporting %n message(s)…", nullptr, int(ids.size())));
    m_archive->run([ids, directory](Store::MessageStore &store) {
        return Store::exportToEmlFiles(store, ids, directory);
    });
}

void MainWindow::importMaildir()
{
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Import a Maildir folder (the one holding cur and new)"));
    if (directory.isEmpty())
        return;
    const QString folder = QFileInfo(directory).fileName();
    m_status->setText(tr("Importing %1 into Local Folders/%1…").arg(folder));
    m_archive->run([directory, folder](Store::MessageStore &store) {
        return Store::importMaildir(store, directory, folder);
    });
}

void MainWindow::importMessages()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import mail"), QString(),
        tr("Mailbox files (*.mbox *.mbx *.mbs);;Message files (*.eml);;All files (*)"));
    if (file.isEmpty())
        return;
    const QString folder = QFileInfo(file).completeBaseName();
    m_status->setText(tr("Importing %1 into Local Folders/%1…").arg(folder));
    m_archive->run([file, folder](Store::MessageStore &store) {
        return Store::importFile(store, file, folder);
    });
}

void MainWindow::goToUnread(int step)
{
    const int rows = m_listModel->rowCount();
    int row = m_listView->currentIndex().isValid() ? m_listView->currentIndex().row() : -1;
    for (int i = 0; i < rows; ++i) {
        row += step;
        if (row < 0 || row >= rows)
            return;
        const QModelIndex index = m_listModel->index(row, 0);
        if (index.data(MessageListModel::UnreadRole).toBool()) {
            m_listView->setCurrentIndex(index);
            m_listView->scrollTo(index);
            return;
        }
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_checks->applySettings();
    applyLayout();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("<h3>Satchel %1</h3><p>A POP3 mail client for reading your mail offline "
                          "on one computer.</p><p>Profile: %2</p>")
                           .arg(Satchel::version(), m_profileDir.toHtmlEscaped()));
}
