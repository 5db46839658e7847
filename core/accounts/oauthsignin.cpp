#include "accounts/oauthsignin.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

#include "logging.h"

using namespace Qt::StringLiterals;

namespace Accounts {

namespace {

constexpr int tokenRequestTimeoutMs = 60 * 1000;
constexpr qsizetype maxServerTextLength = 300;
constexpr qint64 maxExpiresInSeconds = 366LL * 24 * 3600;

// Random URL-safe text: state and PKCE verifier.
QByteArray randomUnreserved(int length)
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    constexpr quint32 alphabetSize = sizeof(alphabet) - 1; // 66
    QByteArray text;
    text.reserve(length);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        text.append(alphabet[random->bounded(alphabetSize)]);
    return text;
}

// Text from a server for a message: printable ASCII only, bounded.
QString serverText(const QString &text)
{
    QString clean;
    for (const QChar c : text) {
        if (clean.size() >= maxServerTextLength) {
            clean += u'…';
            break;
        }
        clean += (c.unicode() >= 0x20 && c.unicode() < 0x7F) ? c : u'?';
    }
    return clean;
}

// RFC 6749 appendix A.12/A.17: access and refresh tokens are 1*VSCHAR (0x20-0x7E). Anything
// else (a control character would also break the SASL framing) is refused.
bool plausibleToken(const QString &token)
{
    if (token.isEmpty() || token.size() > maxTokenLength)
        return false;
    return std::all_of(token.cbegin(), token.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

// application/x-www-form-urlencoded, every reserved character escaped (Qt 6.4's QUrlQuery
// leaves '+' as it is, which a server reads as a space).
QByteArray formBody(const QList<std::pair<QString, QString>> &parameters)
{
    QByteArray body;
    for (const auto &[name, value] : parameters) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// A query value the way QOAuth2AuthorizationCodeFlow (6.4) puts it into the authorization URL:
// it leaves existing %XX escapes alone but does not escape '+' or '%', so values are escaped here.
QString queryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

namespace Pkce {

QByteArray generateVerifier(int length)
{
    return randomUnreserved(std::clamp(length, minVerifierLength, maxVerifierLength));
}

QByteArray challengeS256(QByteArrayView verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace Pkce

OAuthSignIn::OAuthSignIn(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Accounts::OAuthTokens>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OAuthSignIn::onTimeout);
    // The token endpoint must answer itself; a redirect would repeat the POST elsewhere.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

OAuthSignIn::~OAuthSignIn()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_replyHandler)
        m_replyHandler->close();
    // Flows (possibly waiting for deleteLater) use m_network, which goes before the children.
    qDeleteAll(findChildren<QOAuth2AuthorizationCodeFlow *>(Qt::FindDirectChildrenOnly));
}

bool OAuthSignIn::isListening() const
{
    return m_replyHandler && m_replyHandler->isListening();
}

bool OAuthSignIn::begin(const OAuthProvider &provider)
{
    if (m_running)
        return false;
    m_running = true;
    ++m_generation;
    m_provider = provider;
    m_replyBody.clear();
    m_verifier.clear();
    m_state.clear();
    m_redirectUri.clear();
    m_previousRefreshToken.clear();
    m_timer.start(m_timeoutMs);
    return true;
}

// GUI thread
bool OAuthSignIn::start(const OAuthProvider &provider, const QString &loginHint)
{
    if (!begin(provider))
        return false;
    const QString configError = configurationError(provider);
    if (!configError.isEmpty()) {
        failLater(configError);
        return true;
    }

    // Qt Network Auth builds the authorization request (client id, redirect, scope, state) and
    // runs the loopback listener. The redirect is handled here, and the token requests are
    // made here with QNetworkAccessManager, because QOAuth2AuthorizationCodeFlow in Qt 6.4
    // cannot send a PKCE code_verifier with its own code exchange in a way it also reports
    // failures: a token endpoint error (HTTP 400 invalid_grant) only logs a warning and no
    // signal follows, a state mismatch is dropped silently, the reply is read without a size
    // limit, and refreshAccessToken() gives no error either. Each of those would leave the
    // user waiting forever.
    m_flow = new QOAuth2AuthorizationCodeFlow(&m_network, this);
    m_replyHandler =
        new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, m_flow);
    if (!m_replyHandler->isListening()) {
        failLater(tr("cannot listen on 127.0.0.1 for the sign-in's answer from the browser"));
        return true;
    }
    m_replyHandler->setCallbackText(
        tr("Satchel received the answer. You can close this page and return to Satchel."));
    m_flow->setReplyHandler(m_replyHandler);
    m_flow->setAuthorizationUrl(provider.authorizationUrl);
    m_flow->setAccessTokenUrl(provider.tokenUrl);
    m_flow->setClientIdentifier(provider.clientId);
    m_flow->setScope(provider.scopes.join(u' '));
    // 32 random characters instead of Qt 6.4's 8.
    m_state = QString::fromLatin1(randomUnreserved(32));
    m_flow->setState(m_state);
    m_verifier = Pkce::generateVerifier();
    const QString challenge = QString::fromLatin1(Pkce::challengeS256(m_verifier));
    const QString hint = loginHint.trimmed();
    m_flow->setModifyParametersFunction(
        [challenge, hint](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RequestingAuthorization)
                return;
            parameters->insert(u"code_challenge"_s, challenge);
            parameters->insert(u"code_challenge_method"_s, u"S256"_s);
            if (!hint.isEmpty())
                parameters->insert(u"login_hint"_s, queryValue(hint));
        });
    m_redirectUri = QUrl(m_replyHandler->callback());
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::browserNeeded);
    connect(m_replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &OAuthSignIn::onRedirect);
    m_flow->grant();
    // grant() has connected the flow to the redirect as well: only onRedirect() may redeem the
    // code (see above). (A slot of browserNeeded() may have cancelled already.)
    if (m_flow && m_replyHandler)
        disconnect(m_replyHandler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow, nullptr);
    qCDebug(lcAccount) << "OAuth2 sign-in with" << provider.id << "redirects to" << m_redirectUri;
    return true;
}

// GUI thread
bool OAuthSignIn::refresh(const OAuthProvider &provider, const QString &refreshToken)
{
    if (!begin(provider))
        return false;
    QString error = configurationError(provider);
    if (error.isEmpty() && !plausibleToken(refreshToken))
        error = tr("there is no valid refresh token: sign in again");
    if (!error.isEmpty()) {
        failLater(error);
        return true;
    }
    m_previousRefreshToken = refreshToken;
    QList<std::pair<QString, QString>> parameters = {
        {u"grant_type"_s, u"refresh_token"_s},
        {u"refresh_token"_s, refreshToken},
        {u"client_id"_s, provider.clientId},
    };
    if (!provider.clientSecret.isEmpty())
        parameters.append({u"client_secret"_s, provider.clientSecret});
    postToTokenEndpoint(parameters);
    return true;
}

// GUI thread
void OAuthSignIn::cancel()
{
    if (m_running)
        fail(tr("the sign-in was cancelled"));
}

void OAuthSignIn::onRedirect(const QVariantMap &values)
{
    if (!m_running || m_reply)
        return;
    // A browser's stray request to "/" (a prefetch) is no answer: keep waiting for one.
    if (!values.contains(u"state"_s) && !values.contains(u"code"_s) && !values.contains(u"error"_s))
        return;
    // One answer per sign-in: nothing else may reach the listener.
    m_replyHandler->close();

    // Qt 6.4's handler leaves escapes such as %2F in the values (Google's codes start with
    // "4/"); only '%' itself is never decoded, so decoding once more gives the exact value.
    const auto value = [&values](const QString &name) {
        return QUrl::fromPercentEncoding(values.value(name).toString().toUtf8());
    };
    const QString state = value(u"state"_s);
    const QString error = value(u"error"_s);
    const QString code = value(u"code"_s);
    if (state != m_state)
        return fail(tr("the answer from the browser does not belong to this sign-in (the state "
                       "does not match); try again"));
    if (error == "access_denied"_L1)
        return fail(tr("access was denied: the sign-in was cancelled or not allowed in the "
                       "browser"));
    if (!error.isEmpty()) {
        const QString description = value(u"error_description"_s);
        return fail(
            description.isEmpty()
                ? tr("%1 refused the sign-in: %2").arg(m_provider.displayName, serverText(error))
                : tr("%1 refused the sign-in: %2 (%3)")
                      .arg(m_provider.displayName, serverText(error), serverText(description)));
    }
    if (code.isEmpty() || code.size() > maxTokenLength)
        return fail(tr("the answer from the browser carries no authorization code"));

    QList<std::pair<QString, QString>> parameters = {
        {u"grant_type"_s, u"authorization_code"_s},
        {u"code"_s, code},
        {u"redirect_uri"_s, m_redirectUri.toString(QUrl::FullyEncoded)},
        {u"client_id"_s, m_provider.clientId},
        {u"code_verifier"_s, QString::fromLatin1(m_verifier)},
    };
    if (!m_provider.clientSecret.isEmpty())
        parameters.append({u"client_secret"_s, m_provider.clientSecret});
    postToTokenEndpoint(parameters);
}

void OAuthSignIn::postToTokenEndpoint(const QList<std::pair<QString, QString>> &parameters)
{
    QNetworkRequest request(m_provider.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(std::min(m_timeoutMs, tokenRequestTimeoutMs));
    m_replyBody.clear();
    m_reply = m_network.post(request, formBody(parameters));
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        m_replyBody += m_reply->read(maxTokenReplyBytes + 1 - m_replyBody.size());
        if (m_replyBody.size() > maxTokenReplyBytes)
            fail(tr("the token endpoint of %1 sent more than %2 KiB")
                     .arg(m_provider.displayName)
                     .arg(maxTokenReplyBytes / 1024));
    });
    connect(m_reply, &QNetworkReply::finished, this, &OAuthSignIn::onTokenReplyFinished);
}

void OAuthSignIn::onTokenReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    m_replyBody += reply->read(maxTokenReplyBytes + 1 - m_replyBody.size());
    const QString name = m_provider.displayName;
    if (m_replyBody.size() > maxTokenReplyBytes)
        return fail(tr("the token endpoint of %1 sent more than %2 KiB")
                        .arg(name)
                        .arg(maxTokenReplyBytes / 1024));
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return fail(
            tr("cannot reach the token endpoint of %1: %2").arg(name, reply->errorString()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_replyBody, &parseError);
    const QJsonObject object = document.object();
    if (status.toInt() != 200) {
        const QString error = object.value("error"_L1).toString();
        const QString description = object.value("error_description"_L1).toString();
        if (error.isEmpty())
            return fail(
                tr("the token endpoint of %1 answered HTTP %2").arg(name).arg(status.toInt()));
        if (error == "invalid_grant"_L1 && !m_previousRefreshToken.isEmpty())
            return fail(tr("%1 no longer accepts the saved sign-in (invalid_grant); sign in "
                           "again")
                            .arg(name));
        return fail(description.isEmpty()
                        ? tr("the token endpoint of %1 refused: %2").arg(name, serverText(error))
                        : tr("the token endpoint of %1 refused: %2 (%3)")
                              .arg(name, serverText(error), serverText(description)));
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("the token endpoint of %1 sent something other than JSON").arg(name));

    const QString tokenType = object.value("token_type"_L1).toString();
    if (!tokenType.isEmpty() && tokenType.compare("bearer"_L1, Qt::CaseInsensitive) != 0)
        return fail(tr("the token endpoint of %1 sent a token of type %2, not Bearer")
                        .arg(name, serverText(tokenType)));
    OAuthTokens tokens;
    tokens.accessToken = object.value("access_token"_L1).toString();
    if (!plausibleToken(tokens.accessToken))
        return fail(tr("the token endpoint of %1 sent no valid access token").arg(name));
    tokens.refreshToken = object.value("refresh_token"_L1).toString();
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = m_previousRefreshToken;
    else if (!plausibleToken(tokens.refreshToken))
        return fail(tr("the token endpoint of %1 sent an invalid refresh token").arg(name));
    // A number by RFC 6749, a string from some servers.
    const QJsonValue expiresIn = object.value("expires_in"_L1);
    const qint64 seconds =
        expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble(-1));
    if (seconds > 0)
        tokens.expiresAt =
            QDateTime::currentDateTimeUtc().addSecs(std::min(seconds, maxExpiresInSeconds));
    succeed(tokens);
}

void OAuthSignIn::onTimeout()
{
    if (!m_running)
        return;
    const int seconds = (m_timeoutMs + 999) / 1000;
    fail(seconds >= 120
             ? tr("the sign-in did not finish within %n minute(s)", nullptr, seconds / 60)
             : tr("the sign-in did not finish within %n second(s)", nullptr, seconds));
}

void OAuthSignIn::succeed(const OAuthTokens &tokens)
{
    finish();
    Q_EMIT succeeded(tokens);
}

void OAuthSignIn::fail(const QString &message)
{
    finish();
    qCInfo(lcAccount) << "OAuth2 sign-in with" << m_provider.id << "failed:" << message;
    Q_EMIT failed(message);
}

void OAuthSignIn::failLater(const QString &message)
{
    QTimer::singleShot(0, this, [this, message, generation = m_generation] {
        if (m_running && m_generation == generation)
            fail(message);
    });
}

void OAuthSignIn::finish()
{
    m_running = false;
    m_timer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    if (m_replyHandler) {
        m_replyHandler->disconnect(this);
        m_replyHandler->close();
    }
    // Possibly called from within the handler's signal: delete later.
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    m_flow = nullptr;
    m_replyHandler = nullptr;
    m_redirectUri.clear();
    m_verifier.clear();
    m_state.clear();
    m_replyBody.clear();
}

} // namespace Accounts
