#include "sync/completionjob.h"

#include "mime/messageparser.h"
#include "pop3/fetchjob.h"
#include "store/messagestore.h"
#include "sync/accountconnection.h"

namespace Sync {

CompletionJob::CompletionJob(Store::Account account, QString password, QString profileDir,
                             qint64 messageId, QObject *parent)
    : QObject(parent)
    , m_account(std::move(account))
    , m_password(std::move(password))
    , m_profileDir(std::move(profileDir))
    , m_messageId(messageId)
{ }

CompletionJob::~CompletionJob() = default;

void CompletionJob::start()
{
    m_store = std::make_unique<Store::MessageStore>();
    if (!m_store->open(m_profileDir)) {
        fail(Pop3::Error::make(Pop3::ErrorKind::LocalStoreFailed, m_store->errorString()));
        return;
    }
    const std::optional<Store::MessageStore::Origin> origin = m_store->origin(m_messageId);
    if (!origin || origin->accountId != m_account.id || !origin->headersOnly) {
        fail(Pop3::Error::make(Pop3::ErrorKind::CommandFailed,
                               tr("Message %1 is not a partly downloaded message of account %2.")
                                   .arg(m_messageId)
                                   .arg(m_account.name)));
        return;
    }
    m_uidl = origin->uidl;
    Pop3::Error error;
    const std::optional<AccountConnection> connection =
        connectionFor(m_account, m_password, &error);
    if (!connection) {
        fail(error);
        return;
    }
    Pop3::FetchHooks hooks;
    hooks.plan = [this](const QList<Pop3::ServerMessage> &listing) {
        Pop3::FetchPlan plan;
        for (const Pop3::ServerMessage &message : listing) {
            if (message.uidl == m_uidl) {
                plan.retrieve.append(message.number);
                m_found = true;
                break;
            }
        }
        return plan;
    };
    hooks.store = [this](const Pop3::ServerMessage &, const QByteArray &raw) {
        m_completed = m_store->completeMessage(
            m_messageId, raw, Mime::parseMessage(raw, QDateTime::currentDateTimeUtc()));
        return m_completed;
    };
    m_job = std::make_unique<Pop3::FetchJob>(connection->config, connection->trust, hooks);
    connect(m_job.get(), &Pop3::FetchJob::finished, this, [this] {
        if (m_done)
            return;
        m_done = true;
        if (!m_found || !m_completed) { // not listed, or -ERR to RETR
            Q_EMIT failed(Pop3::Error::make(Pop3::ErrorKind::CommandFailed,
                                            tr("The message is no longer on the server.")));
            return;
        }
        Q_EMIT finished();
    });
    connect(m_job.get(), &Pop3::FetchJob::failed, this,
            [this](const Pop3::Error &e, const QString &) { fail(e); });
    m_job->start();
}

void CompletionJob::fail(Pop3::Error error)
{
    if (m_done)
        return;
    m_done = true;
    if (error.kind == Pop3::ErrorKind::LocalStoreFailed && error.detail.isEmpty() && m_store)
        error.detail = m_store->errorString();
    Q_EMIT failed(error);
}

} // namespace Sync
