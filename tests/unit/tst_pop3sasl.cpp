#include <optional>

#include <QTest>

#include "pop3/sasl.h"

using namespace Qt::Literals::StringLiterals;
using Pop3::Sasl::AuthMethod;
using Pop3::Sasl::Mechanism;

namespace {

// "none" for std::nullopt, so a wrong choice prints both names on failure.
QByteArray nameOrNone(std::optional<Mechanism> mechanism)
{
    return mechanism ? Pop3::Sasl::mechanismName(*mechanism) : "none"_ba;
}

} // namespace

// The authentication helpers against the published vectors (RFC 1939, 2195, 4616, 7628 and
// Google's XOAUTH2 page), and the untrusted-input checks on greetings and challenges.
class TestPop3Sasl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mechanismNames_data()
    {
        QTest::addColumn<Mechanism>("mechanism");
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("user") << Mechanism::UserPass << "USER"_ba;
        QTest::newRow("apop") << Mechanism::Apop << "APOP"_ba;
        QTest::newRow("plain") << Mechanism::Plain << "PLAIN"_ba;
        QTest::newRow("login") << Mechanism::Login << "LOGIN"_ba;
        QTest::newRow("cram-md5") << Mechanism::CramMd5 << "CRAM-MD5"_ba;
        QTest::newRow("xoauth2") << Mechanism::XOAuth2 << "XOAUTH2"_ba;
        QTest::newRow("oauthbearer") << Mechanism::OAuthBearer << "OAUTHBEARER"_ba;
    }

    void mechanismNames()
    {
        QFETCH(Mechanism, mechanism);
        QFETCH(QByteArray, name);
        QCOMPARE(Pop3::Sasl::mechanismName(mechanism), name);
        QCOMPARE(nameOrNone(Pop3::Sasl::mechanismFromName(name)), name);
        QCOMPARE(nameOrNone(Pop3::Sasl::mechanismFromName(name.toLower())), name);
    }

    void mechanismFromName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("mixed case") << "Cram-Md5"_ba
                                    << "CRAM-MD5"_ba;
        QTest::newRow("lower case") << "oauthbearer"_ba
                                    << "OAUTHBEARER"_ba;
        QTest::newRow("unknown") << "SCRAM-SHA-256"_ba
                                 << "none"_ba;
        QTest::newRow("empty") << QByteArray() << "none"_ba;
        QTest::newRow("trailing space") << "PLAIN "_ba
                                        << "none"_ba;
        QTest::newRow("prefix") << "CRAM"_ba
                                << "none"_ba;
        QTest::newRow("longer") << "PLAINX"_ba
                                << "none"_ba;
    }

    void mechanismFromName()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, expected);
        QCOMPARE(nameOrNone(Pop3::Sasl::mechanismFromName(name)), expected);
    }

    void chooseMechanism_data()
    {
        QTest::addColumn<AuthMethod>("method");
        QTest::addColumn<QList<QByteArray>>("sasl");
        QTest::addColumn<bool>("offersUser");
        QTest::addColumn<bool>("apopAvailable");
        QTest::addColumn<QByteArray>("expected");

        const QList<QByteArray> passwords {"PLAIN"_ba, "LOGIN"_ba, "CRAM-MD5"_ba};
        const QList<QByteArray> everything {"XOAUTH2"_ba, "PLAIN"_ba, "OAUTHBEARER"_ba, "LOGIN"_ba,
                                            "CRAM-MD5"_ba};
        const QList<QByteArray> none;

        QTest::newRow("auto: all")
            << AuthMethod::Automatic << everything << true << true << "CRAM-MD5"_ba;
        QTest::newRow("auto: lower-case cram")
            << AuthMethod::Automatic << QList<QByteArray> {"plain"_ba, "cram-md5"_ba} << true
            << false << "CRAM-MD5"_ba;
        QTest::newRow("auto: plain over login")
            << AuthMethod::Automatic << QList<QByteArray> {"LOGIN"_ba, "PLAIN"_ba} << true << false
            << "PLAIN"_ba;
        QTest::newRow("auto: login") << AuthMethod::Automatic << QList<QByteArray> {"LOGIN"_ba}
                                     << true << false << "LOGIN"_ba;
        QTest::newRow("auto: no capa, user")
            << AuthMethod::Automatic << none << true << true << "USER"_ba;
        QTest::newRow("auto: unknown sasl, user")
            << AuthMethod::Automatic << QList<QByteArray> {"SCRAM-SHA-256"_ba, "GSSAPI"_ba} << true
            << false << "USER"_ba;
        QTest::newRow("auto: never apop")
            << AuthMethod::Automatic << none << false << true << "none"_ba;
        QTest::newRow("auto: oauth only")
            << AuthMethod::Automatic << QList<QByteArray> {"XOAUTH2"_ba, "OAUTHBEARER"_ba} << false
            << false << "none"_ba;
        QTest::newRow("auto: USER in sasl list is not USER")
            << AuthMethod::Automatic << QList<QByteArray> {"USER"_ba} << false << false
            << "none"_ba;

        QTest::newRow("normal: plain")
            << AuthMethod::NormalPassword << everything << true << true << "PLAIN"_ba;
        QTest::newRow("normal: login")
            << AuthMethod::NormalPassword << QList<QByteArray> {"CRAM-MD5"_ba, "LOGIN"_ba} << true
            << true << "LOGIN"_ba;
        QTest::newRow("normal: user")
            << AuthMethod::NormalPassword << QList<QByteArray> {"CRAM-MD5"_ba} << true << true
            << "USER"_ba;
        QTest::newRow("normal: no capa, user")
            << AuthMethod::NormalPassword << none << true << false << "USER"_ba;
        QTest::newRow("normal: nothing")
            << AuthMethod::NormalPassword << QList<QByteArray> {"CRAM-MD5"_ba} << false << true
            << "none"_ba;

        QTest::newRow("encrypted: cram")
            << AuthMethod::EncryptedPassword << passwords << true << true << "CRAM-MD5"_ba;
        QTest::newRow("encrypted: apop")
            << AuthMethod::EncryptedPassword << QList<QByteArray> {"PLAIN"_ba, "LOGIN"_ba} << true
            << true << "APOP"_ba;
        QTest::newRow("encrypted: no capa, apop")
            << AuthMethod::EncryptedPassword << none << false << true << "APOP"_ba;
        QTest::newRow("encrypted: no timestamp")
            << AuthMethod::EncryptedPassword << QList<QByteArray> {"PLAIN"_ba, "LOGIN"_ba} << true
            << false << "none"_ba;
        QTest::newRow("encrypted: APOP in sasl list is not a timestamp")
            << AuthMethod::EncryptedPassword << QList<QByteArray> {"APOP"_ba} << true << false
            << "none"_ba;

        QTest::newRow("oauth2: bearer")
            << AuthMethod::OAuth2 << everything << true << true << "OAUTHBEARER"_ba;
        QTest::newRow("oauth2: xoauth2")
            << AuthMethod::OAuth2 << QList<QByteArray> {"PLAIN"_ba, "xoauth2"_ba} << true << true
            << "XOAUTH2"_ba;
        QTest::newRow("oauth2: passwords only")
            << AuthMethod::OAuth2 << passwords << true << true << "none"_ba;
        QTest::newRow("oauth2: no capa") << AuthMethod::OAuth2 << none << true << true << "none"_ba;
    }

    void chooseMechanism()
    {
        QFETCH(AuthMethod, method);
        QFETCH(QList<QByteArray>, sasl);
        QFETCH(bool, offersUser);
        QFETCH(bool, apopAvailable);
        QFETCH(QByteArray, expected);
        QCOMPARE(nameOrNone(Pop3::Sasl::chooseMechanism(method, sasl, offersUser, apopAvailable)),
                 expected);
    }

    // Published encodings, compared as the exact base64 text on the wire.
    void publishedVectors_data()
    {
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QByteArray>("expected");
        // RFC 4616 section 4, first example (authcid "tim", no authzid).
        QTest::newRow("RFC 4616 PLAIN")
            << Pop3::Sasl::plainInitialResponse(u"tim"_s, u"tanstaaftanstaaf"_s)
            << "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"_ba;
        // RFC 2195 section 2.
        QTest::newRow("RFC 2195 CRAM-MD5") << Pop3::Sasl::cramMd5Response(
            u"tim"_s, u"tanstaaftanstaaf"_s,
            "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"_ba)
                                           << "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"_ba;
        // RFC 1939 section 7, APOP.
        QTest::newRow("RFC 1939 APOP")
            << Pop3::Sasl::apopDigest("<1896.697170952@dbc.mtview.ca.us>", u"tanstaaf"_s)
            << "c4c9334bac560ecc979e58001b3e22fb"_ba;
        // Google's XOAUTH2 protocol page, "The SASL XOAUTH2 Mechanism".
        QTest::newRow("Google XOAUTH2") << Pop3::Sasl::xoauth2InitialResponse(
            u"someuser@example.com"_s, u"ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg"_s)
                                        << "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI"
                                           "5LnZGOWRmdDRxbVRjMk52YjNSbGNr"
                                           "QmhkSFJoZG1semRHRXVZMjl0Q2cBAQ=="_ba;
        // RFC 7628 section 4.1.
        QTest::newRow("RFC 7628 OAUTHBEARER")
            << Pop3::Sasl::oauthBearerInitialResponse(
                   u"user@example.com"_s, u"server.example.com"_s, 143,
                   u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_s)
            << "bixhPXVzZXJAZXhhbXBsZS5jb20sAWhvc3Q9c2VydmVyLmV4YW1wbGUuY29tAXBvcnQ9MTQzAWF1dGg9QmV"
               "h"
               "cmVyIHZGOWRmdDRxbVRjMk52YjNSbGNrQmhiSFJoZG1semRHRXVZMjl0Q2c9PQEB"_ba;
    }

    void publishedVectors()
    {
        QFETCH(QByteArray, actual);
        QFETCH(QByteArray, expected);
        QCOMPARE(actual, expected);
    }

    void plain_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("expectedDecoded");
        QTest::newRow("RFC 4616") << u"tim"_s << u"tanstaaftanstaaf"_s
                                  << "\0tim\0tanstaaftanstaaf"_ba;
        QTest::newRow("UTF-8") << u"jörg"_s << u"pässwörd €"_s << "\0jörg\0pässwörd €"_ba;
        QTest::newRow("empty password") << u"tim"_s << QString() << "\0tim\0"_ba;
        QTest::newRow("empty user") << QString() << u"secret"_s << QByteArray();
        QTest::newRow("NUL in user") << u"ti\0m"_s << u"secret"_s << QByteArray();
        QTest::newRow("NUL in password") << u"tim"_s << u"sec\0ret"_s << QByteArray();
    }

    void plain()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QByteArray, expectedDecoded);
        QCOMPARE(Pop3::Sasl::plainInitialResponse(user, password), expectedDecoded.toBase64());
    }

    void login_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << u"tim"_s << "dGlt"_ba;
        QTest::newRow("padded") << u"tanstaaftanstaaf"_s << "dGFuc3RhYWZ0YW5zdGFhZg=="_ba;
        QTest::newRow("UTF-8") << u"jörg"_s << "asO2cmc="_ba;
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void login()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(Pop3::Sasl::loginUserResponse(text), expected);
        QCOMPARE(Pop3::Sasl::loginPasswordResponse(text), expected);
    }

    void cramMd5_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QByteArray>("expectedDecoded");
        QTest::newRow("RFC 2195") << u"tim"_s << u"tanstaaftanstaaf"_s
                                  << "<1896.697170952@postoffice.reston.mci.net>"_ba.toBase64()
                                  << "tim b913a602c7eda7a495b4e6e7334d3890"_ba;
        QTest::newRow("UTF-8") << u"jörg"_s << u"pässwörd €"_s
                               << "PDQyLjE3MDAwMDAwMDBAcG9wLmV4YW1wbGUub3JnPg=="_ba
                               << "jörg 5d7c1743738ae0cc359580922cfd56c7"_ba;
    }

    void cramMd5()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QByteArray, challenge);
        QFETCH(QByteArray, expectedDecoded);
        const QByteArray response = Pop3::Sasl::cramMd5Response(user, password, challenge);
        QCOMPARE(QByteArray::fromBase64(response), expectedDecoded);
    }

    void challengeValidity_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<bool>("valid");
        QTest::newRow("RFC 2195") << "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"_ba
                                  << true;
        QTest::newRow("one byte") << "QQ=="_ba << true;
        QTest::newRow("two bytes") << "QUI="_ba << true;
        QTest::newRow("longest") << QByteArray(Pop3::Sasl::maxChallengeLength, 'A') << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("not base64") << "not base64!"_ba << false;
        QTest::newRow("unpadded") << "PDE4OTY"_ba << false;
        QTest::newRow("inner space") << "PDE4 OTYu"_ba << false;
        QTest::newRow("trailing CRLF") << "QUJD\r\n"_ba << false;
        QTest::newRow("only padding") << "===="_ba << false;
        QTest::newRow("three pads") << "Q==="_ba << false;
        QTest::newRow("pad inside") << "QQ==QUJD"_ba << false;
        QTest::newRow("url alphabet") << "PD-_"_ba << false;
        QTest::newRow("NUL") << QByteArray("QU\0D", 4) << false;
        QTest::newRow("too long") << QByteArray(Pop3::Sasl::maxChallengeLength + 4, 'A') << false;
    }

    void challengeValidity()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(bool, valid);
        QCOMPARE(Pop3::Sasl::isValidBase64Challenge(challenge), valid);
        // A rejected challenge must never produce a response.
        const QByteArray response =
            Pop3::Sasl::cramMd5Response(u"tim"_s, u"tanstaaftanstaaf"_s, challenge);
        QCOMPARE(response.isEmpty(), !valid);
    }

    void apopDigest_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("RFC 1939") << "<1896.697170952@dbc.mtview.ca.us>"_ba << u"tanstaaf"_s
                                  << "c4c9334bac560ecc979e58001b3e22fb"_ba;
        QTest::newRow("UTF-8 password") << "<1896.697170952@dbc.mtview.ca.us>"_ba << u"pässwörd €"_s
                                        << "bae0c1628e4dbe069e66e47c702f6636"_ba;
        QTest::newRow("empty password") << "<1896.697170952@dbc.mtview.ca.us>"_ba << QString()
                                        << "6d7379174f7df9fb329480e5c47c1f1a"_ba;
    }

    void apopDigest()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(QString, password);
        QFETCH(QByteArray, expected);
        QCOMPARE(Pop3::Sasl::apopDigest(timestamp, password), expected);
    }

    void apopTimestamp_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QByteArray>("expected");

        const QByteArray rfc = "<1896.697170952@dbc.mtview.ca.us>"_ba;
        // The longest accepted token: '<' + 198 bytes with '@' + '>'.
        const QByteArray longest = '<' + QByteArray(97, 'a') + '@' + QByteArray(100, 'b') + '>';
        const QByteArray tooLong = '<' + QByteArray(98, 'a') + '@' + QByteArray(100, 'b') + '>';
        QCOMPARE(longest.size(), Pop3::Sasl::maxApopTimestampLength);
        QCOMPARE(tooLong.size(), Pop3::Sasl::maxApopTimestampLength + 1);

        QTest::newRow("RFC 1939") << "POP3 server ready " + rfc << true << rfc;
        QTest::newRow("text after")
            << "+OK POP3 server ready " + rfc + " at your service"_ba << true << rfc;
        QTest::newRow("only the token") << rfc << true << rfc;
        QTest::newRow("UTF-8 outside the token") << "+OK Grüße " + rfc << true << rfc;
        QTest::newRow("longest") << "+OK " + longest << true << longest;

        QTest::newRow("no brackets") << "+OK POP3 server ready"_ba << false << QByteArray();
        QTest::newRow("empty greeting") << QByteArray() << false << QByteArray();
        QTest::newRow("no closing bracket")
            << "+OK ready <1896.697170952@dbc"_ba << false << QByteArray();
        QTest::newRow("no opening bracket")
            << "+OK ready 1896.697170952@dbc>"_ba << false << QByteArray();
        QTest::newRow("reversed") << "+OK ready >1896.697170952@dbc<"_ba << false << QByteArray();
        QTest::newRow("two tokens")
            << "+OK " + rfc + " <2@evil.example>"_ba << false << QByteArray();
        QTest::newRow("stray '>' after") << "+OK " + rfc + " a > b"_ba << false << QByteArray();
        QTest::newRow("doubled '>'") << "+OK " + rfc + ">"_ba << false << QByteArray();
        QTest::newRow("stray '>' before") << "+OK a > b " + rfc << false << QByteArray();
        QTest::newRow("'<' inside") << "+OK <1896<697170952@dbc>"_ba << false << QByteArray();
        QTest::newRow("nested") << "+OK <<1896@dbc>"_ba << false << QByteArray();
        QTest::newRow("empty token") << "+OK <>"_ba << false << QByteArray();
        QTest::newRow("missing '@'")
            << "+OK <1896.697170952.dbc.mtview.ca.us>"_ba << false << QByteArray();
        QTest::newRow("'@' outside")
            << "+OK <1896.697170952> user@host"_ba << false << QByteArray();
        QTest::newRow("space inside") << "+OK <1896 697170952@dbc>"_ba << false << QByteArray();
        QTest::newRow("tab inside") << "+OK <1896\t697170952@dbc>"_ba << false << QByteArray();
        QTest::newRow("control char") << "+OK <1896\001697170952@dbc>"_ba << false << QByteArray();
        QTest::newRow("CR LF inside") << "+OK <1896\r\nAPOP@dbc>"_ba << false << QByteArray();
        QTest::newRow("NUL inside") << QByteArray("+OK <1896\0@dbc>", 15) << false << QByteArray();
        QTest::newRow("DEL") << "+OK <1896\x7f@dbc>"_ba << false << QByteArray();
        QTest::newRow("UTF-8 inside") << "+OK <jörg.1896@dbc>"_ba << false << QByteArray();
        QTest::newRow("Latin-1 byte inside")
            << "+OK <j\xf6rg.1896@dbc>"_ba << false << QByteArray();
        QTest::newRow("over-long") << "+OK " + tooLong << false << QByteArray();
    }

    void apopTimestamp()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(bool, found);
        QFETCH(QByteArray, expected);
        const std::optional<QByteArray> timestamp = Pop3::Sasl::apopTimestamp(greeting);
        QCOMPARE(timestamp.has_value(), found);
        if (found)
            QCOMPARE(*timestamp, expected);
    }

    void xoauth2_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("expectedDecoded");
        QTest::newRow("plain") << u"someuser@example.com"_s << u"tok"_s
                               << "user=someuser@example.com\001auth=Bearer tok\001\001"_ba;
        // XOAUTH2 has no escaping: ',' and '=' go through as they are.
        QTest::newRow("comma and equals")
            << u"a=b,c@x"_s << u"tok"_s << "user=a=b,c@x\001auth=Bearer tok\001\001"_ba;
        QTest::newRow("UTF-8 user") << u"jörg@example.com"_s << u"tok"_s
                                    << "user=jörg@example.com\001auth=Bearer tok\001\001"_ba;
        QTest::newRow("empty user") << QString() << u"tok"_s << QByteArray();
        QTest::newRow("empty token") << u"someuser@example.com"_s << QString() << QByteArray();
        QTest::newRow("^A in user") << u"a\x01user=b"_s << u"tok"_s << QByteArray();
        QTest::newRow("^A in token") << u"someuser@example.com"_s << u"tok\x01"_s << QByteArray();
    }

    void xoauth2()
    {
        QFETCH(QString, user);
        QFETCH(QString, token);
        QFETCH(QByteArray, expectedDecoded);
        QCOMPARE(Pop3::Sasl::xoauth2InitialResponse(user, token), expectedDecoded.toBase64());
    }

    void oauthBearer_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<quint16>("port");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("expectedDecoded");
        QTest::newRow("RFC 7628") << u"user@example.com"_s << u"server.example.com"_s
                                  << quint16(143) << u"vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="_s
                                  << "n,a=user@example.com,\001host=server.example.com\001port=143"
                                     "\001auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg=="
                                     "\001\001"_ba;
        QTest::newRow("comma and equals escaped")
            << u"a=b,c@x"_s << u"pop.example.org"_s << quint16(995) << u"tok"_s
            << "n,a=a=3Db=2Cc@x,\001host=pop.example.org\001port=995\001auth=Bearer tok\001\001"_ba;
        QTest::newRow("escape not escaped twice")
            << u"=2C,"_s << u"h"_s << quint16(110) << u"tok"_s
            << "n,a==3D2C=2C,\001host=h\001port=110\001auth=Bearer tok\001\001"_ba;
        QTest::newRow("UTF-8 user") << u"jörg@example.com"_s << u"h"_s << quint16(995) << u"tok"_s
                                    << "n,a=jörg@example.com,\001host=h\001port=995\001auth=Bearer "
                                       "tok\001\001"_ba;
        QTest::newRow("no user") << QString() << u"h"_s << quint16(995) << u"tok"_s
                                 << "n,,\001host=h\001port=995\001auth=Bearer tok\001\001"_ba;
        QTest::newRow("no host, no port") << u"u@x"_s << QString() << quint16(0) << u"tok"_s
                                          << "n,a=u@x,\001auth=Bearer tok\001\001"_ba;
        QTest::newRow("empty token")
            << u"u@x"_s << u"h"_s << quint16(995) << QString() << QByteArray();
        QTest::newRow("^A in user")
            << u"u\x01@x"_s << u"h"_s << quint16(995) << u"tok"_s << QByteArray();
        QTest::newRow("^A in host")
            << u"u@x"_s << u"h\x01port=1"_s << quint16(995) << u"tok"_s << QByteArray();
        QTest::newRow("^A in token")
            << u"u@x"_s << u"h"_s << quint16(995) << u"tok\x01"_s << QByteArray();
    }

    void oauthBearer()
    {
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(quint16, port);
        QFETCH(QString, token);
        QFETCH(QByteArray, expectedDecoded);
        QCOMPARE(Pop3::Sasl::oauthBearerInitialResponse(user, host, port, token),
                 expectedDecoded.toBase64());
    }
};

QTEST_GUILESS_MAIN(TestPop3Sasl)
#include "tst_pop3sasl.moc"
