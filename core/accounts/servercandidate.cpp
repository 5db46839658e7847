#include "accounts/servercandidate.h"

namespace Accounts {

namespace {

qsizetype atIndex(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1)
        return -1;
    return at;
}

} // namespace

QString emailLocalPart(const QString &email)
{
    const QString trimmed = email.trimmed();
    const qsizetype at = atIndex(trimmed);
    return at < 0 ? QString() : trimmed.left(at);
}

QString emailDomain(const QString &email)
{
    const QString trimmed = email.trimmed();
    const qsizetype at = atIndex(trimmed);
    return at < 0 ? QString() : trimmed.mid(at + 1).toLower();
}

QString expandEmailPlaceholders(const QString &text, const QString &email)
{
    QString result = text;
    result.replace(QLatin1String("%EMAILADDRESS%"), email.trimmed());
    result.replace(QLatin1String("%EMAILLOCALPART%"), emailLocalPart(email));
    result.replace(QLatin1String("%EMAILDOMAIN%"), emailDomain(email));
    return result;
}

} // namespace Accounts
