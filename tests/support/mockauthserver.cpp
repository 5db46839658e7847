#include "mockauthserver.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxRequestBytes = 64 * 1024;

QString randomText(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isLoopbackRedirect(const QUrl &url)
{
    if (!url.isValid() || url.scheme() != "http"_L1 || url.port() <= 0)
        return false;
    if (url.host() == "localhost"_L1)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

bool isVerifier(const QString &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const bool unreserved = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_' || c == u'~';
        if (!unreserved)
            return false;
    }
    return true;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

MockAuthServer::MockAuthServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &MockAuthServer::onNewConnection);
}

MockAuthServer::~MockAuthServer() = default;

bool MockAuthServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl MockAuthServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(serverPort()).arg(path));
}

void MockAuthServer::revokeAll()
{
    m_codes.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
}

QHash<QString, QString> MockAuthServer::parseForm(QByteArrayView form)
{
    QHash<QString, QString> values;
    const QList<QByteArray> pairs = form.toByteArray().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        values.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return values;
}

void MockAuthServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void MockAuthServer::onReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket) && socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    Response response;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (buffer.size() > maxRequestBytes) {
        response = reject(413, "Payload Too Large", u"request larger than 64 KiB"_s);
    } else if (headerEnd < 0) {
        return;
    } else {
        Request request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        bool lengthOk = true;
        const qsizetype length = request.headers.value("content-length", "0").toLongLong(&lengthOk);
        if (!lengthOk || length < 0 || length > maxRequestBytes) {
            response = reject(400, "Bad Request", u"bad Content-Length"_s);
        } else if (buffer.size() - headerEnd - 4 < length) {
            return; // the body is still arriving
        } else {
            request.body = buffer.mid(headerEnd + 4, length);
            response = handle(request);
        }
    }
    m_buffers.remove(socket);
    socket->setProperty("answered", true);
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason
        + "\r\nConnection: close\r\nCache-Control: no-store\r\nContent-Length: "
        + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        bytes += name + ": " + value + "\r\n";
    socket->write(bytes + "\r\n" + response.body);
    socket->disconnectFromHost();
}

MockAuthServer::Response MockAuthServer::handle(const Request &request)
{
    const qsizetype question = request.target.indexOf('?');
    const QString path =
        QUrl::fromPercentEncoding(question < 0 ? request.target : request.target.left(question));
    const QHash<QString, QString> query =
        question < 0 ? QHash<QString, QString>() : parseForm(request.target.mid(question + 1));

    if (path == "/authorize"_L1) {
        if (request.method != "GET")
            return reject(405, "Method Not Allowed", u"/authorize takes GET"_s);
        return authorize(query);
    }
    if (path == "/token"_L1) {
        if (request.method != "POST")
            return reject(405, "Method Not Allowed", u"/token takes POST"_s);
        if (!request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
            return tokenError("invalid_request", u"/token needs a form body"_s);
        return token(parseForm(request.body));
    }
    if (path == "/introspect"_L1 || path.startsWith("/introspect/"_L1))
        return introspect(request, path, query);
    return reject(404, "Not Found", u"no such path: "_s + path);
}

MockAuthServer::Response MockAuthServer::reject(int status, const QByteArray &reason,
                                                const QString &why)
{
    m_lastRejection = why;
    Response response;
    response.status = status;
    response.reason = reason;
    response.headers.emplaceBack("Content-Type"_ba, "text/plain; charset=utf-8"_ba);
    response.body = why.toUtf8();
    return response;
}

MockAuthServer::Response MockAuthServer::tokenError(const QByteArray &error, const QString &why)
{
    m_lastRejection = why;
    Response response;
    response.status = 400;
    response.reason = "Bad Request";
    response.headers.emplaceBack("Content-Type"_ba, "application/json"_ba);
    response.body = json({{u"error"_s, QString::fromLatin1(error)}, {u"error_description"_s, why}});
    return response;
}

MockAuthServer::Response MockAuthServer::authorize(const QHash<QString, QString> &query)
{
    ++m_authorizeRequests;
    m_lastAuthorize = query;
    const QUrl redirect(query.value(u"redirect_uri"_s), QUrl::StrictMode);
    if (query.value(u"response_type"_s) != "code"_L1)
        return reject(400, "Bad Request", u"response_type is not code"_s);
    if (query.value(u"client_id"_s) != m_clientId)
        return reject(400, "Bad Request", u"unknown client_id"_s);
    if (!isLoopbackRedirect(redirect))
        return reject(400, "Bad Request", u"redirect_uri is not a loopback http address"_s);
    if (query.value(u"code_challenge_method"_s) != "S256"_L1)
        return reject(400, "Bad Request", u"code_challenge_method is not S256"_s);
    const QString challenge = query.value(u"code_challenge"_s);
    if (challenge.size() != 43)
        return reject(400, "Bad Request", u"code_challenge is missing or malformed"_s);

    const QString state = m_redirectState.isEmpty() ? query.value(u"state"_s) : m_redirectState;
    QUrlQuery answer;
    if (m_deny) {
        answer.addQueryItem(u"error"_s, u"access_denied"_s);
        answer.addQueryItem(u"error_description"_s, u"The user denied access"_s);
    } else {
        // A '/' as in Google's codes, to check that the client decodes the redirect.
        const QString code = u"4/"_s + randomText(24);
        m_codes.insert(
            code,
            {query.value(u"client_id"_s), query.value(u"redirect_uri"_s), challenge.toLatin1()});
        answer.addQueryItem(u"code"_s, QString::fromLatin1(QUrl::toPercentEncoding(code)));
    }
    answer.addQueryItem(u"state"_s, QString::fromLatin1(QUrl::toPercentEncoding(state)));
    QUrl location = redirect;
    location.setQuery(answer.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_lastRejection.clear();
    Response response;
    response.status = 302;
    response.reason = "Found";
    response.headers.emplaceBack("Location"_ba, location.toEncoded());
    return response;
}

MockAuthServer::Response MockAuthServer::token(const QHash<QString, QString> &form)
{
    ++m_tokenRequests;
    m_lastToken = form;
    const QString grantType = form.value(u"grant_type"_s);
    if (grantType == "refresh_token"_L1)
        ++m_refreshRequests;
    if (m_failureStatus != 0) {
        m_lastRejection = u"configured to fail"_s;
        Response response;
        response.status = m_failureStatus;
        response.reason = "Error";
        response.headers.emplaceBack("Content-Type"_ba, "application/json"_ba);
        response.body = json({{u"error"_s, QString::fromLatin1(m_failureError)},
                              {u"error_description"_s, u"The mock says no"_s}});
        return response;
    }
    if (form.value(u"client_id"_s) != m_clientId)
        return tokenError("invalid_client", u"unknown client_id"_s);
    if (!m_clientSecret.isEmpty() && form.value(u"client_secret"_s) != m_clientSecret)
        return tokenError("invalid_client", u"wrong client_secret"_s);

    if (grantType == "authorization_code"_L1) {
        const QString code = form.value(u"code"_s);
        const auto it = m_codes.constFind(code);
        if (it == m_codes.constEnd())
            return tokenError("invalid_grant", u"unknown or already used code"_s);
        const Grant grant = *it;
        m_codes.erase(it); // one-time, even when the rest fails
        if (form.value(u"redirect_uri"_s) != grant.redirectUri)
            return tokenError("invalid_grant", u"redirect_uri differs from /authorize"_s);
        const QString verifier = form.value(u"code_verifier"_s);
        if (!isVerifier(verifier))
            return tokenError("invalid_grant", u"code_verifier is missing or malformed"_s);
        const QByteArray expected =
            m_expectedChallenge.isEmpty() ? grant.challenge : m_expectedChallenge;
        const QByteArray actual =
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (actual != expected)
            return tokenError("invalid_grant", u"PKCE verification failed"_s);
        return issueTokens(true);
    }
    if (grantType == "refresh_token"_L1) {
        const QString refreshToken = form.value(u"refresh_token"_s);
        if (!m_refreshTokens.contains(refreshToken))
            return tokenError("invalid_grant", u"unknown refresh token"_s);
        if (m_rotateRefreshTokens)
            m_refreshTokens.remove(refreshToken);
        return issueTokens(m_rotateRefreshTokens);
    }
    return tokenError("unsupported_grant_type", u"unsupported grant_type"_s);
}

MockAuthServer::Response MockAuthServer::issueTokens(bool withRefreshToken)
{
    const QString accessToken = u"ya29."_s + randomText(32);
    m_accessTokens.insert(accessToken, m_userName);
    QJsonObject object {{u"access_token"_s, accessToken},
                        {u"expires_in"_s, 3599},
                        {u"token_type"_s, u"Bearer"_s},
                        {u"scope"_s, u"https://mail.google.com/"_s}};
    if (withRefreshToken) {
        const QString refreshToken = u"1//"_s + randomText(32);
        m_refreshTokens.insert(refreshToken);
        object.insert(u"refresh_token"_s, refreshToken);
    }
    m_lastRejection.clear();
    Response response;
    response.headers.emplaceBack("Content-Type"_ba, "application/json; charset=utf-8"_ba);
    response.body = json(object);
    return response;
}

MockAuthServer::Response MockAuthServer::introspect(const Request &request, const QString &path,
                                                    const QHash<QString, QString> &query)
{
    ++m_introspectionRequests;
    QString token;
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization.startsWith("Bearer "))
        token = QString::fromLatin1(authorization.mid(7)).trimmed();
    if (token.isEmpty() && request.method == "POST")
        token = parseForm(request.body).value(u"token"_s);
    if (token.isEmpty())
        token = query.value(u"token"_s);
    if (token.isEmpty() && path.startsWith("/introspect/"_L1))
        token = path.mid(12);
    Response response;
    response.headers.emplaceBack("Content-Type"_ba, "application/json"_ba);
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd()) {
        m_lastRejection = u"introspection of an unknown token"_s;
        response.body = json({{u"active"_s, false}});
        return response;
    }
    m_lastIntrospected = token;
    m_lastRejection.clear();
    response.body = json({{u"active"_s, true},
                          {u"username"_s, *it},
                          {u"client_id"_s, m_clientId},
                          {u"scope"_s, u"https://mail.google.com/"_s},
                          {u"token_type"_s, u"Bearer"_s}});
    return response;
}
