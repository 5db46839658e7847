#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Accounts {

// An OAuth2 authorization server that signs users in to a mail provider's POP3 servers
// (authorization-code flow with PKCE, RFC 6749 and RFC 7636).
struct OAuthProvider
{
    QString id; // "google", "microsoft"
    QString displayName; // "Google", "Microsoft 365"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QStringList scopes;
    QString clientId;
    // Google's "installed application" clients come with a secret that is not secret; empty for
    // public clients such as Microsoft's.
    QString clientSecret;
    QStringList hosts; // POP3 servers that accept this provider's tokens, lower case
};

// The providers Satchel knows: Google (Gmail) and Microsoft 365 / Outlook.com, with their real
// endpoints. Satchel ships no client ids: they come from the environment,
//   SATCHEL_OAUTH_GOOGLE_CLIENT_ID, SATCHEL_OAUTH_GOOGLE_CLIENT_SECRET,
//   SATCHEL_OAUTH_MICROSOFT_CLIENT_ID (and SATCHEL_OAUTH_MICROSOFT_CLIENT_SECRET, rarely needed),
// read on every call, and overrideProvider() replaces any of this. Thread-safe.
[[nodiscard]] QList<OAuthProvider> oauthProviders();
// The provider whose hosts contain host (case-insensitive, a trailing dot ignored).
[[nodiscard]] std::optional<OAuthProvider> providerForHost(const QString &host);
[[nodiscard]] std::optional<OAuthProvider> providerById(const QString &id);

// Replaces the provider with the same id, or adds one (tests, self-hosted deployments).
void overrideProvider(const OAuthProvider &provider);
// Back to the built-in providers and the environment.
void resetProviderOverrides();

// The environment variable that configures a provider's client id
// ("SATCHEL_OAUTH_GOOGLE_CLIENT_ID").
[[nodiscard]] QString clientIdVariable(const QString &providerId);
[[nodiscard]] QString clientSecretVariable(const QString &providerId);

// Why provider cannot be used to sign in, for the user ("no OAuth2 client id is configured for
// Google; set SATCHEL_OAUTH_GOOGLE_CLIENT_ID ..."); empty when it can. Endpoints must be https,
// or http to a loopback address (local test servers).
[[nodiscard]] QString configurationError(const OAuthProvider &provider);

} // namespace Accounts
