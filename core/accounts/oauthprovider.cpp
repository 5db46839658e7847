#include "accounts/oauthprovider.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace Accounts {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Accounts::OAuthProvider)
};

QMutex overridesMutex;
QList<OAuthProvider> overrides; // guarded by overridesMutex

OAuthProvider fromEnvironment(OAuthProvider provider)
{
    provider.clientId = qEnvironmentVariable(qPrintable(clientIdVariable(provider.id))).trimmed();
    provider.clientSecret =
        qEnvironmentVariable(qPrintable(clientSecretVariable(provider.id))).trimmed();
    return provider;
}

QList<OAuthProvider> builtInProviders()
{
    OAuthProvider google;
    google.id = u"google"_s;
    google.displayName = u"Google"_s;
    google.authorizationUrl = QUrl(u"https://accounts.google.com/o/oauth2/v2/auth"_s);
    google.tokenUrl = QUrl(u"https://oauth2.googleapis.com/token"_s);
    google.scopes = {u"https://mail.google.com/"_s};
    google.hosts = {u"pop.gmail.com"_s};

    OAuthProvider microsoft;
    microsoft.id = u"microsoft"_s;
    microsoft.displayName = u"Microsoft 365"_s;
    microsoft.authorizationUrl =
        QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s);
    microsoft.tokenUrl = QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/token"_s);
    microsoft.scopes = {u"https://outlook.office.com/POP.AccessAsUser.All"_s, u"offline_access"_s};
    microsoft.hosts = {u"outlook.office365.com"_s, u"pop-mail.outlook.com"_s};

    return {fromEnvironment(google), fromEnvironment(microsoft)};
}

QString normalizedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

bool acceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == "https"_L1)
        return true;
    if (url.scheme() != "http"_L1)
        return false;
    // Plain HTTP only where nothing leaves the machine: a local test server.
    if (url.host() == "localhost"_L1)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace

QString clientIdVariable(const QString &providerId)
{
    return u"SATCHEL_OAUTH_%1_CLIENT_ID"_s.arg(providerId.toUpper());
}

QString clientSecretVariable(const QString &providerId)
{
    return u"SATCHEL_OAUTH_%1_CLIENT_SECRET"_s.arg(providerId.toUpper());
}

QList<OAuthProvider> oauthProviders()
{
    QList<OAuthProvider> providers = builtInProviders();
    const QMutexLocker locker(&overridesMutex);
    for (const OAuthProvider &replacement : std::as_const(overrides)) {
        bool replaced = false;
        for (OAuthProvider &provider : providers) {
            if (provider.id == replacement.id) {
                provider = replacement;
                replaced = true;
            }
        }
        if (!replaced)
            providers.append(replacement);
    }
    return providers;
}

std::optional<OAuthProvider> providerForHost(const QString &host)
{
    const QString wanted = normalizedHost(host);
    if (wanted.isEmpty())
        return std::nullopt;
    const QList<OAuthProvider> providers = oauthProviders();
    for (const OAuthProvider &provider : providers) {
        for (const QString &candidate : provider.hosts) {
            if (normalizedHost(candidate) == wanted)
                return provider;
        }
    }
    return std::nullopt;
}

std::optional<OAuthProvider> providerById(const QString &id)
{
    const QList<OAuthProvider> providers = oauthProviders();
    for (const OAuthProvider &provider : providers) {
        if (provider.id == id)
            return provider;
    }
    return std::nullopt;
}

void overrideProvider(const OAuthProvider &provider)
{
    const QMutexLocker locker(&overridesMutex);
    for (OAuthProvider &existing : overrides) {
        if (existing.id == provider.id) {
            existing = provider;
            return;
        }
    }
    overrides.append(provider);
}

void resetProviderOverrides()
{
    const QMutexLocker locker(&overridesMutex);
    overrides.clear();
}

QString configurationError(const OAuthProvider &provider)
{
    const QString name = provider.displayName.isEmpty() ? provider.id : provider.displayName;
    if (provider.clientId.isEmpty()) {
        // Google's desktop clients come with a (non-secret) client secret as well.
        if (provider.id == "google"_L1)
            return Strings::tr(
                       "no OAuth2 client id is configured for %1; set %2 and %3 in the environment "
                       "to the client of a desktop application registered with %1")
                .arg(name, clientIdVariable(provider.id), clientSecretVariable(provider.id));
        return Strings::tr(
                   "no OAuth2 client id is configured for %1; set %2 in the environment to the "
                   "client id of a desktop application registered with %1")
            .arg(name, clientIdVariable(provider.id));
    }
    if (!acceptableEndpoint(provider.authorizationUrl))
        return Strings::tr(
                   "the OAuth2 authorization address of %1 is not a valid https address: %2")
            .arg(name, provider.authorizationUrl.toDisplayString());
    if (!acceptableEndpoint(provider.tokenUrl))
        return Strings::tr("the OAuth2 token address of %1 is not a valid https address: %2")
            .arg(name, provider.tokenUrl.toDisplayString());
    return {};
}

} // namespace Accounts
