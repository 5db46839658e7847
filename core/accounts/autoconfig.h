#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include "accounts/servercandidate.h"

namespace Accounts {

// Mozilla autoconfiguration (config-v1.1.xml, as served by autoconfig.<domain>, the domain's
// .well-known path and Thunderbird's ISPDB), reduced to what Satchel uses: the POP3 servers.
// A pure function over untrusted bytes: IMAP, SMTP and unknown elements are skipped, malformed
// XML or an oversized document yields an error, never a guess.
inline constexpr qsizetype MaxAutoconfigBytes = 1024 * 1024;

struct AutoconfigResult
{
    QList<ServerCandidate> servers; // POP3 only, in the provider's order of preference
    QString error; // empty on success (which may still find no POP3 server)
};

// Host names may contain %EMAILDOMAIN%, which is expanded with email; the user name keeps its
// placeholders (see expandEmailPlaceholders). `source` is copied into every candidate.
[[nodiscard]] AutoconfigResult parseAutoconfig(QByteArrayView xml, const QString &email,
                                               const QString &source = {});

} // namespace Accounts
