#pragma once

#include <memory>

#include <QObject>

#include "pop3/pop3error.h"
#include "store/storetypes.h"

namespace Pop3 {
class FetchJob;
}

namespace Store {
class MessageStore;
}

namespace Sync {

// "Download the rest": retrieves the whole of a message that was stored as headers only (it was
// over the account's size limit) and puts it in place of the headers, keeping its id, folder and
// flags. Nothing is deleted on the server.
class CompletionJob final : public QObject
{
    Q_OBJECT

public:
    CompletionJob(Store::Account account, QString password, QString profileDir, qint64 messageId,
                  QObject *parent = nullptr);
    ~CompletionJob() override;

    void start();

Q_SIGNALS:
    void finished();
    void failed(const Pop3::Error &error);

private:
    void fail(Pop3::Error error);

    Store::Account m_account;
    QString m_password;
    QString m_profileDir;
    qint64 m_messageId;
    QByteArray m_uidl;
    bool m_found = false;
    bool m_completed = false;
    bool m_done = false;
    std::unique_ptr<Store::MessageStore> m_store;
    std::unique_ptr<Pop3::FetchJob> m_job;
};

} // namespace Sync
