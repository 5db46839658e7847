#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include "accounts/connectiontester.h"
#include "accounts/oauthprovider.h"
#include "accounts/oauthsignin.h"
#include "dovecotserver.h"
#include "mockauthserver.h"
#include "sync/keychain.h"

using namespace Accounts;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Pop3::Sasl::Mechanism)

namespace {

constexpr int waitMs = 20000;
const QString loginHint = QStringLiteral("alice+oauth@example.test");

// The system browser, played by the test: it loads the authorization address, does not follow
// the 302 by itself but reads Location and loads that (the loopback redirect), once.
class FakeBrowser final : public QObject
{
public:
    explicit FakeBrowser(OAuthSignIn *signIn)
    {
        connect(signIn, &OAuthSignIn::browserNeeded, this, &FakeBrowser::open);
    }

    bool enabled = true;
    QList<QUrl> opened; // every address loaded, in order
    QUrl location; // the authorization server's redirect
    QByteArray loopbackPage; // what the loopback handler answered
    int loopbackStatus = 0;

    void open(const QUrl &url)
    {
        if (!enabled)
            return;
        get(url, [this](QNetworkReply *reply) {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
                return;
            location = reply->url().resolved(
                QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
            get(location, [this](QNetworkReply *loopback) {
                loopbackStatus =
                    loopback->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                loopbackPage = loopback->readAll();
            });
        });
    }

private:
    template<typename Then>
    void get(const QUrl &url, Then then)
    {
        opened.append(url);
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, then] {
            reply->deleteLater();
            then(reply);
        });
    }

    QNetworkAccessManager m_network;
};

struct Outcome
{
    bool finished = false;
    bool ok = false;
    OAuthTokens tokens;
    QString error;
};

Outcome waitFor(OAuthSignIn &signIn, QSignalSpy &succeeded, QSignalSpy &failed)
{
    Outcome outcome;
    outcome.finished =
        QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, waitMs);
    if (!succeeded.isEmpty()) {
        outcome.ok = true;
        outcome.tokens = succeeded.first().first().value<OAuthTokens>();
    } else if (!failed.isEmpty()) {
        outcome.error = failed.first().first().toString();
    }
    // Exactly one of the two, once.
    QTest::qWait(50);
    if (succeeded.size() + failed.size() != 1)
        outcome.finished = false;
    Q_UNUSED(signIn);
    return outcome;
}

bool refusesConnections(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(2000))
        return socket.error() == QAbstractSocket::ConnectionRefusedError;
    socket.abort();
    return false;
}

bool dovecotInstalled()
{
    return !QStandardPaths::findExecutable(u"dovecot"_s).isEmpty()
        || !QStandardPaths::findExecutable(u"dovecot"_s,
                                           {u"/usr/sbin"_s, u"/usr/local/sbin"_s, u"/sbin"_s})
                .isEmpty();
}

} // namespace

// OAuth2 sign-in end to end on loopback only: OAuthSignIn against MockAuthServer with the test
// playing the browser, and the access token used to log in to a real Dovecot whose oauth2
// passdb asks the same mock server.
class TestOAuth final : public QObject
{
    Q_OBJECT

private:
    MockAuthServer m_server;

    OAuthProvider provider() const
    {
        OAuthProvider p;
        p.id = u"mock"_s;
        p.displayName = u"Mock Mail"_s;
        p.authorizationUrl = m_server.authorizationUrl();
        p.tokenUrl = m_server.tokenUrl();
        p.scopes = {u"https://mail.google.com/"_s, u"offline_access"_s};
        p.clientId = u"satchel-test-client"_s;
        p.hosts = {u"pop.mock.test"_s};
        return p;
    }

    // A complete sign-in; the tokens, or an error.
    Outcome signIn(OAuthSignIn &signIn)
    {
        FakeBrowser browser(&signIn);
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        if (!signIn.start(provider(), loginHint))
            return {};
        return waitFor(signIn, succeeded, failed);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_server.setClientSecret({});
        m_server.setDenyAuthorization(false);
        m_server.setRedirectState({});
        m_server.setExpectedChallenge({});
        m_server.setTokenFailure(0);
        m_server.setRotateRefreshTokens(false);
        m_server.setUserName(u"alice"_s);
    }

    void signInSucceeds()
    {
        m_server.setClientSecret(u"not-so-secret"_s);
        OAuthProvider p = provider();
        p.clientSecret = u"not-so-secret"_s;
        OAuthSignIn signIn;
        FakeBrowser browser(&signIn);
        QSignalSpy needed(&signIn, &OAuthSignIn::browserNeeded);
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        const int tokenRequestsBefore = m_server.tokenRequests();
        QVERIFY(signIn.start(p, loginHint));
        QVERIFY(signIn.isRunning());
        QVERIFY(!signIn.start(p, loginHint)); // one at a time
        const QUrl redirect = signIn.redirectUri();
        QCOMPARE(redirect.scheme(), u"http"_s);
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QCOMPARE(redirect.path(), u"/"_s);
        QVERIFY(signIn.isListening());

        const Outcome outcome = waitFor(signIn, succeeded, failed);
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.ok,
                 qPrintable(outcome.error + u" / server: "_s + m_server.lastRejection()));
        QVERIFY(!signIn.isRunning());
        QCOMPARE(needed.size(), 1);

        // The authorization request, as the server saw it.
        const QHash<QString, QString> authorize = m_server.lastAuthorizeParameters();
        QCOMPARE(authorize.value(u"response_type"_s), u"code"_s);
        QCOMPARE(authorize.value(u"client_id"_s), u"satchel-test-client"_s);
        QCOMPARE(authorize.value(u"redirect_uri"_s), redirect.toString());
        QCOMPARE(authorize.value(u"scope"_s), u"https://mail.google.com/ offline_access"_s);
        QCOMPARE(authorize.value(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(authorize.value(u"login_hint"_s), loginHint); // '+' survives
        QVERIFY(authorize.value(u"state"_s).size() >= 32);

        // The code exchange: one request (Qt's flow did not redeem the code as well), with the
        // verifier that hashes to the challenge.
        QCOMPARE(m_server.tokenRequests(), tokenRequestsBefore + 1);
        const QHash<QString, QString> token = m_server.lastTokenParameters();
        QCOMPARE(token.value(u"grant_type"_s), u"authorization_code"_s);
        QCOMPARE(token.value(u"redirect_uri"_s), redirect.toString());
        QCOMPARE(token.value(u"client_secret"_s), u"not-so-secret"_s);
        QVERIFY(token.value(u"code"_s).startsWith(u"4/"_s));
        const QString verifier = token.value(u"code_verifier"_s);
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QCOMPARE(QString::fromLatin1(Pkce::challengeS256(verifier.toLatin1())),
                 authorize.value(u"code_challenge"_s));

        QVERIFY(m_server.issuedAccessTokens().contains(outcome.tokens.accessToken));
        QVERIFY(m_server.issuedRefreshTokens().contains(outcome.tokens.refreshToken));
        QVERIFY(outcome.tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3500));
        QVERIFY(outcome.tokens.expiresAt < QDateTime::currentDateTimeUtc().addSecs(3700));

        // The browser got the loopback page, and the listener is closed.
        QTRY_COMPARE(browser.loopbackStatus, 200);
        QVERIFY(browser.loopbackPage.contains("close this page"));
        QCOMPARE(browser.location.port(), redirect.port());
        QVERIFY(!signIn.isListening());
        QVERIFY(refusesConnections(redirect));
    }

    // A request to the loopback address without an answer (a browser's prefetch) changes
    // nothing; the real redirect afterwards still signs in.
    void strayLoopbackRequestIgnored()
    {
        OAuthSignIn signIn;
        FakeBrowser browser(&signIn);
        browser.enabled = false;
        QSignalSpy needed(&signIn, &OAuthSignIn::browserNeeded);
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QVERIFY(signIn.start(provider(), loginHint));
        QNetworkAccessManager network;
        QNetworkReply *stray = network.get(QNetworkRequest(signIn.redirectUri()));
        QSignalSpy strayDone(stray, &QNetworkReply::finished);
        QVERIFY(strayDone.wait(waitMs));
        stray->deleteLater();
        QVERIFY(signIn.isRunning());
        QVERIFY(signIn.isListening());
        QCOMPARE(failed.size(), 0);
        browser.enabled = true;
        browser.open(needed.first().first().toUrl());
        const Outcome outcome = waitFor(signIn, succeeded, failed);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("expected");
        QTest::newRow("user denies") << u"deny"_s << u"access was denied"_s;
        QTest::newRow("wrong state") << u"state"_s << u"state does not match"_s;
        QTest::newRow("PKCE verifier does not match")
            << u"challenge"_s << u"invalid_grant (PKCE verification failed)"_s;
        QTest::newRow("token endpoint 400")
            << u"token400"_s << u"refused: invalid_request (The mock says no)"_s;
        QTest::newRow("token endpoint 500") << u"token500"_s << u"refused: server_error"_s;
    }

    void failures()
    {
        QFETCH(QString, setup);
        QFETCH(QString, expected);
        if (setup == "deny"_L1)
            m_server.setDenyAuthorization(true);
        else if (setup == "state"_L1)
            m_server.setRedirectState(u"forged-state"_s);
        else if (setup == "challenge"_L1)
            m_server.setExpectedChallenge(Pkce::challengeS256(Pkce::generateVerifier()));
        else if (setup == "token400"_L1)
            m_server.setTokenFailure(400, "invalid_request");
        else if (setup == "token500"_L1)
            m_server.setTokenFailure(500, "server_error");
        const int tokenRequestsBefore = m_server.tokenRequests();

        OAuthSignIn signIn;
        const Outcome outcome = this->signIn(signIn);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
        QVERIFY(!signIn.isRunning());
        QVERIFY(!signIn.isListening());
        // Denied and forged answers never reach the token endpoint.
        if (setup == "deny"_L1 || setup == "state"_L1)
            QCOMPARE(m_server.tokenRequests(), tokenRequestsBefore);
        else
            QCOMPARE(m_server.tokenRequests(), tokenRequestsBefore + 1);
    }

    void refreshGivesNewAccessToken_data()
    {
        QTest::addColumn<bool>("rotate");
        QTest::newRow("refresh token kept") << false;
        QTest::newRow("refresh token rotated") << true;
    }

    void refreshGivesNewAccessToken()
    {
        QFETCH(bool, rotate);
        OAuthSignIn signIn;
        const Outcome first = this->signIn(signIn);
        QVERIFY2(first.ok, qPrintable(first.error));

        m_server.setRotateRefreshTokens(rotate);
        const int refreshesBefore = m_server.refreshRequests();
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QSignalSpy needed(&signIn, &OAuthSignIn::browserNeeded);
        QVERIFY(signIn.refresh(provider(), first.tokens.refreshToken));
        const Outcome second = waitFor(signIn, succeeded, failed);
        QVERIFY(second.finished);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(needed.size(), 0);
        QCOMPARE(m_server.refreshRequests(), refreshesBefore + 1);
        QCOMPARE(m_server.lastTokenParameters().value(u"refresh_token"_s),
                 first.tokens.refreshToken);
        QVERIFY(second.tokens.accessToken != first.tokens.accessToken);
        QVERIFY(m_server.issuedAccessTokens().contains(second.tokens.accessToken));
        if (rotate) {
            QVERIFY(second.tokens.refreshToken != first.tokens.refreshToken);
            QVERIFY(m_server.issuedRefreshTokens().contains(second.tokens.refreshToken));
        } else {
            QCOMPARE(second.tokens.refreshToken, first.tokens.refreshToken);
        }
        QVERIFY(second.tokens.expiresAt.isValid());
    }

    void refreshWithRevokedTokenFails()
    {
        OAuthSignIn signIn;
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QVERIFY(signIn.refresh(provider(), u"1//revoked-or-never-issued"_s));
        const Outcome outcome = waitFor(signIn, succeeded, failed);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(u"sign in again"_s), qPrintable(outcome.error));
    }

    void timeout()
    {
        OAuthSignIn signIn;
        signIn.setTimeout(300);
        FakeBrowser browser(&signIn);
        browser.enabled = false; // the user never finishes in the browser
        QSignalSpy needed(&signIn, &OAuthSignIn::browserNeeded);
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QVERIFY(signIn.start(provider(), loginHint));
        const QUrl redirect = signIn.redirectUri();
        const Outcome outcome = waitFor(signIn, succeeded, failed);
        QVERIFY(outcome.finished);
        QVERIFY(!outcome.ok);
        QCOMPARE(needed.size(), 1);
        QVERIFY2(outcome.error.contains(u"did not finish within 1 second"_s)
                     || outcome.error.contains(u"did not finish"_s),
                 qPrintable(outcome.error));
        QVERIFY(refusesConnections(redirect));
    }

    void cancel()
    {
        OAuthSignIn signIn;
        FakeBrowser browser(&signIn);
        browser.enabled = false;
        QSignalSpy succeeded(&signIn, &OAuthSignIn::succeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QVERIFY(signIn.start(provider(), loginHint));
        const QUrl redirect = signIn.redirectUri();
        signIn.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), u"the sign-in was cancelled"_s);
        QVERIFY(!signIn.isRunning());
        QVERIFY(refusesConnections(redirect));
        // The (too late) browser answer changes nothing, and a new sign-in works.
        QTest::qWait(50);
        QCOMPARE(succeeded.size() + failed.size(), 1);
        const Outcome again = this->signIn(signIn);
        QVERIFY2(again.ok, qPrintable(again.error));
    }

    void unconfiguredProvider_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("google") << u"google"_s
                                << u"no OAuth2 client id is configured for Google; set "
                                   "SATCHEL_OAUTH_GOOGLE_CLIENT_ID and "
                                   "SATCHEL_OAUTH_GOOGLE_CLIENT_SECRET"_s;
        QTest::newRow("microsoft") << u"microsoft"_s
                                   << u"no OAuth2 client id is configured for Microsoft 365; set "
                                      "SATCHEL_OAUTH_MICROSOFT_CLIENT_ID"_s;
    }

    void unconfiguredProvider()
    {
        QFETCH(QString, id);
        QFETCH(QString, expected);
        qunsetenv(qPrintable(clientIdVariable(id)));
        const std::optional<OAuthProvider> p = providerById(id);
        QVERIFY(p);
        QVERIFY(p->clientId.isEmpty());
        QVERIFY2(configurationError(*p).startsWith(expected), qPrintable(configurationError(*p)));
        OAuthSignIn signIn;
        QSignalSpy needed(&signIn, &OAuthSignIn::browserNeeded);
        QSignalSpy failed(&signIn, &OAuthSignIn::failed);
        QVERIFY(signIn.start(*p, loginHint));
        QCOMPARE(failed.size(), 0); // later, never from within start()
        QVERIFY(failed.wait(waitMs));
        QVERIFY(failed.first().first().toString().startsWith(expected));
        QCOMPARE(needed.size(), 0);
    }

    void insecureTokenEndpointRefused()
    {
        OAuthProvider p = provider();
        p.tokenUrl = QUrl(u"http://oauth2.example.test/token"_s);
        QVERIFY(configurationError(p).contains(u"not a valid https address"_s));
        p.tokenUrl = QUrl(u"https://oauth2.example.test/token"_s);
        QVERIFY(configurationError(p).isEmpty());
    }

    void providers()
    {
        resetProviderOverrides();
        const std::optional<OAuthProvider> google = providerForHost(u"POP.Gmail.com."_s);
        QVERIFY(google);
        QCOMPARE(google->id, u"google"_s);
        QCOMPARE(google->authorizationUrl, QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_s));
        QCOMPARE(google->tokenUrl, QUrl(u"https://oauth2.googleapis.com/token"_s));
        QCOMPARE(google->scopes, QStringList {u"https://mail.google.com/"_s});
        for (const QString &host : {u"outlook.office365.com"_s, u"pop-mail.outlook.com"_s}) {
            const std::optional<OAuthProvider> microsoft = providerForHost(host);
            QVERIFY(microsoft);
            QCOMPARE(microsoft->id, u"microsoft"_s);
            QCOMPARE(microsoft->tokenUrl,
                     QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s));
            QCOMPARE(microsoft->scopes,
                     QStringList({u"https://outlook.office.com/POP.AccessAsUser.All"_s,
                                  u"offline_access"_s}));
        }
        QVERIFY(!providerForHost(u"pop.example.test"_s));
        QVERIFY(!providerForHost({}));

        // Client ids from the environment.
        qputenv("SATCHEL_OAUTH_GOOGLE_CLIENT_ID", "1234-abc.apps.googleusercontent.com");
        qputenv("SATCHEL_OAUTH_GOOGLE_CLIENT_SECRET", "GOCSPX-test");
        QCOMPARE(providerForHost(u"pop.gmail.com"_s)->clientId,
                 u"1234-abc.apps.googleusercontent.com"_s);
        QCOMPARE(providerForHost(u"pop.gmail.com"_s)->clientSecret, u"GOCSPX-test"_s);
        QVERIFY(configurationError(*providerForHost(u"pop.gmail.com"_s)).isEmpty());
        qunsetenv("SATCHEL_OAUTH_GOOGLE_CLIENT_ID");
        qunsetenv("SATCHEL_OAUTH_GOOGLE_CLIENT_SECRET");

        // Overrides: endpoints of a built-in provider, and a new one.
        OAuthProvider google2 = *google;
        google2.tokenUrl = m_server.tokenUrl();
        overrideProvider(google2);
        overrideProvider(provider());
        QCOMPARE(providerForHost(u"pop.gmail.com"_s)->tokenUrl, m_server.tokenUrl());
        QCOMPARE(providerForHost(u"pop.mock.test"_s)->id, u"mock"_s);
        QCOMPARE(oauthProviders().size(), 3);
        resetProviderOverrides();
        QVERIFY(!providerForHost(u"pop.mock.test"_s));
        QCOMPARE(providerForHost(u"pop.gmail.com"_s)->tokenUrl,
                 QUrl(u"https://oauth2.googleapis.com/token"_s));
    }

    // Refresh tokens live under their own keychain service; without a keychain the caller is
    // told plainly (the test environment has no D-Bus session to store into).
    void refreshTokenKeychainWithoutDbus()
    {
        const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QObject context;
        int calls = 0;
        QString error;
        const auto done = [&](const Sync::Keychain::Result &result) {
            ++calls;
            QVERIFY(!result.ok);
            error = result.error;
        };
        Sync::Keychain::writeRefreshToken(u"alice"_s, u"1//token"_s, &context, done);
        Sync::Keychain::readRefreshToken(u"alice"_s, &context, done);
        Sync::Keychain::deleteRefreshToken(u"alice"_s, &context, done);
        QCOMPARE(calls, 0); // asynchronous
        QTRY_COMPARE(calls, 3);
        QVERIFY(error.contains(u"no keychain is reachable"_s));
        if (!saved.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    }

    // The whole way: sign in, then log in to a real Dovecot with the access token over
    // XOAUTH2 and OAUTHBEARER; Dovecot's oauth2 passdb introspects the token at the mock.
    void popLoginWithAccessToken_data()
    {
        QTest::addColumn<Pop3::Sasl::Mechanism>("mechanism");
        QTest::newRow("XOAUTH2") << Pop3::Sasl::Mechanism::XOAuth2;
        QTest::newRow("OAUTHBEARER") << Pop3::Sasl::Mechanism::OAuthBearer;
    }

    void popLoginWithAccessToken()
    {
        QFETCH(Pop3::Sasl::Mechanism, mechanism);
        if (!dovecotInstalled())
            QSKIP("dovecot is not installed (scripts/bootstrap.sh installs it)");
        DovecotServer dovecot;
        dovecot.setOAuth2IntrospectionUrl(m_server.introspectionUrl());
        QVERIFY2(dovecot.start(), qPrintable(dovecot.errorString()));
        QVERIFY(dovecot.deliver(u"alice"_s, "Subject: oauth\r\n\r\nbody\r\n"_ba));

        OAuthSignIn signIn;
        const Outcome outcome = this->signIn(signIn);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));

        Store::Account account;
        account.name = u"alice"_s;
        account.email = loginHint;
        account.host = u"localhost"_s;
        account.security = Pop3::Security::ImplicitTls;
        account.port = dovecot.pop3sPort();
        account.user = u"alice"_s;
        account.caFile = dovecot.caCertificatePath();
        account.authMethod = Pop3::Sasl::AuthMethod::OAuth2;
        account.mechanism = mechanism;

        const auto test = [&account](const QString &accessToken) {
            ConnectionTester tester;
            tester.setTimeout(10000);
            QSignalSpy finished(&tester, &ConnectionTester::finished);
            if (!tester.start(account, accessToken) || !finished.wait(30000))
                return TestReport {};
            return finished.first().first().value<TestReport>();
        };

        const int introspectionsBefore = m_server.introspectionRequests();
        const TestReport report = test(outcome.tokens.accessToken);
        QVERIFY2(report.ok,
                 qPrintable(report.steps.join(u'\n') + u'\n' + report.protocolLog + u'\n'
                            + QString::fromUtf8(dovecot.log().right(3000))));
        QCOMPARE(report.messagesOnServer, 1);
        QVERIFY(report.capabilities.join(u' ').contains(
            QString::fromLatin1(Pop3::Sasl::mechanismName(mechanism))));
        QVERIFY(report.protocolLog.contains(
            u"AUTH "_s + QString::fromLatin1(Pop3::Sasl::mechanismName(mechanism))));
        QVERIFY(!report.protocolLog.contains(outcome.tokens.accessToken)); // redacted
        QVERIFY(m_server.introspectionRequests() > introspectionsBefore);
        QCOMPARE(m_server.lastIntrospectedToken(), outcome.tokens.accessToken);

        // A token the server does not know (forged, or revoked) is refused.
        const TestReport refused = test(u"ya29.forged"_s);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.kind, Pop3::ErrorKind::AuthenticationFailed);

        // A token of another user does not open alice's mailbox.
        m_server.setUserName(u"bob"_s);
        const Outcome bobs = this->signIn(signIn);
        QVERIFY2(bobs.ok, qPrintable(bobs.error));
        const TestReport wrongUser = test(bobs.tokens.accessToken);
        QVERIFY(!wrongUser.ok);
        QCOMPARE(wrongUser.error.kind, Pop3::ErrorKind::AuthenticationFailed);
    }
};

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
