#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A local OAuth2 authorization server for tests (no Internet): just enough HTTP/1.1 on
// 127.0.0.1, on a free port, one request per connection ("Connection: close").
//
//   GET  /authorize   checks response_type=code, client_id, a loopback http redirect_uri,
//                     code_challenge_method=S256 and a code_challenge, remembers them and
//                     answers 302 Found to redirect_uri?code=...&state=... (or
//                     ?error=access_denied&state=... after setDenyAuthorization(true)).
//   POST /token       grant_type=authorization_code: checks client_id (and client_secret when
//                     one is expected), the one-time code, redirect_uri and that
//                     BASE64URL(SHA-256(code_verifier)) is the remembered challenge; 400
//                     {"error":"invalid_grant"} otherwise. grant_type=refresh_token: a new
//                     access token for a refresh token it issued. Tokens are Bearer tokens.
//   /introspect       RFC 7662 token introspection for Dovecot's oauth2 passdb: the token as
//                     "token=" form field (POST) or query item, appended to the path (GET) or
//                     as "Authorization: Bearer" header. {"active":true,"username":...} for an
//                     access token it issued, {"active":false} otherwise.
//
// Requests are bounded (64 KiB); anything else gets 404 or 400. Counters and the last
// parameters of each endpoint are there for assertions. Lives on the thread that created it.
class MockAuthServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit MockAuthServer(QObject *parent = nullptr);
    ~MockAuthServer() override;

    // Listens on 127.0.0.1 on a free port.
    [[nodiscard]] bool start();
    [[nodiscard]] QUrl url(const QString &path) const;
    [[nodiscard]] QUrl authorizationUrl() const { return url(QStringLiteral("/authorize")); }
    [[nodiscard]] QUrl tokenUrl() const { return url(QStringLiteral("/token")); }
    [[nodiscard]] QUrl introspectionUrl() const { return url(QStringLiteral("/introspect")); }

    // What the client must send. Defaults: client id "satchel-test-client", no secret checked.
    void setClientId(const QString &clientId) { m_clientId = clientId; }
    void setClientSecret(const QString &secret) { m_clientSecret = secret; }
    // The user the issued access tokens belong to (introspection "username"), default "alice".
    void setUserName(const QString &user) { m_userName = user; }
    // /authorize redirects with error=access_denied.
    void setDenyAuthorization(bool deny) { m_deny = deny; }
    // /authorize redirects with this state instead of the client's.
    void setRedirectState(const QString &state) { m_redirectState = state; }
    // /token checks the code_verifier against this challenge instead of the one /authorize got.
    void setExpectedChallenge(const QByteArray &challenge) { m_expectedChallenge = challenge; }
    // /token answers every request with this HTTP status and {"error": error} (0: normally).
    void setTokenFailure(int httpStatus, const QByteArray &error = "invalid_request")
    {
        m_failureStatus = httpStatus;
        m_failureError = error;
    }
    // Whether a refresh also issues a new refresh token (default false, as Google does).
    void setRotateRefreshTokens(bool rotate) { m_rotateRefreshTokens = rotate; }
    // Revokes every token issued so far (introspection and refresh answer as for unknown ones).
    void revokeAll();

    [[nodiscard]] int authorizeRequests() const { return m_authorizeRequests; }
    [[nodiscard]] int tokenRequests() const { return m_tokenRequests; }
    [[nodiscard]] int refreshRequests() const { return m_refreshRequests; }
    [[nodiscard]] int introspectionRequests() const { return m_introspectionRequests; }
    [[nodiscard]] QHash<QString, QString> lastAuthorizeParameters() const
    {
        return m_lastAuthorize;
    }
    [[nodiscard]] QHash<QString, QString> lastTokenParameters() const { return m_lastToken; }
    // The token a successful introspection last reported active.
    [[nodiscard]] QString lastIntrospectedToken() const { return m_lastIntrospected; }
    // Why the last request was refused (empty when none was).
    [[nodiscard]] QString lastRejection() const { return m_lastRejection; }
    [[nodiscard]] QStringList issuedAccessTokens() const { return m_accessTokens.keys(); }
    [[nodiscard]] QStringList issuedRefreshTokens() const { return m_refreshTokens.values(); }

    // application/x-www-form-urlencoded ('+' is a space).
    [[nodiscard]] static QHash<QString, QString> parseForm(QByteArrayView form);

private:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray reason = "OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    [[nodiscard]] Response handle(const Request &request);
    [[nodiscard]] Response authorize(const QHash<QString, QString> &query);
    [[nodiscard]] Response token(const QHash<QString, QString> &form);
    [[nodiscard]] Response introspect(const Request &request, const QString &path,
                                      const QHash<QString, QString> &query);
    [[nodiscard]] Response reject(int status, const QByteArray &reason, const QString &why);
    [[nodiscard]] Response tokenError(const QByteArray &error, const QString &why);
    [[nodiscard]] Response issueTokens(bool withRefreshToken);

    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_clientId = QStringLiteral("satchel-test-client");
    QString m_clientSecret;
    QString m_userName = QStringLiteral("alice");
    bool m_deny = false;
    QString m_redirectState;
    QByteArray m_expectedChallenge;
    int m_failureStatus = 0;
    QByteArray m_failureError;
    bool m_rotateRefreshTokens = false;

    struct Grant
    {
        QString clientId;
        QString redirectUri;
        QByteArray challenge;
    };
    QHash<QString, Grant> m_codes; // unused authorization codes
    QHash<QString, QString> m_accessTokens; // token -> user
    QSet<QString> m_refreshTokens;

    int m_authorizeRequests = 0;
    int m_tokenRequests = 0;
    int m_refreshRequests = 0;
    int m_introspectionRequests = 0;
    QHash<QString, QString> m_lastAuthorize;
    QHash<QString, QString> m_lastToken;
    QString m_lastIntrospected;
    QString m_lastRejection;
};
