#include <QTest>

#include "pop3/authconversation.h"

using namespace Pop3;

// The sign-in lines per mechanism, without a session: what is sent, what is logged, and which
// server answers make no sense.
class TestAuthConversation final : public QObject
{
    Q_OBJECT

private:
    static SessionConfig config()
    {
        SessionConfig c;
        c.user = QStringLiteral("alice");
        c.password = QStringLiteral("s3cret");
        return c;
    }

private Q_SLOTS:
    void userThenPass()
    {
        AuthConversation auth(Sasl::Mechanism::UserPass, config());
        QCOMPARE(auth.start().text, QByteArray("USER alice"));
        const AuthConversation::Step pass = auth.onOk();
        QCOMPARE(pass.outcome, AuthConversation::Outcome::Send);
        QCOMPARE(pass.line.text, QByteArray("PASS s3cret"));
        QVERIFY(!pass.line.logText.contains("s3cret"));
        QCOMPARE(auth.onOk().outcome, AuthConversation::Outcome::Done);
    }

    void loginTakesTwoContinuationsOnly()
    {
        AuthConversation auth(Sasl::Mechanism::Login, config());
        QCOMPARE(auth.start().text, QByteArray("AUTH LOGIN"));
        QCOMPARE(auth.onContinuation("VXNlcm5hbWU6").line.text, QByteArray("YWxpY2U="));
        const AuthConversation::Step password = auth.onContinuation("UGFzc3dvcmQ6");
        QCOMPARE(password.line.text, QByteArray("czNjcmV0"));
        QVERIFY(!password.line.logText.contains("czNjcmV0"));
        QCOMPARE(auth.onContinuation("").outcome, AuthConversation::Outcome::Failed);
    }

    void unexpectedContinuationFails_data()
    {
        QTest::addColumn<int>("mechanism");
        QTest::newRow("PLAIN") << int(Sasl::Mechanism::Plain);
        QTest::newRow("USER") << int(Sasl::Mechanism::UserPass);
        QTest::newRow("APOP") << int(Sasl::Mechanism::Apop);
    }

    void unexpectedContinuationFails()
    {
        QFETCH(int, mechanism);
        AuthConversation auth(Sasl::Mechanism(mechanism), config(), "<1.2@x>");
        (void)auth.start();
        QCOMPARE(auth.onContinuation("").outcome, AuthConversation::Outcome::Failed);
    }

    void cramMd5RejectsABadChallenge()
    {
        AuthConversation auth(Sasl::Mechanism::CramMd5, config());
        (void)auth.start();
        const AuthConversation::Step step = auth.onContinuation("not base64!");
        QCOMPARE(step.outcome, AuthConversation::Outcome::Failed);
        QVERIFY(step.error.contains(QStringLiteral("CRAM-MD5")));
    }

    void signInErrors()
    {
        StatusLine line;
        line.status = ParseStatus::Err;
        line.code = ResponseCode::LoginDelay;
        QCOMPARE(signInError(line, 600).retryAfterSeconds, 600);
        line.code = ResponseCode::None;
        line.text = "mailbox locked";
        QCOMPARE(signInError(line, std::nullopt).kind, ErrorKind::MailboxInUse);
        line.text = "bad password";
        QCOMPARE(signInError(line, std::nullopt).kind, ErrorKind::AuthenticationFailed);
    }
};

QTEST_GUILESS_MAIN(TestAuthConversation)
#include "tst_authconversation.moc"
