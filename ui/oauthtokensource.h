#pragma once

#include <functional>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include "accounts/oauthsignin.h"
#include "store/storetypes.h"

// OAuth2 access tokens for accounts that sign in with Google or Microsoft (GUI thread). A token
// still valid for a minute is reused; otherwise the refresh token kept in the keychain buys a new
// one; without a refresh token (or when it was revoked) an interactive request signs in through
// the system browser and keeps the new refresh token in the keychain. Automatic requests never
// open the browser: they fail with a sentence telling the user to choose Get Messages.
class OAuthTokenSource final : public QObject
{
    Q_OBJECT

public:
    explicit OAuthTokenSource(QObject *parent = nullptr);

    // Exactly one of tokenReady() and failed() follows for account.name, later.
    void request(const Store::Account &account, bool interactive);
    // Signs in through the browser whatever is kept (the account wizard: nothing is kept yet).
    void signIn(const Store::Account &account);
    // Ends a running request at once with failed(); nothing when none runs.
    void cancel(const QString &accountName);
    void renameAccount(const QString &oldName, const QString &newName); // the cached tokens
    // The server refused the access token: the next request refreshes it.
    void forgetAccessToken(const QString &accountName);
    // Remember tokens obtained elsewhere (the wizard's sign-in) for this run, and keep the
    // refresh token in the keychain; done(error) follows, error empty on success.
    void keep(const QString &accountName, const Accounts::OAuthTokens &tokens,
              const std::function<void(const QString &)> &done);

    // How the sign-in page is opened (default: QDesktopServices::openUrl; tests replace it).
    void setBrowser(std::function<void(const QUrl &)> browser) { m_browser = std::move(browser); }

Q_SIGNALS:
    void tokenReady(const QString &accountName, const Accounts::OAuthTokens &tokens);
    void failed(const QString &accountName, const QString &message);
    // The sign-in page was opened in the browser (the caller can show the address).
    void browserOpened(const QString &accountName, const QUrl &url);

private:
    void run(const Store::Account &account, bool interactive, bool forceSignIn);
    void onSucceeded(const QString &accountName, const Accounts::OAuthTokens &tokens,
                     bool fromSignIn);
    void finish(const QString &accountName);

    std::function<void(const QUrl &)> m_browser;
    QHash<QString, Accounts::OAuthTokens> m_tokens; // by account name, this run
    QHash<QString, Accounts::OAuthSignIn *> m_running; // by account name
};
