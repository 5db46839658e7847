#include "sync/accountconnection.h"

#include <QCoreApplication>
#include <QSslCertificate>

#include "store/certificatepins.h"

namespace Sync {

std::optional<AccountConnection> connectionFor(const Store::Account &account,
                                               const QString &password, Pop3::Error *error)
{
    AccountConnection connection;
    Pop3::SessionConfig &config = connection.config;
    config.host = account.host;
    config.port = account.port;
    config.security = account.security;
    config.user = account.user;
    // An OAuth2 account's secret is its current access token.
    if (account.authMethod == Pop3::Sasl::AuthMethod::OAuth2)
        config.oauthToken = password;
    else
        config.password = password;
    config.authMethod = account.authMethod;
    config.mechanism = account.mechanism;
    config.allowUnencryptedPassword = account.allowInsecureAuth;

    // Only the certificate accepted for this host and port: a pin for another port (or an
    // earlier host) of the same account trusts nothing here.
    if (const Store::CertificatePin *pin = Store::findPin(account.pins, account.host, account.port))
        connection.trust.pinnedSha256 = pin->sha256;
    if (!account.caFile.isEmpty()) {
        connection.trust.extraCaCertificates = QSslCertificate::fromPath(account.caFile);
        if (connection.trust.extraCaCertificates.isEmpty()) {
            *error = Pop3::Error::make(
                Pop3::ErrorKind::TlsHandshakeFailed,
                QCoreApplication::translate("Sync::AccountConnection",
                                            "No certificate could be read from %1.")
                    .arg(account.caFile));
            return std::nullopt;
        }
    }
    return connection;
}

} // namespace Sync
