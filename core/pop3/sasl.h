#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QtGlobal>

// Pure helpers for POP3 authentication (RFC 1939 USER/PASS and APOP, RFC 5034 SASL).
// No sockets, no state: every function maps its arguments to the bytes to send, so the protocol
// engine stays small and these can be tested against the published vectors. Safe on any thread.
//
// Inputs that come from the server (challenges, greetings) are untrusted: they are bounded and
// validated, and a rejected input yields an empty result or std::nullopt, never a guess.
namespace Pop3::Sasl {

// How a POP3 session authenticates. UserPass and Apop are POP3 commands, not SASL mechanisms.
enum class Mechanism {
    UserPass, // RFC 1939 USER/PASS
    Apop, // RFC 1939 APOP
    Plain, // RFC 4616
    Login, // draft-murchison-sasl-login
    CramMd5, // RFC 2195
    XOAuth2, // Google's XOAUTH2
    OAuthBearer // RFC 7628
};

// The account's choice, as the account settings offer it.
enum class AuthMethod {
    Automatic, // strongest password mechanism the server offers (never APOP)
    NormalPassword, // PLAIN, LOGIN or USER/PASS
    EncryptedPassword, // CRAM-MD5 or APOP
    OAuth2 // OAUTHBEARER or XOAUTH2
};

// Longest base64 challenge accepted from a server (a CRAM-MD5 challenge is well under 200).
inline constexpr qsizetype maxChallengeLength = 1024;
// Longest APOP timestamp accepted, angle brackets included.
inline constexpr qsizetype maxApopTimestampLength = 200;

// The name on the wire: the SASL name ("CRAM-MD5"), or "USER" / "APOP" for the POP3 commands.
[[nodiscard]] QByteArray mechanismName(Mechanism mechanism);
// Inverse of mechanismName, case-insensitive; std::nullopt for a name Satchel does not know.
[[nodiscard]] std::optional<Mechanism> mechanismFromName(QByteArrayView name);

// Picks the mechanism for an account's AuthMethod from what the server offers:
//   Automatic:         CRAM-MD5 > PLAIN > LOGIN > USER/PASS (APOP is never chosen automatically)
//   NormalPassword:    PLAIN > LOGIN > USER/PASS
//   EncryptedPassword: CRAM-MD5, else APOP when apopTimestampAvailable
//   OAuth2:            OAUTHBEARER > XOAUTH2
// serverSaslMechanisms are the names from the CAPA "SASL" line (matched case-insensitively; empty
// when the server has no CAPA). serverOffersUser is decided by the caller: a server without CAPA
// may still accept USER. Returns std::nullopt when nothing suitable is offered.
[[nodiscard]] std::optional<Mechanism>
chooseMechanism(AuthMethod method, const QList<QByteArray> &serverSaslMechanisms,
                bool serverOffersUser, bool apopTimestampAvailable);

// RFC 4616 PLAIN initial response: base64("" NUL user NUL password), UTF-8, empty authzid.
// Empty when user is empty or user or password contains NUL (the message would be ambiguous).
[[nodiscard]] QByteArray plainInitialResponse(const QString &user, const QString &password);

// LOGIN responses to the "Username:" and "Password:" prompts: base64 of the UTF-8 text.
[[nodiscard]] QByteArray loginUserResponse(const QString &user);
[[nodiscard]] QByteArray loginPasswordResponse(const QString &password);

// True when challenge is non-empty, at most maxChallengeLength bytes and padded base64 (RFC 4648
// section 4 alphabet, no whitespace or line breaks).
[[nodiscard]] bool isValidBase64Challenge(QByteArrayView challenge);

// RFC 2195 CRAM-MD5 response: base64(user SP lowercase-hex(HMAC-MD5(password, challenge))), where
// challenge is the decoded base64Challenge. Empty when the challenge fails isValidBase64Challenge.
[[nodiscard]] QByteArray cramMd5Response(const QString &user, const QString &password,
                                         QByteArrayView base64Challenge);

// RFC 1939 APOP digest: lowercase hex MD5(timestamp + password), password in UTF-8.
[[nodiscard]] QByteArray apopDigest(QByteArrayView timestamp, const QString &password);

// The "<...>" timestamp of a POP3 greeting, brackets included. Returned only when the greeting has
// exactly one '<' and one '>' after it, and the token is at most maxApopTimestampLength bytes of
// printable ASCII (0x21..0x7E) containing '@'. Anything else (hostile or malformed) gives nullopt.
[[nodiscard]] std::optional<QByteArray> apopTimestamp(QByteArrayView greetingText);

// Google's XOAUTH2 initial response: base64("user=" user ^A "auth=Bearer " token ^A ^A).
// Empty when user or token is empty or contains ^A (0x01), which would break the framing.
[[nodiscard]] QByteArray xoauth2InitialResponse(const QString &user, const QString &accessToken);

// RFC 7628 section 3.1 OAUTHBEARER initial response:
//   base64("n,a=" saslname "," ^A "host=" host ^A "port=" port ^A "auth=Bearer " token ^A ^A)
// where saslname is user with ',' and '=' escaped as "=2C" and "=3D". "a=" is left out for an
// empty user, "host=" for an empty host and "port=" for port 0. Empty when the token is empty or
// any argument contains ^A (0x01).
[[nodiscard]] QByteArray oauthBearerInitialResponse(const QString &user, const QString &host,
                                                    quint16 port, const QString &accessToken);

} // namespace Pop3::Sasl
