#include "accounts/autoconfig.h"

#include <optional>

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Accounts {

namespace {

// Gives this file's strings the context lupdate sees (tst_translations checks).
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Accounts::Autoconfig)
};

constexpr qsizetype MaxHostLength = 253;

bool plausibleHost(const QString &host)
{
    if (host.isEmpty() || host.size() > MaxHostLength)
        return false;
    for (const QChar c : host) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.')
            || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!ok)
            return false;
    }
    return true;
}

std::optional<Pop3::Sasl::AuthMethod> authMethodFromName(const QString &name)
{
    if (name == QLatin1String("password-cleartext") || name == QLatin1String("plain"))
        return Pop3::Sasl::AuthMethod::NormalPassword;
    if (name == QLatin1String("password-encrypted") || name == QLatin1String("secure"))
        return Pop3::Sasl::AuthMethod::EncryptedPassword;
    if (name.compare(QLatin1String("OAuth2"), Qt::CaseInsensitive) == 0)
        return Pop3::Sasl::AuthMethod::OAuth2;
    return std::nullopt; // GSSAPI, NTLM, client certificates, none: not supported
}

struct RawServer
{
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QStringList authentication;
};

std::optional<ServerCandidate> toCandidate(const RawServer &raw, const QString &email,
                                           const QString &source)
{
    ServerCandidate candidate;
    candidate.source = source;
    candidate.host = expandEmailPlaceholders(raw.hostname.trimmed(), email);
    if (!plausibleHost(candidate.host))
        return std::nullopt;
    const QString socketType = raw.socketType.trimmed();
    if (socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
        candidate.security = Pop3::Security::ImplicitTls;
    else if (socketType.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        candidate.security = Pop3::Security::StartTls;
    else if (socketType.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        candidate.security = Pop3::Security::None;
    else
        return std::nullopt;
    candidate.port = Pop3::defaultPort(candidate.security);
    if (!raw.port.trimmed().isEmpty()) {
        bool ok = false;
        const uint port = raw.port.trimmed().toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return std::nullopt;
        candidate.port = quint16(port);
    }
    const QString user = raw.username.trimmed();
    if (!user.isEmpty())
        candidate.userTemplate = user;
    if (!raw.authentication.isEmpty()) {
        std::optional<Pop3::Sasl::AuthMethod> method;
        for (const QString &name : raw.authentication) {
            method = authMethodFromName(name.trimmed());
            if (method)
                break;
        }
        if (!method)
            return std::nullopt;
        candidate.authMethod = *method;
    }
    return candidate;
}

RawServer readServer(QXmlStreamReader &reader)
{
    RawServer raw;
    while (reader.readNextStartElement()) {
        const QStringView name = reader.name();
        if (name == QLatin1String("hostname"))
            raw.hostname = reader.readElementText();
        else if (name == QLatin1String("port"))
            raw.port = reader.readElementText();
        else if (name == QLatin1String("socketType"))
            raw.socketType = reader.readElementText();
        else if (name == QLatin1String("username"))
            raw.username = reader.readElementText();
        else if (name == QLatin1String("authentication"))
            raw.authentication.append(reader.readElementText());
        else
            reader.skipCurrentElement();
    }
    return raw;
}

} // namespace

AutoconfigResult parseAutoconfig(QByteArrayView xml, const QString &email, const QString &source)
{
    AutoconfigResult result;
    if (xml.size() > MaxAutoconfigBytes) {
        result.error = Strings::tr("The configuration file is too large.");
        return result;
    }
    QXmlStreamReader reader(xml.toByteArray());
    bool sawRoot = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            // Entities could expand a small file without bound; configuration files need none.
            result.error = Strings::tr("The configuration file declares a document type.");
            result.servers.clear();
            return result;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            if (reader.name() != QLatin1String("clientConfig")) {
                result.error = Strings::tr("This is not an e-mail configuration file.");
                return result;
            }
            sawRoot = true;
            continue;
        }
        if (reader.name() == QLatin1String("outgoingServer")) {
            reader.skipCurrentElement();
            continue;
        }
        if (reader.name() != QLatin1String("incomingServer"))
            continue;
        const bool pop3 = reader.attributes()
                              .value(QLatin1String("type"))
                              .compare(QLatin1String("pop3"), Qt::CaseInsensitive)
            == 0;
        if (!pop3) {
            reader.skipCurrentElement();
            continue;
        }
        const RawServer raw = readServer(reader);
        if (reader.hasError())
            break;
        if (const std::optional<ServerCandidate> candidate = toCandidate(raw, email, source))
            result.servers.append(*candidate);
    }
    if (reader.hasError()) {
        result.error = Strings::tr("The configuration file is not well-formed XML (%1).")
                           .arg(reader.errorString());
        result.servers.clear();
    } else if (!sawRoot) {
        result.error = Strings::tr("This is not an e-mail configuration file.");
    }
    return result;
}

} // namespace Accounts
