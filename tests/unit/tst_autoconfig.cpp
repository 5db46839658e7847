#include <QTest>

#include "accounts/autoconfig.h"

using namespace Accounts;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(Pop3::Security)
Q_DECLARE_METATYPE(Pop3::Sasl::AuthMethod)

namespace {

const QString Email = QStringLiteral("Alice.Smith@Example.COM");

QByteArray config(const QByteArray &servers)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<clientConfig version=\"1.1\">\n"
           "  <emailProvider id=\"example.com\">\n"
           "    <domain>example.com</domain>\n"
           "    <displayName>Example Mail</displayName>\n"
        + servers
        + "    <outgoingServer type=\"smtp\"><hostname>smtp.example.com</hostname>"
          "<port>465</port><socketType>SSL</socketType></outgoingServer>\n"
          "  </emailProvider>\n"
          "</clientConfig>\n";
}

QByteArray server(const QByteArray &type, const QByteArray &host, const QByteArray &port,
                  const QByteArray &socketType, const QByteArray &extra = {})
{
    return "<incomingServer type=\"" + type + "\"><hostname>" + host + "</hostname><port>" + port
        + "</port><socketType>" + socketType + "</socketType>" + extra + "</incomingServer>\n";
}

} // namespace

// Mozilla config-v1.1.xml reduced to its POP3 servers: a pure parser over untrusted bytes.
class TestAutoconfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPop3Servers_data();
    void parsesPop3Servers();
    void keepsProviderOrderAndSkipsImap();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void expandsPlaceholders();
};

void TestAutoconfig::parsesPop3Servers_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<Pop3::Security>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<Pop3::Sasl::AuthMethod>("auth");

    QTest::newRow("ssl, cleartext password")
        << config(server("pop3", "pop.example.com", "995", "SSL",
                         "<username>%EMAILADDRESS%</username>"
                         "<authentication>password-cleartext</authentication>"
                         "<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer></pop3>"))
        << u"pop.example.com"_s << 995 << Pop3::Security::ImplicitTls << u"%EMAILADDRESS%"_s
        << Pop3::Sasl::AuthMethod::NormalPassword;
    QTest::newRow("starttls, encrypted password, local part")
        << config(server("POP3", "mail.%EMAILDOMAIN%", "110", "STARTTLS",
                         "<username>%EMAILLOCALPART%</username>"
                         "<authentication>password-encrypted</authentication>"))
        << u"mail.example.com"_s << 110 << Pop3::Security::StartTls << u"%EMAILLOCALPART%"_s
        << Pop3::Sasl::AuthMethod::EncryptedPassword;
    QTest::newRow("plain, no username, no authentication")
        << config(server("pop3", "pop.example.com", "110", "plain")) << u"pop.example.com"_s << 110
        << Pop3::Security::None << u"%EMAILADDRESS%"_s << Pop3::Sasl::AuthMethod::Automatic;
    QTest::newRow("first supported authentication wins")
        << config(server("pop3", "pop.example.com", "995", "SSL",
                         "<authentication>GSSAPI</authentication>"
                         "<authentication>OAuth2</authentication>"
                         "<authentication>password-cleartext</authentication>"))
        << u"pop.example.com"_s << 995 << Pop3::Security::ImplicitTls << u"%EMAILADDRESS%"_s
        << Pop3::Sasl::AuthMethod::OAuth2;
    QTest::newRow("missing port: the security's default")
        << config("<incomingServer type=\"pop3\"><hostname>pop.example.com</hostname>"
                  "<socketType>SSL</socketType></incomingServer>")
        << u"pop.example.com"_s << 995 << Pop3::Security::ImplicitTls << u"%EMAILADDRESS%"_s
        << Pop3::Sasl::AuthMethod::Automatic;
}

void TestAutoconfig::parsesPop3Servers()
{
    QFETCH(QByteArray, xml);
    const AutoconfigResult result = parseAutoconfig(xml, Email, u"test"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.servers.size(), 1);
    const ServerCandidate &candidate = result.servers.first();
    QTEST(candidate.host, "host");
    QTEST(int(candidate.port), "port");
    QTEST(candidate.security, "security");
    QTEST(candidate.userTemplate, "user");
    QTEST(candidate.authMethod, "auth");
    QCOMPARE(candidate.source, u"test"_s);
}

void TestAutoconfig::keepsProviderOrderAndSkipsImap()
{
    const QByteArray xml = config(
        server("imap", "imap.example.com", "993", "SSL")
        + server("pop3", "pop1.example.com", "995", "SSL")
        + server("pop3", "pop2.example.com", "110", "STARTTLS")
        + server("pop3", "bad host/with slash", "995", "SSL")
        + server("pop3", "pop3.example.com", "99999", "SSL")
        + server("pop3", "pop4.example.com", "995", "TLS-ish")
        + server("pop3", "pop5.example.com", "995", "SSL", "<authentication>NTLM</authentication>")
        + server("exchange", "ews.example.com", "443", "SSL"));
    const AutoconfigResult result = parseAutoconfig(xml, Email);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.servers.size(), 2);
    QCOMPARE(result.servers.at(0).host, u"pop1.example.com"_s);
    QCOMPARE(result.servers.at(1).host, u"pop2.example.com"_s);
    QCOMPARE(result.servers.at(1).security, Pop3::Security::StartTls);
}

void TestAutoconfig::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("error");

    const QByteArray good = config(server("pop3", "pop.example.com", "995", "SSL"));
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("not xml") << "HTTP/1.1 404 Not Found"_ba << true;
    QTest::newRow("wrong root") << "<html><body>hello</body></html>"_ba << true;
    QTest::newRow("truncated") << good.left(good.size() / 2) << true;
    QTest::newRow("doctype with entities")
        << "<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY a \"aaaaaaaaaa\">"
           "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
           "<clientConfig><emailProvider><incomingServer type=\"pop3\"><hostname>&b;"
           "</hostname><socketType>SSL</socketType></incomingServer></emailProvider>"
           "</clientConfig>"_ba
        << true;
    QByteArray huge = config(server("pop3", "pop.example.com", "995", "SSL"));
    huge.insert(huge.indexOf("<domain>"), "<!--" + QByteArray(MaxAutoconfigBytes, 'x') + "-->");
    QTest::newRow("over the size limit") << huge << true;
    QTest::newRow("imap only, no error")
        << config(server("imap", "imap.example.com", "993", "SSL")) << false;
}

void TestAutoconfig::rejectsBadInput()
{
    QFETCH(QByteArray, xml);
    QFETCH(bool, error);
    const AutoconfigResult result = parseAutoconfig(xml, Email);
    QVERIFY(result.servers.isEmpty());
    QCOMPARE(!result.error.isEmpty(), error);
}

void TestAutoconfig::expandsPlaceholders()
{
    QCOMPARE(expandEmailPlaceholders(u"%EMAILADDRESS%"_s, Email), Email);
    QCOMPARE(expandEmailPlaceholders(u"%EMAILLOCALPART%"_s, Email), u"Alice.Smith"_s);
    QCOMPARE(expandEmailPlaceholders(u"pop.%EMAILDOMAIN%"_s, Email), u"pop.example.com"_s);
    QCOMPARE(emailDomain(u"no-at-sign"_s), QString());
    QCOMPARE(emailDomain(u"trailing@"_s), QString());
    QCOMPARE(emailLocalPart(u"\"odd@local\"@example.org"_s), u"\"odd@local\""_s);
}

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
