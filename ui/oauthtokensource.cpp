#include "oauthtokensource.h"

#include <QDesktopServices>
#include <QTimer>

#include "accounts/oauthprovider.h"
#include "sync/keychain.h"
#include "uilogging.h"

OAuthTokenSource::OAuthTokenSource(QObject *parent)
    : QObject(parent)
    , m_browser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{ }

void OAuthTokenSource::request(const Store::Account &account, bool interactive)
{
    run(account, interactive, false);
}

void OAuthTokenSource::signIn(const Store::Account &account)
{
    run(account, true, true);
}

void OAuthTokenSource::cancel(const QString &accountName)
{
    if (!m_running.contains(accountName))
        return;
    // Whatever comes next (a keychain answer, a sign-in after a failed refresh) finds the
    // account no longer running and stops there.
    if (Accounts::OAuthSignIn *current = m_running.take(accountName)) {
        current->disconnect(this);
        current->cancel();
        current->deleteLater();
    }
    Q_EMIT failed(accountName, tr("Signing in to %1 was cancelled.").arg(accountName));
}

void OAuthTokenSource::renameAccount(const QString &oldName, const QString &newName)
{
    if (m_tokens.contains(oldName))
        m_tokens.insert(newName, m_tokens.take(oldName));
}

void OAuthTokenSource::forgetAccessToken(const QString &accountName)
{
    const auto found = m_tokens.find(accountName);
    if (found != m_tokens.end()) {
        found->accessToken.clear();
        found->expiresAt = {};
    }
}

void OAuthTokenSource::run(const Store::Account &account, bool interactive, bool forceSignIn)
{
    const QString name = account.name;
    const auto failLater = [this, name](const QString &message) {
        QTimer::singleShot(0, this, [this, name, message] { Q_EMIT failed(name, message); });
    };
    if (m_running.contains(name))
        return failLater(tr("Satchel is already signing in to %1.").arg(name));
    const std::optional<Accounts::OAuthProvider> provider = Accounts::providerForHost(account.host);
    if (!provider) {
        return failLater(tr("Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; "
                            "%1 is neither. Choose another authentication in the account "
                            "settings.")
                             .arg(account.host));
    }
    if (const QString error = Accounts::configurationError(*provider); !error.isEmpty())
        return failLater(error);
    const Accounts::OAuthTokens cached = m_tokens.value(name);
    if (!forceSignIn && !cached.accessToken.isEmpty() && cached.expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().secsTo(cached.expiresAt) > 60) {
        QTimer::singleShot(0, this, [this, name, cached] { Q_EMIT tokenReady(name, cached); });
        return;
    }

    // One OAuthSignIn per attempt (a refresh, then perhaps a sign-in); m_running holds the
    // current one, so cancel() reaches it and finish() deletes it.
    const auto attempt = [this, name] {
        if (Accounts::OAuthSignIn *previous = m_running.take(name))
            previous->deleteLater();
        auto *signIn = new Accounts::OAuthSignIn(this);
        m_running.insert(name, signIn);
        return signIn;
    };
    const auto startSignIn = [this, attempt, name, provider = *provider, email = account.email,
                              interactive] {
        if (!m_running.contains(name))
            return; // cancelled meanwhile
        if (!interactive) {
            finish(name);
            Q_EMIT failed(name,
                          tr("%1 was not checked: Satchel needs you to sign in with %2. "
                             "Choose Get Messages to sign in.")
                              .arg(name, provider.displayName));
            return;
        }
        Accounts::OAuthSignIn *signIn = attempt();
        connect(signIn, &Accounts::OAuthSignIn::browserNeeded, this, [this, name](const QUrl &url) {
            m_browser(url);
            Q_EMIT browserOpened(name, url);
        });
        connect(
            signIn, &Accounts::OAuthSignIn::succeeded, this,
            [this, name](const Accounts::OAuthTokens &tokens) { onSucceeded(name, tokens, true); });
        connect(signIn, &Accounts::OAuthSignIn::failed, this,
                [this, name, display = provider.displayName](const QString &message) {
                    finish(name);
                    Q_EMIT failed(name,
                                  tr("Signing in with %1 did not work: %2").arg(display, message));
                });
        signIn->start(provider, email); // never refused: the attempt is new
    };
    if (forceSignIn)
        return startSignIn();

    // A refresh token from an earlier sign-in, if the keychain has one.
    const auto refreshWith = [this, attempt, name, provider = *provider,
                              startSignIn](const QString &token) {
        if (!m_running.contains(name))
            return; // cancelled meanwhile
        Accounts::OAuthSignIn *refresher = attempt();
        connect(refresher, &Accounts::OAuthSignIn::succeeded, this,
                [this, name](const Accounts::OAuthTokens &tokens) {
                    onSucceeded(name, tokens, false);
                });
        connect(refresher, &Accounts::OAuthSignIn::failed, this,
                [this, name, startSignIn](const QString &message) {
                    // Revoked or expired: sign in again (interactive) or say so.
                    qCInfo(lcUi) << "refreshing the OAuth2 token of" << name
                                 << "failed:" << message;
                    QTimer::singleShot(0, this, startSignIn);
                });
        refresher->refresh(provider, token);
    };
    m_running.insert(name, nullptr); // busy from now on, also while the keychain answers
    if (!cached.refreshToken.isEmpty())
        return refreshWith(cached.refreshToken);
    Sync::Keychain::readRefreshToken(
        name, this, [refreshWith, startSignIn](const Sync::Keychain::Result &result) {
            if (result.ok && !result.password.isEmpty())
                refreshWith(result.password);
            else
                startSignIn();
        });
}

void OAuthTokenSource::onSucceeded(const QString &accountName, const Accounts::OAuthTokens &tokens,
                                   bool fromSignIn)
{
    finish(accountName);
    const QString previous = m_tokens.value(accountName).refreshToken;
    m_tokens.insert(accountName, tokens);
    if (!tokens.refreshToken.isEmpty() && (fromSignIn || tokens.refreshToken != previous)) {
        // A new or rotated refresh token: keep it for the next start.
        Sync::Keychain::writeRefreshToken(accountName, tokens.refreshToken, this,
                                          [accountName](const Sync::Keychain::Result &result) {
                                              if (!result.ok)
                                                  qCWarning(lcUi)
                                                      << "the refresh token of" << accountName
                                                      << "could not be kept in the keychain:"
                                                      << result.error;
                                          });
    }
    Q_EMIT tokenReady(accountName, tokens);
}

void OAuthTokenSource::keep(const QString &accountName, const Accounts::OAuthTokens &tokens,
                            const std::function<void(const QString &)> &done)
{
    m_tokens.insert(accountName, tokens);
    Sync::Keychain::writeRefreshToken(accountName, tokens.refreshToken, this,
                                      [done](const Sync::Keychain::Result &result) {
                                          done(result.ok ? QString() : result.error);
                                      });
}

void OAuthTokenSource::finish(const QString &accountName)
{
    if (Accounts::OAuthSignIn *signIn = m_running.take(accountName))
        signIn->deleteLater();
}
