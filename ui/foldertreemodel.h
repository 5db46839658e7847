#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QAbstractItemModel>

#include "store/archivetypes.h"

namespace Store {
class ArchiveService;
}

// The folder pane, as Thunderbird lays it out:
//
//   All Inboxes                 (every account's Inbox, ListQuery::Scope::AllInboxes)
//   <account>                   (one node per account, by name; not a folder)
//     Inbox
//   Local Folders               (the Root folder)
//     Archive
//     Trash
//     <user folders>            (alphabetically)
//
// Folders come from ArchiveService::requestFolders(); after ArchiveService::changed() they are
// read again and applied in place: dataChanged() for new counts or names, rows inserted, moved
// and removed for folders that came, were renamed or went. Only the first load inserts every row
// and nothing ever resets the model, so the selection and the expanded nodes survive.
//
// Folders with unread messages are bold (Qt::FontRole); the tooltip says "N unread of M". The
// display text is the plain name unless setUnreadCountShown(true) appends " (N)".
//
// Inboxes, Archive, Trash and user folders accept drops of MessageListModel::messageIdsMimeType:
// a move (Qt::MoveAction) or copy (Qt::CopyAction) through the ArchiveService.
//
// GUI thread only.
class FolderTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeKind {
        AllInboxes,
        Account,
        Folder, // "Local Folders" itself is a Folder with FolderRole::Root
    };
    Q_ENUM(NodeKind)

    enum Role {
        FolderIdRole = Qt::UserRole + 1, // qint64; 0 for All Inboxes and accounts
        FolderRoleRole, // int(Store::FolderRole); invalid for All Inboxes and accounts
        ListQueryRole, // Store::ListQuery for the message list; invalid for accounts
        UnreadRole, // int; All Inboxes: the inboxes' sum
        TotalRole, // int; All Inboxes: the inboxes' sum
        AccountIdRole, // qint64: accounts and inboxes; 0 otherwise
        NodeKindRole, // int(NodeKind)
        NameRole, // QString: the name without the unread count
    };

    explicit FolderTreeModel(Store::ArchiveService *service, QObject *parent = nullptr);
    ~FolderTreeModel() override;

    // Reads the folders again (done by itself on changed() and opened()); answered by loaded().
    void reload();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    void setUnreadCountShown(bool shown);
    [[nodiscard]] bool isUnreadCountShown() const { return m_unreadCountShown; }

    [[nodiscard]] QModelIndex allInboxesIndex() const;
    [[nodiscard]] QModelIndex indexOfFolder(qint64 folderId) const;
    [[nodiscard]] std::optional<Store::Folder> folder(const QModelIndex &index) const;

    // QAbstractItemModel
    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] Qt::DropActions supportedDropActions() const override;
    [[nodiscard]] bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded(); // folders arrived and are applied

private:
    struct Node;
    struct Spec;

    void onFoldersLoaded(quint64 token, const QList<Store::Folder> &folders);
    void apply(const QModelIndex &parentIndex, Node *parent, const std::vector<Spec> &specs);
    [[nodiscard]] std::unique_ptr<Node> build(const Spec &spec, Node *parent) const;
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    [[nodiscard]] QModelIndex find(const QModelIndex &parent, qint64 folderId) const;
    [[nodiscard]] QString nameOf(const Node &node) const;
    [[nodiscard]] bool isDropTarget(const QModelIndex &index) const;

    Store::ArchiveService *m_service = nullptr;
    std::unique_ptr<Node> m_root; // invisible
    quint64 m_token = 0; // the request whose answer is wanted; 0: none
    bool m_reloadQueued = false;
    bool m_loaded = false;
    bool m_unreadCountShown = false;
};
