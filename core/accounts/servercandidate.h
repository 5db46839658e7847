#pragma once

#include <QMetaType>
#include <QString>

#include "pop3/sasl.h"
#include "pop3/sessionconfig.h"

namespace Accounts {

// Where a POP3 account's server is, as autoconfiguration, DNS or a probe suggests it.
struct ServerCandidate
{
    QString host;
    quint16 port = 995;
    Pop3::Security security = Pop3::Security::ImplicitTls;
    // The user name, possibly with %EMAILADDRESS%, %EMAILLOCALPART% or %EMAILDOMAIN%.
    QString userTemplate = QStringLiteral("%EMAILADDRESS%");
    Pop3::Sasl::AuthMethod authMethod = Pop3::Sasl::AuthMethod::Automatic;
    QString source; // for the user: "autoconfig.example.com", "DNS (SRV)", "probe"

    friend bool operator==(const ServerCandidate &, const ServerCandidate &) = default;
};

// The part of an address before the last '@', and the domain after it (lower case); empty
// when the address has no '@' or either part is empty.
[[nodiscard]] QString emailLocalPart(const QString &email);
[[nodiscard]] QString emailDomain(const QString &email);

// Replaces %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% with the address's parts.
[[nodiscard]] QString expandEmailPlaceholders(const QString &text, const QString &email);

} // namespace Accounts

Q_DECLARE_METATYPE(Accounts::ServerCandidate)
