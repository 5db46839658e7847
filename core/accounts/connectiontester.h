#pragma once

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include "pop3/fetchtypes.h"
#include "pop3/fetchworker.h"
#include "pop3/pop3error.h"
#include "store/storetypes.h"

namespace Accounts {

// What a connection test found, in plain language.
struct TestReport
{
    bool ok = false;
    QStringList steps; // what happened, one sentence each: "Connected to …", "Logged in as …"
    Pop3::Error error; // when !ok
    QString hint; // when !ok: what the user can do about it
    QString tlsProtocol; // "TLSv1.3"; empty without encryption
    QStringList capabilities; // "UIDL", "TOP", "PIPELINING", "SASL CRAM-MD5 PLAIN", …
    int messagesOnServer = 0;
    QString protocolLog; // passwords redacted
};

// A sentence telling the user what to do about an error, per kind ("Check the password…").
[[nodiscard]] QString hintFor(const Pop3::Error &error);
// What a CAPA reply announced, as short names for the user.
[[nodiscard]] QStringList capabilityNames(const Pop3::Capabilities &capabilities);

// Tests an account before it is saved: connect, TLS, CAPA, log in, list, QUIT, in the POP3
// worker thread (a FetchWorker with a plan that retrieves and deletes nothing), and reports
// each step that happened or the precise failure with a hint.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // GUI thread. False when a test is already running; otherwise finished() follows once.
    // password is the OAuth2 access token when account.authMethod is AuthMethod::OAuth2.
    bool start(const Store::Account &account, const QString &password);
    void cancel(); // GUI thread; finished() follows with a Cancelled error
    [[nodiscard]] bool isRunning() const { return m_running; }
    // Timeout for connecting and for each reply (default 20 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void finished(const Accounts::TestReport &report);

private:
    void onFinished(const Pop3::FetchSummary &summary);
    void onFailed(const Pop3::Error &error, const QString &protocolLog);
    [[nodiscard]] QString connectedStep() const;

    Pop3::FetchWorker m_worker;
    Store::Account m_account;
    int m_timeoutMs = 20000;
    bool m_running = false;
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::TestReport)
