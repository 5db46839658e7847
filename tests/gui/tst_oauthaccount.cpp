#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "accounts/oauthprovider.h"
#include "accounts/settingsfinder.h"
#include "accountwizard.h"
#include "checkcontroller.h"
#include "dovecotserver.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "mockauthserver.h"
#include "oauthtokensource.h"
#include "store/messagestore.h"

using namespace Qt::StringLiterals;

namespace {

bool dovecotInstalled()
{
    return !QStandardPaths::findExecutable(u"dovecot"_s).isEmpty()
        || !QStandardPaths::findExecutable(u"dovecot"_s, {u"/usr/sbin"_s}).isEmpty();
}

} // namespace

// OAuth2 accounts in the GUI, end to end on loopback: the wizard signs in through the "browser"
// (the test follows the mock authorization server's redirect to Satchel's loopback listener)
// and tests the login on a real Dovecot that checks the token with the mock; Get Messages signs
// in and fetches; an automatic check never opens the browser.
class TestOAuthAccount final : public QObject
{
    Q_OBJECT

private:
    MockAuthServer m_auth;
    DovecotServer m_dovecot;
    QNetworkAccessManager m_network;
    int m_browserOpened = 0;

    // What a browser does with the sign-in page when the user agrees: follow the
    // authorization server's redirect to the loopback address.
    std::function<void(const QUrl &)> browser()
    {
        return [this](const QUrl &url) {
            ++m_browserOpened;
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *reply = m_network.get(request);
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                reply->deleteLater();
                const QUrl location = reply->url().resolved(
                    QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::StrictMode));
                if (location.isValid())
                    connect(m_network.get(QNetworkRequest(location)), &QNetworkReply::finished,
                            this, [] {});
            });
        };
    }

    Store::Account account() const
    {
        Store::Account a;
        a.name = u"gmail"_s;
        a.email = u"alice@example.test"_s;
        a.host = u"localhost"_s;
        a.port = m_dovecot.pop3sPort();
        a.security = Pop3::Security::ImplicitTls;
        a.user = u"alice"_s;
        a.caFile = m_dovecot.caCertificatePath();
        a.authMethod = Pop3::Sasl::AuthMethod::OAuth2;
        a.retention.mode = Sync::RetentionMode::KeepOnServer;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setApplicationDisplayName(u"Satchel"_s);
        qputenv("SATCHEL_NO_WIZARD", "1");
        if (!dovecotInstalled())
            QSKIP("dovecot is not installed (scripts/bootstrap.sh installs it)");
        QVERIFY(m_auth.start());
        m_dovecot.setOAuth2IntrospectionUrl(m_auth.introspectionUrl());
        QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.errorString()));
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: hello\r\n\r\nSigned in.\r\n"_ba));
        // "Google", but at the mock server and for the local Dovecot.
        Accounts::OAuthProvider google = *Accounts::providerById(u"google"_s);
        google.authorizationUrl = m_auth.authorizationUrl();
        google.tokenUrl = m_auth.tokenUrl();
        google.clientId = u"satchel-test-client"_s;
        google.clientSecret.clear();
        google.hosts = {u"localhost"_s};
        Accounts::overrideProvider(google);
    }

    void cleanupTestCase() { Accounts::resetProviderOverrides(); }

    void wizardSignsInAndTests()
    {
        AccountWizard wizard;
        wizard.settingsFinder().setProbeTargets({});
        wizard.setCaFile(m_dovecot.caCertificatePath());
        wizard.setBrowser(browser());
        wizard.show();
        wizard.setField(u"email"_s, u"alice@example.test"_s); // no password: OAuth2
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        wizard.findChild<QAbstractButton *>(u"manualButton"_s)->click();
        QCOMPARE(wizard.currentId(), int(AccountWizard::ServerPage));
        wizard.setField(u"host"_s, u"localhost"_s);
        wizard.setField(u"port"_s, int(m_dovecot.pop3sPort()));
        wizard.setField(u"user"_s, u"alice"_s);
        wizard.setField(u"auth"_s, 3); // OAuth2
        wizard.next(); // retention
        const int opened = m_browserOpened;
        wizard.next(); // test: signs in, then logs in with the token
        QCOMPARE(wizard.currentId(), int(AccountWizard::TestPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 30000);
        const QString summary = wizard.findChild<QLabel *>(u"testSummary"_s)->text();
        QVERIFY2(summary.contains(u"Everything works"_s), qPrintable(summary));
        QCOMPARE(m_browserOpened, opened + 1);
        QCOMPARE(m_auth.lastAuthorizeParameters().value(u"login_hint"_s), u"alice@example.test"_s);
        QVERIFY(!wizard.oauthTokens().refreshToken.isEmpty());
        QCOMPARE(m_auth.lastIntrospectedToken(), wizard.oauthTokens().accessToken);
        QCOMPARE(wizard.account().authMethod, Pop3::Sasl::AuthMethod::OAuth2);
        wizard.next();
        QVERIFY(wizard.account().storedPassword.isEmpty());
    }

    void wizardSaysWhenTheServerHasNoOAuth()
    {
        AccountWizard wizard;
        wizard.settingsFinder().setProbeTargets({});
        wizard.setBrowser(browser());
        wizard.show();
        wizard.setField(u"email"_s, u"alice@example.test"_s);
        wizard.next();
        wizard.findChild<QAbstractButton *>(u"manualButton"_s)->click();
        wizard.setField(u"host"_s, u"pop.example.test"_s); // neither Google nor Microsoft
        wizard.setField(u"user"_s, u"alice"_s);
        wizard.setField(u"auth"_s, 3);
        wizard.next();
        const int opened = m_browserOpened;
        wizard.next();
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        const QString summary = wizard.findChild<QLabel *>(u"testSummary"_s)->text();
        QVERIFY2(summary.contains(u"only to Gmail and Microsoft 365"_s), qPrintable(summary));
        QCOMPARE(m_browserOpened, opened);
    }

    void wizardAsksForAMissingPassword()
    {
        AccountWizard wizard;
        wizard.settingsFinder().setProbeTargets({});
        wizard.show();
        wizard.setField(u"email"_s, u"alice@example.test"_s);
        wizard.next();
        wizard.findChild<QAbstractButton *>(u"manualButton"_s)->click();
        wizard.setField(u"host"_s, u"localhost"_s);
        wizard.setField(u"port"_s, int(m_dovecot.pop3sPort()));
        wizard.setField(u"user"_s, u"alice"_s);
        wizard.next();
        wizard.next();
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        const QString summary = wizard.findChild<QLabel *>(u"testSummary"_s)->text();
        QVERIFY2(summary.contains(u"Enter your password"_s), qPrintable(summary));
    }

    void getMessagesSignsInAndFetches()
    {
        QTemporaryDir profile;
        {
            Store::MessageStore store;
            QVERIFY(store.open(profile.path()));
            QVERIFY(store.addAccount(account()));
        }
        MainWindow window(profile.path());
        window.checks().oauthTokens().setBrowser(browser());
        window.show();
        // The check on start is automatic: it never opens the browser, and says why.
        auto *banner = window.findChild<ErrorBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"sign in"_s), 10000);
        QVERIFY2(banner->message().contains(u"Google"_s), qPrintable(banner->message()));
        const int opened = m_browserOpened;
        window.findChild<QAction *>(u"actionGetMessages"_s)->trigger(); // the user asks
        const auto fetched = [&profile] {
            Store::MessageStore store;
            return store.open(profile.path()) && store.messageCount() == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fetched(), 30000);
        QCOMPARE(m_browserOpened, opened + 1);
        QTRY_VERIFY(!window.checks().isBusy());
        // The next check uses the token it has: no browser, no new sign-in.
        const int tokenRequests = m_auth.tokenRequests();
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: again\r\n\r\nSecond.\r\n"_ba));
        window.checks().checkAll(false);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&profile] {
                Store::MessageStore store;
                return store.open(profile.path()) && store.messageCount() == 2;
            }(),
            30000);
        QCOMPARE(m_browserOpened, opened + 1);
        QCOMPARE(m_auth.tokenRequests(), tokenRequests);

        // The provider revokes the sign-in: the server refuses the token, the next automatic
        // check cannot refresh it and says so (no browser); Get Messages signs in again.
        QTRY_VERIFY(!window.checks().isBusy()); // a check still running would skip the next
        m_auth.revokeAll();
        QVERIFY(m_dovecot.deliver(u"alice"_s, "Subject: third\r\n\r\nThird.\r\n"_ba));
        window.checks().checkAll(false);
        QTRY_VERIFY2_WITH_TIMEOUT(banner->message().contains(u"failed"_s),
                                  qPrintable(banner->message()), 30000);
        QTRY_VERIFY(!window.checks().isBusy());
        const int refreshes = m_auth.refreshRequests();
        window.checks().checkAll(false);
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"sign in"_s), 30000);
        QCOMPARE(m_auth.refreshRequests(), refreshes + 1); // tried the refresh token first
        QCOMPARE(m_browserOpened, opened + 1);
        QTRY_VERIFY(!window.checks().isBusy());
        window.findChild<QAction *>(u"actionGetMessages"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&profile] {
                Store::MessageStore store;
                return store.open(profile.path()) && store.messageCount() == 3;
            }(),
            30000);
        QCOMPARE(m_browserOpened, opened + 2);
    }

    // Stop while the browser waits for the user: the sign-in ends, nothing is fetched, and a
    // later Get Messages can sign in again.
    void stopEndsAWaitingSignIn()
    {
        QTemporaryDir profile;
        {
            Store::MessageStore store;
            QVERIFY(store.open(profile.path()));
            QVERIFY(store.addAccount(account()));
        }
        MainWindow window(profile.path());
        int opened = 0;
        window.checks().oauthTokens().setBrowser([&opened](const QUrl &) { ++opened; });
        window.show();
        auto *banner = window.findChild<ErrorBanner *>();
        // The automatic check on start gives up without a browser.
        QTRY_VERIFY_WITH_TIMEOUT(banner->message().contains(u"sign in"_s), 10000);
        QTRY_VERIFY(!window.checks().isBusy());
        window.findChild<QAction *>(u"actionGetMessages"_s)->trigger();
        QTRY_COMPARE(opened, 1); // the user never signs in
        QVERIFY(window.checks().isBusy());
        window.findChild<QAction *>(u"actionCancel"_s)->trigger();
        QTRY_VERIFY(!window.checks().isBusy());
        QVERIFY2(banner->message().contains(u"cancelled"_s), qPrintable(banner->message()));
        QTest::qWait(200);
        QCOMPARE(opened, 1); // no second browser window after the stop
        window.findChild<QAction *>(u"actionGetMessages"_s)->trigger();
        QTRY_COMPARE(opened, 2);
        window.findChild<QAction *>(u"actionCancel"_s)->trigger();
        QTRY_VERIFY(!window.checks().isBusy());
    }
};

QTEST_MAIN(TestOAuthAccount)
#include "tst_oauthaccount.moc"
