#include "accounts/capabilityprobe.h"

#include <QTimer>

#include "pop3/session.h"

namespace Accounts {

CapabilityProbe::CapabilityProbe(ServerCandidate candidate, Pop3::TlsTrust trust, int timeoutMs,
                                 QObject *parent)
    : QObject(parent)
    , m_candidate(std::move(candidate))
    , m_trust(std::move(trust))
    , m_timeoutMs(timeoutMs)
{
    m_result.candidate = m_candidate;
}

CapabilityProbe::~CapabilityProbe() = default;

// worker thread
void CapabilityProbe::start()
{
    if (m_candidate.security == Pop3::Security::None) {
        // Probing is for automatic choices, and plaintext is never chosen automatically.
        m_result.error = Pop3::Error::make(Pop3::ErrorKind::PlaintextAuthForbidden);
        QTimer::singleShot(0, this, &CapabilityProbe::finish);
        return;
    }
    Pop3::SessionConfig config;
    config.host = m_candidate.host;
    config.port = m_candidate.port;
    config.security = m_candidate.security;
    // A user name that can never be sent: the session stops at authentication with
    // InvalidCredentialsText, after CAPA and before a single credential byte leaves.
    config.user = QStringLiteral("\n");
    config.connectTimeoutMs = m_timeoutMs;
    config.commandTimeoutMs = m_timeoutMs;
    auto *transport = new Pop3::SslTransport(m_trust, this);
    m_session = std::make_unique<Pop3::Session>(transport, config);
    connect(m_session.get(), &Pop3::Session::stateChanged, this,
            [this](Pop3::Session::State state) {
                if (state != Pop3::Session::State::Authenticating)
                    return;
                m_reachedAuthentication = true;
                m_result.capabilities = m_session->capabilities();
                m_result.tls = m_session->tlsInfo();
            });
    connect(m_session.get(), &Pop3::Session::failed, this, [this](const Pop3::Error &error) {
        m_result.ok = m_reachedAuthentication;
        if (!m_result.ok)
            m_result.error = error;
        // Not from inside the session's own signal: it may not be deleted there.
        QTimer::singleShot(0, this, &CapabilityProbe::finish);
    });
    m_session->open();
}

// worker thread
void CapabilityProbe::cancel()
{
    if (m_session && !m_done)
        m_session->cancel();
}

void CapabilityProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_result);
}

} // namespace Accounts
