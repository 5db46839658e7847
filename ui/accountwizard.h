#pragma once

#include <optional>

#include <QWizard>

#include "accounts/oauthsignin.h"
#include "accounts/servercandidate.h"
#include "store/storetypes.h"

namespace Accounts {
class ConnectionTester;
class SettingsFinder;
} // namespace Accounts

// "Account setup": identity, automatic search for the server settings, server, retention, a
// live connection test, and a summary (after Qt's licensewizard). The wizard only starts and
// observes the core jobs (SettingsFinder, ConnectionTester); on acceptance the caller takes
// account() and password() and stores them.
class AccountWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        IdentityPage,
        FindPage,
        ServerPage,
        RetentionPage,
        TestPage,
        DonePage,
    };

    explicit AccountWizard(QWidget *parent = nullptr);
    ~AccountWizard() override;

    // The account as entered so far (id 0; the caller adds it to the store).
    [[nodiscard]] Store::Account account() const;
    [[nodiscard]] QString password() const;
    // The user chose to keep the password in the profile database (no keychain reachable).
    [[nodiscard]] bool storePasswordInProfile() const;
    [[nodiscard]] int checkIntervalMinutes() const;

    // The core jobs, for tests to configure (autoconfig URLs, resolver, probe targets, trust).
    [[nodiscard]] Accounts::SettingsFinder &settingsFinder() { return *m_finder; }
    [[nodiscard]] Accounts::ConnectionTester &connectionTester() { return *m_tester; }
    // An extra CA certificate for the server (tests: the local Dovecot's test CA).
    void setCaFile(const QString &path) { m_caFile = path; }
    // Whether the OS keychain can keep the password (default: Sync::Keychain::reachable()).
    void setKeychainReachable(bool reachable) { m_keychainReachable = reachable; }
    [[nodiscard]] bool keychainReachable() const { return m_keychainReachable; }
    // Certificates the user accepted during the test (or, for tests, beforehand); account()
    // carries them, and the connection test trusts the one for the tested host and port.
    void setPins(const QList<Store::CertificatePin> &pins) { m_pins = pins; }
    // OAuth2 accounts: the tokens from signing in on the test page (empty until then).
    void setOAuthTokens(const Accounts::OAuthTokens &tokens) { m_oauthTokens = tokens; }
    [[nodiscard]] const Accounts::OAuthTokens &oauthTokens() const { return m_oauthTokens; }
    [[nodiscard]] Accounts::OAuthSignIn &oauthSignIn() { return *m_signIn; }
    // How the sign-in page is opened (default: the system browser; tests replace it).
    void setBrowser(std::function<void(const QUrl &)> browser) { m_browser = std::move(browser); }
    void openBrowser(const QUrl &url) const { m_browser(url); }
    [[nodiscard]] const QList<Store::CertificatePin> &pins() const { return m_pins; }

    // What the search found, for the server page to start from.
    void setCandidate(const std::optional<Accounts::ServerCandidate> &candidate);
    [[nodiscard]] const std::optional<Accounts::ServerCandidate> &candidate() const
    {
        return m_candidate;
    }

private:
    Accounts::SettingsFinder *m_finder = nullptr;
    Accounts::ConnectionTester *m_tester = nullptr;
    std::optional<Accounts::ServerCandidate> m_candidate;
    QString m_caFile;
    QList<Store::CertificatePin> m_pins;
    Accounts::OAuthSignIn *m_signIn = nullptr;
    Accounts::OAuthTokens m_oauthTokens;
    std::function<void(const QUrl &)> m_browser;
    bool m_keychainReachable = false;
};
