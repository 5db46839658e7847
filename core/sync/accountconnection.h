#pragma once

#include <optional>

#include "pop3/pop3error.h"
#include "pop3/sessionconfig.h"
#include "pop3/ssltransport.h"
#include "store/storetypes.h"

namespace Sync {

// How to reach an account's server: the session settings and the certificate trust, from the
// account as stored. Shared by every job that talks to a server.
struct AccountConnection
{
    Pop3::SessionConfig config;
    Pop3::TlsTrust trust;
};

// password is the account's password, or its OAuth2 access token when account.authMethod is
// AuthMethod::OAuth2 (it goes to SessionConfig::oauthToken then). Fails (with a TLS error) when
// the account's extra CA file holds no certificate.
[[nodiscard]] std::optional<AccountConnection>
connectionFor(const Store::Account &account, const QString &password, Pop3::Error *error);

} // namespace Sync
