#pragma once

#include <memory>

#include <QObject>

#include "accounts/servercandidate.h"
#include "pop3/capabilities.h"
#include "pop3/pop3error.h"
#include "pop3/ssltransport.h"

namespace Pop3 {
class Session;
}

namespace Accounts {

struct ProbeResult
{
    bool ok = false; // the server greeted, encrypted the connection and answered CAPA
    ServerCandidate candidate;
    Pop3::Capabilities capabilities;
    Pop3::TlsInfo tls;
    Pop3::Error error;
};

// Connects to a candidate server, negotiates TLS (implicit or STLS) and asks CAPA, then drops
// the connection before anything is authenticated: no user name or password is ever sent.
// Plaintext candidates are refused without connecting. Lives in the thread that calls start()
// (the finder's worker thread; the test thread in tests).
class CapabilityProbe final : public QObject
{
    Q_OBJECT

public:
    CapabilityProbe(ServerCandidate candidate, Pop3::TlsTrust trust, int timeoutMs,
                    QObject *parent = nullptr);
    ~CapabilityProbe() override;

    void start(); // worker thread
    void cancel(); // worker thread

Q_SIGNALS:
    void finished(const Accounts::ProbeResult &result);

private:
    void finish();

    ServerCandidate m_candidate;
    Pop3::TlsTrust m_trust;
    int m_timeoutMs;
    std::unique_ptr<Pop3::Session> m_session;
    ProbeResult m_result;
    bool m_reachedAuthentication = false;
    bool m_done = false;
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::ProbeResult)
