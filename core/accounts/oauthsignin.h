#pragma once

#include <utility>

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QMetaType>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include "accounts/oauthprovider.h"

class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace Accounts {

// RFC 7636 Proof Key for Code Exchange, method S256. Safe on any thread.
namespace Pkce {
inline constexpr int minVerifierLength = 43;
inline constexpr int maxVerifierLength = 128;
// A random code_verifier of length unreserved characters ([A-Za-z0-9-._~]) from
// QRandomGenerator::system(); length is clamped to 43..128.
[[nodiscard]] QByteArray generateVerifier(int length = 64);
// code_challenge = BASE64URL-without-padding(SHA-256(verifier)).
[[nodiscard]] QByteArray challengeS256(QByteArrayView verifier);
} // namespace Pkce

struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // may be empty when the server issues none
    QDateTime expiresAt; // UTC; invalid when the server did not say
};

// Longest token endpoint reply accepted, and longest token.
inline constexpr qint64 maxTokenReplyBytes = 64 * 1024;
inline constexpr qsizetype maxTokenLength = 16 * 1024;

// OAuth2 sign-in for a mail account: the authorization-code flow with PKCE (S256), the system
// browser and a loopback redirect (RFC 8252), and refreshing an access token.
//
// start() listens on 127.0.0.1 on a free port and emits browserNeeded() with the provider's
// authorization address; the caller opens it in the system browser (core opens nothing). The
// provider redirects the browser to http://127.0.0.1:PORT/, the code is exchanged for tokens,
// and succeeded() or failed() follows exactly once. The loopback listener is closed as soon as
// the redirect arrived or the sign-in ended. Everything happens on the thread of this object
// (GUI thread).
class OAuthSignIn final : public QObject
{
    Q_OBJECT

public:
    explicit OAuthSignIn(QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // GUI thread. False when a sign-in or refresh is already running; otherwise exactly one of
    // succeeded() and failed() follows (failed() later, never from within this call, when the
    // provider is not configured or no loopback port is free). loginHint is the user's address.
    bool start(const OAuthProvider &provider, const QString &loginHint);
    // GUI thread. A new access token for refreshToken; succeeded() keeps refreshToken when the
    // server issues no new one. False when something is already running.
    bool refresh(const OAuthProvider &provider, const QString &refreshToken);
    // GUI thread. Ends what is running with failed() ("cancelled"); nothing when idle.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    // How long a sign-in may take in the browser, and a refresh in all (default 5 minutes).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    [[nodiscard]] int timeout() const { return m_timeoutMs; }
    // The loopback redirect of the running sign-in ("http://127.0.0.1:PORT/"); empty otherwise.
    [[nodiscard]] QUrl redirectUri() const { return m_redirectUri; }
    // Whether the loopback listener is open (only between start() and the redirect).
    [[nodiscard]] bool isListening() const;

Q_SIGNALS:
    void browserNeeded(const QUrl &url);
    void succeeded(const Accounts::OAuthTokens &tokens);
    void failed(const QString &message);

private:
    void onRedirect(const QVariantMap &values);
    bool begin(const OAuthProvider &provider);
    void postToTokenEndpoint(const QList<std::pair<QString, QString>> &parameters);
    void onTokenReplyFinished();
    void onTimeout();
    void succeed(const OAuthTokens &tokens);
    void fail(const QString &message);
    void failLater(const QString &message);
    void finish();

    QNetworkAccessManager m_network;
    QTimer m_timer;
    OAuthProvider m_provider;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_replyHandler;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_replyBody;
    QByteArray m_verifier;
    QString m_state;
    QUrl m_redirectUri;
    QString m_previousRefreshToken; // refresh(): kept when the server returns none
    quint64 m_generation = 0; // which start() or refresh() a delayed failLater() belongs to
    int m_timeoutMs = 5 * 60 * 1000;
    bool m_running = false;
};

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::OAuthTokens)
