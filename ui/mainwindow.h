#pragma once

#include <memory>

#include <QMainWindow>
#include <QTimer>

#include "store/archivetypes.h"

class AccountManager;
class AppSettings;
class CheckController;
class ErrorBanner;
class FolderTreeModel;
class MessageListModel;
class QLabel;
class QSplitter;
class QTreeView;
class ReadingPane;
class SearchField;

namespace Store {
class ArchiveService;
}

// The top-level window: folder tree, message list with the search field, and the reading pane
// in splitters, with the actions that work on them. It coordinates; the panes, the models and
// the controllers do the work, and every database access goes through ArchiveService.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const QString &profileDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the benchmark.
    [[nodiscard]] Store::ArchiveService &archive() { return *m_archive; }
    [[nodiscard]] CheckController &checks() { return *m_checks; }
    [[nodiscard]] MessageListModel &messageList() { return *m_listModel; }
    [[nodiscard]] FolderTreeModel &folderTree() { return *m_folderModel; }
    [[nodiscard]] qint64 shownMessageId() const { return m_shownId; }

    void raiseWindow(); // another start on this profile
    // Scripted use (screenshots, the benchmark): the first folder with this name, a search,
    // the message in this row of the list, each once the data is there.
    void openFolderNamed(const QString &name);
    void searchFor(const QString &query);
    void selectRow(int row);

Q_SIGNALS:
    void messageShown(qint64 id); // the reading pane shows this message now

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void restoreState();
    void applyLayout();

    void onOpened(bool ok, const QString &error);
    void onAccountsLoaded(const QList<Store::Account> &accounts);
    void onFolderChanged();
    void onSelectionChanged();
    void onMessageLoaded(quint64 token, const Store::LoadedMessage &message);
    void updateActions();

    [[nodiscard]] QList<qint64> selectedIds() const;
    [[nodiscard]] qint64 currentFolderId() const;
    [[nodiscard]] std::optional<qint64> folderWithRole(int role) const;
    // Moves the selected messages and remembers where they were, for Undo.
    void moveSelectedTo(qint64 folderId, const QString &what);
    void undoMove();
    void markRead(bool read);
    void toggleFlag();
    void deleteSelected(bool permanently);
    void archiveSelected();
    void moveOrCopySelected(bool copy);
    void newFolder();
    void renameFolder();
    void deleteFolder();
    void emptyTrash();
    void exportMessages(bool wholeFolder);
    void exportEmlFiles();
    void importMessages();
    void importMaildir();
    void goToUnread(int step);
    void showSettings();
    void showAbout();

    QString m_profileDir;
    std::unique_ptr<AppSettings> m_settings;
    Store::ArchiveService *m_archive = nullptr;
    CheckController *m_checks = nullptr;
    FolderTreeModel *m_folderModel = nullptr;
    MessageListModel *m_listModel = nullptr;

    ErrorBanner *m_banner = nullptr;
    QLabel *m_emptyNote = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    QTreeView *m_folderView = nullptr;
    SearchField *m_search = nullptr;
    QTreeView *m_listView = nullptr;
    ReadingPane *m_pane = nullptr;
    QLabel *m_status = nullptr;
    QList<Store::Account> m_accounts;
    QList<Store::Folder> m_folders;

    quint64 m_messageToken = 0;
    qint64 m_shownId = 0;
    QTimer m_markReadTimer;
    QTimer m_selectionDelay; // a burst of selection changes loads only the last message
    QHash<QString, QAction *> m_actions;
    struct Moved
    {
        QList<qint64> ids;
        QList<qint64> fromFolders;
        QString what; // "Delete", "Archive", "Move"
    };
    Moved m_lastMove;
    QMenu *m_getMenu = nullptr;
    QMenu *m_accountsMenu = nullptr; // Account Settings: one entry per account
    AccountManager *m_accountManager = nullptr;
    bool m_accountsSeen = false; // the first accountsLoaded has arrived
    QString m_accountToCheck; // added by the wizard: checked once the list has it
};
