#include "pop3/authconversation.h"

#include "pop3/servertext.h"

namespace Pop3 {

namespace {

const QByteArray hidden = "[credentials hidden]";

AuthConversation::Step send(QByteArray text, QByteArray logText)
{
    return {AuthConversation::Outcome::Send, {std::move(text), std::move(logText)}, {}};
}

AuthConversation::Step failed(QString why)
{
    return {AuthConversation::Outcome::Failed, {}, std::move(why)};
}

bool mentionsLock(const QByteArray &text)
{
    const QByteArray lower = text.toLower();
    static constexpr const char *words[] = {"lock", "in use",  "in-use",         "busy",
                                            "wait", "already", "another session"};
    for (const char *word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

} // namespace

AuthConversation::AuthConversation(Sasl::Mechanism mechanism, const SessionConfig &config,
                                   QByteArray apopTimestamp)
    : m_mechanism(mechanism)
    , m_config(config)
    , m_apopTimestamp(std::move(apopTimestamp))
{ }

AuthConversation::Line AuthConversation::start()
{
    const QByteArray user = m_config.user.toUtf8();
    const QString &password = m_config.password;
    switch (m_mechanism) {
    case Sasl::Mechanism::UserPass:
        m_userSent = true;
        return {"USER " + user, "USER " + user};
    case Sasl::Mechanism::Apop:
        return {"APOP " + user + ' ' + Sasl::apopDigest(m_apopTimestamp, password),
                "APOP " + user + " [digest hidden]"};
    case Sasl::Mechanism::Plain:
        return {"AUTH PLAIN " + Sasl::plainInitialResponse(m_config.user, password),
                "AUTH PLAIN " + hidden};
    case Sasl::Mechanism::Login:
        return {"AUTH LOGIN", "AUTH LOGIN"};
    case Sasl::Mechanism::CramMd5:
        return {"AUTH CRAM-MD5", "AUTH CRAM-MD5"};
    case Sasl::Mechanism::XOAuth2:
        return {"AUTH XOAUTH2 " + Sasl::xoauth2InitialResponse(m_config.user, m_config.oauthToken),
                "AUTH XOAUTH2 " + hidden};
    case Sasl::Mechanism::OAuthBearer:
        return {"AUTH OAUTHBEARER "
                    + Sasl::oauthBearerInitialResponse(m_config.user, m_config.host, m_config.port,
                                                       m_config.oauthToken),
                "AUTH OAUTHBEARER " + hidden};
    }
    return {};
}

AuthConversation::Step AuthConversation::onOk()
{
    if (m_mechanism == Sasl::Mechanism::UserPass && m_userSent) {
        m_userSent = false;
        return send("PASS " + m_config.password.toUtf8(), "PASS [password hidden]");
    }
    return {Outcome::Done, {}, {}};
}

AuthConversation::Step AuthConversation::onContinuation(QByteArrayView challenge)
{
    const int step = ++m_continuations;
    switch (m_mechanism) {
    case Sasl::Mechanism::Login:
        if (step == 1)
            return send(Sasl::loginUserResponse(m_config.user), hidden);
        if (step == 2)
            return send(Sasl::loginPasswordResponse(m_config.password), hidden);
        break;
    case Sasl::Mechanism::CramMd5:
        if (step == 1) {
            const QByteArray response =
                Sasl::cramMd5Response(m_config.user, m_config.password, challenge);
            if (response.isEmpty())
                return failed(QStringLiteral("invalid CRAM-MD5 challenge"));
            return send(response, hidden);
        }
        break;
    // A server that rejects an OAuth token answers with an error challenge; the client
    // acknowledges it so that the server can send its -ERR (RFC 7628 3.2.3).
    case Sasl::Mechanism::XOAuth2:
        if (step == 1)
            return send(QByteArray(), "[acknowledge error]");
        break;
    case Sasl::Mechanism::OAuthBearer:
        if (step == 1)
            return send("AQ==", "[acknowledge error]");
        break;
    case Sasl::Mechanism::UserPass:
    case Sasl::Mechanism::Apop:
    case Sasl::Mechanism::Plain:
        break;
    }
    return failed(QStringLiteral("unexpected continuation during %1")
                      .arg(QString::fromLatin1(Sasl::mechanismName(m_mechanism))));
}

Error signInError(const StatusLine &status, std::optional<int> loginDelaySeconds)
{
    Error error;
    error.code = status.code;
    error.serverText = displayableServerText(status.text);
    switch (status.code) {
    case ResponseCode::Auth:
        error.kind = ErrorKind::AuthenticationFailed;
        break;
    case ResponseCode::InUse:
        error.kind = ErrorKind::MailboxInUse;
        break;
    case ResponseCode::LoginDelay:
        error.kind = ErrorKind::LoginDelay;
        error.retryAfterSeconds = loginDelaySeconds.value_or(0);
        break;
    case ResponseCode::SysTemp:
        error.kind = ErrorKind::TemporaryFailure;
        break;
    case ResponseCode::SysPerm:
        error.kind = ErrorKind::PermanentFailure;
        break;
    case ResponseCode::None:
    case ResponseCode::Unknown:
        if (status.status == ParseStatus::Malformed || status.status == ParseStatus::Continuation)
            error.kind = ErrorKind::ProtocolError;
        else
            error.kind = mentionsLock(status.text) ? ErrorKind::MailboxInUse
                                                   : ErrorKind::AuthenticationFailed;
        break;
    }
    return error;
}

} // namespace Pop3
