#include "store/archiveservice.h"

#include <memory>

#include <QDir>
#include <QThread>

#include "store/archiveworker.h"
#include "store/messagestore.h"

namespace Store {

ArchiveService::ArchiveService(QString profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new ArchiveWorker(std::move(profileDir)))
{
    qRegisterMetaType<Store::ListQuery>();
    qRegisterMetaType<Store::LoadedMessage>();
    qRegisterMetaType<QList<Store::Folder>>();
    qRegisterMetaType<QList<Store::Account>>();
    qRegisterMetaType<QList<Store::MessageSummary>>();
    qRegisterMetaType<QList<qint64>>();
    m_thread->setObjectName(QStringLiteral("satchel-archive"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ArchiveWorker::opened, this, &ArchiveService::opened);
    connect(m_worker, &ArchiveWorker::foldersLoaded, this, &ArchiveService::foldersLoaded);
    connect(m_worker, &ArchiveWorker::accountsLoaded, this, &ArchiveService::accountsLoaded);
    connect(m_worker, &ArchiveWorker::idsLoaded, this, &ArchiveService::idsLoaded);
    connect(m_worker, &ArchiveWorker::searchLoaded, this, &ArchiveService::searchLoaded);
    connect(m_worker, &ArchiveWorker::searchFailed, this, &ArchiveService::searchFailed);
    connect(m_worker, &ArchiveWorker::summariesLoaded, this, &ArchiveService::summariesLoaded);
    connect(m_worker, &ArchiveWorker::messageLoaded, this, &ArchiveService::messageLoaded);
    connect(m_worker, &ArchiveWorker::changed, this, &ArchiveService::changed);
    connect(m_worker, &ArchiveWorker::failed, this, &ArchiveService::failed);
    connect(this, &ArchiveService::opened, this, [this](bool ok) {
        if (ok && !m_checker)
            startQuickCheck();
    });
    m_thread->start();
}

ArchiveService::~ArchiveService()
{
    if (m_checker)
        m_checker->wait(); // a quick check cannot be stopped halfway; it only reads
    m_thread->quit();
    m_thread->wait();
}

void ArchiveService::startQuickCheck()
{
    if (m_profileDir == QLatin1String(":memory:"))
        return;
    auto problems = std::make_shared<QStringList>();
    m_checker.reset(QThread::create(
        [path = QDir(m_profileDir).filePath(Database::databaseFileName()), problems] {
            Database database;
            if (database.open(path))
                *problems = database.quickCheck();
        }));
    m_checker->setObjectName(QStringLiteral("satchel-check"));
    connect(m_checker.get(), &QThread::finished, this, [this, problems] {
        if (problems->isEmpty())
            return;
        Q_EMIT damaged(tr("The mail archive is damaged (%1). Satchel shows what it can still "
                          "read. Copy the profile folder somewhere safe before anything else; "
                          "then Recover… keeps every readable message (`satchel-cli check` lists "
                          "the problems).")
                           .arg(problems->first()));
    });
    m_checker->start(QThread::LowPriority);
}

template<typename Function>
void ArchiveService::post(Function function)
{
    QMetaObject::invokeMethod(m_worker, std::move(function), Qt::QueuedConnection);
}

void ArchiveService::open()
{
    post([worker = m_worker] { worker->open(); });
}

quint64 ArchiveService::requestFolders()
{
    const quint64 token = ++m_nextToken;
    post([worker = m_worker, token] { worker->loadFolders(token); });
    return token;
}

quint64 ArchiveService::requestAccounts()
{
    const quint64 token = ++m_nextToken;
    post([worker = m_worker, token] { worker->loadAccounts(token); });
    return token;
}

quint64 ArchiveService::requestIds(const ListQuery &query)
{
    const quint64 token = ++m_nextToken;
    post([worker = m_worker, token, query] { worker->loadIds(token, query); });
    return token;
}

quint64 ArchiveService::requestSearch(const QString &query, int limit)
{
    const quint64 token = ++m_nextToken;
    post([worker = m_worker, token, query, limit] { worker->loadSearch(token, query, limit); });
    return token;
}

quint64 ArchiveService::requestSummaries(const QList<qint64> &ids)
{
    const quint64 token = ++m_nextToken;
    post([worker = m_worker, token, ids] { worker->loadSummaries(token, ids); });
    return token;
}

quint64 ArchiveService::requestMessage(qint64 id)
{
    const quint64 token = ++m_nextToken;
    post([worker = m_worker, token, id] { worker->loadMessage(token, id); });
    return token;
}

void ArchiveService::write(std::function<bool(MessageStore &)> change)
{
    run([change = std::move(change)](MessageStore &store) {
        return change(store) ? QString() : store.errorString();
    });
}

void ArchiveService::run(std::function<QString(MessageStore &)> work)
{
    post([worker = m_worker, work = std::move(work)] { worker->write(work); });
}

void ArchiveService::notifyChanged()
{
    Q_EMIT changed();
}

void ArchiveService::setFlag(const QList<qint64> &ids, MessageFlag flag, bool on)
{
    write([=](MessageStore &store) { return store.setFlag(ids, flag, on); });
}

void ArchiveService::moveMessages(const QList<qint64> &ids, qint64 folderId)
{
    write([=](MessageStore &store) {
        for (const qint64 id : ids) {
            if (!store.moveMessage(id, folderId))
                return false;
        }
        return true;
    });
}

void ArchiveService::copyMessages(const QList<qint64> &ids, qint64 folderId)
{
    write([=](MessageStore &store) {
        for (const qint64 id : ids) {
            if (!store.copyMessage(id, folderId))
                return false;
        }
        return true;
    });
}

void ArchiveService::deleteMessages(const QList<qint64> &ids)
{
    write([=](MessageStore &store) {
        for (const qint64 id : ids) {
            if (!store.deleteMessage(id))
                return false;
        }
        return true;
    });
}

void ArchiveService::createFolder(const QString &name)
{
    write([=](MessageStore &store) { return store.localFolder(name, true).has_value(); });
}

void ArchiveService::renameFolder(qint64 folderId, const QString &name)
{
    write([=](MessageStore &store) { return store.renameFolder(folderId, name); });
}

void ArchiveService::deleteFolder(qint64 folderId)
{
    write([=](MessageStore &store) { return store.deleteFolder(folderId); });
}

void ArchiveService::emptyTrash()
{
    write([](MessageStore &store) { return store.emptyTrash().has_value(); });
}

} // namespace Store
