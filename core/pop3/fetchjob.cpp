#include "pop3/fetchjob.h"

#include <QSet>
#include <QThread>

#include "logging.h"
#include "pop3/session.h"

namespace Pop3 {

FetchJob::FetchJob(SessionConfig config, TlsTrust trust, FetchHooks hooks, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_trust(std::move(trust))
    , m_hooks(std::move(hooks))
{ }

FetchJob::~FetchJob() = default;

// worker thread
void FetchJob::start()
{
    m_commitTimer.setSingleShot(true);
    connect(&m_commitTimer, &QTimer::timeout, this, [this] {
        if (!m_done)
            (void)commitBatch(); // a failure cancels the session through storeFailed()
    });
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(!m_session);
    m_transport = new SslTransport(m_trust, this);
    m_session = std::make_unique<Session>(m_transport, m_config);
    connect(m_session.get(), &Session::ready, this, &FetchJob::onReady);
    connect(m_session.get(), &Session::failed, this, &FetchJob::fail);
    connect(m_session.get(), &Session::bytesReceived, this, [this](qint64 count) {
        if (m_progress.messagesTotal == 0 || m_progress.messagesDone == m_progress.messagesTotal)
            return;
        const qint64 before = m_progress.bytesDone;
        m_progress.bytesDone = qMin(m_progress.bytesTotal, m_progress.bytesDone + count);
        if (m_progress.bytesDone / (256 * 1024) != before / (256 * 1024))
            Q_EMIT progress(m_progress);
    });
    m_session->open();
}

// worker thread
void FetchJob::cancel()
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_done)
        return;
    if (m_session)
        m_session->cancel(); // emits failed(Cancelled) through fail()
    else
        fail(Error::make(ErrorKind::Cancelled));
}

void FetchJob::onReady()
{
    m_summary.capabilities = m_session->capabilities();
    m_summary.tls = m_session->tlsInfo();
    // Both listings go out together when the server pipelines. Only a server that never
    // announced UIDL (no CAPA, RFC 1939 only) may answer -ERR to it; then every message has an
    // empty UIDL and the planner allows nothing but delete-after-download. A server that
    // announced UIDL and then fails it, or lists only some messages, ends the check: treating
    // its messages as unknown would download them again.
    const bool uidlAnnounced = m_summary.capabilities.uidl;
    const bool askUidl = uidlAnnounced || !m_summary.capabilities.answered;
    auto uidls = std::make_shared<QHash<quint32, QByteArray>>();
    auto uidlFailed = std::make_shared<bool>(!askUidl);
    if (askUidl) {
        m_session->uidl([this, uidls, uidlFailed, uidlAnnounced](Result<QList<UidlEntry>> result) {
            if (!result.ok()) {
                *uidlFailed = true;
                if (uidlAnnounced && result.error().kind == ErrorKind::CommandFailed)
                    fail(result.error());
                return; // a session failure arrives through failed()
            }
            for (const UidlEntry &entry : result.value())
                uidls->insert(entry.number, entry.uidl);
        });
    }
    m_session->list([this, uidls, uidlFailed](Result<QList<ListEntry>> result) {
        if (m_done)
            return;
        if (!result.ok()) {
            if (result.error().kind == ErrorKind::CommandFailed)
                fail(result.error());
            return;
        }
        m_listing.reserve(result.value().size());
        for (const ListEntry &entry : result.value()) {
            const QByteArray uidl = uidls->value(entry.number);
            if (uidl.isEmpty() && !*uidlFailed) {
                fail(
                    Error::make(ErrorKind::ProtocolError,
                                QStringLiteral("UIDL does not list message %1").arg(entry.number)));
                return;
            }
            m_indexByNumber.insert(entry.number, m_listing.size());
            m_listing.append({entry.number, entry.size, uidl});
        }
        onListing();
    });
}

void FetchJob::onListing()
{
    m_summary.messagesOnServer = int(m_listing.size());
    const FetchPlan plan = m_hooks.plan ? m_hooks.plan(m_listing) : FetchPlan {};
    if (m_done)
        return;
    retrieveAndDelete(plan);
}

void FetchJob::retrieveAndDelete(const FetchPlan &plan)
{
    const auto messageFor = [this](quint32 number) -> const ServerMessage * {
        const auto it = m_indexByNumber.constFind(number);
        return it == m_indexByNumber.constEnd() ? nullptr : &m_listing.at(*it);
    };
    for (const quint32 number : plan.deleteNow) {
        if (const ServerMessage *message = messageFor(number))
            deleteMessage(*message);
    }

    QList<ServerMessage> toRetrieve;
    for (const quint32 number : plan.retrieve) {
        if (const ServerMessage *message = messageFor(number)) {
            toRetrieve.append(*message);
            m_progress.bytesTotal += message->size;
        }
    }
    m_progress.messagesTotal = int(toRetrieve.size());
    Q_EMIT progress(m_progress);
    if (toRetrieve.isEmpty()) {
        quit();
        return;
    }

    m_deleteIfStored = QSet<quint32>(plan.deleteIfStored.cbegin(), plan.deleteIfStored.cend());
    const QSet<quint32> headersOnly(plan.headersOnly.cbegin(), plan.headersOnly.cend());
    m_remaining = int(toRetrieve.size());
    for (const ServerMessage &message : toRetrieve) {
        auto onMessage = [this, message](Result<QByteArray> result) {
            onRetrieved(message, result);
        };
        if (headersOnly.contains(message.number))
            m_session->top(message.number, 0, std::move(onMessage));
        else
            m_session->retr(message.number, message.size, std::move(onMessage));
    }
}

void FetchJob::onRetrieved(const ServerMessage &message, const Result<QByteArray> &result)
{
    if (m_done)
        return;
    if (result.ok()) {
        if (!m_hooks.store || !m_hooks.store(message, result.value())) {
            storeFailed();
            return;
        }
        if (m_uncommitted.isEmpty())
            m_commitTimer.start(CommitBatchIntervalMs);
        m_uncommitted.append(message);
        m_uncommittedBytes += result.value().size();
        m_summary.bytesRetrieved += result.value().size();
    } else if (result.error().kind != ErrorKind::CommandFailed) {
        return; // the session failed; fail() reports it
    }
    // -ERR: the message vanished between LIST and RETR; nothing to store or delete.
    ++m_progress.messagesDone;
    Q_EMIT progress(m_progress);
    const bool last = --m_remaining == 0;
    if (last || m_uncommitted.size() >= CommitBatchMessages
        || m_uncommittedBytes >= CommitBatchBytes) {
        if (!commitBatch())
            return;
    }
    if (!collectCommitted(last))
        return;
    if (last)
        quit();
}

bool FetchJob::commitBatch()
{
    m_commitTimer.stop();
    if (m_uncommitted.isEmpty())
        return true;
    const QList<ServerMessage> batch = std::exchange(m_uncommitted, {});
    m_uncommittedBytes = 0;
    if (m_hooks.requestCommit && m_hooks.committed) {
        m_pendingCommits.append({m_hooks.requestCommit(), batch});
        return true; // collectCommitted() deletes them once they are durable
    }
    if (m_hooks.commit && !m_hooks.commit()) {
        storeFailed();
        return false;
    }
    confirmDurable(batch);
    return true;
}

bool FetchJob::collectCommitted(bool wait)
{
    while (!m_pendingCommits.isEmpty()) {
        const CommitState state = m_hooks.committed(m_pendingCommits.constFirst().ticket, wait);
        if (state == CommitState::Pending)
            return true;
        if (state == CommitState::Failed) {
            m_pendingCommits.clear();
            storeFailed();
            return false;
        }
        confirmDurable(m_pendingCommits.takeFirst().messages);
    }
    return true;
}

void FetchJob::confirmDurable(const QList<ServerMessage> &messages)
{
    // Durable now: only these may be deleted on the server.
    for (const ServerMessage &message : messages) {
        ++m_summary.retrieved;
        if (m_deleteIfStored.contains(message.number))
            deleteMessage(message);
    }
}

void FetchJob::storeFailed()
{
    m_storeRefused = true;
    m_session->cancel(); // no QUIT: nothing of this session is deleted
}

void FetchJob::deleteMessage(const ServerMessage &message)
{
    m_session->dele(message.number, [this, message](Result<Done> result) {
        if (result.ok())
            m_deleted.append(message);
    });
}

void FetchJob::quit()
{
    m_session->quit([this](Result<Done> result) {
        if (!result.ok())
            return; // reported through fail()
        m_done = true;
        m_summary.deleted = int(m_deleted.size());
        if (m_hooks.deletionsConfirmed && !m_deleted.isEmpty())
            m_hooks.deletionsConfirmed(m_deleted);
        m_summary.protocolLog = m_session->protocolLog().toText();
        qCDebug(lcPop3) << "check finished:" << m_summary.retrieved << "retrieved,"
                        << m_summary.deleted << "deleted";
        Q_EMIT finished(m_summary);
    });
}

void FetchJob::fail(const Error &error)
{
    if (m_done)
        return;
    Error reported = error;
    // A store hook that refused a message cancelled the session; say what really happened.
    if (error.kind == ErrorKind::Cancelled && m_storeRefused)
        reported = Error::make(ErrorKind::LocalStoreFailed);
    m_done = true;
    if (m_session && m_session->state() != Session::State::Failed)
        m_session->cancel();
    Q_EMIT failed(reported, m_session ? m_session->protocolLog().toText() : QString());
}

} // namespace Pop3
