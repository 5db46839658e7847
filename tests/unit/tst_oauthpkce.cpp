#include <QSet>
#include <QTest>

#include "accounts/oauthsignin.h"

using namespace Accounts;
using namespace Qt::Literals::StringLiterals;

// RFC 7636 PKCE, method S256.
class TestOAuthPkce final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 7636 Appendix B (checked with `openssl dgst -sha256 -binary | base64`).
    void rfc7636Vector()
    {
        QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba);
    }

    void verifierShape_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << -1 << 64;
        QTest::newRow("shortest") << 43 << 43;
        QTest::newRow("longest") << 128 << 128;
        QTest::newRow("too short is clamped") << 10 << 43;
        QTest::newRow("too long is clamped") << 500 << 128;
    }

    void verifierShape()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        const QByteArray verifier =
            requested < 0 ? Pkce::generateVerifier() : Pkce::generateVerifier(requested);
        QCOMPARE(verifier.size(), expected);
        for (const char c : verifier) {
            const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
            QVERIFY2(unreserved, verifier.constData());
        }
        const QByteArray challenge = Pkce::challengeS256(verifier);
        QCOMPARE(challenge.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(!challenge.contains('=') && !challenge.contains('+') && !challenge.contains('/'));
    }

    void verifiersDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i)
            seen.insert(Pkce::generateVerifier());
        QCOMPARE(seen.size(), 100);
    }
};

QTEST_GUILESS_MAIN(TestOAuthPkce)
#include "tst_oauthpkce.moc"
