#include "pop3/sessionconfig.h"

namespace Pop3 {

QString securityName(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("tls");
}

std::optional<Security> securityFromName(const QString &name)
{
    for (const Security security : {Security::ImplicitTls, Security::StartTls, Security::None}) {
        if (name == securityName(security))
            return security;
    }
    return std::nullopt;
}

} // namespace Pop3
