#include "foldertreemodel.h"

#include <algorithm>

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QStyle>

#include "messagelistmodel.h"
#include "store/archiveservice.h"

struct FolderTreeModel::Node
{
    NodeKind kind = NodeKind::Folder;
    qint64 key = 0; // folder id, account id; 0 for All Inboxes
    QString accountName;
    Store::Folder folder; // All Inboxes: the inboxes' counts
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] int row() const
    {
        if (!parent)
            return 0;
        const auto it = std::find_if(
            parent->children.cbegin(), parent->children.cend(),
            [this](const std::unique_ptr<Node> &child) { return child.get() == this; });
        return int(it - parent->children.cbegin());
    }
};

// What a node should be after a load: compared with the nodes there are.
struct FolderTreeModel::Spec
{
    NodeKind kind = NodeKind::Folder;
    qint64 key = 0;
    QString accountName;
    Store::Folder folder;
    std::vector<Spec> children;

    [[nodiscard]] bool sameNode(const Node &node) const
    {
        return node.kind == kind && node.key == key;
    }
};

namespace {

bool sameFolder(const Store::Folder &a, const Store::Folder &b)
{
    return a.id == b.id && a.path == b.path && a.name == b.name && a.role == b.role
        && a.accountId == b.accountId && a.total == b.total && a.unread == b.unread;
}

bool lessByName(const QString &a, const QString &b)
{
    const int order = QString::localeAwareCompare(a.toCaseFolded(), b.toCaseFolded());
    return order != 0 ? order < 0 : a < b;
}

// The account's name is the inbox path's first part ("alice/Inbox").
QString accountNameOf(const Store::Folder &inbox)
{
    const QString suffix = QLatin1Char('/') + inbox.name;
    if (inbox.path.endsWith(suffix))
        return inbox.path.chopped(suffix.size());
    return inbox.path;
}

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    QIcon fallbackIcon;
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        fallbackIcon = QApplication::style()->standardIcon(fallback);
    return QIcon::fromTheme(QString::fromLatin1(name), fallbackIcon);
}

} // namespace

FolderTreeModel::FolderTreeModel(Store::ArchiveService *service, QObject *parent)
    : QAbstractItemModel(parent)
    , m_service(service)
    , m_root(std::make_unique<Node>())
{
    connect(service, &Store::ArchiveService::foldersLoaded, this,
            &FolderTreeModel::onFoldersLoaded);
    connect(service, &Store::ArchiveService::changed, this, [this] {
        if (m_token != 0)
            m_reloadQueued = true; // at most one request on its way and one waiting
        else
            reload();
    });
    connect(service, &Store::ArchiveService::opened, this, [this](bool ok) {
        if (ok)
            reload(); // a request made before the store was open is never answered
    });
    reload();
}

FolderTreeModel::~FolderTreeModel() = default;

// GUI thread
void FolderTreeModel::reload()
{
    m_reloadQueued = false;
    m_token = m_service->requestFolders();
}

void FolderTreeModel::setUnreadCountShown(bool shown)
{
    if (shown == m_unreadCountShown)
        return;
    m_unreadCountShown = shown;
    // Every node's text may change; a node's subtree is announced per parent.
    std::vector<const Node *> parents {m_root.get()};
    while (!parents.empty()) {
        const Node *node = parents.back();
        parents.pop_back();
        if (node->children.empty())
            continue;
        const QModelIndex parentIndex = indexOf(node);
        Q_EMIT dataChanged(index(0, 0, parentIndex),
                           index(int(node->children.size()) - 1, 0, parentIndex),
                           {Qt::DisplayRole});
        for (const std::unique_ptr<Node> &child : node->children)
            parents.push_back(child.get());
    }
}

QModelIndex FolderTreeModel::allInboxesIndex() const
{
    for (const std::unique_ptr<Node> &node : m_root->children) {
        if (node->kind == NodeKind::AllInboxes)
            return indexOf(node.get());
    }
    return {};
}

QModelIndex FolderTreeModel::indexOfFolder(qint64 folderId) const
{
    return find({}, folderId);
}

QModelIndex FolderTreeModel::find(const QModelIndex &parent, qint64 folderId) const
{
    const Node *node = nodeOf(parent);
    for (const std::unique_ptr<Node> &child : node->children) {
        const QModelIndex childIndex = indexOf(child.get());
        if (child->kind == NodeKind::Folder && child->key == folderId)
            return childIndex;
        const QModelIndex found = find(childIndex, folderId);
        if (found.isValid())
            return found;
    }
    return {};
}

std::optional<Store::Folder> FolderTreeModel::folder(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    const Node *node = nodeOf(index);
    if (node->kind != NodeKind::Folder)
        return std::nullopt;
    return node->folder;
}

FolderTreeModel::Node *FolderTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FolderTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), 0, node);
}

QModelIndex FolderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(std::size_t(row)).get());
}

QModelIndex FolderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int FolderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int FolderTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString FolderTreeModel::nameOf(const Node &node) const
{
    switch (node.kind) {
    case NodeKind::AllInboxes:
        return tr("All Inboxes");
    case NodeKind::Account:
        return node.accountName;
    case NodeKind::Folder:
        break;
    }
    switch (node.folder.role) {
    case Store::FolderRole::Inbox:
        return tr("Inbox");
    case Store::FolderRole::Archive:
        //: The name of the local folder where archived messages are kept (a noun).
        return tr("Archive");
    case Store::FolderRole::Trash:
        return tr("Trash");
    case Store::FolderRole::Root:
        return tr("Local Folders");
    case Store::FolderRole::User:
        break;
    }
    return node.folder.name;
}

QVariant FolderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    const bool isFolder = node.kind == NodeKind::Folder;
    const bool hasCounts = node.kind != NodeKind::Account;
    const int unread = node.folder.unread;
    const int total = node.folder.total;

    switch (role) {
    case Qt::DisplayRole:
        if (m_unreadCountShown && hasCounts && unread > 0)
            return tr("%1 (%2)").arg(nameOf(node), QLocale().toString(unread));
        return nameOf(node);
    case NameRole:
        return nameOf(node);
    case Qt::FontRole:
        if (hasCounts && unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (!hasCounts)
            return nameOf(node);
        return tr("%1 unread of %2").arg(QLocale().toString(unread), QLocale().toString(total));
    case Qt::DecorationRole:
        switch (node.kind) {
        case NodeKind::AllInboxes:
            return themeIcon("mail-folder-inbox", QStyle::SP_DirHomeIcon);
        case NodeKind::Account:
            return themeIcon("folder-remote", QStyle::SP_DriveNetIcon);
        case NodeKind::Folder:
            break;
        }
        switch (node.folder.role) {
        case Store::FolderRole::Inbox:
            return themeIcon("mail-folder-inbox", QStyle::SP_DirIcon);
        case Store::FolderRole::Archive:
            return QIcon::fromTheme(QStringLiteral("mail-folder-archive"),
                                    themeIcon("folder", QStyle::SP_DirIcon));
        case Store::FolderRole::Trash:
            return themeIcon(total > 0 ? "user-trash-full" : "user-trash", QStyle::SP_TrashIcon);
        case Store::FolderRole::Root:
            return themeIcon("folder-open", QStyle::SP_DriveHDIcon);
        case Store::FolderRole::User:
            break;
        }
        return themeIcon("folder", QStyle::SP_DirIcon);
    case FolderIdRole:
        return isFolder ? node.key : qint64(0);
    case FolderRoleRole:
        return isFolder ? QVariant(int(node.folder.role)) : QVariant();
    case ListQueryRole: {
        if (!hasCounts)
            return {};
        Store::ListQuery query;
        if (isFolder) {
            query.folderId = node.key;
        } else {
            query.scope = Store::ListQuery::Scope::AllInboxes;
        }
        return QVariant::fromValue(query);
    }
    case UnreadRole:
        return hasCounts ? QVariant(unread) : QVariant();
    case TotalRole:
        return hasCounts ? QVariant(total) : QVariant();
    case AccountIdRole:
        if (node.kind == NodeKind::Account)
            return node.key;
        return isFolder ? node.folder.accountId : qint64(0);
    case NodeKindRole:
        return int(node.kind);
    default:
        return {};
    }
}

bool FolderTreeModel::isDropTarget(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return false;
    const Node &node = *nodeOf(index);
    return node.kind == NodeKind::Folder && node.folder.role != Store::FolderRole::Root;
}

Qt::ItemFlags FolderTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isDropTarget(index))
        result |= Qt::ItemIsDropEnabled;
    const Node &node = *nodeOf(index);
    if (node.kind == NodeKind::AllInboxes
        || (node.kind == NodeKind::Folder && node.folder.role != Store::FolderRole::Root))
        result |= Qt::ItemNeverHasChildren; // user folders live under Local Folders only
    return result;
}

QStringList FolderTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(MessageListModel::messageIdsMimeType)};
}

Qt::DropActions FolderTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

// Only onto a folder (row -1), never between folders.
bool FolderTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    return data && (action == Qt::MoveAction || action == Qt::CopyAction) && row == -1
        && data->hasFormat(QString::fromLatin1(MessageListModel::messageIdsMimeType))
        && isDropTarget(parent);
}

bool FolderTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = MessageListModel::decodeMessageIds(
        data->data(QString::fromLatin1(MessageListModel::messageIdsMimeType)));
    if (ids.isEmpty())
        return false;
    const qint64 folderId = nodeOf(parent)->key;
    if (action == Qt::MoveAction)
        m_service->moveMessages(ids, folderId);
    else
        m_service->copyMessages(ids, folderId);
    return true;
}

void FolderTreeModel::onFoldersLoaded(quint64 token, const QList<Store::Folder> &folders)
{
    if (token == 0 || token != m_token)
        return;
    m_token = 0;

    std::vector<Spec> top;
    Spec all;
    all.kind = NodeKind::AllInboxes;
    std::vector<Spec> accounts;
    Spec local;
    bool hasRoot = false;
    std::vector<Spec> special; // Archive, Trash
    std::vector<Spec> user;
    for (const Store::Folder &folder : folders) {
        Spec spec;
        spec.kind = NodeKind::Folder;
        spec.key = folder.id;
        spec.folder = folder;
        switch (folder.role) {
        case Store::FolderRole::Inbox: {
            all.folder.total += folder.total;
            all.folder.unread += folder.unread;
            Spec account;
            account.kind = NodeKind::Account;
            account.key = folder.accountId;
            account.accountName = accountNameOf(folder);
            account.children.push_back(spec);
            accounts.push_back(std::move(account));
            break;
        }
        case Store::FolderRole::Root:
            local = spec;
            hasRoot = true;
            break;
        case Store::FolderRole::Archive:
        case Store::FolderRole::Trash:
            special.push_back(spec);
            break;
        case Store::FolderRole::User:
            user.push_back(spec);
            break;
        }
    }
    std::stable_sort(accounts.begin(), accounts.end(), [](const Spec &a, const Spec &b) {
        return lessByName(a.accountName, b.accountName);
    });
    std::stable_sort(special.begin(), special.end(), [](const Spec &a, const Spec &b) {
        return a.folder.role == Store::FolderRole::Archive
            && b.folder.role == Store::FolderRole::Trash;
    });
    std::stable_sort(user.begin(), user.end(), [](const Spec &a, const Spec &b) {
        return lessByName(a.folder.name, b.folder.name);
    });

    top.push_back(std::move(all));
    for (Spec &account : accounts)
        top.push_back(std::move(account));
    std::vector<Spec> &localChildren = hasRoot ? local.children : top;
    for (Spec &spec : special)
        localChildren.push_back(std::move(spec));
    for (Spec &spec : user)
        localChildren.push_back(std::move(spec));
    if (hasRoot)
        top.push_back(std::move(local));

    apply({}, m_root.get(), top);
    m_loaded = true;
    Q_EMIT loaded();
    if (m_reloadQueued)
        reload();
}

std::unique_ptr<FolderTreeModel::Node> FolderTreeModel::build(const Spec &spec, Node *parent) const
{
    auto node = std::make_unique<Node>();
    node->kind = spec.kind;
    node->key = spec.key;
    node->accountName = spec.accountName;
    node->folder = spec.folder;
    node->parent = parent;
    for (const Spec &child : spec.children)
        node->children.push_back(build(child, node.get()));
    return node;
}

// Makes parent's children what specs say: removals (bottom up, in runs), then each wanted node
// inserted or moved into its place and its data updated, then the same one level down.
void FolderTreeModel::apply(const QModelIndex &parentIndex, Node *parent,
                            const std::vector<Spec> &specs)
{
    std::vector<std::unique_ptr<Node>> &children = parent->children;
    const auto wanted = [&specs](const Node &node) {
        return std::any_of(specs.cbegin(), specs.cend(),
                           [&node](const Spec &spec) { return spec.sameNode(node); });
    };
    for (int row = int(children.size()) - 1; row >= 0; --row) {
        if (wanted(*children.at(std::size_t(row))))
            continue;
        const int last = row;
        while (row > 0 && !wanted(*children.at(std::size_t(row) - 1)))
            --row;
        beginRemoveRows(parentIndex, row, last);
        children.erase(children.begin() + row, children.begin() + last + 1);
        endRemoveRows();
    }

    for (std::size_t i = 0; i < specs.size(); ++i) {
        const Spec &spec = specs.at(i);
        const auto found = std::find_if(
            children.begin() + qsizetype(i), children.end(),
            [&spec](const std::unique_ptr<Node> &node) { return spec.sameNode(*node); });
        if (found == children.end()) {
            beginInsertRows(parentIndex, int(i), int(i));
            children.insert(children.begin() + qsizetype(i), build(spec, parent));
            endInsertRows();
            continue;
        }
        const int from = int(found - children.begin());
        if (from != int(i)) {
            beginMoveRows(parentIndex, from, from, parentIndex, int(i));
            std::unique_ptr<Node> moving = std::move(*found);
            children.erase(found);
            children.insert(children.begin() + qsizetype(i), std::move(moving));
            endMoveRows();
        }
        Node *node = children.at(i).get();
        if (node->accountName != spec.accountName || !sameFolder(node->folder, spec.folder)) {
            node->accountName = spec.accountName;
            node->folder = spec.folder;
            const QModelIndex changed = createIndex(int(i), 0, node);
            Q_EMIT dataChanged(changed, changed);
        }
        apply(createIndex(int(i), 0, node), node, spec.children);
    }
}
