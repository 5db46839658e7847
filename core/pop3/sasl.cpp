#include "sasl.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace Qt::Literals::StringLiterals;

namespace Pop3::Sasl {

namespace {

constexpr char kvSeparator = '\x01';

constexpr std::array allMechanisms {
    Mechanism::UserPass, Mechanism::Apop,    Mechanism::Plain,       Mechanism::Login,
    Mechanism::CramMd5,  Mechanism::XOAuth2, Mechanism::OAuthBearer,
};

bool serverOffers(const QList<QByteArray> &serverSaslMechanisms, Mechanism mechanism)
{
    const QByteArray wanted = mechanismName(mechanism);
    return std::any_of(serverSaslMechanisms.cbegin(), serverSaslMechanisms.cend(),
                       [&wanted](const QByteArray &offered) {
                           return QByteArrayView(offered).compare(wanted, Qt::CaseInsensitive) == 0;
                       });
}

// Decodes padded RFC 4648 base64 (no whitespace, no other alphabet); std::nullopt on anything
// else and on input longer than maxChallengeLength. Non-empty valid input decodes to >= 1 byte.
std::optional<QByteArray> decodeStrictBase64(QByteArrayView encoded)
{
    if (encoded.isEmpty() || encoded.size() > maxChallengeLength || encoded.size() % 4 != 0)
        return std::nullopt;
    QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        encoded.toByteArray(),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace

QByteArray mechanismName(Mechanism mechanism)
{
    switch (mechanism) {
    case Mechanism::UserPass:
        return "USER"_ba;
    case Mechanism::Apop:
        return "APOP"_ba;
    case Mechanism::Plain:
        return "PLAIN"_ba;
    case Mechanism::Login:
        return "LOGIN"_ba;
    case Mechanism::CramMd5:
        return "CRAM-MD5"_ba;
    case Mechanism::XOAuth2:
        return "XOAUTH2"_ba;
    case Mechanism::OAuthBearer:
        return "OAUTHBEARER"_ba;
    }
    return {};
}

std::optional<Mechanism> mechanismFromName(QByteArrayView name)
{
    for (const Mechanism mechanism : allMechanisms) {
        if (name.compare(mechanismName(mechanism), Qt::CaseInsensitive) == 0)
            return mechanism;
    }
    return std::nullopt;
}

std::optional<Mechanism> chooseMechanism(AuthMethod method,
                                         const QList<QByteArray> &serverSaslMechanisms,
                                         bool serverOffersUser, bool apopTimestampAvailable)
{
    const auto firstOffered =
        [&](std::initializer_list<Mechanism> preference) -> std::optional<Mechanism> {
        for (const Mechanism mechanism : preference) {
            const bool offered = mechanism == Mechanism::UserPass ? serverOffersUser
                : mechanism == Mechanism::Apop                    ? apopTimestampAvailable
                                               : serverOffers(serverSaslMechanisms, mechanism);
            if (offered)
                return mechanism;
        }
        return std::nullopt;
    };

    switch (method) {
    case AuthMethod::Automatic:
        return firstOffered(
            {Mechanism::CramMd5, Mechanism::Plain, Mechanism::Login, Mechanism::UserPass});
    case AuthMethod::NormalPassword:
        return firstOffered({Mechanism::Plain, Mechanism::Login, Mechanism::UserPass});
    case AuthMethod::EncryptedPassword:
        return firstOffered({Mechanism::CramMd5, Mechanism::Apop});
    case AuthMethod::OAuth2:
        return firstOffered({Mechanism::OAuthBearer, Mechanism::XOAuth2});
    }
    return std::nullopt;
}

QByteArray plainInitialResponse(const QString &user, const QString &password)
{
    if (user.isEmpty() || user.contains(QChar(u'\0')) || password.contains(QChar(u'\0')))
        return {};
    QByteArray message;
    message += '\0';
    message += user.toUtf8();
    message += '\0';
    message += password.toUtf8();
    return message.toBase64();
}

QByteArray loginUserResponse(const QString &user)
{
    return user.toUtf8().toBase64();
}

QByteArray loginPasswordResponse(const QString &password)
{
    return password.toUtf8().toBase64();
}

bool isValidBase64Challenge(QByteArrayView challenge)
{
    return decodeStrictBase64(challenge).has_value();
}

QByteArray cramMd5Response(const QString &user, const QString &password,
                           QByteArrayView base64Challenge)
{
    const std::optional<QByteArray> challenge = decodeStrictBase64(base64Challenge);
    if (!challenge)
        return {};
    const QByteArray mac =
        QMessageAuthenticationCode::hash(*challenge, password.toUtf8(), QCryptographicHash::Md5);
    return (user.toUtf8() + ' ' + mac.toHex()).toBase64();
}

QByteArray apopDigest(QByteArrayView timestamp, const QString &password)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    md5.addData(timestamp);
    md5.addData(password.toUtf8());
    return md5.result().toHex();
}

std::optional<QByteArray> apopTimestamp(QByteArrayView greetingText)
{
    if (greetingText.count('<') != 1 || greetingText.count('>') != 1)
        return std::nullopt;
    const qsizetype open = greetingText.indexOf('<');
    const qsizetype close = greetingText.indexOf('>');
    if (close < open)
        return std::nullopt;
    const QByteArrayView token = greetingText.sliced(open, close - open + 1);
    if (token.size() > maxApopTimestampLength)
        return std::nullopt;
    const QByteArrayView inner = token.sliced(1, token.size() - 2);
    const bool printable = std::all_of(inner.begin(), inner.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x21 && byte <= 0x7E;
    });
    if (!printable || !inner.contains('@'))
        return std::nullopt;
    return token.toByteArray();
}

QByteArray xoauth2InitialResponse(const QString &user, const QString &accessToken)
{
    if (user.isEmpty() || accessToken.isEmpty() || user.contains(QLatin1Char(kvSeparator))
        || accessToken.contains(QLatin1Char(kvSeparator)))
        return {};
    QByteArray message = "user="_ba + user.toUtf8();
    message += kvSeparator;
    message += "auth=Bearer "_ba + accessToken.toUtf8();
    message += kvSeparator;
    message += kvSeparator;
    return message.toBase64();
}

QByteArray oauthBearerInitialResponse(const QString &user, const QString &host, quint16 port,
                                      const QString &accessToken)
{
    const QLatin1Char separator(kvSeparator);
    if (accessToken.isEmpty() || user.contains(separator) || host.contains(separator)
        || accessToken.contains(separator))
        return {};

    // GS2 header (RFC 5801 section 4): no channel binding, optional authzid as a saslname.
    QByteArray message = "n,"_ba;
    if (!user.isEmpty()) {
        QByteArray saslName = user.toUtf8();
        saslName.replace('=', "=3D"_ba); // first, so the '=' of "=2C" is not escaped again
        saslName.replace(',', "=2C"_ba);
        message += "a="_ba + saslName;
    }
    message += ',';
    message += kvSeparator;
    if (!host.isEmpty()) {
        message += "host="_ba + host.toUtf8();
        message += kvSeparator;
    }
    if (port != 0) {
        message += "port="_ba + QByteArray::number(port);
        message += kvSeparator;
    }
    message += "auth=Bearer "_ba + accessToken.toUtf8();
    message += kvSeparator;
    message += kvSeparator;
    return message.toBase64();
}

} // namespace Pop3::Sasl
