#include "sync/accountconnection.h"

#include <QCoreApplication>
#include <QSslCertificate>

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
    config.password = password;
    config.authMethod = account.authMethod;
    config.mechanism = account.mechanism;
    config.allowUnencryptedPassword = account.allowInsecureAuth;

    connection.trust.pinnedSha256 = account.pinnedSha256;
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
